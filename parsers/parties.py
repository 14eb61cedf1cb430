"""Parties: merge enterprise facts into enterprises and decide which is the applicant and
which the customer; merge person facts into contacts and give each to its party."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from parsers.facts import Evidence, OrgFact, PersonFact
from parsers.order_cues import OrderCues
from rules.order import Order, OrderType

# A role set by a relation beats a role cue in the sentence (2) and a label (3); a parent
# named in passing ("datterselskap av X") is no party at all.
_RELATION_ROLES = {
    "client": ("customer", 3),
    "client_after": ("customer", 3),
    "vendor_of_ours": ("vendor", 4),
    "chosen": ("customer", 4),
    "own_after": ("own", 4),
    "parent": ("other", 5),
}
_AFTER_NAME = frozenset({"client_after", "own_after"})
_PARENTHESIS = re.compile(r"^\s*\([^)\n]{0,60}\)")
_GAP = re.compile(r"^[\s,:;–-]*(?:(?:the|that|this|den|det)\s+)?$", re.IGNORECASE)


def relate(facts: list[OrgFact], text: str, cues: OrderCues) -> None:
    """Cast enterprises by how the text relates them to the sender: the relation words
    written right before a name ("Vi er IT-partner for X", "datterselskap av X",
    "delegering fra X") or right after it ("X AS (oss)"), and "sistnevnte" for the one
    named last before it. Facts of other sources than the body keep their roles."""
    placed: list[tuple[int, OrgFact]] = []
    for fact in facts:
        if fact.where.source != "body":
            continue
        start, end = _span_of(fact, text)
        placed.append((start, fact))
        before = " ".join(text[max(0, start - 70) : start].split()) + " "
        for relation, (role, strength) in _RELATION_ROLES.items():
            pattern = cues.relations[relation]
            if relation in _AFTER_NAME:
                after = _PARENTHESIS.sub("", text[end : end + 160], count=1).lstrip(" ,")
                hit = pattern.match(" ".join(after.split()))
            else:
                hit = _ending(pattern).search(before)
            if relation == "client" and hit is None:
                hit = cues.client_via.search(before.rstrip() + " ")
            if hit and strength > fact.strength:
                fact.role, fact.strength = role, strength
        if fact.role is None and _asks_for_access(text[end : end + 200], cues):
            fact.role, fact.strength = "own", 2
    _resolve_latter(placed, text, cues)


def _asks_for_access(after: str, cues: OrderCues) -> bool:
    """The enterprise is the subject of a request for access written right after its name
    ("X AS (org.nr ...) ønsker testtilgang", "X AS would like test access"): the asker."""
    after = " ".join(_PARENTHESIS.sub("", after, count=1).lstrip(" ,").split())
    return bool(cues.request_any.match(after))


@cache
def _ending(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` right before the name, with only the gap between: searched at every start,
    so that "set up delegation from an existing customer, X" finds the phrase that ends it."""
    gap = _GAP.pattern.removeprefix("^")
    return re.compile(f"(?:{pattern.pattern}){gap}", re.IGNORECASE)


def _span_of(fact: OrgFact, text: str) -> tuple[int, int]:
    pos = fact.where.pos
    if fact.name:
        found = text.rfind(fact.name, max(0, pos - 120), pos + len(fact.name))
        if found >= 0:
            return found, found + len(fact.name)
    return pos, pos + len(fact.number or "")


def _resolve_latter(placed: list[tuple[int, OrgFact]], text: str, cues: OrderCues) -> None:
    """ "delegering fra sistnevnte": the enterprise named last before the words is chosen."""
    for chosen in cues.relations["chosen"].finditer(text):
        latter = cues.relations["latter"].match(text, chosen.end() + 1)
        if latter is None:
            continue
        earlier = [(pos, f) for pos, f in placed if pos < chosen.start() and f.role != "other"]
        if earlier:
            last = max(pos for pos, _ in earlier)
            for pos, fact in earlier:
                if pos == last or (fact.number and _same(fact, earlier, last)):
                    fact.role, fact.strength = "customer", 4


def _same(fact: OrgFact, earlier: list[tuple[int, OrgFact]], last: int) -> bool:
    named = next((f for pos, f in earlier if pos == last), None)
    return named is not None and named.number == fact.number


@dataclass(slots=True)
class Enterprise:
    facts: list[OrgFact] = field(default_factory=list)
    name: str | None = None
    number: str | None = None
    role: str | None = None
    strength: int = -1
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def absorb(self, fact: OrgFact) -> None:
        self.facts.append(fact)
        if fact.name and (self.name is None or _prefer_name(fact, self)):
            self.name = fact.name
            self.evidence["name"] = fact.evidence["name"]
        if fact.number and self.number is None:
            self.number = fact.number
            self.evidence["org_number"] = fact.evidence["org_number"]
        if fact.role and fact.strength > self.strength:
            self.role, self.strength = fact.role, fact.strength


def _prefer_name(fact: OrgFact, ent: Enterprise) -> bool:
    # A label ("Navn: ...") names an enterprise more exactly than a mention in prose.
    return fact.evidence["name"].rule.startswith("label") and not ent.evidence[
        "name"
    ].rule.startswith("label")


def _key(name: str | None) -> str:
    return re.sub(r"[\W_]+", " ", (name or "").casefold()).strip()


def _complements(ent: Enterprise, fact: OrgFact) -> bool:
    """A bare number and a bare name in one block (a labelled list) are one enterprise."""
    last = ent.facts[-1].where
    same_block = last.source == fact.where.source and last.block == fact.where.block
    fills = (ent.number is None and fact.number and not fact.name) or (
        ent.name is None and fact.name and not fact.number
    )
    roles_ok = not (fact.role and ent.role and fact.role != ent.role)
    return bool(same_block and fills and roles_ok)


def _compatible(a: Enterprise, b: Enterprise) -> bool:
    if a.number and b.number:
        return a.number == b.number
    if a.name and b.name:
        x, y = _key(a.name), _key(b.name)
        if _branch_pair(x, y):
            return True
        return x == y or (len(x) > 5 and (x.startswith(y + " ") or y.startswith(x + " ")))
    return False


# A foreign enterprise registers in Norway as a NUF (its Norwegian branch) under the same name:
# "Norrsken AB ... vår filial Norrsken NUF, org.nr 820 176 847" is one applicant, the NUF.
_FOREIGN_FORMS = frozenset({"ab", "aps", "a s", "ltd", "limited", "gmbh", "oy", "inc", "bv", "sa"})


def _branch_pair(x: str, y: str) -> bool:
    """Keys ``x`` and ``y`` name a foreign enterprise and its NUF."""
    for branch, other in ((x, y), (y, x)):
        stem = branch.removesuffix(" nuf")
        if stem != branch and any(other == f"{stem} {form}" for form in _FOREIGN_FORMS):
            return True
    return False


def _prefer_branch(ent: Enterprise) -> None:
    """Of a foreign enterprise and its NUF, the NUF is the one the register knows."""
    branch = next((f for f in ent.facts if f.name and _key(f.name).endswith(" nuf")), None)
    if branch is not None and branch.name is not None:
        ent.name = branch.name
        ent.evidence["name"] = branch.evidence["name"]


def merge_enterprises(facts: list[OrgFact]) -> list[Enterprise]:
    """One Enterprise per distinct org number or name, in order of first mention: facts of one
    labelled block first, then enterprises that share a number, or a name without a conflict."""
    blocks: list[Enterprise] = []
    for fact in facts:
        target = next((e for e in reversed(blocks) if _complements(e, fact)), None)
        if target is None:
            target = Enterprise()
            blocks.append(target)
        target.absorb(fact)
    merged: list[Enterprise] = []
    for ent in blocks:
        target = next((m for m in merged if _compatible(m, ent)), None)
        if target is None:
            merged.append(ent)
            continue
        for fact in ent.facts:
            target.absorb(fact)
        _prefer_branch(target)
    return merged


def _domain_words(address: str | None) -> set[str]:
    if not address or "@" not in address:
        return set()
    host = address.rsplit("@", 1)[1].split(".")[0]
    return {w for w in re.split(r"[-_]", host) if len(w) >= 3} | {host.replace("-", "")}


_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e"})


def _matches_domain(ent: Enterprise, words: set[str]) -> bool:
    # Domains are ASCII: "lysgard.no" is Lysgård's, "bomlo-havn.no" Bømlo Havn's.
    name = _key(ent.name).replace(" ", "").translate(_ASCII)
    return bool(name) and any(w in name or name.startswith(w) for w in words)


@dataclass(slots=True)
class Cast:
    applicant: Enterprise | None = None
    customer: Enterprise | None = None
    sender_side: Enterprise | None = None  # the sender's own enterprise ("hos oss", the domain)
    donors: set[int] = field(default_factory=set)  # bare mentions already given to a party


def recognise(ents: list[Enterprise], known: Order) -> None:
    """In an answer within a thread, an enterprise the order already names keeps its party
    ("Riktig organisasjonsnummer for Jærbuen Regnskap AS er ..." is about the customer)."""
    for ent in ents:
        for party, role in ((known.customer, "customer"), (known.applicant, "own")):
            same_name = bool(ent.name and party.name and _key(ent.name) == _key(party.name))
            if same_name or (ent.number is not None and ent.number == party.org_number):
                ent.role, ent.strength = role, 4
                break


def cast_enterprises(
    ents: list[Enterprise], order_type: OrderType, sender: str | None, known: Order | None = None
) -> Cast:
    """Choose the applicant and the customer among the enterprises. With ``known`` (the
    order a reply belongs to), the signature names no enterprise: the order already does."""
    if known is not None:
        recognise(ents, known)
        ents = [e for e in ents if e.facts[0].where.source != "signature"]
    body = [e for e in ents if e.facts[0].where.source != "signature"]
    signature = [e for e in ents if e.facts[0].where.source == "signature"]
    applicant_roles = ("own",) if order_type is OrderType.DIRECT_ACCESS else ("own", "vendor")
    cast = Cast()
    # Of the sender's own, a named enterprise before a bare number ("prosjektnr. hos oss").
    own_side = [e for e in body if e.role in applicant_roles]
    cast.applicant = next((e for e in own_side if e.name), own_side[0] if own_side else None)
    if order_type is OrderType.EXISTING_CUSTOMER:
        customers = [e for e in body if e.role == "customer"]
        # Of several customers, the one chosen in words ("delegering fra X") is it.
        cast.customer = max(customers, key=lambda e: e.strength, default=None)
        _customer_writes(body, cast)
    free = [e for e in body if e.role is None and (e.name is not None or e.number)]
    if cast.applicant is None:
        by_domain = [e for e in free if _matches_domain(e, _domain_words(sender))]
        pool = by_domain if order_type is OrderType.EXISTING_CUSTOMER and by_domain else free
        cast.applicant = pool[0] if pool else None
    if cast.customer is None and order_type is OrderType.EXISTING_CUSTOMER:
        cast.customer = next((e for e in free if e is not cast.applicant), None)
    if cast.applicant is None and order_type is not OrderType.EXISTING_CUSTOMER:
        # "bestillingen fra kunden vår X" from a consultant: X is the one ordering.
        cast.applicant = next((e for e in body if e.role == "customer"), None)
    if cast.applicant is None:
        cast.applicant = next((e for e in signature if e.number or e.name), None)
    _complete(cast.applicant, body, signature, cast)
    _complete_from_signature(cast.applicant, signature)
    _complete(cast.customer, body, [], cast)
    by_domain = [e for e in ents if _matches_domain(e, _domain_words(sender))]
    own = [e for e in ents if e.role == "own"]
    sides = by_domain or own
    cast.sender_side = sides[0] if sides else None
    return cast


def _customer_writes(body: list[Enterprise], cast: Cast) -> None:
    """The customer writes ("delegere testtilgang til systemleverandøren vår, X"): its
    vendor is the applicant and the writer's own enterprise ("Oss: ...") the customer."""
    vendor = next((e for e in body if e.role == "vendor" and e.strength >= 3), None)
    own = next((e for e in body if e.role == "own"), None)
    if cast.customer is None and vendor is not None and own is not None and vendor is not own:
        cast.applicant, cast.customer = vendor, own


def _complete(
    target: Enterprise | None, body: list[Enterprise], sig: list[Enterprise], cast: Cast
) -> None:
    """Fill a party's missing number or name from an unclaimed bare mention of its own role
    ("Kundens orgnr: ..." after "vår kunde Fjordheim Finans AS")."""
    if target is None:
        return
    taken = {id(cast.applicant), id(cast.customer)}
    side = {None, target.role}
    if target is cast.applicant and target.role in ("own", "vendor"):
        side |= {"own", "vendor"}  # "X AS ønsker ..." and "Org.nr. leverandør: ..." are one
    spare = [e for e in body if id(e) not in taken | cast.donors and e.role in side]
    if target.number is None:
        bare = next((e for e in spare if e.number and e.name is None), None)
        same_sig = next((e for e in sig if e.number and _key(e.name) == _key(target.name)), None)
        donor = bare or same_sig
        if donor and donor.number:
            target.number = donor.number
            target.evidence["org_number"] = donor.evidence["org_number"]
            cast.donors.add(id(donor))  # one bare number completes one party, not two
    if target.name is None:
        bare = next((e for e in spare if e.name and e.number is None), None)
        same_sig = next((e for e in sig if e.name and e.number == target.number), None)
        donor = bare or same_sig
        if donor and donor.name:
            target.name = donor.name
            target.evidence["name"] = donor.evidence["name"]
            cast.donors.add(id(donor))


def _complete_from_signature(target: Enterprise | None, sig: list[Enterprise]) -> None:
    """The applicant's name in the body and its number only in the signature's footer, or
    the other way round ("Vi i X ..." above, "Foretaksregisteret NO 912 345 678 MVA"
    below): the signature's one enterprise that does not contradict it completes it."""
    if target is None or (target.name and target.number):
        return
    fits = [
        e
        for e in sig
        if not (e.name and target.name and _key(e.name) != _key(target.name))
        and not (e.number and target.number and e.number != target.number)
    ]
    for donor in fits:
        if target.number is None and donor.number:
            target.number = donor.number
            target.evidence["org_number"] = donor.evidence["org_number"]
        if target.name is None and donor.name:
            target.name = donor.name
            target.evidence["name"] = donor.evidence["name"]


def party_of(person: PersonFact, ents: list[Enterprise], cast: Cast, order_type: OrderType) -> str:
    """applicant, customer or production (a person may also be both test and production)."""
    roles = person.roles
    for role in roles:
        if role.startswith("side:"):  # a forward's author's own enterprise, by their domain
            ent = next((e for e in ents if _matches_domain(e, _domain_words(role[5:]))), None)
            if ent is not None:
                return _party_of_enterprise(ent, cast)
    # "Kontakten vår hjå Sogn Revisjon SA blir ...": the enterprise the person is at decides,
    # even when the writer calls the contact theirs.
    hinted = _by_hint(person.org_hint, ents) if person.org_hint else None
    if hinted is not None and hinted is cast.customer:
        return "customer"
    # The sender's own side: "Kontaktperson hos oss er undertegnede" from the customer is the
    # customer's contact; "me" from the vendor is the vendor's.
    own_side = (person.is_self or "own" in roles) and cast.sender_side is not None
    if own_side and not roles & {"vendor", "customer", "test", "production"}:
        return "customer" if cast.sender_side is cast.customer else "applicant"
    if roles & {"test", "same_person"} and "production" in roles:
        return "applicant"  # one person for both roles: the caller adds them to production too
    if "production" in roles and order_type is OrderType.DIRECT_ACCESS:
        return "production"
    if "customer" in roles:
        return "customer"
    if roles & {"own", "vendor", "test", "same_person"}:
        return "applicant"
    hinted = _by_hint(person.org_hint, ents)
    if hinted is not None:
        return _party_of_enterprise(hinted, cast)
    # No cue: an address on exactly one party's own domain says whose contact this is.
    words = _domain_words(person.email)
    parties = [e for e in (cast.applicant, cast.customer) if e is not None]
    on_domain = [e for e in parties if words and _matches_domain(e, words)]
    if len(on_domain) == 1:
        return _party_of_enterprise(on_domain[0], cast)
    latest = _latest_before(person, [e for e in ents if e is cast.applicant or e is cast.customer])
    return _party_of_enterprise(latest, cast) if latest else "applicant"


def _by_hint(hint: str, ents: list[Enterprise]) -> Enterprise | None:
    for word in hint.lower().split():
        for ent in ents:
            if any(
                w.startswith(word[:6]) or word.startswith(w)
                for w in _key(ent.name).split()
                if len(w) >= 4
            ):
                return ent
    return None


def _latest_before(person: PersonFact, ents: list[Enterprise]) -> Enterprise | None:
    best: tuple[int, Enterprise] | None = None
    for ent in ents:
        for fact in ent.facts:
            before = fact.where.source == person.where.source and fact.where.pos <= person.where.pos
            if before and (best is None or fact.where.pos > best[0]):
                best = (fact.where.pos, ent)
    return best[1] if best else None


def _party_of_enterprise(ent: Enterprise | None, cast: Cast) -> str:
    return "customer" if ent is not None and ent is cast.customer else "applicant"


def second_party_with_contact(
    ents: list[Enterprise], persons: list[PersonFact], sender: str | None
) -> bool:
    """The mail's structure names a second enterprise with its own contact beside the
    sender's: the sender's enterprise (by the From domain) and another numbered enterprise
    whose contact's address is on that enterprise's own domain ("... for Fjellheim AS.
    Kontaktperson hos Fjellheim AS er Kari, kari@fjellheim.no"). That is option 2."""
    own_words = _domain_words(sender)
    body = [e for e in ents if e.facts[0].where.source == "body" and e.role != "other"]
    if not own_words or not any(_matches_domain(e, own_words) for e in body):
        return False
    others = [e for e in body if e.number and not _matches_domain(e, own_words)]
    for person in persons:
        if not person.email or person.where.source != "body":
            continue
        words = _domain_words(person.email)
        if words & own_words:
            continue
        if any(_matches_domain(e, words) for e in others):
            return True
    return False
