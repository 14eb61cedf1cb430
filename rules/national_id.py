"""Norwegian national identity numbers in free text: find them, and mask them before storing.

A national identity number is an 11-digit fødselsnummer, or a D-nummer (first digit + 4) or
H-nummer (third digit + 4), that ``stdnum.no.fodselsnummer`` accepts: both check digits right
and a real birth date not in the future. It is found by its digits, not by its layout: any
decimal digits (fullwidth ``０-９`` too) in runs joined by at most ``MAX_SEPARATOR`` separator
characters (spaces, dots, slashes, any dash, invisible format characters), so ``151086 95088``,
``151086.95088``, ``15 10 86 95088``, ``151086–95088`` and ``１５１０８６９５０８８`` are all
found. A candidate is whole runs adding up to exactly 11 digits: a run glued to more digits,
or a number after a ``+`` (E.164 phone numbers), is not one.

Masking replaces every digit of a match with ``*`` and keeps the separators, so a masked text
has the same length as the original: character offsets (evidence spans) stay valid, and a
reader still sees that a number was there. ``151086 95088`` becomes ``****** *****``.

Linear in the length of the text: a text without 11 digits close together is let through by
one bounded regex search; otherwise each run of digits is looked at a bounded number of times.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from stdnum.no import fodselsnummer

MASK = "*"
DIGITS = 11
MAX_SEPARATOR = 3  # "151086 – 95088": a dash between two spaces

# Eleven digits with at most MAX_SEPARATOR other characters between each two: no text that
# lacks this can hold a national id (bounded repetition of disjoint classes: linear).
_PRECHECK = re.compile(rf"\d(?:\D{{0,{MAX_SEPARATOR}}}\d){{{DIGITS - 1}}}")
_RUN = re.compile(r"\d+")
# White space, dots, slashes, every dash (Pd, U+2212 minus, fullwidth forms), and the
# invisible format characters a pasted number may carry (soft hyphen, zero-width and bidi
# marks, word joiner, BOM).
_SEPARATOR = (
    "[\\s./\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\uff0e\uff0f"
    f"\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]{{1,{MAX_SEPARATOR}}}"
)
# Runs of digits joined by separators. Digits and separators are disjoint classes, so a failed
# attempt backs off at most MAX_SEPARATOR characters: linear.
_CHAIN = re.compile(rf"\d+(?:{_SEPARATOR}\d+)*")
# The weights of the two check digits (the mod-11 scheme stdnum checks), asked before stdnum
# so that a long run of candidates costs arithmetic, not a library call each.
# The first four digits of a possible birth date (day + 40 for a D-nummer, month + 40 for an
# H-nummer), asked first of all: most digit runs fail here, with one set lookup.
_DAY_MONTH = frozenset(
    f"{day:02d}{month:02d}"
    for day in (*range(1, 32), *range(41, 72))
    for month in (*range(1, 13), *range(41, 53))
)
_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


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
    if _PRECHECK.search(text) is None:
        return []
    spans: list[NationalIdSpan] = []
    for chain in _CHAIN.finditer(text):
        if chain.end() - chain.start() >= DIGITS:
            spans.extend(_ids_in_chain(text, list(_RUN.finditer(text, *chain.span()))))
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
        parts.append(_RUN.sub(lambda run: MASK * len(run.group()), text[span.start : span.end]))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def _ids_in_chain(text: str, runs: list[re.Match[str]]) -> Iterator[NationalIdSpan]:
    """Whole runs that add up to 11 digits and make a valid number, greedily from the left.
    Two pointers over the runs' digit offsets: linear in the number of runs."""
    digits = "".join(_ascii_digits(run.group()) for run in runs)
    offsets = [0]
    for run in runs:
        offsets.append(offsets[-1] + run.end() - run.start())
    first = last = 0
    while first < len(runs):
        last = max(last, first)
        while last < len(runs) and offsets[last] - offsets[first] < DIGITS:
            last += 1
        start = runs[first].start()
        if offsets[last] - offsets[first] == DIGITS and text[start - 1 : start] != "+":
            number = digits[offsets[first] : offsets[last]]
            if number[:4] in _DAY_MONTH and _valid(number):
                yield NationalIdSpan(start, runs[last - 1].end(), _kind(number))
                first = last
                continue
        first += 1


@lru_cache(maxsize=4096)
def _valid(number: str) -> bool:
    """``stdnum.no.fodselsnummer.is_valid``, after a cheap test of the check digits."""
    values = [ord(digit) - 48 for digit in number]
    first = -sum(w * v for w, v in zip(_WEIGHTS_1, values, strict=False)) % 11
    second = -sum(w * v for w, v in zip(_WEIGHTS_2, values, strict=False)) % 11
    if (first, second) != (values[9], values[10]):
        return False
    return bool(fodselsnummer.is_valid(number))


def _ascii_digits(digits: str) -> str:
    return digits if digits.isascii() else "".join(str(unicodedata.digit(d)) for d in digits)


def _kind(number: str) -> NationalIdKind:
    if int(number[0]) >= 4:
        return NationalIdKind.D_NUMMER
    if int(number[2]) >= 4:
        return NationalIdKind.H_NUMMER
    return NationalIdKind.FODSELSNUMMER
