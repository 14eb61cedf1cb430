# -*- coding: utf-8 -*-
"""Bodies and gold labels for the cA_ corpus. Imported by make_corpus.py."""


def define_items(ns):
    globals().update(ns)
    part1()
    part2()
    part3()
    part4()


OUTLOOK_SIG_DISCLAIMER = ("Denne e-posten kan inneholde konfidensiell informasjon. Dersom du ikke er rett mottaker, "
                          "vennligst slett e-posten og gi beskjed til avsender.")


def part1():
    # ---------------- fictitious_customer ----------------
    o = org("91836254")
    add("cA_001", build(
        "Sindre Holmvik <sindre.holmvik@kvistlogikk.no>",
        "Bestilling testtilgang RRH - fiktiv virksomhet",
        f"""Hei,

Vi i Kvistlogikk AS lager programvare for compliance i finansnæringen og ønsker tilgang til testmiljøet for API-ene i Register over reelle rettighetshavere.

Vi ønsker alternativ 1, altså en fiktiv virksomhet som vi kan delegere tilgang fra selv.

Organisasjonsnummer: {sp(o)}
Navn: Kvistlogikk AS
Kontaktperson: Sindre Holmvik
E-post: sindre.holmvik@kvistlogikk.no
Mobil: 918 40 276

Med vennlig hilsen
Sindre Holmvik
Utvikler | Kvistlogikk AS
Dronningens gate 14, 7011 Trondheim
Sentralbord: 73 50 21 00

{OUTLOOK_SIG_DISCLAIMER}
""", client="outlook"),
        gold("fictitious_customer", P(o, "Kvistlogikk AS", "Sindre Holmvik", "sindre.holmvik@kvistlogikk.no", "+4791840276"),
             notes="Baseline labelled list; org number with spaces; switchboard landline and postcode in the signature are distractors."),
        "labelled list, Outlook QP; switchboard number in signature is not the contact phone")

    o = org("92417730")
    add("cA_002", build(
        "Marte Lysgaard <marte@fjellbrott.test>",
        "testmiljø reelle rettighetshavere",
        f"""Hei!

Vi har en liten SaaS for regnskapsbyråer og har lyst til å teste oppslag mot RRH. Kan dere lage en fiktiv virksomhet til oss som vi delegerer fra selv? Selskapet er Fjellbrott Digital AS, org.nr {o}. Kontaktperson er meg, nås på 47 61 30 92 eller på denne adressen.

Takk :)

--
Marte Lysgaard
Fjellbrott Digital AS
""", client="gmail"),
        gold("fictitious_customer", P(o, "Fjellbrott Digital AS", "Marte Lysgaard", "marte@fjellbrott.test", "+4747613092"),
             notes="Prose; 'Kontaktperson er meg' = the sender: name from signature, email from From."),
        "prose in one paragraph, 'Kontaktperson er meg' with address from From; Gmail")

    o = org("99614702")
    add("cA_003", build(
        "Ingebjørg Myklebust <ingebjorg.myklebust@fjordtal.no>",
        "Tinging av testtilgang",
        f"""Hei,

Fjordtal SA utviklar rekneskapsprogram for lag og organisasjonar. Me ønskjer å tinge tilgang til testmiljøet for registeret over reelle rettshavarar, og vil ha ei fiktiv verksemd som me sjølve kan delegere tilgangen frå.

Organisasjonsnummer: NO {sp(o)} MVA
Verksemd: Fjordtal SA
Kontaktperson: Ingebjørg Myklebust
E-post: ingebjorg.myklebust@fjordtal.no
Telefon: 57 82 14 63

Helsing
Ingebjørg Myklebust
Fjordtal SA, 6800 Førde
""", client="thunderbird", charset="iso-8859-1", cte="8bit"),
        gold("fictitious_customer", P(o, "Fjordtal SA", "Ingebjørg Myklebust", "ingebjorg.myklebust@fjordtal.no", "+4757821463"),
             notes="Nynorsk; ISO-8859-1 8bit; 'NO ... MVA' org number; landline contact phone."),
        "nynorsk, Thunderbird ISO-8859-1 8bit, 'NO ... MVA' org number, landline phone")

    o = org("93172265")
    add("cA_004", build(
        "Oliver Brandt <oliver.brandt@northwindledger.example>",
        "Test access - Register of Beneficial Owners",
        f"""Hi,

We're Northwind Ledger AS (org no. {o}), a Norwegian fintech building onboarding checks for banks. We would like access to the test environment of the beneficial ownership API, using a fictitious enterprise that we can delegate access from ourselves.

Test contact: Priya Raman, priya.raman@northwindledger.example
Phone: TBC - she's getting a new work number next week.

Kind regards,
Oliver Brandt
Head of Engineering, Northwind Ledger AS
+47 934 18 552
""", client="apple"),
        gold("fictitious_customer", P(o, "Northwind Ledger AS", "Priya Raman", "priya.raman@northwindledger.example", None),
             notes="English; contact is a colleague, her phone is 'TBC' -> missing; the sender's own phone is never substituted."),
        "English, contact is not the sender, phone 'TBC'; sender's signature phone must not be used; Apple Mail")

    o = org("81572203")
    add("cA_005", build(
        "Håkon Tveit <hakon.tveit@tveitdata.no>",
        "Fiktiv virksomhet test RRH",
        f"""Hei. Vi ønsker fiktiv virksomhet i testmiljøet, delegerer selv.
Tveit Data AS
{dots(o)}
Håkon Tveit, hakon.tveit@tveitdata.no, 95527184

Sendt fra min iPhone
""", client="iphone", cte="base64"),
        gold("fictitious_customer", P(o, "Tveit Data AS", "Håkon Tveit", "hakon.tveit@tveitdata.no", "+4795527184"),
             notes="Terse iPhone mail in base64; org number with dots; contact in one comma list."),
        "terse iPhone base64; org number with dots; comma list contact line")

    o = org("92680341")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="NO-BOK"><div class="WordSection1">
<p class="MsoNormal">Hei,</p>
<p class="MsoNormal">Vi bestiller herved tilgang til testmilj&oslash;et for RRH-API-ene med en fiktiv virksomhet som vi selv delegerer fra (alternativ 1).</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Organisasjonsnummer</b></p></td><td><p class="MsoNormal">{o}</p></td></tr>
<tr><td><p class="MsoNormal"><b>Virksomhet</b></p></td><td><p class="MsoNormal">Bergmann &amp; S&oslash;nn Systemer AS</p></td></tr>
<tr><td><p class="MsoNormal"><b>Testansvarlig</b></p></td><td><p class="MsoNormal">Åsne Kvalheim</p></td></tr>
<tr><td><p class="MsoNormal"><b>E-post</b></p></td><td><p class="MsoNormal"><a href="mailto:asne.kvalheim@bergmann-sonn.no">asne.kvalheim@bergmann-sonn.no</a></p></td></tr>
<tr><td><p class="MsoNormal"><b>Telefon</b></p></td><td><p class="MsoNormal">+47&nbsp;464&nbsp;12&nbsp;908</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med vennlig hilsen<br>Åsne Kvalheim<br>Bergmann &amp; Sønn Systemer AS<br>Tlf. 22 98 40 00</p>
</div></body></html>"""
    add("cA_006", build(
        "Åsne Kvalheim <asne.kvalheim@bergmann-sonn.no>",
        "Bestilling - testtilgang RRH (alternativ 1)",
        html=html, client="outlook", charset="windows-1252"),
        gold("fictitious_customer", P(o, "Bergmann & Sønn Systemer AS", "Åsne Kvalheim", "asne.kvalheim@bergmann-sonn.no", "+4746412908"),
             notes="Outlook HTML-only windows-1252 table; '&amp;' and entity in the name; &nbsp; inside the phone; switchboard in signature."),
        "Outlook HTML-only windows-1252 label/value table; '&' in name; &nbsp; in phone")

    o = org("91296608")
    add("cA_007", build(
        "Lene Aasheim <lene.aasheim@ravnkloa-it.no>",
        "VS: Testtilgang RRH",
        f"""Hei,

Videresender bestillingen fra kollegaen min Torbjørn, han er ute hos kunde i dag. Alt står under.

Hilsen Lene
Ravnkloa IT AS

Fra: Torbjørn Sæther <torbjorn.saether@ravnkloa-it.no>
Sendt: mandag 9. november 2026 16:42
Til: Lene Aasheim <lene.aasheim@ravnkloa-it.no>
Emne: Testtilgang RRH

Lene, kan du sende dette til Brønnøysund? Takk.

Vi ønsker tilgang til testmiljøet for reelle rettighetshavere med en fiktiv virksomhet som vi selv delegerer tilgang fra.

Org.nr.: {o}
Firma: Ravnkloa IT AS
Kontaktperson: Torbjørn Sæther
E-post: torbjorn.saether@ravnkloa-it.no
Tlf: 481 22 637
""", client="outlook"),
        gold("fictitious_customer", P(o, "Ravnkloa IT AS", "Torbjørn Sæther", "torbjorn.saether@ravnkloa-it.no", "+4748122637"),
             notes="Forwarded order explicitly submitted ('Videresender bestillingen') is content; contact is the colleague, not the forwarder."),
        "Outlook forward submitted as content ('Videresender bestillingen'); contact is the original writer, not the sender")

    o = org("92003517")
    add("cA_008", build(
        "Vegard Lunde <vegard.lunde@grunnmur.no>",
        "SV: Spørsmål om RRH testmiljø",
        f"""Takk for svaret. Da bestiller vi en fiktiv virksomhet som vi delegerer fra selv.

Grunnmur Programvare AS, org.nr. {o}
Kontaktperson: Vegard Lunde, vegard.lunde@grunnmur.no, mobil 404 77 215

Vegard

Fra: Opendata RRH <opendata.rrh@brreg.no>
Sendt: 4. november 2026 09:12
Til: Vegard Lunde <vegard.lunde@grunnmur.no>
Emne: SV: Spørsmål om RRH testmiljø

Hei, systemleverandører kan velge mellom to måter ... Send oss org.nr., navn og kontaktperson.

Fra: Vegard Lunde
Sendt: 3. november 2026 14:55
Emne: Spørsmål om RRH testmiljø

Hei, hvordan får vi testtilgang? Ring gjerne Kari hos oss på 976 30 118.
""", client="outlook"),
        gold("fictitious_customer", P(o, "Grunnmur Programvare AS", "Vegard Lunde", "vegard.lunde@grunnmur.no", "+4740477215"),
             notes="Order on top of quoted Outlook history; the phone of Kari in the history is not content."),
        "order above quoted Outlook history containing another person and phone (history, not content)")

    o = org("92255190")
    add("cA_009", build(
        "Mads Kjærgaard <mk@hvidbjerg-software.dk>",
        "Bestilling af testadgang - fiktiv virksomhed",
        f"""Hej,

Vi er et dansk softwarehus med norsk filial og vil gerne bestille adgang til testmiljøet for registeret over reelle rettighedshavere. Vi ønsker en fiktiv virksomhed, som vi selv kan delegere adgang fra.

Norsk filial: Hvidbjerg Software NUF, org.nr. {o}
(CVR for moderselskabet: 38471926)
Vores kontaktperson: Mads Kjærgaard, mk@hvidbjerg-software.dk, +45 28 71 94 36

Med venlig hilsen
Mads Kjærgaard
Hvidbjerg Software ApS
""", client="apple", charset="iso-8859-1", cte="quoted-printable"),
        gold("fictitious_customer", P(o, "Hvidbjerg Software NUF", "Mads Kjærgaard", "mk@hvidbjerg-software.dk", "+4528719436"),
             notes="Danish; NUF branch is the applicant with the Norwegian org number; the 8-digit CVR is not an org number; +45 phone."),
        "Danish, NUF branch with Norwegian org number; CVR distractor; +45 mobile; ISO-8859-1 QP")

    o = org("91748836")
    add("cA_010", build(
        "Runa Storli <runa.storli@bekkfaret.no>",
        "Testtilgang register over reelle rettighetshavere",
        f"""Hei,

Bekkfaret Systemer AS ønsker testtilgang med fiktiv virksomhet (vi delegerer selv).

Orgnr: {o}
Kontaktperson: Runa Storli
E-post: runa.storli@bekkfaret.no
Telefon: 915 2274

Mvh
Runa Storli
""", client="thunderbird"),
        gold("fictitious_customer", P(o, "Bekkfaret Systemer AS", "Runa Storli", "runa.storli@bekkfaret.no", "+479152274"),
             invalid=["applicant.contact.phone"],
             notes="Phone with only seven digits: reported in E.164 as written and invalid."),
        "seven-digit phone: reported and invalid; Thunderbird")

    add("cA_011", build(
        "Eivind Nordhagen <eivind@lyngrabb.no>",
        "Bestilling av fiktiv virksomhet i RRH test",
        """Hei,

Vi er et nystartet selskap, Lyngrabb AS, og utvikler et KYC-verktøy for eiendomsmeglere. Vi vil gjerne bestille en fiktiv virksomhet i testmiljøet som vi delegerer tilgang fra selv.

Organisasjonsnummeret er ikke tildelt ennå (registreringen i Foretaksregisteret er under behandling), vi ettersender det.

Kontaktperson: Eivind Nordhagen
E-post: eivind@lyngrabb.no
Telefon: 99 04 73 18

Hilsen Eivind
""", client="gmail"),
        gold("fictitious_customer", P(None, "Lyngrabb AS", "Eivind Nordhagen", "eivind@lyngrabb.no", "+4799047318"),
             notes="Org number not yet assigned ('ettersender') -> missing."),
        "org number not assigned yet, to be sent later; Gmail")

    o = org("92940125")
    add("cA_012", build(
        "Camilla Rygh <camilla.rygh@tallverket.no>",
        "Testtilgang RRH",
        f"""Hei,

Tallverket Regnskap AS er regnskapsbyrå og har utviklet egne verktøy for kundekontroll. Vi ønsker å få opprettet en fiktiv virksomhet i testmiljøet som vi kan delegere til oss selv.

Org.nr.: {sp(o)}
Kontaktperson: undertegnede

Med vennlig hilsen

Camilla Rygh
Autorisert regnskapsfører / daglig leder
Tallverket Regnskap AS
Storgata 41, 3611 Kongsberg
Mobil: 975 41 026
Tlf. sentralbord: 32 72 00 50
""", client="outlook"),
        gold("fictitious_customer", P(o, "Tallverket Regnskap AS", "Camilla Rygh", "camilla.rygh@tallverket.no", "+4797541026"),
             notes="'Kontaktperson: undertegnede' = the signer; mobile from the signature (not the switchboard); title not part of name."),
        "accounting firm; 'undertegnede' contact; mobile vs switchboard in signature; title after name")

    o = org("91433580")
    o_hidden = org("97766110")
    html = f"""<html><body style="font-family:Calibri">
<span style="display:none;font-size:0;color:#ffffff">Org.nr. {o_hidden} tlf 911 11 111</span>
<p>Hei,</p>
<p>Vi ønsker tilgang til testmiljøet for RRH med en fiktiv virksomhet som vi selv delegerer fra.</p>
<p>Virksomhet: Skarvheim Analyse AS<br>
Org.nr.: {o}<br>
Kontaktperson: Jonas Eikrem<br>
E-post: jonas.eikrem@skarvheim.no<br>
Telefon: 986 20 431</p>
<p>Mvh<br>Jonas Eikrem</p>
</body></html>"""
    plain = f"""Hei,

Vi ønsker tilgang til testmiljøet for RRH med en fiktiv virksomhet som vi selv delegerer fra.

Virksomhet: Skarvheim Analyse AS
Org.nr.: {o}
Kontaktperson: Jonas Eikrem
E-post: jonas.eikrem@skarvheim.no
Telefon: 986 20 431

Mvh
Jonas Eikrem
"""
    add("cA_013", build(
        "Jonas Eikrem <jonas.eikrem@skarvheim.no>",
        "Fiktiv virksomhet - testmiljø",
        plain, html=html, client="gmail"),
        gold("fictitious_customer", P(o, "Skarvheim Analyse AS", "Jonas Eikrem", "jonas.eikrem@skarvheim.no", "+4798620431"),
             notes="HTML part has a hidden span (display:none, zero size) with another org number and phone: not visible, not content."),
        "multipart/alternative; hidden display:none span in HTML with another org number and phone")

    o = org("92173381")
    add("cA_014", build(
        "kristoffer bøe <kristoffer@nattsvermer.no>",
        "test",
        f"""hei, vi (nattsvermer as, orgnr {o}) vil ha en fiktiv virksomhet i testmiljøet til rrh som vi delegerer fra sjøl. kontaktperson: kristoffer bøe, kristoffer@nattsvermer.no, tlf 469 03 582. mvh kristoffer
""", client="gmail"),
        gold("fictitious_customer", P(o, "nattsvermer as", "kristoffer bøe", "kristoffer@nattsvermer.no", "+4746903582"),
             notes="All lower case one-liner; names kept as written."),
        "all lower case single paragraph, company in parentheses")

    o = org("93308822")
    add("cA_015", build(
        "Ella Whitford <ella.whitford@tidewatercompliance.example>",
        "Request: RRH test environment (fictitious enterprise)",
        f"""Hello,

Tidewater Compliance AS would like to order access to the test environment for the Register of Beneficial Owners API. We'd like the option with a fictitious enterprise from which we delegate access ourselves.

Company: Tidewater Compliance AS
Organisation number: {bad(o)}
Test contact: Ella Whitford
Email: ella.whitford@tidewatercompliance.example
Phone: +47 477 30 918

Best regards,
Ella Whitford
""", client="outlook_en"),
        gold("fictitious_customer", P(bad(o), "Tidewater Compliance AS", "Ella Whitford", "ella.whitford@tidewatercompliance.example", "+4747730918"),
             invalid=["applicant.org_number"],
             notes="English; org number with a wrong mod-11 check digit: reported as written, invalid."),
        "English; org number fails mod 11: reported and invalid")

    o = org("91667329")
    add("cA_016", build(
        "Hilde Rønneberg <hilde.ronneberg@sporvei-data.no>",
        "Bestilling testtilgang",
        f"""Hei,

Sporvei Data AS ønsker å bestille tilgang til testmiljøet (fiktiv virksomhet, vi delegerer selv).

Orgnr: {o}
Kontaktperson for testingen blir Are Bjørnstad, mobil 952 18 447. E-postadressen hans sender jeg når han har fått konto hos oss.

Hilsen
Hilde Rønneberg
Sporvei Data AS
hilde.ronneberg@sporvei-data.no | 930 44 180
""", client="apple"),
        gold("fictitious_customer", P(o, "Sporvei Data AS", "Are Bjørnstad", None, "+4795218447"),
             notes="Contact is a colleague without an address yet -> email missing; the sender's address is never substituted."),
        "contact is someone else; his email not given yet; sender's own address and phone are distractors")

    o = org("92841170")
    add("cA_017", build(
        "Post Sølvberg Systemer <post@solvberg.no>",
        "Testtilgang RRH - alternativ 1",
        f"""Hei,

Vi ønsker alternativ 1: en fiktiv virksomhet som vi kan delegere tilgangen fra selv.

Sølvberg Systemer AS, org.nr. {o}. Kontaktperson er meg.

Vennlig hilsen
Tuva Helland
Produktansvarlig
Sølvberg Systemer AS
tuva.helland@solvberg.no
Tlf: +47 412 87 305
""", client="outlook"),
        gold("fictitious_customer", P(o, "Sølvberg Systemer AS", "Tuva Helland", "tuva.helland@solvberg.no", "+4741287305"),
             notes="From a shared post@ box; 'Kontaktperson er meg' = signer with her own address from the signature."),
        "shared post@ mailbox; 'Kontaktperson er meg' = signer, address from signature")


def part2():
    # ---------------- existing_customer ----------------
    v, c = org("91507702"), org("98345120")
    add("cA_018", build(
        "Geir Ottesen <geir.ottesen@ledgerline.no>",
        "Bestilling av testtilgang RRH - eksisterende kunde",
        f"""Hei,

Vi ønsker tilgang til testmiljøet for API-ene i RRH, alternativ 2, der en eksisterende kunde delegerer tilgang til oss.

Systemleverandør
Organisasjonsnummer: {v}
Navn: Ledgerline AS
Kontaktperson: Geir Ottesen
E-post: geir.ottesen@ledgerline.no
Telefon: 920 41 857

Kunde
Organisasjonsnummer: {c}
Navn: Vestkyst Eiendomsmegling AS
Kontaktperson: Nina Falck
E-post: nina.falck@vestkyst-em.no
Telefon: 55 30 82 14

Med vennlig hilsen
Geir Ottesen
Ledgerline AS, Sentralbord 23 00 41 00
""", client="outlook"),
        gold("existing_customer",
             P(v, "Ledgerline AS", "Geir Ottesen", "geir.ottesen@ledgerline.no", "+4792041857"),
             P(c, "Vestkyst Eiendomsmegling AS", "Nina Falck", "nina.falck@vestkyst-em.no", "+4755308214"),
             notes="Two labelled blocks, vendor and customer."),
        "two labelled blocks (vendor, customer); customer landline")

    v, c = org("92622084"), org("97114053")
    add("cA_019", build(
        "Petter Aune <petter.aune@kontobro.no>",
        "RRH test - delegering fra kunde",
        f"""Hei!

Vi i Kontobro AS (org.nr {v}) trenger tilgang i testmiljøet. Kunden vår Heggli Bil AS, org.nr {c}, skal delegere tilgangen sin til oss, så vi kan teste integrasjonen med deres data.

Hos oss er det jeg som er kontaktperson: Petter Aune, 917 56 204.
Hos Heggli Bil er det regnskapssjef Randi Heggli, randi@hegglibil.no, 934 08 126.

Hilsen Petter
""", client="gmail"),
        gold("existing_customer",
             P(v, "Kontobro AS", "Petter Aune", "petter.aune@kontobro.no", "+4791756204"),
             P(c, "Heggli Bil AS", "Randi Heggli", "randi@hegglibil.no", "+4793408126"),
             notes="Prose; 'kunden vår X skal delegere tilgangen sin til oss'; vendor contact is the sender (email from From); title 'regnskapssjef' not part of the name."),
        "prose 'Kunden vår X skal delegere tilgangen sin til oss'; 'jeg som er kontaktperson'; title before customer contact")

    v, c = org("91983406"), org("93754418")
    add("cA_020", build(
        "Sverre Moldestad <sverre.moldestad@strandsparebank.no>",
        "Delegering av testtilgang til vår systemleverandør",
        f"""Hei,

Strandbygda Sparebank ønsker å delegere tilgang i testmiljøet for Register over reelle rettighetshavere til systemleverandøren vår, Kjerne Bankdata AS, som skal bygge integrasjonen for oss.

Opplysninger om leverandøren:
Kjerne Bankdata AS, org.nr. {v}
Kontaktperson: Linnea Sørum, linnea.sorum@kjernebankdata.no, tlf. 488 21 560

Opplysninger om oss:
Strandbygda Sparebank, org.nr. {c}
Kontaktperson: undertegnede

Med vennlig hilsen
Sverre Moldestad
Leder hvitvasking
Strandbygda Sparebank
Direkte: 51 74 22 90
""", client="outlook"),
        gold("existing_customer",
             P(v, "Kjerne Bankdata AS", "Linnea Sørum", "linnea.sorum@kjernebankdata.no", "+4748821560"),
             P(c, "Strandbygda Sparebank", "Sverre Moldestad", "sverre.moldestad@strandsparebank.no", "+4751742290"),
             notes="Customer (savings bank) writes; applicant is the vendor; 'undertegnede' is the customer's contact, phone from signature."),
        "customer (savings bank) writes; applicant is the vendor; 'undertegnede' is the customer contact")

    v, c = org("92377501"), org("99082247")
    add("cA_021", build(
        "Henrik Lindqvist <henrik.lindqvist@auditpath.example>",
        "RRH test access - delegation from our client",
        f"""Hi,

AuditPath Norge AS (org. no. {v}) would like access to the RRH test environment, with access delegated to us by one of our existing clients.

Our contact: Henrik Lindqvist, henrik.lindqvist@auditpath.example, +47 906 37 214

The client is Sandvik Marine Holding AS (org. no. {c}). Their contact is Ingrid Sandvik, ingrid.sandvik@sandvikmarine.test, +47 992 41 036.

Thanks in advance,
Henrik
""", client="outlook_en"),
        gold("existing_customer",
             P(v, "AuditPath Norge AS", "Henrik Lindqvist", "henrik.lindqvist@auditpath.example", "+4790637214"),
             P(c, "Sandvik Marine Holding AS", "Ingrid Sandvik", "ingrid.sandvik@sandvikmarine.test", "+4799241036"),
             notes="English; 'delegated to us by one of our existing clients'."),
        "English 'delegated to us by one of our existing clients'")

    v, c = org("91844309"), org("97520036")
    add("cA_022", build(
        "Torstein Hjelmeland <torstein@vossdata.no>",
        "Testtilgang - kunde delegerer",
        f"""Hei,

Vossdata AS vil ha tilgang til testmiljøet der ein eksisterande kunde delegerer tilgangen til oss.

Leverandør: Vossdata AS, org.nr. {v}
Kontaktperson: Torstein Hjelmeland, torstein@vossdata.no, 975 83 102

Kunde: Bryggja Sparelag SA, org.nr. {c}
Kontaktperson hjå kunden: Sigrid Lunde, sigrid.lunde@bryggja.no
Telefon: (kjem seinare)

Helsing Torstein
""", client="thunderbird", charset="iso-8859-1", cte="quoted-printable"),
        gold("existing_customer",
             P(v, "Vossdata AS", "Torstein Hjelmeland", "torstein@vossdata.no", "+4797583102"),
             P(c, "Bryggja Sparelag SA", "Sigrid Lunde", "sigrid.lunde@bryggja.no", None),
             notes="Nynorsk; customer phone '(kjem seinare)' is a placeholder -> missing."),
        "nynorsk; customer phone placeholder '(kjem seinare)'; ISO-8859-1 QP")

    v, c = org("92516337"), org("98812740")
    add("cA_023", build(
        "Anders Vik <anders.vik@tellus-regnskap.no>",
        "VS: Ang. testtilgang RRH",
        f"""Hei,

Vi ønsker testtilgang der kunden vår delegerer tilgang til oss (alternativ 2). Se bekreftelsen fra kunden under, med kontaktpersonen deres.

Oss: Tellus Regnskapssystemer AS, org.nr. {v}
Kontaktperson: Anders Vik, anders.vik@tellus-regnskap.no, 941 26 703

Mvh
Anders Vik

-----Opprinnelig melding-----
Fra: Morten Bakke <morten.bakke@bakke-transport.no>
Sendt: tirsdag 10. november 2026 11:03
Til: Anders Vik <anders.vik@tellus-regnskap.no>
Emne: Ang. testtilgang RRH

Hei Anders,

Det er greit for oss. Bakke Transport AS har org.nr. {c}. Kontaktperson hos oss blir Solveig Bakke, solveig@bakke-transport.no, 911 35 862.

Mvh Morten Bakke
Daglig leder, Bakke Transport AS
Tlf 72 48 10 33
""", client="outlook"),
        gold("existing_customer",
             P(v, "Tellus Regnskapssystemer AS", "Anders Vik", "anders.vik@tellus-regnskap.no", "+4794126703"),
             P(c, "Bakke Transport AS", "Solveig Bakke", "solveig@bakke-transport.no", "+4791135862"),
             notes="Forwarded customer confirmation submitted as content ('Se bekreftelsen fra kunden under'); customer contact is Solveig, not the writer Morten."),
        "forwarded customer confirmation submitted ('Se bekreftelsen fra kunden under'); customer contact is not the customer's writer")

    v, c = org("91312044"), org("96021587")
    plain = f"""Hei,

Vi bestiller testtilgang der en eksisterende kunde delegerer til oss.

                Leverandør                      Kunde
Org.nr.         {v}                       {c}
Navn            Datavev Norge AS                Lofoten Sjømat AS
Kontaktperson   Kjersti Moe                     Bård Olsen
E-post          kjersti.moe@datavev.no          bard.olsen@lofotensjomat.no
Telefon         924 73 015                      76 07 28 40

Hilsen Kjersti
"""
    html = f"""<div dir="ltr"><p>Hei,</p><p>Vi bestiller testtilgang der en eksisterende kunde delegerer til oss.</p>
<table border="1" style="border-collapse:collapse">
<tr><td></td><th>Leverandør</th><th>Kunde</th></tr>
<tr><td>Org.nr.</td><td>{v}</td><td>{c}</td></tr>
<tr><td>Navn</td><td>Datavev Norge AS</td><td>Lofoten Sjømat AS</td></tr>
<tr><td>Kontaktperson</td><td>Kjersti Moe</td><td>Bård Olsen</td></tr>
<tr><td>E-post</td><td>kjersti.moe@datavev.no</td><td>bard.olsen@lofotensjomat.no</td></tr>
<tr><td>Telefon</td><td>924 73 015</td><td>76 07 28 40</td></tr>
</table><p>Hilsen Kjersti</p></div>"""
    add("cA_024", build(
        "Kjersti Moe <kjersti.moe@datavev.no>",
        "Testtilgang RRH",
        plain, html=html, client="gmail"),
        gold("existing_customer",
             P(v, "Datavev Norge AS", "Kjersti Moe", "kjersti.moe@datavev.no", "+4792473015"),
             P(c, "Lofoten Sjømat AS", "Bård Olsen", "bard.olsen@lofotensjomat.no", "+4776072840"),
             notes="Two-column table (Leverandør | Kunde) in HTML with aligned plain-text alternative."),
        "two-column table vendor|customer, HTML plus column-aligned plain text")

    v = org("92760855")
    add("cA_025", build(
        "Ole-Martin Fossum <ole.martin@fossum-it.no>",
        "Tilgang testmiljø RRH",
        f"""Hei,

Fossum IT AS ønsker testtilgang etter modellen der en eksisterende kunde delegerer tilgang til oss.

Vår info:
Org.nr: {v}
Kontakt: Ole-Martin Fossum, ole.martin@fossum-it.no, 45 81 60 27

Kunden er Hadeland Rør og Varme AS. Kontaktperson der er Gunnar Evensen, gunnar@hadelandror.no, 61 33 90 12. Org.nr har jeg ikke for hånden, ettersender.

Mvh Ole-Martin
""", client="gmail"),
        gold("existing_customer",
             P(v, "Fossum IT AS", "Ole-Martin Fossum", "ole.martin@fossum-it.no", "+4745816027"),
             P(None, "Hadeland Rør og Varme AS", "Gunnar Evensen", "gunnar@hadelandror.no", "+4761339012"),
             notes="Customer org number not given ('ettersender') -> missing."),
        "customer org number to be sent later; hyphenated given name")

    v, c = org("93045261"), org("98163402")
    add("cA_026", build(
        "Birgitte Halvorsen <birgitte@regnskapsfabrikken.no>",
        "Bestilling test RRH (alt. 2)",
        f"""Hei,

Vi ønsker alternativ 2 - delegering fra en eksisterende kunde.

Leverandør: Regnskapsfabrikken AS, {v}
Kontaktperson: Birgitte Halvorsen, birgitte@regnskapsfabrikken.no, 959 27 410

Kunde: Fjellbygg Entreprenør AS, {c}
Kontaktperson: Marit Sand, marit.sand@fjellbygg..no, 901 48 273

Hilsen Birgitte
""", client="apple"),
        gold("existing_customer",
             P(v, "Regnskapsfabrikken AS", "Birgitte Halvorsen", "birgitte@regnskapsfabrikken.no", "+4795927410"),
             P(c, "Fjellbygg Entreprenør AS", "Marit Sand", "marit.sand@fjellbygg..no", "+4790148273"),
             invalid=["customer.contact.email"],
             notes="Customer contact email has a double dot in the domain: reported as written, invalid."),
        "customer email with double dot in domain: reported and invalid")

    v, c = org("92198554"), org("97633209")
    add("cA_027", build(
        "Johan Bergström <johan.bergstrom@kassaflode.se>",
        "Beställning av teståtkomst RRH",
        f"""Hej,

Vi skulle vilja beställa åtkomst till testmiljön för registret över verkliga huvudmän i Norge. En befintlig kund till oss ska delegera åtkomsten till oss.

Leverantör: Kassaflöde Norge NUF, norskt org.nr {v} (svenskt org.nr 556912-4408)
Kontaktperson: Johan Bergström, johan.bergstrom@kassaflode.se, +46 70 318 42 95

Kund: Nordkapp Fiskeoppdrett AS, org.nr {c}
Kontaktperson: Stein Are Mikkelsen, stein.are@nordkappfisk.no, 78 47 21 60

Med vänliga hälsningar
Johan Bergström
""", client="outlook"),
        gold("existing_customer",
             P(v, "Kassaflöde Norge NUF", "Johan Bergström", "johan.bergstrom@kassaflode.se", "+46703184295"),
             P(c, "Nordkapp Fiskeoppdrett AS", "Stein Are Mikkelsen", "stein.are@nordkappfisk.no", "+4778472160"),
             notes="Swedish; NUF with Norwegian org number; Swedish 10-digit org.nr is not an org number; +46 phone."),
        "Swedish option 2; NUF number vs Swedish org.nr; +46 mobile")

    v, c = org("91655020"), org("99250314")
    add("cA_028", build(
        "Frode Lie <frode.lie@skyvekraft.no>",
        "Test RRH kunde",
        f"""Hei, trenger testtilgang der kunden delegerer til oss.
Oss: Skyvekraft AS {v}, kontakt meg 936 52 071
Kunde: Tunheim Elektro AS {c}, kontakt Elin Tunheim elin@tunheim-elektro.no 975 10 683

Sendt fra min iPhone
""", client="iphone", cte="base64"),
        gold("existing_customer",
             P(v, "Skyvekraft AS", "Frode Lie", "frode.lie@skyvekraft.no", "+4793652071"),
             P(c, "Tunheim Elektro AS", "Elin Tunheim", "elin@tunheim-elektro.no", "+4797510683"),
             notes="Terse iPhone base64; 'kontakt meg' = sender from the From header (no signature)."),
        "terse iPhone base64; 'kontakt meg' with name and address only in From")

    v, c = org("92431186"), org("96470215")
    add("cA_029", build(
        "Øystein Rasmussen <oystein.rasmussen@kommunedata.no>",
        "Testtilgang RRH - Nordre Gjerde kommune",
        f"""Hei,

Kommunedata Vest AS leverer saksbehandlingssystem til kommunar. Ein av kundane våre, Nordre Gjerde kommune, ønskjer å delegere tilgangen sin i testmiljøet til oss.

Leverandør: Kommunedata Vest AS, org.nr. {sp(v)}
Kontaktperson: Øystein Rasmussen, oystein.rasmussen@kommunedata.no, 55 21 90 47

Kunde: Nordre Gjerde kommune, org.nr. {sp(c)}
Kontaktperson: Økonomiavdelinga v/ Jorunn Vatne, jorunn.vatne@nordregjerde.kommune.no, 57 69 30 00

Med helsing
Øystein Rasmussen
""", client="outlook", charset="iso-8859-1", cte="quoted-printable"),
        gold("existing_customer",
             P(v, "Kommunedata Vest AS", "Øystein Rasmussen", "oystein.rasmussen@kommunedata.no", "+4755219047"),
             P(c, "Nordre Gjerde kommune", "Jorunn Vatne", "jorunn.vatne@nordregjerde.kommune.no", "+4757693000"),
             notes="Nynorsk; municipality customer without legal form; 'Økonomiavdelinga v/ X' names X; ISO-8859-1 QP."),
        "nynorsk; municipality as customer; 'avdelinga v/ name'; Outlook ISO-8859-1 QP")

    v, c1, c2, c3 = org("93190445"), org("98002715"), org("97318840"), org("99510270")
    add("cA_030", build(
        "Synnøve Haug <synnove.haug@bilagsbanken.no>",
        "Testtilgang - delegering fra kunde",
        f"""Hei,

Bilagsbanken AS (org.nr {v}) ønsker testtilgang der en eksisterende kunde delegerer til oss. Vi har flere aktuelle kunder:

- Rørvik Handel AS ({c1})
- Elvebakken Barnehage SA ({c2})
- Granstua Holding AS ({c3})

Vi starter med Granstua Holding AS. Kontaktperson der er Leif Granstua, leif@granstua.no, tlf 908 63 174.

Vår kontaktperson er undertegnede, tlf 470 38 925.

Vennlig hilsen
Synnøve Haug
Bilagsbanken AS
""", client="gmail"),
        gold("existing_customer",
             P(v, "Bilagsbanken AS", "Synnøve Haug", "synnove.haug@bilagsbanken.no", "+4747038925"),
             P(c3, "Granstua Holding AS", "Leif Granstua", "leif@granstua.no", "+4790863174"),
             notes="Three customers listed; 'Vi starter med X' picks the delegating one; 'undertegnede' = sender."),
        "three customers listed, one picked ('Vi starter med ...'); 'undertegnede'")

    v, c = org("91208850"), org("98455013")
    add("cA_031", build(
        "Arne Kolstad <arne.kolstad@tabellen.no>",
        "RRH testmiljø - alternativ 2",
        f"""Hei,

Tabellen Systemer AS ønsker alternativ 2, der kunden vår Solvang Maskin AS delegerer tilgang til oss.

Tabellen Systemer AS, org.nr. {v}
Kontaktperson: Arne Kolstad, arne.kolstad@tabellen.no, 948 20 376

Solvang Maskin AS, org.nr. {c}
Kontaktperson hos kunden blir Trude.

Mvh Arne
""", client="thunderbird"),
        gold("existing_customer",
             P(v, "Tabellen Systemer AS", "Arne Kolstad", "arne.kolstad@tabellen.no", "+4794820376"),
             P(c, "Solvang Maskin AS", "Trude", None, None),
             notes="Customer contact by first name only: recorded as written; email and phone missing."),
        "customer contact by first name only; email and phone missing")

    v, c = org("92884407"), org("97205560")
    add("cA_032", build(
        "Kamilla Strøm <kamilla.strom@bokfort.no>",
        "Bestilling testtilgang, kundenr. 10448",
        f"""Hei,

Bokført AS ønsker å bestille testtilgang der vår kunde delegerer tilgang til oss.

Avtalenummer hos dere (fra tidligere Altinn-avtale): {org("81130662")}
Vårt org.nr.: {v}
Kontaktperson: Kamilla Strøm, kamilla.strom@bokfort.no, 413 58 209

Kunde: Havørn Rederi AS
Kundens org.nr.: {c}
Fakturanr. hos oss (referanse): 2026-118840
Kontaktperson: Even Torp, even.torp@havornrederi.no, 936 70 412

Hilsen
Kamilla Strøm
Bokført AS
""", client="outlook"),
        gold("existing_customer",
             P(v, "Bokført AS", "Kamilla Strøm", "kamilla.strom@bokfort.no", "+4741358209"),
             P(c, "Havørn Rederi AS", "Even Torp", "even.torp@havornrederi.no", "+4793670412"),
             notes="A nine-digit 'Avtalenummer' that passes mod 11 and an invoice reference are distractors."),
        "nine-digit agreement number (valid mod 11) and invoice number as distractors")

    v, c = org("91572788"), org("96644102")
    add("cA_033", build(
        "Siri Nygård <siri@nygard-revisjon.no>",
        "Testtilgang – kunde delegerer",
        f"""Hei,

Nygård Revisjon & Rådgivning AS har laget et verktøy for klientkontroll, og ønsker testtilgang der en av klientene våre delegerer tilgangen til oss.

Oss:
Nygård Revisjon & Rådgivning AS
Org.nr. NO {v} MVA
Kontaktperson: Siri Nygård
siri@nygard-revisjon.no
Mobil 984 15 720

Klient:
Bjerke Gartneri DA
Org.nr. {c}
Kontaktperson: Jon Olav Bjerke
jon.olav@bjerkegartneri.no
Mobil 467 29 031

Vennlig hilsen
Siri Nygård
Statsautorisert revisor
""", client="apple", charset="utf-8", cte="quoted-printable"),
        gold("existing_customer",
             P(v, "Nygård Revisjon & Rådgivning AS", "Siri Nygård", "siri@nygard-revisjon.no", "+4798415720"),
             P(c, "Bjerke Gartneri DA", "Jon Olav Bjerke", "jon.olav@bjerkegartneri.no", "+4746729031"),
             notes="'klient' for customer; '&' in the vendor name; DA customer; values on lines without labels."),
        "'klient' instead of kunde; '&' in name; DA legal form; unlabelled value lines; Apple Mail")

    v, c = org("92290738"), org("97871302")
    add("cA_034", build(
        "Tobias Brekken <tobias.brekken@faktura-flyt.no>",
        "Testtilgang for integrasjon",
        f"""Hei,

Vi i Fakturaflyt AS ønsker tilgang i testmiljøet hvor kunden vår Lyse Dagligvare AS gir oss tilgang via delegering.

Fakturaflyt AS, org.nr {v}
Kontaktperson: Tobias Brekken, tobias.brekken@faktura-flyt.no

Lyse Dagligvare AS, org.nr {c}
Kontaktperson: Vibeke Lyse, vibeke@lysedagligvare.no, 51 88 20 40

Med vennlig hilsen
Tobias Brekken
Fakturaflyt AS
""", client="outlook"),
        gold("existing_customer",
             P(v, "Fakturaflyt AS", "Tobias Brekken", "tobias.brekken@faktura-flyt.no", None),
             P(c, "Lyse Dagligvare AS", "Vibeke Lyse", "vibeke@lysedagligvare.no", "+4751882040"),
             notes="'kunden vår X gir oss tilgang via delegering' = option 2; vendor contact phone not given anywhere -> missing."),
        "option 2 in other words ('gir oss tilgang via delegering'); vendor phone not given")


def part3():
    # ---------------- direct_access ----------------
    o = org("93712605")
    add("cA_035", build(
        "Lars Kvernmo <lars.kvernmo@kystbanken.no>",
        "Bestilling av tilgang til RRH API - direkte tilgang",
        f"""Hei,

Kystbanken ASA er rapporteringspliktig etter hvitvaskingsloven og ønsker tilgang til API-ene i Register over reelle rettighetshavere for egen del.

Organisasjonsnummer: {o}
Navn: Kystbanken ASA

Testansvarlig:
Lars Kvernmo, lars.kvernmo@kystbanken.no, 995 12 830

Produksjonsansvarlig:
Hege Sunde, hege.sunde@kystbanken.no, 22 84 61 90

Med vennlig hilsen
Lars Kvernmo
Seksjon for antihvitvasking, Kystbanken ASA
""", client="outlook"),
        gold("direct_access", P(o, "Kystbanken ASA", "Lars Kvernmo", "lars.kvernmo@kystbanken.no", "+4799512830"),
             prod=C("Hege Sunde", "hege.sunde@kystbanken.no", "+4722846190"), lb="reporting_entity",
             notes="Bank orders for itself; reporting entity under the AML act; test and production contacts."),
        "bank orders for itself; reporting entity; test and production contacts")

    o = org("96485011")
    add("cA_036", build(
        "Kjellaug Aarflot <kjellaug.aarflot@sunnvika.kommune.no>",
        "Tilgang til API for reelle rettshavarar",
        f"""Hei,

Sunnvika kommune ønskjer tilgang til API-a i registeret over reelle rettshavarar. Me er offentleg styresmakt og treng opplysningane i tilsynsarbeidet vårt.

Organisasjonsnummer: {o}
Namn: Sunnvika kommune

Testansvarleg: Kjellaug Aarflot, kjellaug.aarflot@sunnvika.kommune.no, 70 19 44 02
Produksjonsansvarleg: IT-seksjonen v/ Ottar Brunstad, ottar.brunstad@sunnvika.kommune.no, 918 77 340

Helsing
Kjellaug Aarflot
Rådgjevar, Sunnvika kommune
Rådhusvegen 1, 6150 Sunnvika
""", client="outlook", charset="iso-8859-1", cte="8bit"),
        gold("direct_access", P(o, "Sunnvika kommune", "Kjellaug Aarflot", "kjellaug.aarflot@sunnvika.kommune.no", "+4770194402"),
             prod=C("Ottar Brunstad", "ottar.brunstad@sunnvika.kommune.no", "+4791877340"), lb="public_authority",
             notes="Nynorsk municipality, public authority; 'IT-seksjonen v/ X' names X; ISO-8859-1 8bit."),
        "nynorsk municipality (public authority); 'v/ name'; ISO-8859-1 8bit")

    o = org("99187634")
    add("cA_037", build(
        "Maja Solheim <maja.solheim@fjordposten.no>",
        "Access to the RRH API for our newsroom",
        f"""Hello,

Fjordposten AS is an editor-controlled news medium (member of the Norwegian Press Association). We would like direct access to the Register of Beneficial Owners API for our journalism.

Org. no.: {o}
Name: Fjordposten AS

Test contact: Maja Solheim, maja.solheim@fjordposten.no, +47 980 53 217
Production contact: Kenneth Aasen (our data editor), phone +47 473 18 206 - email to follow.

Best,
Maja Solheim
Data journalist
""", client="gmail"),
        gold("direct_access", P(o, "Fjordposten AS", "Maja Solheim", "maja.solheim@fjordposten.no", "+4798053217"),
             prod=C("Kenneth Aasen", None, "+4747318206"), lb="media",
             notes="English; news medium -> media; production email 'to follow' -> missing."),
        "English news medium (media); production email 'to follow'")

    o = org("92005541")
    add("cA_038", build(
        "Rune Hatlestad <rune@apenhetsnettverket.no>",
        "Søknad om API-tilgang RRH",
        f"""Hei,

Åpenhetsnettverket er en ideell sivilsamfunnsorganisasjon som arbeider mot korrupsjon og hvitvasking. Vi ønsker tilgang til API-et for reelle rettighetshavere.

Organisasjon: Åpenhetsnettverket
Org.nr.: {o}
Testansvarlig: Rune Hatlestad, rune@apenhetsnettverket.no, 401 85 236
Produksjonsansvarlig: samme person

Mvh
Rune Hatlestad
Daglig leder
""", client="thunderbird"),
        gold("direct_access", P(o, "Åpenhetsnettverket", "Rune Hatlestad", "rune@apenhetsnettverket.no", "+4740185236"),
             prod=C("Rune Hatlestad", "rune@apenhetsnettverket.no", "+4740185236"), lb="civil_society",
             notes="Civil society organisation without legal form; production contact 'samme person' = the test contact."),
        "civil society organisation without legal form; production contact 'samme person'")

    # ---------------- unspecified ----------------
    o = org("91736624")
    add("cA_039", build(
        "Kristian Haugen <kristian.haugen@regnestokk.no>",
        "Tilgang testmiljø RRH",
        f"""Hei,

Vi ønsker tilgang til testmiljøet for Register over reelle rettighetshavere.

Regnestokk AS
Org.nr.: {o}
Kontaktperson: Kristian Haugen
E-post: kristian.haugen@regnestokk.no
Tlf.: 932 60 581

Mvh
Kristian Haugen
""", client="outlook"),
        gold("unspecified", P(o, "Regnestokk AS", "Kristian Haugen", "kristian.haugen@regnestokk.no", "+4793260581"),
             notes="Complete applicant but no option named: unspecified."),
        "complete applicant, no option said")

    o = org("92719364")
    add("cA_040", build(
        "Sophie Larsen <sophie.larsen@quillbyte.example>",
        "RRH sandbox access",
        f"""Hi there,

Quillbyte Norway AS (org. no. {o}) builds onboarding software for Norwegian law firms. Could you please give us access to the RRH test environment?

Contact: Sophie Larsen, sophie.larsen@quillbyte.example

Cheers,
Sophie
""", client="gmail"),
        gold("unspecified", P(o, "Quillbyte Norway AS", "Sophie Larsen", "sophie.larsen@quillbyte.example", None),
             notes="English request as a question; no option; no phone."),
        "English polite request as a question; no option; no phone")

    o = org("99347106")
    add("cA_041", build(
        "Eirin Bolstad <eirin.bolstad@lauvtre.no>",
        "Testtilgang",
        f"""Hei,

Eg vil gjerne tinge testtilgang til RRH for Lauvtre Data AS, orgnr {sp(o)}. Eg er kontaktperson, telefon 474 02 691.

Helsing Eirin Bolstad
Lauvtre Data AS
""", client="thunderbird", charset="iso-8859-1", cte="8bit"),
        gold("unspecified", P(o, "Lauvtre Data AS", "Eirin Bolstad", "eirin.bolstad@lauvtre.no", "+4747402691"),
             notes="Nynorsk; 'Eg er kontaktperson' = sender (email from From); no option."),
        "nynorsk; 'Eg er kontaktperson'; no option; ISO-8859-1 8bit")

    o = org("93540218")
    html = f"""<html><body><p>Hei,</p>
<p>Vi ønsker å bestille tilgang til testmiljøet for API-ene deres.</p>
<p><b>Firma:</b> Østbye Lønn &amp; Personal AS<br><b>Org.nr.:</b> {o}<br>
<b>Kontaktperson:</b> Tiril Østbye<br><b>E-post:</b> <a href="mailto:tiril@ostbye-lonn.no">tiril@ostbye-lonn.no</a><br>
<b>Telefon:</b> 22&nbsp;41&nbsp;58&nbsp;30</p>
<p>Vennlig hilsen<br>Tiril Østbye</p></body></html>"""
    add("cA_042", build(
        "Tiril Østbye <tiril@ostbye-lonn.no>",
        "Bestilling av testtilgang",
        html=html, client="outlook", charset="windows-1252", cte="quoted-printable"),
        gold("unspecified", P(o, "Østbye Lønn & Personal AS", "Tiril Østbye", "tiril@ostbye-lonn.no", "+4722415830"),
             notes="Outlook HTML-only windows-1252; complete applicant, no option."),
        "Outlook HTML-only windows-1252; no option; '&amp;' in name")

    # ---------------- not_an_order ----------------
    add("cA_043", build(
        "Gunhild Rekdal <gunhild.rekdal@kvasirdata.no>",
        "Automatisk svar: Testtilgang RRH",
        """Takk for e-posten din. Jeg er på ferie til og med 23. november og har begrenset tilgang til e-post.

Ved hastesaker, kontakt Eskil Vang på eskil.vang@kvasirdata.no eller 412 66 093.

Med vennlig hilsen
Gunhild Rekdal
Kvasir Data AS
""", client="outlook", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
        gold("not_an_order", notes="Norwegian out-of-office auto-reply with a substitute contact: nothing is extracted."),
        "Norwegian out-of-office with substitute contact and phone")

    o = org("91860477")
    add("cA_044", build(
        "Trond Eliassen <trond@eliassen-regnskap.no>",
        "Kan regnskapsbyrå få testtilgang?",
        f"""Hei,

Vi er et lite regnskapsbyrå som vurderer å lage en enkel integrasjon mot RRH. Kan vi få testtilgang, eller er det bare for systemleverandører? Og hva koster det?

Mvh
Trond Eliassen
Eliassen Regnskap AS, org.nr. {o}
Tlf 33 45 12 80
""", client="gmail"),
        gold("not_an_order", notes="Eligibility question ('Kan vi få testtilgang ...?'), no order; org number and phone in the signature are not extracted."),
        "eligibility question; org number and phone in signature")

    o = org("97044180")
    add("cA_045", build(
        "Nora Hestnes <nora.hestnes@midtlandbank.no>",
        "Produksjonstilgang RRH API",
        f"""Hei,

Vi har testet ferdig i testmiljøet og ønsker nå å gå i produksjon. Vi ber om tilgang til det ordinære API-et.

Midtland Bank ASA, org.nr. {o}, rapporteringspliktig etter hvitvaskingsloven.
Produksjonsansvarlig: Nora Hestnes, nora.hestnes@midtlandbank.no, 902 71 538

Mvh Nora Hestnes
""", client="outlook"),
        gold("not_an_order", notes="Request for production access (go live): not_an_order even with contacts and a legal basis."),
        "production access request with full details")

    o = org("92301459")
    add("cA_046", build(
        "Ådne Stokke <adne.stokke@gransking.no>",
        "Status på bestilling?",
        f"""Hei,

Vi sendte en bestilling på testtilgang med fiktiv virksomhet for to uker siden, men har ikke hørt noe. Kan dere sjekke status?

Mvh
Ådne Stokke
Gransking Systemer AS | org.nr. {o}
Mobil 951 84 307
""", client="apple"),
        gold("not_an_order", notes="Status question about an earlier order; mentions the option but orders nothing."),
        "status question about an earlier order; option named; org number in signature")

    add("cA_047", build(
        "Regnskap Norge Nytt <nyhetsbrev@regnskapnytt.example>",
        "Nyhetsbrev november: Slik bestiller du testtilgang til RRH",
        """NYHETSBREV - NOVEMBER 2026

Slik kommer du i gang med Register over reelle rettighetshavere
Systemleverandører kan bestille testtilgang på to måter: med en fiktiv virksomhet eller ved at en eksisterende kunde delegerer tilgang. Send organisasjonsnummer, navn og kontaktperson til registeret.

Eksempel:
Org.nr.: 999 999 999
Navn: Eksempel AS
Kontaktperson: Ola Nordmann, ola@eksempel.no, 900 00 000

Du mottar dette nyhetsbrevet fordi du abonnerer. Meld deg av her: https://regnskapnytt.example/avmeld
""", html=None, client="plain",
        extra={"List-Unsubscribe": "<https://regnskapnytt.example/avmeld?u=8812>", "Precedence": "bulk"}),
        gold("not_an_order", notes="Bulk newsletter with an example order: not an order."),
        "bulk newsletter (List-Unsubscribe, Precedence: bulk) with an example order")

    add("cA_048", build(
        "Daniel Obi <daniel.obi@brightseam.example>",
        "Question on RRH API rate limits",
        """Hi,

We already have test access through a fictitious enterprise. Could you tell us what the rate limits are in the test environment, and whether the response format will change in 2027?

Thanks,
Daniel Obi
Brightseam AS
+47 918 26 405
""", client="outlook_en"),
        gold("not_an_order", notes="Technical question from a vendor with access already; not an order."),
        "English technical question from a vendor that already has access")

    add("cA_049", build(
        "Fredrik Holm <fredrik.holm@polarkode.no>",
        "Out of Office: RRH test access",
        """I am out of the office until 30 November with limited access to email. For urgent matters, please contact support@polarkode.no or call +47 23 65 40 00.

Jeg er ute av kontoret til 30. november.
""", client="outlook_en", extra={"Auto-Submitted": "auto-replied"}),
        gold("not_an_order", notes="Bilingual out-of-office auto-reply."),
        "English/Norwegian out-of-office with switchboard number")

    o = org("91402273")
    add("cA_050", build(
        "Ragnhild Vold <ragnhild.vold@kvernstein.no>",
        "Forskjell på alternativ 1 og 2?",
        f"""Hei,

Før vi bestiller: hva er egentlig forskjellen på alternativ 1 (fiktiv virksomhet) og alternativ 2 (kunde delegerer)? Kan vi bytte senere? Vi bestiller når vi har bestemt oss.

Vennlig hilsen
Ragnhild Vold
Kvernstein Software AS, org.nr. {o}
Tlf. 482 90 617
""", client="gmail"),
        gold("not_an_order", notes="Question about the options before ordering ('Vi bestiller når ...'): not an order."),
        "question comparing the two options, order deferred")


def bot_quote_no(ref, lines, prefix="> "):
    txt = [f"Takk for bestillingen. Den er registrert med referanse {ref}.", "",
           "For å behandle bestillingen mangler vi:"] + [f"- {x}" for x in lines] + [
           "", "Svar på denne e-posten med opplysningene som mangler, og behold referansen i emnefeltet."]
    return "\n".join(prefix + t if t else prefix.rstrip() for t in txt)


def thread(name, mails, g, summary):
    THREADS.append((name, mails, g, summary))


def reply(frm, ref_no, subj, body, first_id, client, when, **kw):
    bot = f"<rrh-2026-{ref_no:04d}-1@brreg.no>"
    return build(frm, f"Re: [RRH-2026-{ref_no:04d}] {subj}", body, client=client, when=when,
                 extra={"In-Reply-To": bot, "References": f"{first_id} {bot}"}, **kw)


def part4():
    from datetime import datetime, timezone, timedelta
    tz = timezone(timedelta(hours=1))

    # t01 fictitious, phone missing then supplied
    o = org("92566108")
    frm = "Vilde Hammerstad <vilde.hammerstad@brattli-soft.no>"
    s = "Testtilgang RRH - fiktiv virksomhet"
    m1 = build(frm, s, f"""Hei,

Brattli Soft AS ønsker tilgang til testmiljøet med en fiktiv virksomhet som vi selv delegerer fra.

Org.nr.: {o}
Kontaktperson: Vilde Hammerstad
E-post: vilde.hammerstad@brattli-soft.no

Mvh Vilde
""", client="gmail", when=datetime(2026, 11, 16, 9, 12, tzinfo=tz))
    m2 = reply(frm, 311, s, f"""Hei,

Telefonnummeret mitt er 458 12 093.

Vilde

Den man. 16. nov. 2026 kl. 09:20 skrev <opendata.rrh@brreg.no>:
{bot_quote_no("RRH-2026-0311", ["telefonnummer til kontaktpersonen"])}
""", m1["Message-ID"], "gmail", datetime(2026, 11, 16, 10, 2, tzinfo=tz))
    thread("cA_t01", [m1, m2],
           gold("fictitious_customer", P(o, "Brattli Soft AS", "Vilde Hammerstad", "vilde.hammerstad@brattli-soft.no", "+4745812093"),
                notes="First mail lacks the phone; the reply supplies it. Final state complete."),
           "phone missing in the first mail, supplied in the reply; Gmail quote of the receipt")

    # t02 existing, customer contact supplied in reply
    v, c = org("91977016"), org("98620314")
    frm = "Hallvard Dahle <hallvard.dahle@kontoplan.no>"
    s = "Bestilling testtilgang - delegering fra kunde"
    m1 = build(frm, s, f"""Hei,

Kontoplan AS (org.nr. {v}) ønsker testtilgang der kunden vår Frøya Havbruk AS (org.nr. {c}) delegerer tilgangen til oss.

Kontaktperson hos oss: Hallvard Dahle, hallvard.dahle@kontoplan.no, 907 45 318.
Kontaktperson hos kunden avklarer jeg med dem og kommer tilbake.

Med vennlig hilsen
Hallvard Dahle
Kontoplan AS
""", client="outlook", when=datetime(2026, 11, 17, 13, 40, tzinfo=tz))
    m2 = reply(frm, 318, s, f"""Hei,

Kontaktperson hos Frøya Havbruk AS blir Liv Strand, liv.strand@froyahavbruk.no, tlf. 72 44 81 50.

Mvh Hallvard

Fra: opendata.rrh@brreg.no <opendata.rrh@brreg.no>
Sendt: tirsdag 17. november 2026 13:45
Til: Hallvard Dahle <hallvard.dahle@kontoplan.no>
Emne: [RRH-2026-0318] {s}

{bot_quote_no("RRH-2026-0318", ["kontaktperson hos kunden (navn)", "kundens kontaktperson: e-post", "kundens kontaktperson: telefon"], prefix="")}
""", m1["Message-ID"], "outlook", datetime(2026, 11, 18, 8, 55, tzinfo=tz))
    thread("cA_t02", [m1, m2],
           gold("existing_customer",
                P(v, "Kontoplan AS", "Hallvard Dahle", "hallvard.dahle@kontoplan.no", "+4790745318"),
                P(c, "Frøya Havbruk AS", "Liv Strand", "liv.strand@froyahavbruk.no", "+4772448150"),
                notes="Customer contact promised in the first mail, given in the reply; Outlook quote block of the receipt."),
           "customer contact added in the reply; Outlook Fra:/Sendt: quote of the receipt")

    # t03 direct access, three mails
    o = org("97455120")
    frm = "Jorunn Kaldestad <jorunn.kaldestad@havbruksforsikring.no>"
    s = "Tilgang RRH API"
    m1 = build(frm, s, f"""Hei,

Havbruksforsikring AS ønsker direkte tilgang til API-ene for reelle rettighetshavere.

Org.nr.: {o}
Testansvarlig: Jorunn Kaldestad, jorunn.kaldestad@havbruksforsikring.no, 55 97 20 13

Produksjonsansvarlig får dere fra IT-sjefen vår.

Mvh Jorunn Kaldestad
Havbruksforsikring AS
""", client="outlook", when=datetime(2026, 11, 19, 10, 5, tzinfo=tz))
    m2 = build("Petter Nesheim <petter.nesheim@havbruksforsikring.no>", f"Re: [RRH-2026-0325] {s}", """Hei,

Jeg blir produksjonsansvarlig: Petter Nesheim, petter.nesheim@havbruksforsikring.no, 928 30 471.

Petter Nesheim
IT-sjef, Havbruksforsikring AS
""", client="outlook", when=datetime(2026, 11, 19, 14, 30, tzinfo=tz),
        extra={"In-Reply-To": "<rrh-2026-0325-1@brreg.no>", "References": f"{m1['Message-ID']} <rrh-2026-0325-1@brreg.no>"})
    m3 = reply(frm, 325, s, f"""Hei igjen,

Glemte å skrive grunnlaget: vi er et forsikringsselskap og rapporteringspliktige etter hvitvaskingsloven.

Mvh Jorunn

> Takk for bestillingen. Den er registrert med referanse RRH-2026-0325.
> For å behandle bestillingen mangler vi:
> - rettslig grunnlag for tilgangen
""", m1["Message-ID"], "outlook", datetime(2026, 11, 20, 9, 15, tzinfo=tz))
    thread("cA_t03", [m1, m2, m3],
           gold("direct_access", P(o, "Havbruksforsikring AS", "Jorunn Kaldestad", "jorunn.kaldestad@havbruksforsikring.no", "+4755972013"),
                prod=C("Petter Nesheim", "petter.nesheim@havbruksforsikring.no", "+4792830471"), lb="reporting_entity",
                notes="Direct access; production contact from a colleague at the same domain (02), legal basis in 03."),
           "direct access built over three mails: production contact from a colleague (same domain), legal basis last")

    # t04 unspecified -> fictitious
    o = org("93266037")
    frm = "Mathias Kleppe <mathias@kleppekode.no>"
    s = "Testtilgang"
    m1 = build(frm, s, f"""Hei,

Kleppekode AS, org.nr {o}, ønsker testtilgang til RRH. Kontakt: Mathias Kleppe, mathias@kleppekode.no, 996 31 508.

Mathias
""", client="apple", when=datetime(2026, 11, 23, 15, 0, tzinfo=tz))
    m2 = reply(frm, 342, s, """Hei,

Vi tar alternativet med fiktiv virksomhet, vi delegerer selv.

Mathias

> 23. nov. 2026 kl. 15:04 skrev opendata.rrh@brreg.no:
>
> Takk for bestillingen. Hvilken måte ønsker dere: fiktiv virksomhet eller delegering fra en eksisterende kunde?
""", m1["Message-ID"], "apple", datetime(2026, 11, 23, 15, 40, tzinfo=tz))
    thread("cA_t04", [m1, m2],
           gold("fictitious_customer", P(o, "Kleppekode AS", "Mathias Kleppe", "mathias@kleppekode.no", "+4799631508"),
                notes="First mail unspecified; the reply chooses option 1."),
           "unspecified first mail; the reply chooses the fictitious enterprise; Apple Mail")

    # t05 existing, correction of customer email
    v, c = org("92044785"), org("97988113")
    frm = "Susanne Berg <susanne.berg@arkivlinje.no>"
    s = "RRH testtilgang - eksisterende kunde"
    m1 = build(frm, s, f"""Hei,

Arkivlinje AS ønsker testtilgang der en eksisterende kunde delegerer tilgang til oss.

Leverandør: Arkivlinje AS, {v}
Kontaktperson: Susanne Berg, susanne.berg@arkivlinje.no, 469 72 140

Kunde: Tindefjell Hytteutleie AS, {c}
Kontaktperson: Aslak Tinde, aslak@tindefjel.no, 917 30 862

Mvh Susanne
""", client="thunderbird", when=datetime(2026, 11, 24, 11, 20, tzinfo=tz))
    m2 = reply(frm, 350, s, """Hei,

Rettelse: e-postadressen til Aslak Tinde er aslak@tindefjell.no (med to l), ikke det jeg skrev.

Mvh Susanne

On 24.11.2026 11:25, opendata.rrh@brreg.no wrote:
> Takk for bestillingen. Den er registrert med referanse RRH-2026-0350.
> Kundens kontaktperson: Aslak Tinde, aslak@tindefjel.no
""", m1["Message-ID"], "thunderbird", datetime(2026, 11, 24, 12, 3, tzinfo=tz))
    thread("cA_t05", [m1, m2],
           gold("existing_customer",
                P(v, "Arkivlinje AS", "Susanne Berg", "susanne.berg@arkivlinje.no", "+4746972140"),
                P(c, "Tindefjell Hytteutleie AS", "Aslak Tinde", "aslak@tindefjell.no", "+4791730862"),
                notes="Complete first mail; the reply corrects the customer contact's email; the quoted receipt repeats the old one."),
           "complete order; reply corrects the customer email; quoted receipt repeats the old address")
