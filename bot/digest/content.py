"""What the daily digest says, gathered from the database into a frozen ``Digest``.

``gather`` only reads (it never writes or commits) and returns language-neutral values: field
paths, check reasons and flags as stored, times in UTC. Norwegian words and display formats
(``912 345 672``, ``+47 912 34 567``, Oslo time) are the templates' business (``render``).

The sections and how each is decided:

- ready: every order in status ``ready``, oldest first, with each value the order holds, the
  subject of its first message and when that message arrived.
- waiting: every order in status ``waiting_for_vendor``: what is missing or invalid, when we
  first asked (the first outbox mail for the order) and how many reminders followed (the
  further outbox mails for it).
- attention: mail that needs review (maybe an order: staff decide with ``brreg-intake
  review``), with the reader's reasons; open orders (ready or waiting) that carry any flag
  (``low_confidence`` with the paths read too unsurely to be ready) or one of whose addresses
  bounced (``storage.replies.BouncedAddress``, not cleared); open orders where the bot
  changed a value from one non-empty value to another (the thread contradicts itself) after
  the last staff change to that order; unresolved quarantined messages; possible duplicates
  (the same applicant org number and order type, created within 30 days of each other, at
  least one of them open); replies held back by the circuit breaker since the last digest.
- health: the last successful poll (the newest mailbox checkpoint, touched by every poll), messages
  recorded and quarantined since the last digest, and a quiet warning (see ``working_hours``).
- handled: orders set to done or rejected since the last digest, by whom.
- register: per open order, what Enhetsregisteret said about each of its org numbers (the
  registered name and status, a sub-unit's parent), or that it is not checked yet
  (``storage.register``; shown beside each number).

"Since the last digest" is ``since``: the creation time of the newest digest in the outbox
from an earlier local day (so a preview or a deliberate second send on the same day shows the
same period), or 24 hours before ``now`` when there is none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import DigestConfig
from rules import lifecycle
from rules.confidence import FLAG_LOW_CONFIDENCE
from rules.fields import FieldPath, get_value
from rules.order import OrderType
from rules.register import ORG_NUMBER_PATHS, RegisterStatus
from rules.reply_policy import ReplyKind
from storage.messages import list_quarantined
from storage.models import (
    MailboxCheckpoint,
    MessageRecord,
    OrderEvent,
    OrderRecord,
    OrderStatus,
    OutboxMail,
    OutboxState,
    QuarantineRecord,
)
from storage.orders import BOT, list_orders, order_of
from storage.register import checks_of, numbers_of
from storage.replies import WITHHELD, BouncedAddress, ReplyDecision
from storage.review import list_needs_review
from storage.staff import REJECT_REASON_ACTION  # the event that keeps a rejection's reason

DIGEST_KIND = "digest"
ASKED_KIND = str(ReplyKind.REQUEST)  # the outbox kind of a reply that asks the vendor
OPEN = tuple(sorted(lifecycle.OPEN))  # rules.lifecycle says which statuses are open/closed
CLOSED = tuple(sorted(lifecycle.CLOSED))
DUPLICATE_WINDOW = timedelta(days=30)
DEFAULT_PERIOD = timedelta(hours=24)
WORKING_DAYS = frozenset({0, 1, 2, 3, 4})  # Monday to Friday
WORKING_HOURS = (time(8, 0), time(16, 0))  # local time, start inclusive, end exclusive
LAST_LINE_MAX = 200
_PATH_ORDER = {path: i for i, path in enumerate(FieldPath)}  # the order of the schema
CIRCUIT_BREAKER = "circuit-breaker"  # the reply rule's name (rules/reply_policy.py)
FLAG_ADDRESS_BOUNCED = "address_bounced"
_LOW_PATH = f"{FLAG_LOW_CONFIDENCE}:"  # one flag per unsure path (rules.confidence.flags_for)


@dataclass(frozen=True, slots=True)
class FieldValue:
    path: FieldPath
    value: str


@dataclass(frozen=True, slots=True)
class ReadyOrder:
    reference: str
    order_type: OrderType
    fields: tuple[FieldValue, ...]
    subject: str | None
    arrived_at: datetime | None


@dataclass(frozen=True, slots=True)
class Problem:
    """A missing path (``reason`` None) or an invalid value with the check's reason."""

    path: FieldPath
    reason: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class WaitingOrder:
    reference: str
    order_type: OrderType
    applicant_name: str | None
    problems: tuple[Problem, ...]
    asked_at: datetime | None
    reminders: int
    arrived_at: datetime | None


@dataclass(frozen=True, slots=True)
class FlaggedOrder:
    reference: str
    status: OrderStatus
    flags: tuple[str, ...]
    low_confidence: tuple[str, ...] = ()  # the paths read too unsurely to be ready


@dataclass(frozen=True, slots=True)
class ReviewMessage:
    """A mail waiting for staff to say whether it is an order, with the reader's reasons."""

    message_pk: int
    at: datetime
    sender: str | None
    subject: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    path: FieldPath
    old: str
    new: str
    at: datetime


@dataclass(frozen=True, slots=True)
class UnsureOrder:
    reference: str
    conflicts: tuple[Conflict, ...]


@dataclass(frozen=True, slots=True)
class QuarantinedMessage:
    quarantine_id: int
    message_pk: int
    at: datetime
    attempts: int
    last_line: str


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    org_number: str
    order_type: OrderType
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HandledOrder:
    reference: str
    status: OrderStatus
    actor: str
    at: datetime
    reason: str | None


@dataclass(frozen=True, slots=True)
class RegisterLine:
    """What Enhetsregisteret said about the org number at ``path`` (``not_checked``: not yet
    checked, or the register did not answer)."""

    path: FieldPath
    org_number: str
    status: RegisterStatus
    registered_name: str | None = None
    parent_number: str | None = None
    parent_name: str | None = None


@dataclass(frozen=True, slots=True)
class Health:
    last_poll_at: datetime | None
    last_message_at: datetime | None
    filed_since: int
    errors_since: int
    quiet_hours: float
    quiet_threshold: int

    @property
    def quiet_warning(self) -> bool:
        """Nothing recorded for ``quiet_threshold`` working hours (never before any mail)."""
        return self.last_message_at is not None and self.quiet_hours >= self.quiet_threshold


@dataclass(frozen=True, slots=True)
class Digest:
    """One day's digest, as data. Times are UTC; ``timezone`` is the staff's zone."""

    day: date
    generated_at: datetime
    since: datetime
    timezone: str
    ready: tuple[ReadyOrder, ...]
    waiting: tuple[WaitingOrder, ...]
    flagged: tuple[FlaggedOrder, ...]
    unsure: tuple[UnsureOrder, ...]
    quarantined: tuple[QuarantinedMessage, ...]
    duplicates: tuple[DuplicateGroup, ...]
    held_replies: int
    health: Health
    handled: tuple[HandledOrder, ...]
    register: Mapping[str, tuple[RegisterLine, ...]] = field(default_factory=dict)
    needs_review: tuple[ReviewMessage, ...] = ()

    @property
    def attention_count(self) -> int:
        return (
            len(self.flagged)
            + len(self.needs_review)
            + len(self.unsure)
            + len(self.quarantined)
            + len(self.duplicates)
            + (1 if self.held_replies else 0)
        )

    @property
    def is_empty(self) -> bool:
        """Nothing to do and nothing done: the short "Ingen nye bestillinger" digest."""
        return not (self.ready or self.waiting or self.attention_count or self.handled)


def gather(
    session: Session,
    config: DigestConfig,
    *,
    now: datetime | None = None,
    since: datetime | None = None,
) -> Digest:
    """Read everything the digest for the local day of ``now`` shows."""
    at = (now or datetime.now(UTC)).astimezone(UTC)
    zone = ZoneInfo(config.timezone)
    day = at.astimezone(zone).date()
    start = since if since is not None else since_last_digest(session, at, zone)
    open_orders = list_orders(session, statuses=OPEN)
    return Digest(
        day=day,
        generated_at=at,
        since=start,
        timezone=config.timezone,
        ready=tuple(_ready(r) for r in open_orders if r.status is OrderStatus.READY),
        waiting=_waiting(session, [r for r in open_orders if r.status is not OrderStatus.READY]),
        flagged=_flagged(session, open_orders),
        unsure=_unsure(open_orders),
        quarantined=tuple(_quarantined(row) for row in list_quarantined(session)),
        duplicates=_duplicates(session, at),
        held_replies=replies_held_by_circuit_breaker(session, start),
        health=_health(session, start, at, zone, config.quiet_warning_hours),
        handled=_handled(session, start),
        register=register_lines(session, open_orders),
        needs_review=tuple(_review(m) for m in list_needs_review(session)),
    )


def register_lines(
    session: Session, records: Sequence[OrderRecord]
) -> dict[str, tuple[RegisterLine, ...]]:
    """Per order reference, a line for each org number the register was (or is to be) asked
    about: the applied check when it is of the number the order holds now."""
    checks = checks_of(session, [r.id for r in records])
    result = {}
    for record in records:
        applied = {c.path: c for c in checks.get(record.id, [])}
        lines = []
        for number in numbers_of(record, ORG_NUMBER_PATHS):
            check = applied.get(number.path.value)
            if check is None or check.org_number != number.org_number:
                unchecked = RegisterLine(number.path, number.org_number, RegisterStatus.NOT_CHECKED)
                lines.append(unchecked)
                continue
            lines.append(RegisterLine(
                number.path, number.org_number, check.status, check.registered_name,
                check.parent_number, check.parent_name,
            ))  # fmt: skip
        if lines:
            result[record.reference] = tuple(lines)
    return result


def since_last_digest(session: Session, now: datetime, zone: ZoneInfo) -> datetime:
    """When the newest digest of an earlier local day was queued, else 24 hours ago."""
    local_midnight = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
    last = session.scalar(
        select(func.max(OutboxMail.created_at)).where(
            OutboxMail.kind == DIGEST_KIND, OutboxMail.created_at < local_midnight
        )
    )
    return last if last is not None else now - DEFAULT_PERIOD


def replies_held_by_circuit_breaker(session: Session, since: datetime) -> int:
    """Replies withheld by the circuit breaker (reply decisions with reason
    ``circuit-breaker``) since ``since``."""
    query = select(func.count(ReplyDecision.id)).where(
        ReplyDecision.decision == WITHHELD,
        ReplyDecision.reason == CIRCUIT_BREAKER,
        ReplyDecision.decided_at >= since,
    )
    return session.scalar(query) or 0


def _flagged(session: Session, records: Sequence[OrderRecord]) -> tuple[FlaggedOrder, ...]:
    """Open orders with flags, plus ``address_bounced`` when one of the order's addresses is
    flagged as bounced (and not cleared by staff)."""
    bounced = set(
        session.scalars(select(BouncedAddress.address).where(BouncedAddress.cleared_at.is_(None)))
    )
    result = []
    for record in records:
        flags = {f for f in record.flags if not f.startswith(_LOW_PATH)}
        low = tuple(sorted(f[len(_LOW_PATH) :] for f in record.flags if f.startswith(_LOW_PATH)))
        if bounced and bounced & _addresses(record):
            flags.add(FLAG_ADDRESS_BOUNCED)
        if flags:
            result.append(
                FlaggedOrder(record.reference, record.status, tuple(sorted(flags)), low)
            )
    return tuple(result)


def _review(message: MessageRecord) -> ReviewMessage:
    """A needs-review message as the digest shows it: its reasons as the reader gave them."""
    reasons = (message.extraction or {}).get("review_reasons") or []
    return ReviewMessage(
        message.id, message.received_at or message.created_at, message.sender,
        message.subject, tuple(str(r) for r in reasons),
    )  # fmt: skip


def _addresses(record: OrderRecord) -> set[str]:
    order = order_of(record)
    contacts = (order.applicant.contact, order.customer.contact, order.production_contact)
    found = {c.email.lower() for c in contacts if c.email}
    return found | {m.sender for m in record.messages if m.sender}


def _first_message(record: OrderRecord) -> MessageRecord | None:
    return record.messages[0] if record.messages else None


def _arrived(message: MessageRecord | None) -> datetime | None:
    if message is None:
        return None
    return message.received_at or message.created_at


def _ready(record: OrderRecord) -> ReadyOrder:
    order = order_of(record)
    fields = tuple(
        FieldValue(path, value)
        for path in FieldPath
        if path is not FieldPath.ORDER_TYPE and (value := get_value(order, path)) is not None
    )
    first = _first_message(record)
    return ReadyOrder(
        reference=record.reference,
        order_type=record.order_type,
        fields=fields,
        subject=first.subject if first else None,
        arrived_at=_arrived(first),
    )


def _waiting(session: Session, records: Sequence[OrderRecord]) -> tuple[WaitingOrder, ...]:
    asked: dict[int, list[datetime]] = defaultdict(list)
    if records:
        rows = session.execute(
            select(OutboxMail.order_id, OutboxMail.created_at)
            .where(
                OutboxMail.order_id.in_([r.id for r in records]),
                OutboxMail.kind == ASKED_KIND,  # a receipt or production answer asks nothing
                OutboxMail.state != OutboxState.CANCELLED,  # withdrawn: never asked
            )
            .order_by(OutboxMail.created_at, OutboxMail.id)
        )
        for order_id, created_at in rows:
            if order_id is not None:
                asked[order_id].append(created_at)
    result = []
    for record in records:
        order = order_of(record)
        problems = [Problem(FieldPath(p)) for p in record.missing]
        problems += [
            Problem(FieldPath(p), reason, get_value(order, FieldPath(p)))
            for p, reason in record.invalid.items()
        ]
        problems.sort(key=lambda problem: _PATH_ORDER[problem.path])
        sent = asked.get(record.id, [])
        result.append(
            WaitingOrder(
                reference=record.reference,
                order_type=record.order_type,
                applicant_name=order.applicant.name,
                problems=tuple(problems),
                asked_at=sent[0] if sent else None,
                reminders=max(len(sent) - 1, 0),
                arrived_at=_arrived(_first_message(record)),
            )
        )
    return tuple(result)


def _unsure(records: Sequence[OrderRecord]) -> tuple[UnsureOrder, ...]:
    """Open orders whose thread contradicted itself after staff last touched them."""
    result = []
    for record in records:
        last_staff = max((e.id for e in record.events if e.actor != BOT), default=0)
        conflicts = tuple(
            Conflict(FieldPath(e.field_path), e.old_value, e.new_value, e.at)
            for e in record.events
            if e.action == "field_changed"
            and e.actor == BOT
            and e.id > last_staff
            and e.field_path is not None
            and e.field_path != FieldPath.ORDER_TYPE
            and e.old_value
            and e.new_value
            and e.old_value != e.new_value
        )
        if conflicts:
            result.append(UnsureOrder(record.reference, conflicts))
    return tuple(result)


def _quarantined(row: QuarantineRecord) -> QuarantinedMessage:
    lines = [line for line in row.traceback.strip().splitlines() if line.strip()]
    last = lines[-1].strip() if lines else ""
    if len(last) > LAST_LINE_MAX:
        last = last[: LAST_LINE_MAX - 1] + "…"
    return QuarantinedMessage(row.id, row.message_id, row.created_at, row.attempts, last)


def _duplicates(session: Session, now: datetime) -> tuple[DuplicateGroup, ...]:
    """Groups of orders with the same applicant org number and type, each created within
    ``DUPLICATE_WINDOW`` of another in the group, at least one of them open."""
    recent = now - 2 * DUPLICATE_WINDOW
    records = session.scalars(
        select(OrderRecord)
        .where(
            OrderRecord.status != OrderStatus.NOT_AN_ORDER,
            (OrderRecord.created_at >= recent) | OrderRecord.status.in_(OPEN),
        )
        .order_by(OrderRecord.created_at, OrderRecord.id)
    ).all()
    by_key: dict[tuple[str, OrderType], list[OrderRecord]] = defaultdict(list)
    for record in records:
        org = (record.order.get("applicant") or {}).get("org_number")
        if org:
            by_key[(org, record.order_type)].append(record)
    groups = []
    for (org, order_type), members in sorted(by_key.items(), key=lambda kv: kv[1][0].id):
        for cluster in _clusters(members):
            if len(cluster) > 1 and any(r.status in OPEN for r in cluster):
                groups.append(DuplicateGroup(org, order_type, tuple(r.reference for r in cluster)))
    return tuple(groups)


def _clusters(records: Iterable[OrderRecord]) -> list[list[OrderRecord]]:
    """Split records (oldest first) where two neighbours lie more than the window apart."""
    clusters: list[list[OrderRecord]] = []
    for record in records:
        if clusters and record.created_at - clusters[-1][-1].created_at <= DUPLICATE_WINDOW:
            clusters[-1].append(record)
        else:
            clusters.append([record])
    return clusters


def _health(
    session: Session, since: datetime, now: datetime, zone: ZoneInfo, threshold: int
) -> Health:
    last_message = session.scalar(select(func.max(MessageRecord.created_at)))
    return Health(
        last_poll_at=session.scalar(select(func.max(MailboxCheckpoint.updated_at))),
        last_message_at=last_message,
        filed_since=session.scalar(
            select(func.count()).select_from(MessageRecord).where(MessageRecord.created_at >= since)
        )
        or 0,
        errors_since=session.scalar(
            select(func.count())
            .select_from(QuarantineRecord)
            .where(QuarantineRecord.created_at >= since)
        )
        or 0,
        quiet_hours=working_hours(last_message, now, zone) if last_message else 0.0,
        quiet_threshold=threshold,
    )


def working_hours(start: datetime, end: datetime, zone: ZoneInfo) -> float:
    """Working hours between two instants: the overlap with Monday to Friday 08:00-16:00 in
    ``zone`` (local wall-clock time, so a working day is 8 hours also on DST change days;
    public holidays count as working days)."""
    if end <= start:
        return 0.0
    total = timedelta(0)
    day = start.astimezone(zone).date()
    last_day = end.astimezone(zone).date()
    while day <= last_day:
        if day.weekday() in WORKING_DAYS:
            opens = datetime.combine(day, WORKING_HOURS[0], tzinfo=zone)
            closes = datetime.combine(day, WORKING_HOURS[1], tzinfo=zone)
            overlap = min(closes, end) - max(opens, start)
            if overlap > timedelta(0):
                total += overlap
        day += timedelta(days=1)
    return total.total_seconds() / 3600


def _handled(session: Session, since: datetime) -> tuple[HandledOrder, ...]:
    events = session.scalars(
        select(OrderEvent)
        .where(
            OrderEvent.action == "status_changed",
            OrderEvent.new_value.in_([str(s) for s in CLOSED]),
            OrderEvent.at >= since,
        )
        .order_by(OrderEvent.at, OrderEvent.id)
    ).all()
    reasons = {
        (e.order_id, e.at): e.new_value
        for e in session.scalars(
            select(OrderEvent).where(
                OrderEvent.action == REJECT_REASON_ACTION, OrderEvent.at >= since
            )
        )
    }
    return tuple(
        HandledOrder(
            reference=e.order.reference,
            status=e.order.status,
            actor=e.actor,
            at=e.at,
            reason=reasons.get((e.order_id, e.at)),
        )
        for e in events
        if str(e.order.status) == e.new_value  # still so: not reopened since
    )
