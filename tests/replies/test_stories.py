"""Stories of the automatic replies through ``bot.intake.file_message``, on SQLite and
PostgreSQL: orders with gaps get one reply each, machines get none, bots do not loop."""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timedelta

from bot.replies import ReplySettings, circuit_breaker_tripped
from storage.models import OutboxMail
from storage.replies import clear_bounced_address, flag_bounced_address, is_address_bounced
from tests.replies.conftest import Intake
from tests.replies.machines import machine_mail
from tests.replies.mails import (
    OUR_ADDRESS,
    T0,
    GapOrder,
    as_bytes,
    gap_orders,
    message,
)

OUR_ID = re.compile(r"<rrh-2026-\d{4}-\d+\.[0-9a-f]+@brreg\.no>")
HEADERS = {"Auto-Submitted", "X-Auto-Response-Suppress", "In-Reply-To", "References"}


def _file_gap(intake: Intake, order: GapOrder, now: datetime = T0) -> OutboxMail:
    before = len(intake.outbox())
    intake.file(order.raw, now)
    rows = intake.outbox()
    assert len(rows) == before + 1, order.name
    return rows[-1]


def test_each_vendor_order_with_a_gap_gets_exactly_one_reply(intake: Intake) -> None:
    orders = gap_orders()
    assert len(orders) >= 10
    for i, order in enumerate(orders):
        intake.file(order.raw, T0 + timedelta(minutes=i))
        intake.file(order.raw, T0 + timedelta(minutes=i, seconds=30))  # delivered twice
    rows = intake.outbox()
    assert sorted(r.recipients[0] for r in rows) == sorted(o.sender for o in orders)
    filed = {o.id: o.reference for o in intake.orders()}
    for order, row in zip(orders, rows, strict=True):
        assert row.kind == "reply"
        assert row.recipients == [order.sender]
        reference = filed[row.order_id or 0]
        assert row.subject.startswith(f"Re: [{reference}] ")
        assert reference in row.body
        for words in order.expect_words:
            assert words in row.body, (order.name, words)
        assert OUR_ID.fullmatch(row.message_id)
        assert row.message_id.startswith(f"<{reference.lower()}-1.")
        assert set(row.headers) == HEADERS
        assert row.headers["Auto-Submitted"] == "auto-replied"
        assert row.headers["X-Auto-Response-Suppress"] == "All"
        assert row.headers["In-Reply-To"] == row.headers["References"]
        assert row.headers["In-Reply-To"].startswith("<gap-")
    assert [d.decision for d in intake.decisions()] == ["sent"] * len(orders)


def test_a_reply_threads_to_the_vendor_s_message(intake: Intake) -> None:
    order = gap_orders()[0]
    row = _file_gap(intake, order)
    their_id = re.search(rb"Message-ID: (<[^>]+>)", order.raw)
    assert their_id is not None
    assert row.headers["In-Reply-To"] == their_id.group(1).decode()
    assert row.headers["References"] == their_id.group(1).decode()


def test_an_answer_to_our_reply_joins_the_order_and_gets_its_receipt(intake: Intake) -> None:
    order = gap_orders()[0]  # the phone is missing
    row = _file_gap(intake, order)
    answer = as_bytes(
        message(order.sender, "Re: Testtilgang RRH", "Hei,\n\nTelefon: 915 55 123\n\nKari\n",
                "<svar-1@fjordkode.example.no>",
                headers={"In-Reply-To": row.message_id, "References": row.message_id})
    )  # fmt: skip
    intake.file(answer, T0 + timedelta(hours=2))
    rows = intake.outbox()
    assert [r.kind for r in rows] == ["reply", "receipt"]
    assert rows[1].order_id == row.order_id
    assert "+4791555123" in rows[1].body and "(TT02)" in rows[1].body
    assert rows[1].message_id.startswith(f"<{intake.orders()[0].reference.lower()}-2.")
    assert rows[1].headers["In-Reply-To"] == "<svar-1@fjordkode.example.no>"
    assert rows[1].headers["References"].split() == [
        row.message_id,
        "<svar-1@fjordkode.example.no>",
    ]


def test_an_answer_within_the_grace_period_still_gets_its_one_receipt(intake: Intake) -> None:
    order = gap_orders()[0]  # the phone is missing
    row = _file_gap(intake, order)
    answer = as_bytes(
        message(order.sender, "Re: Testtilgang RRH", "Hei,\n\nTelefon: 915 55 123\n\nKari\n",
                "<svar-2@fjordkode.example.no>",
                headers={"In-Reply-To": row.message_id, "References": row.message_id})
    )  # fmt: skip
    intake.file(answer, T0 + timedelta(minutes=28))
    again = as_bytes(
        message(order.sender, "Re: Testtilgang RRH", "Hei,\n\nTelefon: 915 55 124\n\nKari\n",
                "<svar-3@fjordkode.example.no>",
                headers={"In-Reply-To": row.message_id, "References": row.message_id})
    )  # fmt: skip
    intake.file(again, T0 + timedelta(minutes=40))
    assert [r.kind for r in intake.outbox()] == ["reply", "receipt"]
    assert [d.reason for d in intake.decisions()][-1] == "grace-period"


def test_a_bounce_of_our_reply_joins_its_order_and_silences_the_address(intake: Intake) -> None:
    from tests.outbox.test_bounces import report

    order = gap_orders()[0]
    row = _file_gap(intake, order)
    address = row.recipients[0]
    filed = intake.file(report(final=address, message_id=row.message_id), T0 + timedelta(hours=1))
    assert filed.outcome == "screened"
    with intake.sessions() as session:
        from storage.models import MessageRecord

        bounce = session.get(MessageRecord, filed.message_pk)
        assert bounce is not None and bounce.order_id == row.order_id
        assert is_address_bounced(session, address)


def test_no_machine_generated_mail_is_ever_answered(intake: Intake) -> None:
    order = gap_orders()[0]
    ours = _file_gap(intake, order)
    reference = intake.orders()[0].reference
    mails = machine_mail(order.sender, ours.message_id, reference)
    assert len(mails) >= 40
    for i, (name, raw) in enumerate(mails, start=1):
        # A day apart: the grace period and the daily cap never hide a missing rule.
        intake.file(raw, T0 + timedelta(days=i))
        assert len(intake.outbox()) == 1, name
    assert all(d.decision == "withheld" for d in intake.decisions()[1:])


def test_two_bots_answering_each_other_exchange_two_messages_in_total(intake: Intake) -> None:
    """Bot B answers every mail it gets, without Auto-Submitted, quoting it. Our first reply
    and B's answer to it are the only two messages, however long they are left alone."""
    order = gap_orders()[0]
    intake.file(order.raw, T0)
    exchanged = 0
    answered: set[int] = set()
    now = T0
    for round_ in range(8):
        new = [r for r in intake.outbox() if r.id not in answered]
        if not new:
            break
        for ours in new:  # B's inbox: our mail; B answers it
            answered.add(ours.id)
            exchanged += 1
            quoted = "\n".join(f"> {line}" for line in ours.body.splitlines())
            b_answer = as_bytes(
                message(order.sender, f"Re: {ours.subject}",
                        f"Takk for e-posten. Vi svarer så snart vi kan.\n\n{quoted}\n",
                        f"<bot-b-{round_}-{ours.id}@fjordkode.example.no>",
                        headers={"In-Reply-To": ours.message_id, "References": ours.message_id})
            )  # fmt: skip
            exchanged += 1
            now += timedelta(hours=3)  # past the grace period
            intake.file(b_answer, now)
    assert exchanged == 2


def test_a_naive_autoresponder_gets_at_most_one_reply_per_grace_period_for_a_week(
    intake: Intake,
) -> None:
    """An autoresponder that answers every mail (no headers, a fresh Message-ID each time,
    quoting nothing) keeps writing to the order's thread every 45 minutes for a week."""
    order = gap_orders()[0]
    first = _file_gap(intake, order)
    now, n = T0, 0
    while now < T0 + timedelta(days=7):
        now += timedelta(minutes=45)
        n += 1
        raw = as_bytes(
            message(order.sender, f"Re: {first.subject}",
                    "Takk for din henvendelse! Vi har mottatt e-posten din.",
                    f"<auto-{n}@fjordkode.example.no>",
                    headers={"In-Reply-To": first.message_id})
        )  # fmt: skip
        intake.file(raw, now)
    sent = [r.created_at for r in intake.outbox()]
    grace = timedelta(hours=ReplySettings().grace_period_hours)
    assert all(b - a >= grace for a, b in itertools.pairwise(sent))
    assert len(sent) <= 7 * ReplySettings().daily_cap_per_sender


def test_a_header_injection_in_the_subject_never_reaches_our_headers(intake: Intake) -> None:
    raw = (
        b"From: Kari <kari@lyngdata.example.no>\r\nTo: opendata.rrh@brreg.no\r\n"
        b"Subject: =?UTF-8?Q?Testtilgang=0D=0ABcc:_victim@evil.example=0D=0A=0D=0Ahei?=\r\n"
        b"Message-ID: <inj-1@lyngdata.example.no>\r\n"
        b"References: <ok@lyngdata.example.no> <bad\r\n Bcc: x@evil.example>\r\n"
        b"Date: Mon, 02 Mar 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hei,\r\n\r\nLyngdata AS \xc3\xb8nsker tilgang til testmilj\xc3\xb8et via fiktiv "
        b"virksomhet.\r\n\r\nOrganisasjonsnummer: 930 000 019\r\nKontaktperson: Kari Lyng\r\n"
        b"E-post: kari@lyngdata.example.no\r\n"
    )
    intake.file(raw, T0)
    [row] = intake.outbox()
    assert "\r" not in row.subject and "\n" not in row.subject
    assert row.subject.startswith("Re: [RRH-2026-0001] Testtilgang")
    assert set(row.headers) == HEADERS
    for value in row.headers.values():
        assert "\r" not in value and "\n" not in value and "evil" not in value
    assert row.headers["References"] == "<ok@lyngdata.example.no> <inj-1@lyngdata.example.no>"
    assert row.recipients == ["kari@lyngdata.example.no"]
    assert not re.search(r"(?m)^Bcc:", row.body)


def test_a_production_request_gets_the_polite_answer_and_a_question_gets_none(
    intake: Intake,
) -> None:
    production = as_bytes(
        message("Ola <ola@havbrisk.example.no>", "Tilgang til produksjon",
                "Hei,\n\nVi ønsker tilgang til produksjonsmiljøet for RRH-API-et.\n\nHilsen Ola\n",
                "<prod-1@havbrisk.example.no>")
    )  # fmt: skip
    question = as_bytes(
        message("Ola <ola@havbrisk.example.no>", "Spørsmål om feilkoder",
                "Hei,\n\nHvor finner vi dokumentasjonen av feilkodene i API-et?\n\nHilsen Ola\n",
                "<q-1@havbrisk.example.no>")
    )  # fmt: skip
    intake.file(production, T0)
    intake.file(question, T0 + timedelta(days=1))
    [row] = intake.outbox()
    assert row.kind == "production" and row.order_id is None
    assert "bare tilgang til testmiljøet (TT02)" in row.body
    assert row.subject == "Re: Tilgang til produksjon"
    assert [(d.decision, d.reason) for d in intake.decisions()] == [
        ("sent", "production"),
        ("withheld", "not-an-order"),
    ]
    assert intake.orders() == []


def test_a_bounced_address_gets_nothing_until_staff_clear_it(intake: Intake) -> None:
    first, second = gap_orders()[:2]
    with intake.sessions.begin() as session:
        flag_bounced_address(session, first.sender.upper(), now=T0)
        assert is_address_bounced(session, first.sender)
    intake.file(first.raw, T0)
    assert intake.outbox() == []
    assert intake.decisions()[-1].reason == "bounced-sender"
    with intake.sessions.begin() as session:
        clear_bounced_address(session, first.sender, by="Siri i kundeservice", now=T0)
        assert not is_address_bounced(session, first.sender)
    intake.file(second.raw, T0)
    assert len(intake.outbox()) == 1


def test_the_circuit_breaker_stops_all_replies_for_the_hour(intake: Intake) -> None:
    intake.settings = ReplySettings(hourly_circuit_breaker=3)
    for i, order in enumerate(gap_orders()[:5]):
        intake.file(order.raw, T0 + timedelta(minutes=i))
    assert len(intake.outbox()) == 3
    assert [d.reason for d in intake.decisions()][3:] == ["circuit-breaker"] * 2
    with intake.sessions() as session:
        assert circuit_breaker_tripped(session, T0 + timedelta(minutes=5), 3)
        assert not circuit_breaker_tripped(session, T0 + timedelta(minutes=65), 3)


def test_our_own_address_from_the_configuration_is_never_answered(intake: Intake) -> None:
    intake.settings = ReplySettings(our_address="testtilgang@register.example.no")
    raw = as_bytes(
        message("testtilgang@register.example.no", "Testtilgang RRH",
                "Hei,\n\nVi ønsker tilgang til testmiljøet via fiktiv virksomhet.\n"
                "Organisasjonsnummer: 930 000 019\n", "<x1@register.example.no>")
    )  # fmt: skip
    filed = intake.file(raw, T0)
    assert intake.outbox() == [] and intake.orders() == []
    # Screening itself knows the configured address (it once fell back to a built-in one).
    assert filed.outcome == "screened"
    with intake.sessions() as session:
        from storage.models import MessageRecord

        record = session.get(MessageRecord, filed.message_pk)
        assert record is not None and "our-own-address" in record.screening_hits
    assert OUR_ADDRESS not in intake.settings.our_address
