"""Forwarded mail the sender submits as content ("se bekreftelsen fra kunden under").

A forwarded block is history unless the new text points at it. When it counts, its "meg"
and "hos oss" are its author's, not the sender's: a self reference names the forward's author
(from its "Fra:"/"From:" line), and "our" enterprise is left for the parties to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parseaddr

from parsers.facts import UnitFacts
from parsers.letter import Address, BlockKind, HistoryBlock, Letter

# The new text points at the forward below it, in whatever words: "se under", "ligg nedst i
# denne e-posten", "is further down", "Her er svaret fra kunden", "Svaret ... ligger under".
_SUBMITTED = re.compile(
    r"videresend|vidaresend|forward|se (?:\w+ ){0,4}under|nedenfor|nedanfor|\bnedst\b|"
    r"\bnederst\b|lenger ned|lengre ned|see (?:\w+ ){0,3}below|\bbelow\b|further down|"
    r"\b(?:ligger|ligg|står|følger|fylgjer|follows?) (?:\w+ ){0,2}under\b|"
    r"\b(?:her er|her kjem|here is|here's) (?:\w+ ){0,3}(?:svar|bekreft|stadfest|answer|"
    r"reply|confirm)",
    re.IGNORECASE,
)
_FROM_LINE = re.compile(r"^\s*(?:fra|from|från|von|de)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Forward:
    text: str
    author: Address | None


def submitted_forwards(letter: Letter) -> list[Forward]:
    """The forwarded blocks the new text submits as content, with their authors."""
    if not _SUBMITTED.search(letter.main_text):
        return []
    return [Forward(b.text, author_of(b)) for b in letter.history if b.kind is BlockKind.FORWARD]


def author_of(block: HistoryBlock) -> Address | None:
    match = _FROM_LINE.search(block.header)
    if not match:
        return None
    name, address = parseaddr(match.group(1))
    return Address(name.strip(), address.lower()) if "@" in address else None


def adopt(found: UnitFacts, author: Address | None) -> None:
    """Read a forwarded unit's facts as its author wrote them."""
    for org in found.orgs:
        if org.role == "own":
            org.role, org.strength = None, 0
    side = {f"side:{author.address}"} if author is not None else set()
    for person in found.persons:
        was_own = "own" in person.roles
        person.roles.discard("own")
        if person.is_self or was_own:
            person.roles |= side  # "hos oss" in the forward: the author's enterprise
        if person.is_self:
            person.is_self = False
            if author is not None:
                person.name = person.name or author.name or None
                person.email = person.email or author.address
