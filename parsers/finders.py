"""Finders for values in free text: organisation numbers and email addresses (phone numbers:
``parsers.phone_finder``).

Each finder returns ``Found`` spans over the text it is given, with the value in its stored
form (nine digits; E.164; lower-cased address) and the name of the rule that found it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.value_cues import ValueCues, default_value_cues
from rules.checks import normalize_email, normalize_org_number


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: str
    raw: str
    rule: str


_SEP = r"(?:[ .\u00a0]|\r?\n)?"  # a hard-wrapped mail may break a number over two lines
# 3-3-3 digits with optional single separators, optionally in VAT form "NO ... MVA".
_ORG_NUMBER = re.compile(
    rf"(?<![\d+\-/])(?:NO{_SEP})?\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{3}}(?:{_SEP}MVA)?"
    r"(?![\d#]|[ .\u00a0\-]\d)",
)
# Labels of numbers that look like org numbers but are not (meeting ids, references, invoices).
_NOT_ORG_CONTEXT = re.compile(
    r"(?:ref\.?|referanse|id|møte-id|konferanse-id|faktura\w*|invoice|kid|konto\w*|account|"
    r"saksnr\.?|sak|ordre\w*|kundenummer|customer number)\W{0,3}$",
    re.IGNORECASE,
)
# How far before a number a label on its line may stand and still name it.
_LABEL_REACH = 60


def find_org_numbers(text: str, cues: ValueCues | None = None) -> list[Found]:
    """Nine-digit numbers in org-number form, not parts of phones, ids or account numbers,
    nor labelled as something else (``Avtalenr.``, ``D-U-N-S``) or as a foreign company or
    VAT id (``USt-ID: DE 142476770``, ``Company Registration Number``)."""
    cues = cues or default_value_cues()
    found = []
    for match in _ORG_NUMBER.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        if _NOT_ORG_CONTEXT.search(before) or re.search(r"\d[ .\u00a0]$", before):
            continue  # a label saying it is something else, or the tail of a longer number
        if _labelled_otherwise(text, match.start(), cues):
            continue
        value = normalize_org_number(match.group())
        if value:
            rule = "org-number-vat" if "MVA" in match.group() else "org-number"
            found.append(Found(match.start(), match.end(), value, match.group(), rule))
    return found


def labels_another_id(label: str, cues: ValueCues | None = None) -> bool:
    """Whether a label line's label ("D-U-N-S number", "USt-ID") names something other than
    an org number, so that the nine digits of its value are none."""
    text = label.rstrip(" :\t|") + ": "
    return _labelled_otherwise(text, len(text), cues or default_value_cues())


def _line_before(text: str, start: int, reach: int = _LABEL_REACH) -> str:
    line_start = text.rfind("\n", max(0, start - reach), start) + 1
    return text[max(line_start, start - reach) : start]


def _labelled_otherwise(text: str, start: int, cues: ValueCues) -> bool:
    before = _line_before(text, start)
    if cues.foreign_vat_prefix.search(before):
        return True
    ends = [m.end() for p in (cues.org_distractor, cues.org_foreign) for m in p.finditer(before)]
    if not ends:
        return False
    # An org-number label nearer to the number wins ("Avtalenr. 12, org.nr. 974 760 673").
    between = before[max(ends) :]
    return not re.search(r"\d|[,;!?]|\.\s|\b(?:org|organisasjon|foretak)", between, re.IGNORECASE)


# RFC 5321 section 4.5.3.1: a local part holds at most 64 octets, a domain at most 255. A
# longer run around an '@' is no address, and scanning at most this far from each '@' keeps
# the finder linear in the text (a regex anchored anywhere in a long run of letters was not).
LOCAL_MAX = 64
DOMAIN_MAX = 255
_LOCAL_CHARS = frozenset("._+'-")
_DOMAIN_CHARS = frozenset(".,-")
# Machine tokens with an '@' that are no mailbox: inline-image and message references
# (RFC 2392 "cid:"/"mid:"), Message-ID-like local parts (long digit runs, long mixed tokens).
_REFERENCE_SCHEME = re.compile(r"(?:cid|mid):$", re.IGNORECASE)
_MACHINE_LOCAL = re.compile(
    r"\d{8}"  # a timestamp or counter
    r"|(?<![\w])(?=[a-f]*\d)[a-f\d]{12,}(?![\w])"  # a hex token
    r"|(?=[a-z\d]*[A-Z])(?=[A-Z\d]*[a-z])(?=[a-zA-Z]*\d)[a-zA-Z\d]{20,}",  # base64-like
)
# UTF-8 read as Latin-1 ("Ã¸") or a replacement character: mis-decoded text, not an address.
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\ufffd")
_TLD = re.compile(r"[^\W\d_]{2,63}|xn--[a-z\d-]+", re.IGNORECASE)
_HOST_WORD = re.compile(r"[^\W\d_][\w-]{2,}")


def find_emails(text: str) -> list[Found]:
    """Email addresses, each '@' looked at once with a bounded scan on either side.

    Tolerant on purpose: a doubled @, a comma for a dot, a doubled dot or a missing top-level
    domain are reported as written (rule ``email-malformed``) so that the sender can be asked
    to correct them. Never an address: a ``cid:`` reference, a Message-ID-like token, a domain
    with no letters ("p@2d"), a dotted domain whose last label is not letters, mis-decoded text.
    """
    found: list[Found] = []
    at = text.find("@")
    while at != -1:
        candidate = _email_at(text, at)
        if candidate is not None:
            found.append(candidate)
        at = text.find("@", candidate.end if candidate is not None else at + 1)
    return found


def _is_local_char(char: str) -> bool:
    return char.isalnum() or char == "_" or char in _LOCAL_CHARS


def _email_at(text: str, at: int) -> Found | None:
    start = at
    while start > 0 and at - start < LOCAL_MAX and _is_local_char(text[start - 1]):
        start -= 1
    if start > 0 and _is_local_char(text[start - 1]):
        return None  # a run longer than any local part
    while start < at and text[start] in ".'-":
        start += 1
    if start == at:
        return None
    domain_start = at + 1
    if text.startswith("@", domain_start):
        domain_start += 1  # "kari@@example.no": reported as written
    end = domain_start
    limit = min(len(text), domain_start + DOMAIN_MAX)
    while end < limit and (text[end].isalnum() or text[end] == "_" or text[end] in _DOMAIN_CHARS):
        end += 1
    if end == limit and end < len(text) and (text[end].isalnum() or text[end] in _DOMAIN_CHARS):
        return None  # a run longer than any domain
    raw = text[start:end].rstrip(".,-")
    local, _, domain = raw.partition("@")
    domain = domain.lstrip("@")
    if not domain or domain[0] in ".," or (len(local) < 2 and "." not in domain):
        return None
    if _REFERENCE_SCHEME.search(text[max(0, start - 4) : start]):
        return None
    if _MACHINE_LOCAL.search(local) or _MOJIBAKE.search(text[max(0, start - 2) : end]):
        return None
    rule = _email_rule(local, domain, raw)
    if rule is None:
        return None
    return Found(start, start + len(raw), normalize_email(raw), raw, rule)


def _email_rule(local: str, domain: str, raw: str) -> str | None:
    """``email`` for a well-formed address, ``email-malformed`` for a typo, None for none."""
    labels = re.split(r"[.,]", domain)
    last = labels[-1]
    if len(labels) == 1:
        # No dot at all: a host word ("kari@firma") is a typo for an address; "p@2d" is not.
        if len(local) < 2 or not _HOST_WORD.fullmatch(domain):
            return None
        return "email-malformed"
    if not _TLD.fullmatch(last):
        return None
    typo = raw.count("@") > 1 or "," in domain or "" in labels or ".." in local
    return "email-malformed" if typo else "email"
