"""The stories of issue 11, end to end: real mail filed by the intake, the check job asking a
real HTTP server in the API's shapes, the digest and the replies reading what it stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from itertools import count

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import DigestConfig
from bot.digest.content import gather
from bot.digest.render import render
from bot.intake import Outcome, file_message
from bot.register.api import ApiRegister
from bot.register.check import run_checks
from rules.register import RegisterStatus
from storage.models import OrderRecord, OrderStatus, OutboxMail
from storage.register import OrderRegisterCheck
from tests.register.numbers import valid_numbers
from tests.register.server import FakeRegister, deleted_enhet, enhet

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
APPLICANT, CUSTOMER, OTHER = valid_numbers(931_500_000, 3)
_serial = count(1)


def _spaced(number: str) -> str:
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def fictitious_order(number: str, name: str) -> bytes:
    return _mail(
        f"""Hei,

Vi ønsker tilgang til testmiljøet for RRH, og ber om at dere oppretter en fiktiv virksomhet for oss.

Org.nr.: {_spaced(number)}
Virksomhetens navn: {name}
Kontaktperson for test: Kari Fjellheim
E-post: kari.fjellheim@fjellbekk.example.no
Mobil: +47 912 34 567

Med vennlig hilsen
Kari Fjellheim
{name}
"""
    )


def customer_order(customer: str, customer_name: str) -> bytes:
    return _mail(
        f"""Hei,

Vi ønsker testtilgang til RRH som systemleverandør, der en eksisterende kunde av oss delegerer tilgangen sin til oss (alternativ 2).

Leverandør:
Organisasjonsnummer: {APPLICANT}
Navn: Fjellbekk Data AS
Kontaktperson: Kari Fjellheim
E-post: kari.fjellheim@fjellbekk.example.no
Telefon: 912 34 567

Kunde:
Organisasjonsnummer: {customer}
Navn: {customer_name}
Kontaktperson: Per Lyngmo
E-post: per.lyngmo@kundebyra.example.no
Telefon: 55 31 84 20

Mvh
Kari Fjellheim
Fjellbekk Data AS
"""
    )


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Kari Fjellheim <kari.fjellheim@fjellbekk.example.no>"
    message["To"] = "opendata.rrh@brreg.no"
    message["Subject"] = "Bestilling av testtilgang til RRH"
    message["Date"] = "Wed, 02 Dec 2026 09:00:00 +0000"
    message["Message-ID"] = f"<story{next(_serial)}@fjellbekk.example.no>"
    message.set_content(body)
    return message.as_bytes()


def _file(sessions: sessionmaker[Session], raw: bytes, at: datetime = NOW) -> str:
    with sessions.begin() as session:
        filed = file_message(session, raw, now=at)
    assert filed.outcome is Outcome.NEW_ORDER and filed.reference
    return filed.reference


def _order(sessions: sessionmaker[Session], reference: str) -> OrderRecord:
    with sessions() as session:
        return session.scalars(select(OrderRecord).where(OrderRecord.reference == reference)).one()


def _digest_text(sessions: sessionmaker[Session], at: datetime) -> str:
    with sessions() as session:
        return render(gather(session, DigestConfig(), now=at)).text


def test_a_wrong_number_that_passes_mod_11_is_caught_as_a_name_mismatch(
    database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister
) -> None:
    api_server.entity(enhet(OTHER, "SKARVHOLMEN REGNSKAP AS"))  # another enterprise's number
    reference = _file(database, fictitious_order(OTHER, "Fjellbekk Data AS"))
    assert _order(database, reference).status is OrderStatus.READY  # mod 11 sees nothing

    run_checks(database, api, now=NOW + timedelta(minutes=1))

    order = _order(database, reference)
    assert "register_name_mismatch_applicant" in order.flags
    text = _digest_text(database, NOW + timedelta(minutes=2))
    assert "SKARVHOLMEN REGNSKAP AS (aktiv)" in text
    assert "Søkerens navn stemmer ikke med navnet i Enhetsregisteret" in text


def test_a_deleted_customer_gets_the_vendor_asked(
    database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister
) -> None:
    api_server.entity(enhet(APPLICANT, "FJELLBEKK DATA AS"))
    api_server.entity(deleted_enhet(CUSTOMER))
    reference = _file(database, customer_order(CUSTOMER, "Kundebyrå AS"))
    assert _order(database, reference).status is OrderStatus.READY

    run_checks(database, api, now=NOW + timedelta(minutes=1))
    order = _order(database, reference)
    assert order.invalid == {"customer.org_number": "deleted in Enhetsregisteret"}
    assert order.status is OrderStatus.WAITING_FOR_VENDOR

    # The intake's receipt went out a minute ago: the question waits for the grace period.
    assert _questions(database, reference) == []
    run_checks(database, api, now=NOW + timedelta(hours=1, minutes=5))
    [question] = _questions(database, reference)
    assert (
        f"Organisasjonsnummeret til kunden ({_spaced(CUSTOMER)}) er slettet i Enhetsregisteret"
        in question.body
    )
    assert question.recipients == ["kari.fjellheim@fjellbekk.example.no"]

    # Asked once: the next run says nothing more.
    run_checks(database, api, now=NOW + timedelta(hours=3))
    assert len(_questions(database, reference)) == 1


def _questions(sessions: sessionmaker[Session], reference: str) -> list[OutboxMail]:
    with sessions() as session:
        order = session.scalars(select(OrderRecord).where(OrderRecord.reference == reference)).one()
        mails = session.scalars(select(OutboxMail).where(OutboxMail.order_id == order.id)).all()
        return [m for m in mails if "Enhetsregisteret" in m.body]


def test_a_bankrupt_applicant_is_flagged_in_the_digest(
    database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister
) -> None:
    api_server.entity(enhet(APPLICANT, "FJELLBEKK DATA AS", konkurs=True, konkursdato="2026-10-01"))
    reference = _file(database, fictitious_order(APPLICANT, "Fjellbekk Data AS"))

    run_checks(database, api, now=NOW + timedelta(minutes=1))

    with database() as session:
        digest = gather(session, DigestConfig(), now=NOW + timedelta(hours=1))
    [flagged] = [f for f in digest.flagged if f.reference == reference]
    assert flagged.flags == ("register_bankrupt_applicant",)
    rendered = render(digest)
    assert "Søkeren er konkurs (Enhetsregisteret)" in rendered.text
    assert "FJELLBEKK DATA AS (konkurs)" in rendered.html
    assert "FJELLBEKK DATA AS" in rendered.csv.splitlines()[1]


def test_with_the_api_down_intake_goes_on_and_the_checks_catch_up_after(
    database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister
) -> None:
    api_server.down = True
    api_server.entity(enhet(APPLICANT, "FJELLBEKK DATA AS", konkurs=True))
    first = _file(database, fictitious_order(APPLICANT, "Fjellbekk Data AS"))
    report = run_checks(database, api, now=NOW + timedelta(minutes=10))
    assert report.not_checked == 1
    # More mail keeps arriving and is filed while the register is down.
    second = _file(database, fictitious_order(OTHER, "Skarvholmen Regnskap AS"), NOW + timedelta(minutes=20))
    for minutes in range(30, 70, 10):  # the breaker is open: no request reaches the register
        run_checks(database, api, now=NOW + timedelta(minutes=minutes))
    assert _status(database, first) is RegisterStatus.NOT_CHECKED
    assert "ikke sjekket ennå" in _digest_text(database, NOW + timedelta(hours=1))

    api_server.down = False
    api_server.entity(enhet(OTHER, "SKARVHOLMEN REGNSKAP AS"))
    api.breaker.success()  # the cool-down has passed (tested in test_api)
    report = run_checks(database, api, now=NOW + timedelta(hours=1, minutes=10))

    assert report.not_checked == 0
    assert _status(database, first) is RegisterStatus.BANKRUPT
    assert _status(database, second) is RegisterStatus.ACTIVE
    assert "register_bankrupt_applicant" in _order(database, first).flags


def _status(sessions: sessionmaker[Session], reference: str) -> RegisterStatus:
    with sessions() as session:
        order = session.scalars(select(OrderRecord).where(OrderRecord.reference == reference)).one()
        check = session.scalars(
            select(OrderRegisterCheck).where(OrderRegisterCheck.order_id == order.id)
        ).one()
        return check.status


def test_a_corrected_number_clears_what_the_register_said_about_the_old_one(
    database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister
) -> None:
    api_server.entity(enhet(APPLICANT, "FJELLBEKK DATA AS"))
    api_server.entity(deleted_enhet(CUSTOMER))
    api_server.entity(enhet(OTHER, "KUNDEBYRÅ AS"))
    reference = _file(database, customer_order(CUSTOMER, "Kundebyrå AS"))
    run_checks(database, api, now=NOW + timedelta(minutes=1))
    assert _order(database, reference).status is OrderStatus.WAITING_FOR_VENDOR

    correction = EmailMessage()
    correction["From"] = "Kari Fjellheim <kari.fjellheim@fjellbekk.example.no>"
    correction["To"] = "opendata.rrh@brreg.no"
    correction["Subject"] = f"Re: [{reference}] Bestilling av testtilgang til RRH"
    correction["Message-ID"] = "<correction@fjellbekk.example.no>"
    correction.set_content(f"Beklager, kundens organisasjonsnummer er {_spaced(OTHER)}.\n\nMvh\nKari")
    with database.begin() as session:
        filed = file_message(session, correction.as_bytes(), now=NOW + timedelta(minutes=30))
    assert filed.outcome is Outcome.UPDATED_ORDER

    run_checks(database, api, now=NOW + timedelta(minutes=31))
    order = _order(database, reference)
    assert order.order["customer"]["org_number"] == OTHER
    assert order.invalid == {}
    assert order.status is OrderStatus.READY
    assert not [f for f in order.flags if f.startswith("register_")]


def test_a_corrected_number_takes_the_stale_name_mismatch_flag_away(
    database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister
) -> None:
    api_server.entity(enhet(OTHER, "SKARVHOLMEN REGNSKAP AS"))
    api_server.entity(enhet(APPLICANT, "FJELLBEKK DATA AS"))
    reference = _file(database, fictitious_order(OTHER, "Fjellbekk Data AS"))
    run_checks(database, api, now=NOW + timedelta(minutes=1))
    assert "register_name_mismatch_applicant" in _order(database, reference).flags

    correction = EmailMessage()
    correction["From"] = "Kari Fjellheim <kari.fjellheim@fjellbekk.example.no>"
    correction["To"] = "opendata.rrh@brreg.no"
    correction["Subject"] = f"Re: [{reference}] Bestilling av testtilgang til RRH"
    correction["Message-ID"] = "<correction2@fjellbekk.example.no>"
    correction.set_content(f"Beklager, riktig org.nr. er {_spaced(APPLICANT)}.\n\nMvh\nKari")
    with database.begin() as session:
        file_message(session, correction.as_bytes(), now=NOW + timedelta(minutes=30))
    # The intake keeps the order's flags; the register's flag is the check job's to take away.
    assert "register_name_mismatch_applicant" in _order(database, reference).flags

    run_checks(database, api, now=NOW + timedelta(minutes=31))
    order = _order(database, reference)
    assert order.order["applicant"]["org_number"] == APPLICANT
    assert "register_name_mismatch_applicant" not in order.flags
    assert _status(database, reference) is RegisterStatus.ACTIVE
