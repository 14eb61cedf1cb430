"""Order, Party and Contact: the structured access order, as frozen values.

The shape mirrors ``shared/order.schema.json``; ``Order.to_dict`` gives exactly that shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class OrderType(StrEnum):
    """The five outcomes of classifying one email."""

    FICTITIOUS_CUSTOMER = "fictitious_customer"
    EXISTING_CUSTOMER = "existing_customer"
    DIRECT_ACCESS = "direct_access"
    UNSPECIFIED = "unspecified"
    NOT_AN_ORDER = "not_an_order"


class LegalBasis(StrEnum):
    """The grounds on which an enterprise is entitled to direct access."""

    REPORTING_ENTITY = "reporting_entity"
    PUBLIC_AUTHORITY = "public_authority"
    MEDIA = "media"
    CIVIL_SOCIETY = "civil_society"
    HIGHER_EDUCATION = "higher_education"


@dataclass(frozen=True, slots=True)
class Contact:
    """A person: name as written, lower-cased email, E.164 phone."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None

    def is_empty(self) -> bool:
        return self.name is None and self.email is None and self.phone is None

    def to_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "email": self.email, "phone": self.phone}


@dataclass(frozen=True, slots=True)
class Party:
    """An enterprise: nine-digit org number, name with legal form, and its test contact."""

    org_number: str | None = None
    name: str | None = None
    contact: Contact = field(default_factory=Contact)

    def is_empty(self) -> bool:
        return self.org_number is None and self.name is None and self.contact.is_empty()

    def to_dict(self) -> dict[str, Any]:
        return {"org_number": self.org_number, "name": self.name, "contact": self.contact.to_dict()}


@dataclass(frozen=True, slots=True)
class Order:
    """One access order as understood from one email or a whole thread.

    ``customer`` is used by existing_customer orders, ``production_contact`` and ``legal_basis``
    by direct_access orders; ``to_dict`` nulls what the order type does not use.
    """

    order_type: OrderType = OrderType.UNSPECIFIED
    applicant: Party = field(default_factory=Party)
    customer: Party = field(default_factory=Party)
    production_contact: Contact = field(default_factory=Contact)
    legal_basis: LegalBasis | None = None

    def to_dict(self) -> dict[str, Any]:
        """The order in the shape of order.schema.json (without missing/invalid)."""
        if self.order_type is OrderType.NOT_AN_ORDER:
            return {
                "order_type": str(self.order_type),
                "applicant": Party().to_dict(),
                "customer": None,
                "production_contact": None,
                "legal_basis": None,
            }
        uses_customer = self.order_type is OrderType.EXISTING_CUSTOMER
        uses_direct = self.order_type is OrderType.DIRECT_ACCESS
        return {
            "order_type": str(self.order_type),
            "applicant": self.applicant.to_dict(),
            "customer": self.customer.to_dict() if uses_customer else None,
            "production_contact": self.production_contact.to_dict() if uses_direct else None,
            "legal_basis": str(self.legal_basis) if uses_direct and self.legal_basis else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Order:
        """Inverse of ``to_dict``; tolerates null parties and absent keys."""

        def contact(raw: Any) -> Contact:
            raw = raw or {}
            return Contact(raw.get("name"), raw.get("email"), raw.get("phone"))

        def party(raw: Any) -> Party:
            raw = raw or {}
            return Party(raw.get("org_number"), raw.get("name"), contact(raw.get("contact")))

        basis = data.get("legal_basis")
        return cls(
            order_type=OrderType(data.get("order_type") or OrderType.UNSPECIFIED),
            applicant=party(data.get("applicant")),
            customer=party(data.get("customer")),
            production_contact=contact(data.get("production_contact")),
            legal_basis=LegalBasis(basis) if basis else None,
        )
