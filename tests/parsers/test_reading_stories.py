"""Stories of reading a mail as a whole: the order type from its structure and its words in
any inflection or spelling, a request from what the mail does, negative words in their own
clause, and parties cast by how the text relates them to the sender."""

from __future__ import annotations

from typing import Any

from parsers.api import parse_email
from tests.mail import make_mail


def parsed(body: str, **kwargs: Any) -> dict[str, Any]:
    return parse_email(make_mail(body, **kwargs)).to_dict()


VENDOR = (
    "Lysgård Programvare AS\nOrg.nr.: 918 660 240\n"
    "Kontaktperson: Tiril Aasvang, tiril@lysgard.example.no, 412 56 873\n"
)
SENDER = "Tiril Aasvang <tiril@lysgard.example.no>"


def test_misspelt_option_and_labels_are_read_as_meant() -> None:
    result = parsed(
        "Hei\n\nVi ønkser en fikitv virksomhet i testmilljøet så vi kan delgere tilgang selv.\n\n"
        "Organisasjonsnr: 918 660 240\nFirmanvn: Lysgård Programvare AS\n"
        "Kontaktpreson: Tiril Aasvang\nEpostadresse: tiril@lysgard.example.no\n"
        "Telfonnr: 412 56 873\n\nMvh Tiril\n",
        sender=SENDER,
    )
    assert result["order_type"] == "fictitious_customer"
    assert result["applicant"]["name"] == "Lysgård Programvare AS"
    assert result["applicant"]["contact"]["name"] == "Tiril Aasvang"
    assert result["missing"] == []


def test_delegating_to_ourselves_from_a_fictitious_enterprise_is_option_one() -> None:
    result = parsed(
        "Hei,\n\nKan de lage eit fiktivt foretak til oss, so kan vi delegere tilgangen til "
        "oss sjølve frå det?\n\n" + VENDOR,
        sender=SENDER,
    )
    assert result["order_type"] == "fictitious_customer"


def test_a_customer_block_with_its_own_contact_is_option_two_without_option_words() -> None:
    result = parsed(
        "Hei,\n\nVi ber om at testtilgangen settes opp.\n\n"
        "Leverandør\n" + VENDOR + "\nKunde\nBrekke Eiendomsdrift AS, org.nr. 860 616 580\n"
        "Kontakt: Jon Brekke, jon@brekke-eiendom.example.no, 934 55 120\n",
        sender=SENDER,
    )
    assert result["order_type"] == "existing_customer"
    assert result["customer"]["org_number"] == "860616580"
    assert result["customer"]["contact"]["name"] == "Jon Brekke"


def test_an_order_block_with_a_polite_question_is_an_order() -> None:
    result = parsed(
        "Hei,\n\nHadde det vore mogleg å få ordna ei fiktiv verksemd for oss?\n\n" + VENDOR,
        sender=SENDER,
    )
    assert result["order_type"] == "fictitious_customer"


def test_an_eligibility_question_with_only_an_org_number_is_not_an_order() -> None:
    result = parsed(
        "Hei,\n\nVi er et lite sameie (org.nr. 918 660 240). Kan vi få tilgang til RRH, "
        "eller er det bare for systemleverandører?\n\nHilsen\nTiril Aasvang\n",
        sender=SENDER,
    )
    assert result["order_type"] == "not_an_order"


def test_the_customers_access_and_the_writers_holiday_refuse_nothing() -> None:
    result = parsed(
        "Hei,\n\nKunden vår har allerede tilgang til RRH, og vi ønsker nå tilgang til testmiljøet "
        "gjennom delegering fra kunden.\n\n" + "Leverandør\n" + VENDOR + "\nKunde\n"
        "Brekke Eiendomsdrift AS, org.nr. 860 616 580\n"
        "Kontakt: Jon Brekke, jon@brekke-eiendom.example.no, 934 55 120\n\n"
        "Jeg er på ferie i uke 30, men Jon svarer gjerne.\n",
        sender=SENDER,
    )
    assert result["order_type"] == "existing_customer"


def test_production_access_in_other_words_is_not_an_order() -> None:
    result = parsed(
        "Hei,\n\nTestene er ferdige, og vi ber nå om prodtilgang for oss.\n\n" + VENDOR,
        sender=SENDER,
    )
    assert result["order_type"] == "not_an_order"


def test_a_client_named_as_whom_we_work_for_is_not_the_applicant() -> None:
    result = parsed(
        "Hei,\n\nVi leverer systemer til Brekke Eiendomsdrift AS, og trenger en fiktiv "
        "virksomhet for testingen.\n\n" + VENDOR,
        sender=SENDER,
    )
    assert result["order_type"] == "fictitious_customer"
    assert result["applicant"]["name"] == "Lysgård Programvare AS"


def test_a_client_we_deliver_a_product_to_is_not_the_applicant() -> None:
    result = parsed(
        "Hei,\n\nVi leverer lønnssystemet vårt til Brekke Eiendomsdrift AS og andre, og ønsker "
        "en fiktiv virksomhet for testingen.\n\n" + VENDOR,
        sender=SENDER,
    )
    assert result["applicant"]["org_number"] == "918660240"
    assert result["applicant"]["name"] == "Lysgård Programvare AS"


def test_a_parent_company_is_no_party() -> None:
    result = parsed(
        "Hei,\n\nVi er et datterselskap av Lysgård Gruppen AS (org.nr. 942 480 784). Vi ønsker "
        "en fiktiv virksomhet.\n\nOrganisasjonsnummer: 918 660 240\nNavn: Lysgård Programvare AS\n"
        "Kontaktperson: Tiril Aasvang, tiril@lysgard.example.no, 412 56 873\n",
        sender=SENDER,
    )
    assert result["applicant"]["org_number"] == "918660240"


def test_the_customer_writing_for_its_vendor_makes_the_vendor_the_applicant() -> None:
    result = parsed(
        "Hei,\n\nVi vil gjerne delegere testtilgang til systemleverandøren vår, Lysgård "
        "Programvare AS.\n\nSystemleverandør: Lysgård Programvare AS\nOrg.nr.: 918 660 240\n"
        "Kontaktperson: Tiril Aasvang, tiril@lysgard.example.no, 412 56 873\n\n"
        "Oss: Brekke Eiendomsdrift AS, org.nr. 860 616 580\nKontaktperson hos oss er undertegnede.\n"
        "\nHilsen\nJon Brekke\nBrekke Eiendomsdrift AS\nTlf. 934 55 120\n",
        sender="Jon Brekke <jon@brekke-eiendom.example.no>",
    )
    assert result["order_type"] == "existing_customer"
    assert result["applicant"]["org_number"] == "918660240"
    assert result["customer"]["org_number"] == "860616580"
    assert result["customer"]["contact"]["name"] == "Jon Brekke"


def test_of_several_customers_the_latter_is_the_one_chosen() -> None:
    result = parsed(
        "Hei,\n\nTo av kundene våre bruker RRH: Brekke Eiendomsdrift AS (org.nr. 860 616 580) og "
        "Solvang Revisjon AS (org.nr. 826 202 238). Vi ønsker delegering fra sistnevnte.\n\n"
        "Kontaktperson hos kunden: Guro Solvang, guro@solvang.example.no, 934 12 876\n\n"
        "Leverandør\n" + VENDOR,
        sender=SENDER,
    )
    assert result["customer"]["org_number"] == "826202238"
    assert result["applicant"]["org_number"] == "918660240"


def test_from_a_shared_mailbox_me_is_the_person_who_signs() -> None:
    result = parsed(
        "Hei,\n\nVi ønsker en fiktiv virksomhet.\n\nOrganisasjonsnummer: 918 660 240\n"
        "Navn: Lysgård Programvare AS\nKontaktperson er meg.\n\nHilsen\nTiril Aasvang\n"
        "Utvikler\nLysgård Programvare AS\ntiril@lysgard.example.no\nMobil: 412 56 873\n",
        sender="Lysgård Programvare AS <post@lysgard.example.no>",
    )
    assert result["applicant"]["contact"] == {
        "name": "Tiril Aasvang",
        "email": "tiril@lysgard.example.no",
        "phone": "+4741256873",
    }


def test_an_academic_title_is_not_part_of_the_name() -> None:
    result = parsed(
        "Hei,\n\nVi ønsker en fiktiv virksomhet.\n\n"
        "Organisasjonsnummer: 918 660 240\nNavn: Lysgård Programvare AS\n"
        "Kontaktperson: Førsteamanuensis Tiril Aasvang, tiril@lysgard.example.no, 412 56 873\n",
        sender=SENDER,
    )
    assert result["applicant"]["contact"]["name"] == "Tiril Aasvang"


def test_an_abbreviated_title_with_a_dot_is_not_part_of_the_name() -> None:
    result = parsed(
        "Hei,\n\nVi ønsker en fiktiv virksomhet.\n\n"
        "Organisasjonsnummer: 918 660 240\nNavn: Lysgård Programvare AS\n"
        "Kontaktperson: Dr. Tiril Aasvang, tiril@lysgard.example.no, 412 56 873\n",
        sender=SENDER,
    )
    assert result["applicant"]["contact"]["name"] == "Tiril Aasvang"


def test_only_the_ticked_option_of_a_form_counts() -> None:
    result = parsed(
        "Hei,\n\nBestilling av testtilgang:\n\n  [ ] Fiktiv virksomhet\n"
        "  [x] Delegering fra eksisterende kunde\n\n" + "Leverandør\n" + VENDOR + "\nKunde\n"
        "Brekke Eiendomsdrift AS, org.nr. 860 616 580\n"
        "Kontakt: Jon Brekke, jon@brekke-eiendom.example.no, 934 55 120\n",
        sender=SENDER,
    )
    assert result["order_type"] == "existing_customer"


def test_the_contact_at_a_customer_of_several_words_is_the_customers() -> None:
    result = parsed(
        "Hei,\n\nKunden vår Øvre Dal og Li Regnskapslag SA (org.nr. 860 616 580) vil delegere "
        "tilgang til oss, og vi ønsker at testtilgangen opprettes. Kontaktperson hos Øvre Dal "
        "og Li Regnskapslag SA er Mina Dal, mina@ovredal.example.no, tlf. 934 55 120.\n\n"
        + VENDOR,
        sender=SENDER,
    )
    assert result["customer"]["name"] == "Øvre Dal og Li Regnskapslag SA"
    assert result["customer"]["contact"]["name"] == "Mina Dal"


def test_a_dot_leader_form_is_read_as_labels() -> None:
    result = parsed(
        "Hei,\n\nBestilling av testtilgang, fiktiv virksomhet:\n\n"
        "Firmanavn ............ Lysgård Programvare AS\nOrganisasjonsnummer .. 918 660 240\n"
        "Kontaktperson ........ Tiril Aasvang\nE-post ............... tiril@lysgard.example.no\n"
        "Telefon .............. 412 56 873\n",
        sender=SENDER,
    )
    assert result["applicant"]["contact"]["name"] == "Tiril Aasvang"
    assert result["missing"] == []


def test_the_name_in_the_body_and_the_number_in_the_signature_footer_are_one_enterprise() -> (
    None
):
    result = parsed(
        "Hei,\n\nVi i Lysgård Programvare AS ønsker en fiktiv virksomhet i testmiljøet.\n"
        "Kontaktperson er meg.\n\nHilsen\nTiril Aasvang\nMobil 412 56 873\n\n"
        "Lysgård Programvare AS | Foretaksregisteret NO 918 660 240 MVA\n",
        sender=SENDER,
    )
    assert result["applicant"]["org_number"] == "918660240"


def test_a_forward_pointed_at_in_other_words_is_content() -> None:
    body = (
        "Hei,\n\nVi ønsker testtilgang ved delegering fra en eksisterende kunde, Brekke "
        "Eiendomsdrift AS (org.nr. 860 616 580). Svaret fra kunden, med kontaktperson, ligg "
        "nedst i denne e-posten.\n\n" + VENDOR + "\nHilsen\nTiril\n\n"
        "---------- Forwarded message ---------\n"
        "From: Jon Brekke <jon@brekke-eiendom.example.no>\nDate: Mon, 2 Mar 2026 at 09:00\n"
        "Subject: Delegering\nTo: Tiril Aasvang <tiril@lysgard.example.no>\n\n"
        "Hei Tiril,\n\nDet er i orden. Kontaktperson hos oss er Jon Brekke, "
        "jon@brekke-eiendom.example.no, 934 55 120.\n\nHilsen\nJon Brekke\n"
    )
    result = parsed(body, sender=SENDER, subject="Fwd: Delegering")
    assert result["customer"]["contact"]["email"] == "jon@brekke-eiendom.example.no"


def test_a_question_with_an_org_number_and_a_contact_goes_to_a_person() -> None:
    result = parsed(
        "Hei,\n\nVi fikk fiktiv virksomhet forrige uke. Hvordan legger vi inn testdata i den?\n\n"
        "Kontaktperson: Tiril Aasvang, tiril@lysgard.example.no\n"
        "Lysgård Programvare AS, org.nr. 918 660 240\n",
        sender=SENDER,
    )
    assert result["order_type"] == "not_an_order"
    assert result["needs_review"] is True
    assert result["review_reasons"]
    assert result["confidence"]["order"] < 0.6


def test_a_clear_order_carries_its_confidences_and_needs_no_review() -> None:
    result = parsed("Hei,\n\nVi ønsker en fiktiv virksomhet i testmiljøet.\n\n" + VENDOR)
    assert result["needs_review"] is False
    assert result["confidence"]["order"] >= 0.9
    assert result["confidence"]["order_type"] >= 0.9
    assert result["confidence"]["applicant.org_number"] >= 0.9  # read from a labelled line


def test_a_field_read_only_from_the_signature_is_less_sure() -> None:
    result = parsed(
        "Hei,\n\nVi ønsker en fiktiv virksomhet i testmiljøet. Kontaktperson er meg.\n\n"
        "Hilsen\nTiril Aasvang\nLysgård Programvare AS\nOrg.nr. 918 660 240\nMobil 412 56 873\n",
        sender=SENDER,
    )
    confidence = result["confidence"]
    assert confidence["applicant.contact.email"] < confidence["order_type"]


def test_a_contact_in_an_attached_vcard_is_read_for_the_enterprise_it_names() -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "opendata.rrh@brreg.no"
    msg["Subject"] = "Testtilgang RRH"
    msg.set_content(
        "Hei,\n\nVi ønsker en fiktiv virksomhet.\n\nLysgård Programvare AS, org.nr 918 660 240\n\n"
        "Kontaktperson er kollegaen min, kortet hennes ligger vedlagt.\n\nHilsen\nTiril\n"
    )
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mari Lysgård\r\nORG:Lysgård Programvare AS\r\n"
        "TEL;VALUE=uri:tel:+47-934-55-120\r\nEMAIL:mari@lysgard.example.no\r\nEND:VCARD\r\n"
    )
    msg.add_attachment(card.encode(), maintype="text", subtype="vcard", filename="Mari.vcf")
    result = parse_email(msg.as_bytes()).to_dict()
    assert result["applicant"]["contact"] == {
        "name": "Mari Lysgård",
        "email": "mari@lysgard.example.no",
        "phone": "+4793455120",
    }


def test_an_all_lower_case_order_keeps_names_as_written() -> None:
    result = parsed(
        "hei\nvi i lysgård programvare as vil ha testtilgang med delegering frå ein eksisterande "
        "kunde, brekke dal eigedom sa. dei har orgnr 860616580 og kontaktperson der er jon "
        "brekke, jon@brekke-eiendom.example.no, tlf 93455120.\nvårt orgnr er 918660240, og "
        "kontakt blir sjefen min mari lie aasvang, mari@lysgard.example.no, 41256873\n",
        sender=SENDER,
    )
    assert result["order_type"] == "existing_customer"
    assert result["customer"]["name"] == "brekke dal eigedom sa"
    assert result["applicant"]["contact"]["name"] == "mari lie aasvang"


def test_our_contact_at_the_customer_is_the_customers_contact() -> None:
    result = parsed(
        "Hei,\n\nVi ønskjer tilgang ved delegering frå ein eksisterande kunde, Brekke "
        "Eigedom SA (org.nr. 860 616 580). Kontakten vår hjå Brekke Eigedom SA blir Jon Brekke "
        "(jon@brekke-eiendom.example.no, 934 55 120).\n\n" + VENDOR,
        sender=SENDER,
    )
    assert result["customer"]["contact"]["name"] == "Jon Brekke"
    assert result["applicant"]["contact"]["name"] == "Tiril Aasvang"


def test_a_correction_above_a_forward_overrides_the_forwarded_value() -> None:
    body = (
        "Hei,\n\nVideresender bestillingen fra Mari. Riktig organisasjonsnummer er 918 660 240; "
        "to sifre er byttet om i hennes e-post.\n\nTiril\n\n"
        "---------- Forwarded message ---------\n"
        "From: Mari Lie <mari@lysgard.example.no>\nDate: Mon, 2 Mar 2026 at 09:00\n"
        "Subject: Testtilgang\nTo: Tiril Aasvang <tiril@lysgard.example.no>\n\n"
        "Hei, her er det Brønnøysund trenger for fiktiv virksomhet:\n"
        "Organisasjonsnummer: 918 606 240\nNavn: Lysgård Programvare AS\n"
        "Kontaktperson: Mari Lie, mari@lysgard.example.no, 934 55 120\n"
    )
    result = parsed(body, sender=SENDER, subject="Fwd: Testtilgang")
    assert result["applicant"]["org_number"] == "918660240"
    assert result["applicant"]["name"] == "Lysgård Programvare AS"


def test_a_contact_named_without_a_label_is_tied_to_their_address() -> None:
    result = parsed(
        "Hei,\n\nVi bestiller en fiktiv virksomhet.\n\nLysgård Programvare AS, org.nr. 918 660 240\n\n"
        "Det er utvikleren vår, Mari Lie, som setter opp integrasjonen, så skriv gjerne direkte "
        "til henne på mari.lie@lysgard.example.no.\n\nHilsen\nTiril\n",
        sender=SENDER,
    )
    assert result["applicant"]["contact"]["name"] == "Mari Lie"
    assert result["applicant"]["contact"]["email"] == "mari.lie@lysgard.example.no"


def test_a_table_with_role_columns_gives_each_column_its_contact() -> None:
    html = (
        "<p>Hei,</p><p>Lysgård Sparebank (org.nr. 918 660 240) er rapporteringspliktig etter "
        "hvitvaskingsloven og bestiller direkte tilgang til testmiljøet.</p>"
        "<table><tr><td></td><td>Testmiljø</td><td>Produksjon</td></tr>"
        "<tr><td>Kontaktperson</td><td>Tiril Aasvang</td><td>Jon Brekke</td></tr>"
        "<tr><td>E-post</td><td>tiril@lysgard.example.no</td><td>jon@lysgard.example.no</td></tr>"
        "<tr><td>Mobil</td><td>412 56 873</td><td>934 55 120</td></tr></table>"
    )
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "opendata.rrh@brreg.no"
    msg["Subject"] = "Direkte tilgang RRH"
    msg.set_content(html, subtype="html")
    result = parse_email(msg.as_bytes()).to_dict()
    assert result["order_type"] == "direct_access"
    assert result["applicant"]["contact"]["name"] == "Tiril Aasvang"
    assert result["production_contact"]["name"] == "Jon Brekke"


def test_a_table_written_one_cell_per_line_is_read_by_columns() -> None:
    result = parsed(
        "Hei,\n\nVi ønsker delegering fra kunden vår (alternativ 2):\n\n"
        "Leverandør (oss)\nKunde\nOrganisasjonsnummer\n918 660 240\n860 616 580\n"
        "Navn\nLysgård Programvare AS\nBrekke Eiendomsdrift AS\n"
        "Kontaktperson\nTiril Aasvang\nJon Brekke\n"
        "E-post\ntiril@lysgard.example.no\njon@brekke-eiendom.example.no\n"
        "Telefon\n412 56 873\n934 55 120\n\nHilsen\nTiril\n",
        sender=SENDER,
    )
    assert result["applicant"]["org_number"] == "918660240"
    assert result["customer"]["org_number"] == "860616580"
    assert result["customer"]["contact"]["name"] == "Jon Brekke"
    assert result["applicant"]["contact"]["phone"] == "+4741256873"


def test_a_swedish_vendor_names_its_customer_in_swedish() -> None:
    result = parsed(
        "Hej,\n\nVi vill beställa teståtkomst till RRH genom delegering från en befintlig kund.\n\n"
        "Vår kund: Brekke Eiendomsdrift AS, org.nr 860 616 580\n"
        "Kontaktperson hos kunden: Jon Brekke, jon@brekke-eiendom.example.no, 934 55 120\n\n"
        "Vår kontaktperson: Tiril Aasvang, tiril@lysgard.example.no, +46 70 174 06 47\n"
        "Lysgård Programvare AS NUF, org.nr 918 660 240\n",
        sender=SENDER,
    )
    assert result["order_type"] == "existing_customer"
    assert result["customer"]["name"] == "Brekke Eiendomsdrift AS"
    assert result["customer"]["org_number"] == "860616580"


def test_a_contact_given_by_first_name_only_is_recorded_as_written() -> None:
    result = parsed(
        "Hei,\n\nBrekke Eiendomsdrift AS (org.nr. 860 616 580) er kunde hos oss og skal delegere "
        "tilgang til oss; vi ønsker derfor testtilgang. Kontaktpersonen der blir Guro – hun vet "
        "at dere tar kontakt.\n\n" + VENDOR,
        sender=SENDER,
    )
    assert result["customer"]["contact"]["name"] == "Guro"
    assert "customer.contact.email" in result["missing"]


def test_a_bare_internal_number_of_ours_does_not_displace_our_named_enterprise() -> None:
    result = parsed(
        "Hei,\n\nBrekke Eiendomsdrift AS er kunde hos oss og vil delegere tilgang til oss, så vi "
        "ber om testtilgang. (Internt saksnr. hos oss: 942 480 784)\n"
        "Kunde: Brekke Eiendomsdrift AS, org.nr. 860 616 580\n"
        "Kontakt: Jon Brekke, jon@brekke-eiendom.example.no, 934 55 120\n"
        "Leverandør: Lysgård Programvare AS, org.nr. 918 660 240\n"
        "Kontakt: Tiril Aasvang, tiril@lysgard.example.no, 412 56 873\n",
        sender=SENDER,
    )
    assert result["applicant"]["org_number"] == "918660240"
    assert result["customer"]["contact"]["name"] == "Jon Brekke"


def test_an_option_denied_in_words_is_not_the_option_chosen() -> None:
    result = parsed(
        "Hei,\n\nVi trenger ikke en fiktiv virksomhet; kunden vår Brekke Eiendomsdrift AS skal "
        "delegere tilgang til oss.\nKunde: Brekke Eiendomsdrift AS, org.nr. 860 616 580\n"
        "Kontakt: Jon Brekke, jon@brekke-eiendom.example.no, 934 55 120\n\nLeverandør:\n" + VENDOR,
        sender=SENDER,
    )
    assert result["order_type"] == "existing_customer"
    english = parsed(
        "Hi,\n\nWe do not want delegation from a customer. Please create a fictitious "
        "enterprise for us.\n\n" + VENDOR,
        sender=SENDER,
    )
    assert english["order_type"] == "fictitious_customer"


def test_a_second_enterprise_with_its_own_contact_is_option_two_by_structure() -> None:
    result = parsed(
        "Hei,\n\nVi i Lysgård Programvare AS (org.nr. 918 660 240) ønsker testtilgang for "
        "Brekke Eiendomsdrift AS, org.nr. 860 616 580. Kontaktperson der er Jon Brekke, "
        "jon@brekkeeiendomsdrift.example.no, 934 55 120.\n\nKontaktperson hos oss er meg, "
        "mobil 412 56 873.\n\nTiril Aasvang\n",
        sender=SENDER,
    )
    assert result["order_type"] == "existing_customer"
    assert result["customer"]["org_number"] == "860616580"
    assert result["applicant"]["org_number"] == "918660240"
