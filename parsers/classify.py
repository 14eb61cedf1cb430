"""Is it an order, and of which type; and the legal basis of a direct-access order.

An order needs a *request*: a sentence that asks for access (``ønsker tilgang``, ``kan vi få
testtilgang``, ``we would like to order access``) and is neither only a question about it
nor about production or cancelling. The type comes from cue words in the new text, the
subject and an "Ønsket løsning" label; naming both vendor options while saying that one is
unsure leaves the type unspecified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.facts import Evidence
from parsers.order_cues import OrderCues
from parsers.units import Unit, UnitKind
from rules.order import LegalBasis, OrderType

_ORDER_KINDS = (OrderType.FICTITIOUS_CUSTOMER, OrderType.EXISTING_CUSTOMER, OrderType.DIRECT_ACCESS)


@dataclass(frozen=True, slots=True)
class Classification:
    order_type: OrderType
    reasons: tuple[str, ...]


def _sentences(units: list[Unit]) -> list[str]:
    return [" ".join(u.text.split()) for u in units if u.kind is not UnitKind.HEADING]


REASON_PRODUCTION = "production-access"
REASON_OTHER_REQUEST = "not-requested"
REASON_NO_REQUEST = "no-request"


# A blocker counts only near the request it blocks: a long one-paragraph order that ends
# "om det er noe dere lurer på" still asks for access.
_BLOCK_WINDOW = 40


def find_request(units: list[Unit], cues: OrderCues) -> tuple[bool, str | None]:
    """(asks for test access, why not: production access, another request or none)."""
    asked, refused = False, None
    for sentence in _sentences(units):
        verdicts = [_blocked(sentence, span, cues) for span in _asks(sentence, cues)]
        if REASON_PRODUCTION in verdicts:
            refused = REASON_PRODUCTION  # a sentence asking for production asks only for that
        elif None in verdicts:
            asked = True
        elif verdicts:
            refused = refused or REASON_OTHER_REQUEST
    return asked, None if asked else refused or REASON_NO_REQUEST


def _blocked(sentence: str, span: tuple[int, int], cues: OrderCues) -> str | None:
    near = sentence[max(0, span[0] - _BLOCK_WINDOW) : span[1] + _BLOCK_WINDOW]
    if any(p.search(near) for p in cues.production):
        return REASON_PRODUCTION
    if any(p.search(near) for p in cues.not_requested):
        return REASON_OTHER_REQUEST
    return None


def _asks(sentence: str, cues: OrderCues) -> list[tuple[int, int]]:
    """Where ``sentence`` asks for access: a request phrase, or one of the ways to get access
    named in a statement ("delegering fra kunden"). A question asks only as "kan vi få
    tilgang?"; other questions ask about access, not for it."""
    if sentence.rstrip().endswith("?"):
        patterns = [p for p in cues.request if p.pattern.startswith("\\bkan ")]
    else:
        patterns = [*cues.request, *(cues.order_types[t.value] for t in _ORDER_KINDS)]
    return [m.span() for p in patterns for m in p.finditer(sentence)]


def is_auto_reply(text: str, cues: OrderCues) -> bool:
    return any(p.search(text) for p in cues.auto_reply)


def classify(
    units: list[Unit], subject: str, screening_hits: tuple[str, ...], cues: OrderCues
) -> Classification:
    if screening_hits:
        return Classification(OrderType.NOT_AN_ORDER, screening_hits)
    text = "\n".join(_sentences(units))
    if is_auto_reply(text, cues):
        return Classification(OrderType.NOT_AN_ORDER, ("auto-reply-text",))
    asked, why_not = find_request(units, cues)
    if asked:
        return Classification(order_type_of(text + "\n" + subject, units, cues), ("request",))
    if why_not == REASON_NO_REQUEST and _answers_with_order_details(units, subject):
        kind = order_type_of(text + "\n" + subject, units, cues)
        return Classification(kind, ("answer-with-order-details",))
    return Classification(OrderType.NOT_AN_ORDER, (why_not or REASON_NO_REQUEST,))


_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:re|sv|aw|antw|vs|fw|fwd)\s*:\s*)+", re.IGNORECASE)
_ORDER_LABELS = frozenset({"org_number", "person", "email", "phone", "legal_basis"})


def _answers_with_order_details(units: list[Unit], subject: str) -> bool:
    """An answer ("SV: Direkte tilgang RRH") that gives an order's details in labelled lines
    ("Testansvarlig: ...", "Org.nr.: ...") continues an order even without asking again."""
    if not _REPLY_SUBJECT.match(subject):
        return False
    labelled = [
        u
        for u in units
        if u.kind is UnitKind.LABEL and u.label_kind in _ORDER_LABELS and u.value.strip()
    ]
    return len(labelled) >= 2


def order_type_of(text: str, units: list[Unit], cues: OrderCues) -> OrderType:
    """The type the cue words name. Asking for direct access while giving a production
    contact or a legal basis is a direct-access order, whatever it says of delegating later."""
    hits = _cue_counts(text, cues)
    direct_labels = any(
        u.label_kind == "legal_basis" or "production" in u.roles
        for u in units
        if u.kind is not UnitKind.PROSE
    )
    if hits["direct_access"] and direct_labels:
        return OrderType.DIRECT_ACCESS
    fictitious, existing = hits["fictitious_customer"], hits["existing_customer"]
    if fictitious and existing:
        if hits["undecided"] or fictitious == existing:
            return OrderType.UNSPECIFIED
        return (
            OrderType.FICTITIOUS_CUSTOMER if fictitious > existing else OrderType.EXISTING_CUSTOMER
        )
    if fictitious:
        return OrderType.FICTITIOUS_CUSTOMER
    if existing:
        return OrderType.EXISTING_CUSTOMER
    if hits["direct_access"] or direct_labels:
        return OrderType.DIRECT_ACCESS
    return OrderType.UNSPECIFIED


def _cue_counts(text: str, cues: OrderCues) -> dict[str, int]:
    """Matches per order type; a cue inside a longer cue of another type does not count
    ("delegere tilgang til oss selv" is the fictitious option, not delegation to us)."""
    spans = [(m.start(), m.end(), k) for k, p in cues.order_types.items() for m in p.finditer(text)]
    kept = [
        s
        for s in spans
        if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)
    ]
    return {k: sum(1 for s in kept if s[2] == k) for k in cues.order_types}


def legal_basis_of(units: list[Unit], cues: OrderCues) -> tuple[LegalBasis | None, Evidence | None]:
    """A labelled ground ("Grunnlag: ...") first, else the first ground named in the text."""
    labelled = [u for u in units if u.label_kind == "legal_basis"]
    for group in (labelled, units):
        for unit in group:
            for basis in LegalBasis:
                match = cues.legal_basis[basis.value].search(unit.value)
                if match:
                    snippet = " ".join(unit.value.split())[:120]
                    return basis, Evidence(
                        snippet, f"legal-basis-{'label' if group is labelled else 'cue'}", "body"
                    )
    return None, None
