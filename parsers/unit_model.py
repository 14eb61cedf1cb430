"""Units of text and the cursor that cuts them: what ``units`` and ``tables`` share."""

from __future__ import annotations

import re
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


Pending = tuple[str, str | None, frozenset[str]]  # label, label kind, roles


@dataclass(slots=True)
class Cursor:
    """Where the cutting stands: paragraph, block, the heading's scope, open tables."""

    text: str
    paragraph: int = 0
    block: int = 0
    scope: frozenset[str] = frozenset()
    scope_until_paragraph: int = -1
    # A header row naming two parties ("Leverandør    Kunde"): the roles of its columns.
    columns: tuple[frozenset[str], ...] = ()
    # A label alone on its line ("Org-nr:") whose value is the next line.
    pending: Pending | None = None
    # The header row of a table whose rows hold one record each ("Orgnr | Navn | E-post").
    header: tuple[tuple[str, str | None], ...] = ()

    def heading(self, start: int, end: int, label: str, **kw: object) -> Unit:
        kw.setdefault("scope_roles", self.scope)
        return self._unit(UnitKind.HEADING, start, end, label=label, value_start=end, **kw)

    def label(
        self,
        start: int,
        end: int,
        label: str,
        kind: str | None,
        value_start: int,
        value: str,
        roles: frozenset[str],
        scope: frozenset[str] | None = None,
    ) -> Unit:
        return self._unit(
            UnitKind.LABEL,
            start,
            end,
            label=label,
            label_kind=kind,
            value_start=value_start,
            value=value,
            roles=roles,
            scope_roles=self.scope if scope is None else scope,
        )

    def prose(self, start: int, end: int) -> Unit:
        return self._unit(
            UnitKind.PROSE,
            start,
            end,
            value_start=start,
            value=self.text[start:end],
            scope_roles=self.scope,
        )

    def _unit(self, kind: UnitKind, start: int, end: int, **kw: object) -> Unit:
        return Unit(kind, start, end, self.text[start:end], self.paragraph, self.block, **kw)  # type: ignore[arg-type]


def roles_in(text: str, cues: OrderCues) -> frozenset[str]:
    return frozenset(r for r in PARTY_ROLES if cues.roles[r].search(text))


def label_kind(label: str, cues: OrderCues) -> str | None:
    """The kind of the longest label cue in ``label`` (None when it has none). Name words
    ("Navn", "Kunde") count only when nothing else does: "Contact at the customer" is a
    person's label, not the customer's name."""
    key = (id(cues), label)
    if key not in _KINDS:
        if len(_KINDS) > 20_000:  # labels repeat across mail; keep the memo bounded
            _KINDS.clear()
        kind = _label_kind(label, cues)
        if kind is None:  # "Kontaktpreson", "Telfonnr": a misspelt label is still a label
            mended = cues.lexicon.mend(label)
            kind = _label_kind(mended, cues) if mended != label else None
        _KINDS[key] = kind
    return _KINDS[key]


_KINDS: dict[tuple[int, str], str | None] = {}


def _label_kind(label: str, cues: OrderCues) -> str | None:
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


def is_role_only(label: str, cues: OrderCues) -> bool:
    """The label names a party and nothing else ("Kunde", "Vår virksomhet", "Oss")."""
    key = (id(cues), label)
    if key not in _ROLE_ONLY:
        if len(_ROLE_ONLY) > 20_000:  # lines repeat across mail; keep the memo bounded
            _ROLE_ONLY.clear()
        _ROLE_ONLY[key] = _is_role_only(label, cues)
    return _ROLE_ONLY[key]


_ROLE_ONLY: dict[tuple[int, str], bool] = {}


def _is_role_only(label: str, cues: OrderCues) -> bool:
    rest = label
    for role in ("customer", "own", "vendor", "test", "production"):
        rest = cues.roles[role].sub(" ", rest)
    return not re.sub(r"[\W_]+", "", rest) and rest != label
