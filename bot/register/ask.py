"""Asking the vendor about an org number the register does not know (or has deleted or
removed): the ordinary request reply (``reply`` template, what is missing or invalid), queued
in the check job's transaction for the order, under the same reply rules as the intake's.

The reply answers the vendor's latest message of the order. A rule that may pass later (the
grace period after our last reply, the sender's daily cap, the circuit breaker) leaves the
question due for the next run; a rule that never will (a robot sender, a closed order, a
bounced address) settles it without a reply and records that decision.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from types import MappingProxyType

from sqlalchemy.orm import Session

from bot.replies import ReplySettings
from bot.replies.language import detect_language
from bot.replies.plan import new_message_id, reply_headers
from bot.replies.render import render_body, reply_subject
from parsers.mime import read_letter
from rules import lifecycle
from rules.evaluate import Evaluation
from rules.fields import FieldPath
from rules.reply_policy import ReplyFacts, ReplyKind, decide
from storage.models import MessageRecord, MessageState, OrderRecord
from storage.orders import order_of
from storage.outbox import add_outbox
from storage.register import mark_asked
from storage.replies import (
    SENT,
    WITHHELD,
    is_address_bounced,
    record_decision,
    replies_since,
    replies_to_order_since,
    replies_to_sender_since,
)

log = logging.getLogger(__name__)

LATER = frozenset({"grace-period", "daily-cap", "circuit-breaker"})  # rules that may pass


def ask_vendor(
    session: Session, record: OrderRecord, settings: ReplySettings, now: datetime
) -> str:
    """Queue the request reply for ``record`` unless a reply rule withholds it; returns the
    decision's reason ('reply' when queued). Never commits."""
    message = _latest_from_vendor(record)
    if message is None:
        mark_asked(session, record.id, asked=False, now=now)
        return "no-sender"
    letter = read_letter(message.raw)
    verdict = decide(_facts(session, record, message, letter.headers, settings, now))
    if not verdict.send:
        if verdict.reason not in LATER:
            record_decision(session, message=message, order=record, decision=WITHHELD,
                            reason=verdict.reason, now=now)  # fmt: skip
            mark_asked(session, record.id, asked=False, now=now)
        log.info("%s: register question withheld (%s)", record.reference, verdict.reason)
        return verdict.reason
    language = detect_language(letter.main_text or letter.text)
    checked = Evaluation(
        missing=tuple(FieldPath(p) for p in record.missing),
        invalid=MappingProxyType({FieldPath(p): r for p, r in record.invalid.items()}),
    )
    mail = add_outbox(
        session,
        kind=str(ReplyKind.REQUEST),
        order=record,
        recipients=[message.sender or ""],
        subject=reply_subject(letter.subject, record.reference, language),
        body=render_body(
            ReplyKind.REQUEST, language, reference=record.reference, order=order_of(record),
            checked=checked,
        ),
        message_id=new_message_id(session, record, settings.domain),
        headers=reply_headers(letter),
        now=now,
    )
    record_decision(session, message=message, order=record, decision=SENT,
                    reason=str(ReplyKind.REQUEST), outbox=mail, now=now)  # fmt: skip
    mark_asked(session, record.id, asked=True, now=now)
    log.info("%s: the vendor is asked about a number the register rejects", record.reference)
    return str(ReplyKind.REQUEST)


def _latest_from_vendor(record: OrderRecord) -> MessageRecord | None:
    filed = [m for m in record.messages if m.state is MessageState.FILED and m.sender]
    return filed[-1] if filed else None


def _facts(
    session: Session,
    record: OrderRecord,
    message: MessageRecord,
    headers: Mapping[str, str],
    settings: ReplySettings,
    now: datetime,
) -> ReplyFacts:
    sender = (message.sender or "").strip().lower()
    grace = timedelta(hours=settings.grace_period_hours)
    return ReplyFacts(
        sender=sender,
        message_id=message.message_id,
        kind=ReplyKind.REQUEST,
        screening=tuple(message.screening_hits),
        headers=headers,
        identity=settings.identity,
        sender_bounced=bool(sender) and is_address_bounced(session, sender),
        has_order=True,
        order_closed=lifecycle.is_closed(record.status),
        changed_order=True,  # the register's answer changed it
        replied_to_order=replies_to_order_since(session, record.id, None) > 0,
        replies_to_order_in_grace=(
            replies_to_order_since(session, record.id, now - grace) if grace else 0
        ),
        replies_to_sender_today=replies_to_sender_since(session, sender, now - timedelta(days=1)),
        replies_last_hour=replies_since(session, now - timedelta(hours=1)),
        daily_cap_per_sender=settings.daily_cap_per_sender,
        hourly_circuit_breaker=settings.hourly_circuit_breaker,
    )

