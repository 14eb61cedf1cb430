"""What staff do on the review page, in one place: set a field, mark done, reject, replay or
dismiss a quarantined mail, accept or dismiss a mail that needs review, hold, release or
cancel a pending reply. Each function runs inside the caller's transaction, records the
staff member's name in the order's event log, and returns a one-line Norwegian outcome or
raises ``ActionRefused`` with why (nothing written).

These call the same functions as ``brreg-intake orders done|reject|set`` (``storage.staff``,
which checks each move with ``rules.lifecycle``) and ``quarantine replay``, so the page and the
CLI cannot disagree; accepting and dismissing call ``bot.intake`` as ``review accept|dismiss``
does, and the replies ``storage.staff`` as ``outbox hold|release|cancel`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from bot import intake
from bot.intake import Outcome, refile_message
from bot.replies import ReplySettings
from rules.fields import FieldPath
from rules.text_safety import shown, staff_text_problem
from storage import staff as staff_actions
from storage.messages import resolve_quarantine
from storage.models import (
    MessageRecord,
    MessageState,
    OrderEvent,
    OrderRecord,
    OutboxMail,
    OutboxState,
    QuarantineRecord,
)

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


def accept_reviewed(
    session: Session, message: MessageRecord, settings: ReplySettings, *, staff: str
) -> tuple[str, str]:
    """File a mail that needs review as an order, as ``review accept`` does (the vendor gets
    the reply a new order gets); returns the outcome and the new order's reference."""
    _still_in_review(message)
    filed = intake.accept_reviewed(session, message, actor=staff, replies=settings)
    reference = filed.reference or ""
    return f"e-posten er lagt inn som bestilling {reference}", reference


def dismiss_reviewed(session: Session, message: MessageRecord, reason: str, *, staff: str) -> str:
    """Record that a mail that needs review is no order, as ``review dismiss`` does."""
    _still_in_review(message)
    reason = " ".join(reason.split())
    problem = staff_text_problem(reason) if reason else None
    if problem is not None or len(reason) > REASON_MAX:
        raise ActionRefusedError(f"begrunnelsen kan ikke lagres: {problem or 'for lang'}")
    intake.dismiss_reviewed(session, message, actor=staff, reason=reason or None)
    return "e-posten er registrert som ikke en bestilling"


def _still_in_review(message: MessageRecord) -> None:
    if message.state is not MessageState.NEEDS_REVIEW:
        raise ActionRefusedError("e-posten venter ikke lenger på kontroll")


REPLY_MOVES = {  # action: (the states it starts from, what the page says after it)
    "hold": ((OutboxState.PENDING,), "er holdt tilbake"),
    "release": ((OutboxState.HELD,), "sendes likevel"),
    "cancel": ((OutboxState.PENDING, OutboxState.HELD), "er stoppet og blir aldri sendt"),
}


def hold_reply(session: Session, record: OrderRecord, mail_id: int, *, staff: str) -> str:
    """Stop a pending reply of the order for now (``release_reply`` lets it go)."""
    mail = _reply_of(session, record, mail_id, "hold")
    with _refused():
        staff_actions.hold_mail(session, mail, staff)
    return f"svaret {REPLY_MOVES['hold'][1]}"


def release_reply(session: Session, record: OrderRecord, mail_id: int, *, staff: str) -> str:
    """Let a held reply go: pending and due now (checked against the order before sending)."""
    mail = _reply_of(session, record, mail_id, "release")
    with _refused():
        staff_actions.release_mail(session, mail, staff)
    return f"svaret {REPLY_MOVES['release'][1]}"


def cancel_reply(session: Session, record: OrderRecord, mail_id: int, *, staff: str) -> str:
    """Cancel a pending or held reply of the order: it is never sent."""
    mail = _reply_of(session, record, mail_id, "cancel")
    with _refused():
        staff_actions.cancel_mail(session, mail, staff, "stoppet på siden")
    return f"svaret {REPLY_MOVES['cancel'][1]}"


def _reply_of(session: Session, record: OrderRecord, mail_id: int, action: str) -> OutboxMail:
    """The order's outbox mail ``mail_id``, in a state ``action`` starts from."""
    mail = session.get(OutboxMail, mail_id)
    if mail is None or mail.order_id != record.id:
        raise ActionRefusedError("fant ikke det svaret på denne bestillingen")
    if mail.state not in REPLY_MOVES[action][0]:
        raise ActionRefusedError(f"svaret er {_REPLY_STATES.get(mail.state, mail.state)}")
    return mail


_REPLY_STATES = {
    OutboxState.PENDING: "ikke sendt ennå",
    OutboxState.CLAIMED: "i ferd med å sendes",
    OutboxState.SENT: "allerede sendt",
    OutboxState.FAILED: "ikke mulig å sende",
    OutboxState.HELD: "holdt tilbake",
    OutboxState.CANCELLED: "allerede stoppet",
}
