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
from collections import defaultdict
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
    """Withdraw every pending reply that no longer fits its order and, per order, plan one
    new request where something is still missing and no other pending reply fits (the intake
    may have queued one already, answering the vendor's latest mail). Never commits."""
    at = now or utcnow()
    query = select(OutboxMail).where(
        OutboxMail.state == OutboxState.PENDING,
        OutboxMail.order_id.is_not(None),
        OutboxMail.kind.in_(_REPLY_KINDS),
    )
    by_order: dict[int, list[OutboxMail]] = defaultdict(list)
    for mail in session.scalars(query.order_by(OutboxMail.id)).all():
        if mail.order_id is not None:
            by_order[mail.order_id].append(mail)
    done: list[Withdrawn] = []
    for mails in by_order.values():
        done += _recheck_order(session, mails, settings, at)
    return done


def _recheck_order(
    session: Session, mails: list[OutboxMail], settings: ReplySettings, at: datetime
) -> list[Withdrawn]:
    order = mails[0].order
    if order is None:
        return []
    checked = evaluate(order_of(order))
    stale = [(m, r) for m in mails if (r := stale_reason(m, order, checked)) is not None]
    if not stale:
        return []
    for mail, reason in stale:
        cancel_mail(session, mail, BOT, reason, now=at, bot=True)
        log.info("outbox %s (%s): withdrawn, %s", mail.id, order.reference, reason)
    fitting = len(stale) < len(mails)
    replaced: OutboxMail | None = None
    if lifecycle.is_open(order.status) and not checked.complete and not fitting:
        replaced = replan_request(session, stale[-1][0], order, checked, settings, now=at)
    new_id = replaced.id if replaced else None
    return [Withdrawn(mail.id, reason, new_id) for mail, reason in stale]
