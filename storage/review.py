"""Staff decisions on mail that needs review (``MessageState.NEEDS_REVIEW``): an order or not.

A mail the reader could not confidently call an order, though it holds order-like facts, is
recorded as ``needs_review`` and waits for a person. ``ReviewDecision`` is that person's
decision, one row per message: ``order`` (with the order it became) or ``not_an_order`` (with
an optional reason), who decided and when. Every function takes the caller's Session and never
commits. The table lives on ``storage.models.Base`` (storage.models imports this module).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship, validates

from storage._sql import now_or
from storage.models import Base, MessageRecord, MessageState, OrderRecord
from storage.scrub import scrub_text
from storage.types import utcnow

ACCEPTED = "order"
DISMISSED = "not_an_order"
DECISIONS = (ACCEPTED, DISMISSED)


class ReviewDecision(Base):
    """A staff decision on a message that needed review."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    decided_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(255))
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)

    message: Mapped[MessageRecord] = relationship()
    order: Mapped[OrderRecord | None] = relationship()

    @validates("actor", "reason")
    def _scrub_text(self, _key: str, value: str | None) -> str | None:
        return scrub_text(value)


def list_needs_review(session: Session) -> Sequence[MessageRecord]:
    """Messages waiting for a staff decision, oldest first."""
    query = select(MessageRecord).where(MessageRecord.state == MessageState.NEEDS_REVIEW)
    return session.scalars(query.order_by(MessageRecord.id)).all()


def record_review(
    session: Session,
    message: MessageRecord,
    *,
    decision: str,
    actor: str,
    order: OrderRecord | None = None,
    reason: str | None = None,
    now: datetime | None = None,
) -> ReviewDecision:
    """Record ``actor``'s decision on ``message`` and file the message: ``order`` (then
    ``order`` is the order it became, and the message joins it) or ``not_an_order``.
    Raises ValueError for a message that does not need review, an unknown decision, an
    empty actor, or an accepted message without its order."""
    if message.state is not MessageState.NEEDS_REVIEW:
        raise ValueError(f"message {message.id} does not need review (state {message.state})")
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}, not {decision!r}")
    if (decision == ACCEPTED) != (order is not None):
        raise ValueError("an accepted message needs its order, a dismissed one has none")
    if not actor.strip():
        raise ValueError("a review decision needs the staff member's name")
    row = ReviewDecision(
        message_id=message.id, order=order, decided_at=now_or(now), actor=actor.strip(),
        decision=decision, reason=reason,
    )  # fmt: skip
    session.add(row)
    message.state = MessageState.FILED
    if order is not None:
        message.order = order
    session.flush()
    return row
