"""Read models for the review page (``bot.web``): the order lists, search, one order with its
whole story, and the open quarantine. Nothing here writes.

Every text comes as stored (already scrubbed of national ids by ``storage.models``); the page
escapes it and passes it through ``rules.text_safety.shown``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session, selectinload

from storage.models import (
    MessageRecord,
    MessageState,
    OrderRecord,
    OrderStatus,
    OutboxMail,
    QuarantineRecord,
)
from storage.register import OrderRegisterCheck

LIST_LIMIT = 500  # rows in one list; the page says when there are more


class OrderList(StrEnum):
    """The lists of the review page."""

    READY = "klare"  # ready to be set up in TT02
    WAITING = "venter"  # waiting for the vendor
    ATTENTION = "merknader"  # flags, a mail the reader was unsure of (needs_review)
    DONE = "ferdige"
    REJECTED = "avviste"


_STATUSES = {
    OrderList.READY: (OrderStatus.READY,),
    OrderList.WAITING: (OrderStatus.WAITING_FOR_VENDOR,),
    OrderList.DONE: (OrderStatus.DONE,),
    OrderList.REJECTED: (OrderStatus.REJECTED,),
}
_OPEN = (OrderStatus.READY, OrderStatus.WAITING_FOR_VENDOR, OrderStatus.NOT_AN_ORDER)


@dataclass(frozen=True)
class OrderRow:
    """One line of a list."""

    reference: str
    status: OrderStatus
    order_type: str
    applicant_name: str | None
    applicant_org_number: str | None
    contact_email: str | None
    flags: tuple[str, ...]
    needs_review: bool
    duplicates: tuple[str, ...]  # other open orders for the same applicant and order type
    lacking: tuple[str, ...]
    updated_at: datetime


@dataclass(frozen=True)
class OrderStory:
    """One order with everything behind it: its mail (oldest first), the replies queued or
    sent, its event history and the register's answers for its numbers."""

    record: OrderRecord
    messages: Sequence[MessageRecord]
    outbox: Sequence[OutboxMail]
    checks: Sequence[OrderRegisterCheck]
    quarantined: Sequence[QuarantineRecord]


def needs_review(message: MessageRecord) -> bool:
    """Whether the reader marked the message's stored extraction as one a person should decide."""
    extraction = message.extraction or {}
    return bool(extraction.get("needs_review"))


def _key(record: OrderRecord) -> tuple[str, str] | None:
    number = (record.order.get("applicant") or {}).get("org_number")
    return (number, str(record.order_type)) if isinstance(number, str) and number else None


def _open_twins(session: Session) -> dict[int, tuple[str, ...]]:
    """For each open order, the references of the other open orders with the same applicant
    org number and order type: possible duplicates for staff to look at."""
    groups: dict[tuple[str, str], list[OrderRecord]] = {}
    for record in session.scalars(select(OrderRecord).where(OrderRecord.status.in_(_OPEN))):
        key = _key(record)
        if key is not None:
            groups.setdefault(key, []).append(record)
    return {
        r.id: tuple(o.reference for o in group if o is not r)
        for group in groups.values()
        if len(group) > 1
        for r in group
    }


def _row(record: OrderRecord, twins: dict[int, tuple[str, ...]] | None = None) -> OrderRow:
    applicant: dict[str, Any] = record.order.get("applicant") or {}
    contact: dict[str, Any] = applicant.get("contact") or {}
    return OrderRow(
        reference=record.reference,
        status=record.status,
        order_type=str(record.order_type),
        applicant_name=applicant.get("name"),
        applicant_org_number=applicant.get("org_number"),
        contact_email=contact.get("email"),
        flags=tuple(record.flags),
        needs_review=any(needs_review(m) for m in record.messages),
        duplicates=(twins or {}).get(record.id, ()),
        lacking=(*record.missing, *sorted(record.invalid)),
        updated_at=record.updated_at,
    )


def _newest_first(statuses: Sequence[OrderStatus]) -> Any:
    return (
        select(OrderRecord)
        .where(OrderRecord.status.in_(statuses))
        .options(selectinload(OrderRecord.messages))
        .order_by(OrderRecord.updated_at.desc(), OrderRecord.id.desc())
    )


def list_rows(session: Session, which: OrderList) -> list[OrderRow]:
    """The orders of one list, newest change first. ``ATTENTION``: open orders with a flag,
    with a mail whose reading needs review, or with a possible duplicate."""
    twins = _open_twins(session)
    if which is OrderList.ATTENTION:
        records = session.scalars(_newest_first(_OPEN)).all()
        rows = [_row(r, twins) for r in records]
        return [r for r in rows if _needs_attention(r)][:LIST_LIMIT]
    records = session.scalars(_newest_first(_STATUSES[which]).limit(LIST_LIMIT)).all()
    return [_row(r, twins) for r in records]


def _needs_attention(row: OrderRow) -> bool:
    return bool(row.flags or row.needs_review or row.duplicates)


def list_counts(session: Session) -> dict[OrderList, int]:
    """How many orders each list holds (attention counted as ``list_rows`` does)."""
    counts = {which: 0 for which in OrderList}
    twins = _open_twins(session)
    records = session.scalars(select(OrderRecord).options(selectinload(OrderRecord.messages)))
    for record in records:
        for which, statuses in _STATUSES.items():
            if record.status in statuses:
                counts[which] += 1
        if record.status in _OPEN:
            counts[OrderList.ATTENTION] += _needs_attention(_row(record, twins))
    return counts


def search_rows(session: Session, text: str) -> list[OrderRow]:
    """Orders whose reference, org number, name or email contains ``text`` (case-insensitive;
    spaces in an org number ignored), newest change first."""
    needle = " ".join(text.split()).lower()
    if not needle:
        return []
    digits = needle.replace(" ", "")
    query = (
        select(OrderRecord)
        .options(selectinload(OrderRecord.messages))
        .order_by(OrderRecord.updated_at.desc(), OrderRecord.id.desc())
    )
    if needle.isascii():
        # A coarse filter in SQL on the JSON text. Only for ASCII: the JSON may be stored with
        # \u escapes (SQLite), and SQL's case folding is ASCII-only there; other text is
        # matched in Python alone.
        haystack = cast(OrderRecord.order, String)
        pattern = f"%{_escaped(needle)}%"
        query = query.where(
            or_(
                OrderRecord.reference.ilike(pattern, escape="\\"),
                haystack.ilike(pattern, escape="\\"),
                haystack.ilike(f"%{_escaped(digits)}%", escape="\\"),
            )
        )
    records = session.scalars(query).all()
    # The JSON text also holds keys and other fields: keep the orders whose searched values match.
    twins = _open_twins(session)
    return [_row(r, twins) for r in records if _matches(r, needle, digits)][:LIST_LIMIT]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _matches(record: OrderRecord, needle: str, digits: str) -> bool:
    values: list[str | None] = [record.reference]
    for party_key in ("applicant", "customer", "production_contact"):
        party: dict[str, Any] = record.order.get(party_key) or {}
        contact: dict[str, Any] = party.get("contact") or {}
        values += [party.get("name"), party.get("email"), contact.get("name"), contact.get("email")]
        number = party.get("org_number")
        if number and digits and digits in number:
            return True
    return any(v and needle in v.lower() for v in values)


def order_story(session: Session, reference: str) -> OrderStory | None:
    """One order by its reference (exact, case-insensitive), or None."""
    record = session.scalars(
        select(OrderRecord)
        .where(OrderRecord.reference == reference.strip().upper())
        .options(selectinload(OrderRecord.messages), selectinload(OrderRecord.events))
    ).first()
    if record is None:
        return None
    outbox = session.scalars(
        select(OutboxMail)
        .where(OutboxMail.order_id == record.id)
        .order_by(OutboxMail.created_at, OutboxMail.id)
    ).all()
    checks = session.scalars(
        select(OrderRegisterCheck)
        .where(OrderRegisterCheck.order_id == record.id)
        .order_by(OrderRegisterCheck.path)
    ).all()
    message_ids = [m.id for m in record.messages]
    quarantined = session.scalars(
        select(QuarantineRecord).where(
            QuarantineRecord.message_id.in_(message_ids), QuarantineRecord.resolved_at.is_(None)
        )
    ).all()
    messages = sorted(record.messages, key=lambda m: (m.received_at or m.created_at, m.id))
    return OrderStory(record, messages, outbox, checks, quarantined)


def open_quarantine(session: Session) -> Sequence[QuarantineRecord]:
    """Unresolved quarantine rows with their messages, oldest first."""
    return session.scalars(
        select(QuarantineRecord)
        .where(QuarantineRecord.resolved_at.is_(None))
        .options(selectinload(QuarantineRecord.message))
        .order_by(QuarantineRecord.created_at, QuarantineRecord.id)
    ).all()


def quarantine_row(session: Session, quarantine_id: int) -> QuarantineRecord | None:
    """One unresolved quarantine row, or None."""
    return session.scalars(
        select(QuarantineRecord).where(
            QuarantineRecord.id == quarantine_id, QuarantineRecord.resolved_at.is_(None)
        )
    ).first()


def review_messages(session: Session) -> Sequence[MessageRecord]:
    """Mail waiting for a staff decision (state ``needs_review``: not yet accepted or
    dismissed, ``storage.review``) whose reading needs review, newest first."""
    messages = session.scalars(
        select(MessageRecord)
        .where(
            MessageRecord.state == MessageState.NEEDS_REVIEW,
            MessageRecord.order_id.is_(None),
            MessageRecord.extraction.is_not(None),
        )
        .order_by(MessageRecord.created_at.desc(), MessageRecord.id.desc())
        .limit(LIST_LIMIT)
    ).all()
    return [m for m in messages if needs_review(m)]
