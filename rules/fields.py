"""FieldPath: the dotted paths of order.schema.json, and reading/writing an Order by path."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from rules.order import Contact, LegalBasis, Order, OrderType, Party


class FieldPath(StrEnum):
    """Every path that may appear in ``missing`` or ``invalid`` (schema ``$defs.path``)."""

    ORDER_TYPE = "order_type"
    APPLICANT_ORG_NUMBER = "applicant.org_number"
    APPLICANT_NAME = "applicant.name"
    APPLICANT_CONTACT_NAME = "applicant.contact.name"
    APPLICANT_CONTACT_EMAIL = "applicant.contact.email"
    APPLICANT_CONTACT_PHONE = "applicant.contact.phone"
    CUSTOMER_ORG_NUMBER = "customer.org_number"
    CUSTOMER_NAME = "customer.name"
    CUSTOMER_CONTACT_NAME = "customer.contact.name"
    CUSTOMER_CONTACT_EMAIL = "customer.contact.email"
    CUSTOMER_CONTACT_PHONE = "customer.contact.phone"
    PRODUCTION_CONTACT_NAME = "production_contact.name"
    PRODUCTION_CONTACT_EMAIL = "production_contact.email"
    PRODUCTION_CONTACT_PHONE = "production_contact.phone"
    LEGAL_BASIS = "legal_basis"

    @property
    def leaf(self) -> str:
        """The last part: org_number, name, email, phone, order_type or legal_basis."""
        return self.value.rsplit(".", 1)[-1]


VALUE_PATHS: tuple[FieldPath, ...] = tuple(
    p for p in FieldPath if p not in (FieldPath.ORDER_TYPE, FieldPath.LEGAL_BASIS)
)


def get_value(order: Order, path: FieldPath) -> str | None:
    """The value at ``path`` (order_type and legal_basis as their string values)."""
    if path is FieldPath.ORDER_TYPE:
        return str(order.order_type)
    if path is FieldPath.LEGAL_BASIS:
        return str(order.legal_basis) if order.legal_basis else None
    obj: object = order
    for part in path.value.split("."):
        obj = getattr(obj, part)
    return obj if isinstance(obj, str) else None


def set_value(order: Order, path: FieldPath, value: str | None) -> Order:
    """A copy of ``order`` with ``path`` set to ``value`` (None clears it)."""
    if path is FieldPath.ORDER_TYPE:
        return replace(order, order_type=OrderType(value or OrderType.UNSPECIFIED))
    if path is FieldPath.LEGAL_BASIS:
        return replace(order, legal_basis=LegalBasis(value) if value else None)
    head, *rest = path.value.split(".")
    if head == "production_contact":
        return replace(
            order, production_contact=_set_contact(order.production_contact, rest[0], value)
        )
    party = _set_party(order.applicant if head == "applicant" else order.customer, rest, value)
    if head == "applicant":
        return replace(order, applicant=party)
    return replace(order, customer=party)


def _set_party(party: Party, rest: list[str], value: str | None) -> Party:
    if rest[0] == "contact":
        return replace(party, contact=_set_contact(party.contact, rest[1], value))
    if rest[0] == "org_number":
        return replace(party, org_number=value)
    return replace(party, name=value)


def _set_contact(contact: Contact, leaf: str, value: str | None) -> Contact:
    if leaf == "name":
        return replace(contact, name=value)
    if leaf == "email":
        return replace(contact, email=value)
    return replace(contact, phone=value)
