"""What staff do on the review page, in one place: set a field, mark done, reject, replay or
dismiss a quarantined mail. Each function runs inside the caller's transaction, records the
staff member's name in the order's event log, and returns a one-line Norwegian outcome or
raises ``ActionRefused`` with why (nothing written).

These call the same functions as ``brreg-intake orders done|reject|set`` (``storage.staff``,
which checks each move with ``rules.lifecycle``) and ``quarantine replay``, so the page and the
CLI cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from bot.intake import Outcome, refile_message
from bot.replies import ReplySettings
from rules.fields import FieldPath
from rules.text_safety import shown, staff_text_problem
from storage import staff as staff_actions
from storage.messages import resolve_quarantine
from storage.models import MessageState, OrderEvent, OrderRecord, QuarantineRecord

DISMISS_ACTION = "quarantine_dismissed"
REPLAY_ACTION = "quarantine_replayed"
REASON_MAX = 500


class ActionRefusedError(ValueError):
    """The action was not carried out; ``str()`` says why, in Norwegian, for the page."""


def set_field(
    session: Session, record: OrderRecord, field: str, text: str, *, staff: str, force: bool
) -> str:
    """Set one field as ``orders set`` does (``storage.staff.set_field``): normalised, checked
    (a failing value needs ``force``; a closed set never), the order evaluated again."""
    try:
        path = FieldPath(field)
    except ValueError:
        raise ActionRefusedError(f"ukjent felt: {shown(field)}") from None
    if text.strip() and (problem := staff_text_problem(text)) is not None:
        raise ActionRefusedError(f"verdien kan ikke lagres: {problem}")
    with _refused():
        change = staff_actions.set_field(session, record, staff, path, text, force=force)
    if not change.events:
        return f"{path.value} var allerede slik"
    return f"{path.value} lagret" + (f" (tross: {change.problem})" if change.problem else "")


def mark_done(session: Session, record: OrderRecord, *, staff: str, force: bool) -> str:
    """Mark the order as set up in TT02; one that still lacks something needs ``force``."""
    with _refused():
        staff_actions.mark_done(session, record, staff, force=force)
    return f"{record.reference} er markert som ferdig"


def reject(session: Session, record: OrderRecord, reason: str, *, staff: str) -> str:
    """Reject the order with the reason (kept in the event log, as ``orders reject`` does)."""
    reason = " ".join(reason.split())
    if not reason:
        raise ActionRefusedError("skriv hvorfor bestillingen avvises")
    problem = staff_text_problem(reason)
    if problem is not None or len(reason) > REASON_MAX:
        raise ActionRefusedError(f"begrunnelsen kan ikke lagres: {problem or 'for lang'}")
    with _refused():
        staff_actions.reject(session, record, staff, reason)
    return f"{record.reference} er avvist"


@contextmanager
def _refused() -> Iterator[None]:
    """A refused staff action (``StaffActionError``) as the page's ``ActionRefusedError``."""
    try:
        yield
    except staff_actions.StaffActionError as exc:
        raise ActionRefusedError(shown(str(exc))) from None


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
