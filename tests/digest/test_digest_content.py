"""The digest's sections, read from a database with orders in every state, and its forms:
plain text, HTML (escaped, self-contained) and the CSV of ready orders."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Config, DigestConfig
from bot.digest.content import Digest, gather, working_hours
from bot.digest.render import CSV_FILENAME, RenderedDigest, render
from rules.fields import FieldPath
from rules.order import Contact, Order, OrderType
from storage.models import OrderStatus
from storage.outbox import add_outbox
from tests.digest import builders as b
from tests.digest.builders import NOW
from tests.digest.scenario import busy_day

OSLO = ZoneInfo("Europe/Oslo")
EVIL_SUBJECT = '<script>alert("x")</script> Bestilling"><img src=x onerror=alert(1)>'
EVIL_NAME = '"><img src=x onerror=alert(2)> & Co AS'


def _digest(sessions: sessionmaker[Session], config: Config) -> tuple[Digest, RenderedDigest]:
    with sessions() as session:
        digest = gather(session, config.digest, now=NOW)
    return digest, render(digest)


def test_a_busy_morning_has_every_section(sessions: sessionmaker[Session], config: Config) -> None:
    with sessions.begin() as session:
        busy_day(session)
    digest, mail = _digest(sessions, config)

    assert digest.since == datetime(2026, 2, 27, 6, 0, tzinfo=UTC)  # Friday's digest
    ready = {
        o.applicant_name if hasattr(o, "applicant_name") else o.reference: o for o in digest.ready
    }
    assert len(ready) == 7  # the two ready ones, three flagged, the unsure one, the duplicate
    first = digest.ready[0]
    assert first.order_type is OrderType.FICTITIOUS_CUSTOMER
    assert [f.path for f in first.fields] == [
        FieldPath.APPLICANT_ORG_NUMBER, FieldPath.APPLICANT_NAME, FieldPath.APPLICANT_CONTACT_NAME,
        FieldPath.APPLICANT_CONTACT_EMAIL, FieldPath.APPLICANT_CONTACT_PHONE,
    ]  # fmt: skip
    assert first.subject == "Bestilling av testtilgang for Fjordsystemer"

    waiting = {w.reference: w for w in digest.waiting}
    asked = next(w for w in waiting.values() if w.asked_at is not None)
    assert asked.asked_at == datetime(2026, 2, 27, 6, 0, tzinfo=UTC)
    assert asked.reminders == 2
    problems = {(p.path, p.reason) for p in asked.problems}
    assert (FieldPath.APPLICANT_CONTACT_PHONE, None) in problems
    assert (FieldPath.APPLICANT_ORG_NUMBER, "wrong check digit (mod 11)") in problems
    never = next(w for w in waiting.values() if w.asked_at is None)
    assert never.reminders == 0 and (FieldPath.ORDER_TYPE, None) in {
        (p.path, p.reason) for p in never.problems
    }

    flags = sorted(f for o in digest.flagged for f in o.flags)
    assert flags == ["address_bounced", "national_id_seen", "reply_from_unknown_sender"]
    assert [(c.path, c.old, c.new) for o in digest.unsure for c in o.conflicts] == [
        (FieldPath.APPLICANT_CONTACT_PHONE, "+4748123456", "+4790012345")
    ]
    assert [q.last_line for q in digest.quarantined] == [
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe5"
    ]
    assert [(g.org_number, len(g.references)) for g in digest.duplicates] == [(b.ORG_A, 2)]
    assert digest.held_replies == 1
    assert [(h.status, h.actor) for h in digest.handled] == [
        (OrderStatus.DONE, "Ingrid Saksbehandler"), (OrderStatus.REJECTED, "Ingrid Saksbehandler"),
    ]  # fmt: skip
    assert digest.health.errors_since == 1 and digest.health.filed_since >= 10
    assert digest.health.last_poll_at is not None
    assert not digest.health.quiet_warning and not digest.is_empty

    text = mail.text
    order_of_sections = [
        text.index(h)
        for h in ("KLARE TIL BEHANDLING", "VENTER PÅ LEVERANDØREN", "TRENGER OPPMERKSOMHET",
                  "DRIFTSSTATUS", "BEHANDLET SIDEN FORRIGE OVERSIKT")
    ]  # fmt: skip
    assert order_of_sections == sorted(order_of_sections)
    assert "Klare til behandling:      7" in text
    assert "Søker, organisasjonsnummer:      923 456 783" in text
    assert "+47 91 23 45 67" in text  # phonenumbers' international format
    assert "Mottatt:                         2. mars 2026 kl. 04.00" in text  # 03:00 UTC in Oslo
    assert "Leverandør med fiktiv virksomhet (alternativ 1)" in text
    assert "Rettslig grunnlag:               Offentlig myndighet" in text
    assert "Kontaktperson, telefon: mangler" in text
    assert "Søker, organisasjonsnummer: har feil kontrollsiffer (923456784)" in text
    assert "Spurt: 27. februar 2026 kl. 07.00; påminnelser: 2" in text
    assert "Spurt: ikke ennå; påminnelser: 0" in text
    assert "Fødselsnummer eller D-nummer i e-posten" in text
    assert "Kontaktperson, telefon: +47 48 12 34 56 -> +47 90 01 23 45" in text
    assert "923 456 783 – Leverandør med fiktiv virksomhet (alternativ 1)" in text
    assert "Svar holdt tilbake av sikringen (for mange svar på kort tid): 1" in text
    assert ": ferdig av Ingrid Saksbehandler, 1. mars 2026 kl. 11.00" in text
    assert "Gammel AS" not in text  # handled before the last digest
    for heading in ("Klare til behandling", "Venter på leverandøren", "Trenger oppmerksomhet",
                    "Driftsstatus", "Behandlet siden forrige oversikt"):  # fmt: skip
        assert heading in mail.html
    assert (
        mail.subject
        == "Daglig oversikt mandag 2. mars 2026: 7 klare, 2 venter, 7 trenger oppmerksomhet"
    )


def test_vendor_text_is_escaped_in_html(sessions: sessionmaker[Session], config: Config) -> None:
    evil = replace(b.FICTITIOUS, applicant=replace(b.FICTITIOUS.applicant, name=EVIL_NAME))
    with sessions.begin() as session:
        b.order(session, evil, subject=EVIL_SUBJECT)
        b.quarantined(session, NOW - timedelta(hours=1), "ValueError: <script>bad()</script>")
        waiting = b.order(
            session,
            replace(
                evil, applicant=replace(evil.applicant, contact=Contact(EVIL_NAME, "<b>@x", None))
            ),
        )
        del waiting
    _, mail = _digest(sessions, config)
    html = mail.html.lower()
    assert "<script" not in html and "<img" not in html and "<b>@x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in mail.html
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; co as" in html
    assert EVIL_SUBJECT in mail.text  # the plain text shows it as written


def test_html_is_self_contained_for_outlook(
    sessions: sessionmaker[Session], config: Config
) -> None:
    with sessions.begin() as session:
        busy_day(session)
    _, mail = _digest(sessions, config)
    html = mail.html
    for forbidden in (
        "http://",
        "https://",
        "src=",
        "<link",
        "<style",
        "class=",
        "url(",
        "@import",
        "<script",
    ):
        assert forbidden not in html, forbidden
    assert re.search(r'<table role="presentation" width="760"', html)
    body = json.loads(mail.outbox_body())
    assert set(body) == {"text", "html", "attachments"}
    assert body["attachments"][0]["filename"] == CSV_FILENAME == "klare-bestillinger.csv"
    assert body["attachments"][0]["content_type"] == "text/csv"


def test_ready_orders_as_csv(sessions: sessionmaker[Session], config: Config) -> None:
    formula = replace(b.DIRECT, applicant=replace(b.DIRECT.applicant, name='=HYPERLINK("x")'))
    with sessions.begin() as session:
        b.order(session, b.FICTITIOUS)
        b.order(session, formula, subject="@SUM(A1)")
        b.order(session, Order(order_type=OrderType.UNSPECIFIED))  # waiting: not in the CSV
    _, mail = _digest(sessions, config)
    rows = list(csv.reader(io.StringIO(mail.csv), delimiter=";"))
    assert rows[0][:3] == ["Referanse", "Type", "Søker, organisasjonsnummer"]
    assert len(rows) == 3
    assert rows[1][2] == "923 456 783" and "+47 91 23 45 67" in rows[1]
    assert '\'=HYPERLINK("x")' in rows[2] and "'@SUM(A1)" in rows[2]
    assert "Offentlig myndighet" in rows[2]


def test_a_day_with_nothing_to_report(sessions: sessionmaker[Session], config: Config) -> None:
    digest, mail = _digest(sessions, config)
    assert digest.is_empty and digest.since == NOW - timedelta(hours=24)
    assert mail.subject == "Daglig oversikt mandag 2. mars 2026: Ingen nye bestillinger"
    assert "Ingen nye bestillinger" in mail.text and "Ingen nye bestillinger" in mail.html
    assert "DRIFTSSTATUS" in mail.text and "KLARE TIL BEHANDLING" not in mail.text
    assert mail.csv.count("\r\n") == 1  # the header only


def test_quiet_mailbox_warning_counts_working_hours(sessions: sessionmaker[Session]) -> None:
    config = DigestConfig(staff_addresses=("vakt@etat.example.no",), quiet_warning_hours=16)
    with sessions.begin() as session:
        # Last mail on Thursday 26 February at 15:00 Oslo: Thu 1 h + Fri 8 h + Mon 0 h by 07:00.
        b.message(session, "Hei", datetime(2026, 2, 26, 14, 0, tzinfo=UTC))
    with sessions() as session:
        monday = gather(session, config, now=NOW)
        tuesday = gather(session, config, now=NOW + timedelta(days=1))
    assert monday.health.quiet_hours == 9 and not monday.health.quiet_warning
    assert tuesday.health.quiet_hours == 17 and tuesday.health.quiet_warning
    assert "ADVARSEL: Ingen e-post er registrert på 17 arbeidstimer" in render(tuesday).text
    assert "Advarsel:" in render(tuesday).html


def test_working_hours_skip_evenings_weekends_and_follow_local_time() -> None:
    friday_noon = datetime(2026, 3, 27, 12, 0, tzinfo=OSLO)
    monday_nine = datetime(2026, 3, 30, 9, 0, tzinfo=OSLO)  # DST began on Sunday 29 March
    assert working_hours(friday_noon, monday_nine, OSLO) == 4 + 1
    assert working_hours(monday_nine, friday_noon, OSLO) == 0
    saturday = datetime(2026, 3, 28, 10, 0, tzinfo=OSLO)
    assert working_hours(saturday, saturday + timedelta(hours=30), OSLO) == 0


def test_staff_change_settles_a_conflict(sessions: sessionmaker[Session], config: Config) -> None:
    """Once staff have changed an order, earlier contradictions in its thread are settled."""
    with sessions.begin() as session:
        record = b.order(session, b.FICTITIOUS)
        changed = replace(
            b.FICTITIOUS, applicant=replace(b.FICTITIOUS.applicant, name="Fjordsystemer Vest AS")
        )
        b.later_mail_changes(session, record, changed, NOW - timedelta(hours=2))
    assert len(_digest(sessions, config)[0].unsure) == 1
    with sessions.begin() as session:
        record = session.merge(record)
        from storage.orders import update_order

        update_order(
            session,
            record,
            flags=["checked"],
            actor="Ingrid Saksbehandler",
            now=NOW - timedelta(hours=1),
        )
    assert _digest(sessions, config)[0].unsure == ()


def test_spurt_is_only_for_a_vendor_who_was_asked_something(
    sessions: sessionmaker[Session],
) -> None:
    """A receipt (or a withdrawn question) asked the vendor nothing: no 'Spurt' time."""
    lacking = replace(
        b.FICTITIOUS,
        applicant=replace(
            b.FICTITIOUS.applicant,
            contact=replace(b.FICTITIOUS.applicant.contact, phone=None),
        ),
    )
    with sessions.begin() as session:
        record = b.order(session, lacking)
        add_outbox(
            session, kind="receipt", order=record, recipients=["kari@fjordsystemer.example.no"],
            subject="Kvittering", body="Takk.", message_id="<kvittering-1@etat.example.no>",
            now=b.NOW - timedelta(hours=2),
        )  # fmt: skip
        [waiting] = gather(session, DigestConfig(), now=b.NOW).waiting
        assert waiting.asked_at is None and waiting.reminders == 0
        b.reply(session, record, b.NOW - timedelta(hours=1))
        [waiting] = gather(session, DigestConfig(), now=b.NOW).waiting
        assert waiting.asked_at == b.NOW - timedelta(hours=1)
