"""A poll files its messages in groups: one transaction and one flush per group, no savepoint
per message (``bot.filing_group``). These stories hold what that must not change: a message
in a group still sees the messages before it in the same group, and a group where something
fails is filed again one message at a time, with nothing lost and nothing twice.

They run on a Maildir (the same port as IMAP) and on SQLite and PostgreSQL.
"""

from __future__ import annotations

import mailbox
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

import pytest
from sqlalchemy import select

import bot.filing_group
from storage.models import OrderStatus, OutboxMail
from storage.replies import ReplyDecision
from tests.intake.conftest import Intake, break_extractor
from tests.intake.mails import broken_mail, order_mail, vendor


def _deliver(intake: Intake, mails: list[bytes]) -> None:
    """Deliver ``mails`` in this order (a Maildir lists them in delivery order)."""
    box = mailbox.Maildir(intake.config.mailbox.maildir.effective_path, create=True)
    for raw in mails:
        box.add(raw)


def _from(raw: bytes, sender: str) -> bytes:
    """``raw`` as if ``sender`` had written it (the same order, another From)."""
    message = message_from_bytes(raw, policy=default)
    del message["From"]
    message["From"] = sender
    return message.as_bytes()


def _without_phone(n: int) -> bytes:
    """Vendor ``n``'s order with the phone line left out: it waits for the vendor."""
    lines = order_mail(n).split(b"\r\n")
    return b"\r\n".join(line for line in lines if not line.startswith(b"Telefon:"))


def _phone_answer(n: int) -> bytes:
    """Vendor ``n`` answering its own order mail with the missing phone number."""
    v = vendor(n)
    answer = EmailMessage()
    answer["From"] = f"{v.contact} <{v.email}>"
    answer["To"] = "opendata.rrh@brreg.no"
    answer["Subject"] = "SV: Bestilling av testtilgang RRH"
    answer["Message-ID"] = f"<svar-{n:06d}@example.no>"
    answer["In-Reply-To"] = v.message_id
    answer["References"] = v.message_id
    answer.set_content(f"Hei,\n\nTelefon: {v.phone}\n\nHilsen {v.contact}\n")
    return answer.as_bytes()


def _replies_to(intake: Intake, address: str) -> int:
    with intake.sessions() as session:
        queued = session.scalars(select(OutboxMail)).all()
        return sum(1 for mail in queued if address in mail.recipients)


def test_the_same_mail_twice_in_one_group_is_filed_once(maildir_intake: Intake) -> None:
    _deliver(maildir_intake, [order_mail(1), order_mail(2), order_mail(1)])

    report = maildir_intake.with_workers(0).poll()

    assert report.outcomes == {"new_order": 2, "duplicate": 1}
    assert sorted(maildir_intake.org_numbers()) == sorted(vendor(n).org_number for n in (1, 2))
    assert maildir_intake.message_count() == 2
    assert maildir_intake.duplicate_count() == 1


def test_an_answer_in_the_same_group_completes_the_order_its_first_mail_made(
    maildir_intake: Intake,
) -> None:
    _deliver(maildir_intake, [_without_phone(3), order_mail(4), _phone_answer(3)])

    report = maildir_intake.with_workers(0).poll()

    assert report.outcomes == {"new_order": 2, "updated_order": 1}
    first = next(o for o in maildir_intake.orders() if o.order["applicant"]["org_number"]
                 == vendor(3).org_number)  # fmt: skip
    assert first.order["applicant"]["contact"]["phone"] == vendor(3).e164
    assert first.status is OrderStatus.READY
    assert len(first.messages) == 2


def test_the_daily_cap_per_sender_holds_within_one_group(maildir_intake: Intake) -> None:
    sender = "Kari Fjellheim <kari@busy-vendor.example.no>"
    _deliver(maildir_intake, [_from(order_mail(n), sender) for n in range(10, 16)])

    report = maildir_intake.with_workers(0).poll()

    assert report.outcomes == {"new_order": 6}
    cap = maildir_intake.config.replies.daily_cap_per_sender
    assert cap < 6  # else this story proves nothing
    assert _replies_to(maildir_intake, "kari@busy-vendor.example.no") == cap
    with maildir_intake.sessions() as session:
        reasons = [d.reason for d in session.scalars(select(ReplyDecision))]
    assert reasons.count("daily-cap") == 6 - cap


def test_a_failing_message_makes_its_group_be_filed_again_one_by_one(
    maildir_intake: Intake, monkeypatch: pytest.MonkeyPatch
) -> None:
    break_extractor(monkeypatch)
    _deliver(maildir_intake, [order_mail(20), broken_mail(21), order_mail(22), order_mail(20)])

    report = maildir_intake.with_workers(0).poll()

    assert report.outcomes == {"new_order": 2, "quarantined": 1, "duplicate": 1}
    assert sorted(maildir_intake.org_numbers()) == sorted(vendor(n).org_number for n in (20, 22))
    assert [subject for subject, _ in maildir_intake.quarantined()] == [
        "FEILTEST ødelagt bestilling"
    ]
    assert maildir_intake.message_count() == 3
    assert _replies_to(maildir_intake, vendor(20).email) == 1  # one receipt, not two


def test_a_group_whose_commit_fails_is_filed_again_and_nothing_is_lost(
    maildir_intake: Intake, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = bot.filing_group.advance_checkpoint
    calls = []

    def fails_the_first_time(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the database went away for a moment (test)")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bot.filing_group, "advance_checkpoint", fails_the_first_time)
    _deliver(maildir_intake, [order_mail(n) for n in range(30, 35)])

    report = maildir_intake.with_workers(0).poll()

    assert len(calls) == 2  # the fast commit failed, the isolated one went through
    assert report.outcomes == {"new_order": 5}
    assert len(maildir_intake.orders()) == 5
    assert maildir_intake.message_count() == 5
    assert maildir_intake.quarantined() == []
    assert maildir_intake.with_workers(0).poll().outcomes == {}
