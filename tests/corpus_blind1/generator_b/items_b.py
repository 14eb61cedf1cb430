# existing_customer singles: bB_020 .. bB_039
# ---- 020 standard-ish Norwegian, Outlook windows-1252
o = Org(); p = Ph(); oc = Org(); pc = Ph()
t = f"""Hei,

Lønnsvik Systemer AS ønsker testtilgang til RRH gjennom delegering fra en av kundene
våre, som allerede er registrert hos dere.

Vi:
Lønnsvik Systemer AS – org.nr. {o.sp()}
Kontaktperson: Åshild Nergård, ashild.nergard@lonnsvik.no, tlf. {p.s3()}

Kunden:
Fosen Trelast AS – org.nr. {oc.sp()}
Kontaktperson: Gunnar Hestvik, gunnar.hestvik@fosentrelast.no, tlf. {pc.s3()}

Med vennlig hilsen
Åshild Nergård
Lønnsvik Systemer AS"""
m = build("=?windows-1252?Q?=C5shild_Nerg=E5rd?= <ashild.nergard@lonnsvik.no>", "Testtilgang RRH – delegering fra kunde",
          "Mon, 02 Nov 2026 10:01:00 +0100", mid_outlook(), text=t, html=text2html(t), charset="windows-1252")
add("bB_020", "option 2 in two blocks 'Vi:' / 'Kunden:' with en dashes; From display name as a windows-1252 encoded word",
    label("existing_customer", (o, "Lønnsvik Systemer AS", "Åshild Nergård", "ashild.nergard@lonnsvik.no", p),
          (oc, "Fosen Trelast AS", "Gunnar Hestvik", "gunnar.hestvik@fosentrelast.no", pc),
          notes="Plain option 2 with both parties complete."), m)

# ---- 021 customer writes
o = Org(); p = Ph(); oc = Org(); pc = Ph()
t = f"""Hei,

Vi i Granbakken Eiendom AS (org.nr {oc.sp()}) bruker Meglerfront AS som leverandør av
fagsystem. De trenger tilgang til testmiljøet for RRH, og vi vil gi dem det ved å
delegere vår tilgang til dem.

Opplysninger om leverandøren:
Meglerfront AS, org.nr {o.sp()}
Kontaktperson: Sindre Aune, sindre.aune@meglerfront.no, {p.s3()}

Fra vår side er det undertegnede som er kontaktperson.

Med hilsen
Hanne Granbakken
Daglig leder, Granbakken Eiendom AS
Mobil {pc.s3()}"""
m = build("Hanne Granbakken <hanne@granbakken-eiendom.no>", "Delegering av testtilgang til vår leverandør",
          "Tue, 03 Nov 2026 11:22:33 +0100", mid_gmail(), text=t, html=text2html(t), cc="sindre.aune@meglerfront.no")
add("bB_021", "the customer writes; applicant is the vendor; 'undertegnede' is the customer's contact (signature + From)",
    label("existing_customer", (o, "Meglerfront AS", "Sindre Aune", "sindre.aune@meglerfront.no", p),
          (oc, "Granbakken Eiendom AS", "Hanne Granbakken", "hanne@granbakken-eiendom.no", pc),
          notes="Customer writes the option-2 order. Applicant = Meglerfront AS. 'undertegnede' = Hanne Granbakken, the customer's contact."), m)

# ---- 022 nynorsk, Thunderbird latin-1, customer phone missing
o = Org(); p = Ph(); oc = Org()
t = f"""Hei,

Me i Sunnhordland Programvare AS ynskjer testtilgang til RRH. Kunden vår,
Kvinnherad Båtservice AS, skal delegera tilgangen sin til oss.

Om oss: org.nr. {o.sp()}, kontaktperson Eldbjørg Tofte,
eldbjorg@sunnhordland-programvare.no, tlf. {p.s3()}

Om kunden: org.nr. {oc.sp()}, kontaktperson Trond Olav Skaale,
trond.olav@kvinnherad-batservice.no. Telefonnummeret hans har eg ikkje fått enno.

Helsing
Eldbjørg Tofte"""
m = build("Eldbjørg Tofte <eldbjorg@sunnhordland-programvare.no>", "Testtilgang RRH - delegering frå kunde",
          "Wed, 04 Nov 2026 14:18:00 +0100", mid_uuid("sunnhordland-programvare.no"), text=t, charset="iso-8859-1",
          cte="8bit", flowed=True, headers=[("User-Agent", "Mozilla Thunderbird")])
add("bB_022", "nynorsk option 2; details in run-on sentences; customer phone not given; Thunderbird ISO-8859-1 8bit",
    label("existing_customer", (o, "Sunnhordland Programvare AS", "Eldbjørg Tofte", "eldbjorg@sunnhordland-programvare.no", p),
          (oc, "Kvinnherad Båtservice AS", "Trond Olav Skaale", "trond.olav@kvinnherad-batservice.no", None),
          notes="Customer's phone: 'har eg ikkje fått enno': missing."), m)

# ---- 023 English international vendor
o = Org(); p = Ph(); oc = Org(); pc = Ph()
t = f"""Dear RRH team,

We are Vantor Analytics AS, part of an international group building onboarding tools for
banks. One of our Norwegian clients, Hardanger Sparebank, has agreed to let us use its own
access in the test environment - i.e. they would delegate their access to us.

Vendor: Vantor Analytics AS, org. no. {o.sp()}
Vendor contact: Jakub Nowicki, jakub.nowicki@vantor.example, +47 {p.s3()}

Client: Hardanger Sparebank, org. no. {oc.sp()}
Client contact: Solveig Indrebø, solveig.indrebo@hardangersparebank.example, +47 {pc.s3()}

Best regards,
Jakub Nowicki
Integration Lead, Vantor Analytics"""
m = build("Jakub Nowicki <jakub.nowicki@vantor.example>", "Test access to RRH via client delegation",
          "Thu, 05 Nov 2026 09:00:12 +0100", mid_outlook(), text=t, html=text2html(t), charset="utf-8")
add("bB_023", "English option 2 ('they would delegate their access to us'); savings bank without legal form",
    label("existing_customer", (o, "Vantor Analytics AS", "Jakub Nowicki", "jakub.nowicki@vantor.example", p),
          (oc, "Hardanger Sparebank", "Solveig Indrebø", "solveig.indrebo@hardangersparebank.example", pc),
          notes="English. The customer is a savings bank named without a legal form; name as written."), m)

# ---- 024 Swedish vendor NUF, option 2
o = Org(); p = Ph("se", cc="46"); oc = Org(); pc = Ph()
t = f"""Hej,

Vi är Fakturera Norden AB och har en norsk filial, Fakturera Norden NUF
(org.nr {o.sp()}). Vi vill gärna få åtkomst till testmiljön för RRH genom att en av
våra norska kunder delegerar sin åtkomst till oss.

Kunden är Lillehammer Rørleggerservice AS, org.nr {oc.sp()}.
Deras kontaktperson: Kjetil Bråten, kjetil@lhmror.no, tel. {pc.s3()}

Vår kontaktperson är jag själv.

Vänliga hälsningar
Malin Åkesson
Fakturera Norden
+46 {p.d[:2]}-{p.d[2:5]} {p.d[5:7]} {p.d[7:]}
malin.akesson@fakturera-norden.example"""
m = build("Malin Åkesson <malin.akesson@fakturera-norden.example>", "Teståtkomst RRH via kund",
          "Fri, 06 Nov 2026 15:40:00 +0100", mid_gmail(), text=t, html=text2html(t))
add("bB_024", "Swedish option 2 ('delegerar sin åtkomst till oss'); 'Vår kontaktperson är jag själv' = signer; +46 phone in signature",
    label("existing_customer", (o, "Fakturera Norden NUF", "Malin Åkesson", "malin.akesson@fakturera-norden.example", p),
          (oc, "Lillehammer Rørleggerservice AS", "Kjetil Bråten", "kjetil@lhmror.no", pc),
          notes="Swedish. Applicant is the NUF (the AB has no Norwegian number). The vendor contact is the signer, phone from the signature."), m)

# ---- 025 several customers, one delegates
o = Org(); p = Ph(); c1 = Org(); c2 = Org(); c3 = Org(); pc = Ph()
t = f"""Hei,

Vi har flere kunder som har vist interesse for RRH-modulen vår:

  - Sande Maskin AS ({c1.sp()})
  - Eidsvåg Bygg og Anlegg AS ({c2.sp()})
  - Strandkanten Regnskap AS ({c3.sp()})

Foreløpig er det bare Eidsvåg Bygg og Anlegg AS som skal delegere tilgang til oss i
testmiljøet; de to andre venter vi med til neste år.

Kontaktperson hos Eidsvåg Bygg og Anlegg AS er Merete Eidsvåg, merete@eidsvag-bygg.no,
{pc.s3()}.

Vi er Fjordkant Software AS, org.nr {o.sp()}, og kontaktperson hos oss er Ole Bakketun,
ole.bakketun@fjordkant.no, {p.s3()}.

Vennlig hilsen
Ole Bakketun"""
m = build("Ole Bakketun <ole.bakketun@fjordkant.no>", "RRH test - delegering fra kunde",
          "Mon, 09 Nov 2026 09:45:00 +0100", mid_outlook(), text=t, html=text2html(t), charset="windows-1252")
add("bB_025", "three customers with valid org numbers listed; only the middle one delegates ('bare ... skal delegere'); customer name with 'og'",
    label("existing_customer", (o, "Fjordkant Software AS", "Ole Bakketun", "ole.bakketun@fjordkant.no", p),
          (c2, "Eidsvåg Bygg og Anlegg AS", "Merete Eidsvåg", "merete@eidsvag-bygg.no", pc),
          notes="Only Eidsvåg Bygg og Anlegg AS delegates now; the other two listed customers are not the customer."), m)

# ---- 026 consultant writes for the vendor, option 2
o = Org(); p = Ph(); oc = Org(); pc = Ph(); pk = Ph()
t = f"""Hei,

Jeg skriver på vegne av kunden min, Hovland Regnskapsprogram AS (org.nr {o.sp()}), som jeg
bistår med et integrasjonsprosjekt. De ønsker testtilgang til RRH ved at en av deres
eksisterende kunder, Tjøme Marina AS (org.nr {oc.sp()}), delegerer tilgangen til dem.

Kontaktperson hos Hovland Regnskapsprogram: Lars Hovland, lars@hovland-rp.no, {p.s3()}
Kontaktperson hos Tjøme Marina: Berit Sande, berit.sande@tjomemarina.no, {pc.s3()}

Jeg er bare mellommann her, så svar gjerne direkte til Lars.

Beste hilsen
Espen Lien
Lien IT-rådgivning ENK
{pk.s3()}"""
m = build("Espen Lien <espen@lien-it.no>", "Testtilgang RRH (Hovland Regnskapsprogram AS)",
          "Tue, 10 Nov 2026 13:13:13 +0100", mid_gmail(), text=t, html=text2html(t))
add("bB_026", "independent consultant writes for the vendor ('kunden min' = the vendor, not the delegating customer); option 2",
    label("existing_customer", (o, "Hovland Regnskapsprogram AS", "Lars Hovland", "lars@hovland-rp.no", p),
          (oc, "Tjøme Marina AS", "Berit Sande", "berit.sande@tjomemarina.no", pc),
          notes="The consultant calls the vendor 'kunden min'; the delegating customer is Tjøme Marina AS. The consultant's firm and phone are not used."), m)

# ---- 027 Outlook HTML table with party columns
o = Org(); p = Ph(); oc = Org(); pc = Ph()
hdr = '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt;background:#DEEAF6"><p class=MsoNormal><b>{}</b></p></td>'
cell = '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>{}</p></td>'
rowsx = [("", "Leverandør (oss)", "Kunde som delegerer"), ("Navn", "Terrasse IT AS", "Vestby Gartneri AS"),
         ("Org.nr.", o.sp(), oc.sp()), ("Kontaktperson", "Yngvild Karlsen", "Arne Berget"),
         ("E-post", "yngvild.karlsen@terrasse-it.no", "arne@vestbygartneri.no"), ("Telefon", p.s3(), pc.s2())]
tr = "\n".join("<tr>" + "".join((hdr if i == 0 or j == 0 else cell).format(v if v else "&nbsp;") for j, v in enumerate(r)) + "</tr>" for i, r in enumerate(rowsx))
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}</style></head>
<body lang="NO-BOK"><div class="WordSection1">
<p class=MsoNormal>Hei,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Vi bestiller testtilgang til RRH der kunden vår delegerer sin tilgang til oss (alternativ 2).</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
{tr}
</table>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Hilsen Yngvild</p>
</div></body></html>"""
m = build("Yngvild Karlsen <yngvild.karlsen@terrasse-it.no>", "Bestilling testtilgang RRH", "Wed, 11 Nov 2026 08:20:00 +0100",
          mid_outlook(), html=h, charset="utf-8", cte="quoted-printable")
add("bB_027", "Outlook HTML-only table with an empty corner cell and party columns (vendor | customer); utf-8 QP",
    label("existing_customer", (o, "Terrasse IT AS", "Yngvild Karlsen", "yngvild.karlsen@terrasse-it.no", p),
          (oc, "Vestby Gartneri AS", "Arne Berget", "arne@vestbygartneri.no", pc),
          notes="Columns: 'Leverandør (oss)' and 'Kunde som delegerer'."), m)

# ---- 028 lower case, mobile
o = Org(); p = Ph(); oc = Org(); pc = Ph()
t = f"""hei, vi trenger testtilgang rrh. kunden vår hegge transport as (orgnr {oc.d}) skal delegere til oss. kontakt der: per hegge, per@heggetransport.no, {pc.d}

vi er rutevis as, orgnr {o.d}. kontakt hos oss er meg, {p.d}

mvh tor-erik
rutevis as

Sendt fra min Galaxy"""
m = build("Tor-Erik Mjøs <tor-erik@rutevis.no>", "rrh test", "Thu, 12 Nov 2026 21:02:00 +0100",
          mid_gmail(), text=t, cte="base64", headers=[("X-Mailer", "Samsung Email")])
add("bB_028", "all lower case from a phone; 'kontakt hos oss er meg' with only a first name in the signature (full name from the From header); Samsung base64",
    label("existing_customer", (o, "rutevis as", "Tor-Erik Mjøs", "tor-erik@rutevis.no", p),
          (oc, "hegge transport as", "per hegge", "per@heggetransport.no", pc),
          notes="'kontakt hos oss er meg': the sender; the signature gives only 'tor-erik', so the full name comes from the From display name. Names in lower case as written."), m)

# ---- 029 Danish vendor NUF option 2
o = Org(); p = Ph("dk", cc="45"); oc = Org(); pc = Ph()
t = f"""Hej,

Vi vil gerne have adgang til testmiljøet for RRH, hvor en af vores norske kunder
uddelegerer sin adgang til os.

Os: Bogholderi Nord ApS, norsk filial Bogholderi Nord NUF, org.nr. {o.sp()}
Vores kontaktperson: Signe Holm, signe.holm@bogholderinord.example, +45 {p.s2()}

Kunden: Tromsø Fiskeeksport AS, org.nr. {oc.sp()}
Kundens kontaktperson: Bjørnar Isaksen, bjornar@tromsofisk.no, +47 {pc.s3()}

Med venlig hilsen
Signe Holm"""
m = build("Signe Holm <signe.holm@bogholderinord.example>", "Testadgang RRH - delegering fra kunde",
          "Fri, 13 Nov 2026 10:10:00 +0100", mid_uuid("bogholderinord.example", upper=True), text=t,
          charset="iso-8859-1", cte="quoted-printable", headers=[("X-Mailer", "Apple Mail (2.3776.700.51)")])
add("bB_029", "Danish option 2 ('uddelegerer sin adgang til os'); ApS parent and NUF branch on one line; +45 and +47 phones; ISO-8859-1 QP",
    label("existing_customer", (o, "Bogholderi Nord NUF", "Signe Holm", "signe.holm@bogholderinord.example", p),
          (oc, "Tromsø Fiskeeksport AS", "Bjørnar Isaksen", "bjornar@tromsofisk.no", pc),
          notes="The line names both the ApS and its NUF; the NUF holds the org number and is the applicant."), m)

# ---- 030 malformed customer contact email
o = Org(); p = Ph(); oc = Org(); pc = Ph()
t = f"""Hei!

Vi (Klokkerhaug Data AS, {o.sp()}) ber om testtilgang i RRH ved delegering fra en
eksisterende kunde.

Kunde: Melhus Dyreklinikk AS, {oc.sp()}
Kontaktperson kunde: Ragnhild Aas, ragnhild.aas.melhusdyreklinikk.no, {pc.s3()}

Kontaktperson hos oss: Eivind Klokkerhaug, eivind@klokkerhaug-data.no, {p.s3()}

Takk!
Eivind"""
m = build("Eivind Klokkerhaug <eivind@klokkerhaug-data.no>", "Testtilgang RRH", "Mon, 16 Nov 2026 12:00:00 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_030", "customer contact's email has no @ (a dot in its place): reported as written and invalid",
    label("existing_customer", (o, "Klokkerhaug Data AS", "Eivind Klokkerhaug", "eivind@klokkerhaug-data.no", p),
          (oc, "Melhus Dyreklinikk AS", "Ragnhild Aas", "ragnhild.aas.melhusdyreklinikk.no", pc),
          invalid=["customer.contact.email"], notes="'ragnhild.aas.melhusdyreklinikk.no' is a malformed email: reported as written and invalid."), m)

# ---- 031 customer only named
o = Org(); p = Ph()
t = f"""Hei,

Vi ønsker testtilgang til RRH gjennom delegering fra kunden vår Nesbyen Hytteutleie AS.
Detaljene om kunden (orgnr og kontaktperson) kommer i en egen e-post når de har
bestemt hvem som skal følge opp.

Oss: Hallingdal Booking AS, orgnr {o.sp()}
Kontaktperson: Torunn Bakke, torunn@hallingdal-booking.no, {p.s3()}

Mvh
Torunn Bakke"""
m = build("Torunn Bakke <torunn@hallingdal-booking.no>", "RRH testtilgang - delegering", "Tue, 17 Nov 2026 14:25:00 +0100",
          mid_outlook(), text=t, html=text2html(t), charset="windows-1252")
add("bB_031", "option 2 where the customer is only named; its org number and contact are to follow",
    label("existing_customer", (o, "Hallingdal Booking AS", "Torunn Bakke", "torunn@hallingdal-booking.no", p),
          (None, "Nesbyen Hytteutleie AS", None, None, None),
          notes="Customer named, nothing else ('kommer i en egen e-post'): org number and all contact fields missing."), m)

# ---- 032 very long with disclaimer
o = Org(); p = Ph(); oc = Org(); pc = Ph(); psw = Ph("land")
t = f"""Hei,

Jeg viser til telefonsamtale med dere i oktober og til informasjonen på nettsidene om
tilgang til Register over reelle rettighetshavere for systemleverandører.

Litt bakgrunn: Sentrum Klientsystemer AS leverer kunde- og oppdragssystem til omtrent
300 revisjons- og regnskapsforetak. Flere av disse er rapporteringspliktige etter
hvitvaskingsloven og har spurt oss om å automatisere innhentingen av opplysninger om
reelle rettighetshavere i kundetiltakene sine. Vi har satt av utviklingskapasitet til dette
i første halvår, og arbeidet begynner i januar.

Etter en del diskusjon internt har vi kommet fram til at vi vil teste med ekte data fra en
av kundene våre fremfor en fiktiv virksomhet. Kunden Aurland Revisjon AS har selv fått
tilgang til RRH og har sagt seg villig til å delegere tilgangen sin i testmiljøet til oss.
Vi har også vært i kontakt med to andre kunder, men de er ikke klare ennå, og vi kommer
eventuelt tilbake med en ny bestilling for dem.

Opplysninger om leverandøren
  Navn: Sentrum Klientsystemer AS
  Org.nr.: {o.sp()}
  Kontaktperson: Øystein Mæland
  E-post: oystein.maeland@sentrum-klient.no
  Telefon: {p.s3()}

Opplysninger om kunden som delegerer
  Navn: Aurland Revisjon AS
  Org.nr.: {oc.sp()}
  Kontaktperson: Statsautorisert revisor Guro Vikesland
  E-post: guro@aurland-revisjon.no
  Telefon: {pc.s3()}

Vi gjør oppmerksom på at jeg har ferie fra 21. desember til 4. januar. Spørsmål i den
perioden kan rettes til sentralbordet på {psw.s2()}.

Med vennlig hilsen

Øystein Mæland
Produktsjef
Sentrum Klientsystemer AS
Kongens gate 14, 7011 Trondheim

______________________________________________________________________
{DISCLAIMER_NO}
Sentrum Klientsystemer AS behandler personopplysninger i samsvar med
personvernerklæringen på nettsidene våre.
______________________________________________________________________
{DISCLAIMER_EN}"""
m = build("=?utf-8?Q?=C3=98ystein_M=C3=A6land?= <oystein.maeland@sentrum-klient.no>",
          "Bestilling av testtilgang RRH – Sentrum Klientsystemer AS / Aurland Revisjon AS",
          "Wed, 18 Nov 2026 10:42:17 +0100", mid_outlook(), text=t, html=text2html(t), charset="windows-1252",
          headers=[("Thread-Topic", "Bestilling av testtilgang RRH"), ("Content-Language", "nb-NO")])
add("bB_032", "very long mail with background, a holiday notice, switchboard number and two disclaimers; title 'Statsautorisert revisor' before the customer contact",
    label("existing_customer", (o, "Sentrum Klientsystemer AS", "Øystein Mæland", "oystein.maeland@sentrum-klient.no", p),
          (oc, "Aurland Revisjon AS", "Guro Vikesland", "guro@aurland-revisjon.no", pc),
          notes="Long. 'jeg har ferie' is not an out-of-office. The title 'Statsautorisert revisor' is not part of the name. Switchboard landline is a distractor."), m)

# ---- 033 contact details spread over body and signature, 'undertegnede'
o = Org(); p = Ph(); oc = Org(); pc = Ph()
t = f"""Hei,

Dalsbø Faktura AS bestiller herved testtilgang til RRH, der kunden vår skal delegere
tilgangen til oss. Kontaktperson hos oss er undertegnede.

Kunden heter Ørsta Møbelverkstad AS og har org.nr {oc.sp()}. Der er det Kari Myklebust
som tek seg av dette – kari.myklebust@orstamobel.no / {pc.s3()}.

Helsing
Ivar Dalsbø
Dalsbø Faktura AS · org.nr {o.sp()}
ivar@dalsbo-faktura.no · {p.s3()}"""
m = build("Ivar Dalsbø <ivar@dalsbo-faktura.no>", "Testtilgang RRH", "Thu, 19 Nov 2026 08:08:08 +0100",
          mid_uuid("dalsbo-faktura.no", upper=True), text=t, charset="utf-8", cte="quoted-printable",
          headers=[("X-Mailer", "Apple Mail (2.3826.300.87)")])
add("bB_033", "vendor's org number and phone only in the signature; 'undertegnede'; customer contact introduced without a label ('Der er det X som tek seg av dette')",
    label("existing_customer", (o, "Dalsbø Faktura AS", "Ivar Dalsbø", "ivar@dalsbo-faktura.no", p),
          (oc, "Ørsta Møbelverkstad AS", "Kari Myklebust", "kari.myklebust@orstamobel.no", pc),
          notes="Vendor details split: name in the body, org number and phone in the signature. Customer contact in a sentence with a slash between email and phone."), m)

# ---- 034 typos option 2
o = Org(); p = Ph(); oc = Org(); pc = Ph()
t = f"""Hei

Vi vill gjerne ha testtilgnag til RRH der en eksiterende kunde deligerer tilgangen sin
til oss.

Vårt firma: Blåbærlia Data AS
Orgnr: {o.sp()}
Kontakperson: Jørn Lia, jorn@blabaerlia.no, tlf {p.s3()}

Kundens firma: Hamar Elektro AS
Orgnr: {oc.sp()}
Kontakperon: Synnøve Haug, synnove.haug@hamarelektro.no, tlf {pc.s3()}

mvh Jørn"""
m = build("Jørn Lia <jorn@blabaerlia.no>", "Testtilgnag RRH", "Fri, 20 Nov 2026 15:15:00 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_034", "typos in the request and labels ('eksiterende', 'deligerer', 'Kontakperon'); 'Vårt firma'/'Kundens firma' labels",
    label("existing_customer", (o, "Blåbærlia Data AS", "Jørn Lia", "jorn@blabaerlia.no", p),
          (oc, "Hamar Elektro AS", "Synnøve Haug", "synnove.haug@hamarelektro.no", pc),
          notes="Typos; all fields present."), m)

# ---- 035 Android short, customer phone missing
o = Org(); p = Ph(); oc = Org()
t = f"""Hei. Trenger testtilgang RRH, delegert fra kunden vår Sirdal Kraftlag SA ({oc.d}), kontakt Asbjørn Tjørhom asbjorn@sirdalkraft.no.
Oss: Heiane Utvikling AS {o.d}, Maren Heiane, maren@heiane-utvikling.no, {p.d}.
Mvh Maren

Sendt fra Gmail på Android"""
m = build("Maren Heiane <maren@heiane-utvikling.no>", "testtilgang", "Mon, 23 Nov 2026 17:44:00 +0100",
          mid_gmail(), text=t, cte="base64")
add("bB_035", "short phone mail, everything in two lines; SA customer; customer phone not given; base64",
    label("existing_customer", (o, "Heiane Utvikling AS", "Maren Heiane", "maren@heiane-utvikling.no", p),
          (oc, "Sirdal Kraftlag SA", "Asbjørn Tjørhom", "asbjorn@sirdalkraft.no", None),
          notes="No phone for the customer contact: missing."), m)

# ---- 036 bergensk/vestlandsk dialect option 2
o = Org(); p = Ph(); oc = Org(); pc = Ph()
t = f"""Heisann!

Vi e Bryggen Kassasystem AS (orgnr {o.sp()}) og ska ha tilgang te testmiljøet i RRH.
Kunden vår Nordnes Fiskehandel AS ({oc.sp()}) ska delegere tilgangen sin te oss, det
har vi snakket med dem om.

Hos oss e det Kjersti Hope som følge opp: kjersti@bryggen-kassa.no, {p.s3()}.
Hos Nordnes Fiskehandel e det Kåre Nordnes: kaare@nordnesfisk.no, {pc.s3()}.

Ha det fint!
Kjersti"""
m = build("Kjersti Hope <kjersti@bryggen-kassa.no>", "Tilgang te RRH test", "Tue, 24 Nov 2026 11:11:11 +0100",
          mid_outlook(), text=t, html=text2html(t), charset="iso-8859-1")
add("bB_036", "bergensk dialect ('ska delegere tilgangen sin te oss', 'Hos oss e det X som følge opp'); contacts without labels; ISO-8859-1 QP",
    label("existing_customer", (o, "Bryggen Kassasystem AS", "Kjersti Hope", "kjersti@bryggen-kassa.no", p),
          (oc, "Nordnes Fiskehandel AS", "Kåre Nordnes", "kaare@nordnesfisk.no", pc),
          notes="Dialect. Contacts introduced by 'Hos X e det NAME'."), m)

# ---- 037 English, vendor phone TBC
o = Org(); oc = Org(); pc = Ph()
t = f"""Hi,

Brightmoor Payments AS (org. number {o.sp()}) would like access to the RRH test
environment. Our client Solstrand Kafé AS, org. number {oc.sp()}, is happy to delegate
its test access to us.

Our contact: Tomás Herrera, tomas.herrera@brightmoor.example, phone TBC
Client contact: Vibeke Solstrand, vibeke@solstrandkafe.no, {pc.s3()}

Cheers,
Tomás"""
m = build("=?utf-8?B?VG9tw6FzIEhlcnJlcmE=?= <tomas.herrera@brightmoor.example>", "RRH test access (client delegation)",
          "Wed, 25 Nov 2026 10:30:00 +0000", mid_gmail(), text=t, html=text2html(t))
add("bB_037", "English option 2 ('happy to delegate its test access to us'); vendor phone 'TBC' is a placeholder; base64 encoded-word display name",
    label("existing_customer", (o, "Brightmoor Payments AS", "Tomás Herrera", "tomas.herrera@brightmoor.example", None),
          (oc, "Solstrand Kafé AS", "Vibeke Solstrand", "vibeke@solstrandkafe.no", pc),
          notes="Vendor phone 'TBC': missing, not invalid."), m)

# ---- 038 HTML-only webmail windows-1252, landline customer phone
o = Org(); p = Ph(); oc = Org(); pc = Ph("land")
h = f"""<html><body style="font-family:Verdana;font-size:10pt">
Hei,<br><br>
Vi ønsker å bestille tilgang til testmiljøet for RRH, alternativ 2 &ndash; delegering fra eksisterende kunde.<br><br>
<b>Systemleverandør</b><br>
Rognstad &amp; Moe Programvare AS<br>
Org.nr.&nbsp;{o.sp()}<br>
Kontaktperson: Håvard Moe &lt;havard@rognstad-moe.no&gt;, mobil {p.s3()}<br><br>
<b>Kunde</b><br>
Kongsberg Smie og Sveis AS<br>
Org.nr.&nbsp;{oc.sp()}<br>
Kontaktperson: Liv Rognstad &lt;liv@kongsbergsmie.no&gt;, telefon {pc.s2()}<br><br>
Mvh<br>Håvard Moe
</body></html>"""
m = build("Håvard Moe <havard@rognstad-moe.no>", "RRH testtilgang alternativ 2", "Thu, 26 Nov 2026 13:45:00 +0100",
          mid_uuid("rognstad-moe.no"), html=h, charset="windows-1252", cte="quoted-printable",
          headers=[("X-Mailer", "Zimbra 10.0.8_GA_4627 (ZimbraWebClient - FF132)")])
add("bB_038", "HTML-only webmail (windows-1252 QP) with entities (&amp;, &lt;, &nbsp;); '&' in the vendor name; customer landline",
    label("existing_customer", (o, "Rognstad & Moe Programvare AS", "Håvard Moe", "havard@rognstad-moe.no", p),
          (oc, "Kongsberg Smie og Sveis AS", "Liv Rognstad", "liv@kongsbergsmie.no", pc),
          notes="HTML entities must be decoded. Liv Rognstad shares a surname with the vendor name but is the customer's contact."), m)

# ---- 039 customer's accountant (third party) mentioned; option 2 with a forwarded customer confirmation
o = Org(); p = Ph(); oc = Org(); pc = Ph(); ox = Org()
t = f"""Hei,

Vi ber om testtilgang til RRH med delegering fra kunden vår. Kunden har bekreftet
dette skriftlig, og jeg sender bekreftelsen videre her - den står nederst.

Leverandør: Kystlinje Systemer AS, org.nr {o.sp()}
Kontaktperson: Sverre Kyrkjebø, sverre@kystlinje-systemer.no, {p.s3()}

Mvh
Sverre Kyrkjebø

---------- Forwarded message ---------
Fra: Anette Bø <anette@moldefiskeri.no>
Date: tir. 24. nov. 2026 kl. 09:12
Subject: SV: RRH
To: Sverre Kyrkjebø <sverre@kystlinje-systemer.no>

Hei Sverre,

Vi i Molde Fiskeri AS (org.nr {oc.sp()}) godtar å delegere tilgangen vår i testmiljøet
til dere. Regnskapsføreren vår, Romsdal Regnskapskontor AS ({ox.sp()}), skal ikke
involveres. Kontaktperson hos oss blir meg, mobil {pc.s3()}.

Hilsen
Anette Bø
Molde Fiskeri AS
"""
m = build("Sverre Kyrkjebø <sverre@kystlinje-systemer.no>", "Testtilgang RRH - delegering fra Molde Fiskeri",
          "Fri, 27 Nov 2026 09:30:00 +0100", mid_gmail(), text=t, html=text2html(t))
add("bB_039", "customer's confirmation forwarded and submitted ('sender bekreftelsen videre her'); customer contact is 'meg' inside the forward (Fra: line); a third enterprise (the customer's accountant) excluded",
    label("existing_customer", (o, "Kystlinje Systemer AS", "Sverre Kyrkjebø", "sverre@kystlinje-systemer.no", p),
          (oc, "Molde Fiskeri AS", "Anette Bø", "anette@moldefiskeri.no", pc),
          notes="The forwarded mail is content. 'Kontaktperson hos oss blir meg' there means Anette Bø (address from its Fra: line). Romsdal Regnskapskontor AS is not a party."), m)
