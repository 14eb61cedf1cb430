"""Received messages: recording them once, quarantining failures, the mailbox checkpoint.

Every function takes the caller's Session and never commits: the intake commits a message,
its order and any reply in one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage._sql import normalize_message_id, now_or
from storage.models import MailboxCheckpoint, MessageRecord, MessageState, QuarantineRecord


class Location(NamedTuple):
    """Where a message sits on the IMAP server; UIDs are only valid with their UIDVALIDITY."""

    mailbox: str
    folder: str
    uidvalidity: int
    uid: int


class Recorded(NamedTuple):
    """The stored message, and whether this call created it (False: it was stored before)."""

    message: MessageRecord
    created: bool


def record_message(
    session: Session,
    raw: bytes,
    *,
    location: Location | None = None,
    message_id: str | None = None,
    received_at: datetime | None = None,
    subject: str | None = None,
    sender: str | None = None,
    now: datetime | None = None,
) -> Recorded:
    """Store a received message once, in state ``filed``.

    Returns the existing record (``created=False``) when a message is already stored at the
    same ``location`` or with the same Message-ID and SHA-256 of ``raw`` (both messages without
    a Message-ID count as the same Message-ID). Nothing is updated then. Otherwise a new record
    is added and flushed. ``raw`` is kept unchanged; ``subject`` and ``sender`` are scrubbed,
    ``sender`` lower-cased. Concurrent recording of one location by two sessions is not
    expected (one poller holds the lease): the second then fails with IntegrityError.
    """
    digest = hashlib.sha256(raw).hexdigest()
    message_id = normalize_message_id(message_id)
    existing = _find_existing(session, location, message_id, digest)
    if existing is not None:
        return Recorded(existing, created=False)
    record = MessageRecord(
        raw=raw,
        message_id=message_id,
        sha256=digest,
        received_at=received_at,
        subject=subject,
        sender=sender.strip().lower() if sender else None,
        state=MessageState.FILED,
        created_at=now_or(now),
    )
    if location is not None:
        record.mailbox, record.folder, record.uidvalidity, record.uid = location
    session.add(record)
    session.flush()
    return Recorded(record, created=True)


def _find_existing(
    session: Session, location: Location | None, message_id: str | None, digest: str
) -> MessageRecord | None:
    if location is not None:
        found = session.scalars(
            select(MessageRecord).where(
                MessageRecord.mailbox == location.mailbox,
                MessageRecord.folder == location.folder,
                MessageRecord.uidvalidity == location.uidvalidity,
                MessageRecord.uid == location.uid,
            )
        ).first()
        if found is not None:
            return found
    return session.scalars(
        select(MessageRecord)
        .where(
            MessageRecord.sha256 == digest,
            MessageRecord.message_id.is_not_distinct_from(message_id),
        )
        .order_by(MessageRecord.id)
    ).first()


def find_messages_by_message_id(session: Session, message_id: str) -> list[MessageRecord]:
    """Every stored message with this Message-ID header (angle brackets optional), oldest
    first; more than one when the same Message-ID came with different bytes."""
    normalized = normalize_message_id(message_id)
    if normalized is None:
        return []
    return list(
        session.scalars(
            select(MessageRecord)
            .where(MessageRecord.message_id == normalized)
            .order_by(MessageRecord.id)
        )
    )


def quarantine(
    session: Session, message: MessageRecord, traceback: str, *, now: datetime | None = None
) -> QuarantineRecord:
    """Put ``message`` in quarantine with the traceback of the failure (scrubbed).

    A message already in quarantine (unresolved) keeps one row: its ``attempts`` grows by one
    and the traceback is replaced by the latest. Sets the message's state to ``quarantined``.
    """
    message.state = MessageState.QUARANTINED
    row = session.scalars(
        select(QuarantineRecord).where(
            QuarantineRecord.message_id == message.id, QuarantineRecord.resolved_at.is_(None)
        )
    ).first()
    if row is None:
        row = QuarantineRecord(message=message, traceback=traceback, created_at=now_or(now))
        row.attempts = 1
        session.add(row)
    else:
        row.attempts += 1
        row.traceback = traceback
    session.flush()
    return row


def list_quarantined(session: Session) -> Sequence[QuarantineRecord]:
    """Unresolved quarantine rows, oldest first (for the digest and for replay)."""
    return session.scalars(
        select(QuarantineRecord)
        .where(QuarantineRecord.resolved_at.is_(None))
        .order_by(QuarantineRecord.created_at, QuarantineRecord.id)
    ).all()


def resolve_quarantine(
    session: Session, row: QuarantineRecord, state: MessageState, *, now: datetime | None = None
) -> None:
    """Close a quarantine row after a successful replay, and set its message's new state."""
    row.resolved_at = now_or(now)
    row.message.state = state
    session.flush()


def get_checkpoint(session: Session, mailbox: str, folder: str) -> MailboxCheckpoint | None:
    """The checkpoint of one mailbox folder, or None before the first advance."""
    return session.get(MailboxCheckpoint, (mailbox, folder))


def advance_checkpoint(session: Session, location: Location) -> MailboxCheckpoint:
    """Record that every UID up to ``location.uid`` has been seen in this folder.

    The last UID only grows within one UIDVALIDITY; a new UIDVALIDITY starts over at this UID.
    """
    row = get_checkpoint(session, location.mailbox, location.folder)
    if row is None:
        row = MailboxCheckpoint(
            mailbox=location.mailbox,
            folder=location.folder,
            uidvalidity=location.uidvalidity,
            last_uid=location.uid,
        )
        session.add(row)
    elif row.uidvalidity != location.uidvalidity:
        row.uidvalidity, row.last_uid = location.uidvalidity, location.uid
    else:
        row.last_uid = max(row.last_uid, location.uid)
    session.flush()
    return row
