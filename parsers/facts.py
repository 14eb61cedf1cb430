"""Facts: what one unit of text says about an enterprise or a person, with its evidence.

A unit is scanned for organisation numbers, enterprise names, emails, phones, role cues
("hos kunden", "vi er", "Testansvarlig") and person anchors (a contact label or cue, or a
phrase that makes the sender the contact). Numbers are paired with the nearest name; emails
and phones go to the person whose anchor comes before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.finders import Found, find_emails, find_org_numbers, find_phones, phone_after_label
from parsers.names import (
    NameSpan,
    clean_person_name,
    find_org_names,
    is_sloppy,
    person_name_after,
    person_name_before,
    sloppy_org_names,
    sloppy_person_after,
)
from parsers.order_cues import OrderCues
from parsers.units import Unit, UnitKind

ORG_ROLES = ("customer", "own", "vendor")
PERSON_ROLES = ("customer", "own", "vendor", "test", "production", "same_person")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value was read: a snippet of the text, the rule, and the part of the mail."""

    snippet: str
    rule: str
    source: str


@dataclass(slots=True)
class Where:
    source: str  # body, signature, forward, subject, header
    unit: int
    block: int
    paragraph: int
    pos: int


@dataclass(slots=True)
class OrgFact:
    where: Where
    name: str | None = None
    number: str | None = None
    role: str | None = None
    strength: int = 0  # 3: label or heading, 2: cue in the sentence, 0: none
    evidence: dict[str, Evidence] = field(default_factory=dict)


@dataclass(slots=True)
class PersonFact:
    where: Where
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    roles: set[str] = field(default_factory=set)
    strength: int = 0
    is_self: bool = False
    anchored: bool = False  # a contact label or cue introduced it
    org_hint: str = ""
    evidence: dict[str, Evidence] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TextIndex:
    """Enterprise names and phones found once over a whole text (spaCy and phonenumbers'
    matcher are the costly finders), handed out per unit in the unit's own offsets."""

    names: tuple[NameSpan, ...]
    phones: tuple[Found, ...]

    @classmethod
    def of(cls, text: str) -> TextIndex:
        return cls(tuple(find_org_names(text)), tuple(find_phones(text)))

    def names_in(self, start: int, end: int) -> list[NameSpan]:
        return [
            NameSpan(n.start - start, n.end - start, n.text, n.rule)
            for n in self.names
            if start <= n.start and n.end <= end
        ]

    def phones_in(self, start: int, end: int) -> list[Found]:
        return [
            Found(p.start - start, p.end - start, p.value, p.raw, p.rule)
            for p in self.phones
            if start <= p.start and p.end <= end
        ]


@dataclass(slots=True)
class UnitFacts:
    orgs: list[OrgFact] = field(default_factory=list)
    persons: list[PersonFact] = field(default_factory=list)
    loose: list[PersonFact] = field(default_factory=list)  # email/phone with no person in the unit


def _snippet(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 30) : end + 10].split())


def _cue_roles(cues: OrderCues, text: str, roles: tuple[str, ...]) -> list[tuple[int, int, str]]:
    found = []
    for role in roles:
        for match in cues.roles[role].finditer(text):
            found.append((match.start(), match.end(), role))
    # "kunden vår" is one customer cue, not also the own-cue "vår": drop matches inside others.
    return sorted(
        f
        for f in found
        if not any(
            o != f and o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0] for o in found
        )
    )


def _role_before(cue_roles: list[tuple[int, int, str]], pos: int, floor: int) -> str | None:
    best = None
    for start, end, role in cue_roles:
        if floor <= start and end <= pos:
            best = role
    return best


def scan_unit(
    unit: Unit, text: str, cues: OrderCues, source: str, index: int, found: TextIndex | None = None
) -> UnitFacts:
    """All facts of one unit; positions are offsets in ``text`` (``found`` indexes ``text``)."""
    found = found or TextIndex.of(text)
    facts = UnitFacts()
    where = Where(source, index, unit.block, unit.paragraph, unit.start)
    value = unit.value
    base = unit.value_start
    label_roles = {r for r in unit.roles if r in PERSON_ROLES}
    scope_roles = {r for r in unit.scope_roles if r in PERSON_ROLES}
    numbers = find_org_numbers(value)
    emails = find_emails(value)
    taken = [(f.start, f.end) for f in numbers + emails]
    phones = [
        p
        for p in found.phones_in(base, base + len(value))
        if not _overlaps(p, taken) and not _switchboard(value, p, cues)
    ]
    phones += _phones_after_cues(value, unit, taken + [(p.start, p.end) for p in phones])
    cue_roles = _cue_roles(cues, value, PERSON_ROLES)
    names = found.names_in(base, base + len(value))
    if is_sloppy(value):
        names = sorted(names + sloppy_org_names(value, cues), key=lambda n: n.start)
    label_names = (
        found.names_in(unit.start, unit.value_start) if unit.label_kind == "org_number" else []
    )
    _scan_orgs(facts, unit, text, value, base, numbers, names, label_names, cue_roles, cues, where)
    _scan_persons(facts, unit, text, value, base, emails, phones, cue_roles, cues, where)
    for fact in facts.orgs:
        if fact.role is None and fact.strength == 0:
            fact.role, fact.strength = _fallback_role(label_roles, scope_roles)
    return facts


# Digits written after a phone word are a phone even when no real number has that many
# digits ("tlf 33 30 19 4"): reported as written so the sender can be asked to correct it.
_PHONE_WORD = re.compile(
    r"\b(?:tlf|telefon|telefonnr|mob|mobil|phone|mobile|tel)\b\.?:?[ \t]*", re.IGNORECASE
)


def _phones_after_cues(value: str, unit: Unit, taken: list[tuple[int, int]]) -> list[Found]:
    starts = [m.end() for m in _PHONE_WORD.finditer(value)]
    if unit.label_kind == "phone":
        starts.append(0)
    found = []
    for start in starts:
        phone = phone_after_label(value[start : start + 24], start)
        if phone and not value[start : phone.start].strip() and not _overlaps(phone, taken):
            found.append(phone)
            taken.append((phone.start, phone.end))
    return found


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


def _scan_orgs(
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
        fact = OrgFact(where=_at(where, base + number.start), number=number.value)
        fact.evidence["org_number"] = Evidence(
            _snippet(text, base + number.start, base + number.end), number.rule, where.source
        )
        if name is not None:
            fact.name = name.text.strip()
            fact.evidence["name"] = Evidence(name.text, name.rule, where.source)
        anchor = min(number.start, name.start) if name and name in names else number.start
        fact.role = _role_before(cue_roles, anchor, previous_end)
        fact.strength = 2 if fact.role else 0
        previous_end = number.end
        facts.orgs.append(fact)
    for i, name in enumerate(names):
        if i in used or (label_names and name in label_names):
            continue
        fact = OrgFact(where=_at(where, base + name.start), name=name.text.strip())
        fact.evidence["name"] = Evidence(name.text, name.rule, where.source)
        fact.role = _role_before(cue_roles, name.start, 0)
        fact.strength = 2 if fact.role else 0
        facts.orgs.append(fact)
    facts.orgs.sort(key=lambda f: f.where.pos)
    for fact in facts.orgs:
        if fact.role not in ORG_ROLES:
            fact.role, fact.strength = None, 0


def _inside_email(value: str, name: NameSpan) -> bool:
    return "@" in value[max(0, name.start - 1) : name.end + 1]


def _at(where: Where, pos: int) -> Where:
    return Where(where.source, where.unit, where.block, where.paragraph, pos)


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
            if start <= p_end or re.fullmatch(r"[^\dA-ZÆØÅ@]{0,25}", between):
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


_HOS = re.compile(r"^\W*(?:hos|hjå|at|i|ved)\s+([A-ZÆØÅ][\w&-]+)")


def _hos_hint(region: str) -> str:
    """ "Kontaktperson hos Regnbue er ..." ties the person to the enterprise named Regnbue."""
    match = _HOS.match(region)
    return match.group(1) if match else ""


def _scan_persons(
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
        fact = PersonFact(where=_at(where, base + start), is_self=is_self, anchored=True)
        fact.org_hint = _org_hint(unit, cues) or _hos_hint(value[end:stop])
        hos = _HOS.match(value[end:stop])
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
                _snippet(text, base + start, base + end + name[1]), "person-after-cue", where.source
            )
        elif before is not None:
            raw = value[floor + before[0] : floor + before[1]]
            fact.name = clean_person_name(" ".join(raw.split()), cues)
            fact.evidence["name"] = Evidence(
                _snippet(text, base + floor + before[0], base + end),
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
            party_cue = _role_before(cue_roles, start, floor)
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
            cue = _role_before(cue_roles, found.start, 0)
            roles = label_roles or scope_roles or ({cue} if cue else set())
            loose = PersonFact(where=_at(where, base + found.start), roles=roles)
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
            _snippet(text, base + found.start, base + found.end), found.rule, where.source
        )
