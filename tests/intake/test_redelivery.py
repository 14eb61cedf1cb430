"""Exactly once by meaning: a re-delivered mail (the same Message-ID, sender and body, in
other bytes: one more Received: header, LF instead of CRLF, re-folded header lines) is the
mail already filed: recorded as a duplicate row at its new place, never a second order or a
second reply. A new text under a reused Message-ID is a new mail."""

from __future__ import annotations

import mailbox

from sqlalchemy import func, select

from storage.models import MessageRecord, MessageState, OutboxMail
from tests.dovecot import DovecotServer
from tests.intake.conftest import INBOX, Intake
from tests.intake.mails import order_mail, vendor

RECEIVED = (
    b"Received: from mx2.example.test (mx2.example.test [192.0.2.7])\r\n"
    b"\tby imap.example.no with ESMTPS id 4Xb2; Tue, 3 Mar 2026 08:00:00 +0100\r\n"
)


def _deliver(intake: Intake, mails: list[bytes]) -> None:
    box = mailbox.Maildir(intake.config.mailbox.maildir.effective_path, create=True)
    for raw in mails:
        box.add(raw)


def _retried(raw: bytes) -> bytes:
    """``raw`` as a retried SMTP delivery gives it: one more Received: header on top."""
    return RECEIVED + raw


def _migrated(raw: bytes) -> bytes:
    """``raw`` as a mailbox migration gives it: LF line endings, the Subject re-folded."""
    head, _, body = raw.partition(b"\r\n\r\n")
    head = head.replace(b"Subject: Bestilling av", b"Subject: Bestilling\r\n av")
    return (head + b"\r\n\r\n" + body).replace(b"\r\n", b"\n")


def _replies(intake: Intake) -> int:
    with intake.sessions() as session:
        return session.scalar(select(func.count()).select_from(OutboxMail)) or 0


def test_twenty_redelivered_mails_give_no_new_order_and_no_new_reply(
    maildir_intake: Intake,
) -> None:
    intake = maildir_intake.with_workers(0)
    originals = [order_mail(n) for n in range(20)]
    _deliver(intake, originals)
    first = intake.poll()
    orders, replies = len(intake.orders()), _replies(intake)

    _deliver(intake, [_retried(raw) for raw in originals[:10]])
    _deliver(intake, [_migrated(raw) for raw in originals[10:]])
    _deliver(intake, [_migrated(_retried(raw)) for raw in originals[:5]])
    second = intake.poll()

    assert first.outcomes == {"new_order": 20}
    assert replies > 0  # the first delivery was answered: a second answer would show
    assert second.outcomes == {"duplicate": 25}
    assert (len(intake.orders()), _replies(intake)) == (orders, replies)
    assert intake.message_count() == 20 and intake.duplicate_count() == 25
    with intake.sessions() as session:  # each duplicate row keeps the bytes it came with
        kept = session.scalars(
            select(MessageRecord.raw).where(MessageRecord.state == MessageState.DUPLICATE)
        ).all()
    assert sum(raw.startswith(b"Received:") for raw in kept) == 15


def test_a_new_text_under_a_reused_message_id_is_filed(maildir_intake: Intake) -> None:
    intake = maildir_intake.with_workers(0)
    reused = order_mail(2).replace(vendor(2).message_id.encode(), vendor(1).message_id.encode())
    _deliver(intake, [order_mail(1), reused])

    report = intake.poll()

    assert report.outcomes == {"new_order": 2}
    assert intake.duplicate_count() == 0


def test_a_redelivery_through_imap_is_a_duplicate(intake: Intake) -> None:
    server: DovecotServer | None = intake.server
    assert server is not None
    intake.deliver([order_mail(n) for n in range(3)])
    intake.poll()

    intake.deliver([_retried(order_mail(n)) for n in range(3)])
    report = intake.poll()

    assert report.outcomes == {"duplicate": 3}
    assert len(intake.orders()) == 3
    assert intake.count(INBOX) == 0
