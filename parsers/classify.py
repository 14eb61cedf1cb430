"""Is it an order, and of which type; and the legal basis of a direct-access order.

The mail is read as a whole, with its words mended (``Kontaktpreson``, ``fikitv``) and
named by concept stems (parsers/lexicon.py), not by exact phrases alone:

- An order is a *request* (``ønsker tilgang``, ``we would like to order access``) that is
  not about production and not next to a negative cue in its own clause ("kunden har
  allerede tilgang" speaks of the customer); or a mail that gives an *order block* (an org
  number and a contact in the body) and asks anything of the register (a question, a plea,
  an option named). An eligibility question without such a block orders nothing.
- The type comes from each sentence's evidence: the fictitious option by its word; option 2
  by delegating together with a customer, an existing customer, or an option-2 phrase;
  "delegere til oss" next to a fictitious enterprise is the vendor delegating to itself.
  Without option words, a customer block with its own number and contact is option 2.
  Both options named with doubt ("usikker", "could you advise") leave it unspecified.
- Each decision carries a confidence (weights in order_cues.toml [confidence]).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from stdnum.no import orgnr

from parsers.facts import Evidence
from parsers.order_cues import OrderCues
from parsers.units import Unit, UnitKind
from rules.order import LegalBasis, OrderType

_ORDER_KINDS = (OrderType.FICTITIOUS_CUSTOMER, OrderType.EXISTING_CUSTOMER, OrderType.DIRECT_ACCESS)


@dataclass(frozen=True, slots=True)
class Classification:
    """The reading of one mail: the type, why, and how sure each decision is (weights from
    order_cues.toml [confidence]): ``confidence`` of "order or not", ``type_confidence`` of
    the type, ``type_evidence`` naming what the type was read from."""

    order_type: OrderType
    reasons: tuple[str, ...]
    confidence: float = 1.0
    type_confidence: float = 1.0
    type_evidence: str = "none"


# An option not ticked in a form ("[ ] Delegering fra eksisterende kunde", "☐ Alternativ 2")
# is not chosen: its words do not count.
_UNTICKED = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:\[[ \t]?\]|☐|\([ \t]?\))[^\n]*")


def _sentences(units: list[Unit], cues: OrderCues | None = None) -> list[str]:
    """The statements of ``units`` as one line each, typos mended when ``cues`` is given."""
    out = []
    for unit in units:
        if unit.kind is UnitKind.HEADING:
            continue
        text = " ".join(_UNTICKED.sub(" ", unit.text).split())
        if text:
            out.append(cues.lexicon.mend(text) if cues is not None else text)
    return out


REASON_PRODUCTION = "production-access"
REASON_OTHER_REQUEST = "not-requested"
REASON_NO_REQUEST = "no-request"


# A blocker counts only near the request it blocks: a long one-paragraph order that ends
# "om det er noe dere lurer på" still asks for access.
_BLOCK_WINDOW = 40


def find_request(
    units: list[Unit],
    cues: OrderCues,
    block: bool = True,
    offers_contact: bool = True,
    sentences: list[str] | None = None,
) -> tuple[bool, str | None]:
    """(asks for test access, why not: production access, another request or none).
    Without an order ``block`` in the mail a question ("Kan vi få tilgang?") asks whether
    one may; unless the sender also offers a contact (a block, or "kontakt meg"), an option
    named in a statement tells of it ("vi fikk fiktiv virksomhet"). Neither orders."""
    asked, refused = False, None
    for sentence in _sentences(units, cues) if sentences is None else sentences:
        spans = _asks(sentence, cues, block, offers_contact)
        verdicts = [_blocked(sentence, span, cues) for span in spans]
        if REASON_PRODUCTION in verdicts:
            refused = REASON_PRODUCTION  # a sentence asking for production asks only for that
        elif None in verdicts:
            asked = True
        elif verdicts:
            refused = refused or REASON_OTHER_REQUEST
    return asked, None if asked else refused or REASON_NO_REQUEST


def _blocked(sentence: str, span: tuple[int, int], cues: OrderCues) -> str | None:
    start = max(0, span[0] - _BLOCK_WINDOW)
    near = sentence[start : span[1] + _BLOCK_WINDOW]
    if cues.production_any.search(near):
        return REASON_PRODUCTION
    for match in cues.not_requested_any.finditer(near):
        if not _said_of_third_party(sentence[: start + match.start()], cues):
            return REASON_OTHER_REQUEST
    return None


_CLAUSE_START = re.compile(r".*[,;:()–—]|.*\s-\s", re.DOTALL)


def _said_of_third_party(before: str, cues: OrderCues) -> bool:
    """The clause a blocker stands in speaks of someone else ("kunden har allerede tilgang",
    "they already have access"): the customer's access is the condition of option 2, not a
    refusal of the sender's request."""
    clause = _CLAUSE_START.sub("", before[-60:])
    return bool(cues.third_party.search(clause))


def _asks(
    sentence: str, cues: OrderCues, block: bool, offers_contact: bool
) -> list[tuple[int, int]]:
    """Where ``sentence`` asks for access: a request phrase, or one of the ways to get access
    named in a statement ("delegering fra kunden"). A question asks only as "kan vi få
    tilgang?"; other questions ask about access, not for it."""
    if sentence.rstrip().endswith("?"):
        patterns = [p for p in cues.request if p.pattern.startswith("\\bkan ") and block]
        if offers_contact:  # "Kunne dere sette opp ...?": asked of the register, not may-we
            patterns.extend(cues.favour)
    elif offers_contact:
        patterns = [cues.request_any, *(cues.order_types[t.value] for t in _ORDER_KINDS)]
    else:
        patterns = [cues.request_any]
    return [m.span() for p in patterns for m in p.finditer(sentence)]


def is_auto_reply(text: str, cues: OrderCues) -> bool:
    return any(p.search(text) for p in cues.auto_reply)


def classify(
    units: list[Unit], subject: str, screening_hits: tuple[str, ...], cues: OrderCues
) -> Classification:
    """Not an order, or an order of a type. A mail that gives a whole order block (an org
    number and a contact) and asks anything at all of the register is an order, whatever its
    verbs; without the block only a request phrase makes one. Out-of-office words inside a
    mail with an order block are the writer's own plans, not an automatic reply."""
    if screening_hits:
        return Classification(OrderType.NOT_AN_ORDER, screening_hits)
    sentences = _sentences(units, cues)
    text = "\n".join(sentences)
    block = has_order_block(units)
    offers_contact = block or bool(cues.self_contact.search(text))
    weights = cues.confidence
    if is_auto_reply(text, cues) and not block:
        return Classification(OrderType.NOT_AN_ORDER, ("auto-reply-text",), weights["not_an_order"])
    # Headings name the type too ("Bestilling, fiktiv virksomhet:"), as the subject does.
    headings = [cues.lexicon.mend(u.text) for u in units if u.kind is UnitKind.HEADING]
    typed = "\n".join([text, *headings, cues.lexicon.mend(subject)])
    asked, why_not = find_request(units, cues, block, offers_contact, sentences)
    reason = None
    if asked:
        reason = "request"
    elif (
        why_not == REASON_NO_REQUEST
        and block
        and _asks_anything([*sentences, *headings], subject, cues)
    ):
        reason = "order-block-with-question"
    elif why_not == REASON_NO_REQUEST and _answers_with_order_details(units, subject):
        reason = "answer-with-order-details"
    if reason is None:
        why = why_not or REASON_NO_REQUEST
        return Classification(OrderType.NOT_AN_ORDER, (why,), weights["not_an_order"])
    kind, evidence = type_reading(typed, units, cues, mended=True)
    return Classification(
        kind,
        (reason,),
        weights[reason.replace("-", "_")],
        weights[f"type_{evidence.replace('-', '_')}"],
        evidence,
    )


def _asks_anything(sentences: list[str], subject: str, cues: OrderCues) -> bool:
    """A question, a plea or a need, or an option named ("fiktiv virksomhet") anywhere."""
    for sentence in [*sentences, cues.lexicon.mend(subject)]:
        if sentence.rstrip().endswith("?") or cues.ask_any.search(sentence):
            return True
        if cues.lexicon.concepts_in(sentence) & {"fictitious", "delegate"}:
            return True
    return False


_ORG_NUMBER = re.compile(r"(?<![\d+])\d{3}[ .\u00a0]?\d{3}[ .\u00a0]?\d{3}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def has_order_block(units: list[Unit]) -> bool:
    """The body (not the signature) gives an organisation number and a contact: a contact
    label with a value, or an email address."""
    text = "\n".join(u.text for u in units)
    numbers = (re.sub(r"\D", "", m.group()) for m in _ORG_NUMBER.finditer(text))
    if not any(orgnr.is_valid(n) for n in numbers):
        return False
    labelled = any(u.label_kind == "person" and u.value.strip() for u in units)
    return labelled or bool(_EMAIL.search(text))


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
    """The type the mail's words and structure name (see ``type_reading``)."""
    return type_reading(text, units, cues)[0]


def type_reading(
    text: str, units: list[Unit], cues: OrderCues, mended: bool = False
) -> tuple[OrderType, str]:
    """The type and what it was read from (words, direct, both-sides, weak-words,
    structure, none). Asking for direct access while giving a production contact or a legal
    basis is a direct-access order, whatever it says of delegating later. See ``_weigh``
    for the vendor options."""
    read = _UNTICKED.sub(" ", text if mended else cues.lexicon.mend(text))
    spans = _cue_spans(read, cues)
    hits = {k: sum(1 for s in spans if s[2] == k) for k in cues.order_types}
    direct_labels = any(
        u.label_kind == "legal_basis" or "production" in u.roles
        for u in units
        if u.kind is not UnitKind.PROSE
    )
    if hits["direct_access"] and direct_labels:
        return OrderType.DIRECT_ACCESS, "direct"
    vendor_option = _weigh(read, spans, units, cues)
    if vendor_option is not None and not (
        hits["direct_access"] and vendor_option[1] == "weak-words"
    ):
        return vendor_option  # "vi trenger ikke delegering" in a direct order is no option 2
    if hits["direct_access"] or direct_labels:
        return OrderType.DIRECT_ACCESS, "words" if hits["direct_access"] else "direct"
    return OrderType.UNSPECIFIED, "none"


def _weigh(
    text: str, spans: list[tuple[int, int, str]], units: list[Unit], cues: OrderCues
) -> tuple[OrderType, str] | None:
    """Option 1 or 2 from the evidence of each sentence, or UNSPECIFIED when both are named
    as equals or with doubt; None when neither is named.

    A sentence names the fictitious option by the word (any inflection or typo). It names
    option 2 by an option-2 phrase, by delegating together with a customer, or by an
    existing customer. "Delegere til oss" alone is weak: next to a fictitious enterprise it
    is the vendor delegating to itself. Without option words, a customer block with its own
    number and contact (the mail's structure) is option 2.
    """
    fictitious = existing = weak = doubts = 0
    undecided = False
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    per_line: list[dict[str, int]] = [dict.fromkeys(cues.order_types, 0) for _ in lines]
    for start, _end, kind in spans:
        per_line[bisect.bisect_right(starts, start) - 1][kind] += 1
    for line, counts in zip(lines, per_line, strict=True):
        concepts = cues.lexicon.concepts_in(line)
        if not concepts and not any(counts.values()):
            continue
        denied = cues.lexicon.negated_in(line) if "negation" in concepts else frozenset()
        is_fictitious = "fictitious" in concepts or bool(
            counts["fictitious_customer"] and "fictitious" not in denied
        )
        names_customer = bool(concepts & {"customer", "existing"})
        # "the one we delegate from ourselves - we have no customers": delegating oneself.
        strong = "delegate" in concepts and names_customer and not is_fictitious
        strong = strong and "ourselves" not in concepts
        strong = strong or ({"customer", "existing"} <= concepts and not is_fictitious)
        if counts["existing_customer"] and not is_fictitious:
            strong = strong or names_customer or _is_label_option(line, cues)
        if counts["existing_customer"] and not strong and "ourselves" not in concepts:
            weak += 0 if is_fictitious else 1
        elif "delegate" in concepts and "ourselves" not in concepts and not is_fictitious:
            weak += not line.rstrip().endswith("?")  # delegating, and not from ourselves
        fictitious += is_fictitious
        existing += strong
        doubts += counts["undecided"]
        both = is_fictitious and (strong or ("delegate" in concepts and names_customer))
        undecided = undecided or bool(
            (both and "uncertain" in concepts) or (counts["undecided"] and names_customer)
        )
    if undecided:
        return OrderType.UNSPECIFIED, "both-sides"
    if fictitious and existing:
        if doubts or fictitious == existing:
            return OrderType.UNSPECIFIED, "both-sides"
        winner = fictitious > existing
        kind = OrderType.FICTITIOUS_CUSTOMER if winner else OrderType.EXISTING_CUSTOMER
        return kind, "both-sides"
    if fictitious:
        return OrderType.FICTITIOUS_CUSTOMER, "words"
    if existing:
        return OrderType.EXISTING_CUSTOMER, "words"
    if customer_block(units, cues):
        return OrderType.EXISTING_CUSTOMER, "structure"
    if weak:
        return OrderType.EXISTING_CUSTOMER, "weak-words"
    return None


def _is_label_option(line: str, cues: OrderCues) -> bool:
    return bool(cues.labels["order_kind"].search(line)) or bool(
        re.search(r"\b(?:alternativ|option)\s*2\b", line, re.IGNORECASE)
    )


def customer_block(units: list[Unit], cues: OrderCues) -> bool:
    """A customer's own details in the body: an organisation number beside a contact, in
    units the text puts on the customer by their label or heading, or in one paragraph that
    names a customer ("kunden vår X, org.nr. ..., kontaktperson der er ...")."""
    of_customer = [u for u in units if "customer" in u.roles | u.scope_roles]
    if _numbered(of_customer) and any(
        u.label_kind in ("person", "email", "phone") or _EMAIL.search(u.value or u.text)
        for u in of_customer
    ):
        return True
    paragraphs: dict[int, list[Unit]] = {}
    for unit in units:
        if unit.kind is UnitKind.PROSE:
            paragraphs.setdefault(unit.paragraph, []).append(unit)
    return any(
        _numbered(prose)
        and any(_EMAIL.search(u.text) for u in prose)
        and any(_names_a_customer(u.text, cues) for u in prose)
        for prose in paragraphs.values()
    )


_WORD_AND_NEXT = re.compile(r"\b([^\W\d_]+)(?=((?:\W+[^\W\d_]+){0,3}))")


def _names_a_customer(text: str, cues: OrderCues) -> bool:
    """A customer word followed within three words by a name ("kunden vår Bømlo AS", "our
    client Brattøra Capital"), not a customer word in passing ("customer onboarding")."""
    for match in _WORD_AND_NEXT.finditer(text):
        if "customer" in cues.lexicon.concepts_in(match.group(1)) and re.search(
            r"\b[A-ZÆØÅ]", match.group(2)
        ):
            return True
    return False


def _numbered(units: list[Unit]) -> bool:
    return any(
        orgnr.is_valid(re.sub(r"\D", "", m.group()))
        for u in units
        for m in _ORG_NUMBER.finditer(u.value or u.text)
    )


def _cue_counts(text: str, cues: OrderCues) -> dict[str, int]:
    """Matches per order type (see ``_cue_spans``)."""
    kept = _cue_spans(text, cues)
    return {k: sum(1 for s in kept if s[2] == k) for k in cues.order_types}


def _cue_spans(text: str, cues: OrderCues) -> list[tuple[int, int, str]]:
    """Order-type cues in ``text``; a cue inside a longer cue of another type does not count
    ("delegere tilgang til oss selv" is the fictitious option, not delegation to us)."""
    spans = [(m.start(), m.end(), k) for k, p in cues.order_types.items() for m in p.finditer(text)]
    return [
        s
        for s in spans
        if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)
    ]


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
