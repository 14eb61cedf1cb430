"""Text that goes into a header of mail we send: one clean line, never a second header.

Vendors' text reaches our headers (a reply's ``Subject: Re: ...``, an attachment's file name,
message ids in In-Reply-To/References). A header field is one line that may only be folded
by whitespace after a CRLF (RFC 5322 2.2, 2.2.3); a CR or LF inside a value starts a new
header or a new recipient. The Python on these machines (pyenv 3.11.7) also decodes RFC 2047
encoded words when a header is set and then writes a decoded ``=0A`` out as a raw newline
(CVE-2024-6923), so an innocent-looking ``=?UTF-8?Q?=0A?=Bcc: ...`` injects too.

Pure: no I/O, no email library. ``bot.outbox.message`` runs every value through here and checks
the bytes it generates as well.
"""

from __future__ import annotations

import re
import unicodedata

from rules.text_safety import is_unsafe_character

DEFAULT_MAX_LEN = 200
ELLIPSIS = "…"

# Line and paragraph separators (U+2028/2029, category Zl/Zp), every C0/C1 control including
# CR, LF, TAB and NEL (U+0085; category Cc) and the bidirectional controls that make a subject
# read differently than it is (Trojan Source): ``rules.text_safety``'s one definition. Lone
# surrogates (Cs) too.
_SPACES = re.compile(r"\s+")
# The opening of an RFC 2047 encoded word. Broken up ("= ?") so that it is never decoded.
_ENCODED_WORD_OPENER = "=?"

# RFC 5322 3.6.4: msg-id = "<" id-left "@" id-right ">"; here without whitespace, brackets or
# controls (the obsolete forms with comments and quoted strings are not produced by anyone we
# answer to).
_MSG_ID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")
# RFC 5322 2.2: field-name = 1*ftext, ftext = %d33-57 / %d59-126 (printable ASCII but ":").
_FIELD_NAME = re.compile(r"[!-9;-~]+")
# A plain addr-spec (RFC 5321 4.1.2 Mailbox): dot-atom local part and a domain of labels.
_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9-]{2,63}")


def clean_header_text(text: str, max_len: int = DEFAULT_MAX_LEN) -> str:
    """``text`` as one safe header line of at most ``max_len`` characters.

    Every control character (CR, LF, TAB, NEL U+0085, all of C0 and C1), the Unicode line and
    paragraph separators U+2028/U+2029, lone surrogates and bidirectional overrides become a
    space; runs of whitespace collapse to one space; the ends are trimmed; the opening ``=?`` of
    an RFC 2047 encoded word becomes ``= ?`` (it would be decoded, newlines and all, when the
    header is set). Text longer than ``max_len`` is cut and ends with ``…``. The result
    contains no character for which ``str.splitlines`` would split. ``max_len`` must be >= 1.
    """
    if max_len < 1:
        raise ValueError("max_len must be at least 1")
    kept = "".join(" " if _removed(char) else char for char in text)
    line = _SPACES.sub(" ", kept).strip()
    while _ENCODED_WORD_OPENER in line:
        line = line.replace(_ENCODED_WORD_OPENER, "= ?")
    if len(line) <= max_len:
        return line
    return line[: max_len - 1].rstrip() + ELLIPSIS


def _removed(char: str) -> bool:
    return is_unsafe_character(char) or unicodedata.category(char) == "Cs"


def message_ids(text: str, *, keep: int = 20) -> list[str]:
    """The well-formed msg-ids (``<left@right>``) in ``text``, in order, without duplicates.

    For In-Reply-To and References built from a vendor's headers: anything that is not a
    msg-id is dropped. With more than ``keep`` ids, the first and the last ``keep - 1`` stay
    (RFC 5322 3.6.4 lets a long References list be shortened; the first id names the thread's
    start, the last ones its recent parents). ``keep`` must be >= 1.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    found = list(dict.fromkeys(_MSG_ID.findall(text)))
    if len(found) <= keep:
        return found
    return [found[0], *found[len(found) - keep + 1 :]]


def is_field_name(name: str) -> bool:
    """True if ``name`` is a valid header field name (RFC 5322 2.2): printable ASCII, no colon."""
    return _FIELD_NAME.fullmatch(name) is not None


def plain_address(text: str) -> str | None:
    """``text`` as a plain ASCII addr-spec ``local@domain`` (domain lower-cased), else None.

    Only what can go into ``RCPT TO:<...>`` and a To header without quoting (RFC 5321 4.1.2):
    a dot-atom local part and a domain of LDH labels. No display name, whitespace, controls,
    quotes, comments or brackets; an internationalized (non-ASCII) address is refused here,
    and the caller converts an IDN domain to its ``xn--`` form first.
    """
    local, at, domain = text.rpartition("@")
    if not at or len(text) > 254 or len(local) > 64:
        return None
    if _LOCAL_PART.fullmatch(local) is None or _DOMAIN.fullmatch(domain) is None:
        return None
    return f"{local}@{domain.lower()}"
