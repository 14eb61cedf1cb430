# direct_access bB_040..043, unspecified bB_044..047, not_an_order bB_048..056, threads bB_t01..t05
# ---- 040 bank, reporting entity, Outlook alt
o = Org(); p = Ph(); pp = Ph()
t = f"""Hei,

Valdres Sparebank er rapporteringspliktig etter hvitvaskingsloven og ønsker direkte
tilgang til RRH for egen del. Vi starter i testmiljøet.

Org.nr.: {o.sp()}

Testansvarlig: Hilde Strand, hilde.strand@valdressparebank.example, {p.s3()}
Produksjonsansvarlig: Geir Ødegården, geir.odegarden@valdressparebank.example, {pp.s3()}

Med vennlig hilsen
Hilde Strand
Seniorrådgiver AML, Valdres Sparebank"""
m = build("Strand, Hilde <hilde.strand@valdressparebank.example>", "Direkte tilgang til RRH - Valdres Sparebank",
          "Mon, 02 Nov 2026 13:00:00 +0100", mid_outlook(), text=t, html=text2html(t), charset="windows-1252")
add("bB_040", "direct access for a savings bank (reporting entity); 'Surname, Given' display name; title after the name",
    label("direct_access", (o, "Valdres Sparebank", "Hilde Strand", "hilde.strand@valdressparebank.example", p),
          prod=("Geir Ødegården", "geir.odegarden@valdressparebank.example", pp), basis="reporting_entity",
          notes="Direct access, legal basis from 'rapporteringspliktig etter hvitvaskingsloven'. Savings bank without legal form."), m)

# ---- 041 nynorsk municipality, public authority
o = Org(); p = Ph(); pp = Ph("land")
t = f"""Hei,

Ulvik kommune er offentleg styresmakt og treng tilgang til registeret over reelle
rettshavarar i sakshandsaminga vår. Me ber om direkte tilgang, fyrst i testmiljøet.

Organisasjonsnummer: {o.sp()}
Kontaktperson test: Ragnvald Øvre-Eide, ragnvald.ovre-eide@ulvik.kommune.example, {p.s3()}
Kontaktperson produksjon: Johanne Lekve, johanne.lekve@ulvik.kommune.example, {pp.s2()}

Helsing
Ragnvald Øvre-Eide
rådgjevar, Ulvik kommune"""
m = build("Ragnvald Øvre-Eide <ragnvald.ovre-eide@ulvik.kommune.example>", "Tilgang til RRH for Ulvik kommune",
          "Tue, 03 Nov 2026 09:30:00 +0100", mid_outlook(), text=t, html=text2html(t), charset="iso-8859-1")
add("bB_041", "nynorsk direct access for a municipality (public authority, 'offentleg styresmakt'); hyphenated surname; landline production phone",
    label("direct_access", (o, "Ulvik kommune", "Ragnvald Øvre-Eide", "ragnvald.ovre-eide@ulvik.kommune.example", p),
          prod=("Johanne Lekve", "johanne.lekve@ulvik.kommune.example", pp), basis="public_authority",
          notes="Nynorsk. Municipality without a legal form suffix; name as written."), m)

# ---- 042 direct access, legal basis not stated
o = Org(); p = Ph(); pp = Ph()
t = f"""Hei,

Vi i Stokke Gjeldsrådgivning AS vil gjerne bestille direkte tilgang til RRH for vår
egen virksomhet (ikke som systemleverandør).

Org.nr {o.sp()}
Testansvarlig: Per Kristian Vold, pk.vold@stokke-gjeld.no, {p.s3()}
Produksjonsansvarlig: Sunniva Vold, sunniva.vold@stokke-gjeld.no, {pp.s3()}

Si fra om dere trenger mer.

Hilsen
Per Kristian"""
m = build("Per Kristian Vold <pk.vold@stokke-gjeld.no>", "Bestilling direkte tilgang RRH", "Wed, 04 Nov 2026 10:05:00 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_042", "direct access ('for vår egen virksomhet (ikke som systemleverandør)') with both contacts but no ground for access",
    label("direct_access", (o, "Stokke Gjeldsrådgivning AS", "Per Kristian Vold", "pk.vold@stokke-gjeld.no", p),
          prod=("Sunniva Vold", "sunniva.vold@stokke-gjeld.no", pp), basis=None,
          notes="No legal basis is stated: legal_basis missing."), m)

# ---- 043 civil society, production phone 7 digits
o = Org(); p = Ph(); pp = Ph(invalid="7")
t = f"""Hello / hei,

Åpenhet Nord is a civil society organisation working on transparency in company
ownership (sivilsamfunnsorganisasjon). We would like direct access to RRH for our
own research work, starting in the test environment.

Organisation: Foreningen Åpenhet Nord
Org. nr: {o.sp()}

Test contact: Maria Lindqvist Aune - maria@apenhetnord.no - {p.s3()}
Production contact: Oddvar Pedersen - oddvar@apenhetnord.no - {pp.d[:3]} {pp.d[3:5]} {pp.d[5:]}

Best / mvh
Maria"""
m = build("Maria Lindqvist Aune <maria@apenhetnord.no>", "Direct access to RRH (civil society)",
          "Thu, 05 Nov 2026 16:00:00 +0100", mid_gmail(), text=t, html=text2html(t))
add("bB_043", "Norwegian-English mix; civil society organisation; production phone has seven digits: invalid",
    label("direct_access", (o, "Foreningen Åpenhet Nord", "Maria Lindqvist Aune", "maria@apenhetnord.no", p),
          prod=("Oddvar Pedersen", "oddvar@apenhetnord.no", pp), basis="civil_society",
          invalid=["production_contact.phone"],
          notes="The production phone has only seven digits: reported in E.164 as written and invalid. Legal basis civil_society."), m)

# ---- 044 unspecified short
o = Org(); p = Ph()
t = f"""Hei,

Vi ønsker testtilgang til RRH.

Lysaker Lønnstjenester AS
Org.nr {o.sp()}
Kontakt: Camilla Lysaker, camilla@lysaker-lonn.no, {p.s3()}

Mvh Camilla"""
m = build("Camilla Lysaker <camilla@lysaker-lonn.no>", "Testtilgang", "Fri, 06 Nov 2026 08:15:00 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_044", "short access request with complete applicant but no option and no word about delegation",
    label("unspecified", (o, "Lysaker Lønnstjenester AS", "Camilla Lysaker", "camilla@lysaker-lonn.no", p),
          notes="Access request, no option named: order_type missing."), m)

# ---- 045 English unspecified, phone missing
o = Org()
t = f"""Hi,

We'd like to get access to the test environment for the Norwegian beneficial ownership
register API. We are Cobaltline Data AS (org no {o.d}), a software vendor.

Contact: Ahmed Rahimi (ahmed@cobaltline.example)

Thanks,
Ahmed"""
m = build("Ahmed Rahimi <ahmed@cobaltline.example>", "Test access", "Mon, 09 Nov 2026 18:20:00 +0000",
          mid_uuid("cobaltline.example"), text=t, charset="us-ascii", cte="7bit", headers=[("User-Agent", "Mutt/2.2.13 (2024-03-09)")])
add("bB_045", "English vendor request without an option; no phone; mutt us-ascii 7bit",
    label("unspecified", (o, "Cobaltline Data AS", "Ahmed Rahimi", "ahmed@cobaltline.example", None),
          notes="Says it is a software vendor but not which option: order_type missing. No phone."), m)

# ---- 046 nynorsk unspecified, explicitly unsure
o = Org(); p = Ph()
t = f"""Hei,

Me er ein systemleverandør og vil gjerne ha tilgang til testmiljøet for RRH. Kva for
ein av dei to variantane me skal velja, veit eg ikkje heilt enno, men her er
opplysningane om oss:

Stord Datateneste AS, org.nr. {o.sp()}
Kontaktperson: Halvor Tysnes, halvor@stord-data.no, {p.s3()}

Helsing Halvor"""
m = build("Halvor Tysnes <halvor@stord-data.no>", "Testtilgang RRH", "Tue, 10 Nov 2026 12:12:00 +0100",
          mid_uuid("stord-data.no"), text=t, charset="iso-8859-1", cte="8bit", headers=[("User-Agent", "Mozilla Thunderbird")])
add("bB_046", "nynorsk vendor request that says it does not know which variant yet; ISO-8859-1 8bit",
    label("unspecified", (o, "Stord Datateneste AS", "Halvor Tysnes", "halvor@stord-data.no", p),
          notes="Explicitly undecided between the options: order_type missing."), m)

# ---- 047 Danish unspecified
o = Org(); p = Ph()
t = f"""Hej,

Vi vil gerne bestille adgang til testmiljøet for RRH til vores norske selskab.

Selskab: Havnefront Regnskab AS
Org.nr.: {o.sp()}
Kontaktperson: Jesper Lund, jesper.lund@havnefront.example, +47 {p.s3()}

Venlig hilsen
Jesper Lund"""
m = build("Jesper Lund <jesper.lund@havnefront.example>", "Bestilling af testadgang", "Wed, 11 Nov 2026 09:00:00 +0100",
          mid_outlook(), text=t, html=text2html(t), charset="utf-8")
add("bB_047", "Danish request with complete applicant but no option",
    label("unspecified", (o, "Havnefront Regnskab AS", "Jesper Lund", "jesper.lund@havnefront.example", p),
          notes="Danish, no option: order_type missing."), m)

# ---- 048 out-of-office
p = Ph()
t = f"""Takk for e-posten din. Jeg er på kurs til og med 20. november og har begrenset
tilgang til e-post. Haster det, kan du ringe {p.s3()} eller sende til post@tverrdal.no.

Thank you for your e-mail. I am away on a course until 20 November. For urgent matters,
please call {p.s3()}.

Mvh
Julie Tverrdal
Tverrdal Systemer AS"""
m = build("Julie Tverrdal <julie@tverrdal.no>", "Automatisk svar: [RRH-2026-0813] Testtilgang RRH",
          "Mon, 16 Nov 2026 08:00:03 +0100", mid_outlook(), text=t, charset="utf-8",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<rrh-2026-0813-1.4c1f0a77e2b3d911@brreg.no>")])
add("bB_048", "out-of-office auto-reply in Norwegian and English to the bot's receipt; phone and company in it",
    label("not_an_order", notes="Automatic reply; nothing is extracted."), m)

# ---- 049 eligibility question
o = Org()
t = f"""Hei,

Vi er et lite regnskapskontor med fire ansatte, og vi lager noen egne Excel-makroer for
kundekontroll. Kan vi også få testtilgang til RRH, eller er det bare for ordentlige
systemleverandører? Og hva koster det?

Mvh
Bodil Sæther
Sæther Regnskap AS, org.nr {o.sp()}"""
m = build("Bodil Sæther <bodil@saether-regnskap.no>", "Spørsmål om tilgang", "Tue, 17 Nov 2026 10:00:00 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_049", "eligibility question ('Kan vi også få testtilgang ...?') with org number in the signature; no order",
    label("not_an_order", notes="Asks whether they may get access and what it costs; orders nothing."), m)

# ---- 050 production access request with full details
o = Org(); p = Ph(); pp = Ph()
t = f"""Hei,

Vi har testet ferdig mot testmiljøet og ønsker nå å gå over til produksjon. Vi ber om
tilgang til RRH i produksjonsmiljøet.

Tindra Kredittsjekk AS, org.nr {o.sp()}
Rapporteringspliktig etter hvitvaskingsloven.
Kontaktperson: Fredrik Tindra, fredrik@tindra-kreditt.no, {p.s3()}
Driftsansvarlig: Lene Holt, lene.holt@tindra-kreditt.no, {pp.s3()}

Mvh
Fredrik Tindra"""
m = build("Fredrik Tindra <fredrik@tindra-kreditt.no>", "Bestilling: produksjonsmiljø RRH", "Wed, 18 Nov 2026 14:00:00 +0100",
          mid_outlook(), text=t, html=text2html(t), charset="windows-1252")
add("bB_050", "production access request ('gå over til produksjon', 'produksjonsmiljøet') with a full set of details and a legal basis",
    label("not_an_order", notes="A request for production access is not_an_order, even with complete details."), m)

# ---- 051 newsletter
t = """NYHETSBREV FRA FORENINGEN NORSKE FAGSYSTEMLEVERANDØRER – NOVEMBER 2026

I denne utgaven:
  * Nytt fra Brønnøysundregistrene: slik bestiller du testtilgang til RRH
  * Frokostseminar om eFaktura 2.0
  * Medlemsnytt

SLIK BESTILLER DU TESTTILGANG TIL RRH
Send en e-post til registeret med organisasjonsnummer, navn og kontaktperson, og velg
om dere vil ha en fiktiv virksomhet eller delegering fra en kunde. Eksempel:
  Virksomhet: Eksempel Systemer AS
  Org.nr: 000 000 000
  Kontaktperson: Ola Nordmann

Du mottar dette nyhetsbrevet fordi du er medlem. Meld deg av her:
https://nyhetsbrev.fagsystemleverandorene.example/avmeld"""
m = build("Fagsystemleverandørene <nyhetsbrev@fagsystemleverandorene.example>", "Nyhetsbrev november: testtilgang til RRH, eFaktura og mer",
          "Thu, 19 Nov 2026 07:00:00 +0100", mid_uuid("mailer.fagsystemleverandorene.example"), text=t,
          html=text2html(t), charset="utf-8",
          headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://nyhetsbrev.fagsystemleverandorene.example/avmeld>"),
                   ("List-Id", "Nyhetsbrev <nyhetsbrev.fagsystemleverandorene.example>")])
add("bB_051", "bulk newsletter from an industry association explaining how to order, with a placeholder example",
    label("not_an_order", notes="Newsletter (Precedence: bulk, List-Unsubscribe). The example is not an order."), m)

# ---- 052 status question about earlier order
o = Org(); p = Ph()
t = f"""Hei,

Vi sendte en bestilling på testtilgang med fiktiv virksomhet den 2. november og fikk
referanse RRH-2026-0791. Vi har ikke hørt noe siden. Kan dere si noe om når
tilgangen blir klar?

Mvh
Kenneth Aasen
Nordlys Fakturasystem AS ({o.sp()})
{p.s3()}"""
m = build("Kenneth Aasen <kenneth@nordlys-faktura.no>", "Status på bestilling RRH-2026-0791", "Fri, 20 Nov 2026 11:00:00 +0100",
          mid_gmail(), text=t, html=text2html(t))
add("bB_052", "status question about an earlier order (reference in subject and body); mentions 'fiktiv virksomhet' and has full signature",
    label("not_an_order", notes="Asks about the status of an earlier order; orders nothing new."), m)

# ---- 053 technical question (401)
o = Org()
t = f"""Hi,

We got our fictitious enterprise in the test environment last week (thanks!), but every
call to the RRH API returns 401 Unauthorized even though the Maskinporten token looks
fine and has the right scope. Is there a delay before the delegation takes effect, or
are we missing something?

Regards,
Sanna Virtanen
Revisor Cloud Oy, Norwegian branch NUF {o.d}"""
m = build("Sanna Virtanen <sanna.virtanen@revisorcloud.example>", "401 in RRH test", "Mon, 23 Nov 2026 09:40:00 +0200",
          mid_gmail(), text=t, html=text2html(t))
add("bB_053", "English technical support question after access was granted (401 error); mentions fictitious enterprise and delegation",
    label("not_an_order", notes="Support question about an existing access; nothing ordered."), m)

# ---- 054 English eligibility question from foreign vendor
t = """Hello,

We are a German vendor of AML screening software without any presence in Norway. Are
foreign companies without a Norwegian organisation number eligible for access to your
RRH test environment? If so, what information would you need from us?

Kind regards,
Jonas Weber
Prüfwerk GmbH"""
m = build("Jonas Weber <j.weber@pruefwerk.example>", "Eligibility question - RRH test access for foreign vendor",
          "Tue, 24 Nov 2026 15:00:00 +0100", mid_uuid("pruefwerk.example"), text=t, charset="iso-8859-1", cte="quoted-printable",
          headers=[("User-Agent", "Mozilla Thunderbird")])
add("bB_054", "English eligibility question from a foreign vendor with no org number",
    label("not_an_order", notes="Asks whether they are eligible; no order."), m)

# ---- 055 bounce (DSN), hand-written raw
bnc = f"""Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@mx.brattvag-data.no>
To: opendata.rrh@brreg.no
Subject: Undelivered Mail Returned to Sender
Date: Wed, 25 Nov 2026 10:01:44 +0100
Message-ID: <20261125090144.7A1B23C0123@mx.brattvag-data.no>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7A1B23C0123.1764061304/mx.brattvag-data.no"

This is a MIME-encapsulated message.

--7A1B23C0123.1764061304/mx.brattvag-data.no
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.brattvag-data.no.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kim.brattvag@brattvag-data.no>: user unknown

--7A1B23C0123.1764061304/mx.brattvag-data.no
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.brattvag-data.no
Arrival-Date: Wed, 25 Nov 2026 10:01:43 +0100

Final-Recipient: rfc822; kim.brattvag@brattvag-data.no
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown

--7A1B23C0123.1764061304/mx.brattvag-data.no
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: opendata.rrh@brreg.no
To: kim.brattvag@brattvag-data.no
Subject: [RRH-2026-0840] Testtilgang RRH
Date: Wed, 25 Nov 2026 10:01:40 +0100
Message-ID: <rrh-2026-0840-1.9be0d2c4a5f1e377@brreg.no>

--7A1B23C0123.1764061304/mx.brattvag-data.no--
"""
add("bB_055", "bounce (multipart/report delivery-status) of the bot's own receipt",
    label("not_an_order", notes="Delivery failure notice; nothing is extracted."), bnc.encode("ascii"))

# ---- 056 thank-you / meeting request that mentions both options
o = Org(); p = Ph()
t = f"""Hei!

Tusen takk for hjelpen på telefonen i går. Vi har snakket internt og skal bestemme oss
for om vi vil ha fiktiv virksomhet eller delegering fra en kunde etter nyttår. Da
sender vi en ordentlig bestilling.

Kunne vi i mellomtiden fått et kort Teams-møte med noen hos dere om datamodellen?

God helg!
Marius Engebretsen
Fjellsyn Økonomi AS · {o.sp()} · {p.s3()}"""
m = build("Marius Engebretsen <marius@fjellsyn-okonomi.no>", "Takk + spørsmål om møte", "Fri, 27 Nov 2026 14:00:00 +0100",
          mid_uuid("fjellsyn-okonomi.no", upper=True), text=t, charset="utf-8", cte="quoted-printable",
          headers=[("X-Mailer", "Apple Mail (2.3826.300.87)")])
add("bB_056", "thanks and a meeting request; names both options but says the order comes later; full signature with org number and phone",
    label("not_an_order", notes="No order yet ('sender vi en ordentlig bestilling' later). Nothing extracted."), m)


# ================================================================ threads
def receipt(ref, missing_lines, lang="no"):
    if lang == "en":
        body = [f"Thank you for your order for access to the RRH test environment. Reference: {ref}.", "",
                "Before we can process it we need:"] + [f" - {x}" for x in missing_lines] + ["",
                f"Please reply to this e-mail and keep {ref} in the subject.", "",
                "Brønnøysundregistrene (automatic message)"]
    else:
        body = [f"Vi har mottatt bestillingen av testtilgang til RRH med referanse {ref}.", "",
                "For å behandle den trenger vi:"] + [f" - {x}" for x in missing_lines] + ["",
                f"Svar på denne e-posten og behold {ref} i emnefeltet.", "",
                "Brønnøysundregistrene (automatisk melding)"]
    return body


def quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def bot_id(ref, n=1):
    return f"<{ref.lower()}-{n}.{''.join(RNG.choice('0123456789abcdef') for _ in range(16))}@brreg.no>"


# ---- t01 fictitious: phone added in the answer (Gmail)
o = Org(); p = Ph(); ref = "RRH-2026-0852"; m1id = mid_gmail(); b1 = bot_id(ref)
t1 = f"""Hei,

Mørkvedbukta Data AS bestiller testtilgang til RRH. Vi vil ha en fiktiv virksomhet
som vi kan delegere fra selv.

Orgnr: {o.sp()}
Kontaktperson: Sofie Mørkved, sofie@morkvedbukta-data.no

Hilsen Sofie"""
m1 = build("Sofie Mørkved <sofie@morkvedbukta-data.no>", "Testtilgang RRH", "Mon, 16 Nov 2026 09:00:00 +0100",
           m1id, text=t1, html=text2html(t1))
t2 = f"""Beklager, glemte nummeret: {p.s3()}

Sofie

man. 16. nov. 2026 kl. 09:02 skrev Brønnøysundregistrene <opendata.rrh@brreg.no>:
{quote(receipt(ref, ["telefonnummer til kontaktpersonen"]))}"""
m2 = build("Sofie Mørkved <sofie@morkvedbukta-data.no>", f"Re: [{ref}] Testtilgang RRH", "Mon, 16 Nov 2026 09:31:00 +0100",
           mid_gmail(), text=t2, html=text2html(t2), headers=[("In-Reply-To", b1), ("References", f"{m1id} {b1}")])
add_thread("bB_t01", "thread 2 mails; first lacks the phone; the answer is one short line with the number above the quoted receipt; Gmail",
           label("fictitious_customer", (o, "Mørkvedbukta Data AS", "Sofie Mørkved", "sofie@morkvedbukta-data.no", p),
                 notes="Phone supplied in mail 2. Complete at the end."), [m1, m2])

# ---- t02 existing: unspecified -> option 2 (Outlook top-posted), customer phone from colleague
o = Org(); p = Ph(); oc = Org(); pc = Ph(); ref = "RRH-2026-0867"; m1id = mid_outlook(); b1 = bot_id(ref); m2id = mid_outlook(); b2 = bot_id(ref, 2)
t1 = f"""Hei,

Vi ønsker tilgang til testmiljøet for RRH.

Virksomhet: Lindeberg Økonomisystemer AS
Org.nr.: {o.sp()}
Kontaktperson: Anders Lindeberg, anders@lindeberg-okonomi.no, {p.s3()}

Med vennlig hilsen
Anders Lindeberg"""
m1 = build("Anders Lindeberg <anders@lindeberg-okonomi.no>", "Tilgang testmiljø RRH", "Tue, 17 Nov 2026 10:00:00 +0100",
           m1id, text=t1, html=text2html(t1), charset="windows-1252")
t2 = f"""Hei,

Vi går for nummer 2. Kunden som skal gi oss tilgang er Tromsdalen Bilverksted AS,
org.nr. {oc.sp()}. Kontaktperson der er Ronja Hansen, ronja@tromsdalen-bil.no.
Telefonnummeret hennes sender kollegaen min.

Mvh
Anders

Fra: Brønnøysundregistrene <opendata.rrh@brreg.no>
Sendt: tirsdag 17. november 2026 10:01
Til: Anders Lindeberg <anders@lindeberg-okonomi.no>
Emne: [{ref}] Tilgang testmiljø RRH

""" + "\n".join(receipt(ref, ["hvilken løsning dere ønsker: 1 (fiktiv virksomhet) eller 2 (delegering fra en kunde)"]))
m2 = build("Anders Lindeberg <anders@lindeberg-okonomi.no>", f"SV: [{ref}] Tilgang testmiljø RRH", "Tue, 17 Nov 2026 13:20:00 +0100",
           m2id, text=t2, html=text2html(t2), charset="windows-1252", headers=[("In-Reply-To", b1), ("References", f"{m1id} {b1}")])
t3 = f"""Hei,

Ettersender telefonnummeret til Ronja Hansen hos Tromsdalen Bilverksted, som Anders lovet: {pc.s3()}

Hilsen
Kaja Eliassen
Lindeberg Økonomisystemer AS"""
m3 = build("Kaja Eliassen <kaja@lindeberg-okonomi.no>", f"SV: [{ref}] Tilgang testmiljø RRH", "Wed, 18 Nov 2026 08:45:00 +0100",
           mid_outlook(), text=t3, html=text2html(t3), charset="windows-1252",
           headers=[("In-Reply-To", b2), ("References", f"{m1id} {b1} {m2id} {b2}")])
add_thread("bB_t02", "thread 3 mails; request without option, answer chooses 'nummer 2' top-posted over an Outlook Fra:/Sendt: block; a colleague from the same domain sends the customer phone; the colleague is not the vendor contact",
           label("existing_customer", (o, "Lindeberg Økonomisystemer AS", "Anders Lindeberg", "anders@lindeberg-okonomi.no", p),
                 (oc, "Tromsdalen Bilverksted AS", "Ronja Hansen", "ronja@tromsdalen-bil.no", pc),
                 notes="Mail 2 picks option 2 and names the customer; mail 3 (colleague Kaja Eliassen) adds the customer's phone. Vendor contact stays Anders Lindeberg."), [m1, m2, m3])

# ---- t03 direct: legal basis added (English)
o = Org(); p = Ph(); pp = Ph(); ref = "RRH-2026-0871"; m1id = mid_gmail(); b1 = bot_id(ref)
t1 = f"""Hello,

Nordkapp Audit Partners AS would like direct access to RRH for our own use (we are not
a software vendor), starting with the test environment.

Org. no.: {o.sp()}
Test contact: Eva Martinsen, eva.martinsen@nordkapp-audit.example, {p.s3()}
Production contact: Leif Johansen, leif.johansen@nordkapp-audit.example, {pp.s3()}

Regards,
Eva Martinsen"""
m1 = build("Eva Martinsen <eva.martinsen@nordkapp-audit.example>", "Direct access to RRH", "Wed, 18 Nov 2026 12:00:00 +0100",
           m1id, text=t1, html=text2html(t1))
t2 = f"""Hi,

Sorry, I left that out. We are an audit firm and a reporting entity under the Norwegian
Anti-Money Laundering Act (hvitvaskingsloven).

Eva

On Wed, 18 Nov 2026 at 12:01, Brønnøysundregistrene <opendata.rrh@brreg.no> wrote:
{quote(receipt(ref, ["the legal basis for access"], lang="en"))}"""
m2 = build("Eva Martinsen <eva.martinsen@nordkapp-audit.example>", f"Re: [{ref}] Direct access to RRH", "Wed, 18 Nov 2026 15:30:00 +0100",
           mid_gmail(), text=t2, html=text2html(t2), headers=[("In-Reply-To", b1), ("References", f"{m1id} {b1}")])
add_thread("bB_t03", "thread 2 mails; English direct access without legal basis; the answer gives it in a sentence (reporting entity under the AML Act)",
           label("direct_access", (o, "Nordkapp Audit Partners AS", "Eva Martinsen", "eva.martinsen@nordkapp-audit.example", p),
                 prod=("Leif Johansen", "leif.johansen@nordkapp-audit.example", pp), basis="reporting_entity",
                 notes="Legal basis arrives in mail 2. Complete at the end."), [m1, m2])

# ---- t04 fictitious: malformed email corrected (Apple Mail, top-posted)
o = Org(); p = Ph(); ref = "RRH-2026-0880"; m1id = mid_uuid("snohetta-it.no", upper=True); b1 = bot_id(ref)
t1 = f"""Hei,

Snøhetta IT AS ønsker en fiktiv virksomhet i testmiljøet for RRH, slik at vi kan
delegere tilgang fra den til oss selv.

Org.nr. {o.sp()}
Kontaktperson: Gunhild Dovre
E-post: gunhild.dovre@snohetta-it,no
Mobil: {p.s3()}

Hilsen Gunhild"""
m1 = build("Gunhild Dovre <gunhild.dovre@snohetta-it.no>", "Testtilgang RRH – fiktiv virksomhet", "Thu, 19 Nov 2026 08:00:00 +0100",
           m1id, text=t1, charset="utf-8", cte="quoted-printable", headers=[("X-Mailer", "Apple Mail (2.3826.300.87)")])
t2 = f"""Rettelse: e-postadressen min ble feil i forrige e-post, den riktige er gunhild.dovre@snohetta-it.no

Gunhild

> 19. nov. 2026 kl. 08:01 skrev Brønnøysundregistrene <opendata.rrh@brreg.no>:
>
{quote(receipt(ref, ["gyldig e-postadresse til kontaktpersonen"]))}"""
m2 = build("Gunhild Dovre <gunhild.dovre@snohetta-it.no>", f"Re: [{ref}] Testtilgang RRH – fiktiv virksomhet",
           "Thu, 19 Nov 2026 08:40:00 +0100", mid_uuid("snohetta-it.no", upper=True), text=t2, charset="utf-8",
           cte="quoted-printable", headers=[("X-Mailer", "iPhone Mail (22B91)"), ("In-Reply-To", b1), ("References", f"{m1id} {b1}")])
add_thread("bB_t04", "thread 2 mails; mail 1 has a malformed email (comma for dot); mail 2 is a top-posted correction from an iPhone",
           label("fictitious_customer", (o, "Snøhetta IT AS", "Gunhild Dovre", "gunhild.dovre@snohetta-it.no", p),
                 notes="The invalid address of mail 1 is corrected in mail 2: valid and complete at the end."), [m1, m2])

# ---- t05 existing: customer details added in nynorsk, vendor phone corrected
o = Org(); p_old = Ph(); p = Ph(); oc = Org(); pc = Ph(); ref = "RRH-2026-0894"; m1id = mid_uuid("fjaler-data.no"); b1 = bot_id(ref)
t1 = f"""Hei,

Fjaler Datasenter AS vil ha testtilgang til RRH der kunden vår Dale Sag og Høvleri AS
delegerer tilgangen sin til oss. Me kjem attende med detaljane om kunden.

Org.nr. {o.sp()}
Kontaktperson: Audun Fjeldstad, audun@fjaler-data.no, {p_old.s3()}

Helsing Audun"""
m1 = build("Audun Fjeldstad <audun@fjaler-data.no>", "Testtilgang RRH", "Fri, 20 Nov 2026 09:00:00 +0100",
           m1id, text=t1, charset="iso-8859-1", cte="8bit", flowed=True, headers=[("User-Agent", "Mozilla Thunderbird")])
t2 = f"""Hei att,

Her er det som mangla om kunden:
Dale Sag og Høvleri AS, org.nr. {oc.sp()}
Kontaktperson: Marit Dale, marit@dalesag.no, {pc.s3()}

Og eit anna nummer til meg, det førre var det gamle: {p.s3()}

Helsing Audun

Den 20.11.2026 kl. 09:01, skreiv Brønnøysundregistrene:
{quote(receipt(ref, ["organisasjonsnummeret til kunden", "kontaktperson hos kunden (namn, e-post, telefon)"]))}"""
m2 = build("Audun Fjeldstad <audun@fjaler-data.no>", f"Re: [{ref}] Testtilgang RRH", "Mon, 23 Nov 2026 10:15:00 +0100",
           mid_uuid("fjaler-data.no"), text=t2, charset="iso-8859-1", cte="8bit", flowed=True,
           headers=[("User-Agent", "Mozilla Thunderbird"), ("In-Reply-To", b1), ("References", f"{m1id} {b1}")])
add_thread("bB_t05", "thread 2 mails; nynorsk; customer named in mail 1, its number and contact in mail 2, which also replaces the vendor contact's phone; Thunderbird ISO-8859-1 8bit",
           label("existing_customer", (o, "Fjaler Datasenter AS", "Audun Fjeldstad", "audun@fjaler-data.no", p),
                 (oc, "Dale Sag og Høvleri AS", "Marit Dale", "marit@dalesag.no", pc),
                 notes="Mail 2 completes the customer and corrects the vendor phone (the old number from mail 1 is superseded)."), [m1, m2])
