"""Norwegian national identity numbers in free text: find them, and mask them before storing.

A national identity number is an 11-digit fødselsnummer, or a D-nummer (first digit + 4) or
H-nummer (third digit + 4), that ``stdnum.no.fodselsnummer`` accepts: both check digits right
and a real birth date not in the future. It may be written as ``DDMMYYNNNNN``,
``DDMMYY NNNNN`` or ``DDMMYY-NNNNN``. Digits glued to other digits or after a ``+`` (phone
numbers in E.164, longer numbers) are not candidates.

Masking replaces every digit of a match with ``*`` and keeps the separator, so a masked text
has the same length as the original: character offsets (evidence spans) stay valid, and a
reader still sees that a number was there. ``151086 95088`` becomes ``****** *****``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from stdnum.no import fodselsnummer

MASK = "*"

# Six digits, an optional single separator, five digits; not inside a longer digit run and not
# the tail of a "+<country code>" phone number.
_CANDIDATE = re.compile(r"(?<![0-9+])[0-9]{6}[ \u00a0-]?[0-9]{5}(?![0-9])")
_DIGIT = re.compile(r"[0-9]")


class NationalIdKind(StrEnum):
    """Which kind of national identity number a match is."""

    FODSELSNUMMER = "fodselsnummer"
    D_NUMMER = "d_nummer"
    H_NUMMER = "h_nummer"


@dataclass(frozen=True, slots=True)
class NationalIdSpan:
    """One national identity number in a text: ``text[start:end]``, separators included."""

    start: int
    end: int
    kind: NationalIdKind


def find_national_ids(text: str) -> list[NationalIdSpan]:
    """Every valid national identity number in ``text``, left to right, non-overlapping."""
    spans: list[NationalIdSpan] = []
    for match in _CANDIDATE.finditer(text):
        digits = _DIGIT.findall(match.group())
        number = "".join(digits)
        if fodselsnummer.is_valid(number):
            spans.append(NationalIdSpan(match.start(), match.end(), _kind(number)))
    return spans


def mask_national_ids(text: str) -> str:
    """``text`` with the digits of every national identity number replaced by ``*``.

    The result has the same length as ``text``; text without such numbers comes back equal.
    """
    spans = find_national_ids(text)
    if not spans:
        return text
    parts: list[str] = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(_DIGIT.sub(MASK, text[span.start : span.end]))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def _kind(number: str) -> NationalIdKind:
    if int(number[0]) >= 4:
        return NationalIdKind.D_NUMMER
    if int(number[2]) >= 4:
        return NationalIdKind.H_NUMMER
    return NationalIdKind.FODSELSNUMMER
