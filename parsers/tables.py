"""Tables written as text: rows of cells split by tabs, `` | `` (HTML tables, see
parsers/html_text.py) or column gaps.

Two kinds are read. A header row naming two parties (``Leverandør    Kunde``) makes each
following label row give one unit per cell, each for its column's party. A header row of
labels (``Orgnr | Navn | E-post | Telefon``) makes each following row one record, its cells
labelled by the header; a cell that names a role (``Testansvarlig``, ``Kunde``) gives the
whole row that role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.order_cues import OrderCues
from parsers.unit_model import Cursor, Unit, is_role_only, label_kind, roles_in

CELL_SPLIT = re.compile(r"\t+|[ \t]*\|[ \t]*|[ \t]{2,}")
_DATA = re.compile(r"[\d@]")
_RULE_ROW = re.compile(r"^[\s|:+\-=]+$")  # "|------|------|" under a Markdown header


def cells_of(line: str) -> list[str]:
    if _RULE_ROW.match(line):
        return []
    return [c.strip() for c in CELL_SPLIT.split(line.strip().strip("|")) if c.strip()]


def party_columns(
    start: int, end: int, cells: list[str], cur: Cursor, cues: OrderCues
) -> Unit | None:
    """A header row naming two or more parties (the first cell may name the rows, "Felt"):
    remember their columns."""
    if len(cells) < 2:
        return None
    parties = cells[1:] if len(cells) >= 3 and not _column_role(cells[0], cues) else cells
    roles = []
    for cell in parties:
        role = _column_role(cell.rstrip(":"), cues)
        if not role:
            return None
        roles.append(role)
    if len(roles) < 2:
        return None
    cur.columns = tuple(roles)
    cur.block += 1
    return cur.heading(start, end, " | ".join(cells), scope_roles=frozenset())


def _column_role(cell: str, cues: OrderCues) -> frozenset[str]:
    """The roles a column header names: a party ("Kunde") or, as a column only, a contact
    role ("Testmiljø", "Produksjon")."""
    if is_role_only(cell, cues):
        return roles_in(cell, cues)
    if _party_heading(cell, cues):  # "Kunde som delegerer", "Leverandør (oss)"
        return roles_in(cell, cues) & _PARTY_ROLES
    role = cues.column_roles.get(cell.strip().lower())
    return frozenset({role}) if role else frozenset()


_PARTY_ROLES = frozenset({"customer", "own", "vendor"})


def _party_heading(cell: str, cues: OrderCues) -> bool:
    """A short cell without data that names a party among a few other words: a column's
    heading in a table of two parties, not a label of one value."""
    words = cell.split()
    return (
        1 <= len(words) <= 4
        and not _DATA.search(cell)
        and bool(roles_in(cell, cues) & _PARTY_ROLES)
        and label_kind(cell, cues) in (None, "org_name")
    )


def column_row(
    start: int, end: int, cells: list[str], cur: Cursor, cues: OrderCues
) -> list[Unit] | None:
    """A row under a party header written with cell separators ("| Org.nr. | 870 … | 827 … |"):
    the first cell is the label, each further cell the value for its column's party."""
    if not cur.columns or len(cells) != len(cur.columns) + 1:
        return None
    kind = label_kind(cells[0], cues)
    if kind is None:
        return None
    units, pos = [], start
    for cell, roles in zip(cells, (frozenset(), *cur.columns), strict=True):
        at = cur.text.find(cell, pos, end)
        pos = at + len(cell)
        if roles:
            units.append(cur.label(start, end, cells[0], kind, at, cell, roles))
    return units


def column_units(
    start: int, end: int, label: str, kind: str | None, value_start: int, cur: Cursor
) -> Iterator[Unit]:
    """One label unit per cell of a row under a party header, for that column's party."""
    value = cur.text[value_start:end]
    cells = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:[ ]\S+)*", value)]
    for (cell_start, cell_end), roles in zip(cells, cur.columns, strict=False):
        yield cur.label(
            start, end, label, kind, value_start + cell_start, value[cell_start:cell_end], roles
        )


def record_table(
    start: int, end: int, cells: list[str], cur: Cursor, cues: OrderCues
) -> list[Unit] | None:
    """A header row of labels, or a row under one (see the module docstring)."""
    if cur.header and len(cells) == len(cur.header):
        return _record_row(start, end, cells, cur, cues)
    kinds = [label_kind(c, cues) for c in cells]
    # Every cell a label, but the first may name the rows ("Rolle", "Felt").
    labelled = all(k is not None for k in kinds[1:])
    plain = not any(_DATA.search(c) for c in cells)
    if len(cells) >= 3 and labelled and plain and not cur.columns:
        cur.header = tuple(zip(cells, kinds, strict=True))
        return [cur.heading(start, end, " | ".join(cells))]
    return None


def _record_row(start: int, end: int, cells: list[str], cur: Cursor, cues: OrderCues) -> list[Unit]:
    cur.block += 1
    roles = frozenset().union(*(roles_in(c, cues) for c in cells if not _DATA.search(c)))
    scope = roles | ({"contact"} if roles & {"test", "production"} else set())
    units, pos = [], start
    for cell, (label, kind) in zip(cells, cur.header, strict=True):
        at = cur.text.find(cell, pos, end)
        pos = at + len(cell)
        if kind is not None:
            units.append(cur.label(start, end, label, kind, at, cell, roles, frozenset(scope)))
    return units


def _is_label_cell(cell: str, cues: OrderCues) -> bool:
    return not _DATA.search(cell) and label_kind(cell, cues) is not None and len(cell) < 30


def stacked_table(
    lines: list[tuple[int, int]], index: int, cur: Cursor, cues: OrderCues
) -> tuple[list[Unit], int] | None:
    """A table written one cell per line (the plain-text part of an HTML table): party
    headers on consecutive lines ("Leverandør (oss)", "Kunde"), then per row a label line
    followed by one value line per party. Returns the units and the index of the first line
    after the table, or None when the lines at ``index`` are no such table."""
    text = cur.text
    first = text[slice(*lines[index])]
    if len(first) > 40 or _DATA.search(first):
        return None  # a party header is a few words
    columns: list[frozenset[str]] = []
    i = index
    while i < len(lines) and is_role_only(text[slice(*lines[i])].strip().rstrip(":"), cues):
        columns.append(roles_in(text[slice(*lines[i])], cues))
        i += 1
    width = len(columns)
    if width < 2:
        return None
    units: list[Unit] = []
    rows = 0
    while i + width < len(lines):
        label = text[slice(*lines[i])].strip().rstrip(":")
        kind = label_kind(label, cues) if 0 < len(label.split()) <= 4 else None
        cells = [text[slice(*lines[j])].strip() for j in range(i + 1, i + 1 + width)]
        if kind is None or not all(cells) or any(_is_label_cell(c, cues) for c in cells):
            break
        cur.block += 1
        for j, roles in enumerate(columns):
            start, end = lines[i + 1 + j]
            at = text.find(cells[j], start, end)
            units.append(cur.label(start, end, label, kind, at, cells[j], roles))
        rows += 1
        i += 1 + width
    if rows < 2:
        return None
    return units, i
