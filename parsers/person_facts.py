"""Person facts of a unit: contact anchors (a contact label or cue, or words that make the
sender the contact), the name after or before each anchor, and the emails and phones up to
the next anchor; details before any anchor stay loose for the caller to place."""

from __future__ import annotations

import re

from parsers.fact_model import (
    PERSON_ROLES,
    Evidence,
    PersonFact,
    UnitFacts,
    Where,
    at,
    role_before,
    snippet,
)
from parsers.finders import Found
from parsers.names import (
    clean_person_name,
    is_sloppy,
    person_name_after,
    person_name_before,
    sloppy_person_after,
)
from parsers.order_cues import OrderCues
from parsers.units import Unit, UnitKind


def _anchors(unit: Unit, value: str, cues: OrderCues) -> list[tuple[int, int, bool]]:
    """Spans in ``value`` that introduce a contact person: (start, end, is_self)."""
    spans: list[tuple[int, int, bool]] = []
    in_scope = {"test", "production", "contact", "same_person"} & set(unit.scope_roles)
    if unit.kind is UnitKind.LABEL and (
        unit.label_kind == "person" or (unit.label_kind == "org_name" and in_scope)
    ):
        is_self = bool(cues.self_contact.search(unit.label) or _ME.match(value))
        spans.append((0, 0, is_self))
    if unit.kind is UnitKind.PROSE or unit.label_kind in (None, "person", "org_name"):
        for pattern in (cues.labels["person"], cues.roles["test"], cues.roles["production"]):
            spans.extend((m.start(), m.end(), False) for m in pattern.finditer(value))
    spans.extend((m.start(), m.end(), True) for m in cues.self_contact.finditer(value))
    if unit.kind is UnitKind.PROSE and in_scope and not spans:
        bare = person_name_after(value, cues, max_skip=0)
        if bare and not value[: bare[0]].strip():
            spans.append((0, 0, False))
    return _merge_anchors(sorted(spans), value)


# A contact label answered with the sender: "Kontaktperson: meg", "Contact on our side: me".
_ME = re.compile(r"\s*(?:meg|me|myself|undertegnede|undertegnade|jeg|eg|I)\b", re.IGNORECASE)


def _merge_anchors(spans: list[tuple[int, int, bool]], value: str) -> list[tuple[int, int, bool]]:
    merged: list[tuple[int, int, bool]] = []
    for start, end, is_self in spans:
        if merged:
            p_start, p_end, p_self = merged[-1]
            between = value[p_end:start]
            # Never across a sentence end or a line: "...: undertegnede.\nKontaktperson hos
            # X: Arvid" is two people.
            joined = re.fullmatch(r"[^\dA-ZÆØÅ@.!?;\n]{0,25}", between)
            if start <= p_end or joined:
                merged[-1] = (p_start, max(p_end, end), p_self or is_self)
                continue
        merged.append((start, end, is_self))
    return merged


def _org_hint(unit: Unit, cues: OrderCues) -> str:
    if unit.kind is not UnitKind.LABEL or unit.label_kind != "person":
        return ""
    rest = cues.labels["person"].sub(" ", unit.label)
    for role in PERSON_ROLES:
        rest = cues.roles[role].sub(" ", rest)
    return " ".join(w for w in re.split(r"[\W_]+", rest) if len(w) >= 4)


_HOS = re.compile(r"^\W*(?:(?:vår|vårt|our|min)\s+)?(?:hos|hjå|at|i|ved)\s+([A-ZÆØÅ][\w&-]+)")
# "Kontaktperson hos Nedre Eiker Regnskapskontor AS er ...": the whole enterprise name up to
# the verb or colon that introduces the person (structure edit, see parsers/names.py).
_HOS_LONG = re.compile(
    r"^\W*(?:(?:vår|vårt|our|min)\s+)?(?:hos|hjå|at|i|ved)\s+"
    r"(?:(?:[A-ZÆØÅ][\w&.'-]*|og|&|of|and)\s+){1,6}?"
    r"(?=(?:er|blir|is|will be|was)\s|[:,–-])"
)


def _hos_hint(region: str) -> str:
    """ "Kontaktperson hos Regnbue er ..." ties the person to the enterprise named Regnbue."""
    match = _HOS.match(region)
    return match.group(1) if match else ""


def scan_persons(
    facts: UnitFacts,
    unit: Unit,
    text: str,
    value: str,
    base: int,
    emails: list[Found],
    phones: list[Found],
    cue_roles: list[tuple[int, int, str]],
    cues: OrderCues,
    where: Where,
) -> None:
    anchors = _anchors(unit, value, cues)
    label_roles = {r for r in unit.roles if r in PERSON_ROLES}
    scope_roles = {r for r in unit.scope_roles if r in PERSON_ROLES}
    details = sorted(emails + phones, key=lambda f: f.start)
    for i, (start, end, is_self) in enumerate(anchors):
        stop = anchors[i + 1][0] if i + 1 < len(anchors) else len(value)
        fact = PersonFact(where=at(where, base + start), is_self=is_self, anchored=True)
        fact.org_hint = _org_hint(unit, cues) or _hos_hint(value[end:stop])
        hos = _HOS_LONG.match(value[end:stop]) or _HOS.match(value[end:stop])
        end = end + hos.end() if hos else end
        name = person_name_after(value[end:stop], cues)
        if name is None and is_sloppy(value):
            name = sloppy_person_after(value[end:stop], cues)
        floor = anchors[i - 1][1] if i else 0
        before = None if name or is_self else person_name_before(value[floor:start], cues)
        name_start = end + name[0] if name else end
        if name and not re.search(r"@|\d", value[end : end + name[0]]):
            raw = value[end + name[0] : end + name[1]]
            fact.name = clean_person_name(" ".join(raw.split()), cues)
            fact.evidence["name"] = Evidence(
                snippet(text, base + start, base + end + name[1]), "person-after-cue", where.source
            )
        elif before is not None:
            raw = value[floor + before[0] : floor + before[1]]
            fact.name = clean_person_name(" ".join(raw.split()), cues)
            fact.evidence["name"] = Evidence(
                snippet(text, base + floor + before[0], base + end),
                "person-before-cue",
                where.source,
            )
        cue_here = {r for s, e, r in cue_roles if start <= s and e <= max(name_start, end)}
        if any(r == "same_person" and start <= s < stop for s, _, r in cue_roles):
            cue_here.add("same_person")
        fact.roles = cue_here | label_roles or scope_roles
        if not fact.roles and unit.kind is UnitKind.PROSE:
            # "Se bekreftelsen fra kunden under – kontaktpersonen der er ...": the nearest
            # party cue before the contact cue in the same sentence.
            floor = max(previous_anchor_end(anchors, i), start - 20)
            party_cue = role_before(cue_roles, start, floor)
            gap = value[floor:start]
            if party_cue in ("customer", "own", "vendor") and not re.search(r"[;:.]", gap):
                fact.roles = {party_cue}
                cue_here = {party_cue}
        fact.strength = 3 if label_roles or (scope_roles and not cue_here) else 2 if cue_here else 0
        for found in details:
            if end <= found.start < stop:
                _give(fact, found, text, base, where)
        facts.persons.append(fact)
    first = anchors[0][0] if anchors else len(value)
    for found in details:
        if found.start < first:
            # "Her er kontaktopplysningene til Per Arne hos kunden: ..." gives them a party.
            cue = role_before(cue_roles, found.start, 0)
            roles = label_roles or scope_roles or ({cue} if cue else set())
            loose = PersonFact(where=at(where, base + found.start), roles=roles)
            loose.strength = 3 if loose.roles else 0
            _give(loose, found, text, base, where)
            facts.loose.append(loose)


def previous_anchor_end(anchors: list[tuple[int, int, bool]], i: int) -> int:
    return anchors[i - 1][1] if i else 0


def _give(fact: PersonFact, found: Found, text: str, base: int, where: Where) -> None:
    key = "email" if "@" in found.raw else "phone"
    if getattr(fact, key) is None:
        setattr(fact, key, found.value)
        fact.evidence[key] = Evidence(
            snippet(text, base + found.start, base + found.end), found.rule, where.source
        )
