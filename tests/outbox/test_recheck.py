"""A queued reply is checked against its order before it is sent: staff's corrections, a
done or rejected order, or the vendor's answer withdraw it, and a new request is planned when
something is still missing. Staff hold, release and cancel pending replies."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.cli import main
from bot.outbox.recheck import ORDER_CHANGED, ORDER_CLOSED, withdraw_stale_replies
from bot.replies import ReplySettings
from bot.replies.language import Language
from bot.replies.plan import reply_about
from bot.replies.render import render_body
from rules.evaluate import evaluate
from rules.fields import FieldPath
from rules.order import Contact, Order, Party
from rules.reply_policy import ReplyKind
from storage import staff
from storage.models import OrderEvent, OrderRecord, OutboxMail, OutboxState
from storage.orders import order_of
from storage.outbox import add_outbox
from tests.digest import builders as b

NO_PHONE = replace(
    b.FICTITIOUS,
    applicant=Party(
        b.ORG_A,
        "Fjordsystemer AS",
        Contact("Kari Nordmann", b.FICTITIOUS.applicant.contact.email, None),
    ),
)
BAD_ORG_NO_PHONE = replace(NO_PHONE, applicant=replace(NO_PHONE.applicant, org_number=b.BAD_ORG))


def _filed_with_reply(session: Session, value: Order) -> tuple[OrderRecord, OutboxMail]:
    """An order as the intake files it, with the reply it queued (kind from completeness)."""
    record = b.order(session, value)
    checked = evaluate(order_of(record))
    kind = ReplyKind.RECEIPT if checked.complete else ReplyKind.REQUEST
    body = render_body(
        kind, Language.BOKMAL, reference=record.reference, order=order_of(record), checked=checked
    )
    mail = add_outbox(
        session, kind=str(kind), order=record, recipients=["kari@fjordsystemer.example.no"],
        subject=f"[{record.reference}] Bestilling", body=body,
        message_id=f"<{record.reference.lower()}-1.x@brreg.no>", about=reply_about(kind, checked),
    )  # fmt: skip
    return record, mail


def _recheck(session: Session) -> list[tuple[str, bool]]:
    return [
        (w.reason, w.replaced_by is not None)
        for w in withdraw_stale_replies(session, ReplySettings())
    ]


def test_a_reply_that_still_fits_its_order_is_left_alone(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        _, mail = _filed_with_reply(session, NO_PHONE)
        assert _recheck(session) == []
        assert mail.state is OutboxState.PENDING and mail.about == ["applicant.contact.phone"]


def test_a_correction_by_staff_withdraws_the_question_and_asks_what_is_left(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        record, mail = _filed_with_reply(session, BAD_ORG_NO_PHONE)
        assert "kontrollsiffer" in mail.body.lower()
        staff.set_field(session, record, "Ingrid", FieldPath.APPLICANT_ORG_NUMBER, b.ORG_A)
        assert _recheck(session) == [(ORDER_CHANGED, True)]
        assert mail.state is OutboxState.CANCELLED and ORDER_CHANGED in (mail.last_error or "")
        [new] = session.scalars(
            select(OutboxMail).where(OutboxMail.state == OutboxState.PENDING)
        ).all()
        assert new.about == ["applicant.contact.phone"] and new.subject == mail.subject
        assert "kontrollsiffer" not in new.body.lower() and new.message_id != mail.message_id
        assert _recheck(session) == []  # the new one fits


def test_a_completed_order_withdraws_the_question_and_asks_nothing(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        record, mail = _filed_with_reply(session, NO_PHONE)
        staff.set_field(session, record, "Ingrid", FieldPath.APPLICANT_CONTACT_PHONE, "91234567")
        assert _recheck(session) == [(ORDER_CHANGED, False)]
        assert mail.state is OutboxState.CANCELLED


@pytest.mark.parametrize("close", ["done", "reject"])
def test_a_closed_order_gets_no_receipt_or_question(
    sessions: sessionmaker[Session], close: str
) -> None:
    with sessions.begin() as session:
        record, mail = _filed_with_reply(session, b.FICTITIOUS)
        if close == "done":
            staff.mark_done(session, record, "Ingrid")
        else:
            staff.reject(session, record, "Ingrid", "Ikke en leverandør")
        assert _recheck(session) == [(ORDER_CLOSED, False)]
        assert mail.state is OutboxState.CANCELLED
        events = [(e.actor, e.action, e.new_value) for e in record.events]
        assert ("bot", "reply_withdrawn", ORDER_CLOSED) in events


def test_a_vendor_mail_never_reopens_a_closed_order(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        record = b.order(session, NO_PHONE)
        staff.reject(session, record, "Ingrid", "Ikke en leverandør")
        b.later_mail_changes(session, record, b.FICTITIOUS, b.NOW)
        assert record.status == "rejected" and order_of(record) == b.FICTITIOUS


def test_staff_hold_release_and_cancel_a_pending_reply(
    sessions: sessionmaker[Session],
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", database_url)
    with sessions.begin() as session:
        _, mail = _filed_with_reply(session, NO_PHONE)
        mail_id = mail.id
    assert main(["outbox", "hold", str(mail_id), "--by", "Ingrid"]) == 0
    assert main(["outbox", "hold", str(mail_id), "--by", "Ingrid"]) == 1  # already held
    assert "cannot hold" in capsys.readouterr().err
    assert main(["outbox", "release", str(mail_id), "--by", "Ingrid"]) == 0
    assert main(["outbox", "cancel", str(mail_id), "--by", "Ingrid", "--reason", "ringte"]) == 0
    assert main(["outbox", "release", str(mail_id), "--by", "Ingrid"]) == 1
    with sessions() as session:
        mail = session.get(OutboxMail, mail_id)
        assert mail is not None and mail.state is OutboxState.CANCELLED
        actions = session.scalars(select(OrderEvent.action).where(OrderEvent.actor == "Ingrid"))
        assert list(actions) == ["reply_held", "reply_released", "reply_withdrawn"]
    assert main(["outbox", "list"]) == 0
    out = capsys.readouterr().out
    assert "RRH-" in out and "withdrawn by Ingrid: ringte" in out


def test_a_newer_fitting_reply_is_not_doubled_by_a_new_request(
    sessions: sessionmaker[Session],
) -> None:
    """The vendor answered part of it and the intake queued the next question already: the old
    one is withdrawn, and no second question is planned."""
    with sessions.begin() as session:
        record, old = _filed_with_reply(session, BAD_ORG_NO_PHONE)
        staff.set_field(session, record, "Ingrid", FieldPath.APPLICANT_ORG_NUMBER, b.ORG_A)
        checked = evaluate(order_of(record))
        newer = add_outbox(
            session, kind="reply", order=record, recipients=["kari@fjordsystemer.example.no"],
            subject=old.subject, body=old.body, message_id="<rrh-2026-0001-2.y@brreg.no>",
            about=reply_about(ReplyKind.REQUEST, checked),
        )  # fmt: skip
        assert _recheck(session) == [(ORDER_CHANGED, False)]
        pending = session.scalars(
            select(OutboxMail).where(OutboxMail.state == OutboxState.PENDING)
        ).all()
        assert pending == [newer] and old.state is OutboxState.CANCELLED
