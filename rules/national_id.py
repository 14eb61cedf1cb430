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
_SEPARATOR = re.compile(
    "[\\s./\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\uff0e\uff0f"
    f"\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]{{1,{MAX_SEPARATOR}}}"
)


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
    for chain in _chains(text):
        spans.extend(_ids_in_chain(text, chain))
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


def _chains(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of digits, grouped into chains of runs joined by short separators."""
    chain: list[re.Match[str]] = []
    for run in _RUN.finditer(text):
        if chain and not _joins(text, chain[-1].end(), run.start()):
            yield chain
            chain = []
        chain.append(run)
    if chain:
        yield chain


def _joins(text: str, start: int, end: int) -> bool:
    return end - start <= MAX_SEPARATOR and _SEPARATOR.fullmatch(text, start, end) is not None


def _ids_in_chain(text: str, chain: list[re.Match[str]]) -> Iterator[NationalIdSpan]:
    """Whole runs of ``chain`` that add up to 11 digits and are a valid number, greedily
    from the left. At most 11 runs are summed from each start: linear in the chain."""
    first = 0
    while first < len(chain):
        if chain[first].start() > 0 and text[chain[first].start() - 1] == "+":
            first += 1
            continue
        count, last = 0, first
        while last < len(chain) and count < DIGITS:
            count += len(chain[last].group())
            last += 1
        number = "".join(_ascii_digits(run.group()) for run in chain[first:last])
        if count == DIGITS and fodselsnummer.is_valid(number):
            yield NationalIdSpan(chain[first].start(), chain[last - 1].end(), _kind(number))
            first = last
        else:
            first += 1


def _ascii_digits(digits: str) -> str:
    return digits if digits.isascii() else "".join(str(unicodedata.digit(d)) for d in digits)


def _kind(number: str) -> NationalIdKind:
    if int(number[0]) >= 4:
        return NationalIdKind.D_NUMMER
    if int(number[2]) >= 4:
        return NationalIdKind.H_NUMMER
    return NationalIdKind.FODSELSNUMMER
