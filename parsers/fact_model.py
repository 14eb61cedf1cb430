"""The facts a unit of text gives about enterprises and persons, with evidence and place."""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field
from typing import TypeVar

from parsers.finders import Found
from parsers.names import NameSpan, find_org_names
from parsers.order_cues import OrderCues
from parsers.phone_finder import phones_and_region
from parsers.value_cues import ValueCues, default_value_cues

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
    region: str | None = None  # the one foreign country the text names, if any
    header_blocks: tuple[tuple[int, int], ...] = ()  # pasted raw mail headers: not prose

    @classmethod
    def of(cls, text: str) -> TextIndex:
        cues = default_value_cues()
        phones, region = phones_and_region(text, cues)
        names = tuple(sorted(find_org_names(text), key=_start))
        return cls(names, tuple(phones), region, tuple(header_blocks(text, cues)))

    def in_header_block(self, pos: int) -> bool:
        at = bisect.bisect_right(self.header_blocks, (pos, sys.maxsize))
        return at > 0 and self.header_blocks[at - 1][0] <= pos < self.header_blocks[at - 1][1]

    def names_in(self, start: int, end: int) -> list[NameSpan]:
        return [
            NameSpan(n.start - start, n.end - start, n.text, n.rule)
            for n in _starting_in(self.names, start, end)
            if n.end <= end
        ]

    def phones_in(self, start: int, end: int) -> list[Found]:
        return [
            Found(p.start - start, p.end - start, p.value, p.raw, p.rule)
            for p in _starting_in(self.phones, start, end)
            if p.end <= end
        ]


_Span = TypeVar("_Span", NameSpan, Found)


def _starting_in(spans: tuple[_Span, ...], start: int, end: int) -> tuple[_Span, ...]:
    """The spans (sorted by start) that start in [start, end): found by bisection, so that
    handing out a text's spans to its units stays linear in the number of units."""
    low = bisect.bisect_left(spans, start, key=_start)
    high = bisect.bisect_left(spans, end, lo=low, key=_start)
    return spans[low:high]


def header_blocks(text: str, cues: ValueCues) -> list[tuple[int, int]]:
    """Spans of blocks (between blank lines) that are pasted raw mail headers: two or more
    machine-only fields ("X-PHP-Originating-Script:", "Received:"), and header lines with
    their indented continuations at least half of the block's lines."""
    spans = []
    for block in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*", text):
        lines = block.group().split("\n")
        machine = sum(1 for line in lines if cues.machine_header.match(line))
        if machine < 2:
            continue
        headerish = sum(
            1
            for line in lines
            if cues.machine_header.match(line) or cues.human_header.match(line) or line[:1] in " \t"
        )
        if 2 * headerish >= len(lines):
            spans.append((block.start(), block.end()))
    return spans


def _start(found: Found | NameSpan) -> int:
    return found.start


@dataclass(slots=True)
class UnitFacts:
    orgs: list[OrgFact] = field(default_factory=list)
    persons: list[PersonFact] = field(default_factory=list)
    loose: list[PersonFact] = field(default_factory=list)  # email/phone with no person in the unit


def snippet(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 30) : end + 10].split())


def cue_roles(cues: OrderCues, text: str, roles: tuple[str, ...]) -> list[tuple[int, int, str]]:
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


def role_before(cue_roles: list[tuple[int, int, str]], pos: int, floor: int) -> str | None:
    best = None
    for start, end, role in cue_roles:
        if floor <= start and end <= pos:
            best = role
    return best


def at(where: Where, pos: int) -> Where:
    return Where(where.source, where.unit, where.block, where.paragraph, pos)
