"""A value is taken only where it is one (issue 12, finding 8).

Real helpdesk mail sent as answers to our reply changed orders: postcodes, dates, versions,
URL parameters, base64 and ticket numbers became phones, foreign company and VAT ids became
org numbers, inline-image references became email addresses. Each story below is an answer
to an order whose values are all valid: what it says must not become a value.
"""

from __future__ import annotations

import pytest

from parsers.extract import extract
from parsers.mime import read_letter
from rules.checks import phone_problem
from rules.order import Contact, Order, OrderType, Party
from tests.mail import make_mail

KNOWN = Order(
    OrderType.FICTITIOUS_CUSTOMER,
    Party("974760673", "Eksempel System AS", Contact("Kari Nordmann", "kari@example.no", None)),
)


def answer(body: str) -> Order:
    """What an answer to our reply gives, read in the light of its thread's order."""
    mail = make_mail(
        body, sender="Kari Nordmann <kari@example.no>", subject="SV: [RRH-2026-0077] Testtilgang"
    )
    return extract(read_letter(mail), known=KNOWN).found


def phones(order: Order) -> set[str | None]:
    contacts = (order.applicant.contact, order.customer.contact, order.production_contact)
    return {c.phone for c in contacts} - {None}


def org_numbers(order: Order) -> set[str | None]:
    return {order.applicant.org_number, order.customer.org_number} - {None}


def emails(order: Order) -> set[str | None]:
    contacts = (order.applicant.contact, order.customer.contact, order.production_contact)
    return {c.email for c in contacts} - {None}


@pytest.mark.parametrize(
    "line",
    [
        "Vi holder til i Industriestraße 5, 94327 Bogen.",  # a German postcode
        "Our office: 1200 Brickell Avenue, Miami, 33126",  # a US ZIP code
        "Adresse: Postboks 1, 0150 Oslo",  # a Norwegian postcode
        "Dette gjelder fakturaen datert 22.05.2012.",  # a date (22052012 is a real number)
        "Vi kjører versjon 2.15.8.1150 av klienten.",  # a version
        "Se https://support.example.no/sak?id=41234567&visning=22334455 for detaljer.",
        "Se https://support.example.no/tickets/41234567/view for detaljer.",
        "Ticket #41234567 er registrert hos oss.",
        "Sak 2026-1234 er opprettet.",
        "Gjelder [RRH-2026-0077], se over.",  # our own reference
        "Vedlegg: Qm9uam91cg41234567aGVsbG8gd29ybGQ=",  # base64
        "Serveren har adressen 192.168.100.123.",  # an IP address
        "Referanse: 4123 4567 er notert.",
    ],
)
def test_no_phone_is_read_from_a_postcode_date_version_url_id_or_base64(line: str) -> None:
    assert phones(answer(f"Hei,\n\n{line}\n\nMvh\nKari\n")) == set()


def test_a_phone_written_as_one_is_still_read_with_or_without_a_label() -> None:
    assert phones(answer("Hei,\n\nNytt mobilnummer: 412 34 567\n\nMvh\nKari\n")) == {
        "+4741234567"
    }
    assert phones(answer("Hei,\n\nDu når meg på 412 34 567 i dag.\n\nMvh\nKari\n")) == {
        "+4741234567"
    }


def test_a_foreign_number_with_a_national_leading_zero_never_gets_plus_47() -> None:
    german = answer("Hallo,\n\nKontaktperson: Hans Meier\nTel. 053-8311646\n\nGruß\nHans\n")
    assert phones(german) == set()
    swedish = answer(
        "Hej,\n\nKontaktperson: Johan Berg\nTelefon: 08-123 456 78\n\n"
        "Med vänlig hälsning\nJohan Berg\nStockholm, Sverige\n"
    )
    assert phones(swedish) == {"+46812345678"}


def test_an_explicit_foreign_country_code_is_kept() -> None:
    order = answer(
        "Hej,\n\nKontaktperson: Johan Berg, johan@example.se, +46 73 731 51 35\n\nHälsning\nJohan\n"
    )
    assert phones(order) == {"+46737315135"}


def test_a_four_digit_german_fax_is_no_valid_number() -> None:
    assert phone_problem("+491234") == "too short"
    assert phone_problem("+4930123456") is None
    assert phone_problem("+447700900418") is None  # a UK mobile in Ofcom's drama range


@pytest.mark.parametrize(
    "line",
    [
        "USt-ID: DE 142476770",  # a German VAT id that passes mod 11
        "Company Registration Number: 974760673",
        "QQ: 974760673",
        "Avtalenr. med Altinn: 974760673",
        "Internt prosjektnr. hos oss: 974 760 673",
        "Medlemsnr. i bransjeforeningen: 974760673",
        "D-U-N-S number: 974760673",
    ],
)
def test_no_org_number_is_read_from_a_foreign_or_otherwise_labelled_id(line: str) -> None:
    assert org_numbers(answer(f"Hei,\n\n{line}\n\nMvh\nKari\n")) == set()


def test_an_org_number_label_nearer_than_a_distractor_wins() -> None:
    order = answer("Hei,\n\nAvtalenr. 12, org.nr. 974 760 673\n\nMvh\nKari\n")
    assert org_numbers(order) == {"974760673"}


@pytest.mark.parametrize(
    "line",
    [
        "[cid:image002.png@01CD2A3B.4C5D6E70]",
        "<20120510123456.GA1234@mail01>",
        "Feilkode p@2d ved innlogging.",
        "Kontakt: p\ufffdl@example.no",  # a character lost in decoding
    ],
)
def test_no_email_is_read_from_a_reference_a_message_id_or_mis_decoded_text(line: str) -> None:
    assert emails(answer(f"Hei,\n\n{line}\n\nMvh\nKari\n")) == set()


def test_raw_header_lines_pasted_in_the_text_give_no_contact() -> None:
    order = answer(
        "Hei,\n\nVi får denne feilen fra serveren:\n\n"
        "Return-Path: <www-data@web01.example.no>\n"
        "Received: from web01.example.no (web01.example.no [10.1.2.3])\n"
        "\tby mx.example.no with ESMTP id 4F2A1B; Tue, 10 May 2012 10:05:12 +0200\n"
        "X-PHP-Originating-Script: 1000:mailer.php\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Kontakt: Server Admin <root@web01.example.no>\n\nMvh\nKari\n"
    )
    assert order.applicant.contact == Contact()
    assert order.customer.contact == Contact()


def test_an_unlabelled_short_phone_that_ends_a_contact_line_is_reported_as_written() -> None:
    mail = make_mail(
        "Hei,\n\nVi ønsker en fiktiv virksomhet i testmiljøet for RRH.\n\n"
        "Vi er Eksempel System AS (org.nr 974 760 673), og kontaktperson hos oss er "
        "Randi Holt, randi.holt@example.no, 33 50 95.\n\nMvh\nRandi Holt\n",
        sender="Randi Holt <randi.holt@example.no>",
    )
    extraction = extract(read_letter(mail))
    assert extraction.order.applicant.contact.phone == "+47335095"
    assert extraction.to_dict()["invalid"] == ["applicant.contact.phone"]


def test_a_bank_code_is_no_phone_and_a_share_capital_no_org_number() -> None:
    """Real mail (an Italian and a British footer): 'Cap. Soc. euro 347.256.998,80' and
    'National Bank Code: 21003467' are an amount and a bank's code."""
    found = answer(
        "Here are our details.\n\nIBAN: ES67 2100 3467 1007 0001 6539\n"
        "National Bank Code: 21003467\nCap. Soc. euro 347.256.998,80\n"
    )
    assert found.applicant.contact.phone is None
    assert found.applicant.org_number is None
