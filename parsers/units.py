"""Cut a text into units: label lines, headings and prose sentences, with their character spans.

A *label line* is ``Label: value`` (also with a tab, `` | `` or a column gap) whose label holds
a label cue (``Organisasjonsnummer``, ``Kontaktperson hos kunden``) or is only a role cue
(``Kunde``, ``Oss``). A *heading* is a short line that announces whose details follow
(``Kunde``, ``Vår virksomhet:``, ``Testansvarlig``); it scopes the lines after it until the
next heading or the end of its paragraph, or of the next paragraph when it stands alone.
A header row naming two parties (``Leverandør    Kunde``) starts a two-column table whose rows
give one unit per cell. Everything else is prose, cut into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from parsers.order_cues import OrderCues

PARTY_ROLES = ("customer", "own", "vendor", "test", "production", "same_person")


class UnitKind(StrEnum):
    LABEL = "label"
    HEADING = "heading"
    PROSE = "prose"


@dataclass(frozen=True, slots=True)
class Unit:
    """One statement: ``text`` is ``source[start:end]``; a label's value is at ``value_start``."""

    kind: UnitKind
    start: int
    end: int
    text: str
    paragraph: int
    block: int
    label: str = ""
    label_kind: str | None = None
    value_start: int = 0
    value: str = ""
    roles: frozenset[str] = field(default_factory=frozenset)  # from the label itself
    scope_roles: frozenset[str] = field(default_factory=frozenset)  # from the active heading


_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:[-•*·▪–]\s+)?)(?P<label>[^:\t|\n@]{1,60}?)"
    r"(?P<sep>[ \t]*:[ \t]*|\t+[ \t]*|[ \t]+\|[ \t]+|[ \t]{2,})(?P<value>.*)$"
)
_CELL_SPLIT = re.compile(r"\t+|[ \t]+\|[ \t]+|[ \t]{2,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-ZÆØÅ])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:nr|tlf|mob|org|ca|dvs|jf|eks|st|tel|no|mr|dr|ref|inkl|bl\.a|f\.eks|ev|evt|pr)\.)$",
    re.IGNORECASE,
)


def _roles_in(text: str, cues: OrderCues) -> frozenset[str]:
    return frozenset(r for r in PARTY_ROLES if cues.roles[r].search(text))


def _label_kind(label: str, cues: OrderCues) -> str | None:
    """The kind of the longest label cue in ``label`` (None when it has none). Name words
    ("Navn", "Kunde") count only when nothing else does: "Contact at the customer" is a
    person's label, not the customer's name."""
    best: tuple[int, str | None] = (0, None)
    for kind, pattern in cues.labels.items():
        if kind == "org_name":
            continue
        for match in pattern.finditer(label):
            if len(match.group()) > best[0]:
                best = (len(match.group()), kind)
    if best[1] is None and cues.labels["org_name"].search(label):
        return "org_name"
    return best[1]


def _is_role_only(label: str, cues: OrderCues) -> bool:
    rest = label
    for role in ("customer", "own", "vendor", "test", "production"):
        rest = cues.roles[role].sub(" ", rest)
    return not re.sub(r"[\W_]+", "", rest) and rest != label


@dataclass(slots=True)
class _Cursor:
    paragraph: int = 0
    block: int = 0
    scope: frozenset[str] = frozenset()
    scope_until_paragraph: int = -1
    columns: tuple[frozenset[str], ...] = ()
    # A label alone on its line ("Org-nr:") whose value is the next line.
    pending: tuple[str, str | None, frozenset[str]] | None = None
    # The header row of a table whose rows hold one record each ("Orgnr | Navn | E-post").
    header: tuple[tuple[str, str | None], ...] = ()


def cut_units(text: str, cues: OrderCues) -> list[Unit]:
    """All units of ``text`` in reading order."""
    units: list[Unit] = []
    cur = _Cursor()
    prose: list[tuple[int, int]] = []
    lines = _line_spans(text)
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            units.extend(_prose_units(text, prose, cur))
            prose = []
            _end_paragraph(cur)
            continue
        next_blank = (
            index + 1 >= len(lines) or not text[lines[index + 1][0] : lines[index + 1][1]].strip()
        )
        pending, cur.pending = cur.pending, None
        made = _structured_line(text, start, end, cur, cues, next_blank)
        if made is None and pending is not None:
            made = [_pending_value(text, start, end, pending, cur)]
        if made is None:
            prose.append((start, end))
            continue
        units.extend(_prose_units(text, prose, cur))
        prose = []
        units.extend(made)
    units.extend(_prose_units(text, prose, cur))
    return units


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _pending_value(
    text: str, start: int, end: int, pending: tuple[str, str | None, frozenset[str]], cur: _Cursor
) -> Unit:
    label, kind, roles = pending
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    return Unit(
        UnitKind.LABEL,
        start,
        end,
        text[start:end],
        cur.paragraph,
        cur.block,
        label=label,
        label_kind=kind,
        value_start=start + lead,
        value=text[start + lead : end],
        roles=roles,
        scope_roles=cur.scope,
    )


def _end_paragraph(cur: _Cursor) -> None:
    cur.paragraph += 1
    cur.columns = ()
    cur.header = ()
    cur.pending = None
    if cur.scope_until_paragraph < cur.paragraph:
        cur.scope = frozenset()
        cur.block += 1


def _structured_line(
    text: str, start: int, end: int, cur: _Cursor, cues: OrderCues, next_blank: bool
) -> list[Unit] | None:
    line = text[start:end]
    stripped = line.strip().lstrip("-•*·▪– ").strip()
    cells = [c for c in _CELL_SPLIT.split(stripped) if c.strip()]
    table = _table_line(text, start, end, cells, cur, cues)
    if table is not None:
        return table
    if len(cells) >= 2 and all(_is_role_only(c.rstrip(":"), cues) for c in cells):
        cur.columns = tuple(_roles_in(c, cues) for c in cells)
        cur.block += 1
        return [
            Unit(
                UnitKind.HEADING,
                start,
                end,
                line,
                cur.paragraph,
                cur.block,
                label=stripped,
                value_start=end,
            )
        ]
    if _is_heading(stripped, cues):
        return [_heading(text, start, end, stripped, cur, cues, next_blank)]
    match = _LABEL.match(line)
    if not match:
        return None
    label = match.group("label").strip()
    kind = _label_kind(label, cues)
    role_only = _is_role_only(label, cues)
    if kind is None and not role_only:
        return None
    if kind is None and match.group("sep").strip() != ":":
        return None  # "Kunde  X" without a colon is too weak to be a label
    if len(label.split()) > 6 or re.search(r"\d", label):
        return None
    value_start = start + match.start("value")
    if not match.group("value").strip():
        roles = _roles_in(label, cues)
        if kind is not None and not ({"customer", "own", "vendor"} & roles):
            # "Org-nr:" alone: its value is on the next line; the scope stays as it was.
            cur.pending = (label, kind, roles)
            if not roles:
                return [_bare_heading(text, start, end, stripped, cur)]
        return [_heading(text, start, end, stripped, cur, cues, next_blank)]
    if cur.columns:
        return list(_column_units(text, start, end, label, kind, value_start, cur, cues))
    return [
        Unit(
            UnitKind.LABEL,
            start,
            end,
            line,
            cur.paragraph,
            cur.block,
            label=label,
            label_kind=kind,
            value_start=value_start,
            value=text[value_start:end],
            roles=_roles_in(label, cues),
            scope_roles=cur.scope,
        )
    ]


def _bare_heading(text: str, start: int, end: int, stripped: str, cur: _Cursor) -> Unit:
    return Unit(
        UnitKind.HEADING,
        start,
        end,
        text[start:end],
        cur.paragraph,
        cur.block,
        label=stripped,
        value_start=end,
        scope_roles=cur.scope,
    )


def _table_line(
    text: str, start: int, end: int, cells: list[str], cur: _Cursor, cues: OrderCues
) -> list[Unit] | None:
    """A header row of labels ("Orgnr | Navn | E-post | Telefon"), or a row under one: each
    row is one record, its cells labelled by the header; a cell that names a role ("Kunde",
    "Testansvarlig") gives the whole row that role."""
    if cur.header and len(cells) == len(cur.header):
        cur.block += 1
        roles = frozenset().union(
            *(_roles_in(c, cues) for c in cells if not re.search(r"[\d@]", c))
        )
        scope = roles | ({"contact"} if roles & {"test", "production"} else set())
        units, pos = [], start
        for cell, (label, kind) in zip(cells, cur.header, strict=True):
            at = text.find(cell, pos, end)
            pos = at + len(cell)
            if kind is None:
                continue
            units.append(
                Unit(
                    UnitKind.LABEL,
                    start,
                    end,
                    text[start:end],
                    cur.paragraph,
                    cur.block,
                    label=label,
                    label_kind=kind,
                    value_start=at,
                    value=cell,
                    roles=roles,
                    scope_roles=frozenset(scope),
                )
            )
        return units
    kinds = [_label_kind(c, cues) for c in cells]
    # Every cell a label, but the first may name the rows ("Rolle", "Felt").
    labelled = all(k is not None for k in kinds[1:])
    plain = not any(re.search(r"[\d@]", c) for c in cells)
    if len(cells) >= 3 and labelled and plain and not cur.columns:
        cur.header = tuple(zip(cells, kinds, strict=True))
        return [_bare_heading(text, start, end, " | ".join(cells), cur)]
    return None


def _is_heading(stripped: str, cues: OrderCues) -> bool:
    words = stripped.rstrip(":").split()
    if not words or re.search(r"[\d@]", stripped):
        return False
    if stripped.endswith(":") and len(words) <= 8:
        return bool(_roles_in(stripped, cues)) or _label_kind(stripped, cues) == "person"
    return (
        len(words) <= 3
        and ":" not in stripped
        and not stripped.endswith((".", "!", "?", ","))
        and bool(_roles_in(stripped, cues))
        and (
            _is_role_only(re.sub(r"\(.*?\)", "", stripped), cues)
            or _label_kind(stripped, cues) == "person"
        )
    )


def _heading(
    text: str, start: int, end: int, stripped: str, cur: _Cursor, cues: OrderCues, next_blank: bool
) -> Unit:
    cur.block += 1
    roles = _roles_in(stripped, cues)
    kind = _label_kind(stripped.rstrip(":"), cues)
    contact = {"contact"} if kind == "person" or cues.self_contact.search(stripped) else set()
    if roles:
        cur.scope = roles | contact
        cur.scope_until_paragraph = cur.paragraph + (1 if next_blank else 0)
    else:  # a bare "Kontaktperson:" inside a party's block keeps that party
        cur.scope = cur.scope | contact
    if kind == "person":
        cur.pending = (stripped.rstrip(":"), kind, roles)
    return Unit(
        UnitKind.HEADING,
        start,
        end,
        text[start:end],
        cur.paragraph,
        cur.block,
        label=stripped,
        label_kind=kind,
        value_start=end,
        roles=roles,
        scope_roles=cur.scope,
    )


def _column_units(
    text: str,
    start: int,
    end: int,
    label: str,
    kind: str | None,
    value_start: int,
    cur: _Cursor,
    cues: OrderCues,
) -> Iterator[Unit]:
    value = text[value_start:end]
    cells = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:[ ]\S+)*", value)]
    for (cell_start, cell_end), roles in zip(cells, cur.columns, strict=False):
        yield Unit(
            UnitKind.LABEL,
            start,
            end,
            text[start:end],
            cur.paragraph,
            cur.block,
            label=label,
            label_kind=kind,
            value_start=value_start + cell_start,
            value=value[cell_start:cell_end],
            roles=roles,
            scope_roles=cur.scope,
        )


def _prose_units(text: str, spans: list[tuple[int, int]], cur: _Cursor) -> Iterator[Unit]:
    if not spans:
        return
    start, end = spans[0][0], spans[-1][1]
    chunk = text[start:end]
    pos = 0
    for match in _SENTENCE_END.finditer(chunk):
        if _ABBREVIATION.search(chunk[: match.start()]):
            continue
        yield _prose(text, start + pos, start + match.start(), cur)
        pos = match.end()
    if chunk[pos:].strip():
        yield _prose(text, start + pos, end, cur)


def _prose(text: str, start: int, end: int, cur: _Cursor) -> Unit:
    return Unit(
        UnitKind.PROSE,
        start,
        end,
        text[start:end],
        cur.paragraph,
        cur.block,
        value_start=start,
        value=text[start:end],
        scope_roles=cur.scope,
    )
