"""Merge a thread: a later message fills and corrects what earlier ones said.

A value given again replaces the old one. A contact named anew (another person) replaces
the old contact as a whole, so that a new person never inherits the old one's address or
phone. A concrete order type replaces an unspecified one; a message that does not say what
it orders never changes the type.
"""

from __future__ import annotations

from dataclasses import replace

from rules.order import Contact, Order, OrderType, Party

_CONCRETE = (OrderType.FICTITIOUS_CUSTOMER, OrderType.EXISTING_CUSTOMER, OrderType.DIRECT_ACCESS)


def merge_contact(old: Contact, new: Contact) -> Contact:
    if new.name and old.name and not _same_person(old.name, new.name):
        return new  # another person: none of the old one's details carry over
    longer = new.name if new.name and len(new.name) >= len(old.name or "") else None
    return Contact(
        name=longer or old.name or new.name,
        email=new.email or old.email,
        phone=new.phone or old.phone,
    )


def _person_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _same_person(a: str, b: str) -> bool:
    """ "Per Arne" and "Per Arne Tvedt" are one person: one name is the start of the other."""
    x, y = _person_key(a).split(), _person_key(b).split()
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    return longer[: len(shorter)] == shorter


def merge_party(old: Party, new: Party) -> Party:
    return Party(
        org_number=new.org_number or old.org_number,
        name=new.name or old.name,
        contact=merge_contact(old.contact, new.contact),
    )


def merge_orders(old: Order, new: Order) -> Order:
    """``old`` corrected and completed by ``new``."""
    order_type = new.order_type if new.order_type in _CONCRETE else old.order_type
    return replace(
        old,
        order_type=order_type,
        applicant=merge_party(old.applicant, new.applicant),
        customer=merge_party(old.customer, new.customer),
        production_contact=merge_contact(old.production_contact, new.production_contact),
        legal_basis=new.legal_basis or old.legal_basis,
    )
