"""extract(letter) -> Extraction: one email's access order, every value with its evidence.

This is the one code path behind ``brreg-intake parse`` and the intake loop, so what the
corpus measures is what production runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from parsers.classify import (
    REASON_NO_REQUEST,
    REASON_OTHER_REQUEST,
    Classification,
    classify,
    legal_basis_of,
    order_type_of,
)
from parsers.contacts import (
    ContactChoice,
    Sender,
    attach_loose,
    choose_contact,
    is_shared_mailbox,
    merge_self,
    sender_name,
    signature_address,
)
from parsers.facts import Evidence, OrgFact, PersonFact, TextIndex, scan_unit
from parsers.forwards import Forward, adopt, submitted_forwards
from parsers.letter import Letter
from parsers.names import name_of_address, person_name_after
from parsers.order_cues import OrderCues, default_order_cues
from parsers.parties import (
    Enterprise,
    cast_enterprises,
    merge_enterprises,
    party_of,
    relate,
    second_party_with_contact,
)
from parsers.units import Unit, UnitKind, cut_units
from rules.evaluate import evaluate
from rules.fields import FieldPath
from rules.identity import Identity
from rules.national_id import find_national_ids, mask_national_ids
from rules.order import Contact, LegalBasis, Order, OrderType, Party
from rules.screening import screen

FLAG_NATIONAL_ID = "national_id_seen"
_CONCRETE = (OrderType.FICTITIOUS_CUSTOMER, OrderType.EXISTING_CUSTOMER, OrderType.DIRECT_ACCESS)


@dataclass(frozen=True, slots=True)
class Extraction:
    """The order found in one email, with evidence per field path, flags and screening hits.

    ``order`` is what the email orders (blank for a not_an_order). ``found`` holds every value
    the text gives even when it orders nothing by itself, as an answer in a thread ("Orgnr er
    978 958 303.") does; it is blank only for screened (automatic) mail.
    """

    order: Order
    found: Order = field(default_factory=Order)
    evidence: Mapping[FieldPath, Evidence] = field(default_factory=dict)
    flags: frozenset[str] = frozenset()
    screening: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    defects: tuple[str, ...] = ()
    unreadable: str | None = None  # why the bytes are no usable email at all, if they are not
    # How sure the reading is ("order" or not, "order_type", and each read field by its
    # path), and whether a person should decide: a mail read as no order that still holds
    # order-like facts is never filed silently (``review_reasons`` says why).
    confidence: Mapping[str, float] = field(default_factory=dict)
    review_reasons: tuple[str, ...] = ()

    @property
    def needs_review(self) -> bool:
        return bool(self.review_reasons)

    def to_dict(self) -> dict[str, Any]:
        """order.schema.json's shape, plus ``evidence``, ``flags`` and ``screening``."""
        result = self.order.to_dict()
        checked = evaluate(self.order)
        result["missing"] = checked.missing_paths()
        result["invalid"] = checked.invalid_paths()
        shown = self.order.order_type is not OrderType.NOT_AN_ORDER
        result["evidence"] = {
            str(path): {"text": ev.snippet, "rule": ev.rule, "source": ev.source}
            for path, ev in sorted(self.evidence.items())
            if shown
        }
        result["invalid_reasons"] = {str(p): r for p, r in sorted(checked.invalid.items())}
        result["flags"] = sorted(self.flags)
        result["defects"] = list(self.defects)
        result["screening"] = list(self.screening)
        result["reasons"] = list(self.reasons)
        result["confidence"] = dict(self.confidence)
        result["needs_review"] = self.needs_review
        result["review_reasons"] = list(self.review_reasons)
        return result


@dataclass(slots=True)
class _Facts:
    units: list[Unit] = field(default_factory=list)
    orgs: list[OrgFact] = field(default_factory=list)
    persons: list[PersonFact] = field(default_factory=list)
    loose: list[PersonFact] = field(default_factory=list)


def _scan(
    text: str, signature: range, forwards: list[tuple[range, Forward]], cues: OrderCues
) -> tuple[_Facts, _Facts]:
    """Facts of the body and of the signature. The text is cut as one, so that a heading in
    the body ("Testansvarlig:") still governs the lines below it when the signature finder
    took those lines for the signature; only unscoped units in ``signature`` count as it.
    Units of a submitted forward are read as their author wrote them."""
    body, sig = _Facts(), _Facts()
    index_of_text = TextIndex.of(text)
    for index, unit in enumerate(cut_units(text, cues)):
        in_sig = unit.start in signature and not unit.scope_roles
        into = sig if in_sig else body
        source = "signature" if in_sig else "body"
        found = scan_unit(unit, text, cues, source, index, index_of_text)
        if unit.kind is UnitKind.PROSE:
            name_loose_by_address(found.loose, unit, text, cues)
        for span, forward in forwards:
            if unit.start in span:
                adopt(found, forward.author)
        into.orgs.extend(found.orgs)
        into.persons.extend(found.persons)
        into.loose.extend(found.loose)
        into.units.append(unit)
    return body, sig


def name_loose_by_address(loose: list[PersonFact], unit: Unit, text: str, cues: OrderCues) -> None:
    """A sentence that names a person and gives their address without a contact label
    ("Det er utvikleren vår, Ørjan Lid, ... orjan.lid@...", "Please liaise with our CTO,
    Farhan Qureshi, ... farhan.qureshi@..."): the name is the address's owner."""
    for person in loose:
        if person.email is None or person.name is not None:
            continue
        span = name_of_address(unit.text, person.email, cues)
        if span is not None:
            person.name = unit.text[span[0] : span[1]]
            person.evidence["name"] = Evidence(
                " ".join(unit.text[max(0, span[0] - 30) : span[1] + 30].split()),
                "name-of-address",
                person.where.source,
            )


def _full_text(letter: Letter) -> tuple[str, range, list[tuple[range, Forward]]]:
    """The new text, signature included, then text attachments and forwards the sender
    submits ("se videresendt e-post under"); where the signature and the forwards lie in it."""
    main = letter.main_text
    signature = range(len(main), len(main) + len(letter.signature))
    text = main + letter.signature
    for attachment in letter.attachments:
        if attachment.text:
            text += "\n\n" + attachment.text
    spans = []
    for forward in submitted_forwards(letter):
        text += "\n\n"
        spans.append((range(len(text), len(text) + len(forward.text)), forward))
        text += forward.text
    return text, signature, spans


def extract(
    letter: Letter, known: Order | None = None, *, identity: Identity | None = None
) -> Extraction:
    """Read the order in ``letter``; national identity numbers are masked before anything else,
    and our own references (``RRH-2026-0077``) too, so that no value is read from them.

    ``known`` is the order of the thread a reply belongs to: what the reply says is read in
    its light (its type, and the enterprises it already names). ``identity`` is who we are,
    from the configuration (None: the embedded default's, as ``brreg-intake parse`` has it).
    """
    identity = identity or Identity.default()
    cues = default_order_cues()
    text, signature, forwards = _full_text(letter)
    flags = set()
    if find_national_ids(text + "\n" + letter.subject):
        flags.add(FLAG_NATIONAL_ID)
    masked = identity.mask_references(mask_national_ids(text))
    body_facts, sig_facts = _scan(masked, signature, forwards, cues)
    relate(body_facts.orgs, masked, cues)
    sender_address = letter.sender.address if letter.sender else None
    hits = screen(
        letter.headers, sender_address, letter.subject, letter.content_types, identity,
        text=letter.text,
    )  # fmt: skip
    verdict = classify(body_facts.units, letter.subject, hits, cues)
    kind = verdict.order_type
    if kind is OrderType.NOT_AN_ORDER and not hits:
        # One line per unit: a hard wrap inside a sentence must not split what it says.
        flat = "\n".join(" ".join(u.text.split()) for u in body_facts.units)
        kind = order_type_of(flat, body_facts.units, cues)
    if known is not None and kind not in _CONCRETE and not hits:
        kind = known.order_type
    elif kind is OrderType.UNSPECIFIED and second_party_with_contact(
        merge_enterprises(body_facts.orgs), body_facts.persons + body_facts.loose, sender_address
    ):
        kind = OrderType.EXISTING_CUSTOMER  # no option named, but a customer with a contact
        if verdict.order_type is OrderType.UNSPECIFIED:
            verdict = replace(
                verdict,
                order_type=kind,
                type_confidence=cues.confidence["type_structure"],
                type_evidence="structure",
            )
    found, evidence = _build(kind, body_facts, sig_facts, letter, cues, known)
    order = (
        found if verdict.order_type is not OrderType.NOT_AN_ORDER else Order(OrderType.NOT_AN_ORDER)
    )
    confidence = {"order": verdict.confidence}
    if verdict.order_type is not OrderType.NOT_AN_ORDER:
        confidence["order_type"] = verdict.type_confidence
        confidence.update(field_confidence(evidence, cues))
    review = needs_review_of(verdict, found, evidence)
    if review:  # order-like facts: how sure "no order" is now
        confidence["order"] = cues.confidence["order_like_facts"]
        review = review if confidence["order"] < cues.confidence["review_below"] else ()
    return Extraction(
        order,
        found,
        evidence,
        frozenset(flags),
        hits,
        verdict.reasons,
        letter.defects,
        unreadable_reason(letter),
        confidence,
        review,
    )


def field_confidence(
    evidence: Mapping[FieldPath, Evidence], cues: OrderCues
) -> dict[str, float]:
    """How sure each read field is, by the kind of rule that read it and where (weights in
    order_cues.toml [confidence] and [field_rules])."""
    weights = cues.confidence
    out = {}
    for path, ev in sorted(evidence.items()):
        kind = cues.field_rules.get(ev.rule, "other")
        score = weights[f"field_{kind}"]
        if ev.source == "signature":
            score *= weights["signature_factor"]
        out[str(path)] = round(score, 3)
    return out


def needs_review_of(
    verdict: Classification, found: Order, evidence: Mapping[FieldPath, Evidence]
) -> tuple[str, ...]:
    """Why a person should decide on a mail read as no order: it asks for something the
    reader set aside (a request next to a negative cue), or it gives an organisation number
    with a contact. Empty when the reading is an order, or surely none (screened automatic
    mail, an out-of-office text, a request for production access)."""
    if verdict.order_type is not OrderType.NOT_AN_ORDER or not verdict.reasons:
        return ()
    if verdict.reasons[0] not in (REASON_NO_REQUEST, REASON_OTHER_REQUEST):
        return ()
    reasons = []
    if verdict.reasons[0] == REASON_OTHER_REQUEST:
        reasons.append("a request next to words that usually mean no order (status, change, ...)")
    # The number in the body, not only in a signature's footer: a question signed with the
    # company's details is not order-like by itself.
    numbered = [
        party
        for party, prefix in ((found.applicant, "applicant"), (found.customer, "customer"))
        if party.org_number
        and getattr(evidence.get(FieldPath(f"{prefix}.org_number")), "source", "") == "body"
    ]
    if any(p.contact.email or p.contact.phone or p.contact.name for p in numbered):
        reasons.append("an organisation number with a contact, but no clear request")
    return tuple(reasons)


def unreadable_reason(letter: Letter) -> str | None:
    """Why ``letter`` is no email at all (empty, binary, no header), or None when it is one."""
    if "empty-message" in letter.defects:
        return "empty file"
    broken = [d for d in letter.defects if d.startswith("unreadable:")]
    if broken:
        return f"unreadable ({broken[0].split(':', 1)[1]})"
    if not letter.headers:
        return "not an email: no header fields"
    if "binary-text" in letter.defects and not letter.text:
        return "not an email: binary content"
    return None


def _sender(letter: Letter, sig: _Facts, cues: OrderCues) -> Sender:
    sig_name = _signature_name(letter.signature, cues)
    phones = [p for p in attach_loose(sig.persons, sig.loose) if p.phone]
    mobile = [p for p in phones if re.search(r"mob", p.evidence["phone"].snippet, re.IGNORECASE)]
    best = (mobile or phones)[:1]
    name = sender_name(letter.sender, sig_name)
    email = letter.sender.address.lower() if letter.sender else None
    if is_shared_mailbox(letter.sender, cues.legal_forms, cues.role_mailboxes):
        # "post@" or "Regnskap | Nordtind" writes: "meg" is the person who signs.
        name = sig_name or name
        email = signature_address(letter.signature, cues.role_mailboxes) or email
    return Sender(
        name=name,
        email=email,
        signature_phone=(best[0].phone or "", best[0].evidence["phone"]) if best else None,
        known=(*letter.to, *letter.cc, *(f.author for f in submitted_forwards(letter) if f.author)),
    )


def _signature_name(signature: str, cues: OrderCues) -> str | None:
    for line in signature.splitlines()[1:4]:
        span = person_name_after(line.strip(), cues, max_skip=0)
        if span and span[1] - span[0] >= len(line.strip()) - 1:
            return line.strip()
    return None


def _build(
    order_type: OrderType,
    body: _Facts,
    sig: _Facts,
    letter: Letter,
    cues: OrderCues,
    known: Order | None = None,
) -> tuple[Order, dict[FieldPath, Evidence]]:
    evidence: dict[FieldPath, Evidence] = {}
    if order_type is OrderType.NOT_AN_ORDER:
        return Order(order_type=order_type), evidence
    ents = merge_enterprises(body.orgs + sig.orgs)
    sender_address = letter.sender.address if letter.sender else None
    cast = cast_enterprises(ents, order_type, sender_address, known)
    persons = merge_self(attach_loose(body.persons, body.loose))
    groups: dict[str, list[PersonFact]] = {"applicant": [], "customer": [], "production": []}
    # A person named again without a cue belongs where a cue once put them.
    placed = {
        _person_key(p.name): party_of(p, ents, cast, order_type)
        for p in reversed(persons)
        if p.name and p.roles
    }
    for person in persons:
        party = party_of(person, ents, cast, order_type)
        if person.name and not person.roles:
            party = placed.get(_person_key(person.name), party)
        groups[party].append(person)
        if party == "applicant" and "production" in person.roles:
            groups["production"].append(person)
    sender = _sender(letter, sig, cues)
    contacts = {party: choose_contact(people, sender) for party, people in groups.items()}
    same = any({"production", "same_person"} <= p.roles for p in persons)
    if same and contacts["production"].name is None and contacts["production"].email is None:
        contacts["production"] = contacts["applicant"]  # "Produksjonsansvarlig: samme person"
    applicant = _party(cast.applicant, contacts["applicant"], "applicant", evidence)
    customer = _party(cast.customer, contacts["customer"], "customer", evidence)
    production = _contact(contacts["production"], "production_contact", evidence)
    basis: LegalBasis | None = None
    if order_type is OrderType.DIRECT_ACCESS:
        basis, basis_evidence = legal_basis_of(body.units, cues)
        if basis_evidence:
            evidence[FieldPath.LEGAL_BASIS] = basis_evidence
    order = Order(order_type, applicant, customer, production, basis)
    return order, evidence


def _person_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _party(
    ent: Enterprise | None, contact: ContactChoice, prefix: str, evidence: dict[FieldPath, Evidence]
) -> Party:
    if ent is not None:
        for key, ev in ent.evidence.items():
            if (key == "name" and ent.name) or (key == "org_number" and ent.number):
                evidence[FieldPath(f"{prefix}.{key}")] = ev
    return Party(
        org_number=ent.number if ent else None,
        name=ent.name if ent else None,
        contact=_contact(contact, f"{prefix}.contact", evidence),
    )


def _contact(choice: ContactChoice, prefix: str, evidence: dict[FieldPath, Evidence]) -> Contact:
    for key, ev in choice.evidence.items():
        if getattr(choice, key) is not None:
            evidence[FieldPath(f"{prefix}.{key}")] = ev
    return Contact(name=choice.name, email=choice.email, phone=choice.phone)
