"""Enterprise facts of a unit: organisation numbers paired with the nearest enterprise name,
names alone, each with the party cue before it ("vår kunde X", "vi er X")."""

from __future__ import annotations

import re

from parsers.fact_model import (
    ORG_ROLES,
    Evidence,
    OrgFact,
    UnitFacts,
    Where,
    at,
    role_before,
    snippet,
)
from parsers.finders import Found
from parsers.names import NameSpan
from parsers.order_cues import OrderCues
from parsers.units import Unit, UnitKind


def scan_orgs(
    facts: UnitFacts,
    unit: Unit,
    text: str,
    value: str,
    base: int,
    numbers: list[Found],
    names: list[NameSpan],
    label_names: list[NameSpan],
    cue_roles: list[tuple[int, int, str]],
    cues: OrderCues,
    where: Where,
) -> None:
    in_contact_scope = bool({"test", "production", "contact"} & set(unit.scope_roles))
    names = [n for n in names if not _inside_email(value, n)]
    if unit.kind is UnitKind.LABEL and unit.label_kind == "org_name" and not in_contact_scope:
        labelled = _label_name(value, numbers, cues)
        names = [labelled] if labelled else []
    intro = cues.name_intro.search(value)
    if intro and not names:
        words = re.match(r"\s*([\w&.\- ]{2,60}?)(?=[.,;\n]|$)", value[intro.end() :])
        if words:
            start = intro.end() + words.start(1)
            names.append(NameSpan(start, start + len(words.group(1)), words.group(1), "name-intro"))
    used: set[int] = set()
    previous_end = 0
    for number in numbers:
        name = label_names[0] if label_names else _pair_name(value, names, number, used)
        fact = OrgFact(where=at(where, base + number.start), number=number.value)
        fact.evidence["org_number"] = Evidence(
            snippet(text, base + number.start, base + number.end), number.rule, where.source
        )
        if name is not None:
            fact.name = name.text.strip()
            fact.evidence["name"] = Evidence(name.text, name.rule, where.source)
        anchor = min(number.start, name.start) if name and name in names else number.start
        fact.role = role_before(cue_roles, anchor, previous_end)
        fact.strength = 2 if fact.role else 0
        previous_end = number.end
        facts.orgs.append(fact)
    for i, name in enumerate(names):
        if i in used or (label_names and name in label_names):
            continue
        fact = OrgFact(where=at(where, base + name.start), name=name.text.strip())
        fact.evidence["name"] = Evidence(name.text, name.rule, where.source)
        fact.role = role_before(cue_roles, name.start, 0)
        fact.strength = 2 if fact.role else 0
        facts.orgs.append(fact)
    facts.orgs.sort(key=lambda f: f.where.pos)
    for fact in facts.orgs:
        if fact.role not in ORG_ROLES:
            fact.role, fact.strength = None, 0


def _inside_email(value: str, name: NameSpan) -> bool:
    return "@" in value[max(0, name.start - 1) : name.end + 1]


def _label_name(value: str, numbers: list[Found], cues: OrderCues) -> NameSpan | None:
    """The enterprise name in a label's value: up to a comma, parenthesis or the number."""
    end = len(value)
    cut = re.search(
        r",|\(|;|\s[-–]\s|\s+(?:org\.?\s?nr|orgnr|NO\s?\d)|\s\d{3}", value, re.IGNORECASE
    )
    if cut:
        end = cut.start()
    if numbers:
        end = min(end, numbers[0].start)
    raw = value[:end].strip(" .:\t|")
    stripped = raw.lstrip()
    if not stripped or stripped.lower() in cues.placeholders or "@" in stripped:
        return None
    start = value.find(stripped)
    return NameSpan(start, start + len(stripped), stripped, "label-org-name")


def _pair_name(value: str, names: list[NameSpan], number: Found, used: set[int]) -> NameSpan | None:
    best: tuple[int, int] | None = None
    for i, name in enumerate(names):
        if i in used:
            continue
        if name.end <= number.start:
            gap = number.start - name.end
            between = value[name.end : number.start]
            if gap <= 30 and not re.search(r"[.!?]\s+[A-ZÆØÅ]|@|\d", between):
                best = (i, gap) if best is None or gap < best[1] else best
        elif name.start >= number.end and name.start - number.end <= 4:
            best = (i, 99) if best is None else best
    if best is None:
        return None
    used.add(best[0])
    return names[best[0]]
