"""General readings learned from unseen mail: each story is a way of writing, not one mail."""

from __future__ import annotations

from typing import Any

from parsers.api import parse_email
from tests.mail import make_mail


def parsed(body: str, **kwargs: Any) -> dict[str, Any]:
    return parse_email(make_mail(body, **kwargs)).to_dict()


def test_a_contact_label_linked_to_me_makes_the_sender_the_contact() -> None:
    result = parsed(
        "Hei\n\nVi i Lyngvik Data AS (org.nr. 918 660 240) vil teste mot registeret og går for "
        "en fiktiv virksomhet, så delegerer vi tilgangen selv. Testansvarlig vert eg.\n\n"
        "Helsing\nSindre Lyngvik\nLyngvik Data AS\nmobil 934 11 220\n",
        sender="Sindre Lyngvik <sindre@lyngvikdata.no>",
    )
    assert result["applicant"]["contact"] == {
        "name": "Sindre Lyngvik",
        "email": "sindre@lyngvikdata.no",
        "phone": "+4793411220",
    }


def test_me_for_one_enterprise_and_a_named_contact_for_the_next_are_two_people() -> None:
    result = parsed(
        "Hei,\n\nMåkeskjær Regnskap AS, org.nr 860616580, ønsker testtilgang der vår kunde "
        "Tindeland Bakeri AS, org.nr 942480784, delegerer tilgang til oss.\n\n"
        "Kontaktperson hos Måkeskjær: undertegnede.\n"
        "Kontaktperson hos Tindeland Bakeri: Eirik Tind, eirik@tindeland.test, 41 22 33 44.\n\n"
        "Hilsen\nGunn Måke\nMåkeskjær Regnskap AS\nMobil: 922 33 111\n",
        sender="Gunn Måke <gunn@makeskjaer.test>",
    )
    assert result["order_type"] == "existing_customer"
    assert result["applicant"]["contact"]["name"] == "Gunn Måke"
    assert result["applicant"]["contact"]["email"] == "gunn@makeskjaer.test"
    assert result["customer"]["contact"]["name"] == "Eirik Tind"
    assert result["customer"]["contact"]["email"] == "eirik@tindeland.test"


def test_our_contact_in_english_is_the_vendors_own() -> None:
    result = parsed(
        "Hello,\n\nQuayline Systems AS (org. no. 826202238) would like test access using the "
        "option where an existing client delegates to us. The client is Havbris Fiske AS "
        "(org. no. 834305585).\n\n"
        "Our contact: Nora Quay, nora@quayline.test, +47 401 22 333\n"
        "Client contact: Per Havbris, per@havbris.test, +47 902 11 444\n\nThanks,\nNora Quay\n",
        sender="Nora Quay <nora@quayline.test>",
    )
    assert result["applicant"]["contact"]["name"] == "Nora Quay"
    assert result["customer"]["contact"]["name"] == "Per Havbris"


def test_one_of_our_clients_named_among_others_is_not_the_sender() -> None:
    result = parsed(
        "Hi,\n\nTwo of our clients use the RRH API: Havbris Fiske AS (834 305 585) and "
        "Tindeland Bakeri AS (942 480 784). Please set up delegation from an existing customer, "
        "Tindeland Bakeri AS.\n\nVendor: Quayline Systems AS, org. no. 826 202 238\n"
        "Contact: Nora Quay, nora@quayline.test, +47 401 22 333\n\nThanks,\nNora\n",
        sender="Nora Quay <nora@quayline.test>",
    )
    assert result["applicant"]["name"] == "Quayline Systems AS"
    assert result["customer"]["name"] == "Tindeland Bakeri AS"


def test_a_foreign_enterprise_applies_through_its_norwegian_branch() -> None:
    result = parsed(
        "Hej!\n\nVi på Solberga Data AB vill ansöka om åtkomst till testmiljön för RRH. Vi har "
        "en norsk filial, Solberga Data NUF, med organisationsnummer 989 812 165.\n\n"
        "Vi vill att ni skapar ett fiktivt företag i testmiljön.\n\n"
        "Kontaktperson: Maja Berg\nE-post: maja@solberga.test\nMobil: +46 70 111 22 33\n\n"
        "Hälsningar\nMaja Berg\nSolberga Data AB\n",
        sender="Maja Berg <maja@solberga.test>",
    )
    assert result["applicant"]["org_number"] == "989812165"
    assert result["applicant"]["name"] == "Solberga Data NUF"


def test_a_swedish_verb_before_a_name_is_not_part_of_it() -> None:
    result = parsed(
        "Hej,\n\nVi är Solberga Data AB och har en norsk filial, Solberga Data NUF "
        "(org.nr 989 812 165). Vi vill gärna få åtkomst till testmiljön genom att en av våra "
        "norska kunder delegerar sin åtkomst till oss.\n\n"
        "Kunden är Tindeland Bakeri AS, org.nr 942 480 784.\n"
        "Deras kontaktperson: Eirik Tind, eirik@tindeland.test, tel. 41 22 33 44\n\n"
        "Vänliga hälsningar\nMaja Berg\n",
        sender="Maja Berg <maja@solberga.test>",
    )
    assert result["applicant"]["name"] == "Solberga Data NUF"
    assert result["customer"]["name"] == "Tindeland Bakeri AS"


def test_a_lower_case_as_after_a_written_legal_form_is_an_english_word() -> None:
    result = parsed(
        "Hello,\n\nTindeland Bakeri AS (org. no. 942480784) uses Quayline Systems AS as its "
        "ERP supplier and wants to delegate its test access to them.\n\nRegards,\nEirik Tind\n",
        sender="Eirik Tind <eirik@tindeland.test>",
    )
    names = {result["applicant"]["name"], (result.get("customer") or {}).get("name")}
    assert "Quayline Systems AS as" not in names


def test_a_contact_label_naming_production_makes_a_direct_access_order() -> None:
    result = parsed(
        "Hello,\n\nFjordglimt Avis AS is a news outlet and we want access to the register for "
        "our journalism, first in test and later in production.\n\n"
        "Org. number: 841584805\n"
        "Test lead: Lise Glimt, lise@fjordglimt.test, +47 922 00 111\n"
        "Production lead: Odd Fjord, odd@fjordglimt.test, +47 933 00 222\n"
        "Basis: media\n\nBest regards,\nLise Glimt\n",
        sender="Lise Glimt <lise@fjordglimt.test>",
    )
    assert result["order_type"] == "direct_access"
    assert result["production_contact"]["name"] == "Odd Fjord"
    assert result["legal_basis"] == "media"


def test_a_question_asking_the_register_to_set_something_up_is_an_order() -> None:
    result = parsed(
        "Hi,\n\nWe're a consultancy (Havbris Fiske AS, organisation number 834305585). Could you "
        "create a fictitious test enterprise for us in the RRH test environment?\n\n"
        "I'm the contact.\n\nBest,\nPer Havbris\nHavbris Fiske AS\nM: +47 902 11 444\n",
        sender="Per Havbris <per@havbris.test>",
    )
    assert result["order_type"] == "fictitious_customer"
    assert result["applicant"]["contact"]["email"] == "per@havbris.test"


def test_a_question_whether_one_may_is_still_no_order() -> None:
    result = parsed(
        "Hei,\n\nKan dere fortelle om vi kan få tilgang til testmiljøet som borettslag? "
        "Kontakt meg gjerne.\n\nHilsen\nGro Li\nTindeland Borettslag, org.nr 932 704 838\n",
        sender="Gro Li <gro@tindeland.test>",
    )
    assert result["order_type"] == "not_an_order"


def test_a_dialect_sentence_saying_i_am_the_contact_makes_the_sender_the_contact() -> None:
    result = parsed(
        "Hei!\n\nÆ jobbe i Lyngvik Data AS. Kunn dokk sett opp en fiktiv virksomhet i "
        "testmiljøet te oss?\n\nOrgnummeret e 918 660 240. Æ e kontaktperson sjøl, "
        "nåkk mæ på 934 11 220.\n\nHilsen\nSindre Lyngvik\nsindre@lyngvikdata.no\n",
        sender="Sindre Lyngvik <sindre@lyngvikdata.no>",
    )
    assert result["order_type"] == "fictitious_customer"
    assert result["applicant"]["contact"]["name"] == "Sindre Lyngvik"


def test_to_be_asked_for_in_the_infinitive_is_a_request() -> None:
    result = parsed(
        "Hei!\n\nVi i Stiftelsen Lyngvik vil be om en fiktiv virksomhet i testmiljøet.\n\n"
        "Kontaktperson: Sindre Lyngvik\nE-post: sindre@lyngvik.test\nTelefon: 934 11 220\n",
        sender="Sindre Lyngvik <sindre@lyngvik.test>",
    )
    assert result["order_type"] == "fictitious_customer"


def test_an_enterprise_name_cut_by_a_hard_wrap_is_read_whole() -> None:
    result = parsed(
        "Hei,\n\nVi lager bookingsystem for hytter og en av kundene våre, Tindeland\n"
        "Bakeri AS (org.nr. 942480784), vil gi oss tilgangen sin i testmiljøet gjennom\n"
        "delegering. Eirik Tind tar seg av det på deres side, eirik@tindeland.test.\n\n"
        "Lyngvik Data AS, org.nr. 918660240. Ta kontakt med meg om noe er uklart.\n\n"
        "Sindre Lyngvik\nLyngvik Data AS\n+47 934 11 220\n",
        sender="Sindre Lyngvik <sindre@lyngvikdata.no>",
    )
    assert result["customer"]["name"] == "Tindeland Bakeri AS"


def test_the_enterprise_that_asks_is_the_applicant_not_a_candidate_named_after_we() -> None:
    result = parsed(
        "Hei,\n\nLyngvik Data AS (org.nr 918660240) ønsker testtilgang via delegering fra en "
        "eksisterende kunde. Vi har to kandidater, Havbris Fiske AS (834305585) og Tindeland "
        "Bakeri AS (942480784), men vi starter med Tindeland Bakeri AS. Der er kontakten "
        "Eirik Tind, eirik@tindeland.test, 41 22 33 44.\n\n"
        "Kontaktperson hos oss: Sindre Lyngvik, sindre@lyngvikdata.no, 934 11 220\n",
        sender="Sindre Lyngvik <sindre@lyngvikdata.no>",
    )
    assert result["applicant"]["name"] == "Lyngvik Data AS"
    assert result["customer"]["name"] == "Tindeland Bakeri AS"


def test_an_answer_choosing_the_option_in_a_hard_wrapped_sentence_is_read_whole() -> None:
    from parsers.extract import extract
    from parsers.mime import read_letter
    from rules.order import Order, OrderType

    answer = make_mail(
        "Hi,\n\nSorry, forgot that part. We'd like the fictitious enterprise, the one we\n"
        "delegate from ourselves - we have no customers on this product yet.\n\nNora\n",
        sender="Nora Quay <nora@quayline.test>",
        subject="Re: Test access [RRH-2026-0001]",
    )
    result = extract(read_letter(answer), known=Order(OrderType.UNSPECIFIED))
    assert result.found.order_type is OrderType.FICTITIOUS_CUSTOMER


def test_one_bare_number_completes_one_party_and_an_own_address_places_the_contact() -> None:
    result = parsed(
        "Hei,\n\nLyngvik Data AS vil ha testtilgang til RRH der kunden vår Tindeland Bakeri AS "
        "delegerer tilgangen sin til oss. Me kjem attende med detaljane om kunden.\n\n"
        "Org.nr. 918 660 240\nKontaktperson: Sindre Lyngvik, sindre@lyngvikdata.no, "
        "934 11 220\n\nHelsing Sindre\n",
        sender="Sindre Lyngvik <sindre@lyngvikdata.no>",
    )
    assert result["applicant"]["org_number"] == "918660240"
    assert result["applicant"]["contact"]["name"] == "Sindre Lyngvik"
    assert result["customer"]["org_number"] is None
    assert result["customer"]["contact"]["name"] is None


def test_table_columns_headed_by_a_party_among_other_words_split_the_parties() -> None:
    html = (
        "<p>Hei,</p><p>Vi bestiller testtilgang der kunden vår delegerer sin tilgang til oss "
        "(alternativ 2).</p><table>"
        "<tr><td>&nbsp;</td><td>Leverandør (oss)</td><td>Kunde som delegerer</td></tr>"
        "<tr><td>Navn</td><td>Lyngvik Data AS</td><td>Tindeland Bakeri AS</td></tr>"
        "<tr><td>Org.nr.</td><td>918 660 240</td><td>942 480 784</td></tr>"
        "<tr><td>Kontaktperson</td><td>Sindre Lyngvik</td><td>Eirik Tind</td></tr>"
        "<tr><td>E-post</td><td>sindre@lyngvikdata.no</td><td>eirik@tindeland.test</td></tr>"
        "</table><p>Hilsen Sindre</p>"
    )
    result = parse_email(
        make_mail("", html=html, sender="Sindre Lyngvik <sindre@lyngvikdata.no>")
    ).to_dict()
    assert result["applicant"]["name"] == "Lyngvik Data AS"
    assert result["customer"]["name"] == "Tindeland Bakeri AS"
    assert result["customer"]["contact"]["name"] == "Eirik Tind"
