"""Planning the automatic reply to one filed message, in the intake's transaction.

``plan_reply`` gathers the facts (the message's headers and screening hits, the order, the
counts of earlier replies, whether the sender bounced), lets ``rules.reply_policy.decide``
judge them, and records the decision (``storage.replies.record_decision``). When the decision
is to send, the reply is rendered in the sender's language and queued with
``storage.outbox.add_outbox`` in the same transaction as the order, so that a rolled-back
message never leaves a reply behind and a committed one never loses it.

Our replies carry ``Auto-Submitted: auto-replied`` and ``X-Auto-Response-Suppress: All``
(RFC 3834; Exchange), thread back with ``In-Reply-To``/``References``, and get a Message-ID of
our domain, ``<rrh-2026-0042-<n>.<random>@brreg.no>``, which intake recognises both as a
thread (an answer to it joins the order) and as our own mail (it is never answered).
"""

from __future__ import annotations

import logging
import secrets
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import Config, IntakeConfig, RepliesConfig
from bot.replies.language import detect_language
from bot.replies.render import render_body, reply_subject
from parsers.classify import REASON_PRODUCTION
from parsers.extract import Extraction
from parsers.letter import Letter
from rules import lifecycle
from rules.evaluate import Evaluation, evaluate
from rules.headers import message_ids
from rules.identity import Identity
from rules.order import OrderType
from rules.reply_policy import ReplyFacts, ReplyKind, circuit_breaker_tripped_by, decide
from storage.models import (
    MessageRecord,
    MessageState,
    OrderEvent,
    OrderRecord,
    OutboxMail,
)
from storage.orders import order_of
from storage.outbox import add_outbox
from storage.replies import (
    SENT,
    WITHHELD,
    ReplyDecision,
    is_address_bounced,
    record_decision,
    replies_since,
    replies_to_order_since,
    replies_to_sender_since,
)
from storage.types import utcnow

log = logging.getLogger(__name__)

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
MAX_REFERENCES = 20  # Message-IDs kept in References: the first and the newest
NEEDS_REVIEW = "needs-review"  # the withholding reason for mail that waits for staff
_CHANGES = ("created", "field_changed")


@dataclass(frozen=True, slots=True)
class ReplySettings:
    """What the reply planner needs from the configuration (defaults: the embedded ones)."""

    our_address: str = IntakeConfig.our_address
    other_addresses: tuple[str, ...] = ()
    grace_period_hours: int = RepliesConfig.grace_period_hours
    daily_cap_per_sender: int = RepliesConfig.daily_cap_per_sender
    hourly_circuit_breaker: int = RepliesConfig.hourly_circuit_breaker

    @classmethod
    def from_config(cls, config: Config) -> ReplySettings:
        return cls(
            our_address=config.intake.our_address,
            other_addresses=config.intake.other_addresses,
            grace_period_hours=config.replies.grace_period_hours,
            daily_cap_per_sender=config.replies.daily_cap_per_sender,
            hourly_circuit_breaker=config.replies.hourly_circuit_breaker,
        )

    @property
    def identity(self) -> Identity:
        """Who we are (``intake.our_address`` and ``intake.other_addresses``)."""
        return IntakeConfig(self.our_address, self.other_addresses).identity

    @property
    def domain(self) -> str:
        """The domain of our Message-IDs: that of ``our_address``."""
        return self.our_address.rsplit("@", 1)[-1].strip().lower()


def plan_reply(
    session: Session,
    *,
    message: MessageRecord,
    order: OrderRecord | None,
    letter: Letter,
    extraction: Extraction,
    config: ReplySettings | None = None,
    now: datetime | None = None,
    new_order: bool = False,
    checked: Evaluation | None = None,
) -> ReplyDecision:
    """Decide whether to answer ``message`` (filed to ``order``, or to none), record the
    decision and, when sending, queue the reply. Never commits. Returns the decision row;
    ``outbox_id`` names the queued reply when ``decision`` is 'sent'.

    ``new_order`` says that ``message`` created ``order`` in this transaction: what the
    database would say about it is known (changed by this message, nothing sent for it yet)
    and not asked; ``checked``, when given, is the evaluation of ``order``'s stored order
    (the caller made it), else it is evaluated here. The circuit breaker's count of the last
    hour is asked once per transaction and then counted on in memory
    (``_replies_last_hour``)."""
    settings = config or ReplySettings()
    at = now if now is not None else utcnow()
    if message.state is MessageState.NEEDS_REVIEW:
        # Maybe an order, maybe not: a person decides first (``brreg-intake review``), and
        # the vendor hears from us only once it is filed as an order.
        log.info("%s: no reply (%s)", _named(message, order), NEEDS_REVIEW)
        return record_decision(
            session, message=message, order=order, decision=WITHHELD, reason=NEEDS_REVIEW,
            now=at, flush=not new_order,
        )  # fmt: skip
    if order is not None and checked is None:
        checked = evaluate(order_of(order))
    kind = reply_kind(order, extraction, checked)
    facts = gather_facts(
        session, message, order, letter, extraction, kind, settings, at, new_order=new_order
    )
    verdict = decide(facts)
    # A new order's rows wait for the next flush together (the intake's hot path); the ids
    # of rows added here are then set at that flush.
    flush = not new_order
    if not verdict.send or kind is None:
        log.info("%s: no reply (%s)", _named(message, order), verdict.reason)
        return record_decision(
            session, message=message, order=order, decision=WITHHELD, reason=verdict.reason,
            now=at, flush=flush,
        )  # fmt: skip
    mail = _queue(session, kind, order, letter, settings, at, checked, new_order=new_order)
    log.info("%s: %s queued", _named(message, order), kind)
    decision = record_decision(
        session, message=message, order=order, decision=SENT, reason=str(kind), outbox=mail,
        now=at, flush=flush,
    )  # fmt: skip
    _count_reply(session)
    return decision


def _named(message: MessageRecord, order: OrderRecord | None) -> str:
    """How the log names the message: its order's reference, else its id, else its UID (a
    message filed in a group has no id before the group's flush). No mail content."""
    if order is not None:
        return order.reference
    if message.id is not None:
        return f"message {message.id}"
    return f"message at UID {message.uid}" if message.uid is not None else "a new message"


def reply_kind(
    order: OrderRecord | None, extraction: Extraction, checked: Evaluation | None = None
) -> ReplyKind | None:
    """What we would say: a request for what is missing, a receipt for a complete order, the
    production answer to a production request without an order, or nothing (None).
    ``checked``: the evaluation of ``order``'s stored order (None: evaluated here)."""
    if order is None:
        return ReplyKind.PRODUCTION if REASON_PRODUCTION in extraction.reasons else None
    if order.order_type is OrderType.NOT_AN_ORDER:
        return None
    complete = (checked or evaluate(order_of(order))).complete
    return ReplyKind.RECEIPT if complete else ReplyKind.REQUEST


def gather_facts(
    session: Session,
    message: MessageRecord,
    order: OrderRecord | None,
    letter: Letter,
    extraction: Extraction,
    kind: ReplyKind | None,
    settings: ReplySettings,
    at: datetime,
    *,
    new_order: bool = False,
) -> ReplyFacts:
    """The facts the reply policy judges, read from the letter and the database.

    ``new_order``: ``message`` created ``order`` just now, so it changed it, and no reply
    (receipt or other) was queued for it before; those are not asked of the database."""
    sender = letter.sender.address.strip().lower() if letter.sender else None
    grace = timedelta(hours=settings.grace_period_hours)
    known = order is not None and new_order
    in_grace = 0
    if order is not None and not known:
        # The questions about an older order count rows that may still be pending in a
        # session without autoflush (the poll's group): send them first.
        session.flush()
    if order is not None and not known and grace > timedelta(0):
        in_grace = replies_to_order_since(session, order.id, at - grace)
    # For a new order the questions below are about other messages' replies and addresses,
    # already flushed; this message's own rows need not be flushed just to ask them.
    with session.no_autoflush if known else nullcontext():
        bounced = bool(sender) and is_address_bounced(session, sender or "")
        to_sender = replies_to_sender_since(session, sender, at - DAY) if sender else 0
        last_hour = _replies_last_hour(session, at)
    return ReplyFacts(
        sender=sender,
        message_id=letter.message_id,
        kind=kind,
        screening=extraction.screening,
        headers=letter.headers,
        identity=settings.identity,
        sender_bounced=bounced,
        has_order=order is not None,
        order_closed=order is not None and lifecycle.is_closed(order.status),
        changed_order=order is None or known or _changed_by(session, order, message),
        replied_to_order=(
            order is not None and not known and replies_to_order_since(session, order.id, None) > 0
        ),
        replies_to_order_in_grace=in_grace,
        receipt_sent_before=order is not None and not known and _receipt_sent(session, order),
        replies_to_sender_today=to_sender,
        replies_last_hour=last_hour,
        daily_cap_per_sender=settings.daily_cap_per_sender,
        hourly_circuit_breaker=settings.hourly_circuit_breaker,
    )


def circuit_breaker_tripped(session: Session, now: datetime, threshold: int) -> bool:
    """True when the replies queued in the hour before ``now`` reached ``threshold``: the
    planner then withholds every reply ('circuit-breaker'). For the digest."""
    return circuit_breaker_tripped_by(replies_since(session, now - HOUR), threshold)


_HOURLY = "brreg_intake.replies_last_hour"  # session.info key of the cached count
_HOURLY_REUSE = timedelta(minutes=5)  # how long one count of the last hour is counted on


def _replies_last_hour(session: Session, at: datetime) -> int:
    """Replies queued in the hour before ``at``: counted in the database once per
    transaction (and again after ``_HOURLY_REUSE``, or when ``at`` goes back in time), then
    kept in ``session.info`` and raised by ``_count_reply`` for each reply this transaction
    queues. The kept count is never below the true one (replies older than an hour are not
    taken off until the next count), so the breaker trips at its threshold within a batch and
    never later; at worst a few minutes early."""
    transaction = session.get_transaction()
    cached = session.info.get(_HOURLY)
    if cached is not None:
        owner, anchor, count = cached
        if owner is transaction and anchor <= at < anchor + _HOURLY_REUSE:
            return int(count)
    count = replies_since(session, at - HOUR)
    session.info[_HOURLY] = (transaction, at, count)
    return count


def _count_reply(session: Session) -> None:
    """One more reply queued in this transaction: raise the kept hourly count."""
    cached = session.info.get(_HOURLY)
    if cached is not None and cached[0] is session.get_transaction():
        owner, anchor, count = cached
        session.info[_HOURLY] = (owner, anchor, count + 1)


def _receipt_sent(session: Session, order: OrderRecord) -> bool:
    query = select(func.count(ReplyDecision.id)).where(
        ReplyDecision.order_id == order.id,
        ReplyDecision.decision == SENT,
        ReplyDecision.reason == str(ReplyKind.RECEIPT),
    )
    return bool(session.scalar(query))


def _changed_by(session: Session, order: OrderRecord, message: MessageRecord) -> bool:
    """True when ``message`` created ``order`` or changed one of its fields."""
    query = select(func.count(OrderEvent.id)).where(
        OrderEvent.order_id == order.id,
        OrderEvent.source_message_id == message.id,
        OrderEvent.action.in_(_CHANGES),
    )
    return bool(session.scalar(query))


def _queue(
    session: Session,
    kind: ReplyKind,
    order: OrderRecord | None,
    letter: Letter,
    settings: ReplySettings,
    at: datetime,
    checked: Evaluation | None,
    *,
    new_order: bool = False,
) -> OutboxMail:
    if letter.sender is None:  # the policy withholds first ('no-sender'); a guard for mypy
        raise ValueError("a reply needs the sender's address")
    language = detect_language(letter.main_text or letter.text)
    reference = order.reference if order is not None else None
    stored = order_of(order) if order is not None else None
    body = render_body(
        kind,
        language,
        reference=reference,
        order=stored,
        checked=checked,
    )
    return add_outbox(
        session,
        kind=str(kind),
        order=order,
        recipients=[letter.sender.address],
        subject=reply_subject(letter.subject, reference, language),
        body=body,
        message_id=new_message_id(session, order, settings.domain, first=new_order),
        headers=reply_headers(letter),
        now=at,
        flush=not new_order,
        about=reply_about(kind, checked),
    )


def reply_about(kind: ReplyKind, checked: Evaluation | None) -> list[str] | None:
    """What a reply of ``kind`` is about, kept on its outbox row: the field paths it asks for
    (missing or invalid; none for a receipt, which says the order is complete), None for a
    reply about no order. The outbox's re-check compares it with the order's current state."""
    if checked is None or kind is ReplyKind.PRODUCTION:
        return None
    return sorted({*checked.missing_paths(), *checked.invalid_paths()})


def replan_request(
    session: Session,
    withdrawn: OutboxMail,
    order: OrderRecord,
    checked: Evaluation,
    settings: ReplySettings,
    *,
    now: datetime | None = None,
) -> OutboxMail:
    """A new request, from ``order``'s current state, in place of ``withdrawn`` (a pending
    reply that no longer matches the order): same recipients, subject, threading headers and
    language, a new Message-ID. Never commits."""
    language = detect_language(withdrawn.body)
    body = render_body(
        ReplyKind.REQUEST, language, reference=order.reference, order=order_of(order),
        checked=checked,
    )  # fmt: skip
    return add_outbox(
        session,
        kind=str(ReplyKind.REQUEST),
        order=order,
        recipients=withdrawn.recipients,
        subject=withdrawn.subject,
        body=body,
        message_id=new_message_id(session, order, settings.domain),
        headers=withdrawn.headers,
        now=now,
        about=reply_about(ReplyKind.REQUEST, checked),
    )


def new_message_id(
    session: Session, order: OrderRecord | None, domain: str, *, first: bool = False
) -> str:
    """``<rrh-2026-0042-<n>.<random>@domain>``, n being this order's count of outgoing mail
    plus one; ``<rrh-<random>@domain>`` for a mail that belongs to no order. ``first``: the
    order has no outgoing mail yet (it was created in this transaction), n is 1."""
    token = secrets.token_hex(8)
    if order is None:
        return f"<rrh-{token}@{domain}>"
    if first:
        return f"<{order.reference.lower()}-1.{token}@{domain}>"
    sent = session.scalar(select(func.count(OutboxMail.id)).where(OutboxMail.order_id == order.id))
    return f"<{order.reference.lower()}-{(sent or 0) + 1}.{token}@{domain}>"


def reply_headers(letter: Letter) -> dict[str, str]:
    """The extra headers of a reply to ``letter``: In-Reply-To (their Message-ID) and
    References (their References and their Message-ID, well-formed msg-ids only, the first and
    the newest when there are many: ``rules.headers.message_ids``), and the RFC 3834 /
    Exchange markers that keep other robots from answering us."""
    headers = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
    theirs = message_ids(letter.message_id or "", keep=1)
    chain = message_ids(" ".join([*letter.references, *theirs]), keep=MAX_REFERENCES)
    if theirs:
        headers["In-Reply-To"] = theirs[0]
    if chain:
        headers["References"] = " ".join(chain)
    return headers
