"""An entity as Enhetsregisteret writes it (API bodies and bulk rows) -> ``EntityRow``.

The API and the JSON bulk file use the same object (``organisasjonsnummer``, ``navn``,
``organisasjonsform.kode``, ``konkurs``, ``underAvvikling``,
``underTvangsavviklingEllerTvangsopplosning``, ``slettedato``; a sub-unit has
``overordnetEnhet``); the CSV file flattens it with the same names (``organisasjonsform.kode``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from rules.register import status_of_entity
from storage.register import EntityRow

_NINE_DIGITS = re.compile(r"[0-9]{9}")


class NotAnEntityError(ValueError):
    """The object is not an entity (no nine-digit ``organisasjonsnummer``)."""


def entity_row(data: Mapping[str, Any]) -> EntityRow:
    """The row for one API/JSON entity object. Raises NotAnEntityError for anything else."""
    number = str(data.get("organisasjonsnummer") or "").strip()
    if not _NINE_DIGITS.fullmatch(number):
        raise NotAnEntityError("no nine-digit organisasjonsnummer")
    form = data.get("organisasjonsform")
    code = form.get("kode") if isinstance(form, Mapping) else data.get("organisasjonsform.kode")
    parent = data.get("overordnetEnhet")
    return _row(
        number,
        name=data.get("navn"),
        org_form=code,
        parent=parent,
        deleted_on=data.get("slettedato"),
        bankrupt=_true(data.get("konkurs")),
        liquidation=_true(data.get("underAvvikling"))
        or _true(data.get("underTvangsavviklingEllerTvangsopplosning")),
    )


def _row(
    number: str,
    *,
    name: Any,
    org_form: Any,
    parent: Any,
    deleted_on: Any,
    bankrupt: bool,
    liquidation: bool,
) -> EntityRow:
    parent_number = str(parent).strip() if parent else None
    if parent_number is not None and not _NINE_DIGITS.fullmatch(parent_number):
        parent_number = None
    deleted = parse_date(deleted_on)
    status = status_of_entity(
        deleted=deleted is not None or bool(deleted_on),
        bankrupt=bankrupt,
        under_liquidation=liquidation,
        sub_unit=parent_number is not None,
    )
    return EntityRow(
        org_number=number,
        status=status,
        name=str(name).strip() if name else None,
        org_form=str(org_form).strip()[:16] if org_form else None,
        parent_number=parent_number,
        deleted_on=deleted,
    )


def _true(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "ja", "j", "1")
    return value is True


def parse_date(value: Any) -> date | None:
    """``2024-01-31`` (perhaps with a time after it) as a date; None otherwise."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


_CSV_KEYS = {
    _key(k): k
    for k in (
        "organisasjonsnummer", "navn", "organisasjonsform.kode", "konkurs", "underAvvikling",
        "underTvangsavviklingEllerTvangsopplosning", "overordnetEnhet", "slettedato",
    )
}  # fmt: skip


def csv_columns(header: list[str]) -> dict[str, int]:
    """The positions of the columns we read, by their API name; header names are matched
    without case and punctuation ("Organisasjonsform kode" = "organisasjonsform.kode")."""
    found = {}
    for i, name in enumerate(header):
        key = _CSV_KEYS.get(_key(name))
        if key is not None and key not in found:
            found[key] = i
    if "organisasjonsnummer" not in found:
        raise NotAnEntityError("the CSV header has no organisasjonsnummer column")
    return found


def csv_row(cells: list[str], columns: Mapping[str, int]) -> EntityRow:
    """The row for one CSV record read with ``csv_columns``' positions."""

    def cell(name: str) -> str:
        i = columns.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    number = cell("organisasjonsnummer")
    if not _NINE_DIGITS.fullmatch(number):
        raise NotAnEntityError("no nine-digit organisasjonsnummer")
    return _row(
        number,
        name=cell("navn"),
        org_form=cell("organisasjonsform.kode"),
        parent=cell("overordnetEnhet"),
        deleted_on=cell("slettedato"),
        bankrupt=_true(cell("konkurs")),
        liquidation=_true(cell("underAvvikling"))
        or _true(cell("underTvangsavviklingEllerTvangsopplosning")),
    )
