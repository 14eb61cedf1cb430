"""What staff do to an order (mark it done, reject it, reopen it, set one field) and to a
pending reply (hold, release, cancel).

For the CLI (``brreg-intake orders done|reject|reopen|set``) and the review page alike. Each
function takes the caller's Session (never commits), checks the move with ``rules.lifecycle``,
writes the change as events under the staff member's name (``by``) and returns the record. A
move that is not allowed, an unknown reference or a value failing its check raises
``StaffActionError`` with a one-line reason; nothing is changed then.

``by`` is trusted to have been checked by the caller (``rules.text_safety.staff_text_problem``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from rules import lifecycle
from rules.checks import (
    email_problem,
    normalize_email,
    normalize_org_number,
    normalize_phone,
    org_number_problem,
    phone_problem,
)
from rules.evaluate import Evaluation, evaluate
from rules.fields import FieldPath, get_value, set_value
from rules.lifecycle import Actor, OrderStatus
from rules.order import LegalBasis, OrderType
from storage._sql import now_or
from storage.models import OrderEvent, OrderRecord, OutboxMail, OutboxState
from storage.orders import BOT, find_order_by_reference, order_of, update_order

REJECT_REASON_ACTION = "reject_reason"  # read by bot.digest.content (same name there)
REOPEN_ACTION = "reopened"


class StaffActionError(ValueError):
    """A staff action that cannot be done as asked; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """What ``set_field`` did: the events written (none: the value was already so), the
    value's check problem stored despite ``force`` (None: it passed), the new evaluation."""

    record: OrderRecord
    events: tuple[OrderEvent, ...]
    problem: str | None
    checked: Evaluation


def order_for(session: Session, reference: str) -> OrderRecord:
    """The order with ``reference``; StaffActionError when there is none."""
    record = find_order_by_reference(session, reference)
    if record is None:
        raise StaffActionError(f"no order {reference.strip()!r}")
    return record


def _actor(by: str) -> str:
    name = by.strip()
    if not name or name.lower() == BOT:
        raise StaffActionError("a staff action needs the staff member's name (not the bot's)")
    return name


def _move(record: OrderRecord, end: OrderStatus) -> None:
    if record.status == end or not lifecycle.may_move(record.status, end, Actor.STAFF):
        raise StaffActionError(f"{record.reference} is {record.status}: it cannot become {end}")


def mark_done(
    session: Session, record: OrderRecord, by: str, *, force: bool = False,
    now: datetime | None = None,
) -> OrderRecord:  # fmt: skip
    """Mark an open order as set up in TT02. One that still lacks something needs ``force``."""
    name = _actor(by)
    _move(record, OrderStatus.DONE)
    if record.status is not OrderStatus.READY and not force:
        lacking = [*record.missing, *record.invalid]
        what = f"it still lacks {', '.join(lacking)}" if lacking else f"it is {record.status}"
        raise StaffActionError(f"{record.reference}: {what} (force to mark it done anyway)")
    update_order(session, record, status=OrderStatus.DONE, actor=name, now=now)
    return record


def reject(
    session: Session, record: OrderRecord, by: str, reason: str, *, now: datetime | None = None
) -> OrderRecord:
    """Reject an open order; ``reason`` (whitespace collapsed, required) is logged with it."""
    name, why = _actor(by), " ".join(reason.split())
    if not why:
        raise StaffActionError("a rejection must say why")
    _move(record, OrderStatus.REJECTED)
    at = now_or(now)
    update_order(session, record, status=OrderStatus.REJECTED, actor=name, now=at)
    note = OrderEvent(order=record, at=at, actor=name, action=REJECT_REASON_ACTION)
    note.new_value = why
    session.add(note)
    session.flush()
    return record


def reopen(
    session: Session, record: OrderRecord, by: str, *, now: datetime | None = None
) -> OrderRecord:
    """Reopen a done or rejected order: it becomes what its fields make it (ready/waiting)."""
    name = _actor(by)
    if not lifecycle.is_closed(record.status):
        raise StaffActionError(f"{record.reference} is {record.status}: it is not closed")
    stored = order_of(record)
    status = lifecycle.reopened(stored, evaluate(stored))
    _move(record, status)
    update_order(session, record, status=status, actor=name, now=now)
    return record


def staff_value(path: FieldPath, text: str) -> tuple[str | None, str | None]:
    """The value staff typed, normalised as the extractor does, and why it fails its check
    (None: it passes). Empty text clears the field."""
    text = " ".join(text.split())
    if not text:
        return None, None
    if path is FieldPath.ORDER_TYPE:
        allowed = [t.value for t in OrderType]
        return text, None if text in allowed else f"not one of {', '.join(allowed)}"
    if path is FieldPath.LEGAL_BASIS:
        allowed = [b.value for b in LegalBasis]
        return text, None if text in allowed else f"not one of {', '.join(allowed)}"
    if path.leaf == "org_number":
        digits = normalize_org_number(text)
        return (text, "not nine digits") if digits is None else (digits, org_number_problem(digits))
    if path.leaf == "phone":
        phone = normalize_phone(text)
        return (text, "not a phone number") if phone is None else (phone, phone_problem(phone))
    if path.leaf == "email":
        email = normalize_email(text)
        return email, email_problem(email)
    return text, None


def set_field(
    session: Session, record: OrderRecord, by: str, path: FieldPath, text: str, *,
    force: bool = False, now: datetime | None = None,
) -> FieldChange:  # fmt: skip
    """Set one field to what staff typed (normalised, checked: a failing value needs
    ``force``; order type and legal basis must be one of their choices). Missing/invalid are
    evaluated again and an open order follows them (``rules.lifecycle.after_change``)."""
    name = _actor(by)
    value, problem = staff_value(path, text)
    closed_set = path in (FieldPath.ORDER_TYPE, FieldPath.LEGAL_BASIS)
    if problem and (closed_set or not force):
        hint = "" if closed_set else " (force to store it anyway)"
        raise StaffActionError(f"{path.value} {value or ''!r}: {problem}{hint}")
    order = set_value(order_of(record), path, value)
    checked = evaluate(order)
    status = lifecycle.after_change(record.status, order, checked)
    events = update_order(
        session, record, order=order, evaluation=checked, status=status, actor=name, now=now
    )
    return FieldChange(record, tuple(events), problem, checked)


def current_value(record: OrderRecord, path: FieldPath) -> str | None:
    """The stored (masked) value of ``path`` in ``record``."""
    return get_value(order_of(record), path)


# Pending replies: staff hold one (it waits), release it (due now) or cancel it (never sent).
# The outbox's re-check (bot.outbox.recheck) withdraws with ``cancel_mail`` as the bot.
MAIL_ACTIONS = {"hold": "reply_held", "release": "reply_released", "cancel": "reply_withdrawn"}
_FROM = {
    "hold": (OutboxState.PENDING,),
    "release": (OutboxState.HELD,),
    "cancel": (OutboxState.PENDING, OutboxState.HELD),
}
_TO = {"hold": OutboxState.HELD, "release": OutboxState.PENDING, "cancel": OutboxState.CANCELLED}


def mail_for(session: Session, outbox_id: int) -> OutboxMail:
    """The outbox mail ``outbox_id``; StaffActionError when there is none."""
    mail = session.get(OutboxMail, outbox_id)
    if mail is None:
        raise StaffActionError(f"no outbox mail {outbox_id}")
    return mail


def hold_mail(session: Session, mail: OutboxMail, by: str, *, now: datetime | None = None) -> None:
    """Stop a pending mail for now (``release_mail`` lets it go)."""
    _mail_action(session, mail, "hold", _actor(by), None, now)


def release_mail(
    session: Session, mail: OutboxMail, by: str, *, now: datetime | None = None
) -> None:
    """Let a held mail go: pending and due now (the outbox checks it against its order first)."""
    _mail_action(session, mail, "release", _actor(by), None, now)


def cancel_mail(
    session: Session, mail: OutboxMail, by: str, reason: str = "cancelled by staff", *,
    now: datetime | None = None, bot: bool = False,
) -> None:  # fmt: skip
    """Cancel a pending or held mail: it is never sent; ``reason`` is kept on the row and in
    its order's events. ``bot``: the bot withdraws it (``by`` is then the bot's name)."""
    _mail_action(session, mail, "cancel", BOT if bot else _actor(by), reason, now)


def _mail_action(
    session: Session, mail: OutboxMail, action: str, actor: str, reason: str | None,
    now: datetime | None,
) -> None:  # fmt: skip
    if mail.state not in _FROM[action]:
        raise StaffActionError(f"outbox mail {mail.id} is {mail.state}: it cannot {action}")
    at = now_or(now)
    mail.state = _TO[action]
    if action == "release":
        mail.next_attempt_at = at
    if action == "cancel":
        mail.last_error = f"withdrawn by {actor}: {reason}"
    elif action == "hold":
        mail.last_error = f"held by {actor}"
    if mail.order is not None:
        event = OrderEvent(
            order=mail.order, at=at, actor=actor, action=MAIL_ACTIONS[action],
            old_value=f"outbox {mail.id} ({mail.kind})", new_value=reason,
        )  # fmt: skip
        session.add(event)
    session.flush()
