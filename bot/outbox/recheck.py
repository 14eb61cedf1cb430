"""Before the outbox sends, each pending reply is checked again against its order.

A reply was planned from the order as it was then; staff may since have set a field, marked
the order done or rejected it, or the vendor may have sent what was missing. A pending reply
(``reply`` or ``receipt``) is withdrawn (``storage.staff.cancel_mail``: state ``cancelled``,
``last_error`` and an order event ``reply_withdrawn`` saying why) when its order

- is closed (done or rejected: ``rules.lifecycle``) or no order at all: ``order-closed``;
- asks, or no longer asks, for other fields than the reply is about (``OutboxMail.about``
  against the order's current missing and invalid paths): ``order-changed``.

Where the order still lacks something, a new request is planned from its current state
(``bot.replies.plan.replan_request``). A row planned before ``about`` was kept (NULL) is only
checked for a closed order. Runs in the caller's transaction, before the claim
(``bot.jobs.outbox`` and ``brreg-intake outbox send``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.replies.plan import ReplySettings, replan_request
from rules import lifecycle
from rules.evaluate import Evaluation, evaluate
from rules.reply_policy import ReplyKind
from storage.models import OrderRecord, OutboxMail, OutboxState
from storage.orders import BOT, order_of
from storage.staff import cancel_mail
from storage.types import utcnow

log = logging.getLogger(__name__)

ORDER_CLOSED = "order-closed"
ORDER_CHANGED = "order-changed"
_REPLY_KINDS = (str(ReplyKind.REQUEST), str(ReplyKind.RECEIPT))


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """One withdrawn reply: its outbox id, why, and the id of the new one (None: none)."""

    outbox_id: int
    reason: str
    replaced_by: int | None


def stale_reason(mail: OutboxMail, order: OrderRecord, checked: Evaluation) -> str | None:
    """Why ``mail`` no longer fits ``order`` (``checked``: its current evaluation), or None."""
    if not lifecycle.is_open(order.status):
        return ORDER_CLOSED
    if mail.about is None:
        return None
    now_about = sorted({*checked.missing_paths(), *checked.invalid_paths()})
    return ORDER_CHANGED if now_about != sorted(mail.about) else None


def withdraw_stale_replies(
    session: Session, settings: ReplySettings, *, now: datetime | None = None
) -> list[Withdrawn]:
    """Withdraw every pending reply that no longer fits its order, planning a new request
    where something is still missing. Never commits."""
    at = now or utcnow()
    query = select(OutboxMail).where(
        OutboxMail.state == OutboxState.PENDING,
        OutboxMail.order_id.is_not(None),
        OutboxMail.kind.in_(_REPLY_KINDS),
    )
    done: list[Withdrawn] = []
    for mail in session.scalars(query.order_by(OutboxMail.id)).all():
        order = mail.order
        if order is None:
            continue
        checked = evaluate(order_of(order))
        reason = stale_reason(mail, order, checked)
        if reason is None:
            continue
        cancel_mail(session, mail, BOT, reason, now=at, bot=True)
        replaced: OutboxMail | None = None
        if lifecycle.is_open(order.status) and not checked.complete:
            replaced = replan_request(session, mail, order, checked, settings, now=at)
        log.info("outbox %s (%s): withdrawn, %s", mail.id, order.reference, reason)
        done.append(Withdrawn(mail.id, reason, replaced.id if replaced else None))
    return done
