"""Cut a text into units: label lines, headings, table rows and prose sentences, with spans.

A *label line* is ``Label: value`` (also with a tab, `` | `` or a column gap) whose label holds
a label cue (``Organisasjonsnummer``, ``Kontaktperson hos kunden``) or is only a role cue
(``Kunde``, ``Oss``); a label alone on its line (``Org-nr:``) takes the next line as its
value. A *heading* is a short line that announces whose details follow (``Kunde``, ``Vår
virksomhet:``, ``Testansvarlig``); it scopes the lines after it until the next heading or the
end of its paragraph, or of the next paragraph when it stands alone. Tables are read by
``parsers.tables``. Everything else is prose, cut into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.order_cues import OrderCues
from parsers.tables import (
    cells_of,
    column_row,
    column_units,
    party_columns,
    record_table,
    stacked_table,
)
from parsers.unit_model import (
    PARTY_ROLES,
    Cursor,
    Pending,
    Unit,
    UnitKind,
    is_role_only,
    label_kind,
    roles_in,
)

__all__ = ["PARTY_ROLES", "Unit", "UnitKind", "cut_units"]

_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:[-•*·▪–]\s+)?)(?P<label>[^:\t|\n@]{1,60}?)"
    r"(?P<sep>[ \t]*:[ \t]*|\t+[ \t]*|[ \t]+\|[ \t]+|[ \t]*\.{2,}:?[ \t]*|[ \t]{2,})"
    r"(?P<value>.*)$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-ZÆØÅ])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:nr|tlf|mob|org|ca|dvs|jf|eks|st|tel|no|mr|dr|ref|inkl|bl\.a|f\.eks|ev|evt|pr)\.)$",
    re.IGNORECASE,
)
_PARTIES = frozenset({"customer", "own", "vendor"})


def cut_units(text: str, cues: OrderCues) -> list[Unit]:
    """All units of ``text`` in reading order."""
    units: list[Unit] = []
    cur = Cursor(text)
    prose: list[tuple[int, int]] = []
    lines = _line_spans(text)
    skip_to = 0
    for index, (start, end) in enumerate(lines):
        if index < skip_to:
            continue
        blank = not text[start:end].strip()
        stacked = stacked_table(lines, index, cur, cues) if not (prose or blank) else None
        if stacked is not None:
            units.extend(stacked[0])
            skip_to = stacked[1]
            continue
        if not text[start:end].strip():
            units.extend(_prose_units(prose, cur))
            prose = []
            _end_paragraph(cur)
            continue
        next_blank = index + 1 >= len(lines) or not text[slice(*lines[index + 1])].strip()
        pending, cur.pending = cur.pending, None
        made = _structured_line(start, end, cur, cues, next_blank)
        if made is None and pending is not None:
            made = [_pending_value(start, end, pending, cur)]
        if made is None:
            prose.append((start, end))
            continue
        units.extend(_prose_units(prose, cur))
        prose = []
        units.extend(made)
    units.extend(_prose_units(prose, cur))
    return units


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _pending_value(start: int, end: int, pending: Pending, cur: Cursor) -> Unit:
    label, kind, roles = pending
    line = cur.text[start:end]
    lead = len(line) - len(line.lstrip())
    return cur.label(start, end, label, kind, start + lead, line[lead:], roles)


def _end_paragraph(cur: Cursor) -> None:
    cur.paragraph += 1
    cur.columns = ()
    cur.header = ()
    cur.pending = None
    if cur.scope_until_paragraph < cur.paragraph:
        cur.scope = frozenset()
        cur.block += 1


def _structured_line(
    start: int, end: int, cur: Cursor, cues: OrderCues, next_blank: bool
) -> list[Unit] | None:
    line = cur.text[start:end]
    stripped = line.strip().lstrip("-•*·▪– ").strip()
    cells = cells_of(stripped)
    if not cells:
        return [cur.heading(start, end, stripped)]  # a Markdown rule row: nothing to read
    row = column_row(start, end, cells, cur, cues)
    if row is not None:
        return row
    columns = party_columns(start, end, cells, cur, cues)
    if columns is not None:
        return [columns]
    table = record_table(start, end, cells, cur, cues)
    if table is not None:
        return table
    if _is_heading(stripped, cues):
        return [_heading(start, end, stripped, cur, cues, next_blank)]
    return _label_line(start, end, stripped, cur, cues, next_blank)


def _label_line(
    start: int, end: int, stripped: str, cur: Cursor, cues: OrderCues, next_blank: bool
) -> list[Unit] | None:
    match = _LABEL.match(cur.text[start:end])
    if not match:
        return None
    label = match.group("label").strip()
    kind = label_kind(label, cues)
    if kind is None and (not is_role_only(label, cues) or match.group("sep").strip() != ":"):
        return None  # "Kunde  X" without a colon is too weak to be a label
    if len(label.split()) > 6 or re.search(r"\d", label):
        return None
    value_start = start + match.start("value")
    roles = roles_in(label, cues) | _environment_roles(label, kind, cues)
    if not match.group("value").strip():
        if kind is not None and not _PARTIES & roles:
            # "Org-nr:" alone: its value is on the next line; the scope stays as it was.
            cur.pending = (label, kind, roles)
            if not roles:
                return [cur.heading(start, end, stripped)]
        return [_heading(start, end, stripped, cur, cues, next_blank)]
    if cur.columns:
        return list(column_units(start, end, label, kind, value_start, cur))
    return [cur.label(start, end, label, kind, value_start, cur.text[value_start:end], roles)]


def _is_heading(stripped: str, cues: OrderCues) -> bool:
    words = stripped.rstrip(":").split()
    if not words or re.search(r"[\d@]", stripped):
        return False
    if stripped.endswith(":") and len(words) <= 8:
        return bool(roles_in(stripped, cues)) or label_kind(stripped, cues) == "person"
    if len(words) > 4 or re.search(r"[:|\t]", stripped) or stripped.endswith((".", "!", "?", ",")):
        return False
    # "Kunde", "Leverandør (oss)", "Testansvarlig", "Kunde som delegerer": a short line that
    # starts by naming a party or a contact role.
    return bool(roles_in(words[0], cues)) and label_kind(stripped, cues) in (
        None,
        "org_name",
        "person",
    )


def _environment_roles(label: str, kind: str | None, cues: OrderCues) -> frozenset[str]:
    """A person's label that names an environment is that environment's contact, as a table
    column would be: "Kontaktperson produksjon", "Production lead", "Test lead"."""
    if kind != "person":
        return frozenset()
    words = re.findall(r"[^\W\d_]+", label.lower())
    return frozenset(cues.column_roles[w] for w in words if w in cues.column_roles)


def _heading(
    start: int, end: int, stripped: str, cur: Cursor, cues: OrderCues, next_blank: bool
) -> Unit:
    cur.block += 1
    roles = roles_in(stripped, cues)
    kind = label_kind(stripped.rstrip(":"), cues)
    contact = {"contact"} if kind == "person" or cues.self_contact.search(stripped) else set()
    if roles:
        cur.scope = roles | contact
        cur.scope_until_paragraph = cur.paragraph + (1 if next_blank else 0)
    else:  # a bare "Kontaktperson:" inside a party's block keeps that party
        cur.scope = cur.scope | contact
    if kind == "person":
        cur.pending = (stripped.rstrip(":"), kind, roles)
    return cur.heading(start, end, stripped, label_kind=kind, roles=roles)


def _prose_units(spans: list[tuple[int, int]], cur: Cursor) -> Iterator[Unit]:
    if not spans:
        return
    start, end = spans[0][0], spans[-1][1]
    chunk = cur.text[start:end]
    pos = 0
    for match in _SENTENCE_END.finditer(chunk):
        if _ABBREVIATION.search(chunk[: match.start()]):
            continue
        yield cur.prose(start + pos, start + match.start())
        pos = match.end()
    if chunk[pos:].strip():
        yield cur.prose(start + pos, end)
