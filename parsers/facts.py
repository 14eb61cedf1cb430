"""Facts: what one unit of text says about an enterprise or a person, with its evidence.

A unit is scanned for organisation numbers, enterprise names, emails, phones, role cues
("hos kunden", "vi er", "Testansvarlig") and person anchors (a contact label or cue, or a
phrase that makes the sender the contact). Numbers are paired with the nearest name
(``org_facts``); emails and phones go to the person whose anchor comes before them
(``person_facts``).
"""

from __future__ import annotations

import re

from parsers.fact_model import (
    ORG_ROLES,
    PERSON_ROLES,
    Evidence,
    OrgFact,
    PersonFact,
    TextIndex,
    UnitFacts,
    Where,
    cue_roles,
)
from parsers.finders import Found, find_emails, find_org_numbers, labels_another_id
from parsers.names import is_sloppy, sloppy_org_names
from parsers.order_cues import OrderCues
from parsers.org_facts import scan_orgs
from parsers.person_facts import scan_persons
from parsers.phone_finder import phone_after_label
from parsers.units import Unit
from parsers.value_cues import default_value_cues

__all__ = ["Evidence", "OrgFact", "PersonFact", "TextIndex", "UnitFacts", "scan_unit"]

# A line or sentence that holds more addresses, numbers or phones than this is a dump (a
# pasted list, a log, garbage), not a contact line: only its first few are read, so the work
# per unit stays bounded (the people and parties built from them are matched pairwise).
MAX_VALUES_PER_UNIT = 12


def scan_unit(
    unit: Unit, text: str, cues: OrderCues, source: str, index: int, found: TextIndex | None = None
) -> UnitFacts:
    """All facts of one unit; positions are offsets in ``text`` (``found`` indexes ``text``)."""
    found = found or TextIndex.of(text)
    facts = UnitFacts()
    if found.in_header_block(unit.start):
        return facts  # raw header lines pasted in the text are not prose (issue 12)
    where = Where(source, index, unit.block, unit.paragraph, unit.start)
    value = unit.value
    base = unit.value_start
    label_roles = {r for r in unit.roles if r in PERSON_ROLES}
    scope_roles = {r for r in unit.scope_roles if r in PERSON_ROLES}
    numbers = [] if labels_another_id(unit.label) else find_org_numbers(value)
    numbers = numbers[:MAX_VALUES_PER_UNIT]
    emails = find_emails(value)[:MAX_VALUES_PER_UNIT]
    taken = [(f.start, f.end) for f in numbers + emails]
    phones = [
        p
        for p in found.phones_in(base, base + len(value))
        if not _overlaps(p, taken) and not _switchboard(value, p, cues)
    ][:MAX_VALUES_PER_UNIT]
    phones += _phones_after_cues(
        value, unit, taken + [(p.start, p.end) for p in phones], emails, found.region
    )
    cues_found = cue_roles(cues, value, PERSON_ROLES)
    names = found.names_in(base, base + len(value))
    if is_sloppy(value):
        names = sorted(names + sloppy_org_names(value, cues), key=lambda n: n.start)
    label_names = (
        found.names_in(unit.start, unit.value_start) if unit.label_kind == "org_number" else []
    )
    scan_orgs(facts, unit, text, value, base, numbers, names, label_names, cues_found, cues, where)
    scan_persons(facts, unit, text, value, base, emails, phones, cues_found, cues, where)
    for fact in facts.orgs:
        if fact.role is None and fact.strength == 0:
            fact.role, fact.strength = _fallback_role(label_roles, scope_roles)
    return facts


# Digits written after a phone word are a phone even when no real number has that many
# digits ("tlf 33 30 19 4"), and so are digits that end a contact line after its email
# address ("Randi Holt, randi@example.no, 33 50 95"): reported as written so the sender can
# be asked to correct them. The phone words are data (patterns/value_cues.toml).
_AFTER_EMAIL = re.compile(r"\s*[,;|/–—-]\s*")


def _phones_after_cues(
    value: str,
    unit: Unit,
    taken: list[tuple[int, int]],
    emails: list[Found],
    region: str | None,
) -> list[Found]:
    starts = [m.end() for m in default_value_cues().phone_word.finditer(value)]
    starts += [s.end() for e in emails if (s := _AFTER_EMAIL.match(value, e.end))]
    if unit.label_kind == "phone":
        starts.append(0)
    found = []
    for start in sorted(starts):
        phone = phone_after_label(value[start : start + 24], start, region)
        if phone is None or value[start : phone.start].strip(" \t.:"):
            continue
        if not _overlaps(phone, taken) and _ends_cleanly(value, phone.end):
            found.append(phone)
            taken.append((phone.start, phone.end))
    return found


def _ends_cleanly(value: str, end: int) -> bool:
    """The digits end the value, the line, or a clause ("33 50 95." / "33 50 95, og ...")."""
    rest = value[end : end + 2]
    return not rest or rest[0] in "\n\r)" or (rest[0] in " .,;" and not rest[1:].isdigit())


def _fallback_role(label_roles: set[str], scope_roles: set[str]) -> tuple[str | None, int]:
    for roles in (label_roles, scope_roles):
        for role in ORG_ROLES:
            if role in roles:
                return role, 3
    return None, 0


def _overlaps(found: Found, spans: list[tuple[int, int]]) -> bool:
    return any(found.start < end and start < found.end for start, end in spans)


def _switchboard(value: str, found: Found, cues: OrderCues) -> bool:
    before = value[max(0, found.start - 25) : found.start]
    before = before.rsplit("|", 1)[-1].rsplit("\n", 1)[-1]
    return bool(cues.switchboard.search(before))
