# fictitious_customer singles: bB_001 .. bB_019
# ---- 001 nynorsk, Thunderbird latin-1 8bit, "eg er kontaktperson"
o = Org(); p = Ph()
m = build("Sigrun Hauge <sigrun@vossadata.no>", "Testtilgang til RRH - fiktiv verksemd",
          "Mon, 02 Nov 2026 09:14:22 +0100", mid_uuid("vossadata.no"),
          text=f"""Hei!

Vossadata AS lagar fagsystem for rekneskapsbyrå, og no vil me gjerne
koma i gang med å testa mot registeret over reelle rettshavarar.

Me bed difor om at de opprettar ei fiktiv verksemd i testmiljøet, som me
sjølve kan delegera tilgang frå.

Orgnr. {o.sp()}
Eg er kontaktperson for testinga.

Med helsing
Sigrun Hauge
utviklar, Vossadata AS
mob. {p.s3()}
""", charset="iso-8859-1", cte="8bit", flowed=True, headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "nn-NO")])
add("bB_001", "nynorsk; 'Eg er kontaktperson' so the contact is the signer (email from From); Thunderbird ISO-8859-1 8bit flowed",
    label("fictitious_customer", (o, "Vossadata AS", "Sigrun Hauge", "sigrun@vossadata.no", p),
          notes="Nynorsk option 1 ('fiktiv verksemd ... sjølve kan delegera tilgang frå'). 'Eg er kontaktperson' makes the signer the contact; address from From, phone from the signature line 'mob.'."), m)

# ---- 002 English, international vendor with NUF, Gmail
o = Org(); p = Ph()
txt = f"""Hello,

We're a UK-based KYC software company and recently registered a Norwegian branch,
Lintwhite Compliance Ltd NUF (org. no. {o.d}). Several of our Norwegian customers
have asked for a connector to the beneficial ownership register, so we'd like to
start building against your test environment.

Our preference is that you set up a made-up (fictitious) organisation in the test
environment for us. We would then handle the delegation of access from it to our
own organisation ourselves.

Technical contact for the test phase:
  Name:  Graham Oduya
  Email: graham.oduya@lintwhite.example
  Mobile (NO): +47 {p.s3()}

Kind regards,
Helen Marsh
Head of Partnerships | Lintwhite Compliance
"""
m = build("Helen Marsh <helen.marsh@lintwhite.example>", "Request: RRH test environment access (Norwegian branch)",
          "Tue, 3 Nov 2026 14:02:51 +0000", mid_gmail(), text=txt, html=text2html(txt))
add("bB_002", "English; foreign vendor's Norwegian NUF; 'made-up (fictitious) organisation'; contact is not the sender; Gmail alternative",
    label("fictitious_customer", (o, "Lintwhite Compliance Ltd NUF", "Graham Oduya", "graham.oduya@lintwhite.example", p),
          notes="Option 1 in English with 'made-up (fictitious) organisation' and 'handle the delegation ... ourselves'. Applicant is the NUF branch. The technical contact is Graham Oduya, not the sender Helen Marsh."), m)

# ---- 003 very short, iPhone
o = Org(); p = Ph()
m = build("Jon Are Berntsen <jon.are@piltregnskap.no>", "RRH test",
          "Wed, 04 Nov 2026 07:41:09 +0100", mid_uuid("piltregnskap.no", upper=True),
          text=f"""Hei. Vil gjerne ha fiktiv virksomhet i RRH-test.
Pilt Regnskapsdata AS {o.d}
Jon Are Berntsen jon.are@piltregnskap.no {p.d}

Sendt fra min iPhone""", headers=[("X-Mailer", "iPhone Mail (22B91)")])
add("bB_003", "very short mail from iPhone; all details run together on two lines without labels",
    label("fictitious_customer", (o, "Pilt Regnskapsdata AS", "Jon Are Berntsen", "jon.are@piltregnskap.no", p),
          notes="Three lines. Name+org number on one line, contact name+email+phone on the next, no labels. Complete."), m)

# ---- 004 all lower case, Android, phone later -> missing
o = Org()
t = f"""hei

vi i krokholmen it as trenger testtilgang til rrh og ønsker at dere lager en fiktiv virksomhet til oss som vi kan delegere fra selv. orgnr {o.sp()}. kontaktperson blir line marie krokholmen, line@krokholmen-it.no. tlf kommer, har ikke jobbmobil enda

mvh line

Sendt fra Outlook for Android"""
m = build("line@krokholmen-it.no", "testtilgang rrh", "Thu, 05 Nov 2026 22:47:30 +0100", mid_outlook(),
          text=t, cte="base64", headers=[("X-Mailer", "Outlook for Android")])
add("bB_004", "all lower case; company name lower case; phone 'kommer' (placeholder); bare From address; Outlook for Android base64",
    label("fictitious_customer", (o, "krokholmen it as", "line marie krokholmen", "line@krokholmen-it.no", None),
          notes="All lower case, names as written. The phone is promised later ('tlf kommer'): missing."), m)

# ---- 005 Swedish vendor with NUF
o = Org(); p = Ph("se", cc="46"); se = "556" + "".join(str(RNG.randrange(10)) for _ in range(3)) + "-" + "".join(str(RNG.randrange(10)) for _ in range(4))
t = f"""Hej!

Vi på Norrsken Ägarregister AB utvecklar en tjänst för bankernas kundkontroll och
vill nu ansöka om åtkomst till testmiljön för RRH. Vi har en norsk filial,
Norrsken Ägarregister NUF, med organisationsnummer {o.sp()} i Enhetsregistret
(det svenska bolagets org.nr är {se}).

Vi vill helst att ni skapar ett påhittat företag i testmiljön, så att vi själva
kan delegera åtkomsten därifrån till filialen.

Kontaktperson: Elin Sjöqvist
E-post: elin.sjoqvist@norrsken-agare.example
Mobil: +46 {p.d[:2]} {p.d[2:5]} {p.d[5:7]} {p.d[7:]}

Med vänliga hälsningar
Elin Sjöqvist
Norrsken Ägarregister AB"""
m = build("Elin Sjöqvist <elin.sjoqvist@norrsken-agare.example>", "Ansökan om teståtkomst RRH",
          "Fri, 06 Nov 2026 10:20:00 +0100", mid_outlook(), text=t, html=text2html(t), charset="utf-8")
add("bB_005", "Swedish; 'påhittat företag' for the fictitious enterprise; NUF org number vs Swedish org.nr; +46 mobile; parent AB named first",
    label("fictitious_customer", (o, "Norrsken Ägarregister NUF", "Elin Sjöqvist", "elin.sjoqvist@norrsken-agare.example", p),
          notes="Swedish. The applicant with a Norwegian org number is the NUF branch; the Swedish AB number (556...) is not an org number. +46 phone kept."), m)

# ---- 006 Danish vendor NUF
o = Org(); p = Ph("dk", cc="45"); cvr = "".join(str(RNG.randrange(10)) for _ in range(8))
t = f"""Kære Brønnøysundregistrene

Hermed en anmodning om adgang til testmiljøet for registeret over reelle ejere.
Vi er Skovbo Datasystemer ApS (CVR {cvr}) og har filialen Skovbo Datasystemer NUF
i Norge, org.nr. {o.sp()}. Det er filialen, der skal have adgangen.

Vi ønsker den løsning, hvor I opretter en fiktiv virksomhed, som vi selv
uddelegerer adgang fra.

Kontakt under testen: Mads Kjærgaard, mk@skovbo-data.example, tlf. +45 {p.s2()}

Venlig hilsen
Mads Kjærgaard
Skovbo Datasystemer"""
m = build("Mads Kjærgaard <mk@skovbo-data.example>", "Adgang til testmiljø - RRH",
          "Mon, 09 Nov 2026 13:55:12 +0100", mid_uuid("skovbo-data.example", upper=True),
          text=t, charset="iso-8859-1", cte="quoted-printable", headers=[("X-Mailer", "Apple Mail (2.3776.700.51)")])
add("bB_006", "Danish; CVR number next to the NUF org number; 'fiktiv virksomhed ... selv uddelegerer'; +45 phone; ISO-8859-1 QP",
    label("fictitious_customer", (o, "Skovbo Datasystemer NUF", "Mads Kjærgaard", "mk@skovbo-data.example", p),
          notes="Danish. The branch is the applicant ('Det er filialen, der skal have adgangen'); the 8-digit CVR is not an org number."), m)

# ---- 007 consultant writes for the vendor
o = Org(); p = Ph(); pc = Ph()
t = f"""Hei,

Jeg er innleid konsulent hos Fjellvik Lønn AS og hjelper dem med integrasjonen mot
RRH. På vegne av Fjellvik Lønn AS (org.nr {o.sp()}) bestiller jeg herved
testtilgang med en fiktiv virksomhet som de selv kan delegere tilgang fra.

Kontaktperson hos Fjellvik Lønn er Ørjan Tveit, orjan.tveit@fjellvik-lonn.no,
telefon {p.s3()}. Send gjerne kopi til meg også, men det er Ørjan som eier saken.

Vennlig hilsen

Kristin Aamodt
Seniorkonsulent
Bjørkhaug Rådgivning AS
Tlf: {pc.s3()}
kristin@bjorkhaug-radgivning.no"""
m = build("Kristin Aamodt <kristin@bjorkhaug-radgivning.no>", "Testtilgang RRH for Fjellvik Lønn AS",
          "Tue, 10 Nov 2026 08:31:40 +0100", mid_outlook(), text=t, html=text2html(t), charset="windows-1252",
          cc="orjan.tveit@fjellvik-lonn.no")
add("bB_007", "consultant from another firm orders for the vendor; the consultant's own firm, phone and email in the signature are not the applicant's",
    label("fictitious_customer", (o, "Fjellvik Lønn AS", "Ørjan Tveit", "orjan.tveit@fjellvik-lonn.no", p),
          notes="The writer is a consultant at Bjørkhaug Rådgivning AS; the applicant is Fjellvik Lønn AS and its contact Ørjan Tveit. The consultant's phone/email are never used."), m)

# ---- 008 long mail, disclaimers, Outlook windows-1252 multipart
o = Org(); p = Ph(); psw = Ph("land")
t = f"""Hei,

Takk for et nyttig webinar forrige uke om RRH og tilgangsløsningene. Vi har i etterkant hatt
en intern gjennomgang av hvordan vi skal bygge inn oppslag mot registeret i produktet vårt
Kvartal Kundekontroll, som i dag brukes av rundt 140 regnskapsførere og et knippe mindre
eiendomsmeglere. Planen er å ha en første versjon klar til pilot i løpet av første kvartal,
og vi ønsker derfor å starte utviklingen mot testmiljøet så snart som mulig.

Vi har lest gjennom dokumentasjonen og forstått det slik at vi som systemleverandør har to
muligheter. Ettersom ingen av kundene våre har fått tilgang ennå, er det mest praktisk for
oss at dere oppretter en fiktiv virksomhet i testmiljøet, som vi selv delegerer tilgang fra.

Opplysninger om oss:

Virksomhet:        Kvartal Programvare AS
Organisasjonsnr.:  {o.mva()}
Testansvarlig:     Henrik Solstad
E-post:            henrik.solstad@kvartal-programvare.no
Mobil:             {p.s2()}

Vi har også et par spørsmål vi gjerne vil ha svar på når dere har tid (de trenger ikke
besvares før tilgangen opprettes): Finnes det en øvre grense for antall kall per minutt i
testmiljøet, og blir testdataene nullstilt med jevne mellomrom? Vi ser også fram til mer
informasjon om når produksjonstilgang kan bestilles.

På forhånd takk for hjelpen.

Med vennlig hilsen

Henrik Solstad
Fagansvarlig integrasjoner
Kvartal Programvare AS
Sentralbord: {psw.s2()}
www.kvartal-programvare.no

--------------------------------------------------------------------------------
{DISCLAIMER_NO}

{DISCLAIMER_EN}
--------------------------------------------------------------------------------"""
m = build("Henrik Solstad <henrik.solstad@kvartal-programvare.no>", "Bestilling av testtilgang til RRH - Kvartal Programvare AS",
          "Wed, 11 Nov 2026 15:12:03 +0100", mid_outlook(), text=t, html=text2html(t), charset="windows-1252",
          headers=[("Thread-Topic", "Bestilling av testtilgang til RRH - Kvartal Programvare AS"), ("Content-Language", "nb-NO")])
add("bB_008", "long mail with background, questions and a bilingual disclaimer; org number in 'NO ... MVA' form; switchboard landline in signature is a distractor; Outlook windows-1252 QP",
    label("fictitious_customer", (o, "Kvartal Programvare AS", "Henrik Solstad", "henrik.solstad@kvartal-programvare.no", p),
          notes="Long mail. The product name 'Kvartal Kundekontroll' is not the enterprise. Mobile from the form, not the switchboard. The mention of production access later is a question, not a request."), m)

# ---- 009 Outlook HTML-only table label/value
o = Org(); p = Ph()
rows = [("Virksomhetens navn", "Havbris Systemutvikling AS"), ("Organisasjonsnummer", o.sp()),
        ("Ønsket løsning", "Fiktiv virksomhet (alternativ 1)"), ("Kontaktperson test", "Eirin Lode"),
        ("E-post", "eirin.lode@havbris.no"), ("Mobil", p.s3())]
cells = "".join(f'<tr><td style="border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal><b>{a}</b></p></td>'
                f'<td style="border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>{b}</p></td></tr>\n' for a, b in rows)
h = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}}</style></head>
<body lang="NB" link="#467886"><div class="WordSection1">
<p class=MsoNormal>God dag,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Vi ber om testtilgang til RRH. Opplysningene står i tabellen under.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
{cells}</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Mvh<br>Eirin Lode<br>Havbris Systemutvikling<o:p></o:p></p>
</div></body></html>"""
m = build("Eirin Lode <eirin.lode@havbris.no>", "Testtilgang RRH", "Thu, 12 Nov 2026 11:05:44 +0100", mid_outlook(),
          html=h, charset="windows-1252", headers=[("X-MS-Has-Attach", ""), ("Accept-Language", "nb-NO, en-US")])
add("bB_009", "Outlook HTML-only two-column table (label | value) with the option as a row; windows-1252 QP",
    label("fictitious_customer", (o, "Havbris Systemutvikling AS", "Eirin Lode", "eirin.lode@havbris.no", p),
          notes="All details in an HTML table; the option is a table row 'Fiktiv virksomhet (alternativ 1)'."), m)

# ---- 010 contact details spread over body and signature ("ta kontakt med meg")
o = Org(); p = Ph()
t = f"""Hei!

Vi ønsker å teste oppslag mot RRH og ber om at det opprettes en fiktiv
testvirksomhet for oss, som vi delegerer tilgangen fra på egen hånd.
Organisasjonsnummeret vårt er {o.dot()}.

Er det noe dere lurer på, ta kontakt med meg.

Hilsen
Tone Vatnaland
Daglig leder

Vatnaland Data AS
Tlf. {p.s2()}
tone@vatnaland.no"""
m = build("Tone Vatnaland <tone@vatnaland.no>", "Fiktiv virksomhet i RRH test", "Fri, 13 Nov 2026 12:44:10 +0100",
          mid_uuid("vatnaland.no"), text=t, charset="utf-8", cte="8bit", headers=[("User-Agent", "Roundcube Webmail/1.6.9")])
add("bB_010", "contact only implied by 'ta kontakt med meg'; name, company, phone and email all in the signature; org number with dots; Roundcube utf-8 8bit",
    label("fictitious_customer", (o, "Vatnaland Data AS", "Tone Vatnaland", "tone@vatnaland.no", p),
          notes="'ta kontakt med meg' makes the signer the contact. Company name only in the signature. Title 'Daglig leder' is not part of the name."), m)

# ---- 011 typos
o = Org(); p = Ph()
t = f"""Hei

Vi ønkser å bestile tilgang till testmiljøt for RRH med fiktivt virksomet (altså
løsnig 1) så vi kan deligere til oss selv.

Firmanavn: Grøtvik Sytemer AS
Orgnummer: {o.sp()}
Kontaktpersjon: Vegard Grøtvik
Epost: vegard@grotvik-systemer.no
Telfon: {p.s3()}

mvh Vegard"""
m = build("Vegard Grøtvik <vegard@grotvik-systemer.no>", "bestiling testilgang", "Mon, 16 Nov 2026 19:03:55 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_011", "typos everywhere (labels, request, option words, and a misspelt company name that is recorded as written)",
    label("fictitious_customer", (o, "Grøtvik Sytemer AS", "Vegard Grøtvik", "vegard@grotvik-systemer.no", p),
          notes="Typos in nearly every word. The company name 'Grøtvik Sytemer AS' is kept as written (the domain suggests 'Systemer', but the label is what the mail says)."), m)

# ---- 012 invalid org number
o = Org(valid=False); p = Ph()
t = f"""Hei,

Oppdal Fagdata AS ønsker tilgang til testmiljøet for RRH via en fiktiv virksomhet
som vi selv delegerer fra.

Org.nr.: {o.sp()}
Kontakt: Marte Sandvold
marte.sandvold@oppdalfagdata.no
{p.s3()}

Vennlig hilsen
Marte Sandvold"""
m = build("Marte Sandvold <marte.sandvold@oppdalfagdata.no>", "Tilgang testmiljø RRH", "Tue, 17 Nov 2026 09:09:09 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_012", "org number with a wrong mod-11 check digit; contact lines without labels",
    label("fictitious_customer", (o, "Oppdal Fagdata AS", "Marte Sandvold", "marte.sandvold@oppdalfagdata.no", p),
          invalid=["applicant.org_number"], notes="The org number fails mod 11: reported as written and invalid."), m)

# ---- 013 invalid phone (43 series)
o = Org(); p = Ph(invalid="43")
t = f"""Hallo,

Vi er en liten leverandør av CRM for advokatkontor og ønsker testtilgang til
RRH. Vi vil gjerne ha en fiktiv virksomhet i testmiljøet og tar delegeringen selv.

Selskap: Lexora Norge AS, org. nr. {o.d}
Testansvarlig: Amund Rød, amund.rod@lexora.no, mobil {p.s3()}

Hilsen Amund"""
m = build("Amund Rød <amund.rod@lexora.no>", "RRH testmiljø - bestilling", "Wed, 18 Nov 2026 16:30:00 +0100",
          mid_uuid("lexora.no", upper=True), text=t, charset="utf-8", cte="quoted-printable",
          headers=[("X-Mailer", "Apple Mail (2.3826.300.87)")])
add("bB_013", "mobile number in the unallocated 43 series: reported and invalid; Apple Mail QP",
    label("fictitious_customer", (o, "Lexora Norge AS", "Amund Rød", "amund.rod@lexora.no", p),
          invalid=["applicant.contact.phone"], notes="The mobile starts with 43, outside the numbering plan: reported in E.164 and invalid."), m)

# ---- 014 missing org number
p = Ph()
t = f"""Hei!

Vi heter Stiftelsen Kodeverkstedet Bergen og utvikler et lite verktøy for frivillige
lag som skal sjekke reelle rettighetshavere. Vi vil be om en fiktiv virksomhet i
testmiljøet som vi kan delegere fra selv.

Organisasjonsnummeret finner jeg ikke akkurat nå, sender det så snart jeg har det.

Kontaktperson: Ingrid Fosse
E-post: ingrid@kodeverkstedet.no
Telefon: {p.s3()}

Mvh
Ingrid"""
m = build("Ingrid Fosse <ingrid@kodeverkstedet.no>", "Bestilling testtilgang RRH", "Thu, 19 Nov 2026 10:10:10 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_014", "org number promised later; enterprise name without a standard legal form (Stiftelsen ...)",
    label("fictitious_customer", (None, "Stiftelsen Kodeverkstedet Bergen", "Ingrid Fosse", "ingrid@kodeverkstedet.no", p),
          notes="No org number is given ('sender det så snart jeg har det'): missing."), m)

# ---- 015 trøndersk dialect
o = Org(); p = Ph()
t = f"""Hei hei!

Æ jobbe i Nidelva Regnskapssystem AS, og vi ska lage støtte for RRH i programmet vårres.
Kunn dokk sett opp en fiktiv virksomhet i testmiljøet te oss? Vi delegere tilgangen fra
den sjøl.

Orgnummeret vårres e {o.sp()}. Æ e kontaktperson sjøl, nåkk mæ på {p.s3()}.

Hilsen
Stian Rønning
stian@nidelva-regnskap.no"""
m = build("Stian Rønning <stian@nidelva-regnskap.no>", "Testtilgang RRH", "Fri, 20 Nov 2026 13:37:00 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_015", "trøndersk dialect ('Æ e kontaktperson sjøl', 'Kunn dokk sett opp ... te oss?'); request as a question",
    label("fictitious_customer", (o, "Nidelva Regnskapssystem AS", "Stian Rønning", "stian@nidelva-regnskap.no", p),
          notes="Dialect. 'Æ e kontaktperson sjøl' = I am the contact: name and address from the signature, phone from 'nåkk mæ på'."), m)

# ---- 016 several enterprises: group, partner, applicant
o = Org(); opar = Org(); opart = Org(); p = Ph()
t = f"""Hei,

Vi er et heleid datterselskap i Brattli-konsernet (Brattli Holding AS, org.nr {opar.sp()})
og jobber tett med Sørbøe Revisjon AS ({opart.sp()}) som pilotbruker. Bestillingen gjelder
likevel bare oss selv: Brattli Digital AS, org.nr {o.sp()}.

Vi ønsker testtilgang med en fiktiv virksomhet som vi selv kan delegere fra. Sørbøe
Revisjon skal ikke delegere noe, de er bare med og tester brukergrensesnittet.

Kontaktperson: Nora Brattli, nora@brattli-digital.no, {p.s3()}

Mvh Nora Brattli"""
m = build("Nora Brattli <nora@brattli-digital.no>", "Testtilgang RRH - Brattli Digital", "Mon, 23 Nov 2026 08:05:00 +0100",
          mid_outlook(), text=t, html=text2html(t), charset="utf-8")
add("bB_016", "three enterprises with valid org numbers (parent, pilot partner, applicant); only the subsidiary is the applicant; partner explicitly not delegating",
    label("fictitious_customer", (o, "Brattli Digital AS", "Nora Brattli", "nora@brattli-digital.no", p),
          notes="Parent company and a pilot partner are named with org numbers; the order is for Brattli Digital AS only. Option 1."), m)

# ---- 017 Roundcube, "Name <email>" contact, 0047 prefix
o = Org(); p = Ph()
t = f"""God morgen,

Bestilling av testtilgang til RRH, alternativ 1 (fiktiv virksomhet).

Leverandør: Tindfjell Informatikk AS
Orgnr: {o.d}
Kontaktperson: Petter Ulvestad <petter.ulvestad@tindfjell-informatikk.no>
Tlf: 0047 {p.s2()}

--
Petter Ulvestad
Tindfjell Informatikk AS"""
m = build("Petter Ulvestad <petter.ulvestad@tindfjell-informatikk.no>", "Bestilling: testtilgang RRH (alternativ 1)",
          "Tue, 24 Nov 2026 07:58:31 +0100", mid_uuid("tindfjell-informatikk.no"), text=t, charset="utf-8", cte="8bit",
          headers=[("User-Agent", "Roundcube Webmail/1.6.7")])
add("bB_017", "option named only as 'alternativ 1'; contact as 'Name <address>'; phone with 0047 prefix; Roundcube 8bit",
    label("fictitious_customer", (o, "Tindfjell Informatikk AS", "Petter Ulvestad", "petter.ulvestad@tindfjell-informatikk.no", p),
          notes="Phone written with the 0047 prefix gives +47 and eight digits."), m)

# ---- 018 English, US-style vendor, landline, title Dr.
o = Org(); p = Ph("land")
t = f"""Hi there,

Quantlane Risk Systems AS (Norwegian org. number {o.sp()}) would like to get started in
your RRH test environment. Please create a fictitious enterprise for us - we'll take
care of delegating from it to ourselves.

Point of contact: Dr. Priya Raman, Lead Engineer
priya.raman@quantlane.example
Office: +47 {p.s2()}

Thanks so much!
Priya

Quantlane Risk Systems | Oslo · Boston"""
m = build("Priya Raman <priya.raman@quantlane.example>", "RRH test access - fictitious enterprise", "Tue, 24 Nov 2026 16:12:45 -0500",
          mid_gmail(), text=t, html=text2html(t))
add("bB_018", "English; title 'Dr.' and role after the name; office landline as the only phone; US time zone",
    label("fictitious_customer", (o, "Quantlane Risk Systems AS", "Priya Raman", "priya.raman@quantlane.example", p),
          notes="'Dr.' and 'Lead Engineer' are not part of the name. Landline accepted as phone."), m)

# ---- 019 contact someone else, email not given -> missing (sender's address never substituted)
o = Org(); p = Ph()
t = f"""Hei,

Vi ønsker at dere oppretter en fiktiv virksomhet i testmiljøet for RRH, slik at vi
kan delegere tilgang fra den selv.

Skogly Datautvikling AS, org.nr. {o.sp()}
Kontaktperson for testen blir utvikleren vår Bendik Saltnes, mobil {p.s3()}.
Han har ikke fått e-postadresse hos oss ennå, den ettersendes.

Mvh
Randi Skogly
randi@skoglydata.no"""
m = build("Randi Skogly <randi@skoglydata.no>", "Testtilgang RRH", "Wed, 25 Nov 2026 09:27:18 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_019", "contact is a colleague without an email yet; the sender's address must not be put in his place",
    label("fictitious_customer", (o, "Skogly Datautvikling AS", "Bendik Saltnes", None, p),
          notes="The contact is Bendik Saltnes, not the sender. His email is to follow: missing; Randi Skogly's address is not used."), m)
