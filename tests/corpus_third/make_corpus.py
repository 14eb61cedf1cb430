#!/usr/bin/env python3
"""Build the third held-out corpus in tests/corpus_third/messages/ (tNNN_*.eml + tNNN_*.json).

Written independently of the parser: every label is what a careful clerk at the register would write
down under the rules in shared/corpus/README.md. Every company, person, domain, org number and phone
number is invented. Valid org numbers pass the mod-11 check (and stdnum.no.orgnr when it is
installed); the deliberately invalid ones are asserted to fail it. No org number used by an earlier
corpus appears here.

The MIME helpers and the label checks are imported from tests/corpus_extra/make_corpus.py.
Run:  python3 tests/corpus_third/make_corpus.py
"""

import base64
import hashlib
import html as htmlmod
import importlib.util
import re
import textwrap
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "corpus_extra_helpers", HERE.parent / "corpus_extra" / "make_corpus.py"
)
H = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H)

BRREG = H.BRREG
QP, BASE64 = H.QP, H.BASE64
sp, dot, mva, addr, hdr = H.sp, H.dot, H.mva, H.addr, H.hdr
text_part, alternative, reorder, linkify = H.text_part, H.alternative, H.reorder, H.linkify
outlook, gmail, iphone, thunderbird, html_only = H.outlook, H.gmail, H.iphone, H.thunderbird, H.html_only
contact, party, label, mod11_ok, date = H.contact, H.party, H.label, H.mod11_ok, H.date

OUT = HERE / "messages"

try:  # an independent second opinion on the check digits
    from stdnum.no import orgnr as stdnum_orgnr
except ImportError:  # pragma: no cover
    stdnum_orgnr = None


# --------------------------------------------------------------------------- small helpers




def msoid(seed, host="eurprd04"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    box = f"{'VI' if int(h[0], 16) % 2 else 'PA'}{int(h[0], 16) % 9 + 1}PR{int(h[1:3], 16) % 100:02d}MB{int(h[3:7], 16) % 9000 + 1000}"
    return f"{box}{h[8:28]}@{box}.{host}.prod.outlook.com"


def gmid(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    h = h.replace("/", "k").replace("+", "Z").rstrip("=")
    return f"CA{h[:46]}@mail.gmail.com"


def bnd(seed):
    return "000000000000" + hashlib.md5(seed.encode()).hexdigest()[:16]


def flow(text, width=72):
    """format=flowed: soft-wrap long lines, each soft break keeps a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def plain(frm, subject, dt, msgid, text, *, mailer=None, enc=QP, extra=(), to=None, cc=None):
    """A single text/plain part with the headers a simple client writes."""
    msg = text_part(text, enc=enc)
    headers = [("From", frm), ("To", to or BRREG)]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", hdr(subject)), ("Date", dt), ("Message-ID", f"<{msgid}>")]
    if mailer:
        headers.append(("X-Mailer", mailer))
    headers += [*list(extra), ("MIME-Version", None), ("Content-Type", None), ("Content-Transfer-Encoding", None)]
    return reorder(msg, headers)


def html_page(body, font="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body>\n<div style="{font}">\n{body}\n</div>\n</body></html>\n')


def esc(s):
    return linkify(htmlmod.escape(s, quote=False))


def p_lines(text):
    """One <p> per line (empty lines dropped), as some web clients write."""
    return "\n".join(f"<p style=\"margin:0\">{esc(line)}</p>" for line in text.split("\n") if line.strip())


def br_lines(text):
    """Lines joined by <br>, blank lines as a bare <br>."""
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def two_col_table(rows):
    """rows: (label, value) pairs; label None gives a heading row spanning both columns."""
    out = ['<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#bfbfbf">']
    for k, v in rows:
        if k is None:
            out.append(f'<tr><td colspan="2" style="background:#e8eef4"><b>{esc(v)}</b></td></tr>')
        else:
            out.append(f'<tr><td style="width:200px">{esc(k)}</td><td>{esc(v)}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


def tab_text(rows):
    return "\n".join(v if k is None else f"{k}\t{v}" for k, v in rows)


EMAILS, email = H.registry()


# ================================================================ fictitious_customer (10)


@email("t001_fiktiv_ikke_morsmaal_engelske_ord")
def _():
    o = "993146757"
    text = f"""Hei Brønnøysund,

Vi er en liten software company i Drammen, Kodbryggen AS, org nummer {o}. Vi lager app for regnskap og vi vil gjerne testing mot RRH API før launch. Vi ønsker fiktiv virksomhet please, så vi kan delegere access selv.

Kontakt person er meg - Andrzej Wiśniewski.
mail: Andrzej.Wisniewski@kodbryggen.no
mobile: +47 463 18 072

Sorry for min norsk, jeg lærer fortsatt :)

Best regards / Hilsen
Andrzej
"""
    msg = gmail(addr("Andrzej Wiśniewski", "andrzej.wisniewski@kodbryggen.no"), "RRH test access - fiktiv virksomhet",
                date("2026-03-23 09:41:07"), gmid("t001"), text, boundary=bnd("t001"))
    lab = label("fictitious_customer",
                party(o, "Kodbryggen AS", contact("Andrzej Wiśniewski", "andrzej.wisniewski@kodbryggen.no", "+4746318072")),
                notes="Written by a non-native speaker: Norwegian with English words mixed in (\"software company\", "
                      "\"fiktiv virksomhet please\", \"delegere access selv\", labels \"mail\" and \"mobile\"). "
                      "\"Kontakt person er meg\" makes the sender the contact; the mixed-case address is lower-cased. "
                      "Org number as nine bare digits after \"org nummer\".")
    return msg, lab


@email("t002_fiktiv_signaturblokk_foerst")
def _():
    o = "870243758"
    text = f"""Sigrun Vatne-Hoff
Fagansvarlig integrasjon
Mjølkeråen Systemer AS
Org.nr: {sp(o)}
Tlf: 950 44 127
sigrun@mjolkeraen.no

Hei,

Opplysningene om oss står over. Vi ønsker at Brønnøysundregistrene oppretter en fiktiv virksomhet i testmiljøet for RRH, slik at vi kan delegere tilgang fra den selv. Kontaktperson for testingen er undertegnede.

Takk for hjelpen.

Mvh Sigrun
"""
    msg = outlook(addr("Sigrun Vatne-Hoff", "sigrun@mjolkeraen.no"), "Testtilgang RRH for Mjølkeråen Systemer",
                  date("2026-03-23 13:05:52", "+00:00"), msoid("t002"), text)
    lab = label("fictitious_customer",
                party(o, "Mjølkeråen Systemer AS", contact("Sigrun Vatne-Hoff", "sigrun@mjolkeraen.no", "+4795044127")),
                notes="The mail OPENS with a signature-like block (name, title, company, Org.nr, Tlf, address) and the "
                      "request follows, pointing back to it (\"står over\"). \"undertegnede\" makes the sender the contact. "
                      "Title \"Fagansvarlig integrasjon\" is not part of the name.")
    return msg, lab


@email("t003_fiktiv_tlf_og_epost_langt_fra_hverandre")
def _():
    o = "807995189"
    text = f"""Hei,

Vi ønsker testtilgang til RRH med fiktiv virksomhet, slik at vi kan prøve delegeringsflyten selv før vi ruller den ut til kundene.

Virksomhet: Tyrihans Lønnssystemer AS
Org.nr. {sp(o)}
Kontaktperson: Per-Olav Strømsvik
Tlf: 412 90 563

Litt bakgrunn: Tyrihans Lønnssystemer leverer lønns- og personalsystem til rundt 300 små bedrifter på Sørlandet, og flere av kundene våre er regnskapsførere som må gjennomføre kundetiltak etter hvitvaskingsloven. Vi ønsker derfor å hente opplysninger om reelle rettighetshavere rett inn i kundekortet. Vi regner med å være klare til å teste i løpet av april, og vi setter pris på om tilgangen kan være på plass før påske.

Per-Olav sitter i utviklingsteamet vårt i Kristiansand.
Epost: per-olav.stromsvik@tyrihans.no

Vennlig hilsen
Maren Tjelta
Daglig leder
Tyrihans Lønnssystemer AS
"""
    msg = thunderbird(addr("Maren Tjelta", "maren.tjelta@tyrihans.no"), "Testtilgang RRH – fiktiv virksomhet",
                      date("2026-03-24 08:17:33"), "5e0c2b91-3a47-4d7e-b1f8-92c4d6e0a713@tyrihans.no", flow(text))
    lab = label("fictitious_customer",
                party(o, "Tyrihans Lønnssystemer AS", contact("Per-Olav Strømsvik", "per-olav.stromsvik@tyrihans.no", "+4741290563")),
                notes="The contact's phone (\"Tlf:\") sits in the labelled block, his address (\"Epost\") three paragraphs "
                      "further down, after a long background paragraph. Double-barrelled first name Per-Olav. The sender "
                      "(the CEO) is not the contact: her From address is not used. format=flowed with soft breaks.")
    return msg, lab


@email("t004_fiktiv_html_p_per_linje_a_s")
def _():
    o = "962334032"
    text = f"""Hei!
Lysverk Programvare A/S søker om tilgang til testmiljøet for reelle rettighetshavere.
Vi ønsker at Brønnøysundregistrene oppretter en fiktiv virksomhet, og at vi delegerer tilgangen selv.
Organisasjonsnr.: {sp(o)}
Testansvarlig: Lise-Lotte Brekkå
E-post: lise-lotte.brekka@lysverk.no
Telefon: 38 27 91 60
Med hilsen
Ole Gunnar Lysne
Lysverk Programvare A/S"""
    html = html_page(p_lines(text))
    msg = html_only(addr("Ole Gunnar Lysne", "ole.gunnar@lysverk.no"), "Søknad om testtilgang RRH",
                    date("2026-03-24 11:52:40"), "20260324105240.7f3a1c@webmail.lysverk.no", html, enc=QP,
                    extra=[("X-Mailer", "Roundcube Webmail/1.6.9")])
    lab = label("fictitious_customer",
                party(o, "Lysverk Programvare A/S", contact("Lise-Lotte Brekkå", "lise-lotte.brekka@lysverk.no", "+4738279160")),
                notes="HTML only, one <p> per line and no blank paragraphs. Legal form written \"A/S\" and kept as written. "
                      "The named test contact is not the sender; Kristiansand landline without country code.")
    return msg, lab


@email("t005_fiktiv_mva_nr_tett_v_skraastrek")
def _():
    o = "914453097"
    text = f"""Hei,

Vi bestiller herved testtilgang til RRH-API-et, med en fiktiv virksomhet som vi kan delegere fra.

Selskap: Havørn Datasystemer AS, MVA-nr NO{o}MVA
Kontakt: Utviklingsavdelingen v/ Ingeborg de Souza, ingeborg.desouza@havorn-data.no, mob. 984 71 206

Hilsen
Tormod Aalvik
Havørn Datasystemer AS
"""
    msg = outlook(addr("Tormod Aalvik", "tormod.aalvik@havorn-data.no"), "Bestilling testtilgang RRH",
                  date("2026-03-24 14:30:11", "+00:00"), msoid("t005"), text)
    lab = label("fictitious_customer",
                party(o, "Havørn Datasystemer AS", contact("Ingeborg de Souza", "ingeborg.desouza@havorn-data.no", "+4798471206")),
                notes=f"Org number only as a VAT number written solid (\"MVA-nr NO{o}MVA\"). Contact introduced as "
                      "\"Utviklingsavdelingen v/ Ingeborg de Souza\": the person is Ingeborg de Souza (lower-case particle "
                      "kept). The sender is not the contact.")
    return msg, lab


@email("t006_fiktiv_orgnr_over_linjeskift")
def _():
    o = "988500364"
    text = f"""Hei,

Vi i Saltstraum Integrasjon AS, org.nr. {o[:3]}
{o[3:6]} {o[6:]}, ønsker testtilgang til Register over reelle rettighetshavere.
Vi vil at dere oppretter en fiktiv virksomhet som vi selv kan delegere
tilgang fra. Kontaktperson for testen er Halvard Kinn, som nås på
halvard.kinn@saltstraum.no og telefon 902 31 574.

Si fra om dere trenger mer.

--
Guro Lyngstad
Saltstraum Integrasjon AS
"""
    msg = plain(addr("Guro Lyngstad", "guro@saltstraum.no"), "testtilgang rrh (fiktiv virksomhet)",
                date("2026-03-25 22:04:19"), "20260325210419.GA18244@saltstraum.no", text, mailer=None, enc="8bit",
                extra=[("User-Agent", "NeoMutt/20240425")])
    lab = label("fictitious_customer",
                party(o, "Saltstraum Integrasjon AS", contact("Halvard Kinn", "halvard.kinn@saltstraum.no", "+4790231574")),
                notes="Plain text hard-wrapped at 72 columns by the client: the org number is split across the line "
                      f"break (\"{o[:3]}\" / \"{o[3:6]} {o[6:]}\") and must be joined. The named contact is not the sender.")
    return msg, lab


@email("t007_fiktiv_formelt_brev")
def _():
    o = "993918636"
    text = f"""Til Brønnøysundregistrene
v/ Register over reelle rettighetshavere

TESTTILGANG FOR SYSTEMLEVERANDØR

Vi viser til registerets informasjon om testtilgang for systemleverandører, og ber med dette om tilgang til testmiljøet for RRH-API-ene.

Vi ber om at Brønnøysundregistrene oppretter en fiktiv virksomhet som vi selv kan delegere tilgang fra.

Opplysninger om søker:
Virksomhetens navn: Kobberdal Forvaltningssystemer AS
Organisasjonsnummer: {dot(o)}
Kontaktperson for testtilgangen: seniorrådgiver Bjørg Iren Solbakken
E-postadresse: bjorg.iren.solbakken@kobberdal.no
Telefonnummer: 22 47 18 93

Vi ser frem til en snarlig tilbakemelding.

Med vennlig hilsen
for Kobberdal Forvaltningssystemer AS

Bjørg Iren Solbakken
Seniorrådgiver
"""
    msg = outlook(addr("Solbakken, Bjørg Iren", "bjorg.iren.solbakken@kobberdal.no"), "Anmodning om testtilgang – RRH",
                  date("2026-03-26 09:00:48", "+00:00"), msoid("t007"), text)
    lab = label("fictitious_customer",
                party(o, "Kobberdal Forvaltningssystemer AS",
                      contact("Bjørg Iren Solbakken", "bjorg.iren.solbakken@kobberdal.no", "+4722471893")),
                notes="Very formal letter (\"Vi viser til ... og ber med dette om\", addressee block with \"v/ Register over "
                      "reelle rettighetshavere\", which names no person). Title \"seniorrådgiver\" in front of the name is not "
                      "part of it. Org number dotted. From header in \"Surname, Given\" form.")
    return msg, lab


@email("t008_fiktiv_sekretaer_videresender")
def _():
    o = "832264504"
    text = f"""Hei,

Videresender på vegne av Vegard Hjelmeland, som er på reise denne uken. Bestillingen hans står under – vennligst behandle den som bestilling fra oss. Svar gjerne direkte til Vegard.

Vennlig hilsen
Kari Anne Vestbø
Sekretær
Hjelmeland IT AS
Tlf. 51 74 20 00

________________________________
Fra: Vegard Hjelmeland <vegard@hjelmeland-it.no>
Sendt: mandag 23. mars 2026 21:14
Til: Kari Anne Vestbø <kari.anne.vestbo@hjelmeland-it.no>
Emne: Bestilling testtilgang RRH

Hei Kari Anne, kan du sende denne til opendata.rrh@brreg.no i morgen? Jeg kommer ikke inn på jobbmailen fra hotellet.

Hjelmeland IT AS (org.nr. {sp(o)}) ønsker testtilgang til RRH med fiktiv virksomhet som vi selv delegerer tilgang fra. Kontaktperson er meg, Vegard Hjelmeland, vegard@hjelmeland-it.no, mobil 917 52 038.

Vegard
"""
    msg = outlook(addr("Kari Anne Vestbø", "kari.anne.vestbo@hjelmeland-it.no"), "VS: Bestilling testtilgang RRH",
                  date("2026-03-24 08:12:30", "+00:00"), msoid("t008"), text)
    lab = label("fictitious_customer",
                party(o, "Hjelmeland IT AS", contact("Vegard Hjelmeland", "vegard@hjelmeland-it.no", "+4791752038")),
                notes="The vendor's secretary forwards the order on behalf of the CEO and explicitly submits it "
                      "(\"Videresender på vegne av ... behandle den som bestilling fra oss\"), so the forwarded Outlook block "
                      "is content. \"Kontaktperson er meg\" there refers to Vegard, the forwarded mail's author, not the "
                      "secretary: her address and the switchboard 51 74 20 00 are distractors.")
    return msg, lab


@email("t009_fiktiv_as_smaa_bokstaver_iphone")
def _():
    o = "956831652"
    text = f"""Hei. Vi i Rypefjell Data as lager et lite CRM for eiendomsmeglere og trenger testtilgang mot RRH. Ønsker fiktiv virksomhet, vi delegerer selv. Orgnr {o}. Kontaktperson er meg, tlf 936 05 718.

Mvh Eirik Rypdal

Sendt fra min iPhone"""
    msg = iphone(addr("Eirik Rypdal", "eirik@rypefjell.no"), "Testtilgang", date("2026-03-26 18:46:02"),
                 "7A1C03E2-55B9-4F0D-9E3A-C2B8F1D46E07@rypefjell.no", text)
    lab = label("fictitious_customer",
                party(o, "Rypefjell Data as", contact("Eirik Rypdal", "eirik@rypefjell.no", "+4793605718")),
                notes="Short iPhone mail; the legal form is written in lower case mid-sentence (\"Rypefjell Data as\") and "
                      "kept as written. \"Kontaktperson er meg\": name from the signature, address from From.")
    return msg, lab


@email("t010_fiktiv_html_br_telefon_ettersendes")
def _():
    o = "890689396"
    text = f"""Hei,

Vi ønsker testtilgang til RRH-API-et og ber om at dere oppretter en fiktiv virksomhet som vi kan delegere tilgang fra.

Org.nr: {sp(o)}
Firma: Lomvik Bokføringsdata AS
Kontakt: Johanne Lie Aksnes
E-post: johanne@lomvik-data.no
Telefon: ettersendes

Mvh
Johanne Lie Aksnes
Lomvik Bokføringsdata AS"""
    html = html_page(br_lines(text), font="font-family:Verdana,sans-serif;font-size:10pt")
    msg = html_only(addr("Johanne Lie Aksnes", "johanne@lomvik-data.no"), "Fiktiv virksomhet i testmiljøet",
                    date("2026-03-27 10:22:15"), "a81f9d3c2e4b6071.johanne@lomvik-data.no", html, enc=BASE64,
                    extra=[("X-Mailer", "Zimbra 10.0.8_GA_0054 (ZimbraWebClient - FF123 (Win))")])
    lab = label("fictitious_customer",
                party(o, "Lomvik Bokføringsdata AS", contact("Johanne Lie Aksnes", "johanne@lomvik-data.no")),
                notes="HTML only (base64), lines separated by <br>. The phone is a placeholder (\"ettersendes\"): "
                      "applicant.contact.phone missing, not invalid. The signature carries no phone either.")
    return msg, lab


# ================================================================ existing_customer (10)


@email("t011_kunde_stiftelsen_som_kunde")
def _():
    v, c = "900746520", "859703917"
    text = f"""Hei,

Vi leverer medlemssystemet til Stiftelsen Lofotkysten Kulturvern, som nylig har fått direkte tilgang til RRH som sivilsamfunnsorganisasjon. Nå ønsker vi testtilgang med delegering fra dem som eksisterende kunde.

Om oss: Almenning Medlemsdata AS, org.nr {sp(v)}. Kontaktperson hos oss er jeg selv, mobil 481 37 025.

Om kunden: Stiftelsen Lofotkysten Kulturvern, org.nr {sp(c)}. Deres kontaktperson er styreleder Trygve Ellingsen (trygve.ellingsen@lofotkysten-kulturvern.no, 76 06 54 91).

Hilsen
Sunniva Bakketun
Almenning Medlemsdata AS
"""
    msg = gmail(addr("Sunniva Bakketun", "sunniva@almenning.no"), "Delegering fra kunde – RRH test",
                date("2026-03-27 12:48:50"), gmid("t011"), text, boundary=bnd("t011"))
    lab = label("existing_customer",
                party(v, "Almenning Medlemsdata AS", contact("Sunniva Bakketun", "sunniva@almenning.no", "+4748137025")),
                party(c, "Stiftelsen Lofotkysten Kulturvern",
                      contact("Trygve Ellingsen", "trygve.ellingsen@lofotkysten-kulturvern.no", "+4776065491")),
                notes="The customer is a foundation whose name begins with \"Stiftelsen\" (kept as written). "
                      "\"Kontaktperson hos oss er jeg selv\": vendor contact name from the signature, address from From. "
                      "\"styreleder\" is a title, not part of the customer contact's name.")
    return msg, lab


@email("t012_kunde_iks_html_tabell_to_kolonner")
def _():
    v, c = "919716932", "954076814"
    rows = [(None, "Systemleverandør"), ("Organisasjonsnummer", sp(v)), ("Navn", "Vardøger Kontrollsystemer AS"),
            ("Kontaktperson", "Ragnar Høyem"), ("E-post", "ragnar.hoyem@vardoger-kontroll.no"), ("Telefon", "476 12 038"),
            (None, "Kunde som delegerer"), ("Organisasjonsnummer", sp(c)), ("Navn", "Midtre Distriktsrevisjon IKS"),
            ("Kontaktperson", "Aud Kristin Nærø"), ("E-post", "aud.kristin.naero@midtre-revisjon.no"), ("Telefon", "74 15 62 80")]
    intro = ("Hei,\n\nVi ønsker testtilgang til RRH ved delegering fra en eksisterende kunde. Kunden har fått direkte "
             "tilgang hos dere. Opplysningene står i tabellen under.\n\n")
    outro = "\n\nMed vennlig hilsen\nRagnar Høyem\nVardøger Kontrollsystemer AS\n"
    text = intro + tab_text(rows) + outro
    body = (p_lines("Hei,") + '\n<p class="MsoNormal">&nbsp;</p>\n'
            + p_lines("Vi ønsker testtilgang til RRH ved delegering fra en eksisterende kunde. Kunden har fått direkte "
                      "tilgang hos dere. Opplysningene står i tabellen under.")
            + "\n" + two_col_table(rows) + "\n<p>&nbsp;</p>\n"
            + p_lines("Med vennlig hilsen\nRagnar Høyem\nVardøger Kontrollsystemer AS"))
    html = H.outlook_html("", body_override=body)
    msg = outlook(addr("Ragnar Høyem", "ragnar.hoyem@vardoger-kontroll.no"), "Testtilgang RRH – delegering fra kunde",
                  date("2026-03-30 07:39:26", "+00:00"), msoid("t012"), text, html=html)
    lab = label("existing_customer",
                party(v, "Vardøger Kontrollsystemer AS", contact("Ragnar Høyem", "ragnar.hoyem@vardoger-kontroll.no", "+4747612038")),
                party(c, "Midtre Distriktsrevisjon IKS",
                      contact("Aud Kristin Nærø", "aud.kristin.naero@midtre-revisjon.no", "+4774156280")),
                notes="Outlook HTML with a two-column table (label | value) and heading rows spanning both columns that "
                      "decide vendor versus customer; the plain-text part has tab-separated pairs. The customer is an "
                      "inter-municipal company: legal form IKS kept in the name.")
    return msg, lab


@email("t013_kunde_to_kunder_en_valgt")
def _():
    v, c, other = "944903917", "848540455", "941534775"
    text = f"""Hei,

Vi har to kunder som har bestilt direkte tilgang hos dere: Brattvåg Regnskapskontor AS og Hustadvika Økonomi AS (org.nr {sp(other)}). Foreløpig ønsker vi delegering fra bare én av dem, Brattvåg Regnskapskontor AS. Hustadvika Økonomi har ikke fått tilgangen sin ennå, så den tar vi eventuelt i en egen bestilling senere.

Leverandør: Rundkast Software AS, org.nr {sp(v)}
Vår kontaktperson: Kjersti Vollan, kjersti@rundkast.no, 918 40 266

Kunde som skal delegere: Brattvåg Regnskapskontor AS, org.nr {sp(c)}
Kontaktperson hos kunden: Emil Rønneberg, emil@brattvag-regnskap.no, 70 20 81 33

Med vennlig hilsen
Kjersti Vollan
Rundkast Software AS
"""
    msg = outlook(addr("Kjersti Vollan", "kjersti@rundkast.no"), "RRH testtilgang – delegering fra kunde",
                  date("2026-03-30 10:15:03", "+00:00"), msoid("t013"), text)
    lab = label("existing_customer",
                party(v, "Rundkast Software AS", contact("Kjersti Vollan", "kjersti@rundkast.no", "+4791840266")),
                party(c, "Brattvåg Regnskapskontor AS", contact("Emil Rønneberg", "emil@brattvag-regnskap.no", "+4770208133")),
                notes="Two customers are named, but the mail says delegation is wanted from only one (Brattvåg Regnskapskontor "
                      "AS); the other (Hustadvika Økonomi AS, with its own org number) is deferred to a later order and is "
                      "a distractor.")
    return msg, lab


@email("t014_kunde_ba_html_ul_li")
def _():
    v, c = "839926804", "864628826"
    vend = [("Org.nr.", sp(v)), ("Navn", "Garnes Fiskeridata AS"), ("Kontaktperson", "Mathias Aarø"),
            ("E-post", "mathias@garnesdata.no"), ("Tlf", "957 20 813")]
    cust = [("Org.nr.", sp(c)), ("Navn", "Havbruksforsyning Vest BA"), ("Kontaktperson", "Ragna Kvinge"),
            ("E-post", "ragna.kvinge@havforsyning.no"), ("Tlf", "56 31 77 02")]
    intro = "Vi ønsker delegering fra en eksisterende kunde (alternativ 2) i testmiljøet for RRH. Kunden har direkte tilgang."
    text = ("Hei,\n\n" + intro + "\n\nLeverandør\n" + "\n".join(f"   - {k}: {v_}" for k, v_ in vend)
            + "\n\nKunde\n" + "\n".join(f"   - {k}: {v_}" for k, v_ in cust) + "\n\nHilsen\nMathias\n")

    def ul(items):
        return "<ul>" + "".join(f"<li>{esc(k)}: {esc(v_)}</li>" for k, v_ in items) + "</ul>"

    html = ('<div dir="ltr"><div>Hei,</div><div><br></div><div>' + esc(intro) + "</div><div><br></div>"
            "<div><b>Leverandør</b></div>" + ul(vend) + "<div><b>Kunde</b></div>" + ul(cust)
            + "<div><br></div><div>Hilsen</div><div>Mathias</div></div>\n")
    msg = gmail(addr("Mathias Aarø", "mathias@garnesdata.no"), "Alternativ 2 – testtilgang RRH",
                date("2026-03-31 08:55:44", "+02:00"), gmid("t014"), text, html=html, boundary=bnd("t014"))
    lab = label("existing_customer",
                party(v, "Garnes Fiskeridata AS", contact("Mathias Aarø", "mathias@garnesdata.no", "+4795720813")),
                party(c, "Havbruksforsyning Vest BA", contact("Ragna Kvinge", "ragna.kvinge@havforsyning.no", "+4756317702")),
                notes="Gmail HTML with two <ul><li> lists under bold headings (\"Leverandør\", \"Kunde\"); the text part "
                      "renders them as indented dashes. Customer legal form BA (selskap med begrenset ansvar) kept.")
    return msg, lab


@email("t015_kunde_formelt_brev_v_skraastrek")
def _():
    v, c = "904626392", "956502853"
    text = f"""Vi viser til telefonsamtale med registeret 12. mars og ber med dette om testtilgang til Register over reelle rettighetshavere ved delegering fra eksisterende kunde.

Systemleverandør er Aurland Eiendomssystem AS (org.nr. {sp(v)}) v/ prosjektleder Cecilie Vangsnes, cecilie.vangsnes@aurland-es.no, tlf. 57 63 11 48.

Kunden som skal delegere tilgang, er Flåmsdalen Eiendomsmegling AS (org.nr. {sp(c)}) v/ daglig leder Arild Brekkhus, arild@flamsdalen-megling.no, tlf. 997 18 340. Kunden har fått innvilget direkte tilgang som rapporteringspliktig.

Vi ber om at tilgangsinformasjon sendes til kontaktpersonene ovenfor.

Med vennlig hilsen
for Aurland Eiendomssystem AS

Cecilie Vangsnes
prosjektleder
"""
    msg = outlook(addr("Cecilie Vangsnes", "cecilie.vangsnes@aurland-es.no"),
                  "Anmodning om testtilgang – delegering fra Flåmsdalen Eiendomsmegling AS",
                  date("2026-03-31 12:20:09", "+00:00"), msoid("t015"), text)
    lab = label("existing_customer",
                party(v, "Aurland Eiendomssystem AS", contact("Cecilie Vangsnes", "cecilie.vangsnes@aurland-es.no", "+4757631148")),
                party(c, "Flåmsdalen Eiendomsmegling AS", contact("Arild Brekkhus", "arild@flamsdalen-megling.no", "+4799718340")),
                notes="Formal letter without greeting (\"Vi viser til ... og ber med dette om\"). Each party is written "
                      "\"Company (org.nr. ...) v/ title Name, address, tlf.\": the titles \"prosjektleder\" and \"daglig leder\" "
                      "are not part of the names.")
    return msg, lab


@email("t016_kunde_svar_fra_sendt_andre_verdier")
def _():
    v, c, old_c = "933316629", "891037058", "846208410"
    text = f"""Hei igjen,

Vi har endret planene etter forrige e-post: kunden som skal delegere blir Telemarkskanalen Regnskap AS, ikke Grenland Bokføring. Her er komplett bestilling (delegering fra eksisterende kunde):

Leverandør: Nordkjølen Økonomisystem AS, org.nr. {sp(v)}
Kontaktperson: Lars Ivar Tangen, lars.ivar@nordkjolen.no, 901 76 452

Kunde: Telemarkskanalen Regnskap AS, org.nr. {sp(c)}
Kontaktperson: Oda Flatland, oda@tk-regnskap.no, 35 95 40 27

Mvh
Lars Ivar

Fra: Lars Ivar Tangen <lars.ivar@nordkjolen.no>
Sendt: fredag 27. mars 2026 15:41
Til: opendata.rrh@brreg.no
Emne: Testtilgang RRH – delegering

Hei,

Vi ønsker delegering fra eksisterende kunde.

Leverandør: Nordkjølen Økonomisystem AS, org.nr. {sp(v)}
Kontaktperson: Lars Ivar Tangen, lars.ivar@nordkjolen.no, 901 76 425

Kunde: Grenland Bokføring AS, org.nr. {sp(old_c)}
Kontaktperson: Håvard Seland, havard@grenland-bokforing.no, 35 52 18 60

Mvh
Lars Ivar
"""
    msg = outlook(addr("Lars Ivar Tangen", "lars.ivar@nordkjolen.no"), "SV: Testtilgang RRH – delegering",
                  date("2026-04-01 09:03:27", "+00:00"), msoid("t016"), text)
    lab = label("existing_customer",
                party(v, "Nordkjølen Økonomisystem AS", contact("Lars Ivar Tangen", "lars.ivar@nordkjolen.no", "+4790176452")),
                party(c, "Telemarkskanalen Regnskap AS", contact("Oda Flatland", "oda@tk-regnskap.no", "+4735954027")),
                notes="Thread-less reply: the new text holds a complete order; the Outlook \"Fra:/Sendt:\" block below is the "
                      "sender's own earlier mail with a DIFFERENT customer (Grenland Bokføring AS, Håvard Seland) and a "
                      "different vendor phone (901 76 425). History, not new information: only the new text counts.")
    return msg, lab


@email("t017_kunde_van_der_berg_engelsk_blanding")
def _():
    v, c = "925009997", "931928724"
    text = f"""Hei,

I write in English, hope that is ok (min norsk er ikke så god ennå). We are Polderfjord Software AS, org.nr. {dot(v)}, and we want testtilgang with delegering fra eksisterende kunde.

Our side – kontaktperson: Jeroen van der Berg (me), jeroen.vanderberg@polderfjord.no, +47 404 91 276.

Kunden: Sandnes Bilregnskap AS, org.nr. {dot(c)}. Their contact is Marianne Lode, marianne@sandnes-bilregnskap.no, tlf 51 66 09 83. They already have direct access from you.

Takk / thanks!
Jeroen
"""
    msg = gmail(addr("Jeroen van der Berg", "jeroen.vanderberg@polderfjord.no"), "testtilgang RRH - existing customer",
                date("2026-04-01 14:36:58", "+02:00"), gmid("t017"), text, boundary=bnd("t017"))
    lab = label("existing_customer",
                party(v, "Polderfjord Software AS", contact("Jeroen van der Berg", "jeroen.vanderberg@polderfjord.no", "+4740491276")),
                party(c, "Sandnes Bilregnskap AS", contact("Marianne Lode", "marianne@sandnes-bilregnskap.no", "+4751660983")),
                notes="Non-native writer mixing English and Norwegian in the same sentences. Surname with particles "
                      "(\"van der Berg\") kept whole and in lower case. Org numbers dotted.")
    return msg, lab


@email("t018_kunde_orgnr_parentes_mangler_kundetelefon")
def _():
    v, c = "984407556", "918168850"
    text = f"""Leverandør: Vindtorn Systemer AS (Org.nr: {sp(v)})
Kunde: Sollia Lønn og Regnskap AS (Org.nr: {sp(c)})

Hei, vi ønsker testtilgang med delegering fra kunden over, som allerede har direkte tilgang hos dere.

Kontaktperson hos oss: Ahmad Rahimi, ahmad.rahimi@vindtorn.no, 466 02 915
Kontaktperson hos kunden: Tone Kvalheim, tone@sollia-lr.no (telefonnummer ettersendes)

Hilsen Ahmad
"""
    msg = thunderbird(addr("Ahmad Rahimi", "ahmad.rahimi@vindtorn.no"), "RRH test: delegering fra Sollia Lønn og Regnskap",
                      date("2026-04-02 08:08:08", "+02:00"), "c4d2e7a0-1b9f-4e63-8a5d-0f3b7c9e2d14@vindtorn.no", flow(text))
    lab = label("existing_customer",
                party(v, "Vindtorn Systemer AS", contact("Ahmad Rahimi", "ahmad.rahimi@vindtorn.no", "+4746602915")),
                party(c, "Sollia Lønn og Regnskap AS", contact("Tone Kvalheim", "tone@sollia-lr.no")),
                notes="Org numbers written inside parentheses after the company name (\"(Org.nr: ...)\") on the first two "
                      "lines, before the greeting. The customer contact's phone is promised later (\"ettersendes\"): "
                      "customer.contact.phone missing.")
    return msg, lab


@email("t019_kunde_a_s_ugyldig_leverandororgnr")
def _():
    v, c = "876703751", "949358194"
    assert not mod11_ok(v)
    text = f"""Hei,

Steinvik Data A/S, org.nr. {sp(v)}, ønsker delegering fra eksisterende kunde i testmiljøet for RRH.

Kunde: Kvalsund Revisjon AS, org.nr. {sp(c)}, kontaktperson Synnøve Utsi, synnove@kvalsund-revisjon.no, 78 41 53 07.

Hos oss er det Kenneth Mikalsen som tar seg av testingen.
Tlf: 938 12 740

Han er nettopp ansatt og har ikke fått alle tilganger ennå, men e-posten hans fungerer.
Epost: kenneth@steinvikdata.no

Hilsen
Bente Steinvik
Daglig leder, Steinvik Data A/S
Tlf: 78 41 90 00
"""
    msg = outlook(addr("Bente Steinvik", "bente@steinvikdata.no"), "Testtilgang RRH", date("2026-04-02 11:31:45", "+00:00"),
                  msoid("t019"), text)
    lab = label("existing_customer",
                party(v, "Steinvik Data A/S", contact("Kenneth Mikalsen", "kenneth@steinvikdata.no", "+4793812740")),
                party(c, "Kvalsund Revisjon AS", contact("Synnøve Utsi", "synnove@kvalsund-revisjon.no", "+4778415307")),
                invalid=["applicant.org_number"],
                notes=f"Vendor org number {sp(v)} fails mod-11: reported and flagged invalid. Vendor legal form \"A/S\". "
                      "The vendor contact's \"Tlf:\" and \"Epost:\" are on separate lines with a sentence between; the "
                      "sender's own \"Tlf: 78 41 90 00\" in the signature is a distractor.")
    return msg, lab


@email("t020_kunde_markdown_tabell_tre_kolonner")
def _():
    v, c = "870917848", "827141127"
    rows = [("Felt", "Leverandør", "Kunde"), ("Org.nr.", sp(v), sp(c)),
            ("Navn", "Bølgetopp Teknologi AS", "Vinjevoll Eiendomsmegling AS"),
            ("Kontaktperson", "Sebastian Nguyen", "Hanne-Marit Vinje"),
            ("E-post", "sebastian@bolgetopp.no", "hanne-marit@vinjevoll.no"), ("Telefon", "413 27 096", "35 06 72 19")]
    w = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["| " + " | ".join(cell.ljust(w[i]) for i, cell in enumerate(r)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (n + 2) for n in w) + "|")
    table = "\n".join(lines)
    text = f"""Hei,

Vi ønsker testtilgang med delegering fra eksisterende kunde. Opplysningene:

{table}

Kunden har fått direkte tilgang som rapporteringspliktig eiendomsmegler.

Sebastian
"""
    msg = gmail(addr("Sebastian Nguyen", "sebastian@bolgetopp.no"), "RRH testtilgang (alt. 2)",
                date("2026-04-03 15:12:37", "+02:00"), gmid("t020"), text, boundary=bnd("t020"))
    lab = label("existing_customer",
                party(v, "Bølgetopp Teknologi AS", contact("Sebastian Nguyen", "sebastian@bolgetopp.no", "+4741327096")),
                party(c, "Vinjevoll Eiendomsmegling AS", contact("Hanne-Marit Vinje", "hanne-marit@vinjevoll.no", "+4735067219")),
                notes="A developer's Markdown table with three columns (field | vendor | customer): each row holds one "
                      "vendor value and one customer value, so values must be split by column, not by line.")
    return msg, lab


# ================================================================ direct_access (6)


@email("t021_direkte_advokatfirma_formelt")
def _():
    o = "828460439"
    text = f"""Til Brønnøysundregistrene

Vi viser til Brønnøysundregistrenes informasjon om tilgang til Register over reelle rettighetshavere, og ber med dette om direkte tilgang til testmiljøet for Advokatfirmaet Steen & Lykke DA (org.nr. {sp(o)}).

Firmaet er rapporteringspliktig etter hvitvaskingsloven § 4 annet ledd som advokatforetak.

Testansvarlig: advokatfullmektig Thea Mørch-Olsen, thea.morch-olsen@steenlykke.no, tlf. 22 12 64 80
Produksjonsansvarlig: IT-ansvarlig Kristian Bøe, kristian.boe@steenlykke.no, tlf. 22 12 64 95

Med vennlig hilsen
Advokatfirmaet Steen & Lykke DA

Gunnar Steen
advokat/partner
Tlf. 22 12 64 00
"""
    msg = outlook(addr("Gunnar Steen", "gunnar.steen@steenlykke.no"), "Anmodning om direkte tilgang til testmiljøet – RRH",
                  date("2026-04-06 08:44:12", "+00:00"), msoid("t021"), text)
    lab = label("direct_access",
                party(o, "Advokatfirmaet Steen & Lykke DA", contact("Thea Mørch-Olsen", "thea.morch-olsen@steenlykke.no", "+4722126480")),
                prod=contact("Kristian Bøe", "kristian.boe@steenlykke.no", "+4722126495"),
                basis="reporting_entity",
                notes="Formal letter from a law firm (legal form DA, ampersand in the name); reporting entity under the "
                      "anti-money-laundering act. Titles in front of both contacts (\"advokatfullmektig\", \"IT-ansvarlig\") are "
                      "not part of the names. The sender (a partner) is neither contact: his switchboard 22 12 64 00 is a distractor.")
    return msg, lab


@email("t022_direkte_revisjonsselskap_html_tabell")
def _():
    o = "819449252"
    rows = [("Virksomhet", "Fjellro Revisjon AS"), ("Organisasjonsnummer", sp(o)),
            ("Grunnlag for tilgang", "Rapporteringspliktig etter hvitvaskingsloven (revisjonsselskap)"),
            ("Testansvarlig", "Nikolai Hagen-Lind"), ("E-post testansvarlig", "nikolai.hagen-lind@fjellro.no"),
            ("Telefon testansvarlig", "63 84 22 17"), ("Produksjonsansvarlig", "Mona Fjellro"),
            ("E-post produksjonsansvarlig", "mona@fjellro.no"), ("Telefon produksjonsansvarlig", "909 13 564")]
    body = ("<p>Hei,</p>\n<p>Fjellro Revisjon AS er et revisjonsselskap og bestiller direkte tilgang til testmiljøet for "
            "Register over reelle rettighetshavere.</p>\n" + two_col_table(rows)
            + "\n<p>Vennlig hilsen<br>Nikolai Hagen-Lind<br>Fjellro Revisjon AS</p>")
    msg = html_only(addr("Nikolai Hagen-Lind", "nikolai.hagen-lind@fjellro.no"), "Direkte tilgang RRH – testmiljø",
                    date("2026-04-06 13:27:50", "+02:00"), msoid("t022", "eurprd02"), html_page(body), enc=BASE64,
                    extra=[("Content-Language", "nb-NO")])
    lab = label("direct_access",
                party(o, "Fjellro Revisjon AS", contact("Nikolai Hagen-Lind", "nikolai.hagen-lind@fjellro.no", "+4763842217")),
                prod=contact("Mona Fjellro", "mona@fjellro.no", "+4790913564"),
                basis="reporting_entity",
                notes="HTML only (base64), a two-column table label | value with separate rows for test and production "
                      "contact details. An audit firm (revisjonsselskap): reporting entity.")
    return msg, lab


@email("t023_direkte_fylkeskommune_v_skraastrek")
def _():
    o = "950156597"
    text = f"""Hei,

Nordvidda fylkeskommune (org.nr. {sp(o)}) ber om direkte tilgang til testmiljøet for RRH. Vi er offentlig myndighet og skal bruke registeret i kontrollen av søkere til næringstilskudd.

Testansvarlig: Seksjon for digitalisering v/ Martine Aasgaard, martine.aasgaard@nordvidda-fk.no, 479 03 186
Produksjonsansvarlig: Driftsavdelingen v/ Leif Arne Rundhaug, leif.arne.rundhaug@nordvidda-fk.no, 62 54 01 72

Med hilsen
Martine Aasgaard
rådgiver, Seksjon for digitalisering
Nordvidda fylkeskommune
Sentralbord 62 54 00 00
"""
    msg = outlook(addr("Aasgaard, Martine", "martine.aasgaard@nordvidda-fk.no"), "Direkte tilgang til testmiljø RRH",
                  date("2026-04-07 09:10:36", "+00:00"), msoid("t023"), text)
    lab = label("direct_access",
                party(o, "Nordvidda fylkeskommune", contact("Martine Aasgaard", "martine.aasgaard@nordvidda-fk.no", "+4747903186")),
                prod=contact("Leif Arne Rundhaug", "leif.arne.rundhaug@nordvidda-fk.no", "+4762540172"),
                basis="public_authority",
                notes="County authority (fylkeskommune; no legal-form suffix), public authority. Both contacts written "
                      "\"Unit v/ Name\": the persons are Martine Aasgaard and Leif Arne Rundhaug. The switchboard in the "
                      "signature is a distractor.")
    return msg, lab


@email("t024_direkte_stiftelse_sivilsamfunn_ikke_morsmaal")
def _():
    o = "875193996"
    text = f"""Hei,

Jeg skriver fra Stiftelsen Åpne Eiere, vi er en ideell organisasjon som jobber mot korrupsjon og hvitvasking (civil society). Vi vil ha direkte tilgang til test miljø for RRH, for oss selv, ikke for kunder.

Org nr: {sp(o)}
Test ansvarlig: Ebru Yıldız (meg), ebru@apneeiere.no, 465 80 219
Produksjon ansvarlig: Jonas Myhre-Dahl, jonas@apneeiere.no - telefon vet jeg ikke nå, kommer senere

Vi er sivilsamfunnsorganisasjon, vedtekter kan sendes hvis dere trenger.

Takk for hjelp!
Ebru
"""
    msg = gmail(addr("Ebru Yıldız", "ebru@apneeiere.no"), "Direkte tilgang test RRH",
                date("2026-04-07 16:02:21", "+02:00"), gmid("t024"), text, boundary=bnd("t024"))
    lab = label("direct_access",
                party(o, "Stiftelsen Åpne Eiere", contact("Ebru Yıldız", "ebru@apneeiere.no", "+4746580219")),
                prod=contact("Jonas Myhre-Dahl", "jonas@apneeiere.no"),
                basis="civil_society",
                notes="Non-native writer (\"Test ansvarlig\", \"Produksjon ansvarlig\", \"civil society\"). Foundation "
                      "(\"Stiftelsen ...\") ordering for itself as a civil-society organisation. The production contact's "
                      "phone is promised later: production_contact.phone missing. Turkish dotless ı in the name kept.")
    return msg, lab


@email("t025_direkte_svar_fra_sendt_andre_verdier")
def _():
    o = "916203276"
    text = f"""Hei,

Her er de manglende opplysningene. Merk at produksjonsansvarlig er endret siden forrige e-post: det er nå Idun Sæther.

Bygdekraft Regnskap SA, org.nr {sp(o)} – regnskapsførerforetak, rapporteringspliktig etter hvitvaskingsloven.
Testansvarlig: Rolf Gjerstad, rolf.gjerstad@bygdekraft.no, 971 45 630
Produksjonsansvarlig: Idun Sæther, idun.saether@bygdekraft.no, 971 45 688

Mvh
Rolf Gjerstad

Fra: opendata.rrh@brreg.no <opendata.rrh@brreg.no>
Sendt: torsdag 2. april 2026 10:12
Til: Rolf Gjerstad <rolf.gjerstad@bygdekraft.no>
Emne: SV: Direkte tilgang RRH

Hei,

Takk for bestillingen. Vi mangler grunnlaget for tilgang og telefonnummeret til testansvarlig.

Med vennlig hilsen
Brønnøysundregistrene

Fra: Rolf Gjerstad <rolf.gjerstad@bygdekraft.no>
Sendt: onsdag 1. april 2026 15:55
Til: opendata.rrh@brreg.no
Emne: Direkte tilgang RRH

Hei, vi ønsker direkte tilgang til testmiljøet. Bygdekraft Regnskap SA, org.nr {sp(o)}.
Testansvarlig: Rolf Gjerstad, rolf.gjerstad@bygdekraft.no
Produksjonsansvarlig: Åshild Kverne, ashild.kverne@bygdekraft.no, 971 45 602
"""
    msg = outlook(addr("Rolf Gjerstad", "rolf.gjerstad@bygdekraft.no"), "SV: SV: Direkte tilgang RRH",
                  date("2026-04-08 07:49:18", "+00:00"), msoid("t025"), text,
                  extra=[("In-Reply-To", "<rrh-q-20260402-1012@brreg.no>")])
    lab = label("direct_access",
                party(o, "Bygdekraft Regnskap SA", contact("Rolf Gjerstad", "rolf.gjerstad@bygdekraft.no", "+4797145630")),
                prod=contact("Idun Sæther", "idun.saether@bygdekraft.no", "+4797145688"),
                basis="reporting_entity",
                notes="Reply without a thread: the new text is complete and names a NEW production contact; the quoted "
                      "Outlook blocks below (the register's question and the first mail) name Åshild Kverne instead. Only the "
                      "new text counts. Cooperative (SA) accounting firm: reporting entity.")
    return msg, lab


@email("t026_direkte_hogskole_ul_li_prod_ukjent")
def _():
    o = "820665929"
    items = [("Institusjon", "Høgskolen på Helgelandskysten"), ("Org.nr.", sp(o)),
             ("Grunnlag", "høyere utdanningsinstitusjon (forskning på eierskap i havbruksnæringen)"),
             ("Testansvarlig", "førsteamanuensis Dag Ivar Lorentzen, dag.ivar.lorentzen@hhk.no, 75 16 48 20"),
             ("Produksjonsansvarlig", "ukjent foreløpig")]
    intro = "Vi ønsker direkte tilgang til testmiljøet for Register over reelle rettighetshavere for eget bruk i et forskningsprosjekt."
    text = ("Hei,\n\n" + intro + "\n\n" + "\n".join(f"* {k}: {v}" for k, v in items)
            + "\n\nVi kommer tilbake med produksjonsansvarlig når prosjektet er bemannet.\n\nVennlig hilsen\nDag Ivar Lorentzen\n")
    html = ('<div dir="ltr"><div>Hei,</div><div><br></div><div>' + esc(intro) + "</div><ul>"
            + "".join(f"<li><b>{esc(k)}:</b> {esc(v)}</li>" for k, v in items)
            + "</ul><div>Vi kommer tilbake med produksjonsansvarlig når prosjektet er bemannet.</div><div><br></div>"
            "<div>Vennlig hilsen</div><div>Dag Ivar Lorentzen</div></div>\n")
    msg = gmail(addr("Dag Ivar Lorentzen", "dag.ivar.lorentzen@hhk.no"), "Direkte tilgang RRH – forskning",
                date("2026-04-08 11:18:40", "+02:00"), gmid("t026"), text, html=html, boundary=bnd("t026"))
    lab = label("direct_access",
                party(o, "Høgskolen på Helgelandskysten", contact("Dag Ivar Lorentzen", "dag.ivar.lorentzen@hhk.no", "+4775164820")),
                prod=contact(),
                basis="higher_education",
                notes="HTML <ul><li> list with bold labels. Production contact is a placeholder (\"ukjent foreløpig\"): all "
                      "three production fields missing, not invalid. Title \"førsteamanuensis\" is not part of the name.")
    return msg, lab


# ================================================================ unspecified (6)


@email("t027_uavklart_ikke_morsmaal")
def _():
    o = "834990954"
    text = f"""Hallo,

Vi trenger tilgang for test the API for reelle rettighetshavere. Our firma: Sørlys Apputvikling AS, orgnr {sp(o)}.
Kontakt: Alejandro Ruiz Ortega, alejandro@sorlys-app.no, telefon 0047 477 30 841

Hva må vi gjøre videre? Thank you!!
Alejandro
"""
    msg = gmail(addr("Alejandro Ruiz Ortega", "alejandro@sorlys-app.no"), "test tilgang API",
                date("2026-04-09 10:31:12", "+02:00"), gmid("t027"), text, boundary=bnd("t027"))
    lab = label("unspecified",
                party(o, "Sørlys Apputvikling AS", contact("Alejandro Ruiz Ortega", "alejandro@sorlys-app.no", "+4747730841")),
                notes="Non-native mix of Norwegian and English; a complete applicant but no word on fictitious enterprise, "
                      "existing customer or own direct access. Phone with 0047 prefix. Two surnames kept whole.")
    return msg, lab


@email("t028_uavklart_html_tabell_to_kolonner")
def _():
    o = "960017250"
    rows = [("Virksomhet", "Trollheim Lønnsdata AS"), ("Org.nr", sp(o)), ("Kontaktperson", "Siv Hårstad"),
            ("E-post", "siv.harstad@trollheim-lonn.no"), ("Mobil", "922 64 015")]
    intro = "Vi ønsker tilgang til testmiljøet for RRH-API-ene. Våre opplysninger:"
    text = "Hei,\n\n" + intro + "\n\n" + tab_text(rows) + "\n\nHilsen\nSiv Hårstad\n"
    body = (p_lines("Hei,") + '\n<p class="MsoNormal">&nbsp;</p>\n' + p_lines(intro) + "\n" + two_col_table(rows)
            + "\n<p>&nbsp;</p>\n" + p_lines("Hilsen\nSiv Hårstad"))
    msg = outlook(addr("Siv Hårstad", "siv.harstad@trollheim-lonn.no"), "Tilgang testmiljø RRH",
                  date("2026-04-09 13:45:29", "+00:00"), msoid("t028"), text, html=H.outlook_html("", body_override=body))
    lab = label("unspecified",
                party(o, "Trollheim Lønnsdata AS", contact("Siv Hårstad", "siv.harstad@trollheim-lonn.no", "+4792264015")),
                notes="Outlook HTML two-column table (label | value), tab-separated in the text part. Complete applicant, "
                      "no order type.")
    return msg, lab


@email("t029_uavklart_v_skraastrek_tlf_strek_epost_nederst")
def _():
    o = "937745192"
    text = f"""Hei,

Vi ber om tilgang til testmiljøet til RRH-API-et.

Brekstad Kontorsystemer AS
Org.nr: {sp(o)}
Kontakt: IT-avdelingen v/ Ann-Kristin Wold
Tlf: –

Bakgrunnen er at flere av kundene våre har spurt etter integrasjon mot registeret, og vi vil gjerne se på API-et før vi lover noe. Ann-Kristin har telefonnummer på vei, hun har nettopp begynt hos oss.

Epost til Ann-Kristin: ann-kristin.wold@brekstad-ks.no

Hilsen
Arve Brekstad
Tlf 72 52 10 40
"""
    msg = outlook(addr("Arve Brekstad", "arve@brekstad-ks.no"), "Tilgang til testmiljø", date("2026-04-10 08:26:55", "+00:00"),
                  msoid("t029"), text)
    lab = label("unspecified",
                party(o, "Brekstad Kontorsystemer AS", contact("Ann-Kristin Wold", "ann-kristin.wold@brekstad-ks.no")),
                notes="Contact given as \"IT-avdelingen v/ Ann-Kristin Wold\" with a placeholder phone (\"Tlf: –\"): phone "
                      "missing, not invalid; the sender's own \"Tlf 72 52 10 40\" is not hers. Her address comes far below. "
                      "No order type.")
    return msg, lab


@email("t030_uavklart_formelt_undertegnede_dos_santos")
def _():
    o = "874604887"
    text = f"""Vi viser til Brønnøysundregistrenes side om testmiljøet for Register over reelle rettighetshavere og ber med dette om tilgang for vår virksomhet.

Virksomhet: Lindholm Compliance Tools AS
Organisasjonsnummer: {sp(o)}

Kontaktperson for tilgangen er undertegnede. Jeg treffes på telefon 988 21 306 eller på denne e-postadressen.

Med vennlig hilsen

Ana Luísa dos Santos
Utviklingsleder
Lindholm Compliance Tools AS
"""
    msg = thunderbird(addr("Ana Luísa dos Santos", "ana.santos@lindholm-ct.no"), "Anmodning om tilgang til testmiljø – RRH",
                      date("2026-04-10 10:58:03", "+02:00"), "e9b31f47-0c2a-4d85-b6e1-7a2f5d9c3e08@lindholm-ct.no", flow(text))
    lab = label("unspecified",
                party(o, "Lindholm Compliance Tools AS", contact("Ana Luísa dos Santos", "ana.santos@lindholm-ct.no", "+4798821306")),
                notes="Formal request (\"Vi viser til ... og ber med dette om tilgang\") that never says which kind of access. "
                      "\"undertegnede\" makes the sender the contact; \"denne e-postadressen\" is the From address. Name with "
                      "particle \"dos\" and an accented given name.")
    return msg, lab


@email("t031_uavklart_iks_ugyldig_orgnr_ipad")
def _():
    o = "960641354"
    assert not mod11_ok(o)
    text = f"""Hei! Vi i Innherred Digitalisering IKS skal teste oppslag i RRH og trenger tilgang til testmiljøet.
Org.nr {sp(o)}
Kontakt: Øystein Grande, oystein.grande@innherred-dig.no, 74 08 33 61

Mvh Øystein

Sendt fra min iPad"""
    msg = iphone(addr("Øystein Grande", "oystein.grande@innherred-dig.no"), "Testtilgang RRH",
                 date("2026-04-13 07:12:44", "+02:00"), "B2E90C47-31AF-4D6B-8C05-E7F1A3D29B66@innherred-dig.no",
                 text, mailer="iPad Mail (22D82)")
    lab = label("unspecified",
                party(o, "Innherred Digitalisering IKS", contact("Øystein Grande", "oystein.grande@innherred-dig.no", "+4774083361")),
                invalid=["applicant.org_number"],
                notes=f"An inter-municipal company (IKS) asks for test access without saying which kind. Org number {sp(o)} "
                      "fails mod-11: reported and flagged invalid.")
    return msg, lab


@email("t032_uavklart_outlook_android_ring_meg")
def _():
    o = "860248441"
    text = f"""Hei, trenger testtilgang RRH for Knausen Data AS, {sp(o)}. Ring meg på 404 17 992 hvis noe mangler.
Hilsen Torbjørn Knausen

Hent Outlook for Android<https://aka.ms/AAb9ysg>
"""
    msg = plain(addr("Torbjørn Knausen", "tk@knausendata.no"), "Testtilgang RRH", date("2026-04-13 19:40:03", "+02:00"),
                msoid("t032", "eurprd09"), text, extra=[("X-MS-Has-Attach", ""), ("Content-Language", "nb-NO")])
    lab = label("unspecified",
                party(o, "Knausen Data AS", contact("Torbjørn Knausen", "tk@knausendata.no", "+4740417992")),
                notes="Two-line mail from Outlook for Android. \"Ring meg\" makes the sender the contact: name from the "
                      "signature, address from From, phone from the text. No order type.")
    return msg, lab


# ================================================================ not_an_order (8)


@email("t033_purring_faktura")
def _():
    o = "904974463"
    text = f"""Hei,

Vi kan ikke se å ha mottatt betaling for faktura 20417 på kr 4 375,00, som forfalt 10.03.2026.

Fakturanr.: 20417
KID: 2041700037
Kontonummer: 1506 42 81937
Beløp: 4 375,00

Dersom beløpet allerede er betalt, kan du se bort fra denne påminnelsen. Spørsmål om fakturaen kan rettes til oss på 55 90 21 40.

Med vennlig hilsen
Kvittra Kontor AS – Regnskap
Org.nr. {mva(o)}
"""
    msg = outlook('"Kvittra Kontor AS - Regnskap" <faktura@kvittra.no>', "Purring: faktura 20417 – forfalt",
                  date("2026-04-14 06:00:12", "+00:00"), msoid("t033"), text,
                  extra=[("X-Mailer", "Kvittra Faktura 4.2")])
    return msg, label("not_an_order",
                      notes="Payment reminder for an invoice, with the sender's VAT number, an account number, a KID and a "
                            "phone. Nothing is ordered.")


@email("t034_innsyn_personopplysninger_gdpr")
def _():
    o = "983003478"
    text = f"""Hei,

Jeg ber om innsyn etter personvernforordningen artikkel 15 i hvilke opplysninger om meg som er registrert i Register over reelle rettighetshavere, og hvem som har hentet ut opplysninger om meg gjennom API-et de siste tolv månedene.

Jeg er registrert som reell rettighetshaver i Hallingskeid Hytteutleie AS (org.nr. {sp(o)}).

Svar kan sendes til denne e-postadressen. Ved behov kan jeg nås på 928 41 630.

Vennlig hilsen
Ingvild Sandvold
"""
    msg = gmail(addr("Ingvild Sandvold", "ingvild.sandvold@gmail.com"), "Innsynsbegjæring – personopplysninger i RRH",
                date("2026-04-14 20:41:36", "+02:00"), gmid("t034"), text, boundary=bnd("t034"))
    return msg, label("not_an_order",
                      notes="GDPR data-access request (art. 15) from a private person, with an org number, a phone and "
                            "\"API\". Not an access order.")


@email("t035_avmelding_unsubscribe")
def _():
    text = """Please unsubscribe me from this list / meld meg av.

Jeg har byttet jobb og jobber ikke lenger med RRH-integrasjonen.

Thanks,
Oddvar Tangen

> Fra: Brønnøysundregistrene <opendata.rrh@brreg.no>
> Emne: Nytt i testmiljøet for RRH – april 2026
>
> Hei, fra 20. april kan systemleverandører bestille testtilgang med
> fiktiv virksomhet direkte i skjemaet vårt.
"""
    msg = iphone(addr("Oddvar Tangen", "oddvar.tangen@outlook.com"), "Unsubscribe", date("2026-04-15 07:03:29", "+02:00"),
                 "2F6A0C91-8D3B-4E57-A1C4-5B9E7D02F318@outlook.com", text, mailer="iPhone Mail (22E240)")
    return msg, label("not_an_order",
                      notes="Asks to be removed from a mailing list; the quoted newsletter mentions ordering with a "
                            "fictitious enterprise. Nothing is ordered.")


@email("t036_presse_henvendelse_orgnr")
def _():
    o1, o2 = "959948968", "814829499"
    text = f"""Hei,

Jeg er journalist i Nordfjordbladet og jobber med en sak om eierskap i lokale oppdrettsselskap.

Vi har sett at Eidsfjord Sjømat AS (org.nr. {sp(o1)}) og Hornelen Havbruk AS (org.nr. {sp(o2)}) ikke ser ut til å ha registrert reelle rettighetshavere. Kan dere bekrefte om det stemmer, og si noe om hva som skjer når virksomheter ikke oppfyller registreringsplikten?

Jeg har deadline fredag kl. 12. Ring meg gjerne på 913 62 408.

Vennlig hilsen
Hedda Brenna
journalist, Nordfjordbladet
"""
    msg = outlook(addr("Hedda Brenna", "hedda.brenna@nordfjordbladet.no"), "Pressehenvendelse – registrering av reelle rettighetshavere",
                  date("2026-04-15 10:14:52", "+00:00"), msoid("t036"), text)
    return msg, label("not_an_order",
                      notes="Press inquiry from a journalist naming two companies with org numbers and a phone. A media "
                            "organisation, but it asks questions; it does not order access.")


@email("t037_feilrapport_testmiljo")
def _():
    o = "946579416"
    text = f"""Hei,

Vi har testtilgang (fiktiv virksomhet, ref. RRH-2026-0188) og får HTTP 500 på oppslag mot testmiljøet siden i går ettermiddag:

GET /api/v1/rettighetsinformasjon/{o}
-> 500 Internal Server Error, correlation-id 7d1f2c0a-6b4e-4a93-9f25-31e8b0c7d6a4

Den fiktive virksomheten vår er {sp(o)}. Token fra Maskinporten ser riktig ut (scope brreg:rrh/test). Kan dere se på det?

Mvh
Simen Ødegård
Utvikler, Fossekall Software AS
Tlf 953 16 027
"""
    msg = gmail(addr("Simen Ødegård", "simen@fossekall.no"), "Feil i testmiljøet RRH: HTTP 500",
                date("2026-04-16 08:37:19", "+02:00"), gmid("t037"), text, boundary=bnd("t037"))
    return msg, label("not_an_order",
                      notes="Bug report from a vendor that already has test access (fictitious enterprise, reference given): "
                            "org number, phone, company and \"fiktiv virksomhet\" all appear, but nothing is ordered.")


@email("t038_fravaer_nynorsk_uten_autosubmitted")
def _():
    text = """Takk for e-posten din.

Eg er ute av kontoret til og med måndag 20. april og les ikkje e-post i denne perioden.

Treng du hjelp med testtilgangen til RRH før det, kan du kontakte kollegaen min Brynjar Hovland på brynjar@vossadata.no eller 56 52 14 50.

Helsing
Solveig Lid
Vossadata AS
"""
    msg = plain(addr("Solveig Lid", "solveig@vossadata.no"), "Fråvær: [RRH-2026-0231] Vi manglar opplysningar",
                date("2026-04-16 12:00:04", "+02:00"), msoid("t038", "eurprd07"), text,
                extra=[("In-Reply-To", "<rrh-2026-0231-2@brreg.no>"), ("Content-Language", "nn-NO")])
    return msg, label("not_an_order",
                      notes="Nynorsk out-of-office reply WITHOUT Auto-Submitted or X-Auto-Response-Suppress headers: only the "
                            "subject prefix \"Fråvær:\" and the wording show it. The colleague's address and phone are not an order.")


@email("t039_dsn_microsoft365_postboks_full")
def _():
    ndr_text = """Your message to solan.berg@fjellvaktit.no couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.

Action Required: Recipient
Mailbox full

How to Fix It
Try resending the message later, or contact the recipient in some other way (for example by phone).

More Info for Email Admins
Status code: 552 5.2.2
The recipient's mailbox is over its size limit.

Original Message Details
Created Date: 17.04.2026 09:14:02
Sender Address: opendata.rrh@brreg.no
Recipient Address: solan.berg@fjellvaktit.no
Subject: [RRH-2026-0244] Vi mangler opplysninger for Fjellvakt IT AS

Error Details
Reported error: 552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
DSN generated by: AM9PR04MB7731.eurprd04.prod.outlook.com
"""
    ndr_html = ('<html><head></head><body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">'
                + "".join(f"<p>{htmlmod.escape(par).replace(chr(10), '<br>')}</p>" for par in ndr_text.split("\n\n"))
                + "</div></body></html>\n")
    alt = alternative(text_part(ndr_text), text_part(ndr_html, subtype="html"), "B_3985412042_1137")
    del alt["MIME-Version"]
    ds = MIMEBase("message", "delivery-status")
    m1 = Message()
    m1["Reporting-MTA"] = "dns;AM9PR04MB7731.eurprd04.prod.outlook.com"
    m1["Received-From-MTA"] = "dns;mx.brreg.no"
    m1["Arrival-Date"] = "Fri, 17 Apr 2026 07:14:02 +0000"
    m2 = Message()
    m2["Final-Recipient"] = "rfc822;solan.berg@fjellvaktit.no"
    m2["Action"] = "failed"
    m2["Status"] = "5.2.2"
    m2["Diagnostic-Code"] = "smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException"
    ds.set_payload([m1, m2])
    del ds["MIME-Version"]
    rh = MIMEBase("text", "rfc822-headers")
    rh.set_payload("From: <opendata.rrh@brreg.no>\nTo: Solan Berg <solan.berg@fjellvaktit.no>\n"
                   "Subject: [RRH-2026-0244] Vi mangler opplysninger for Fjellvakt IT AS\n"
                   "Date: Fri, 17 Apr 2026 09:14:02 +0200\nMessage-ID: <rrh-2026-0244-2@brreg.no>\n")
    del rh["MIME-Version"]
    rep = MIMEMultipart("report", boundary="B_3985412042_1136")
    rep.set_param("report-type", "delivery-status")
    rep.attach(alt)
    rep.attach(ds)
    rep.attach(rh)
    msg = reorder(rep, [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brreg.onmicrosoft.com>"),
                        ("To", f"<{BRREG}>"), ("Date", "Fri, 17 Apr 2026 07:14:05 +0000"),
                        ("Subject", "Undeliverable: [RRH-2026-0244] Vi mangler opplysninger for Fjellvakt IT AS"),
                        ("Thread-Topic", "[RRH-2026-0244] Vi mangler opplysninger for Fjellvakt IT AS"),
                        ("Message-ID", "<b61c0f3e-2a74-4d9e-8e15-7c3d0a9f6b21@AM9PR04MB7731.eurprd04.prod.outlook.com>"),
                        ("In-Reply-To", "<rrh-2026-0244-2@brreg.no>"), ("References", "<rrh-2026-0244-2@brreg.no>"),
                        ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
                        ("MIME-Version", None), ("Content-Type", None)])
    return msg, label("not_an_order",
                      notes="Microsoft 365 non-delivery report in English (\"Undeliverable:\", mailbox full 5.2.2, "
                            "multipart/report with text/rfc822-headers). No Auto-Submitted header; the company name in the "
                            "returned subject is not an order.")


@email("t040_sporsmal_behandlingstid")
def _():
    o = "852708239"
    text = f"""Hei,

Før vi sender inn bestilling: hvor lang behandlingstid er det normalt på testtilgang til RRH? Vi planlegger å be om en fiktiv virksomhet, men vil gjerne vite om vi rekker å teste før sommeren.

For ordens skyld: vi er Grindvoll Programvare AS, org.nr. {sp(o)}, og det blir nok jeg som er kontaktperson når vi bestiller.

Mvh
Vilde Grindvoll
Grindvoll Programvare AS
Mob 944 27 815
"""
    msg = outlook(addr("Vilde Grindvoll", "vilde@grindvoll.no"), "Behandlingstid testtilgang?",
                  date("2026-04-17 13:29:47", "+00:00"), msoid("t040"), text)
    return msg, label("not_an_order",
                      notes="A question about processing time BEFORE ordering (\"Før vi sender inn bestilling\"). It names the "
                            "wanted option, gives an org number and says who will be contact, but orders nothing yet.")


# --------------------------------------------------------------------------- checks and output

OTHER_CORPORA = [H.SHARED / "corpus", HERE.parent / "corpus_extra", HERE.parent / "corpus_holdout"]


def extra_checks(name, lab, seen_orgs, old_digits):
    """This corpus's own checks (``H.write_corpus`` checks the label's shape for every one)."""
    assert re.fullmatch(r"t\d{3}_[a-z0-9_]+", name), name
    for who in ("applicant", "customer"):
        org = H.get(lab, f"{who}.org_number")
        if not org:
            continue
        assert org not in old_digits, f"{name}: {org} already used in another corpus"
        assert seen_orgs.setdefault(org, name) == name, f"{name}: {org} reused from {seen_orgs[org]}"
        if stdnum_orgnr is not None:
            assert stdnum_orgnr.is_valid(org) == (f"{who}.org_number" not in lab["invalid"]), (name, org)


def main():
    H.write_corpus(OUT, "t", EMAILS, extra_checks, OTHER_CORPORA)


if __name__ == "__main__":
    main()
