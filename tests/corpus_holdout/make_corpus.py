#!/usr/bin/env python3
"""Build the second held-out corpus in tests/corpus_holdout/messages/ (hNNN_*.eml + hNNN_*.json).

Written independently of the parser: every label is what a careful clerk at the register would write
down under the rules in shared/corpus/README.md. Every company, person, domain, org number and phone
number here is invented (the only real number is the register's own, 974 760 673, inside a quoted
reply). Valid org numbers pass the mod-11 check; the deliberately invalid ones are asserted to fail it.

The MIME helpers and the label checks are imported from tests/corpus_extra/make_corpus.py.
Run:  python3 tests/corpus_holdout/make_corpus.py
"""
import base64
import hashlib
import importlib.util
import re
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("corpus_extra_helpers", HERE.parent / "corpus_extra" / "make_corpus.py")
H = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H)

BRREG = H.BRREG
QP, BASE64 = H.QP, H.BASE64
sp, dot, mva, addr, hdr = H.sp, H.dot, H.mva, H.addr, H.hdr
text_part, alternative, reorder, linkify = H.text_part, H.alternative, H.reorder, H.linkify
outlook, gmail, iphone, thunderbird, html_only = H.outlook, H.gmail, H.iphone, H.thunderbird, H.html_only
outlook_html, gmail_html = H.outlook_html, H.gmail_html
contact, party, label, mod11_ok, date = H.contact, H.party, H.label, H.mod11_ok, H.date

OUT = HERE / "messages"




def msoid(seed, host="eurprd05"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    box = f"{'DB' if int(h[0], 16) % 2 else 'AM'}{int(h[0], 16) % 9 + 1}PR{int(h[1:3], 16) % 100:02d}MB{int(h[3:7], 16) % 9000 + 1000}"
    return f"{box}{h[8:28]}@{box}.{host}.prod.outlook.com"


def gmid(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().replace("/", "x").replace("+", "q").rstrip("=")
    return f"CA{h[:46]}@mail.gmail.com"


def bnd(seed):
    return "0000000000" + hashlib.md5(seed.encode()).hexdigest()[:18]


EMAILS, email = H.registry()


# ================================================================ fictitious_customer (10)

@email("h001_fiktiv_enk_ett_langt_avsnitt")
def _():
    o = "861082873"
    text = f"""Hei, jeg driver enkeltpersonforetaket Tveit Kode ENK (orgnummer {o}) og utvikler et lite fagsystem for regnskapsførere som skal slå opp i Register over reelle rettighetshavere, så jeg vil gjerne bestille testtilgang der dere oppretter en fiktiv virksomhet som jeg selv kan delegere tilgang fra – det er jeg som er kontaktperson for testingen, og dere når meg på ragnhild@tveitkode.no eller på mobil (0047) 934 61 208 om det er noe dere lurer på, ellers takk på forhånd og god helg!

Ragnhild
"""
    msg = gmail(addr("Ragnhild Tveit", "ragnhild@tveitkode.no"), "Testtilgang reelle rettighetshavere",
                date("2026-03-13 16:42:10"), gmid("h001"), text, boundary=bnd("h001"))
    lab = label("fictitious_customer",
                party(o, "Tveit Kode ENK", contact("Ragnhild Tveit", "ragnhild@tveitkode.no", "+4793461208")),
                notes="The whole order is one long run-on paragraph. Vendor is a sole proprietorship: legal form ENK kept in the "
                      "name. \"det er jeg som er kontaktperson\": full name from the From header (signature only \"Ragnhild\"). "
                      "Phone written \"(0047) 934 61 208\".")
    return msg, lab


@email("h002_fiktiv_engelske_etiketter_norsk_tekst")
def _():
    o = "837927722"
    text = f"""Hei!

Vi ønsker testtilgang til API-et for reelle rettighetshavere, med opprettelse av en fiktiv virksomhet som vi kan delegere tilgang fra selv.

Company name: Lunnkraft IT AS
Org. number: {sp(o)}
Contact person: Nora Eikeland
E-mail: Nora.Eikeland@lunnkraft-it.no
Phone: +47 23 96 14 50

Nora er utvikler hos oss og tar seg av testingen, så send gjerne tilgangsinformasjonen direkte til henne. Hun står på kopi.

Med vennlig hilsen
Sindre Bakkevold
Daglig leder | Lunnkraft IT AS
Mob: 926 40 317
"""
    msg = outlook(addr("Sindre Bakkevold", "sindre.bakkevold@lunnkraft-it.no"),
                  "Testtilgang RRH - fiktiv virksomhet", date("2026-03-16 07:55:31", "+00:00"), msoid("h002"), text,
                  cc=addr("Nora Eikeland", "nora.eikeland@lunnkraft-it.no"))
    lab = label("fictitious_customer",
                party(o, "Lunnkraft IT AS", contact("Nora Eikeland", "nora.eikeland@lunnkraft-it.no", "+4723961450")),
                notes="Norwegian mail with English field labels (Company name, Org. number, Contact person, E-mail, Phone). "
                      "The named contact is a colleague on Cc, not the sender; the sender's own mobile in the signature "
                      "(926 40 317) is a distractor. Mixed-case address lower-cased; Oslo landline with +47.")
    return msg, lab


@email("h003_fiktiv_verdi_paa_linjen_under")
def _():
    o = "909475430"
    text = f"""Hei,

Vi ønsker at dere oppretter en fiktiv virksomhet for oss i testmiljøet til RRH, slik at vi kan delegere tilgangen videre selv. Opplysningene dere ba om i veiledningen:

Navn på virksomhet:
Fjordkompass Regnskapssystemer AS

Organisasjonsnummer (9 siffer):
{o}

Kontaktperson:
Øyvind Mjelde

E-mail adresse:
oyvind@fjordkompass.no

Tlf/mobil:
41 58 02 96

Hilsen
Øyvind Mjelde
Fjordkompass Regnskapssystemer AS
Strandkaien 14, 5013 Bergen
"""
    msg = thunderbird(addr("Øyvind Mjelde", "oyvind@fjordkompass.no"), "Bestilling: fiktiv virksomhet i testmiljøet",
                      date("2026-03-16 10:03:47"), "b7f3e1a2-4c5d-4e8f-9a0b-1c2d3e4f5a6b@fjordkompass.no", text)
    lab = label("fictitious_customer",
                party(o, "Fjordkompass Regnskapssystemer AS", contact("Øyvind Mjelde", "oyvind@fjordkompass.no", "+4741580296")),
                notes="Every value is on the line AFTER its label, separated by blank lines. Labels \"Navn på virksomhet\", "
                      "\"Organisasjonsnummer (9 siffer)\", \"E-mail adresse\", \"Tlf/mobil\". The \"(9 siffer)\" in the label is "
                      "not part of any value; the street number and postcode in the signature are not phone numbers.")
    return msg, lab


@email("h004_fiktiv_stjerne_punkter_bindestrek_tlf")
def _():
    o = "812140353"
    text = f"""Hei Brønnøysundregistrene,

Vi i Brygga Software AS holder på å bygge en integrasjon mot RRH-API-et, og trenger et testoppsett med en fiktiv virksomhet som vi selv kan delegere fra.

* Org-nr: {dot(o)}
* Virksomhet: Brygga Software AS
* Testansvarlig: Leah Okafor
* E-post: Leah.Okafor@brygga-software.no
* Mobilnr.: 917-40-582

Takk!

Leah Okafor
Tech Lead, Brygga Software AS
"""
    msg = gmail(addr("Leah Okafor", "leah.okafor@brygga-software.no"), "Fiktiv virksomhet – testmiljø RRH",
                date("2026-03-17 09:12:05"), gmid("h004"), text, boundary=bnd("h004"))
    lab = label("fictitious_customer",
                party(o, "Brygga Software AS", contact("Leah Okafor", "leah.okafor@brygga-software.no", "+4791740582")),
                notes="Asterisk bullets. Labels \"Org-nr\" (dotted 812.140.353) and \"Mobilnr.\" with a hyphenated phone "
                      "\"917-40-582\". Title after the name in the signature (\"Tech Lead\").")
    return msg, lab


@email("h005_fiktiv_html_tabell_th_overskrifter")
def _():
    o = "930410012"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr">
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Hei,</p>
<p>Vi ønsker å bestille testtilgang til Register over reelle rettighetshavere. Vi er systemleverandør og vil at dere
oppretter en <b>fiktiv virksomhet</b> som vi kan delegere tilgang fra.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<thead>
<tr style="background:#dde7f0"><th>Organisasjonsnummer</th><th>Virksomhet</th><th>Kontaktperson</th><th>E-post</th><th>Telefon</th></tr>
</thead>
<tbody>
<tr><td>{sp(o).replace(' ', '&nbsp;')}</td><td>Kvernhus Data AS</td><td>Per-Arne Kvernhus</td>
<td><a href="mailto:per-arne@kvernhusdata.no">per-arne@kvernhusdata.no</a></td><td>+47&nbsp;33&nbsp;48&nbsp;20&nbsp;71</td></tr>
</tbody>
</table>
<p>På forhånd takk.</p>
<p>Vennlig hilsen<br>Per-Arne Kvernhus<br>Kvernhus Data AS, Tønsberg</p>
</div>
</body></html>
"""
    msg = html_only(addr("Per-Arne Kvernhus", "per-arne@kvernhusdata.no"), "Testtilgang RRH (fiktiv virksomhet)",
                    date("2026-03-17 13:40:19", "+00:00"), msoid("h005", "eurprd06"), html, enc=QP,
                    extra=[("X-MS-Exchange-Organization-SCL", "1"), ("Content-Language", "nb-NO")])
    lab = label("fictitious_customer",
                party(o, "Kvernhus Data AS", contact("Per-Arne Kvernhus", "per-arne@kvernhusdata.no", "+4733482071")),
                notes="HTML only (Outlook on the web), one-row table whose column headers are <th> cells in a <thead>; "
                      "values joined by &nbsp;; address as a mailto link. Hyphenated first name.")
    return msg, lab


@email("h006_fiktiv_outlook_svar_se_signatur")
def _():
    o = "910210238"
    text = f"""Hei igjen,

Takk for svar. Da går vi for fiktiv virksomhet. Jeg er kontaktperson – alt dere trenger står i signaturen min.

Mvh

Kristoffer Aas
Produktsjef
Heimdal Lønn AS
Org.nr. {sp(o)}
Mobil: 452 80 613
kristoffer.aas@heimdal-lonn.no

Fra: opendata.rrh@brreg.no <opendata.rrh@brreg.no>
Sendt: tirsdag 17. mars 2026 13:20
Til: Kristoffer Aas <kristoffer.aas@heimdal-lonn.no>
Emne: SV: Testtilgang RRH – hva må vi oppgi?

Hei,

For å bestille testtilgang trenger vi organisasjonsnummer og navn på virksomheten, en kontaktperson med e-post og telefon, og hvilket alternativ dere ønsker: fiktiv virksomhet eller delegering fra en eksisterende kunde.

Eksempel:
Organisasjonsnummer: 974 760 673
Navn: Brønnøysundregistrene
Kontaktperson: Ola Nordmann, ola.nordmann@example.no, 75 00 75 00

Med vennlig hilsen
Brønnøysundregistrene

Fra: Kristoffer Aas <kristoffer.aas@heimdal-lonn.no>
Sendt: mandag 16. mars 2026 09:02
Til: opendata.rrh@brreg.no
Emne: Testtilgang RRH – hva må vi oppgi?

Hei, hva må vi oppgi for å få testtilgang? Vi lager lønnssystem og vil teste oppslag mot RRH.

Kristoffer
"""
    msg = outlook(addr("Kristoffer Aas", "kristoffer.aas@heimdal-lonn.no"), "SV: Testtilgang RRH – hva må vi oppgi?",
                  date("2026-03-18 08:27:44", "+00:00"), msoid("h006"), text,
                  extra=[("In-Reply-To", "<rrh-q-20260317-1320@brreg.no>"), ("References", "<rrh-q-20260317-1320@brreg.no>")])
    lab = label("fictitious_customer",
                party(o, "Heimdal Lønn AS", contact("Kristoffer Aas", "kristoffer.aas@heimdal-lonn.no", "+4745280613")),
                notes="Outlook reply: the new text is two sentences (\"fiktiv virksomhet\", \"Jeg er kontaktperson\") and points "
                      "to the signature, which holds the org number, name, mobile and address. The quoted register answer "
                      "below contains an example order (974 760 673, Ola Nordmann, 75 00 75 00): history, not the applicant.")
    return msg, lab


@email("h007_fiktiv_stiftelse_nynorsk_namn_vinkel")
def _():
    o = "901889791"
    text = f"""Hei,

Stiftinga Open Kjelde er ein ideell stiftelse som utviklar fri programvare for frivillige lag og foreiningar, mellom anna eit rekneskapsprogram der vi vil byggje inn oppslag mot Register over reelle rettshavarar. Vi bestiller difor testtilgang med ei fiktiv verksemd som vi sjølve kan delegere tilgang frå.

Verksemd: Stiftinga Open Kjelde
Org.nr.: {sp(o)}
Kontakt: Helga Myrvold <helga.myrvold@opnekjelda.no>, tlf. 55 20 84 37

Helsing
Helga Myrvold
dagleg leiar
"""
    msg = thunderbird(addr("Helga Myrvold", "helga.myrvold@opnekjelda.no"), "Testtilgang RRH – fiktiv verksemd",
                      date("2026-03-18 11:19:02"), "3c9d1e20-77aa-4b1e-8f2c-5d6e7f809a1b@opnekjelda.no", text, lang="nn-NO")
    lab = label("fictitious_customer",
                party(o, "Stiftinga Open Kjelde", contact("Helga Myrvold", "helga.myrvold@opnekjelda.no", "+4755208437")),
                notes="Nynorsk; the vendor is a foundation (stiftelse), its legal form part of the name \"Stiftinga Open Kjelde\". "
                      "Contact written \"Name <address>, tlf. ...\" on one line. Title \"dagleg leiar\" after the name is not part of it.")
    return msg, lab


@email("h008_fiktiv_nummerert_liste_sju_siffer")
def _():
    o = "909085152"
    text = f"""Hei,

Vi ber om testtilgang til RRH-API-et. Vi ønsker at dere oppretter en fiktiv virksomhet som vi kan bruke til å delegere tilgang selv.

1) Organisasjonsnummer: {sp(o)}
2) Navn: Dataflyt Vest AS
3) Kontaktperson: Tobias Lindqvist
4) E-post: tobias.lindqvist@dataflytvest.no
5) Telefon: 930 12 45

Mvh
Tobias Lindqvist
Dataflyt Vest AS
"""
    msg = outlook(addr("Lindqvist, Tobias", "tobias.lindqvist@dataflytvest.no"), "Bestilling testtilgang – Dataflyt Vest AS",
                  date("2026-03-19 12:01:56", "+00:00"), msoid("h008"), text)
    lab = label("fictitious_customer",
                party(o, "Dataflyt Vest AS", contact("Tobias Lindqvist", "tobias.lindqvist@dataflytvest.no", "+479301245")),
                invalid=["applicant.contact.phone"],
                notes="Numbered list \"1) ... 5)\"; the list numbers are not part of the values. The phone has only seven "
                      "digits (930 12 45): reported as +479301245 and flagged invalid. From header is \"Lindqvist, Tobias\".")
    return msg, lab


@email("h009_fiktiv_tittel_foran_navn_strek")
def _():
    o = "809549410"
    text = f"""Hei,

Nordlys Regnskapsprogram AS ønsker testtilgang med fiktiv virksomhet (vi vil delegere selv).

Org-nr.: {mva(o)}
Testansvarlig: seniorutvikler Mads Thorsen – mads.thorsen@nordlysregnskap.no – 480 12 395

Jeg er ikke selv involvert i testingen, så ta gjerne kontakt direkte med Mads.

Vennlig hilsen
Marte Grønli
Administrerende direktør
Nordlys Regnskapsprogram AS
Tlf. 901 55 276
"""
    msg = gmail(addr("Marte Grønli", "marte.gronli@nordlysregnskap.no"), "Testtilgang RRH",
                date("2026-03-19 14:22:37"), gmid("h009"), text, boundary=bnd("h009"))
    lab = label("fictitious_customer",
                party(o, "Nordlys Regnskapsprogram AS", contact("Mads Thorsen", "mads.thorsen@nordlysregnskap.no", "+4748012395")),
                notes="Contact written \"title Name – email – phone\" with en dashes; the title \"seniorutvikler\" is not part of "
                      "the name. Org number in VAT form. The sender (CEO) says she is not the contact: her phone "
                      "(901 55 276) and address are not the contact's.")
    return msg, lab


@email("h010_fiktiv_tomme_kontaktfelt_ugyldig_orgnr")
def _():
    o = "888283690"
    assert not mod11_ok(o)
    text = f"""Hei,

Vi ønsker testtilgang til RRH med fiktiv virksomhet.

Virksomhet: Krokeide Systemhus AS
Orgnr: {sp(o)}
Kontaktperson:
E-post:
Telefon:

Vi kommer tilbake med kontaktperson så snart prosjektet er bemannet.

Mvh
Jan Erik Krokeide
Krokeide Systemhus AS
jan.erik@krokeide.no
Tlf 911 80 544
"""
    msg = outlook(addr("Jan Erik Krokeide", "jan.erik@krokeide.no"), "Testtilgang RRH",
                  date("2026-03-20 09:48:13", "+00:00"), msoid("h010"), text)
    lab = label("fictitious_customer",
                party(o, "Krokeide Systemhus AS", contact()),
                invalid=["applicant.org_number"],
                notes="Contact labels left empty and the text says the contact will follow: contact name, email and phone are "
                      "missing. The sender never says he is the contact, so his signature (address, 911 80 544) is not used. "
                      "Org number 888 283 690 fails mod-11: reported and flagged invalid.")
    return msg, lab


# ================================================================ existing_customer (10)

@email("h011_kunde_kommune_ett_avsnitt")
def _():
    v, c = "882623769", "956927870"
    text = f"""Hei,

Vi i Saksverk AS (org.nr {sp(v)}) leverer saksbehandlingssystem til kommuner og ønsker testtilgang til RRH gjennom delegering fra en eksisterende kunde, nemlig Fjellbygd kommune (org.nr {sp(c)}), der kontaktpersonen er rådgiver Arnfinn Skaar (arnfinn.skaar@fjellbygd.kommune.no, 37 16 42 05), mens kontaktperson hos oss er undertegnede, som nås på siri.haugland@saksverk.no og 988 03 417 – kunden har allerede fått direkte tilgang hos dere, så vi håper dette går greit.

Med vennlig hilsen
Siri Haugland
Prosjektleder
Saksverk AS
"""
    msg = outlook(addr("Siri Haugland", "siri.haugland@saksverk.no"), "Testtilgang RRH – delegering fra Fjellbygd kommune",
                  date("2026-03-20 12:31:08", "+00:00"), msoid("h011"), text)
    lab = label("existing_customer",
                party(v, "Saksverk AS", contact("Siri Haugland", "siri.haugland@saksverk.no", "+4798803417")),
                party(c, "Fjellbygd kommune", contact("Arnfinn Skaar", "arnfinn.skaar@fjellbygd.kommune.no", "+4737164205")),
                notes="Both parties in one long sentence. The customer is a municipality, but the vendor asks for delegation, "
                      "so existing_customer without legal basis. \"rådgiver\" before the customer contact's name is a title. "
                      "\"undertegnede\" is the vendor contact; name from the signature.")
    return msg, lab


@email("h012_kunde_fylkeskommune_html_th_rader")
def _():
    v, c = "834731452", "986449809"
    text = f"""Hei,

Vi ønsker testtilgang til RRH med delegering fra en eksisterende kunde. Kunden har direkte tilgang fra før.

\tSystemleverandør\tKunde
Organisasjonsnummer\t{sp(v)}\t{sp(c)}
Navn\tTavla Systemer AS\tNordkyst fylkeskommune
Kontaktperson\tCamilla Ruud\tIvar Nesheim
E-post\tcamilla.ruud@tavla.no\tivar.nesheim@nordkystfk.no
Telefon\t23405817\t+47 75 65 20 18

Med vennlig hilsen
Camilla Ruud
Tavla Systemer AS
"""
    rows = [("Organisasjonsnummer", sp(v), sp(c)), ("Navn", "Tavla Systemer AS", "Nordkyst fylkeskommune"),
            ("Kontaktperson", "Camilla Ruud", "Ivar Nesheim"),
            ("E-post", '<a href="mailto:camilla.ruud@tavla.no">camilla.ruud@tavla.no</a>',
             '<a href="mailto:ivar.nesheim@nordkystfk.no">ivar.nesheim@nordkystfk.no</a>'),
            ("Telefon", "23405817", "+47 75 65 20 18")]
    trs = "\n".join(f'<tr><th style="text-align:left;padding:3pt 6pt">{a}</th><td style="padding:3pt 6pt">{b}</td>'
                    f'<td style="padding:3pt 6pt">{c_}</td></tr>' for a, b, c_ in rows)
    body = f"""<p class="MsoNormal">Hei,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vi ønsker testtilgang til RRH med delegering fra en eksisterende kunde. Kunden har direkte tilgang fra før.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><th></th><th style="padding:3pt 6pt">Systemleverandør</th><th style="padding:3pt 6pt">Kunde</th></tr>
{trs}
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med vennlig hilsen<o:p></o:p></p>
<p class="MsoNormal">Camilla Ruud<o:p></o:p></p>
<p class="MsoNormal">Tavla Systemer AS<o:p></o:p></p>
"""
    msg = outlook(addr("Camilla Ruud", "camilla.ruud@tavla.no"), "Bestilling – delegering fra eksisterende kunde",
                  date("2026-03-23 08:05:51", "+00:00"), msoid("h012"), text, html=outlook_html("", body_override=body))
    lab = label("existing_customer",
                party(v, "Tavla Systemer AS", contact("Camilla Ruud", "camilla.ruud@tavla.no", "+4723405817")),
                party(c, "Nordkyst fylkeskommune", contact("Ivar Nesheim", "ivar.nesheim@nordkystfk.no", "+4775652018")),
                notes="Three-column table: <th> column headers (Systemleverandør | Kunde) and <th> row headers; the plain part is "
                      "tab-separated. The column decides vendor versus customer. Customer is a county municipality. "
                      "Vendor phone written as eight bare digits.")
    return msg, lab


@email("h013_kunde_sparebank_kulepunkter")
def _():
    v, c = "801814859", "966176113"
    text = f"""Hei,

Vi ønsker å teste delegering fra en av kundene våre som allerede har fått direkte tilgang til RRH hos dere.

Leverandør:
• Kontrollvakt AS
• Org.nr. {sp(v)}
• Kontakt: Ahmad Karimi, ahmad.karimi@kontrollvakt.no, (0047) 915 06 832

Kunde:
• Høgfjell Sparebank
• Org.nr. {sp(c)}
• Kontakt: Gro Anita Lie, gro.anita.lie@hogfjell-sparebank.no, +47 62 48 71 90

Gi beskjed hvis noe mangler.

Hilsen
Ahmad Karimi
Kontrollvakt AS
"""
    msg = gmail(addr("Ahmad Karimi", "ahmad.karimi@kontrollvakt.no"), "Testtilgang – delegering fra kunde (Høgfjell Sparebank)",
                date("2026-03-23 10:44:29"), gmid("h013"), text, boundary=bnd("h013"))
    lab = label("existing_customer",
                party(v, "Kontrollvakt AS", contact("Ahmad Karimi", "ahmad.karimi@kontrollvakt.no", "+4791506832")),
                party(c, "Høgfjell Sparebank", contact("Gro Anita Lie", "gro.anita.lie@hogfjell-sparebank.no", "+4762487190")),
                notes="\"•\" bullets under Leverandør / Kunde headings, the name as an unlabelled bullet. Customer is a savings "
                      "bank (no legal-form suffix). Vendor phone \"(0047) 915 06 832\". Three-part customer contact name.")
    return msg, lab


@email("h014_kunde_borettslag_navn_vinkelparentes")
def _():
    v, c = "885116221", "970179658"
    text = f"""Hei,

Forvaltningsdata AS (org.nr. {v}) leverer forvaltningssystem til borettslag og sameier. Vi ønsker testtilgang til RRH med delegering fra en av våre eksisterende kunder.

Kontaktperson hos oss: Eline Sæther <eline.saether@forvaltningsdata.no>, 482 39 106

Kunde: Solsiden Borettslag, org.nr. {c}
Kontakt hos kunden: styreleder Rune Bratberg <Rune.Bratberg@gmail.com>, 977 14 520

Med vennlig hilsen
Eline Sæther
Kundeansvarlig
Forvaltningsdata AS | Sentralbord 22 90 41 00
"""
    msg = outlook(addr("Eline Sæther", "eline.saether@forvaltningsdata.no"), "Delegering fra eksisterende kunde – Solsiden Borettslag",
                  date("2026-03-24 07:36:12", "+00:00"), msoid("h014"), text)
    lab = label("existing_customer",
                party(v, "Forvaltningsdata AS", contact("Eline Sæther", "eline.saether@forvaltningsdata.no", "+4748239106")),
                party(c, "Solsiden Borettslag", contact("Rune Bratberg", "rune.bratberg@gmail.com", "+4797714520")),
                notes="Contacts written \"Name <address>, phone\". Customer is a housing cooperative (borettslag) whose contact "
                      "uses a private Gmail address (mixed case, lower-cased). \"styreleder\" is a title. The switchboard in the "
                      "signature is not the vendor contact's phone.")
    return msg, lab


@email("h015_kunde_engelske_etiketter_norsk_tekst")
def _():
    v, c = "883879287", "840673820"
    text = f"""Hei,

Vi ønsker testtilgang der en eksisterende kunde delegerer tilgang til oss (kunden har allerede direkte tilgang).

Vendor
Company: Regnskapsnett Øst AS
Org no: {v}
Contact: Jørgen Paulsen
E-mail: jorgen.paulsen@regnskapsnett-ost.no
Mobile: +47 468 20 951

Customer
Company: Lysaker Eiendomsmegling AS
Org no: {c}
Contact: Mina Farahani
E-mail: mina.farahani@lysakereiendom.no
Mobile: 930 77 418

Hilsen Jørgen
"""
    msg = thunderbird(addr("Jørgen Paulsen", "jorgen.paulsen@regnskapsnett-ost.no"), "Testtilgang RRH - eksisterende kunde",
                      date("2026-03-24 13:58:40"), "0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7@regnskapsnett-ost.no", text)
    lab = label("existing_customer",
                party(v, "Regnskapsnett Øst AS", contact("Jørgen Paulsen", "jorgen.paulsen@regnskapsnett-ost.no", "+4746820951")),
                party(c, "Lysaker Eiendomsmegling AS", contact("Mina Farahani", "mina.farahani@lysakereiendom.no", "+4793077418")),
                notes="Norwegian prose, English block headings and labels (Vendor / Customer, Company, Org no, Contact, "
                      "E-mail, Mobile). Identical labels in both blocks; the heading decides the party.")
    return msg, lab


@email("h016_kunde_kunden_forst_0047_parentes")
def _():
    v, c = "808910322", "917809844"
    text = f"""Hei!

Kunden vår, Brekke Transport AS (org.nr. {sp(c)}), har fått direkte tilgang til RRH og skal delegere testtilgang til oss som systemleverandør. Kontaktperson hos kunden er økonomisjef Hanne Brekke <hanne@brekketransport.no>, tlf. (0047) 404 18 227.

Vi er Holt Systemer AS, org.nr. {sp(v)}. Ta kontakt med meg ved spørsmål: Kasper Holt <kasper@holtsystemer.no>, 994 51 036.

Hilsen Kasper
"""
    msg = iphone(addr("Kasper Holt", "kasper@holtsystemer.no"), "Delegering fra kunde", date("2026-03-25 20:17:33"),
                 "9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D@holtsystemer.no", text + "\nSendt fra min iPhone")
    lab = label("existing_customer",
                party(v, "Holt Systemer AS", contact("Kasper Holt", "kasper@holtsystemer.no", "+4799451036")),
                party(c, "Brekke Transport AS", contact("Hanne Brekke", "hanne@brekketransport.no", "+4740418227")),
                notes="Prose with the customer first, vendor second. Addresses in angle brackets after the names; customer "
                      "phone \"(0047) 404 18 227\". \"økonomisjef\" is a title. \"Ta kontakt med meg\" confirms the sender as vendor contact.")
    return msg, lab


@email("h017_kunde_nynorsk_verdi_paa_linjen_under")
def _():
    v, c = "901015341", "925835056"
    text = f"""Hei,

Vi ønskjer testtilgang til RRH ved delegering frå ein eksisterande kunde som allereie har direkte tilgang.

Leverandør (oss)
Namn på verksemda:
Hordaløysing AS
Org-nr:
{sp(v)}
Kontaktperson:
Ingvild Sæle
E-post:
ingvild@hordaloysing.no
Telefon:
56 30 19 42

Kunde
Namn på verksemda:
Bygdeservice Revisjon AS
Org-nr:
{sp(c)}
Kontaktperson:
Olav Kvamme
E-post:
olav.kvamme@bygderevisjon.no
Telefon:
908 23 614

Helsing
Ingvild Sæle
Hordaløysing AS
"""
    msg = gmail(addr("Ingvild Sæle", "ingvild@hordaloysing.no"), "Testtilgang – delegering frå kunde",
                date("2026-03-26 09:30:00"), gmid("h017"), text, boundary=bnd("h017"))
    lab = label("existing_customer",
                party(v, "Hordaløysing AS", contact("Ingvild Sæle", "ingvild@hordaloysing.no", "+4756301942")),
                party(c, "Bygdeservice Revisjon AS", contact("Olav Kvamme", "olav.kvamme@bygderevisjon.no", "+4790823614")),
                notes="Nynorsk (\"eksisterande kunde\", \"Namn på verksemda\"); every value on the line after its label, "
                      "in two blocks with identical labels under \"Leverandør (oss)\" and \"Kunde\".")
    return msg, lab


@email("h018_kunde_kundekontakt_plassholdere_ugyldig_kundeorgnr")
def _():
    v, c = "890149553", "956110175"
    assert mod11_ok(v) and not mod11_ok(c)
    text = f"""Hei,

Aktivakontroll AS ønsker testtilgang med delegering fra eksisterende kunde.

Systemleverandør
* Navn: Aktivakontroll AS
* Orgnummer: {sp(v)}
* Kontaktperson: Petter Hovland
* E-post: petter.hovland@aktivakontroll.no
* Tlf: 905 61 278

Kunde
* Navn: Stordal Shipping AS
* Orgnummer: {sp(c)}
* Kontaktperson: Linn Stordal
* E-post: (kommer)
* Tlf: –

Kunden har lovet å sende oss e-post og telefonnummer til Linn i løpet av uka, så ettersender dette.

Mvh
Petter Hovland
"""
    msg = outlook(addr("Petter Hovland", "petter.hovland@aktivakontroll.no"), "Testtilgang RRH – alternativ 2",
                  date("2026-03-26 14:12:45", "+00:00"), msoid("h018"), text)
    lab = label("existing_customer",
                party(v, "Aktivakontroll AS", contact("Petter Hovland", "petter.hovland@aktivakontroll.no", "+4790561278")),
                party(c, "Stordal Shipping AS", contact("Linn Stordal", None, None)),
                invalid=["customer.org_number"],
                notes="Customer contact's address \"(kommer)\" and phone \"–\" are placeholders: missing, not invalid, and not "
                      "filled with the sender's details. Customer org number 956 110 175 fails mod-11 (last two digits "
                      "swapped): reported and flagged invalid. Asterisk bullets; label \"Orgnummer\".")
    return msg, lab


@email("h019_kunde_navngitt_kollega_uten_telefon")
def _():
    v, c = "945022221", "817419275"
    text = f"""Hei,

Kassalogikk AS ({sp(v)}) ønsker å teste RRH-oppslag i kassesystemet vårt med delegering fra en eksisterende kunde:

Kunde: Vikane Bilsenter AS, org.nr. {sp(c)}
Kontaktperson hos kunden: Tor Vikane, tor@vikanebil.no, 69 31 27 84

Vår kontaktperson for testingen er Amalie Berg (amalie.berg@kassalogikk.no). Hun er på kurs denne uken, men svarer på e-post.

Med vennlig hilsen

Henrik Moe
Avdelingsleder utvikling
Kassalogikk AS
Mobil 412 66 903
"""
    msg = outlook(addr("Henrik Moe", "henrik.moe@kassalogikk.no"), "Testtilgang RRH – Kassalogikk / Vikane Bilsenter",
                  date("2026-03-27 08:50:26", "+00:00"), msoid("h019"), text, cc=addr("Amalie Berg", "amalie.berg@kassalogikk.no"))
    lab = label("existing_customer",
                party(v, "Kassalogikk AS", contact("Amalie Berg", "amalie.berg@kassalogikk.no", None)),
                party(c, "Vikane Bilsenter AS", contact("Tor Vikane", "tor@vikanebil.no", "+4769312784")),
                notes="The vendor contact is a named colleague with only an address; the sender's mobile in his signature "
                      "(412 66 903) is his, not hers: applicant.contact.phone missing. Vendor org number in parentheses "
                      "without a label.")
    return msg, lab


@email("h020_kunde_videresendt_kundebekreftelse")
def _():
    v, c = "894496975", "844997264"
    text = f"""Hei,

Vi ønsker testtilgang med delegering fra eksisterende kunde. Se bekreftelsen fra kunden under – kontaktpersonen der er Bjørnar Wik.

Kontaktperson hos oss er meg, tlf 936 58 014. Org.nr. for oss: {sp(v)}.

Mvh
Julie Strand
Ankerpunkt Data AS

Fra: Bjørnar Wik <bjornar.wik@havbrukfinans.no>
Sendt: onsdag 25. mars 2026 15:41
Til: Julie Strand <julie.strand@ankerpunkt.no>
Emne: RRH-tilgang

Hei Julie,

Vi bekrefter at Havbruk Finans AS (org.nr. {sp(c)}) har direkte tilgang til RRH og ønsker å delegere testtilgang til Ankerpunkt Data AS. Jeg er kontaktperson hos oss: bjornar.wik@havbrukfinans.no, mobil 971 40 335.

Mvh
Bjørnar Wik
Økonomidirektør, Havbruk Finans AS
"""
    msg = outlook(addr("Julie Strand", "julie.strand@ankerpunkt.no"), "VS: RRH-tilgang",
                  date("2026-03-27 11:05:03", "+00:00"), msoid("h020"), text)
    lab = label("existing_customer",
                party(v, "Ankerpunkt Data AS", contact("Julie Strand", "julie.strand@ankerpunkt.no", "+4793658014")),
                party(c, "Havbruk Finans AS", contact("Bjørnar Wik", "bjornar.wik@havbrukfinans.no", "+4797140335")),
                notes="Forward that the sender explicitly submits (\"Se bekreftelsen fra kunden under\"): the forwarded Outlook "
                      "block is content and supplies all customer fields. \"Kontaktperson hos oss er meg\": vendor contact "
                      "name from the signature, address from From.")
    return msg, lab


# ================================================================ direct_access (7)

@email("h021_direkte_universitet_nynorsk")
def _():
    o = "917154082"
    text = f"""Hei,

Universitetet i Sunnhordland ønskjer direkte tilgang til testmiljøet for Register over reelle rettshavarar. Vi er ein høgare utdanningsinstitusjon, og tilgangen skal nyttast i forsking og undervisning om økonomisk kriminalitet.

Organisasjonsnummer: {sp(o)}

Testansvarleg: professor Håvard Lien, havard.lien@uisunn.no, 53 49 12 77
Produksjonsansvarleg: seksjonssjef Merete Opsal, merete.opsal@uisunn.no, 53 49 10 62

Venleg helsing
Håvard Lien
Professor, Institutt for økonomi og leiing
Universitetet i Sunnhordland
"""
    msg = outlook(addr("Håvard Lien", "havard.lien@uisunn.no"), "Direkte tilgang til testmiljøet for RRH",
                  date("2026-03-30 07:12:48", "+00:00"), msoid("h021"), text, lang="nn-NO")
    lab = label("direct_access",
                party(o, "Universitetet i Sunnhordland", contact("Håvard Lien", "havard.lien@uisunn.no", "+4753491277")),
                prod=contact("Merete Opsal", "merete.opsal@uisunn.no", "+4753491062"), basis="higher_education",
                notes="Nynorsk university order (\"høgare utdanningsinstitusjon\"). Titles (\"professor\", \"seksjonssjef\") precede "
                      "the names and are not part of them. A state university: no legal-form suffix.")
    return msg, lab


@email("h022_direkte_avis_prosa")
def _():
    o = "993152153"
    text = f"""Hei!

Vi i Vestvarden Avis AS er et redaktørstyrt mediehus (medlem av Norsk Redaktørforening) og vil bestille direkte tilgang til testmiljøet for RRH-API-et, som vi skal bruke i gravejournalistikken vår. Org.nr. er {o}.

Testansvarlig blir datajournalist Ida Kolstad <ida.kolstad@vestvarden.no>, mobil 911-38-604.
Produksjonsansvarlig er ansvarlig redaktør Geir Ove Sande <geir.ove.sande@vestvarden.no>, 908 77 210.

Hilsen Ida Kolstad
Vestvarden Avis – nyhetsdesken
"""
    msg = gmail(addr("Ida Kolstad", "ida.kolstad@vestvarden.no"), "Bestilling direkte tilgang RRH – Vestvarden Avis",
                date("2026-03-30 13:26:15", "+02:00"), gmid("h022"), text, boundary=bnd("h022"))
    lab = label("direct_access",
                party(o, "Vestvarden Avis AS", contact("Ida Kolstad", "ida.kolstad@vestvarden.no", "+4791138604")),
                prod=contact("Geir Ove Sande", "geir.ove.sande@vestvarden.no", "+4790877210"), basis="media",
                notes="Newspaper (editor-controlled media) ordering for itself: legal basis media. Role words "
                      "(\"datajournalist\", \"ansvarlig redaktør\") precede the names. Hyphenated phone \"911-38-604\"; "
                      "addresses in angle brackets. The signature's \"Vestvarden Avis\" lacks AS; the body's full name is used.")
    return msg, lab


@email("h023_direkte_bank_html_th_tabell")
def _():
    o = "982923263"
    text = f"""Hei,

Kystbanken ASA bestiller direkte tilgang til testmiljøet for Register over reelle rettighetshavere. Banken er rapporteringspliktig etter hvitvaskingsloven § 4 første ledd bokstav a.

Organisasjonsnummer: {sp(o)}

Rolle\tNavn\tE-post\tTelefon
Testansvarlig\tLinda Aasen\tlinda.aasen@kystbanken.no\t+47 51 84 23 60
Produksjonsansvarlig\tSverre Haldorsen\tsverre.haldorsen@kystbanken.no\t+47 917 22 048

Med vennlig hilsen
Linda Aasen
Hvitvaskingsenheten | Kystbanken ASA
"""
    body = f"""<p class="MsoNormal">Hei,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kystbanken ASA bestiller direkte tilgang til testmiljøet for Register over reelle rettighetshavere. Banken er rapporteringspliktig etter hvitvaskingsloven §&nbsp;4 første ledd bokstav a.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Organisasjonsnummer:</b> {sp(o)}<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTable15Grid4Accent1" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><th style="background:#156082;color:white;padding:0 5.4pt">Rolle</th><th style="background:#156082;color:white;padding:0 5.4pt">Navn</th><th style="background:#156082;color:white;padding:0 5.4pt">E-post</th><th style="background:#156082;color:white;padding:0 5.4pt">Telefon</th></tr>
<tr><td>Testansvarlig</td><td>Linda Aasen</td><td><a href="mailto:linda.aasen@kystbanken.no">linda.aasen@kystbanken.no</a></td><td>+47 51 84 23 60</td></tr>
<tr><td>Produksjonsansvarlig</td><td>Sverre Haldorsen</td><td><a href="mailto:sverre.haldorsen@kystbanken.no">sverre.haldorsen@kystbanken.no</a></td><td>+47 917 22 048</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med vennlig hilsen<o:p></o:p></p>
<p class="MsoNormal">Linda Aasen<o:p></o:p></p>
<p class="MsoNormal">Hvitvaskingsenheten | Kystbanken ASA<o:p></o:p></p>
"""
    msg = outlook(addr("Linda Aasen", "linda.aasen@kystbanken.no"), "Direkte tilgang RRH – Kystbanken ASA",
                  date("2026-03-31 08:02:39", "+00:00"), msoid("h023"), text, html=outlook_html("", body_override=body))
    lab = label("direct_access",
                party(o, "Kystbanken ASA", contact("Linda Aasen", "linda.aasen@kystbanken.no", "+4751842360")),
                prod=contact("Sverre Haldorsen", "sverre.haldorsen@kystbanken.no", "+4791722048"), basis="reporting_entity",
                notes="Bank (legal form ASA) as a reporting entity. Contacts in a table with <th> column headers "
                      "(Rolle | Navn | E-post | Telefon), one row per role; the plain part is tab-separated.")
    return msg, lab


@email("h024_direkte_statlig_tilsyn_v_o_strek")
def _():
    o = "941159869"
    text = f"""Hei,

Tilsynet for pengeinnsamlinger er et statlig forvaltningsorgan og ber om direkte tilgang til testmiljøet for RRH som offentlig myndighet. Vi har hjemmel for tilgang til opplysningene i registeret i forbindelse med tilsyn med innsamlingsaksjoner.

Org.nr.: {dot(o)}
Testansvarlig: Trude Kvalheim – trude.kvalheim@pengetilsynet.no – 22478815
Produksjonsansvarlig: IT-seksjonen v/ Arild Sæbø – arild.sabo@pengetilsynet.no – 22478830

Med hilsen
Trude Kvalheim
seniorrådgiver
Tilsynet for pengeinnsamlinger
"""
    msg = thunderbird(addr("Trude Kvalheim", "trude.kvalheim@pengetilsynet.no"), "Direkte tilgang – testmiljø RRH",
                      date("2026-03-31 14:40:57", "+02:00"), "5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f@pengetilsynet.no", text)
    lab = label("direct_access",
                party(o, "Tilsynet for pengeinnsamlinger", contact("Trude Kvalheim", "trude.kvalheim@pengetilsynet.no", "+4722478815")),
                prod=contact("Arild Sæbø", "arild.sabo@pengetilsynet.no", "+4722478830"), basis="public_authority",
                notes="Government agency (\"offentlig myndighet\"). Contacts \"Name – email – phone\" with en dashes and bare "
                      "eight-digit phones; \"IT-seksjonen v/ Arild Sæbø\" names Arild Sæbø. Dotted org number.")
    return msg, lab


@email("h025_direct_civil_society_english_bullets")
def _():
    o = "927501392"
    text = f"""Dear Sir or Madam,

Foreningen Åpent Eierskap is a Norwegian civil society organisation working against corruption and for transparency in company ownership. We would like to order direct access for our own organisation to the RRH test environment.

• Organisation number: {sp(o)}
• Name: Foreningen Åpent Eierskap
• Legal basis: civil society organisation (sivilsamfunnsorganisasjon)
• Test contact: Daniel Rask <daniel.rask@apenteierskap.no>, +47 464 09 318
• Production contact: Sunniva Holm <sunniva.holm@apenteierskap.no>, +47 464 09 377

Best regards,
Daniel Rask
Policy Adviser
Foreningen Åpent Eierskap
"""
    msg = gmail(addr("Daniel Rask", "daniel.rask@apenteierskap.no"), "Order: direct access to RRH test environment",
                date("2026-04-01 10:08:22", "+02:00"), gmid("h025"), text, boundary=bnd("h025"))
    lab = label("direct_access",
                party(o, "Foreningen Åpent Eierskap", contact("Daniel Rask", "daniel.rask@apenteierskap.no", "+4746409318")),
                prod=contact("Sunniva Holm", "sunniva.holm@apenteierskap.no", "+4746409377"), basis="civil_society",
                notes="English, \"•\" bullets, contacts as \"Name <address>, phone\". Civil-society organisation; an association "
                      "named \"Foreningen ...\" without a legal-form suffix.")
    return msg, lab


@email("h026_direkte_advokatfirma_samme_person")
def _():
    o = "895808598"
    text = f"""Hei,

Advokatfirmaet Lid & Berg DA ønsker direkte tilgang til testmiljøet for Register over reelle rettighetshavere. Som advokatfirma er vi rapporteringspliktige etter hvitvaskingsloven når vi bistår klienter med transaksjoner.

Orgnummer: {sp(o)}

Jeg er både testansvarlig og produksjonsansvarlig – kontaktinformasjon i signaturen.

Vennlig hilsen

Kjersti Lid
advokat/partner
Advokatfirmaet Lid & Berg DA
Mobilnr.: 995 31 460
E-post: kjersti@lidberg.no
"""
    msg = outlook(addr("Kjersti Lid", "kjersti@lidberg.no"), "Bestilling av direkte tilgang – Lid & Berg",
                  date("2026-04-01 11:33:09", "+00:00"), msoid("h026"), text)
    who = contact("Kjersti Lid", "kjersti@lidberg.no", "+4799531460")
    lab = label("direct_access", party(o, "Advokatfirmaet Lid & Berg DA", who), prod=dict(who), basis="reporting_entity",
                notes="Law firm (DA, ampersand in the name) as a reporting entity. One person is both test and production "
                      "contact (\"Jeg er både testansvarlig og produksjonsansvarlig\"), details only in the signature, so the "
                      "production contact repeats the test contact. \"advokat/partner\" is a title. Label \"Mobilnr.\".")
    return msg, lab


@email("h027_direkte_regnskap_prod_uavklart_ugyldig_epost")
def _():
    o = "979019181"
    text = f"""Hei,

Stavnes Regnskap AS er et autorisert regnskapsførerselskap og dermed rapporteringspliktig etter hvitvaskingsloven. Vi ønsker direkte tilgang til RRH for eget bruk, først i testmiljøet.

Organisasjonsnummer: {sp(o)}
Testansvarlig: Eirin Myklebust, eirin.myklebust@stavnesregnskap, 934 27 011
Produksjonsansvarlig: ikke avklart ennå

Mvh
Bjarne Stavnes
Daglig leder, Stavnes Regnskap AS
bjarne@stavnesregnskap.no | 915 02 774
"""
    msg = outlook(addr("Bjarne Stavnes", "bjarne@stavnesregnskap.no"), "Direkte tilgang RRH",
                  date("2026-04-02 06:58:44", "+00:00"), msoid("h027"), text)
    lab = label("direct_access",
                party(o, "Stavnes Regnskap AS", contact("Eirin Myklebust", "eirin.myklebust@stavnesregnskap", "+4793427011")),
                prod=contact(), basis="reporting_entity",
                invalid=["applicant.contact.email"],
                notes="Accounting firm, reporting entity. The test contact's address lacks a top-level domain: reported as "
                      "written and flagged invalid; not repaired from the sender's domain, because the contact is a named "
                      "colleague, not the sender. \"ikke avklart ennå\" for the production contact is a placeholder: its "
                      "name, email and phone are missing. The sender's own address and phone are not used.")
    return msg, lab


# ================================================================ unspecified (5)

@email("h028_unspecified_english_one_paragraph")
def _():
    o = "995015722"
    text = f"""Hi, we're a small fintech based in Oslo, Korall Pay AS (org no {sp(o)}), and we'd like to get access to the test environment for the RRH API so we can start integrating beneficial ownership lookups into our customer onboarding; the contact on our side will be our backend lead Tomasz Nowakowski, tomasz@korallpay.no, +47 921 06 553, and please let us know if you need anything else from us. Cheers, Lucas Berntsen, CTO
"""
    msg = gmail(addr("Lucas Berntsen", "lucas@korallpay.no"), "RRH API test access",
                date("2026-04-02 15:47:30", "+02:00"), gmid("h028"), text, boundary=bnd("h028"))
    lab = label("unspecified",
                party(o, "Korall Pay AS", contact("Tomasz Nowakowski", "tomasz@korallpay.no", "+4792106553")),
                notes="English, one paragraph including the sign-off. Asks for test access without saying fictitious enterprise, "
                      "customer delegation or own direct access (using lookups in its own onboarding hints at own use, but no kind of access or legal basis is stated): order_type missing. The named contact is not the sender; "
                      "\"backend lead\" is a role, not part of the name.")
    return msg, lab


@email("h029_uavklart_nynorsk_latin1_eg_er_kontakt")
def _():
    o = "996445917"
    text = f"""Hei,

Vi vil gjerne få tilgang til testmiljøet for API-et til Register over reelle rettshavarar.

Namn på verksemda:
Sunnfjord Datateneste AS

Org.nr.:
{sp(o)}

Kontaktperson:
Eg er kontaktperson sjølv.

Telefon:
57 82 40 19

Helsing
Audun Hestad
"""
    msg = thunderbird(addr("Audun Hestad", "audun@sfdt.no"), "Tilgang til testmiljø - RRH",
                      date("2026-04-08 09:14:51", "+02:00"), "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@sfdt.no", text,
                      charset="ISO-8859-1", enc=QP, lang="nn-NO")
    lab = label("unspecified",
                party(o, "Sunnfjord Datateneste AS", contact("Audun Hestad", "audun@sfdt.no", "+4757824019")),
                notes="Nynorsk, ISO-8859-1 quoted-printable, values on the line after the labels. \"Eg er kontaktperson sjølv\" "
                      "makes the sender the contact: name from the signature, address from From. Kind of access not stated.")
    return msg, lab


@email("h030_uavklart_outlook_kort_tittel_foran_navn")
def _():
    o = "833542192"
    text = f"""Hei,

Vi ønsker testtilgang til RRH-API-et. Jeg er kontaktperson – se signaturen for detaljer.

Med vennlig hilsen
Rådgiver Fatima Zahra Benali
Compliance | Norvik Finanspartner AS
Org. nr. {sp(o)}
Mob.: 406 71 285 | Sentralbord: 21 50 36 00

Fra: Sander Ek <sander.ek@norvik-fp.no>
Sendt: tirsdag 31. mars 2026 16:02
Til: Fatima Zahra Benali <fatima.benali@norvik-fp.no>
Emne: Testtilgang RRH

Hei Fatima,

Kan du bestille testtilgang hos Brønnøysund? Bruk gjerne meg som kontakt (sander.ek@norvik-fp.no, 941 22 087) hvis det er enklest.

Sander
"""
    msg = outlook(addr("Fatima Zahra Benali", "fatima.benali@norvik-fp.no"), "VS: Testtilgang RRH",
                  date("2026-04-07 07:21:16", "+00:00"), msoid("h030"), text)
    lab = label("unspecified",
                party(o, "Norvik Finanspartner AS", contact("Fatima Zahra Benali", "fatima.benali@norvik-fp.no", "+4740671285")),
                notes="Short new text pointing to the signature; the title \"Rådgiver\" precedes the name there. The mobile, "
                      "not the switchboard, is her phone; address from From. The forwarded internal mail below suggests "
                      "another contact (Sander Ek, 941 22 087): history, overridden by \"Jeg er kontaktperson\". Kind of access not stated.")
    return msg, lab


@email("h031_uavklart_iphone_kulepunkter_ugyldig_epost_uten_orgnr")
def _():
    text = """Hei
Ønsker testtilgang til rrh-apiet for
• Granheim Elektronikk AS (orgnr ettersendes)
• kontaktperson: Sofie Granheim
• sofie.granheim@granheim-elektronikk
• 48 37 12 96

Mvh Vegard

Sendt fra min iPhone"""
    msg = iphone(addr("Vegard Granheim", "vegard@granheim-elektronikk.no"), "Testtilgang", date("2026-04-07 22:03:40", "+02:00"),
                 "4D3C2B1A-0F9E-4D8C-B7A6-958473625140@granheim-elektronikk.no", text)
    lab = label("unspecified",
                party(None, "Granheim Elektronikk AS", contact("Sofie Granheim", "sofie.granheim@granheim-elektronikk", "+4748371296")),
                invalid=["applicant.contact.email"],
                notes="Terse iPhone bullets. Org number explicitly deferred (\"ettersendes\"): missing. The contact is Sofie, "
                      "not the sender Vegard; her address lacks a top-level domain: reported as written, flagged invalid, "
                      "not repaired from the sender's domain. Kind of access not stated.")
    return msg, lab


@email("h032_unspecified_html_mailto_no_phone")
def _():
    o = "850364915"
    html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please set up access to the RRH (beneficial ownership) test environment for us.</p>
<p><b>Company:</b> Northbay Analytics AS<br>
<b>Org. no.:</b> {sp(o)}<br>
<b>Contact:</b> Priya Nair &ndash; <a href="mailto:Priya.Nair@northbay.no">Priya.Nair@northbay.no</a></p>
<!-- phone: 915 44 210 (remove before sending) -->
<p>Thanks in advance,<br>Priya</p>
</div></body></html>
"""
    msg = html_only(addr("Priya Nair", "priya.nair@northbay.no"), "Access to RRH test environment",
                    date("2026-04-08 12:55:02", "+02:00"), "20260408105502.7f3a9c@northbay.no", html, enc=BASE64,
                    extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    lab = label("unspecified",
                party(o, "Northbay Analytics AS", contact("Priya Nair", "priya.nair@northbay.no", None)),
                notes="HTML only, base64, English; address as a mixed-case mailto link (lower-cased). A phone number exists "
                      "only inside an HTML comment, which the reader does not see: applicant.contact.phone missing. "
                      "Kind of access not stated.")
    return msg, lab


# ================================================================ not_an_order (8)

@email("h033_status_referanse_i_emnet")
def _():
    o = "951240044"
    text = f"""Hei,

Vi sendte bestilling av testtilgang (fiktiv virksomhet) for snart to uker siden og fikk referansen over, men har ikke hørt noe siden. Kan dere gi en kort statusoppdatering?

Bølgen Data AS, org.nr. {sp(o)}

Mvh
Even Lunde
922 18 304
"""
    msg = gmail(addr("Even Lunde", "even.lunde@bolgendata.no"), "Status? [RRH-2026-0153] Bestilling fiktiv virksomhet – Bølgen Data AS",
                date("2026-04-08 09:40:11", "+02:00"), gmid("h033"), text, boundary=bnd("h033"))
    return msg, label("not_an_order", notes="Status enquiry with the case reference in the subject. It names the kind of order, "
                                            "an org number, a company and a phone, but orders nothing new.")


@email("h034_automatic_reply_exchange_english")
def _():
    o = "801752292"
    text = f"""Thank you for your email.

I am out of the office until Monday 13 April with limited access to email. For urgent matters regarding our RRH test access, please contact my colleague Martin Dahl at martin.dahl@havnelys.no or +47 415 20 983.

Best regards
Charlotte Evans
Havnelys Software AS | Org. no. {sp(o)}
"""
    msg = outlook(addr("Charlotte Evans", "charlotte.evans@havnelys.no"),
                  "Automatic reply: [RRH-2026-0188] We have received your order",
                  date("2026-04-08 10:02:47", "+00:00"), msoid("h034"), text, lang="en-US",
                  extra=[("In-Reply-To", "<rrh-2026-0188-2@brreg.no>"), ("References", "<rrh-2026-0188-2@brreg.no>"),
                         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "charlotte.evans@havnelys.no")])
    return msg, label("not_an_order", notes="English Exchange out-of-office (\"Automatic reply:\", Auto-Submitted: auto-replied, "
                                            "X-Auto-Response-Suppress: All) to the register's acknowledgement. Names a colleague "
                                            "with address and phone and an org number, but orders nothing.")


@email("h035_order_coming_next_week")
def _():
    o = "849796143"
    text = f"""Hi,

Just a heads-up: we will send the order for test access (fictitious enterprise) next week, once our legal team has signed off on the data processing terms.

For your planning: the company is Fakturalab AS, org no {sp(o)}, and the contact will be me, trygve.olsen@fakturalab.no, +47 913 44 870.

No action needed from you yet.

Kind regards,
Trygve Olsen
Fakturalab AS
"""
    msg = outlook(addr("Trygve Olsen", "trygve.olsen@fakturalab.no"), "Upcoming order - RRH test access",
                  date("2026-04-09 07:30:05", "+00:00"), msoid("h035"), text, lang="en-US")
    return msg, label("not_an_order", notes="Announces that the order will be sent next week and says \"No action needed\". "
                                            "Carries every field of a fictitious-enterprise order, but is not itself the order.")


@email("h036_jobbsoknad_med_vedlegg")
def _():
    text = """Hei,

Jeg viser til utlysningen av stillingen som rådgiver i seksjonen for Register over reelle rettighetshavere og søker herved stillingen.

Jeg har master i økonomi og administrasjon fra NHH og har de siste fire årene jobbet med kundekontroll og antihvitvasking i en regional bank, blant annet med testing av API-integrasjoner mot offentlige registre.

CV og vitnemål ligger vedlagt. Jeg kan nås på 976 51 302 eller på denne e-postadressen.

Med vennlig hilsen
Hedda Sørlie
"""
    mixed = MIMEMultipart("mixed", boundary=bnd("h036m"))
    alt = alternative(text_part(text), text_part(gmail_html(text), subtype="html"), bnd("h036a"))
    del alt["MIME-Version"]
    mixed.attach(alt)
    pdf = MIMEBase("application", "pdf", name="CV_Hedda_Sorlie.pdf")
    pdf.set_payload(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                    b"trailer<</Root 1 0 R>>\n%%EOF\n")
    from email import encoders
    encoders.encode_base64(pdf)
    pdf.add_header("Content-Disposition", "attachment", filename="CV_Hedda_Sorlie.pdf")
    pdf.add_header("Content-ID", "<f_lz1k9q2a0>")
    del pdf["MIME-Version"]
    mixed.attach(pdf)
    msg = reorder(mixed, [("MIME-Version", None), ("From", addr("Hedda Sørlie", "hedda.sorlie@gmail.com")),
                          ("Date", date("2026-04-09 21:11:48", "+02:00")), ("Message-ID", f"<{gmid('h036')}>"),
                          ("Subject", hdr("Søknad på stilling som rådgiver – reelle rettighetshavere")), ("To", BRREG),
                          ("Content-Type", None)])
    return msg, label("not_an_order", notes="Job application sent to the wrong mailbox, with a PDF attachment. Mentions RRH, "
                                            "API testing, a phone and the sender's address: not an order.")


@email("h037_klage_api_feil_med_orgnr")
def _():
    o, f = "991450025", "837676711"
    text = f"""Hei,

Dette er tredje gang jeg skriver om dette. Testmiljøet for RRH-API-et har svart med HTTP 500 på nesten alle kall siden fredag, og vi har en leveranse til kunde om ti dager. Vi har testtilgang med fiktiv virksomhet (org.nr. {sp(f)}) og kaller med Maskinporten-token for Skyhavn Systemer AS, org.nr. {sp(o)}.

Det er ikke akseptabelt at et offentlig testmiljø er nede i flere dager uten at det står noe på driftsmeldingene. Jeg forventer et svar i dag på når dette blir rettet.

Kristian Fosse
Teknisk leder, Skyhavn Systemer AS
Tlf. 478 90 126
"""
    msg = outlook(addr("Kristian Fosse", "kristian.fosse@skyhavn.no"), "KLAGE: RRH-testmiljøet svarer 500 – fortsatt ikke løst",
                  date("2026-04-10 08:17:22", "+00:00"), msoid("h037"), text,
                  extra=[("Importance", "high"), ("X-Priority", "1")])
    return msg, label("not_an_order", notes="Complaint about API errors (HTTP 500) from a vendor that already has test access. "
                                            "Contains its own org number, the fictitious enterprise's org number, \"testtilgang "
                                            "med fiktiv virksomhet\" and a phone, but orders nothing.")


@email("h038_read_receipt_english")
def _():
    text = """Your message

  To: kim.andersen@tidvann-it.no
  Subject: [RRH-2026-0162] Your order has been registered
  Sent: Tuesday, 7 April 2026 10:14:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Wednesday, 8 April 2026 08:47:51 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
"""
    rep = MIMEMultipart("report", boundary="_002_" + msoid("h038").split("@")[0] + "_")
    rep.set_param("report-type", "disposition-notification")
    tp = text_part(text)
    rep.attach(tp)
    dn = MIMEBase("message", "disposition-notification")
    dn.set_payload("Reporting-UA: DB7PR05MB5604.eurprd05.prod.outlook.com; Microsoft Exchange Server\n"
                   "Final-Recipient: rfc822;kim.andersen@tidvann-it.no\n"
                   "Original-Message-ID: <rrh-2026-0162-2@brreg.no>\n"
                   "Disposition: manual-action/MDN-sent-manually; displayed\n")
    del dn["MIME-Version"]
    rep.attach(dn)
    msg = reorder(rep, [("From", addr("Kim Andersen", "kim.andersen@tidvann-it.no")), ("To", f'"{BRREG}" <{BRREG}>'),
                        ("Subject", "Read: [RRH-2026-0162] Your order has been registered"),
                        ("Thread-Topic", "[RRH-2026-0162] Your order has been registered"),
                        ("Date", date("2026-04-08 06:47:53", "+00:00")), ("Message-ID", f"<{msoid('h038')}>"),
                        ("In-Reply-To", "<rrh-2026-0162-2@brreg.no>"), ("References", "<rrh-2026-0162-2@brreg.no>"),
                        ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("MIME-Version", None), ("Content-Type", None)])
    return msg, label("not_an_order", notes="English Outlook read receipt (\"Read:\", multipart/report; "
                                            "report-type=disposition-notification) for the register's confirmation.")


@email("h039_gmail_bounce_delivery_status_failure")
def _():
    o = "873897201"
    inner_text = f"""Hei,

Vi har mottatt bestillingen din av testtilgang til RRH (delegering fra eksisterende kunde) og gitt den referanse RRH-2026-0170.

Registrerte opplysninger:
Systemleverandør: Solvang Utvikling ENK, org.nr. {sp(o)}
Kontaktperson: Henrik Solvang, henrik.solvang.dev@gmail.com, 469 30 512

Med vennlig hilsen
Brønnøysundregistrene
"""
    inner = text_part(inner_text)
    inner = reorder(inner, [("From", f"<{BRREG}>"), ("To", "henrik.solvang.dev@gmail.com"),
                            ("Subject", hdr("[RRH-2026-0170] Vi har mottatt bestillingen din")),
                            ("Date", date("2026-04-09 13:22:08", "+02:00")), ("Message-ID", "<rrh-2026-0170-2@brreg.no>"),
                            ("MIME-Version", None), ("Content-Type", None), ("Content-Transfer-Encoding", None)])
    ndr_text = """
** Address not found **

Your message wasn't delivered to henrik.solvang.dev@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
    ndr_html = ('<html><head></head><body><div style="padding:24px;font-family:Roboto,Helvetica,Arial,sans-serif">'
                '<h2 style="font-weight:normal">Address not found</h2>'
                '<p>Your message wasn\'t delivered to <b>henrik.solvang.dev@gmail.com</b> because the address couldn\'t be '
                'found, or is unable to receive mail.</p><p><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>'
                '<p><b>The response was:</b></p><p style="font-family:monospace">The email account that you tried to reach does '
                'not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.</p>'
                '</div></body></html>\n')
    alt = alternative(text_part(ndr_text, enc=QP), text_part(ndr_html, enc=QP, subtype="html"), bnd("h039a"))
    del alt["MIME-Version"]
    ds = MIMEBase("message", "delivery-status")
    m1 = Message()
    m1["Reporting-MTA"] = "dns; googlemail.com"
    m1["Arrival-Date"] = "Thu, 09 Apr 2026 04:22:09 -0700 (PDT)"
    m2 = Message()
    m2["Final-Recipient"] = "rfc822; henrik.solvang.dev@gmail.com"
    m2["Action"] = "failed"
    m2["Status"] = "5.1.1"
    m2["Diagnostic-Code"] = ("smtp; The email account that you tried to reach does not exist. "
                             "https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-4c1b8f0e2d7si1234567ejc.42 - gsmtp")
    m2["Last-Attempt-Date"] = "Thu, 09 Apr 2026 04:22:10 -0700 (PDT)"
    ds.set_payload([m1, m2])
    del ds["MIME-Version"]
    rep = MIMEMultipart("report", boundary=bnd("h039r"))
    rep.set_param("report-type", "delivery-status")
    rep.attach(alt)
    rep.attach(ds)
    returned = MIMEMessage(inner)
    del returned["MIME-Version"]
    rep.attach(returned)
    msg = reorder(rep, [("MIME-Version", None), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
                        ("To", BRREG), ("Auto-Submitted", "auto-replied"),
                        ("Subject", "Delivery Status Notification (Failure)"),
                        ("References", "<rrh-2026-0170-2@brreg.no>"), ("In-Reply-To", "<rrh-2026-0170-2@brreg.no>"),
                        ("X-Failed-Recipients", "henrik.solvang.dev@gmail.com"),
                        ("Message-ID", "<6615a2c1.050a0220.3b9f1.7d21.GMR@mx.google.com>"),
                        ("Date", "Thu, 09 Apr 2026 04:22:10 -0700 (PDT)"), ("Content-Type", None)])
    return msg, label("not_an_order", notes="Gmail bounce (mailer-daemon@googlemail.com, \"Delivery Status Notification "
                                            "(Failure)\", multipart/report). The returned message/rfc822 is the register's "
                                            "acknowledgement with a complete order summary: it is a bounce, not an order.")


@email("h040_endring_av_eksisterende_testtilgang")
def _():
    o = "805072717"
    text = f"""Hei,

Vi har allerede testtilgang til RRH (fiktiv virksomhet, referanse RRH-2026-0041). Kontaktpersonen vår, Ole Petter Rud, har sluttet, så vi ber dere endre kontaktperson for tilgangen til:

Navn: Nadia Berg
E-post: nadia.berg@norronlonn.no
Telefon: 470 22 318

Norrøn Lønnsdata AS, org.nr. {sp(o)}

Takk!

Vennlig hilsen
Nadia Berg
Norrøn Lønnsdata AS
"""
    msg = outlook(addr("Nadia Berg", "nadia.berg@norronlonn.no"), "Endring av kontaktperson – eksisterende testtilgang RRH",
                  date("2026-04-10 11:45:36", "+00:00"), msoid("h040"), text)
    return msg, label("not_an_order", notes="Request to change the contact person on an existing test access (with its "
                                            "reference). It has a labelled contact block, org number and \"fiktiv virksomhet\", "
                                            "but it is a change, not a new order.")


# --------------------------------------------------------------------------- checks and output

OTHER_CORPORA = [H.SHARED / "corpus", HERE.parent / "corpus_extra"]


def extra_checks(name, lab, seen_orgs, old_digits):
    """This corpus's own checks (``H.write_corpus`` checks the label's shape for every one)."""
    if lab["order_type"] == "direct_access":
        assert lab["legal_basis"] in (None, "reporting_entity", "public_authority", "media", "civil_society", "higher_education")
    for who in ("applicant", "customer"):
        org = H.get(lab, f"{who}.org_number")
        if org:
            assert org not in old_digits, f"{name}: {org} already used in another corpus"
            assert seen_orgs.setdefault(org, name) == name or who == "customer", f"{name}: {org} reused from {seen_orgs[org]}"
    assert re.fullmatch(r"h\d{3}_[a-z0-9_]+", name), name


def main():
    H.write_corpus(OUT, "h", EMAILS, extra_checks, OTHER_CORPORA)


if __name__ == "__main__":
    main()
