"""Contacts: from person facts to the one contact of each party.

A contact named in the text is never filled with the sender's address or phone. Where the
sender says that they are the contact ("kontaktperson er meg", "undertegnede"), the name and
address come from the text if given, else from the From header, and the phone from the text,
else from the signature (never a switchboard number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.facts import Evidence, PersonFact
from parsers.letter import Address


@dataclass(slots=True)
class ContactChoice:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def take(self, key: str, value: str | None, evidence: Evidence | None) -> None:
        if value is not None and getattr(self, key) is None:
            setattr(self, key, value)
            if evidence is not None:
                self.evidence[key] = evidence


@dataclass(frozen=True, slots=True)
class Sender:
    """The From header and the signature: the sender's own details."""

    name: str | None
    email: str | None
    signature_phone: tuple[str, Evidence] | None
    known: tuple[Address, ...]  # To and Cc: "står på kopi" gives an address by name


def sender_name(address: Address | None, signature_name: str | None) -> str | None:
    """The sender's name as a person writes it: "Vikse, Trond" becomes "Trond Vikse"."""
    name = (address.name if address else "").strip().strip('"')
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    if len(name.split()) < 2 and signature_name:
        return signature_name
    return name or signature_name


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def is_shared_mailbox(
    address: Address | None, legal_forms: frozenset[str], roles: frozenset[str]
) -> bool:
    """From is a shared or role mailbox: a role local part ("post@", "support@"), or a
    display name that is a company ("Rauma Data AS") or a department ("Regnskap | Nordtind")."""
    if address is None or "@" not in address.address:
        return False
    local = address.address.split("@", 1)[0].lower()
    display = address.name.strip().strip('"')
    return local in roles or "|" in display or any(w in legal_forms for w in display.split())


def signature_address(signature: str, roles: frozenset[str]) -> str | None:
    """The signer's own address in the signature (not another role mailbox)."""
    for match in _EMAIL.finditer(signature):
        if match.group().split("@", 1)[0].lower() not in roles:
            return match.group().lower().rstrip(".")
    return None


def attach_loose(persons: list[PersonFact], loose: list[PersonFact]) -> list[PersonFact]:
    """Give each loose email/phone to the person before it in the same block or paragraph;
    what finds no one stays a person of its own (name unknown)."""
    out = list(persons)
    for item in loose:
        target = _owner(out, item)
        if target is None:
            out.append(item)
            continue
        for key in ("email", "phone"):
            value = getattr(item, key)
            if value is not None and getattr(target, key) is None:
                setattr(target, key, value)
                target.evidence[key] = item.evidence[key]
    return sorted(out, key=lambda p: (p.where.source != "body", p.where.pos))


def _owner(persons: list[PersonFact], item: PersonFact) -> PersonFact | None:
    """The person before ``item`` in its block or paragraph that lacks its kind of detail;
    else a named person earlier in the same text that lacks it ("Hos oss er det Kenneth som
    tar seg av testingen. ... Epost: kenneth@..." a few paragraphs on)."""
    key = "email" if item.email else "phone"
    near = far = None
    for person in persons:
        w, i = person.where, item.where
        roles_ok = not item.roles or not person.roles or bool(item.roles & person.roles)
        if w.source != i.source or w.pos > i.pos or not roles_ok or getattr(person, key):
            continue
        if w.block == i.block or w.paragraph == i.paragraph:
            near = person
        elif person.name and not person.is_self:
            far = person
    return near or far


def merge_self(persons: list[PersonFact]) -> list[PersonFact]:
    """A bare "kontaktperson er meg:" followed in its block by a named person is that person,
    unless that person is tied to another enterprise by name ("hos <name>")."""
    out: list[PersonFact] = []
    for person in persons:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.is_self
            and prev.name is None
            and prev.email is None
            and prev.phone is None
            and prev.where.block == person.where.block
            and person.roles <= prev.roles
            # "Kontaktperson hos A: undertegnede. Kontaktperson hos B: Arvid" is two people.
            and person.org_hint in ("", prev.org_hint)
        ):
            person.is_self = True
            person.roles |= prev.roles
            out[-1] = person
            continue
        out.append(person)
    return out


def choose_contact(people: list[PersonFact], sender: Sender) -> ContactChoice:
    """The contact of one party from the person facts given to it, in reading order."""
    choice = ContactChoice()
    if not people:
        return choice
    named = [p for p in people if p.name and not p.is_self]
    selfish = [p for p in people if p.is_self]
    if named and (not selfish or named[0].strength >= max(s.strength for s in selfish)):
        main = named[0]
        related = [p for p in people if (p.name is None and not p.is_self) or _same_name(p, main)]
        for person in [main, *related]:
            _take_all(choice, person)
        choice.take(
            "email",
            _by_name(main.name, sender),
            Evidence(main.name or "", "address-by-name-in-cc", "header"),
        )
        return choice
    if selfish:
        loose = [p for p in people if p.name is None and not p.anchored]
        for person in [*selfish, *loose]:
            _take_all(choice, person)
        choice.take("name", sender.name, Evidence(sender.name or "", "sender-name", "header"))
        choice.take("email", sender.email, Evidence(sender.email or "", "sender-address", "header"))
        if sender.signature_phone:
            choice.take("phone", sender.signature_phone[0], sender.signature_phone[1])
        return choice
    for person in people:
        _take_all(choice, person)
    return choice


def _same_name(person: PersonFact, main: PersonFact) -> bool:
    return bool(person.name and main.name and person.name.casefold() == main.name.casefold())


def _take_all(choice: ContactChoice, person: PersonFact) -> None:
    for key in ("name", "email", "phone"):
        choice.take(key, getattr(person, key), person.evidence.get(key))


def _by_name(name: str | None, sender: Sender) -> str | None:
    if not name:
        return None
    wanted = re.sub(r"\s+", " ", name).casefold()
    for address in sender.known:
        if re.sub(r"\s+", " ", address.name).casefold() == wanted:
            return address.address.lower()
    return None
