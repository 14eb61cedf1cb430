"""Received messages: recording them once, quarantining failures, the mailbox checkpoint.

Every function takes the caller's Session and never commits: the intake commits a message,
its order and any reply in one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import String, bindparam, select
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
    """The stored message, and whether this call created it (False: it was stored before).

    ``location`` is where the stored message was recorded (None: without one); for a message
    found by Message-ID and SHA-256 it may differ from the location asked about.
    """

    message: MessageRecord
    created: bool
    location: Location | None = None


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
    location_is_new: bool = False,
    add: bool = True,
) -> Recorded:
    """Store a received message once, in state ``filed``.

    Returns the existing record (``created=False``) when a message is already stored at the
    same ``location`` or with the same Message-ID and SHA-256 of ``raw`` (both messages without
    a Message-ID count as the same Message-ID) or the same ``content_fingerprint`` (a
    re-delivery with other bytes), or is added to the session with them and not yet flushed.
    Nothing is updated then. Otherwise a new record
    is added to the session and flushed; with ``add`` False it is only made, and the caller
    adds it (and may set its extraction, state and order before its one INSERT).
    ``location_is_new`` skips the lookup by location: the caller knows nothing is recorded
    there (a wrong claim fails with IntegrityError, never a second row). ``raw`` is kept
    unchanged; ``subject`` and ``sender`` are scrubbed, ``sender`` lower-cased. Concurrent
    recording of one location by two sessions is not expected (one poller holds the lease):
    the second then fails with IntegrityError.
    """
    digest = hashlib.sha256(raw).hexdigest()
    message_id = normalize_message_id(message_id)
    sender = sender.strip().lower() if sender else None
    fingerprint = content_fingerprint(raw, message_id, sender)
    existing = _find_existing(
        session, None if location_is_new else location, message_id, digest, fingerprint
    )
    if existing is not None:
        return existing
    record = MessageRecord(
        raw=raw,
        message_id=message_id,
        sha256=digest,
        content_fingerprint=fingerprint,
        received_at=received_at,
        subject=subject,
        sender=sender,
        state=MessageState.FILED,
        created_at=now_or(now),
    )
    if location is not None:
        record.mailbox, record.folder, record.uidvalidity, record.uid = location
    if add:
        session.add(record)
        session.flush()
    return Recorded(record, created=True, location=location)


def content_fingerprint(raw: bytes, message_id: str | None, sender: str | None) -> str | None:
    """The same mail by meaning: SHA-256 of the (normalised) Message-ID, the (lower-cased)
    sender address and the body's bytes with line endings made LF and trailing blank lines
    dropped; no header field but those two counts. A re-delivery has other bytes but the same
    fingerprint: an SMTP retry or a mailbox migration adds a Received: header, re-folds
    headers or changes CRLF to LF. A client that reuses a Message-ID for a new text gives
    another one. None without a Message-ID (identical short texts from one sender, such as
    "OK", may be two mails)."""
    if not message_id:
        return None
    text = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    _, blank, body = text.partition(b"\n\n")
    body = body.rstrip(b"\n") if blank else b""
    digest = hashlib.sha256()
    for piece in (message_id.encode("utf-8"), (sender or "").lower().encode("utf-8"), body):
        digest.update(len(piece).to_bytes(8, "big"))  # length-prefixed: no ambiguous joins
        digest.update(piece)
    return digest.hexdigest()


def record_new_location(
    session: Session,
    original: MessageRecord,
    location: Location,
    *,
    now: datetime | None = None,
    raw: bytes | None = None,
) -> MessageRecord:
    """Record that ``original`` (stored before) is also at ``location``: a new row in state
    ``duplicate`` with the same Message-ID and fingerprint, no extraction and no order. The
    location is then known, so a mailbox whose mail stays in place never yields it as new
    again. ``raw``: the bytes found there, kept when they differ (a re-delivery), else the
    original's. Flushed; fails with IntegrityError when ``location`` is recorded already.
    """
    raw = original.raw if raw is None else raw
    row = MessageRecord(
        raw=raw,
        message_id=original.message_id,
        sha256=original.sha256 if raw is original.raw else hashlib.sha256(raw).hexdigest(),
        content_fingerprint=original.content_fingerprint,
        received_at=original.received_at,
        subject=original.subject,
        sender=original.sender,
        state=MessageState.DUPLICATE,
        created_at=now_or(now),
    )
    row.mailbox, row.folder, row.uidvalidity, row.uid = location
    session.add(row)
    session.flush()
    return row


def _find_existing(
    session: Session,
    location: Location | None,
    message_id: str | None,
    digest: str,
    fingerprint: str | None,
) -> Recorded | None:
    """The record at ``location``, else the oldest with this Message-ID and SHA-256, else the
    oldest with this fingerprint. Looks up ids only (Core statements, cached): the full row is
    loaded for a duplicate alone."""
    if location is not None:
        found = session.execute(_AT_LOCATION, dict(location._asdict())).scalar()
        if found is not None:
            return _loaded(session, found)
    found = session.execute(_SAME_MAIL, {"digest": digest, "message_id": message_id}).scalar()
    if found is None and fingerprint is not None:
        found = session.execute(_SAME_MEANING, {"fingerprint": fingerprint}).scalar()
    if found is not None:
        return _loaded(session, found)
    pending = _pending_same_mail(session, message_id, digest, fingerprint)
    return Recorded(pending, created=False, location=_location_of(pending)) if pending else None


def _pending_same_mail(
    session: Session, message_id: str | None, digest: str, fingerprint: str | None
) -> MessageRecord | None:
    """A message with this Message-ID and SHA-256, or this fingerprint, added to ``session``
    but not yet flushed.

    A session without autoflush (the poll files a group of messages with one flush) does not
    send pending rows before a query; the same mail twice in one group must still be one."""
    for item in session.new:
        if (
            isinstance(item, MessageRecord)
            and item.state is not MessageState.DUPLICATE
            and (
                (item.sha256 == digest and item.message_id == message_id)
                or (fingerprint is not None and item.content_fingerprint == fingerprint)
            )
        ):
            return item
    return None


def _loaded(session: Session, pk: int) -> Recorded:
    message = session.get_one(MessageRecord, pk)
    return Recorded(message, created=False, location=_location_of(message))


def _location_of(message: MessageRecord) -> Location | None:
    box, folder, validity, uid = message.mailbox, message.folder, message.uidvalidity, message.uid
    if box is not None and folder is not None and validity is not None and uid is not None:
        return Location(box, folder, validity, uid)
    return None


_AT_LOCATION = (
    select(MessageRecord.id)
    .where(
        MessageRecord.mailbox == bindparam("mailbox"),
        MessageRecord.folder == bindparam("folder"),
        MessageRecord.uidvalidity == bindparam("uidvalidity"),
        MessageRecord.uid == bindparam("uid"),
    )
    .limit(1)
)
_SAME_MAIL = (
    select(MessageRecord.id)
    .where(
        MessageRecord.sha256 == bindparam("digest"),
        MessageRecord.message_id.is_not_distinct_from(bindparam("message_id", type_=String)),
    )
    .order_by(MessageRecord.id)
    .limit(1)
)

_SAME_MEANING = (
    select(MessageRecord.id)
    .where(MessageRecord.content_fingerprint == bindparam("fingerprint"))
    .order_by(MessageRecord.id)
    .limit(1)
)


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


def touch_checkpoint(
    session: Session, mailbox: str, folder: str, uidvalidity: int, *, now: datetime | None = None
) -> MailboxCheckpoint:
    """Record a successful poll of the folder (its time is the digest's "last poll"), under
    the folder's current UIDVALIDITY; the last UID is kept unless the UIDVALIDITY changed."""
    row = get_checkpoint(session, mailbox, folder)
    if row is None:
        row = MailboxCheckpoint(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, last_uid=0)
        session.add(row)
    elif row.uidvalidity != uidvalidity:
        row.uidvalidity, row.last_uid = uidvalidity, 0
    row.updated_at = now_or(now)
    session.flush()
    return row
