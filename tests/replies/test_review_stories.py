"""Stories of mail that needs a person: a mail that may be an order is filed as *needs review*,
gets no reply and is shown in the digest with why; staff accept it (an order with a reference
and the reply a new order gets) or dismiss it (recorded, gone from the digest). And a complete
order read unsurely waits for staff instead of being ready."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.cli import main
from bot.config import DigestConfig
from bot.digest.content import gather
from bot.digest.render import render
from bot.intake import Outcome, accept_reviewed, dismiss_reviewed, file_message, prepare
from storage.models import MessageRecord, MessageState, OrderEvent, OrderStatus
from storage.review import ReviewDecision
from tests.replies.conftest import Intake
from tests.replies.mails import T0, as_bytes, message, org_number

STAFF = "Ingrid Saksbehandler"
WHY_IN_BOKMAL = "har organisasjonsnummer og kontaktperson, men ingen tydelig bestilling"


def maybe_an_order(n: int) -> bytes:
    """A vendor introduces itself with its org number and a contact, and asks nothing."""
    body = (
        f"Hei,\n\nVi er Eksempel Programvare {n} AS, organisasjonsnummer {org_number(n)}.\n"
        f"Kontaktperson: Kari Nordmann, kari{n}@eksempel{n}.example.no, telefon 912 34 56{n}.\n\n"
        "Med vennlig hilsen\nKari Nordmann\n"
    )
    sender = f"Kari Nordmann <kari{n}@eksempel{n}.example.no>"
    mail = message(sender, f"Eksempel Programvare {n} AS", body, f"<maybe-{n}@example.no>")
    return as_bytes(mail)


def full_order(n: int) -> bytes:
    """A complete option-1 order (fictitious customer), every field labelled."""
    body = (
        "Hei,\n\nVi ønsker testtilgang med fiktiv virksomhet (alternativ 1).\n\n"
        f"Firmanavn: Eksempel Regnskap {n} AS\nOrganisasjonsnummer: {org_number(n)}\n"
        f"Kontaktperson: Per Olsen\nE-post: per{n}@regnskap{n}.example.no\nTelefon: 912 34 57{n}\n\n"
        "Hilsen Per\n"
    )
    sender = f"Per Olsen <per{n}@regnskap{n}.example.no>"
    mail = message(sender, "Bestilling av testtilgang", body, f"<order-{n}@example.no>")
    return as_bytes(mail)


def _messages(intake: Intake) -> list[MessageRecord]:
    with intake.sessions() as session:
        return list(session.scalars(select(MessageRecord).order_by(MessageRecord.id)))


def _digest_text(intake: Intake) -> str:
    """The digest's plain text, checked to say the same in its HTML."""
    with intake.sessions() as session:
        digest = gather(session, DigestConfig(), now=T0 + timedelta(hours=2))
        rendered = render(digest)
        for m in digest.needs_review:
            assert f"#{m.message_pk}</b>" in rendered.html
        assert (WHY_IN_BOKMAL in rendered.text) == (WHY_IN_BOKMAL in rendered.html)
        return rendered.text


def test_a_mail_that_may_be_an_order_waits_for_staff_without_a_reply(intake: Intake) -> None:
    filed = intake.file(maybe_an_order(1), T0)

    assert filed.outcome is Outcome.NEEDS_REVIEW and filed.reference is None
    [stored] = _messages(intake)
    assert stored.state is MessageState.NEEDS_REVIEW
    assert stored.extraction is not None and stored.extraction["best_guess"]["applicant"]
    assert intake.orders() == [] and intake.outbox() == []
    [decision] = intake.decisions()
    assert (decision.decision, decision.reason) == ("withheld", "needs-review")
    text = _digest_text(intake)
    assert "Kan være bestillinger" in text
    assert f"#{stored.id} " in text and WHY_IN_BOKMAL in text
    assert "no clear request" not in text  # the reader's English stays out of the digest


def test_staff_accept_it_as_an_order_and_the_vendor_is_asked_for_what_is_missing(
    intake: Intake,
) -> None:
    filed = intake.file(maybe_an_order(2), T0)
    assert filed.message_pk is not None
    later = T0 + timedelta(hours=1)
    with intake.sessions.begin() as session:
        stored = session.get(MessageRecord, filed.message_pk)
        assert stored is not None
        accepted = accept_reviewed(
            session, stored, actor=STAFF, now=later, replies=intake.settings
        )

    assert accepted.outcome is Outcome.NEW_ORDER and accepted.reference
    [order] = intake.orders()
    assert order.reference == accepted.reference
    assert order.status is OrderStatus.WAITING_FOR_VENDOR
    assert order.order["applicant"]["org_number"] == org_number(2)
    assert "order_type" in order.missing  # no option named: asked for
    [reply] = intake.outbox()
    assert reply.recipients == ["kari2@eksempel2.example.no"]
    assert accepted.reference in reply.subject and accepted.reference in reply.body
    assert [d.reason for d in intake.decisions()] == ["needs-review", "reply"]
    with intake.sessions() as session:
        [review] = session.scalars(select(ReviewDecision)).all()
        assert (review.actor, review.decision, review.order_id) == (STAFF, "order", order.id)
        created = session.scalars(select(OrderEvent).where(OrderEvent.action == "created"))
        assert [e.actor for e in created] == [STAFF]
    [stored_after] = _messages(intake)
    assert stored_after.state is MessageState.FILED and stored_after.order_id == order.id
    assert WHY_IN_BOKMAL not in _digest_text(intake)


def test_staff_dismiss_one_and_it_is_recorded_and_gone_from_the_digest(intake: Intake) -> None:
    kept = intake.file(maybe_an_order(3), T0)
    dismissed = intake.file(maybe_an_order(4), T0 + timedelta(minutes=1))
    with intake.sessions.begin() as session:
        stored = session.get(MessageRecord, dismissed.message_pk)
        assert stored is not None
        dismiss_reviewed(session, stored, actor=STAFF, reason="Bare en presentasjon")

    with intake.sessions() as session:
        [review] = session.scalars(select(ReviewDecision)).all()
        assert (review.message_id, review.actor, review.decision, review.reason) == (
            dismissed.message_pk, STAFF, "not_an_order", "Bare en presentasjon",
        )  # fmt: skip
    states = {m.id: m.state for m in _messages(intake)}
    assert states == {kept.message_pk: MessageState.NEEDS_REVIEW,
                      dismissed.message_pk: MessageState.FILED}  # fmt: skip
    text = _digest_text(intake)
    assert f"#{kept.message_pk} " in text and f"#{dismissed.message_pk} " not in text
    assert intake.orders() == [] and intake.outbox() == []
    with intake.sessions.begin() as session, pytest.raises(ValueError, match="review"):
        again = session.get(MessageRecord, dismissed.message_pk)
        assert again is not None
        dismiss_reviewed(session, again, actor=STAFF)  # decided once


def test_a_complete_order_read_unsurely_waits_for_staff_with_the_unsure_fields(
    intake: Intake,
) -> None:
    raw = full_order(5)
    sure = prepare(raw)
    assert sure.extraction.confidence["applicant.contact.name"] >= 0.9
    unsure = replace(
        sure,
        extraction=replace(
            sure.extraction,
            confidence={**sure.extraction.confidence, "applicant.contact.name": 0.5},
        ),
    )
    with intake.sessions.begin() as session:
        filed = file_message(session, raw, now=T0, replies=intake.settings, prepared=unsure)
        sure_filed = file_message(
            session, full_order(6), now=T0, replies=intake.settings, prepared=prepare(full_order(6))
        )

    by_reference = {o.reference: o for o in intake.orders()}
    waiting, ready = by_reference[filed.reference or ""], by_reference[sure_filed.reference or ""]
    assert ready.status is OrderStatus.READY and not ready.flags
    assert waiting.status is OrderStatus.WAITING_FOR_VENDOR and waiting.missing == []
    assert set(waiting.flags) == {"low_confidence", "low_confidence:applicant.contact.name"}
    text = _digest_text(intake)
    assert f"{filed.reference} (venter på leverandøren): Lest med for liten sikkerhet" in text
    assert "(Kontaktperson)" in text


def test_the_review_commands_list_accept_and_dismiss_under_the_staff_name(
    intake: Intake,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", database_url)
    first = intake.file(maybe_an_order(7), T0)
    second = intake.file(maybe_an_order(8), T0)
    assert main(["review", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed] == [str(first.message_pk), str(second.message_pk)]
    assert "no clear request" in listed[0]

    assert main(["review", "accept", str(first.message_pk), "--by", "\u202eevil"]) == 2
    assert "--by" in capsys.readouterr().err
    assert main(["review", "accept", str(first.message_pk), "--by", "Ingrid"]) == 0
    assert "filed as order RRH-" in capsys.readouterr().out
    assert main(["review", "dismiss", str(second.message_pk), "--by", "Ingrid",
                 "--reason", "Spørsmål om pris"]) == 0  # fmt: skip
    assert main(["review", "dismiss", str(second.message_pk), "--by", "Ingrid"]) == 1
    assert "no message" in capsys.readouterr().err
    assert main(["review", "list"]) == 0
    assert capsys.readouterr().out == ""
    with intake.sessions() as session:
        rows = session.scalars(select(ReviewDecision).order_by(ReviewDecision.id)).all()
        assert [(r.decision, r.actor) for r in rows] == [("order", "Ingrid"),
                                                         ("not_an_order", "Ingrid")]  # fmt: skip
