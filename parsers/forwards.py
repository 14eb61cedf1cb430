"""Forwarded mail the sender submits as content ("se bekreftelsen fra kunden under").

A forwarded block is history unless the new text points at it. When it counts, its "meg"
and "hos oss" are its author's, not the sender's: a self reference names the forward's author
(from its "Fra:"/"From:" line), and "our" enterprise is left for the parties to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parseaddr

from rapidfuzz.distance import Levenshtein

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
    """The forwarded blocks the new text submits as content, with their authors. The
    extractor asks twice per mail: the last answer is kept (for the same letter object)."""
    last = _LAST.get("letter")
    if last is not None and last[0] is letter:
        return list(last[1])
    found = _submitted_forwards(letter)
    _LAST["letter"] = (letter, found)
    return list(found)


_LAST: dict[str, tuple[Letter, list[Forward]]] = {}


def _submitted_forwards(letter: Letter) -> list[Forward]:
    if not _SUBMITTED.search(letter.main_text):
        return []
    return [
        Forward(corrected(b.text, letter.main_text), author_of(b))
        for b in letter.history
        if b.kind is BlockKind.FORWARD
    ]


# A sentence of the new text that corrects a value of the forward: "riktig adresse er ...",
# "the organisation number should be ...", "e-postadressen er skrevet feil".
_CORRECTION = re.compile(
    r"riktig|korrekt|\brett\b|rettelse|skal være|skal vere|skrevet feil|skrive feil|\bfeil\b|"
    r"should be|correct|wrong|typo|swapped|byttet om|bytta om",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ORG_NUMBER = re.compile(r"(?<![\d+])\d{3}[ .\u00a0]?\d{3}[ .\u00a0]?\d{3}(?!\d)")


def corrected(forward: str, new_text: str) -> str:
    """``forward`` with each value the new text corrects replaced by the correction: an email
    or organisation number in a correcting sentence replaces a forwarded one that differs
    from it by a slip (two edits, or a fifth of its length)."""
    for sentence in _SENTENCE.split(new_text):
        if not _CORRECTION.search(sentence):
            continue
        for pattern in (_EMAIL, _ORG_NUMBER):
            for match in pattern.finditer(sentence):
                forward = _replace_near(forward, pattern, match.group().rstrip("."))
    return forward


def _replace_near(text: str, pattern: re.Pattern[str], right: str) -> str:
    key = _normal(right)

    def swap(found: re.Match[str]) -> str:
        old = _normal(found.group())
        near = old != key and Levenshtein.distance(old, key) <= max(2, len(key) // 5)
        return right if near else found.group()

    return pattern.sub(swap, text)


def _normal(value: str) -> str:
    return re.sub(r"[\s.\u00a0]", "", value) if "@" not in value else value.lower()


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
