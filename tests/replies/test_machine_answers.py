"""Machine mail answering our reply (issue 12): more than eighty machines' mails, each sent as
an answer to the reply we gave a vendor's order (our reference in the subject, In-Reply-To our
reply) and each arriving alone. None changes the order, none is answered, each is recorded on
the order it answers; alone, none becomes an order."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.replies import ReplySettings
from rules.answers import FLAG_HELD
from storage.models import MessageRecord
from tests.replies.conftest import Intake
from tests.replies.machines import machine_answer, machines
from tests.replies.mails import T0, as_bytes, gap_orders, message

# The volume limits off: a reply the rules would send is not hidden by a cap or a grace period.
NO_LIMITS = ReplySettings(grace_period_hours=0, daily_cap_per_sender=10**6,
                          hourly_circuit_breaker=10**6)  # fmt: skip


def _order_with_our_reply(intake: Intake, gap: str) -> tuple[str, str, str]:
    """File the vendor order named ``gap``: (its sender, its reference, our reply's id)."""
    order = next(o for o in gap_orders() if o.name == gap)
    intake.file(order.raw, T0)
    [record] = intake.orders()
    [reply] = intake.outbox()
    return order.sender, record.reference, reply.message_id


def test_the_suite_has_more_than_eighty_machines_with_distinct_names() -> None:
    names = [m.name for m in machines()]
    assert len(names) >= 80 and len(set(names)) == len(names)


@pytest.mark.parametrize("gap", ["missing-phone", "missing-org-number"])
def test_machine_answers_to_our_reply_change_nothing_and_are_never_answered(
    intake: Intake, gap: str
) -> None:
    intake.settings = NO_LIMITS
    vendor, reference, ours = _order_with_our_reply(intake, gap)
    [record] = intake.orders()
    before = (record.order, record.status, record.flags)
    changed = []
    for i, machine in enumerate(machines(), start=1):
        raw = machine_answer(machine, vendor, our_reply_id=ours, reference=reference)
        filed = intake.file(raw, T0 + timedelta(days=i))
        [record] = intake.orders()
        if (record.order, record.status, record.flags) != before:
            changed.append(machine.name)
            before = (record.order, record.status, record.flags)
        assert filed.outcome == "screened", machine.name
        assert filed.reference == reference, machine.name
    assert changed == []
    assert len(intake.outbox()) == 1
    with intake.sessions() as session:
        linked = session.scalars(select(MessageRecord).where(MessageRecord.order_id == record.id))
        assert len(list(linked)) == 1 + len(machines())  # the order, and each machine's mail


def test_machine_mail_arriving_alone_files_no_order_and_gets_no_reply(intake: Intake) -> None:
    intake.settings = NO_LIMITS
    vendor = gap_orders()[0].sender
    filed = []
    for i, machine in enumerate(machines(), start=1):
        outcome = intake.file(machine_answer(machine, vendor, our_reply_id=None, reference=None),
                              T0 + timedelta(days=i)).outcome  # fmt: skip
        filed.append((machine.name, outcome))
    assert intake.orders() == []
    assert intake.outbox() == []
    assert [name for name, outcome in filed if outcome != "screened"] == []


# --------------------------------------------------------------------------- issue 12, finding 1


def _answer(intake: Intake, subject: str, body: str, n: int, sender: str | None = None) -> str:
    """File an answer to the first gap order's reply; return the order's reference."""
    vendor, reference, ours = _order_with_our_reply(intake, "missing-phone")
    raw = as_bytes(
        message(sender or vendor, subject.format(reference=reference), body, f"<a{n}@x.example>",
                headers={"In-Reply-To": ours, "References": ours})
    )  # fmt: skip
    intake.file(raw, T0 + timedelta(days=1))
    return reference


def test_an_out_of_office_without_headers_does_not_take_the_absent_person_s_phone(
    intake: Intake,
) -> None:
    """Finding 1: 'Fraværsmelding' set the phone from the signature, made the order ready and
    queued a receipt."""
    intake.settings = NO_LIMITS
    _answer(intake, "Fraværsmelding: Re: [{reference}] Testtilgang RRH",
            "Jeg er borte til 16. mars.\n\nMed vennlig hilsen\nSiri Fravik\nMobil: 915 55 123\n",
            1)  # fmt: skip
    [record] = intake.orders()
    assert record.status == "waiting_for_vendor"
    assert record.order["applicant"]["contact"]["phone"] is None
    assert [r.kind for r in intake.outbox()] == ["reply"]


def test_a_colleague_named_in_an_out_of_office_does_not_replace_the_contact(
    intake: Intake,
) -> None:
    intake.settings = NO_LIMITS
    _answer(intake, "Re: [{reference}] Testtilgang RRH",
            "Takk for e-posten. Jeg er ute av kontoret til 16. mars.\nI mitt fravær kan du "
            "kontakte Per Kollega, per.kollega@fjordkode.example.no, tlf. 917 77 888.\n", 2)  # fmt: skip
    [record] = intake.orders()
    assert record.order["applicant"]["contact"]["name"] == "Kari Nordvang1"
    assert len(intake.outbox()) == 1


def test_a_ticket_acknowledgement_gives_neither_a_phone_nor_an_org_number(intake: Intake) -> None:
    """TopDesk style: 'I 2607 1234' became +4726071234, a mod-11 case number the org number."""
    intake.settings = NO_LIMITS
    _answer(intake, "Re: [{reference}] Testtilgang RRH",
            "Vi har mottatt din henvendelse. Saksnummer: I 2607 1234\nReferanse: 974760673\n", 3)  # fmt: skip
    [record] = intake.orders()
    assert record.order["applicant"]["contact"]["phone"] is None
    assert record.order["applicant"]["org_number"] != "974760673"
    assert len(intake.outbox()) == 1


def test_an_answer_that_looks_automatic_may_not_replace_the_contact(intake: Intake) -> None:
    """Screening lets it through (no header, no auto-reply subject, no certain phrase), but it
    reads as an absence notice: the contact it names goes to staff, not into the order."""
    intake.settings = NO_LIMITS
    _answer(intake, "Re: [{reference}] Testtilgang RRH",
            "Hei,\n\nJeg er i permisjon. Testansvarlig: Per Kollega, per.kollega@"
            "fjordkode.example.no, 917 77 888.\n", 4)  # fmt: skip
    [record] = intake.orders()
    assert record.order["applicant"]["contact"]["name"] == "Kari Nordvang1"
    assert FLAG_HELD in record.flags
    assert record.status == "waiting_for_vendor"
    assert len(intake.outbox()) == 1  # and it is not answered


def test_a_person_s_answer_that_hands_over_to_a_colleague_is_applied(intake: Intake) -> None:
    """The same words of leave, as a person's plan rather than an absence notice."""
    intake.settings = NO_LIMITS
    _answer(intake, "Re: [{reference}] Testtilgang RRH",
            "Hei,\n\nJeg går ut i permisjon fra neste uke, så kollegaen min Per Kollega overtar "
            "som testansvarlig: per.kollega@fjordkode.example.no, 917 77 888.\n\nKari\n", 5)  # fmt: skip
    [record] = intake.orders()
    assert record.order["applicant"]["contact"]["phone"] == "+4791777888"
    assert FLAG_HELD not in record.flags
