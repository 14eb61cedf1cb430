"""What staff do on the review page, in one place: set a field, mark done, reject, replay or
dismiss a quarantined mail. Each function runs inside the caller's transaction, records the
staff member's name in the order's event log, and returns a one-line Norwegian outcome or
raises ``ActionRefused`` with why (nothing written).

These call the same storage functions and checks as ``brreg-intake orders done|reject|set``
and ``quarantine replay``, so the page and the CLI cannot disagree. (When the order lifecycle
gets its home in ``rules/``, only this module changes.)
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from bot.commands.orders import CLOSED, REJECT_REASON_ACTION, staff_value
from bot.intake import Outcome, refile_message
from bot.replies import ReplySettings
from rules.evaluate import evaluate
from rules.fields import FieldPath, set_value
from rules.order import OrderType
from rules.text_safety import shown, staff_text_problem
from storage.messages import resolve_quarantine
from storage.models import MessageState, OrderEvent, OrderRecord, OrderStatus, QuarantineRecord
from storage.orders import order_of, update_order

DISMISS_ACTION = "quarantine_dismissed"
REPLAY_ACTION = "quarantine_replayed"
REASON_MAX = 500


class ActionRefusedError(ValueError):
    """The action was not carried out; ``str()`` says why, in Norwegian, for the page."""


def set_field(
    session: Session, record: OrderRecord, field: str, text: str, *, staff: str, force: bool
) -> str:
    """Set one field as ``orders set`` does: normalised, checked (a failing value needs
    ``force``; a closed set never), the order evaluated again."""
    try:
        path = FieldPath(field)
    except ValueError:
        raise ActionRefusedError(f"ukjent felt: {shown(field)}") from None
    if text.strip() and (problem := staff_text_problem(text)) is not None:
        raise ActionRefusedError(f"verdien kan ikke lagres: {problem}")
    value, problem = staff_value(path, text)
    closed_set = path in (FieldPath.ORDER_TYPE, FieldPath.LEGAL_BASIS)
    if problem and (closed_set or not force):
        raise ActionRefusedError(f"{path.value} = {shown(value or '')!r}: {problem}")
    order = set_value(order_of(record), path, value)
    checked = evaluate(order)
    status = record.status
    if status not in CLOSED:
        if order.order_type is OrderType.NOT_AN_ORDER:
            status = OrderStatus.NOT_AN_ORDER
        else:
            status = OrderStatus.READY if checked.complete else OrderStatus.WAITING_FOR_VENDOR
    events = update_order(
        session, record, order=order, evaluation=checked, status=status, actor=staff
    )
    if not events:
        return f"{path.value} var allerede slik"
    return f"{path.value} lagret" + (f" (tross: {problem})" if problem else "")


def mark_done(session: Session, record: OrderRecord, *, staff: str, force: bool) -> str:
    """Mark the order as set up in TT02; one that still lacks something needs ``force``."""
    if record.status in CLOSED:
        raise ActionRefusedError(f"{record.reference} er allerede {record.status}")
    if record.status is not OrderStatus.READY and not force:
        lacking = ", ".join([*record.missing, *record.invalid]) or str(record.status)
        raise ActionRefusedError(f"{record.reference} mangler fortsatt: {lacking}")
    update_order(session, record, status=OrderStatus.DONE, actor=staff)
    return f"{record.reference} er markert som ferdig"


def reject(session: Session, record: OrderRecord, reason: str, *, staff: str) -> str:
    """Reject the order with the reason (kept in the event log, as ``orders reject`` does)."""
    reason = " ".join(reason.split())
    if not reason:
        raise ActionRefusedError("skriv hvorfor bestillingen avvises")
    problem = staff_text_problem(reason)
    if problem is not None or len(reason) > REASON_MAX:
        raise ActionRefusedError(f"begrunnelsen kan ikke lagres: {problem or 'for lang'}")
    if record.status in CLOSED:
        raise ActionRefusedError(f"{record.reference} er allerede {record.status}")
    at = datetime.now(UTC)
    update_order(session, record, status=OrderStatus.REJECTED, actor=staff, now=at)
    note = OrderEvent(order=record, at=at, actor=staff, action=REJECT_REASON_ACTION)
    note.new_value = reason
    session.add(note)
    session.flush()
    return f"{record.reference} er avvist"


def replay_quarantined(
    session: Session, row: QuarantineRecord, settings: ReplySettings, *, staff: str
) -> str:
    """File a quarantined mail again, as ``quarantine replay`` does; resolved only when it
    files (still failing: it stays in quarantine, one attempt more)."""
    try:
        filed = refile_message(session, row.message, replies=settings)
    except Exception as exc:  # still broken: keep it quarantined, count the attempt
        row.attempts += 1
        raise ActionRefusedError(f"feiler fortsatt: {type(exc).__name__}") from None
    if filed.outcome is Outcome.QUARANTINED:
        row.attempts += 1
        raise ActionRefusedError("feiler fortsatt")
    resolve_quarantine(session, row, row.message.state, now=datetime.now(UTC))
    _note(session, row, REPLAY_ACTION, f"lest på nytt av {staff}: {filed.outcome}", staff)
    return f"e-posten er lest på nytt: {filed.outcome}" + (
        f" ({filed.reference})" if filed.reference else ""
    )


def dismiss_quarantined(session: Session, row: QuarantineRecord, *, staff: str) -> str:
    """Take a quarantined mail out of the queue without filing it (kept as screened)."""
    resolve_quarantine(session, row, MessageState.SCREENED, now=datetime.now(UTC))
    _note(session, row, DISMISS_ACTION, f"avvist av {staff}", staff)
    return "e-posten er tatt ut av karantene"


def _note(session: Session, row: QuarantineRecord, action: str, what: str, staff: str) -> None:
    """Record the staff action: on the mail's order when it has one, always on the row."""
    row.traceback = f"{row.traceback}\n[{datetime.now(UTC):%Y-%m-%d %H:%M} UTC] {what}"
    order = row.message.order
    if order is not None:
        event = OrderEvent(order=order, actor=staff, action=action)
        event.new_value = what
        session.add(event)
    session.flush()
