"""The extractor, told as stories: what a vendor writes and what staff should see filed."""

from __future__ import annotations

from typing import Any

from parsers.api import parse_email
from tests.mail import make_mail


def parsed(body: str, **kwargs: Any) -> dict[str, Any]:
    return parse_email(make_mail(body, **kwargs)).to_dict()


def test_a_labelled_fictitious_order_is_complete() -> None:
    result = parsed(
        "Hei,\n\nEksempel System AS ønsker tilgang til testmiljøet via en fiktiv virksomhet.\n\n"
        "Organisasjonsnummer: 974 760 673\nNavn: Eksempel System AS\nKontaktperson: Kari Nordmann\n"
        "E-post: Kari.Nordmann@eksempel-system.no\nTelefon: 412 34 567\n\nMvh\nKari Nordmann\n"
    )
    assert result["order_type"] == "fictitious_customer"
    assert result["applicant"] == {
        "org_number": "974760673",
        "name": "Eksempel System AS",
        "contact": {
            "name": "Kari Nordmann",
            "email": "kari.nordmann@eksempel-system.no",
            "phone": "+4741234567",
        },
    }
    assert result["missing"] == [] and result["invalid"] == []
    assert result["evidence"]["applicant.org_number"]["rule"] == "org-number"


def test_a_named_colleague_is_the_contact_and_never_gets_the_senders_details() -> None:
    result = parsed(
        "Hei,\n\nVi i Fjellkode AS (org.nr. 974 760 673) vil gjerne teste mot RRH og ønsker en fiktiv "
        "virksomhet slik at vi kan delegere tilgangen selv.\n\nKontaktperson blir vår utvikler "
        "Ola Testesen, mobil 912 34 567.\n\nHilsen\nPer Sjef\nDaglig leder\nTlf. 22 33 44 55\n",
        sender="Per Sjef <per@fjellkode.no>",
    )
    contact = result["applicant"]["contact"]
    assert contact == {"name": "Ola Testesen", "email": None, "phone": "+4791234567"}
    assert result["missing"] == ["applicant.contact.email"]


def test_kontaktperson_er_meg_takes_the_senders_name_address_and_mobile_not_the_switchboard() -> (
    None
):
    result = parsed(
        "Hei,\n\nFjellkode AS, orgnr 974760673, ønsker opprettelse av fiktiv virksomhet i "
        "testmiljøet. Kontaktperson er meg.\n\nMed vennlig hilsen\nIngrid Eksempel\nFjellkode AS\n"
        "Sentralbord: 22 33 44 55 | Mobil: 987 65 432\n",
        sender="Ingrid Eksempel <ingrid@fjellkode.no>",
    )
    assert result["applicant"]["contact"] == {
        "name": "Ingrid Eksempel",
        "email": "ingrid@fjellkode.no",
        "phone": "+4798765432",
    }


def test_an_existing_customer_order_with_the_customer_block_first() -> None:
    result = parsed(
        "Hei,\n\nVi ber om delegering fra eksisterende kunde i testmiljøet.\n\n"
        "Kunde\nOrganisasjonsnummer: 974 760 673\nNavn: Kundebanken AS\nKontaktperson: Siri Kunde\n"
        "E-post: siri@kundebanken.no\nTelefon: 55 12 34 56\n\n"
        "Systemleverandør\nOrganisasjonsnummer: 923 609 016\nNavn: Leverandøren AS\n"
        "Kontaktperson: Lars Lever\nE-post: lars@leverandoren.no\nTelefon: 913 45 678\n",
        sender="Lars Lever <lars@leverandoren.no>",
    )
    assert result["order_type"] == "existing_customer"
    assert result["applicant"]["name"] == "Leverandøren AS"
    assert result["applicant"]["org_number"] == "923609016"
    assert result["customer"]["name"] == "Kundebanken AS"
    assert result["customer"]["contact"]["email"] == "siri@kundebanken.no"
    assert result["missing"] == [] and result["invalid"] == []


def test_a_two_column_table_gives_each_column_to_its_party() -> None:
    result = parsed(
        "Vi bestiller alternativ 2.\n\n"
        "               Leverandør             Kunde\n"
        "Org.nr.        923 609 016            974 760 673\n"
        "Navn           Leverandøren AS        Kundebanken AS\n"
        "Kontaktperson  Lars Lever             Siri Kunde\n"
        "E-post         lars@leverandoren.no   siri@kundebanken.no\n"
        "Telefon        913 45 678             55 12 34 56\n"
    )
    assert result["applicant"]["org_number"] == "923609016"
    assert result["customer"]["org_number"] == "974760673"
    assert result["customer"]["contact"]["name"] == "Siri Kunde"
    assert result["applicant"]["contact"]["phone"] == "+4791345678"


def test_direct_access_in_nynorsk_with_one_person_for_test_and_production() -> None:
    result = parsed(
        "Hei,\n\nLaget Open Data ønskjer direkte tilgang til testmiljøet for eiga verksemd.\n\n"
        "Organisasjonsnummer: 974 760 673\nNamn: Foreininga Open Data\nGrunnlag: sivilsamfunnsorganisasjon\n\n"
        "Testansvarleg og produksjonsansvarleg er same person:\nBrita Eksempel\nbrita@opendata.no\n"
        "412 34 567\n",
        sender="Brita Eksempel <brita@opendata.no>",
    )
    assert result["order_type"] == "direct_access"
    assert result["legal_basis"] == "civil_society"
    assert result["production_contact"] == result["applicant"]["contact"]
    assert result["applicant"]["contact"]["name"] == "Brita Eksempel"


def test_quoted_history_is_not_new_information() -> None:
    result = parsed(
        "Hei,\n\nFjellkode AS (orgnr 974 760 673) ønsker en fiktiv virksomhet i testmiljøet.\n"
        "Kontaktperson: Nina Ny, nina@fjellkode.no, 412 34 567\n\nMvh\nNina\n\n"
        "Den man. 2. mars 2026 kl. 08:00 skrev Gammel Kollega <gammel@fjellkode.no>:\n"
        "> Bruk meg som kontakt, 999 88 777, org.nr. 923 609 016\n",
        sender="Nina Ny <nina@fjellkode.no>",
    )
    assert result["applicant"]["org_number"] == "974760673"
    assert result["applicant"]["contact"]["phone"] == "+4741234567"


def test_a_national_identity_number_is_never_output_and_is_flagged() -> None:
    result = parsed(
        "Hei, vi ønsker en fiktiv virksomhet i testmiljøet.\nOrgnr: 974 760 673\nNavn: Fjellkode AS\n"
        "Kontaktperson: Nina Ny (fnr 15108695088), nina@fjellkode.no, 412 34 567\n"
    )
    assert result["flags"] == ["national_id_seen"]
    assert "15108695088" not in str(result)


def test_placeholders_are_missing_not_invalid() -> None:
    result = parsed(
        "Hei, vi ønsker en fiktiv virksomhet i testmiljøet.\nOrgnr: kommer\nNavn: Fjellkode AS\n"
        "Kontaktperson: Nina Ny\nE-post: nina@fjellkode.no\nTelefon: TBC\n"
    )
    assert result["missing"] == ["applicant.contact.phone", "applicant.org_number"]
    assert result["invalid"] == []


def test_a_swedish_company_number_is_not_an_organisation_number() -> None:
    result = parsed(
        "Hej, vi ønsker en fiktiv virksomhet i testmiljøet.\nOrg.nr: 556677-8899\n"
        "Navn: Svenska Kod AB\nKontaktperson: Nils Svensson, nils@svenskakod.se, +46 70 123 45 67\n"
    )
    assert result["applicant"]["org_number"] is None
    assert "applicant.org_number" in result["missing"]


def test_a_wrong_check_digit_is_reported_and_flagged_invalid() -> None:
    result = parsed(
        "Hei, vi ønsker en fiktiv virksomhet i testmiljøet.\nOrgnr: 974 760 676\nNavn: Fjellkode AS\n"
        "Kontaktperson: Nina Ny, nina@fjellkode.no, 412 34 567\n"
    )
    assert result["applicant"]["org_number"] == "974760676"
    assert result["invalid"] == ["applicant.org_number"]
    assert "mod 11" in result["invalid_reasons"]["applicant.org_number"]


def test_production_access_is_not_an_order() -> None:
    result = parsed(
        "Hei,\n\nVi ønsker å bestille tilgang til produksjonsmiljøet med delegering fra kunden.\n"
        "Fjellkode AS, orgnr 974 760 673\n"
    )
    assert result["order_type"] == "not_an_order"
    assert result["applicant"]["org_number"] is None


def test_an_out_of_office_reply_is_screened_by_its_headers() -> None:
    result = parsed(
        "Jeg er på ferie til 10. mars. Kontakt Ola på 412 34 567.",
        subject="Automatisk svar: [RRH-2026-0042] Testtilgang",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert result["order_type"] == "not_an_order"
    assert result["screening"] == ["auto-submitted", "subject.out-of-office", "body.out-of-office"]


def test_naming_both_options_while_unsure_leaves_the_type_unspecified() -> None:
    result = parsed(
        "Hei, vi ønsker testtilgang, men er usikre på om vi bør be om en fiktiv virksomhet eller "
        "delegering fra en av kundene våre.\nFjellkode AS, org.nr. 974 760 673\n"
        "Kontaktperson: Nina Ny, nina@fjellkode.no, 412 34 567\n"
    )
    assert result["order_type"] == "unspecified"
    assert result["missing"] == ["order_type"]


def test_text_hidden_in_html_is_not_the_senders() -> None:
    html = (
        "<p>Vi ønsker en fiktiv virksomhet i testmiljøet.</p><p>Orgnr: 974 760 673<br>Navn: Fjellkode AS"
        "<br>Kontaktperson: Nina Ny, nina@fjellkode.no, 412 34 567</p>"
        '<div style="display:none">Orgnr: 923 609 016</div><!-- Telefon: 999 88 777 -->'
    )
    raw = make_mail("", html=html)
    result = parse_email(raw).to_dict()
    assert result["applicant"]["org_number"] == "974760673"
    assert result["applicant"]["contact"]["phone"] == "+4741234567"


def test_the_customer_contact_on_copy_gets_the_cc_address() -> None:
    result = parsed(
        "Hei,\n\nFjellkode AS (org.nr. 923 609 016) ønsker delegering fra eksisterende kunde.\n\n"
        "Kunden er Kundebanken AS, org.nr. 974 760 673. Kontaktperson hos kunden er Siri Kunde, som "
        "står på kopi. Hun treffes på 55 12 34 56.\n\nKontaktperson hos oss er meg, tlf. 412 34 567.\n",
        sender="Nina Ny <nina@fjellkode.no>",
        cc="Siri Kunde <Siri@Kundebanken.no>",
    )
    assert result["customer"]["contact"] == {
        "name": "Siri Kunde",
        "email": "siri@kundebanken.no",
        "phone": "+4755123456",
    }
    assert result["applicant"]["contact"]["email"] == "nina@fjellkode.no"


def test_a_label_alone_on_its_line_takes_the_next_line_as_its_value() -> None:
    result = parsed(
        "Hei,\n\nVi ønskjer testtilgang med ei fiktiv verksemd.\n\nNamn på verksemda:\nFjellkode AS\n"
        "Org-nr:\n974 760 673\nKontaktperson:\nNina Ny\nE-post:\nnina@fjellkode.no\nTelefon:\n412 34 567\n"
    )
    assert result["applicant"]["org_number"] == "974760673"
    assert result["applicant"]["contact"] == {
        "name": "Nina Ny",
        "email": "nina@fjellkode.no",
        "phone": "+4741234567",
    }


def test_a_table_with_a_header_row_gives_one_record_per_row() -> None:
    result = parsed(
        "Hei,\n\nVi bestiller direkte tilgang til testmiljøet for egen virksomhet.\n"
        "Organisasjonsnummer: 974 760 673\nNavn: Eksempelbanken ASA\nGrunnlag: rapporteringspliktig etter hvitvaskingsloven\n\n"
        "Rolle\tNavn\tE-post\tTelefon\n"
        "Testansvarlig\tNina Ny\tnina@eksempelbanken.no\t+47 412 34 567\n"
        "Produksjonsansvarlig\tOla Prod\tola@eksempelbanken.no\t+47 55 12 34 56\n"
    )
    assert result["order_type"] == "direct_access"
    assert result["applicant"]["contact"]["name"] == "Nina Ny"
    assert result["production_contact"] == {
        "name": "Ola Prod",
        "email": "ola@eksempelbanken.no",
        "phone": "+4755123456",
    }


def test_a_submitted_forward_speaks_for_its_author_not_the_sender() -> None:
    result = parsed(
        "Hei,\n\nVi ønsker delegering fra eksisterende kunde. Se bekreftelsen fra kunden under.\n\n"
        "Kontaktperson hos oss er meg, tlf 412 34 567. Org.nr. for oss: 923 609 016.\n\nMvh\nNina Ny\nFjellkode AS\n\n"
        "---------- Videresendt melding ---------\nFra: Siri Kunde <siri@kundebanken.no>\nDate: man. 2. mar. 2026\n"
        "Subject: Tilgang\nTo: Nina Ny <nina@fjellkode.no>\n\n"
        "Vi bekrefter at Kundebanken AS (org.nr. 974 760 673) vil delegere testtilgang til Fjellkode AS. "
        "Jeg er kontaktperson hos oss, mobil 55 12 34 56.\n",
        sender="Nina Ny <nina@fjellkode.no>",
        subject="VS: Tilgang",
    )
    assert result["applicant"]["contact"] == {
        "name": "Nina Ny",
        "email": "nina@fjellkode.no",
        "phone": "+4741234567",
    }
    assert result["customer"]["org_number"] == "974760673"
    assert result["customer"]["contact"] == {
        "name": "Siri Kunde",
        "email": "siri@kundebanken.no",
        "phone": "+4755123456",
    }


def test_a_one_paragraph_order_is_not_blocked_by_a_question_far_from_the_request() -> None:
    result = parsed(
        "hei, vi i fjellkode as (orgnr 974760673) vil gjerne bestille testtilgang med fiktiv virksomhet, "
        "det er jeg som er kontaktperson, mobil 412 34 567, si fra om det er noe dere lurer på",
        sender="Nina Ny <nina@fjellkode.no>",
    )
    assert result["order_type"] == "fictitious_customer"
    assert result["applicant"]["name"] == "fjellkode as"
    assert result["applicant"]["contact"]["email"] == "nina@fjellkode.no"


def test_a_status_question_about_an_earlier_order_is_not_a_new_order() -> None:
    result = parsed(
        "Hei,\n\nVi sendte bestilling av testtilgang (fiktiv virksomhet) for to uker siden. Har dere fått den?\n"
        "Fjellkode AS, org.nr. 974 760 673\n"
    )
    assert result["order_type"] == "not_an_order"


def test_a_markdown_table_with_a_column_per_party() -> None:
    result = parsed(
        "Hei,\n\nVi ønsker testtilgang med delegering fra eksisterende kunde.\n\n"
        "| Felt          | Leverandør        | Kunde            |\n"
        "|---------------|-------------------|------------------|\n"
        "| Org.nr.       | 923 609 016       | 974 760 673      |\n"
        "| Navn          | Leverandøren A/S  | Kundebanken AS   |\n"
        "| Kontaktperson | Lars Lever        | Siri Kunde       |\n"
        "| E-post        | lars@lever.no     | siri@kunde.no    |\n"
        "| Telefon       | 913 45 678        | 55 12 34 56      |\n"
    )
    assert result["applicant"]["name"] == "Leverandøren A/S"
    assert result["customer"]["org_number"] == "974760673"
    assert result["customer"]["contact"] == {
        "name": "Siri Kunde",
        "email": "siri@kunde.no",
        "phone": "+4755123456",
    }


def test_a_contact_written_v_slash_after_the_enterprise_drops_the_title() -> None:
    result = parsed(
        "Vi viser til veiledningen og ber med dette om testtilgang ved delegering fra eksisterende kunde.\n\n"
        "Systemleverandør er Fjellkode AS (org.nr. 923 609 016) v/ prosjektleder Nina Ny, nina@fjellkode.no, tlf. 412 34 567.\n\n"
        "Kunden er Kundebanken AS (org.nr. 974 760 673) v/ IT-ansvarlig Siri Kunde, siri@kunde.no, tlf. 55 12 34 56.\n"
    )
    assert result["applicant"]["contact"]["name"] == "Nina Ny"
    assert result["customer"]["contact"]["name"] == "Siri Kunde"


def test_an_answer_that_gives_the_details_in_labels_is_an_order_without_asking_again() -> None:
    result = parsed(
        "Hei,\n\nHer er opplysningene dere manglet.\n\nFjellkode AS, org.nr 974 760 673, rapporteringspliktig etter hvitvaskingsloven.\n"
        "Testansvarlig: Nina Ny, nina@fjellkode.no, 412 34 567\nProduksjonsansvarlig: Ola Prod, ola@fjellkode.no, 412 34 568\n",
        subject="SV: Direkte tilgang RRH",
        sender="Nina Ny <nina@fjellkode.no>",
    )
    assert result["order_type"] == "direct_access"
    assert result["production_contact"]["name"] == "Ola Prod"
