"""Reply decisions and bounced addresses: what the bot decided about answering each message.

``ReplyDecision`` is one row per decision (``sent`` with the reply's outbox row, or
``withheld`` with the rule that stopped it); the counts the reply policy needs (per order, per
sender, in all) are of ``sent`` rows. ``BouncedAddress`` marks an address that bounced our
mail: no automatic reply goes to it until staff clear it. Every function takes the caller's
Session and never commits. The tables live on ``storage.models.Base`` (storage.models
imports this module so that its metadata, and the migrations test, include them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import ForeignKey, Integer, String, bindparam, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship, validates

from storage._sql import now_or
from storage.models import Base, MessageRecord, OrderRecord, OutboxMail
from storage.scrub import scrub_text
from storage.types import UTCDateTime, utcnow

SENT = "sent"
WITHHELD = "withheld"
DECISIONS = (SENT, WITHHELD)


class ReplyDecision(Base):
    """Whether a message was answered: ``decision`` (sent|withheld) and a kebab-case ``reason``
    (the reply kind when sent, the withholding rule's name otherwise)."""

    __tablename__ = "reply_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    decided_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(64))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))

    message: Mapped[MessageRecord] = relationship()
    order: Mapped[OrderRecord | None] = relationship()
    outbox: Mapped[OutboxMail | None] = relationship()


class BouncedAddress(Base):
    """An address our mail bounced from; active while ``cleared_at`` is NULL."""

    __tablename__ = "bounced_addresses"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    first_bounced_at: Mapped[datetime] = mapped_column(default=utcnow)
    cleared_at: Mapped[datetime | None]
    cleared_by: Mapped[str | None] = mapped_column(String(255))

    @validates("cleared_by")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)


def record_decision(
    session: Session,
    *,
    message: MessageRecord,
    decision: str,
    reason: str,
    order: OrderRecord | None = None,
    outbox: OutboxMail | None = None,
    now: datetime | None = None,
    flush: bool = True,
) -> ReplyDecision:
    """Add one decision about ``message``. ``decision`` is 'sent' (then ``outbox`` is the
    queued reply) or 'withheld'; ``reason`` is kebab-case. Raises ValueError otherwise."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}, not {decision!r}")
    if (decision == SENT) != (outbox is not None):
        raise ValueError("a 'sent' decision needs its outbox mail, a 'withheld' one has none")
    if not reason or reason != reason.lower() or " " in reason:
        raise ValueError(f"reason must be kebab-case, not {reason!r}")
    # Linked through relationships, so rows added in this step need no flush for their ids;
    # ``flush=False`` leaves the INSERT to the next flush (the intake's hot path).
    row = ReplyDecision(
        message=message, order=order, decided_at=now_or(now), decision=decision,
        reason=reason, outbox=outbox,
    )  # fmt: skip
    session.add(row)
    if flush:
        session.flush()
    return row


def replies_to_order_since(session: Session, order_id: int, since: datetime | None) -> int:
    """Replies queued for order ``order_id`` at or after ``since`` (None: ever)."""
    query = select(func.count(ReplyDecision.id)).where(
        ReplyDecision.decision == SENT, ReplyDecision.order_id == order_id
    )
    if since is not None:
        query = query.where(ReplyDecision.decided_at >= now_or(since))
    return session.scalar(query) or 0


def replies_to_sender_since(session: Session, address: str, since: datetime) -> int:
    """Replies queued, at or after ``since``, to messages from ``address`` (case ignored),
    counting those added to the session and not yet flushed."""
    key, at = scrub_text(address.strip().lower()), now_or(since)  # stored senders are scrubbed
    stored = session.execute(_TO_SENDER_SINCE, {"address": key, "since": at}).scalar() or 0
    # Asked after the query: with autoflush the query has sent them and none is left here.
    return stored + sum(
        1
        for item in session.new
        if isinstance(item, ReplyDecision)
        and item.decision == SENT
        and item.decided_at >= at
        and item.message is not None
        and item.message.sender == key
    )


def replies_since(session: Session, since: datetime) -> int:
    """All replies queued at or after ``since`` (the circuit breaker's count)."""
    return session.execute(_SENT_SINCE, {"since": now_or(since)}).scalar() or 0


# Built once: the intake asks these for every message (bound parameters, cached compilation).
_TO_SENDER_SINCE = (
    select(func.count(ReplyDecision.id))
    .join(MessageRecord, MessageRecord.id == ReplyDecision.message_id)
    .where(
        ReplyDecision.decision == SENT,
        ReplyDecision.decided_at >= bindparam("since", type_=UTCDateTime()),
        MessageRecord.sender == bindparam("address", type_=String),
    )
)
_SENT_SINCE = select(func.count(ReplyDecision.id)).where(
    ReplyDecision.decision == SENT,
    ReplyDecision.decided_at >= bindparam("since", type_=UTCDateTime()),
)


def decisions_since(session: Session, since: datetime) -> Sequence[ReplyDecision]:
    """Every decision at or after ``since``, oldest first (for the digest)."""
    query = (
        select(ReplyDecision)
        .where(ReplyDecision.decided_at >= now_or(since))
        .order_by(ReplyDecision.decided_at, ReplyDecision.id)
    )
    return session.scalars(query).all()


def is_address_bounced(session: Session, address: str) -> bool:
    """True while ``address`` (case ignored) is flagged as bounced and not cleared.

    The flagged addresses are read once per transaction (a few rows; the intake asks for
    every message) and kept in ``session.info`` with the transaction they were read in;
    ``flag_bounced_address`` and ``clear_bounced_address`` keep them current. A flag taken
    back by a rolled-back savepoint stays counted until the transaction ends: at worst a reply
    too few, never one too many."""
    return address.strip().lower() in _bounced(session)


_BOUNCED = "brreg_intake.bounced_addresses"  # session.info key: (transaction, set of addresses)


def _bounced(session: Session) -> set[str]:
    transaction = session.get_transaction()
    cached = session.info.get(_BOUNCED)
    if cached is not None and cached[0] is transaction:
        return cast(set[str], cached[1])
    query = select(BouncedAddress.address).where(BouncedAddress.cleared_at.is_(None))
    flagged = set(session.scalars(query))
    session.info[_BOUNCED] = (session.get_transaction(), flagged)
    return flagged


def flag_bounced_address(
    session: Session, address: str, *, now: datetime | None = None
) -> BouncedAddress:
    """Mark ``address`` as bounced. A cleared address that bounces again is flagged anew
    (``first_bounced_at`` becomes ``now``); an active flag is left as it is."""
    key = address.strip().lower()
    if not key:
        raise ValueError("an address is needed")
    row = session.get(BouncedAddress, key)
    at = now_or(now)
    if row is None:
        row = BouncedAddress(address=key, first_bounced_at=at)
        session.add(row)
    elif row.cleared_at is not None:
        row.first_bounced_at, row.cleared_at, row.cleared_by = at, None, None
    session.flush()
    _bounced(session).add(key)
    return row


def clear_bounced_address(
    session: Session, address: str, *, by: str, now: datetime | None = None
) -> BouncedAddress | None:
    """Staff member ``by`` clears the flag on ``address``; None when it was never flagged."""
    if not by.strip():
        raise ValueError("clearing a bounced address needs the staff member's name")
    row = session.get(BouncedAddress, address.strip().lower())
    if row is None:
        return None
    if row.cleared_at is None:
        row.cleared_at, row.cleared_by = now_or(now), by.strip()
        session.flush()
    _bounced(session).discard(row.address)
    return row
