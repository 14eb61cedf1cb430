"""Invented organisation numbers that pass mod 11 (the register stand-in decides what they are)."""

from __future__ import annotations

from stdnum.no import orgnr


def valid_numbers(start: int, count: int) -> list[str]:
    """``count`` mod-11-valid numbers from ``start`` upwards."""
    found: list[str] = []
    n = start
    while len(found) < count:
        if orgnr.is_valid(str(n)):
            found.append(str(n))
        n += 1
    return found


ACTIVE, DELETED, REMOVED, UNKNOWN, SUB_UNIT, PARENT, BANKRUPT, WOUND_UP, SLOW, GARBAGE = (
    valid_numbers(921_000_000, 10)
)
