"""Orders: reference allocation, creating and updating with an audit trail, finding them.

Every function takes the caller's Session and never commits. Orders are stored in the shape of
order.schema.json (``Order.to_dict``), scrubbed; ``order_of(record)`` reads one back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from rules.evaluate import Evaluation
from rules.fields import FieldPath, get_value
from rules.lifecycle import Actor, may_move
from rules.order import Order
from storage._sql import normalize_message_id, now_or, upsert
from storage.models import (
    MessageRecord,
    OrderEvent,
    OrderRecord,
    OrderStatus,
    OutboxMail,
    ReferenceCounter,
)
from storage.scrub import scrub_json

REFERENCE_PREFIX = "RRH"
REFERENCE_TIMEZONE = ZoneInfo("Europe/Oslo")  # the year of a reference is the year in Norway
BOT = "bot"
_REFERENCE = re.compile(r"RRH-(\d{4})-(\d{4,})", re.IGNORECASE)


def format_reference(year: int, sequence: int) -> str:
    """``RRH-<year>-<sequence>`` with the sequence zero-padded to at least four digits."""
    return f"{REFERENCE_PREFIX}-{year}-{sequence:04d}"


def allocate_reference(session: Session, *, now: datetime | None = None) -> str:
    """The next reference of the current year (Europe/Oslo), e.g. ``RRH-2026-0042``.

    One atomic upsert on the per-year counter row, in the caller's transaction: the row stays
    locked until commit, so concurrent transactions get distinct, gap-free numbers in commit
    order (a rolled-back transaction gives its number back).
    """
    year = now_or(now).astimezone(REFERENCE_TIMEZONE).year
    connection = session.connection()
    dialect = connection.dialect.name
    statement = _ALLOCATE.get(dialect)
    if statement is None:
        table = ReferenceCounter.__table__
        insert = upsert(session, table).values(year=bindparam("year"), last=1)
        statement = insert.on_conflict_do_update(
            index_elements=[table.c.year], set_={"last": table.c.last + 1}
        ).returning(table.c.last)
        _ALLOCATE[dialect] = statement
    sequence = connection.execute(statement, {"year": year}).scalar_one()
    return format_reference(year, sequence)


_ALLOCATE: dict[str, Any] = {}  # the upsert per dialect, built once (a Core statement)


def order_of(record: OrderRecord) -> Order:
    """The domain Order stored in ``record`` (values as stored, i.e. masked)."""
    return Order.from_dict(record.order)


def create_order(
    session: Session,
    order: Order,
    evaluation: Evaluation,
    *,
    status: OrderStatus,
    flags: Iterable[str] = (),
    applicant_domain: str | None = None,
    source_message: MessageRecord | None = None,
    actor: str = BOT,
    now: datetime | None = None,
    flush: bool = True,
) -> OrderRecord:
    """Add a new order with a freshly allocated reference and a ``created`` event.

    ``source_message``, when given, is linked to the order (and inserted with it when it was
    pending). Returns the flushed record; the event is added and goes with the next flush
    (any query, or the commit).
    """
    at = now_or(now)
    record = OrderRecord(
        reference=allocate_reference(session, now=at),
        order_type=order.order_type,
        status=status,
        order=order.to_dict(),
        missing=evaluation.missing_paths(),
        invalid=_invalid(evaluation),
        flags=sorted(set(flags)),
        applicant_domain=applicant_domain.lower() if applicant_domain else None,
        created_at=at,
        updated_at=at,
    )
    session.add(record)
    if source_message is not None:
        source_message.order = record  # one INSERT with its order when not yet flushed
    _Audit(session, record, actor, source_message, at).add("created", new=str(status))
    if flush:
        session.flush()
    return record


def update_order(
    session: Session,
    record: OrderRecord,
    *,
    order: Order | None = None,
    evaluation: Evaluation | None = None,
    status: OrderStatus | None = None,
    flags: Iterable[str] | None = None,
    source_message: MessageRecord | None = None,
    actor: str = BOT,
    now: datetime | None = None,
) -> list[OrderEvent]:
    """Apply what is given (None: leave as is) and write one OrderEvent per change.

    Events: ``field_changed`` per FieldPath whose (masked) value differs, ``status_changed``,
    ``flag_added`` / ``flag_removed``. ``evaluation`` replaces missing/invalid without events
    (they follow from the order). ``source_message`` is linked to the order and named in the
    events. ``updated_at`` becomes ``now`` when anything changed. Returns the new events.
    A status change the bot may not make (``rules.lifecycle.may_move``: reopening a done or
    rejected order) is left out when ``actor`` is the bot; the rest is applied.
    """
    audit = _Audit(session, record, actor, source_message, now_or(now))
    if status is not None and actor == BOT and not may_move(record.status, status, Actor.BOT):
        status = None  # e.g. a vendor's mail to a done or rejected order: it stays closed
    if order is not None:
        _apply_order(audit, order)
    if status is not None and status != record.status:
        audit.add("status_changed", old=str(record.status), new=str(status))
        record.status = status
    if flags is not None:
        _apply_flags(audit, set(flags))
    reevaluated = evaluation is not None and _apply_evaluation(record, evaluation)
    if source_message is not None:
        source_message.order = record
    if audit.events or reevaluated:
        record.updated_at = audit.at
    session.flush()
    return audit.events


@dataclass
class _Audit:
    """Writes the OrderEvents of one create or update, all with the same actor and time."""

    session: Session
    record: OrderRecord
    actor: str
    source: MessageRecord | None
    at: datetime
    events: list[OrderEvent] = field(default_factory=list)

    def add(
        self,
        action: str,
        *,
        path: FieldPath | None = None,
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        if not self.actor.strip():
            raise ValueError("an order event needs an actor ('bot' or a staff member's name)")
        event = OrderEvent(
            order=self.record,
            at=self.at,
            actor=self.actor.strip(),
            action=action,
            field_path=path.value if path else None,
            old_value=old,
            new_value=new,
            source_message=self.source,
        )
        self.session.add(event)
        self.events.append(event)


def _apply_order(audit: _Audit, order: Order) -> None:
    record = audit.record
    old = order_of(record)
    record.order = order.to_dict()  # scrubbed by the model
    record.order_type = order.order_type
    new = order_of(record)
    for path in FieldPath:
        before, after = get_value(old, path), get_value(new, path)
        if before != after:
            audit.add("field_changed", path=path, old=before, new=after)


def _apply_flags(audit: _Audit, flags: set[str]) -> None:
    old = set(audit.record.flags)
    audit.record.flags = sorted(flags)
    for flag in sorted(flags - old):
        audit.add("flag_added", new=flag)
    for flag in sorted(old - flags):
        audit.add("flag_removed", old=flag)


def _apply_evaluation(record: OrderRecord, evaluation: Evaluation) -> bool:
    missing, invalid = evaluation.missing_paths(), _invalid(evaluation)
    if missing == record.missing and scrub_json(invalid) == record.invalid:
        return False
    record.missing, record.invalid = missing, invalid
    return True


def _invalid(evaluation: Evaluation) -> dict[str, str]:
    return {path.value: reason for path, reason in sorted(evaluation.invalid.items())}


def find_order_by_reference(session: Session, reference: str) -> OrderRecord | None:
    """The order with this reference (case and surrounding brackets/space ignored), or None."""
    match = _REFERENCE.fullmatch(reference.strip().strip("[]").strip())
    if match is None:
        return None
    normalized = format_reference(int(match.group(1)), int(match.group(2)))
    return session.scalars(
        select(OrderRecord).where(OrderRecord.reference == normalized)
    ).one_or_none()


def find_order_by_message_ids(session: Session, ids: Sequence[str]) -> OrderRecord | None:
    """The order that the first of ``ids`` belongs to, or None.

    ``ids`` are Message-IDs in order of preference (In-Reply-To first, then References newest
    first). An id belongs to an order when a received message with that Message-ID is filed to
    it, or when we sent a mail with that Message-ID for it (replies answer our own mail).
    """
    wanted = [m for m in (normalize_message_id(i) for i in ids) if m is not None]
    if not wanted:
        return None
    owners: dict[str, int] = {}
    for model in (MessageRecord, OutboxMail):
        rows = session.execute(
            select(model.message_id, model.order_id)
            .where(model.message_id.in_(wanted), model.order_id.is_not(None))
            .order_by(model.id)
        )
        for message_id, order_id in rows:
            if message_id is not None and order_id is not None:
                owners.setdefault(message_id, order_id)
    for message_id in wanted:
        if message_id in owners:
            return session.get(OrderRecord, owners[message_id])
    return None


def list_orders(
    session: Session,
    *,
    statuses: Iterable[OrderStatus] | None = None,
    updated_since: datetime | None = None,
    limit: int | None = None,
) -> Sequence[OrderRecord]:
    """Orders, oldest first, optionally only some statuses and those updated since a time."""
    query = select(OrderRecord).order_by(OrderRecord.created_at, OrderRecord.id)
    if statuses is not None:
        query = query.where(OrderRecord.status.in_(list(statuses)))
    if updated_since is not None:
        query = query.where(OrderRecord.updated_at >= now_or(updated_since))
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()
