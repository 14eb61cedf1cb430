"""The tables of brreg-intake as SQLAlchemy 2 typed declarative models.

Portable to SQLite and PostgreSQL: closed sets are non-native enums (VARCHAR plus a CHECK),
JSON is JSON (JSONB on PostgreSQL), timestamps are ``UTCDateTime``. Constraint names follow
``NAMING_CONVENTION`` so that migrations name them the same way on every backend.
``storage/migrations/versions`` must describe exactly these tables (a test compares them).

Every text and JSON attribute is scrubbed (national ids masked, see ``storage.scrub``) when it
is assigned, by ``@validates`` hooks: no write path can skip it. Only ``MessageRecord.raw`` keeps
the message as received, and ``OutboxMail.recipients`` the addresses as written. JSON columns
are not mutation-tracked: assign a new value, never change one in place.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates
from sqlalchemy.types import TypeEngine

from rules.lifecycle import OrderStatus as OrderStatus  # the domain enum, re-exported
from rules.order import OrderType
from storage.scrub import scrub_json, scrub_text, storable_address
from storage.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONType: TypeEngine[Any] = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    """Declarative base with the naming convention and the UTC timestamp type."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class MessageState(StrEnum):
    """What became of a received message."""

    FILED = "filed"  # recorded; processed into an order (or found to be no order)
    SCREENED = "screened"  # a screening rule hit: never an order, never answered
    QUARANTINED = "quarantined"  # processing raised; see QuarantineRecord
    DUPLICATE = "duplicate"  # the same mail as an earlier record (e.g. delivered twice)
    NEEDS_REVIEW = "needs_review"  # maybe an order: waits for staff (storage.review), no reply


class OutboxState(StrEnum):
    """Delivery state of an outgoing mail."""

    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"
    HELD = "held"  # staff stopped it for now; ``release`` makes it pending again
    CANCELLED = "cancelled"  # staff cancelled it, or the bot withdrew it: never sent


def _enum(cls: type[StrEnum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        length=32,
        create_constraint=True,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class OrderRecord(Base):
    """One access order: the merged Order of a thread and what it still lacks."""

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    order_type: Mapped[OrderType] = mapped_column(_enum(OrderType, "order_type"))
    status: Mapped[OrderStatus] = mapped_column(_enum(OrderStatus, "order_status"), index=True)
    order: Mapped[dict[str, Any]] = mapped_column(JSONType)
    missing: Mapped[list[str]] = mapped_column(JSONType, default=list)
    invalid: Mapped[dict[str, str]] = mapped_column(JSONType, default=dict)
    flags: Mapped[list[str]] = mapped_column(JSONType, default=list)
    applicant_domain: Mapped[str | None] = mapped_column(String(255), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)  # set by storage.orders

    messages: Mapped[list[MessageRecord]] = relationship(
        back_populates="order", order_by="MessageRecord.id"
    )
    events: Mapped[list[OrderEvent]] = relationship(
        back_populates="order", order_by="OrderEvent.id", cascade="all, delete-orphan"
    )

    @validates("applicant_domain")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)

    @validates("order", "missing", "invalid", "flags")
    def _scrub_json(self, _key: str, value: Any) -> Any:
        return scrub_json(value)


class MessageRecord(Base):
    """One received mail as bytes, with where it came from and what became of it.

    The location (mailbox, folder, uidvalidity, uid) is unique; a message without a UID (a
    file, a replay) has NULLs there, which never collide (NULLs are distinct in SQL).
    """

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("mailbox", "folder", "uidvalidity", "uid"),
        Index(None, "message_id", "sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    message_id: Mapped[str | None] = mapped_column(String(998))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # The same mail by meaning (storage.messages.content_fingerprint); None without Message-ID
    content_fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    mailbox: Mapped[str | None] = mapped_column(String(255))
    folder: Mapped[str | None] = mapped_column(String(255))
    uidvalidity: Mapped[int | None] = mapped_column(Integer)
    uid: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[datetime | None]
    subject: Mapped[str | None] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(String(320), index=True)
    extraction: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    screening_hits: Mapped[list[str]] = mapped_column(JSONType, default=list)
    state: Mapped[MessageState] = mapped_column(_enum(MessageState, "message_state"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    order: Mapped[OrderRecord | None] = relationship(back_populates="messages")

    @validates("subject", "sender")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)

    @validates("extraction", "screening_hits")
    def _scrub_json(self, _key: str, value: Any) -> Any:
        return scrub_json(value)


class OrderEvent(Base):
    """One change to an order, for the audit trail: who changed which field from what to what."""

    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(64))
    field_path: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))

    order: Mapped[OrderRecord] = relationship(back_populates="events")
    source_message: Mapped[MessageRecord | None] = relationship()

    @validates("actor", "old_value", "new_value")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)


class OutboxMail(Base):
    """A mail to send. The SMTP sender builds the MIME message from these columns, so a retry
    sends the same Message-ID."""

    __tablename__ = "outbox"
    __table_args__ = (Index(None, "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    recipients: Mapped[list[str]] = mapped_column(JSONType)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    headers: Mapped[dict[str, str]] = mapped_column(JSONType, default=dict)
    # The field paths (missing or invalid) a reply asked about when planned; None: asks nothing.
    about: Mapped[list[str] | None] = mapped_column(JSONType)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    state: Mapped[OutboxState] = mapped_column(_enum(OutboxState, "outbox_state"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    order: Mapped[OrderRecord | None] = relationship()

    @validates("subject", "body", "last_error")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)

    @validates("headers")
    def _scrub_json(self, _key: str, value: Any) -> Any:
        return scrub_json(value)

    @validates("recipients")
    def _storable_addresses(self, _key: str, value: list[str]) -> list[str]:
        return [storable_address(address) for address in value]  # never masked: see scrub


class QuarantineRecord(Base):
    """A message whose processing raised, with the latest traceback; resolved when replayed."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    traceback: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]

    message: Mapped[MessageRecord] = relationship()

    @validates("traceback")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)


class MailboxCheckpoint(Base):
    """The highest UID recorded per mailbox folder and UIDVALIDITY."""

    __tablename__ = "mailbox_checkpoints"

    mailbox: Mapped[str] = mapped_column(String(255), primary_key=True)
    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Lease(Base):
    """A named lock with an expiry, e.g. the one poller allowed at a time."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(255))
    expires_at: Mapped[datetime]


class ReferenceCounter(Base):
    """The last sequence number handed out per year for ``RRH-<year>-<sequence>``."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)
