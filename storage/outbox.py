"""The outbox: mails to send, written in the intake's transaction, sent after commit.

Delivery is at least once: a mail is claimed (state ``claimed``, ``attempts`` + 1), sent over
SMTP, then marked sent. A claim older than ``stale_after`` counts as abandoned (the sender
crashed) and may be claimed again; if the crash came after the SMTP server accepted the mail,
that mail goes out twice with the same Message-ID. Functions take the caller's Session and
never commit; commit right after ``claim_outbox`` so that others see the claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from storage._sql import normalize_message_id, now_or
from storage.models import OrderRecord, OutboxMail, OutboxState

STALE_CLAIM = timedelta(minutes=15)


def add_outbox(
    session: Session,
    *,
    kind: str,
    recipients: Iterable[str],
    subject: str,
    body: str,
    message_id: str,
    headers: Mapping[str, str] | None = None,
    order: OrderRecord | None = None,
    not_before: datetime | None = None,
    now: datetime | None = None,
    flush: bool = True,
    about: Iterable[str] | None = None,
) -> OutboxMail:
    """Queue one mail (state ``pending``), due at ``not_before`` or now.

    ``kind`` names the purpose (``reply``, ``receipt``, ``digest``, ...). ``headers`` are extra
    headers for the MIME message (In-Reply-To, References, Auto-Submitted, ...). Subject, body
    and headers are scrubbed: a national id never goes out by mail. ``message_id`` must be
    unique (IntegrityError otherwise); replies to it thread back to ``order``. ``about``: the
    field paths a reply asks for (kept for the re-check before sending; None: asks nothing).
    """
    at = now_or(now)
    normalized = normalize_message_id(message_id)
    addresses = [address.strip().lower() for address in recipients if address.strip()]
    if normalized is None or not addresses:
        raise ValueError("an outbox mail needs a Message-ID and at least one recipient")
    mail = OutboxMail(
        order=order,
        kind=kind,
        recipients=addresses,
        subject=subject,
        body=body,
        headers=dict(headers or {}),
        about=None if about is None else sorted(about),
        message_id=normalized,
        state=OutboxState.PENDING,
        attempts=0,
        next_attempt_at=now_or(not_before) if not_before is not None else at,
        created_at=at,
    )
    session.add(mail)
    if flush:
        session.flush()
    return mail


def claim_outbox(
    session: Session,
    limit: int,
    *,
    now: datetime | None = None,
    stale_after: timedelta = STALE_CLAIM,
) -> list[OutboxMail]:
    """Claim up to ``limit`` due mails for sending, oldest due first; each goes to one claimer.

    Due: ``pending`` with ``next_attempt_at`` reached, or ``claimed`` longer than
    ``stale_after`` ago. Two statements: SELECT the due ids (PostgreSQL: FOR UPDATE SKIP
    LOCKED, so concurrent claimers skip each other's rows without waiting), then UPDATE those
    ids WHERE they are still due. On SQLite the UPDATE runs under the one write lock and its
    re-check drops rows another claimer took in between, so a claimer may get fewer rows than
    are due but never a row someone else holds. (A single UPDATE ... WHERE id IN (SELECT ...
    LIMIT n FOR UPDATE SKIP LOCKED) is not safe on PostgreSQL: a semi-join may rescan the
    subquery and claim more than ``n`` rows.)
    """
    at = now_or(now)
    ids = session.scalars(
        select(OutboxMail.id)
        .where(_due(OutboxMail, at, stale_after))
        .order_by(OutboxMail.next_attempt_at, OutboxMail.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    if not ids:
        return []
    statement = (
        update(OutboxMail)
        .where(OutboxMail.id.in_(ids), _due(OutboxMail, at, stale_after))
        .values(state=OutboxState.CLAIMED, claimed_at=at, attempts=OutboxMail.attempts + 1)
        .returning(OutboxMail)
        .execution_options(synchronize_session="fetch", populate_existing=True)
    )
    claimed = session.scalars(statement).all()
    return sorted(claimed, key=lambda mail: (mail.next_attempt_at, mail.id))


def _due(mail: type[OutboxMail], at: datetime, stale_after: timedelta) -> ColumnElement[bool]:
    return or_(
        and_(mail.state == OutboxState.PENDING, mail.next_attempt_at <= at),
        and_(mail.state == OutboxState.CLAIMED, mail.claimed_at < at - stale_after),
    )


def mark_sent(session: Session, outbox_id: int, *, now: datetime | None = None) -> OutboxMail:
    """Record that the SMTP server accepted mail ``outbox_id``: state ``sent``, ``sent_at``."""
    mail = _get(session, outbox_id)
    mail.state = OutboxState.SENT
    mail.sent_at = now_or(now)
    mail.last_error = None
    session.flush()
    return mail


def mark_failed(
    session: Session, outbox_id: int, error: str, *, retry_at: datetime | None
) -> OutboxMail:
    """Record a failed delivery: back to ``pending`` at ``retry_at``, or ``failed`` for good
    when ``retry_at`` is None (the caller's retry policy decides, e.g. from ``attempts``)."""
    mail = _get(session, outbox_id)
    mail.last_error = error
    if retry_at is None:
        mail.state = OutboxState.FAILED
    else:
        mail.state = OutboxState.PENDING
        mail.next_attempt_at = now_or(retry_at)
    session.flush()
    return mail


def _get(session: Session, outbox_id: int) -> OutboxMail:
    mail = session.get(OutboxMail, outbox_id)
    if mail is None:
        raise LookupError(f"no outbox mail with id {outbox_id}")
    return mail
