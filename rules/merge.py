"""Merge a thread: a later message fills and corrects what earlier ones said.

A value given again replaces the old one. A contact named anew (another person) replaces
the old contact as a whole, so that a new person never inherits the old one's address or
phone. A concrete order type replaces an unspecified one; a message that does not say what
it orders never changes the type.

An answer never replaces a valid value with an invalid one (that would lose data even when
flagged): the valid value stays, and the refused one is kept as a ``Conflict`` for the
vendor to be asked or staff to decide. A new person whose details would overwrite valid ones
with invalid ones does not replace the old contact; each differing value is a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rules.evaluate import value_problem
from rules.fields import FieldPath, get_value, set_value
from rules.order import Contact, Order, OrderType, Party

_CONCRETE = (OrderType.FICTITIOUS_CUSTOMER, OrderType.EXISTING_CUSTOMER, OrderType.DIRECT_ACCESS)
_CONTACTS = ("applicant.contact", "customer.contact", "production_contact")
_LEAVES = ("name", "email", "phone")


@dataclass(frozen=True, slots=True)
class Conflict:
    """A value an answer gave that was not taken: ``kept`` stays at ``path``."""

    path: FieldPath
    kept: str | None  # None: the field stays empty
    rejected: str
    reason: str  # why ``rejected`` was refused (the check's words, or "another person ...")


@dataclass(frozen=True, slots=True)
class Merged:
    """The thread's order after an answer, and what the answer said that was not taken."""

    order: Order
    conflicts: tuple[Conflict, ...] = ()


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
    """``old`` corrected and completed by ``new`` (valid values never lost: ``merge_answer``)."""
    return merge_answer(old, new).order


def merge_answer(old: Order, new: Order) -> Merged:
    """``old`` corrected and completed by ``new``, keeping every valid value that ``new``
    would replace with an invalid one; those refusals are the ``conflicts``."""
    order_type = new.order_type if new.order_type in _CONCRETE else old.order_type
    merged = replace(
        old,
        order_type=order_type,
        applicant=merge_party(old.applicant, new.applicant),
        customer=merge_party(old.customer, new.customer),
        production_contact=merge_contact(old.production_contact, new.production_contact),
        legal_basis=new.legal_basis or old.legal_basis,
    )
    conflicts: list[Conflict] = []
    for prefix in _CONTACTS:
        merged = _keep_replaced_contact(old, merged, prefix, conflicts)
    for path in FieldPath:
        merged = _keep_valid(old, merged, path, conflicts)
    return Merged(merged, tuple(conflicts))


def _problem(path: FieldPath, value: str | None) -> str | None:
    return value_problem(path, value) if value is not None else None


def _spoils(before: str | None, after: str | None, path: FieldPath) -> str | None:
    """Why ``after`` may not replace ``before`` at ``path``, or None when it may."""
    if before is None or after is None or before == after or _problem(path, before):
        return None
    return _problem(path, after)


def _keep_replaced_contact(
    old: Order, merged: Order, prefix: str, conflicts: list[Conflict]
) -> Order:
    """Another person with an invalid value where the old one had a valid one: the old
    contact stays whole (never half of each), and every value of the new one that differs
    is kept as a conflict."""
    paths = [FieldPath(f"{prefix}.{leaf}") for leaf in _LEAVES]
    old_name, new_name = get_value(old, paths[0]), get_value(merged, paths[0])
    if not old_name or not new_name or _same_person(old_name, new_name):
        return merged
    spoiled = [p for p in paths if _spoils(get_value(old, p), get_value(merged, p), p)]
    if not spoiled:
        return merged
    for path in paths:
        before, after = get_value(old, path), get_value(merged, path)
        if after is not None and after != before:
            reason = _problem(path, after) if path in spoiled else None
            conflicts.append(
                Conflict(path, before, after, reason or "another person with invalid details")
            )
        merged = set_value(merged, path, before)
    return merged


def _keep_valid(old: Order, merged: Order, path: FieldPath, conflicts: list[Conflict]) -> Order:
    before, after = get_value(old, path), get_value(merged, path)
    reason = _spoils(before, after, path)
    if reason is None or before is None or after is None:
        return merged
    conflicts.append(Conflict(path, before, after, reason))
    return set_value(merged, path, before)
