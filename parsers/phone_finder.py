"""Phone numbers in free text, taken only where they are phones.

A number is a phone when a phone word or label stands before it on its line ("Tlf:", "M:"),
when it ends a contact line after an email address ("Randi Holt, randi@example.no, 33 50
95"), or when it has a phone's shape on its own (whole groups of digits with clean edges)
and is a real number of its country. Never a phone: a number inside a URL, a word, a date,
a version or IP address, a base64 run, a national identity number, or one labelled as a
reference, case, ticket, order, postbox or company id. Digits with a national leading 0
("053-8311646") are no Norwegian number: they are read in the country the mail names
("Sverige", "+46", "D-94327") or not at all.
"""

from __future__ import annotations

import bisect
import re

import phonenumbers

from parsers.finders import Found
from parsers.value_cues import ValueCues, default_value_cues
from rules.checks import DEFAULT_REGION, normalize_phone, phone_problem
from rules.national_id import find_national_ids

_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"']+", re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}")
_EMAIL_BEFORE = re.compile(r"@[\w-]+(?:\.[\w-]+)+\s*[,;|/–—-]\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
# A run of digits after a phone label that phonenumbers does not accept (too short, say).
_DIGIT_RUN = re.compile(r"(?:\+|00)?\d[\d \u00a0\-]{4,16}\d")
_REACH = 40  # how far before a number its label may stand on the line
# A run of digits and separators longer than this holds no phone one can read (E.164 has at
# most 15 digits): it is hidden from phonenumbers' matcher, whose work grows faster than the
# length of such a run ("1 1 1 1 ..." over 200,000 characters took 8 s).
_RUN_MAX = 64
_NUMBER_RUN = re.compile(rf"[\d+(][\d+() .\-/\u00a0]{{{_RUN_MAX},}}")


class _Spans:
    """Spans of text (URLs, identity numbers) asked "does one hold this position?" by
    bisection, so that many numbers among many URLs stay linear-logarithmic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.starts = [s for s, _ in merged]
        self.spans = merged

    def holds(self, pos: int) -> bool:
        at = bisect.bisect_right(self.starts, pos)
        return at > 0 and pos < self.spans[at - 1][1]


def find_phones(text: str, cues: ValueCues | None = None) -> list[Found]:
    """Phones by phonenumbers' matcher, judged by their context and shape (see module)."""
    return phones_and_region(text, cues)[0]


def phones_and_region(
    text: str, cues: ValueCues | None = None
) -> tuple[list[Found], str | None]:
    """The phones of ``text`` and the one foreign country it names (``region_hint``).

    A hard-wrapped line may break a number ("+47 412\n34 567"): the matcher reads the text
    with such breaks as spaces (same offsets); context and edges are judged on ``text``.
    """
    cues = cues or default_value_cues()
    readable = _readable(text)
    ids = [(s.start, s.end) for s in find_national_ids(text)]
    excluded = _Spans(ids + [(m.start(), m.end()) for m in _URL.finditer(text)])
    found: list[Found] = []
    abroad: set[str] = set()
    for match in _matches(readable, DEFAULT_REGION):
        if _national_zero(match.raw_string):
            continue
        phone = _judge(text, match, excluded, cues)
        if phone is not None:
            found.append(phone)
            if match.number.country_code != 47:
                abroad.add(phonenumbers.region_code_for_number(match.number) or "")
    hint = region_hint(text, cues, abroad)
    if hint is not None:
        for match in _matches(readable, hint):
            if _national_zero(match.raw_string):
                phone = _judge(text, match, excluded, cues)
                found += [phone] if phone is not None else []
    return sorted(found, key=lambda f: f.start), hint


def region_hint(text: str, cues: ValueCues, abroad: set[str] | None = None) -> str | None:
    """The one foreign country the text names (words, postal codes, other phones), or None."""
    named = {code for code, pattern in cues.postal if pattern.search(text)} | (abroad or set())
    previous = ""
    for match in _WORD.finditer(text):  # a dictionary look-up per word: linear, and fast
        word = match.group().casefold()
        for key in (word, f"{previous} {word}"):
            named.add(cues.region_of_word.get(key, ""))
        previous = word
        if len(named - {""}) > 1:
            break
    named.discard("")
    return next(iter(named)) if len(named) == 1 else None


def phone_after_label(
    value_text: str, offset: int, region: str | None = None
) -> Found | None:
    """The digits following a phone label, even when they cannot be a real number; digits
    with a national leading 0 only in the foreign ``region`` the mail names."""
    match = _DIGIT_RUN.search(value_text)
    if not match or len(re.sub(r"\D", "", match.group())) < 5:
        return None
    raw = match.group()
    if _national_zero(raw) and region is None:
        return None
    value = normalize_phone(raw, region if _national_zero(raw) and region else DEFAULT_REGION)
    if value is None:
        return None
    return Found(offset + match.start(), offset + match.end(), value, raw, "phone-label")


def _readable(text: str) -> str:
    """``text`` as the matcher should see it, with the same offsets: line breaks inside runs
    of digits are spaces, runs too long to be phones are letters."""
    unwrapped = re.sub(r"(?<=[\d ])\r?\n(?=[ \d])", lambda m: " " * len(m.group()), text)
    return _NUMBER_RUN.sub(lambda m: "x" * len(m.group()), unwrapped)


def _matches(readable: str, region: str) -> phonenumbers.PhoneNumberMatcher:
    return phonenumbers.PhoneNumberMatcher(
        readable, region, leniency=phonenumbers.Leniency.POSSIBLE
    )


def _national_zero(raw: str) -> bool:
    """Written in a national format with a trunk 0 ("053-8311646"); Norway has none."""
    digits = raw.lstrip(" (\u00a0")
    return digits.startswith("0") and not digits.startswith("00")


def _judge(
    text: str,
    match: phonenumbers.PhoneNumberMatch,
    excluded: _Spans,
    cues: ValueCues,
) -> Found | None:
    start, end, raw = match.start, match.end, match.raw_string
    if excluded.holds(start) or not _clean_edges(text, start, end):
        return None
    if _DATE.fullmatch(raw.strip()) or not _whole_groups(raw):
        return None
    before = _line_before(text, start)
    if _labelled(before, cues.not_phone) and not _labelled(before, cues.phone_word):
        return None
    value = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    if _labelled(before, cues.phone_word) or _EMAIL_BEFORE.search(before):
        return Found(start, end, value, raw, "phone-context")
    if _phone_shape(raw) and phone_problem(value) is None:
        return Found(start, end, value, raw, "phone-shape")
    return None


def _line_before(text: str, start: int) -> str:
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    return text[max(line_start, start - _REACH) : start]


def _labelled(before: str, pattern: re.Pattern[str]) -> bool:
    """A label from ``pattern`` on the line before, with no word between it and the number."""
    ends = [m.end() for m in pattern.finditer(before)]
    return bool(ends) and not _LETTER.search(before[ends[-1] :])


def _clean_edges(text: str, start: int, end: int) -> bool:
    """Not a piece of a longer token: a word, an id, a path, a date, a version, base64."""
    b1 = text[start - 1] if start > 0 else " "
    b2 = text[start - 2] if start > 1 else " "
    a1 = text[end] if end < len(text) else " "
    a2 = text[end + 1] if end + 1 < len(text) else " "
    if b1.isalnum() or b1 in "_\\=#&?@%$€£+" or (b1 in ".-" and b2.isalnum()):
        return False
    if (b1 in ",:" and b2.isdigit()) or (b1 == "/" and not (b2.isdigit() or b2 == " ")):
        return False  # "10:41234567", a path ".../41234567"; "22334455/41234567" is two phones
    if a1.isalnum() or a1 in "_\\=#&@%" or (a1 == "/" and not (a2.isdigit() or a2 == " ")):
        return False
    return not (a1 in ".-,:" and a2.isalnum())


def _whole_groups(raw: str) -> bool:
    """Digit groups of a phone: no single digits between dots (versions, IP addresses)."""
    if "." not in raw:
        return True
    groups = re.findall(r"\d+", raw)
    return len(groups) <= 4 and all(len(g) >= 2 for g in groups)


def _phone_shape(raw: str) -> bool:
    """Written as phones are: with a country code, or eight digits whole or in groups of
    two to four with one kind of separator."""
    text = raw.strip().lstrip("(")
    if text.startswith(("+", "00")):
        return True
    groups = re.findall(r"\d+", text)
    separators = set(re.findall(r"[^\d]+", text))
    if len(separators) > 1 or any(len(g) < 2 for g in groups):
        return False
    return len(groups) == 1 or all(len(g) <= 4 for g in groups)
