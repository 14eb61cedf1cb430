#!/usr/bin/env python3
"""Generate the cB blind corpus half: messages/cB_NNN.{eml,json}, threads/cB_tNN/, README.md."""
import json, random, re, shutil, html as H
from pathlib import Path
from email.message import EmailMessage
from email import policy
from email.utils import make_msgid
from stdnum.no import orgnr

OUT = Path(__file__).resolve().parent
ITEMS = []  # (kind, name, order_type, desc, gold)

def org(seed):
    r = random.Random(seed)
    while True:
        s = str(r.choice([8, 9])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        for d in "0123456789":
            if orgnr.is_valid(s + d):
                return s + d

def bad(o):
    for d in "1234567890":
        c = o[:8] + d
        if c != o and not orgnr.is_valid(c):
            return c

def sp(o):
    return f"{o[:3]} {o[3:6]} {o[6:]}"

def p(s):
    s = s.strip()
    d = re.sub(r"[^\d+]", "", s)
    if d.startswith("+"):
        return d
    if d.startswith("00"):
        return "+" + d[2:]
    return "+47" + d

def C(name=None, email=None, phone=None):
    return {"name": name, "email": email.lower() if email else None, "phone": p(phone) if phone else None}

def P(o=None, name=None, contact=None):
    return {"org_number": o, "name": name, "contact": contact or C()}

REQ_PARTY = ["org_number", "name", "contact.name", "contact.email", "contact.phone"]

def G(t, app=None, cust=None, prod=None, basis=None, invalid=(), notes=""):
    g = {"order_type": t, "applicant": app or P(), "customer": cust, "production_contact": prod,
         "legal_basis": basis, "missing": [], "invalid": sorted(invalid), "notes": notes}
    def get(o, path):
        for k in path.split("."):
            o = o.get(k) if isinstance(o, dict) else None
        return o
    miss = []
    if t != "not_an_order":
        for f in REQ_PARTY:
            if get(g["applicant"], f) is None:
                miss.append("applicant." + f)
        if t == "existing_customer":
            for f in REQ_PARTY:
                if get(g["customer"], f) is None:
                    miss.append("customer." + f)
        if t == "direct_access":
            for f in ["name", "email", "phone"]:
                if get(prod, f) is None:
                    miss.append("production_contact." + f)
            if basis is None:
                miss.append("legal_basis")
        if t == "unspecified":
            miss.append("order_type")
    g["missing"] = sorted(miss)
    return g

def to_html(text):
    return '<div dir="ltr">' + "<br>\n".join(H.escape(l) for l in text.split("\n")) + "</div>\n"

def outlook_html(text):
    paras = "\n".join(f'<p class="MsoNormal">{H.escape(l) if l.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="NO-BOK"><div class="WordSection1">\n' + paras + "\n</div></body></html>\n")

N = [0]
def build(frm, subject, text=None, html=None, style="gmail", charset="utf-8", cte="quoted-printable",
          date=None, to="opendata.rrh@brreg.no", extra=None, mid=None,
          attach=None, cc=None):
    m = EmailMessage()
    dom = frm.split("@")[-1].rstrip(">")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    if date is None:
        import datetime
        d = datetime.datetime(2026, 10, 5, 7, 31) + datetime.timedelta(days=N[0] % 37, minutes=97 * N[0] % 600)
        date = d.strftime("%a, %d %b %Y %H:%M:00 ") + ("+0200" if d < datetime.datetime(2026, 10, 25) else "+0100")
    m["Date"] = date
    r = random.Random(1000 + N[0])
    m["Message-ID"] = mid or f"<{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(24))}.cb{N[0]:03d}@{dom}>"
    N[0] += 1
    for k, v in (extra or {}).items():
        m[k] = v
    if style == "plain":
        m.set_content(text, charset=charset, cte=cte)
    elif style in ("gmail", "outlook"):
        m.set_content(text, charset=charset, cte=cte)
        h = html or (to_html(text) if style == "gmail" else outlook_html(text))
        m.add_alternative(h, subtype="html", charset=charset, cte=cte)
    elif style == "html":
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    if attach:
        for data, mt, fn in attach:
            if m.get_content_maintype() != "multipart":
                m.make_mixed()
            m.add_attachment(data, maintype=mt.split("/")[0], subtype=mt.split("/")[1], filename=fn)
    return m

def add_msg(order_type, desc, msg, gold):
    name = f"cB_{len([i for i in ITEMS if i[0]=='m'])+1:03d}"
    assert gold["order_type"] == order_type
    ITEMS.append(("m", name, order_type, desc, gold, msg))

def add_thread(order_type, desc, msgs, gold):
    name = f"cB_t{len([i for i in ITEMS if i[0]=='t'])+1:02d}"
    assert gold["order_type"] == order_type
    ITEMS.append(("t", name, order_type, desc, gold, msgs))

IPHONE = {"X-Mailer": "iPhone Mail (21H221)"}
OUTLOOK = {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "RRH", "Accept-Language": "nb-NO, en-US"}
TB = {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"}
ANDROID = {"X-Mailer": "Outlook for Android"}

# ---------------------------------------------------------------- messages
# 001 F very short, contact = sender ('ring meg'), email from From
o = org(1)
add_msg("fictitious_customer", "very short Gmail; 'bare ta kontakt med meg' makes the sender the contact; email from From header",
 build("Trine Haugland <trine@fjellvindlonn.no>", "fiktiv virksomhet rrh test",
  f"Hei\n\nKan dere lage en fiktiv virksomhet til oss i testmiljøet for RRH? Fjellvind Lønn AS, org.nr {o}. Bare ta kontakt med meg på 415 27 903 om noe.\n\nTrine\n"),
 G("fictitious_customer", P(o, "Fjellvind Lønn AS", C("Trine Haugland", "trine@fjellvindlonn.no", "415 27 903")),
   notes="Three sentences. 'ta kontakt med meg' makes the sender the contact; name and address from From."))

# 002 E customer writes for its vendor
v, c = org(2), org(3)
add_msg("existing_customer", "the customer writes the option-2 order for its vendor; applicant is the vendor; Outlook windows-1252 QP",
 build("Hege Strand <hege.strand@solbakkenbygg.no>", "Tilgang for leverandøren vår til testmiljøet RRH",
  f"Hei,\n\nVi i Solbakken Bygg AS (org.nr. {sp(c)}) bruker lønns- og regnskapssystemet til Kodeverket Nord AS. "
  f"De trenger tilgang til testmiljøet hos dere, og vi skal delegere vår tilgang til dem.\n\n"
  f"Leverandøren:\nKodeverket Nord AS, org.nr. {sp(v)}\nKontaktperson der: Jonas Eliassen, jonas@kodeverketnord.no, mobil 917 33 208\n\n"
  f"Hos oss er det undertegnede som er kontakt, tlf. 48 12 90 77.\n\nMed vennlig hilsen\nHege Strand\nøkonomisjef\nSolbakken Bygg AS\n",
  style="outlook", charset="windows-1252", extra=OUTLOOK),
 G("existing_customer", P(v, "Kodeverket Nord AS", C("Jonas Eliassen", "jonas@kodeverketnord.no", "917 33 208")),
   P(c, "Solbakken Bygg AS", C("Hege Strand", "hege.strand@solbakkenbygg.no", "48 12 90 77")),
   notes="The customer writes; the applicant is the vendor. 'undertegnede' is the customer's contact (title økonomisjef dropped); address from From."))

# 003 F Nynorsk, Thunderbird latin-1 8bit
o = org(4)
add_msg("fictitious_customer", "Nynorsk; Thunderbird ISO-8859-1 8bit; 'fiktiv verksemd'",
 build("Eirik Hjelmeland <eirik@hjelmelanddata.no>", "Bestilling av testtilgang",
  f"Hei!\n\nVi vil gjerne tinge tilgang til testmiljøet for registeret over reelle rettshavarar. "
  f"Vi ønskjer at de opprettar ei fiktiv verksemd som vi sjølve kan delegere tilgangen frå.\n\n"
  f"Verksemd: Hjelmeland Data AS\nOrganisasjonsnummer: {o}\nKontaktperson for testinga: Eirik Hjelmeland\n"
  f"E-post: eirik@hjelmelanddata.no\nTelefon: 950 41 632\n\nHelsing\nEirik Hjelmeland\nHjelmeland Data AS, Førde\n",
  style="plain", charset="iso-8859-1", cte="8bit", extra=TB),
 G("fictitious_customer", P(o, "Hjelmeland Data AS", C("Eirik Hjelmeland", "eirik@hjelmelanddata.no", "950 41 632")),
   notes="Nynorsk (tinge, ønskjer, verksemd, sjølve). Complete."))

# 004 F consultant writes on behalf of the vendor and is the contact
o = org(5)
add_msg("fictitious_customer", "consultant from another firm writes on behalf of the vendor and is the contact; her firm's org number in the signature is a distractor",
 build("Camilla Wold <camilla.wold@brobyggerkonsult.no>", "Testtilgang RRH på vegne av Tindeløs Software AS",
  f"Hei,\n\nJeg er innleid konsulent hos Tindeløs Software AS og hjelper dem med integrasjonen mot RRH. "
  f"På vegne av dem bestiller jeg tilgang til testmiljøet med en fiktiv virksomhet, slik at de kan delegere tilgangen selv.\n\n"
  f"Tindeløs Software AS har organisasjonsnummer {sp(o)}.\n\nDet er jeg som skal teste, så bruk meg som kontaktperson.\n\n"
  f"Vennlig hilsen\nCamilla Wold\nSeniorkonsulent\nBrobygger Konsult AS | org.nr. {sp(org(6))}\ncamilla.wold@brobyggerkonsult.no | 936 70 214\n"),
 G("fictitious_customer", P(o, "Tindeløs Software AS", C("Camilla Wold", "camilla.wold@brobyggerkonsult.no", "936 70 214")),
   notes="A consultant orders for the vendor and names herself as contact: her address and phone (signature) are the contact's. Her own firm (org number in signature) is not the applicant."))

# 005 E several customers, one chosen
v, c1, c2, c3 = org(7), org(8), org(9), org(10)
add_msg("existing_customer", "three customers listed with org numbers; only the last is the delegating one ('vi begynner med sistnevnte')",
 build("Lars Viken <lars.viken@regnvik.no>", "RRH testmiljø – delegering fra kunde",
  f"Hei,\n\nVi i Regnvik Systemer AS (org.nr {v}) har flere kunder som vil bruke RRH-modulen vår: "
  f"Haugetun Eiendom AS ({c1}), Brekke Transport AS ({c2}) og Liland Fisk AS ({c3}). "
  f"For testmiljøet begynner vi med sistnevnte, som skal delegere tilgangen sin til oss.\n\n"
  f"Kontakt hos Liland Fisk AS: Marit Liland, marit@lilandfisk.no, 901 55 420\n"
  f"Vår kontakt: Lars Viken, lars.viken@regnvik.no, 468 20 119\n\nHilsen Lars\n"),
 G("existing_customer", P(v, "Regnvik Systemer AS", C("Lars Viken", "lars.viken@regnvik.no", "468 20 119")),
   P(c3, "Liland Fisk AS", C("Marit Liland", "marit@lilandfisk.no", "901 55 420")),
   notes="Three customers with org numbers; 'sistnevnte' picks Liland Fisk AS as the delegating customer."))

# 006 F colleague is the contact, no phone for her; sender's phone in signature is not hers
o = org(11)
add_msg("fictitious_customer", "colleague named as contact without phone; the sender's signature phone is not hers — missing phone; Outlook",
 build("Petter Nygård <petter.nygard@lysverk-it.no>", "Bestilling: fiktiv virksomhet i testmiljø RRH",
  f"Hei,\n\nLysverk IT AS ønsker tilgang til testmiljøet for RRH-API-ene. Vi ønsker alternativ 1, der dere oppretter en fiktiv virksomhet vi delegerer tilgang fra selv.\n\n"
  f"Org.nr.: {sp(o)}\nKontaktperson: Sofie Berntsen, sofie.berntsen@lysverk-it.no (hun er utvikleren som skal teste)\n\n"
  f"Med vennlig hilsen\n\nPetter Nygård\nDaglig leder\nLysverk IT AS\nMobil: 975 12 864\n",
  style="outlook", extra=OUTLOOK),
 G("fictitious_customer", P(o, "Lysverk IT AS", C("Sofie Berntsen", "sofie.berntsen@lysverk-it.no")),
   notes="The contact is a colleague; the sender's mobile in the signature is his, not hers: contact phone missing."))

# 007 E Swedish vendor with NUF
v, c = org(12), org(13)
add_msg("existing_customer", "Swedish vendor with a Norwegian NUF; Swedish 10-digit org.nr is a distractor; +46 phone; option 2 in Swedish",
 build("Johan Lindqvist <johan.lindqvist@norrsken-lon.test>", "Beställning testmiljö RRH – delegering från kund",
  f"Hej!\n\nVi på Norrsken Lön AB säljer lönesystem i Norge genom vår filial Norrsken Lön NUF (norskt org.nr {sp(v)}; "
  f"svenskt organisationsnummer 556712-3391). Vi vill beställa åtkomst till testmiljön där en av våra befintliga kunder delegerar åtkomsten till oss.\n\n"
  f"Kunden: Fossheim Maskin AS, org.nr {sp(c)}. Kontaktperson hos kunden är Ole Fossheim, ole@fossheimmaskin.no, tel 916 02 348.\n\n"
  f"Kontaktperson hos oss: Johan Lindqvist, johan.lindqvist@norrsken-lon.test, +46 70 312 45 88\n\nMed vänlig hälsning\nJohan Lindqvist\n"),
 G("existing_customer", P(v, "Norrsken Lön NUF", C("Johan Lindqvist", "johan.lindqvist@norrsken-lon.test", "+46 70 312 45 88")),
   P(c, "Fossheim Maskin AS", C("Ole Fossheim", "ole@fossheimmaskin.no", "916 02 348")),
   notes="Swedish; the applicant is the Norwegian branch (NUF) with its Norwegian org number; the Swedish organisationsnummer is not an org number. Swedish mobile kept as +46."))

# 008 F Danish vendor NUF, Danish, CVR distractor
o = org(14)
add_msg("fictitious_customer", "Danish vendor NUF; CVR number distractor; 'fiktiv virksomhed'; +45 phone; Apple Mail QP",
 build("Mette Kjærgaard <mk@bogholderiet.example>", "Bestilling af testadgang – RRH",
  f"Hej,\n\nVi vil gerne bestille adgang til testmiljøet for RRH. Vi ønsker den løsning, hvor I opretter en fiktiv virksomhed, som vi selv kan delegere adgangen fra.\n\n"
  f"Virksomhed: Bogholderiet ApS, filial i Norge: Bogholderiet NUF\nNorsk org.nr.: {o}\nCVR: 31 44 87 26\n"
  f"Vores kontaktperson er Mads Thomsen, mads.thomsen@bogholderiet.example, tlf. +45 22 41 87 30.\n\n"
  f"Venlig hilsen\nMette Kjærgaard\nBogholderiet ApS\n", extra={"X-Mailer": "Apple Mail (2.3774)"}, style="plain"),
 G("fictitious_customer", P(o, "Bogholderiet NUF", C("Mads Thomsen", "mads.thomsen@bogholderiet.example", "+45 22 41 87 30")),
   notes="Danish. The Norwegian org number belongs to the NUF branch, so the applicant is the NUF; the CVR is not an org number. Contact is not the sender."))

# 009 E English international vendor
v, c = org(15), org(16)
add_msg("existing_customer", "English from an international vendor; option 2 described as 'one of our Norwegian clients will delegate'; contact split body/signature",
 build("Priya Raman <priya.raman@ledgerloop.example>", "RRH test environment access request",
  f"Dear Brønnøysund team,\n\nLedgerloop Norway AS (org. no. {sp(v)}) would like access to the RRH test environment. "
  f"One of our Norwegian clients, Kvamme Shipping AS (org. no. {sp(c)}), will delegate its access to us.\n\n"
  f"The contact at Kvamme Shipping AS is Andreas Kvamme (andreas@kvammeshipping.no, +47 934 81 206).\n\n"
  f"I will be the contact on our side.\n\nKind regards,\n\nPriya Raman\nIntegration Lead, Ledgerloop Norway AS\npriya.raman@ledgerloop.example\nM: +47 405 66 931\n"),
 G("existing_customer", P(v, "Ledgerloop Norway AS", C("Priya Raman", "priya.raman@ledgerloop.example", "+47 405 66 931")),
   P(c, "Kvamme Shipping AS", C("Andreas Kvamme", "andreas@kvammeshipping.no", "+47 934 81 206")),
   notes="English. 'I will be the contact' = the sender; phone only in the signature."))

# 010 F all lower case
o = org(17)
add_msg("fictitious_customer", "all lower case, one paragraph; names kept as written",
 build("frode aasen <frode@aasenregnskap.no>", "testtilgang",
  f"hei. vi i aasen regnskapsprogram as ønsker testtilgang med fiktiv virksomhet som vi delegerer fra selv. orgnr {o}. kontaktperson er frode aasen, frode@aasenregnskap.no, tlf 928 40 517. takk\n",
  style="plain"),
 G("fictitious_customer", P(o, "aasen regnskapsprogram as", C("frode aasen", "frode@aasenregnskap.no", "928 40 517")),
   notes="All lower case; names recorded as written."))

# 011 E Outlook HTML-only table
v, c = org(18), org(19)
tbl = (f'<html><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="NO-BOK">'
 f'<p class="MsoNormal">Hei,</p><p class="MsoNormal">Vi ønsker tilgang til testmiljøet for RRH ved delegering fra en eksisterende kunde. Opplysningene står i tabellen.</p>'
 f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
 f'<tr><td><p class="MsoNormal"><b>&nbsp;</b></p></td><td><p class="MsoNormal"><b>Leverandør</b></p></td><td><p class="MsoNormal"><b>Kunde</b></p></td></tr>'
 f'<tr><td><p class="MsoNormal">Navn</p></td><td><p class="MsoNormal">Skarvheim Data AS</p></td><td><p class="MsoNormal">Grønland Elektro AS</p></td></tr>'
 f'<tr><td><p class="MsoNormal">Org.nr.</p></td><td><p class="MsoNormal">{sp(v).replace(" ", "&nbsp;")}</p></td><td><p class="MsoNormal">{sp(c).replace(" ", "&nbsp;")}</p></td></tr>'
 f'<tr><td><p class="MsoNormal">Kontaktperson</p></td><td><p class="MsoNormal">Ingrid Skarvheim</p></td><td><p class="MsoNormal">Tor Erik Grønland</p></td></tr>'
 f'<tr><td><p class="MsoNormal">E-post</p></td><td><p class="MsoNormal"><a href="mailto:ingrid@skarvheim.no">ingrid@skarvheim.no</a></p></td><td><p class="MsoNormal"><a href="mailto:te@gronlandelektro.no">te@gronlandelektro.no</a></p></td></tr>'
 f'<tr><td><p class="MsoNormal">Telefon</p></td><td><p class="MsoNormal">982 17 430</p></td><td><p class="MsoNormal">22 87 14 50</p></td></tr>'
 f'</table><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Mvh<br>Ingrid Skarvheim</p></body></html>\n')
add_msg("existing_customer", "Outlook HTML-only table with party columns and an empty corner cell; &nbsp; in org numbers; customer landline",
 build("Ingrid Skarvheim <ingrid@skarvheim.no>", "Testtilgang RRH – delegering fra kunde", html=tbl, style="html", extra=OUTLOOK),
 G("existing_customer", P(v, "Skarvheim Data AS", C("Ingrid Skarvheim", "ingrid@skarvheim.no", "982 17 430")),
   P(c, "Grønland Elektro AS", C("Tor Erik Grønland", "te@gronlandelektro.no", "22 87 14 50")),
   notes="HTML only: a table with the vendor and the customer in columns. Customer phone is an Oslo landline."))

# 012 F iPhone short, org number to follow
add_msg("fictitious_customer", "iPhone base64, very short; org number 'kommer' (placeholder) — missing org number",
 build("Kristian Moe <kristian@moeutvikling.no>", "RRH test",
  "Hei, vi i Moe Utvikling AS vil ha testtilgang m/ fiktiv virksomhet (alt. 1). Orgnr kommer i egen mail, har det ikke her. Meg som kontakt, 466 38 201.\n\nKristian\n\nSendt fra min iPhone\n",
  style="plain", cte="base64", extra=IPHONE),
 G("fictitious_customer", P(None, "Moe Utvikling AS", C("Kristian Moe", "kristian@moeutvikling.no", "466 38 201")),
   notes="Mobile mail; the org number is promised later: missing. 'Meg som kontakt' = sender; email from From."))

# 013 N out-of-office
add_msg("not_an_order", "Norwegian out-of-office auto-reply with colleague's phone and an org number in signature",
 build("Siri Lunde <siri.lunde@vangdata.no>", "Fraværsmelding: Testtilgang RRH",
  f"Hei,\n\nJeg er på kurs til og med 18. november og har begrenset tilgang til e-post. "
  f"Haster det, kontakt kollega Ove Vang på 918 20 447.\n\nSiri Lunde\nVang Data AS | org.nr. {sp(org(20))}\n",
  style="plain", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
 G("not_an_order", notes="Automatic out-of-office reply. Nothing is ordered."))

# 014 N eligibility question
add_msg("not_an_order", "eligibility question ('kan vi som lite regnskapsbyrå få ...?') with full signature; no order",
 build("Bjørn Tveit <bjorn@tveitregnskap.no>", "Spørsmål om testtilgang",
  f"Hei,\n\nVi er et lite regnskapsbyrå som har laget et eget verktøy for kundekontroll. Kan vi få tilgang til testmiljøet for RRH, "
  f"eller er det bare for systemleverandører som selger programvare? Vi vil ikke bestille noe før vi vet om vi er kvalifisert.\n\n"
  f"Mvh\nBjørn Tveit\nTveit Regnskap AS, org.nr {org(21)}\n977 40 312\n"),
 G("not_an_order", notes="Asks whether they qualify; explicitly not ordering yet."))

# 015 N production request
add_msg("not_an_order", "production access request with legal basis and contacts ('tilgang til produksjon'); not_an_order",
 build("Randi Aas <randi.aas@fjordsparebank.no>", "Tilgang til RRH i produksjon",
  f"Hei,\n\nVi har testet ferdig i testmiljøet og ønsker nå tilgang til API-et i produksjon. Vi er rapporteringspliktige etter hvitvaskingsloven.\n\n"
  f"Fjordsparebanken, org.nr {sp(org(22))}\nProduksjonsansvarlig: Randi Aas, randi.aas@fjordsparebank.no, 995 21 604\n\nMvh Randi Aas\n",
  style="outlook", extra=OUTLOOK),
 G("not_an_order", notes="A request for production access is not an order in this mailbox."))

# 016 N newsletter
add_msg("not_an_order", "bulk newsletter from a software association mentioning RRH test access",
 build("Nyhetsbrev Programvareforeningen <nyheter@programvareforeningen.test>", "Nyhetsbrev november: RRH, a-melding og mer",
  "NYHETSBREV – NOVEMBER 2026\n\n1) Register over reelle rettighetshavere: Husk at leverandører kan bestille tilgang til testmiljøet, enten med en fiktiv virksomhet eller ved delegering fra en kunde. Send e-post til opendata.rrh@brreg.no.\n\n2) Frokostseminar 3. desember.\n\nDu mottar denne e-posten fordi du er medlem. Meld deg av her: https://programvareforeningen.test/avmeld\n",
  extra={"Precedence": "bulk", "List-Unsubscribe": "<https://programvareforeningen.test/avmeld>"}),
 G("not_an_order", notes="Newsletter; mentions both options but orders nothing."))

# 017 N complaint about slow handling
add_msg("not_an_order", "complaint about slow handling of an earlier order, with org number and phone in signature",
 build("Geir Holm <geir.holm@holmsoft.no>", "Hvorfor tar dette så lang tid???",
  f"Hei.\n\nVi sendte bestilling på testtilgang for fem uker siden og har fortsatt ikke hørt noe. Kundene våre venter og dette er ikke greit. "
  f"Kan noen gi oss en status? Referansen var RRH-2026-0318.\n\nGeir Holm\nHolmsoft AS\nOrg.nr {org(23)}\nTlf 934 88 120\n"),
 G("not_an_order", notes="Complaint and status question about an earlier order; not a new order."))

# 018 D direct, reporting entity
o = org(24)
add_msg("direct_access", "direct access, reporting entity (real-estate agency); test and production contact different; Outlook windows-1252",
 build("Helene Brun <helene.brun@meglerhuset-vest.no>", "Bestilling direkte tilgang RRH testmiljø",
  f"Hei,\n\nMeglerhuset Vest AS er rapporteringspliktig etter hvitvaskingsloven og ønsker direkte tilgang til testmiljøet for RRH for egen bruk.\n\n"
  f"Organisasjonsnummer: {sp(o)}\nTestansvarlig: Helene Brun, helene.brun@meglerhuset-vest.no, 971 30 826\n"
  f"Produksjonsansvarlig: Stian Kolstad, stian.kolstad@meglerhuset-vest.no, 55 30 12 90\n\nMed vennlig hilsen\nHelene Brun\nCompliance, Meglerhuset Vest AS\n",
  style="outlook", charset="windows-1252", extra=OUTLOOK),
 G("direct_access", P(o, "Meglerhuset Vest AS", C("Helene Brun", "helene.brun@meglerhuset-vest.no", "971 30 826")),
   prod=C("Stian Kolstad", "stian.kolstad@meglerhuset-vest.no", "55 30 12 90"), basis="reporting_entity",
   notes="Direct access; legal basis anti-money-laundering reporting entity. Production phone is a Bergen landline."))

# 019 D media, production phone missing
o = org(25)
add_msg("direct_access", "direct access for a local newspaper (media); production contact without phone — missing production phone",
 build("Audun Rønning <audun@tronderposten.test>", "Direkte tilgang til testmiljøet – redaksjonell bruk",
  f"Hei,\n\nTrønderposten AS er et mediehus og ønsker direkte tilgang til RRH (testmiljøet først) til bruk i journalistikk.\n\n"
  f"Org.nr: {o}\nTestansvarlig: Audun Rønning, audun@tronderposten.test, 902 64 318\n"
  f"Produksjonsansvarlig: redaktør Kjersti Bakk, kjersti.bakk@tronderposten.test\n\nHilsen\nAudun Rønning\nDatajournalist\n"),
 G("direct_access", P(o, "Trønderposten AS", C("Audun Rønning", "audun@tronderposten.test", "902 64 318")),
   prod=C("Kjersti Bakk", "kjersti.bakk@tronderposten.test"), basis="media",
   notes="Media as legal basis. Title 'redaktør' dropped. No production phone: missing."))

# 020 U short request, no option
o = org(26)
add_msg("unspecified", "short request for test access naming neither option; complete applicant",
 build("Nina Foss <nina@fossintegrasjon.no>", "Tilgang RRH",
  f"Hei\n\nFoss Integrasjon AS, {sp(o)}, ønsker tilgang til testmiljøet til RRH.\nKontakt: Nina Foss, nina@fossintegrasjon.no, 413 96 027\n\nMvh Nina\n"),
 G("unspecified", P(o, "Foss Integrasjon AS", C("Nina Foss", "nina@fossintegrasjon.no", "413 96 027")),
   notes="An access request with no option: order_type missing."))

# 021 U long rambling, no option, no phone
o = org(27)
add_msg("unspecified", "long rambling mail about the product and plans, request buried in the middle, no option, no phone — missing phone",
 build("Øystein Lie <oystein.lie@kvernhusdata.no>", "Litt om oss og RRH",
  f"Hei dere i Brønnøysund!\n\nFørst må jeg bare si at vi har fulgt med på arbeidet med registeret over reelle rettighetshavere helt siden høringen, "
  f"og vi synes det er flott at det nå kommer API-er. Vi er et lite firma på Hamar som lager programvare for boligbyggelag og sameier, "
  f"og mange av kundene våre har spurt om vi kan hente opplysninger om reelle rettighetshavere automatisk.\n\n"
  f"Vi har et par utviklere som har begynt å se på dokumentasjonen, og det ser ryddig ut. Derfor ville vi gjerne fått tilgang til testmiljøet "
  f"så snart det lar seg gjøre, helst før jul, for da har vi litt luft i planene. Firmaet heter Kvernhus Data AS og organisasjonsnummeret er {o}.\n\n"
  f"Jeg er nok den som følger opp dette fra vår side, så send gjerne svar til meg. Ellers er vi litt usikre på hvordan dette med delegering fungerer, "
  f"men det finner vi sikkert ut av etter hvert. Vi gleder oss uansett!\n\nBeste hilsen\nØystein Lie\nKvernhus Data AS\n"),
 G("unspecified", P(o, "Kvernhus Data AS", C("Øystein Lie", "oystein.lie@kvernhusdata.no")),
   notes="Long, chatty mail; the request is in the second paragraph; 'send gjerne svar til meg' makes the sender the contact; no phone and no option."))

# 022 F long, contact split body/signature
o = org(28)
add_msg("fictitious_customer", "long mail; contact named in the body, her email and phone only in the signature block (she is the sender)",
 build("Vilde Sæther <vilde.saether@bergtunsystem.no>", "Ønsker testmiljø for RRH – fiktiv virksomhet",
  f"Hei,\n\nVi holder på å bygge en ny modul for kundekontroll i Bergtun System AS og trenger å teste oppslag mot RRH før vi lanserer. "
  f"Vi har snakket internt om hvilken av de to løsningene som passer, og kommet frem til at det enkleste er at dere oppretter en fiktiv virksomhet "
  f"som vi selv delegerer tilgang fra. Da slipper vi å involvere kundene i testfasen.\n\n"
  f"Vårt organisasjonsnummer er {sp(o)}. Jeg, Vilde Sæther, er kontaktperson for testingen.\n\n"
  f"Takk for hjelpen!\n\n--\nVilde Sæther\nProduktansvarlig\nBergtun System AS\nE: vilde.saether@bergtunsystem.no\nM: 454 03 771\nwww.bergtunsystem.no\n"),
 G("fictitious_customer", P(o, "Bergtun System AS", C("Vilde Sæther", "vilde.saether@bergtunsystem.no", "454 03 771")),
   notes="Contact named in the body; her email and mobile only in the signature. 'Produktansvarlig' is a title line."))

# 023 E typos
v, c = org(29), org(30)
add_msg("existing_customer", "typos everywhere ('bestile', 'eksisterene', 'Kontakperson', 'orgnummr', 'Telfon')",
 build("Rune Dahl <rune@dahlprogram.no>", "bestiling testtilgang",
  f"Hei\n\nVi vil bestile tilgang til testmijøet via delegering fra en eksisterene kunde.\n\n"
  f"Leverandør: Dahl Program AS, orgnummr {v}\nKontakperson: Rune Dahl, rune@dahlprogram.no, Telfon 940 17 385\n\n"
  f"Kunde: Sandvik Rør AS orgnummr {c}\nKontakperson hos kuden: Line Sandvik, line@sandvikror.no, Telfon 470 38 216\n\nmvh Rune\n"),
 G("existing_customer", P(v, "Dahl Program AS", C("Rune Dahl", "rune@dahlprogram.no", "940 17 385")),
   P(c, "Sandvik Rør AS", C("Line Sandvik", "line@sandvikror.no", "470 38 216")),
   notes="Misspelt cue words and labels; otherwise complete."))

# 024 F invalid org number
o = bad(org(31))
add_msg("fictitious_customer", "org number with a wrong check digit — invalid applicant.org_number",
 build("Tone Myhre <tone.myhre@myhresoft.no>", "Bestilling testtilgang RRH alternativ 1",
  f"Hei,\n\nMyhre Soft AS bestiller tilgang til testmiljøet for RRH med fiktiv virksomhet (alternativ 1).\n\n"
  f"Org.nr.: {sp(o)}\nKontaktperson: Tone Myhre\nE-post: tone.myhre@myhresoft.no\nTelefon: 930 52 861\n\nVennlig hilsen\nTone Myhre\n",
  style="outlook", extra=OUTLOOK),
 G("fictitious_customer", P(o, "Myhre Soft AS", C("Tone Myhre", "tone.myhre@myhresoft.no", "930 52 861")),
   invalid=["applicant.org_number"], notes="The org number fails mod 11: reported as written and invalid."))

# 025 E invalid customer phone (49 series)
v, c = org(32), org(33)
add_msg("existing_customer", "customer phone in the unallocated 49 mobile series — invalid customer.contact.phone",
 build("Anders Berge <anders@bergeregnskap.no>", "Testtilgang – delegering fra kunden vår",
  f"Hei,\n\nBerge Regnskapssystemer AS ({sp(v)}) ønsker tilgang til testmiljøet ved at kunden vår Nesheim Gård AS ({sp(c)}) delegerer tilgangen sin til oss.\n\n"
  f"Vår kontaktperson: Anders Berge, anders@bergeregnskap.no, 481 22 507\nKundens kontaktperson: Solveig Nesheim, solveig@nesheimgard.no, 493 20 118\n\nHilsen Anders\n"),
 G("existing_customer", P(v, "Berge Regnskapssystemer AS", C("Anders Berge", "anders@bergeregnskap.no", "481 22 507")),
   P(c, "Nesheim Gård AS", C("Solveig Nesheim", "solveig@nesheimgard.no", "493 20 118")),
   invalid=["customer.contact.phone"], notes="Customer phone starts with 49 (unallocated mobile series): reported and invalid."))

# 026 F malformed email
o = org(34)
add_msg("fictitious_customer", "contact email with a double @ — invalid applicant.contact.email, reported as written",
 build("Ole Brenna <ole.brenna@tindedata.no>", "RRH testmiljø – fiktiv virksomhet",
  f"Hei,\n\nTindedata AS ønsker en fiktiv virksomhet i testmiljøet for RRH, som vi delegerer tilgangen fra selv.\n\n"
  f"Orgnr: {o}\nKontaktperson: Ole Brenna\nE-post: Ole.Brenna@@tindedata.no\nMobil: 988 14 203\n\nOle\n"),
 G("fictitious_customer", P(o, "Tindedata AS", C("Ole Brenna", "ole.brenna@@tindedata.no", "988 14 203")),
   invalid=["applicant.contact.email"], notes="The written email has a double @: reported lower-cased as written and invalid (the From address is not substituted)."))

# 027 E Nynorsk option 2
v, c = org(35), org(36)
add_msg("existing_customer", "Nynorsk option 2 ('kunden vår ... skal delegere tilgangen sin til oss'); Outlook ISO-8859-1 QP",
 build("Ingebjørg Hove <ingebjorg@hovesystem.no>", "Tinging av testtilgang RRH",
  f"Hei,\n\nHove System AS vil gjerne ha tilgang til testmiljøet. Kunden vår, Sunnfjord Trelast AS, skal delegere tilgangen sin til oss.\n\n"
  f"Opplysningar om oss:\nOrg.nr. {sp(v)}\nKontaktperson: Ingebjørg Hove, ingebjorg@hovesystem.no, 957 20 634\n\n"
  f"Opplysningar om kunden:\nOrg.nr. {sp(c)}\nKontaktperson: Håkon Tefre, hakon.tefre@sunnfjordtrelast.no, 57 82 40 15\n\nVenleg helsing\nIngebjørg Hove\n",
  style="outlook", charset="iso-8859-1", extra=OUTLOOK),
 G("existing_customer", P(v, "Hove System AS", C("Ingebjørg Hove", "ingebjorg@hovesystem.no", "957 20 634")),
   P(c, "Sunnfjord Trelast AS", C("Håkon Tefre", "hakon.tefre@sunnfjordtrelast.no", "57 82 40 15")),
   notes="Nynorsk. Customer phone is a landline (57)."))

# 028 F English, phone TBC
o = org(37)
add_msg("fictitious_customer", "English; contact phone 'TBC' (placeholder) — missing phone",
 build("Lukas Becker <lukas.becker@finlyt.example>", "Request: RRH test access (fictitious enterprise)",
  f"Hello,\n\nWe are Finlyt Nordic AS, org. number {sp(o)}, and we'd like access to the RRH test environment using a fictitious enterprise that we can delegate access from ourselves.\n\n"
  f"Test contact: Lukas Becker, lukas.becker@finlyt.example, phone TBC (new Norwegian number on its way)\n\nBest,\nLukas\n"),
 G("fictitious_customer", P(o, "Finlyt Nordic AS", C("Lukas Becker", "lukas.becker@finlyt.example")),
   notes="Phone 'TBC' is a placeholder: missing."))

# 029 E customer email '(kommer)'
v, c = org(38), org(39)
add_msg("existing_customer", "customer contact email '(kommer)' — missing customer email",
 build("Mona Lyng <mona@lyngdata.no>", "Testtilgang RRH – eksisterende kunde",
  f"Hei,\n\nLyng Data AS ønsker testtilgang til RRH ved delegering fra eksisterende kunde.\n\n"
  f"Leverandør: Lyng Data AS, org.nr {v}, kontakt Mona Lyng, mona@lyngdata.no, 936 05 172\n"
  f"Kunde: Vestfold Kjøl AS, org.nr {c}, kontakt Arild Holt, e-post (kommer), tlf 907 44 381\n\nMvh Mona\n"),
 G("existing_customer", P(v, "Lyng Data AS", C("Mona Lyng", "mona@lyngdata.no", "936 05 172")),
   P(c, "Vestfold Kjøl AS", C("Arild Holt", None, "907 44 381")),
   notes="'(kommer)' for the customer's email is a placeholder: missing."))

# 030 F windows-1252 8bit, landline
o = org(40)
add_msg("fictitious_customer", "plain windows-1252 8bit; contact phone is a landline; labels in one line with semicolons",
 build("Kåre Solheim <kare@solheimlonn.no>", "Fiktiv virksomhet – testtilgang",
  f"Hei,\n\nVi ønsker å bestille testtilgang med fiktiv virksomhet.\n\nSolheim Lønn AS; org.nr. {o}; kontaktperson Kåre Solheim; kare@solheimlonn.no; tlf. 73 50 28 16\n\nHilsen Kåre Solheim\n",
  style="plain", charset="windows-1252", cte="8bit"),
 G("fictitious_customer", P(o, "Solheim Lønn AS", C("Kåre Solheim", "kare@solheimlonn.no", "73 50 28 16")),
   notes="All details on one line separated by semicolons; Trondheim landline."))

# 031 E Android base64, customer writes
v, c = org(41), org(42)
add_msg("existing_customer", "Outlook for Android base64; customer writes ('systemleverandøren vår'); vendor contact given by customer",
 build("Eva Rustad <eva@rustadbakeri.no>", "Testtilgang for systemleverandøren vår",
  f"Hei. Vi i Rustad Bakeri AS ({c}) skal delegere tilgangen vår i testmiljøet til systemleverandøren vår Kassalappen AS (orgnr {v}). "
  f"Kontakt hos dem er Henrik Ødegård, henrik@kassalappen.no, 412 77 650. Hos oss er det meg, 980 33 145.\n\nEva Rustad\n\nHent Outlook for Android\n",
  style="plain", cte="base64", extra=ANDROID),
 G("existing_customer", P(v, "Kassalappen AS", C("Henrik Ødegård", "henrik@kassalappen.no", "412 77 650")),
   P(c, "Rustad Bakeri AS", C("Eva Rustad", "eva@rustadbakeri.no", "980 33 145")),
   notes="The customer writes from her phone; applicant is the vendor; 'meg' = customer contact, address from From."))

# 032 F Outlook Fra:/Sendt: quoted history with old contact
o = org(43)
add_msg("fictitious_customer", "new order above a quoted Outlook 'Fra:/Sendt:' block with an older contact and phone (history, not content)",
 build("Sindre Opsahl <sindre.opsahl@nordlysregnskap.no>", "SV: Testtilgang",
  f"Hei,\n\nDa bestiller vi: fiktiv virksomhet i testmiljøet for RRH, som vi delegerer fra selv.\n"
  f"Nordlys Regnskap AS, org.nr. {sp(o)}. Kontaktperson er Sindre Opsahl, sindre.opsahl@nordlysregnskap.no, 918 62 304.\n\nMvh Sindre\n\n"
  f"Fra: Per Nordli <per.nordli@nordlysregnskap.no>\nSendt: mandag 2. november 2026 14:02\nTil: Sindre Opsahl <sindre.opsahl@nordlysregnskap.no>\nEmne: Testtilgang\n\n"
  f"Sindre, kan du bestille testtilgang til RRH? Sett meg som kontakt, 916 40 288.\nPer\n",
  style="outlook", extra=OUTLOOK),
 G("fictitious_customer", P(o, "Nordlys Regnskap AS", C("Sindre Opsahl", "sindre.opsahl@nordlysregnskap.no", "918 62 304")),
   notes="The quoted internal mail below (Fra:/Sendt:) proposes another contact; it is history. The new text names Sindre."))

# 033 E consultant writing on behalf of vendor
v, c = org(44), org(45)
add_msg("existing_customer", "IT consultant writes on behalf of the vendor; contacts are the vendor's developer and the customer's CFO; consultant's phone in signature is nobody's contact",
 build("Jostein Rø <jostein@roconsulting.no>", "På vegne av Elvebredd Software AS – testtilgang RRH",
  f"Hei,\n\nJeg bistår Elvebredd Software AS (org.nr {sp(v)}) med integrasjon mot RRH og sender bestillingen for dem. "
  f"De ønsker at kunden deres, Høvik Tannklinikk AS (org.nr {sp(c)}), delegerer tilgangen i testmiljøet til Elvebredd.\n\n"
  f"Testansvarlig hos Elvebredd: Marte Haugen, marte.haugen@elvebredd.no, 945 80 217\n"
  f"Kontaktperson hos kunden: Ali Rahimi, ali@hoviktannklinikk.no, 67 12 55 80\n\n"
  f"Mvh\nJostein Rø\nRø Consulting AS\n400 38 912\n"),
 G("existing_customer", P(v, "Elvebredd Software AS", C("Marte Haugen", "marte.haugen@elvebredd.no", "945 80 217")),
   P(c, "Høvik Tannklinikk AS", C("Ali Rahimi", "ali@hoviktannklinikk.no", "67 12 55 80")),
   notes="A consultant from another firm sends the order; neither he nor his firm is a party."))

# 034 F Swedish NUF
o = org(46)
add_msg("fictitious_customer", "Swedish vendor, order placed via its NUF; Swedish org.nr distractor; 'fiktivt företag'",
 build("Elin Berg <elin.berg@kassaflode.test>", "Beställning: testmiljö RRH",
  f"Hej,\n\nVi skulle vilja beställa tillgång till testmiljön för RRH med ett fiktivt företag som vi själva delegerar åtkomst från.\n\n"
  f"Företag: Kassaflöde Norge NUF (filial av Kassaflöde AB, org.nr 559021-4471)\nNorskt organisationsnummer: {sp(o)}\n"
  f"Kontaktperson: Elin Berg, elin.berg@kassaflode.test, +46 73 550 21 09\n\nHälsningar\nElin\n", style="plain"),
 G("fictitious_customer", P(o, "Kassaflöde Norge NUF", C("Elin Berg", "elin.berg@kassaflode.test", "+46 73 550 21 09")),
   notes="Swedish; the Swedish org.nr of the parent is not an org number; the NUF is the applicant."))

# 035 E vendor is subsidiary; parent named
v, c = org(47), org(48)
add_msg("existing_customer", "vendor is a subsidiary ('datterselskap av X'); parent's org number is a distractor; option 2",
 build("Thomas Aune <thomas.aune@aunelonn.no>", "Tilgang testmiljø RRH",
  f"Hei,\n\nAune Lønn AS er et datterselskap av Aune Gruppen AS (org.nr {org(49)}). Det er Aune Lønn AS, org.nr {v}, som utvikler løsningen og trenger tilgangen.\n\n"
  f"Vi ønsker delegering fra en eksisterende kunde: Fjellstue Hotell AS, org.nr {c}, kontaktperson Ragnar Fjell, ragnar@fjellstuehotell.no, 61 21 40 70.\n\n"
  f"Kontaktperson hos oss er undertegnede.\n\nThomas Aune\nAune Lønn AS\n+47 951 23 486\n"),
 G("existing_customer", P(v, "Aune Lønn AS", C("Thomas Aune", "thomas.aune@aunelonn.no", "+47 951 23 486")),
   P(c, "Fjellstue Hotell AS", C("Ragnar Fjell", "ragnar@fjellstuehotell.no", "61 21 40 70")),
   notes="The parent company and its org number are distractors. 'undertegnede' = the sender; phone from the signature."))

# 036 F 'ring meg'
o = org(50)
add_msg("fictitious_customer", "'Ring meg' with phone in signature; From display name 'Surname, Given'",
 build("\"Lien, Marius\" <marius.lien@kontorstotte.no>", "Fiktiv virksomhet RRH",
  f"Hei,\n\nKontorstøtte AS ({sp(o)}) vil bestille tilgang til testmiljøet for RRH med en fiktiv virksomhet vi selv delegerer fra. Ring meg hvis noe er uklart.\n\n"
  f"Marius Lien\nKontorstøtte AS\nTlf: 414 66 093\n", style="outlook", extra=OUTLOOK),
 G("fictitious_customer", P(o, "Kontorstøtte AS", C("Marius Lien", "marius.lien@kontorstotte.no", "414 66 093")),
   notes="'Ring meg' makes the sender the contact; name as signed (display name is 'Lien, Marius')."))

# 037 E Gmail multipart, customer contact on separate lines, with "Kontaktperson hos kunden" and sender not involved
v, c = org(51), org(52)
add_msg("existing_customer", "option 2 said as 'kunden gir oss tilgang gjennom delegering'; customer contact introduced without label ('der er det Kari ... som følger opp')",
 build("Håvard Næss <havard@naessdata.no>", "Testmiljø RRH",
  f"Hei!\n\nVi i Næss Data AS (org.nr. {sp(v)}) trenger testtilgang til RRH. Kunden vår Lindås Auto AS (org.nr. {sp(c)}) skal gi oss tilgang gjennom delegering. "
  f"Der er det regnskapsfører Kari Mjelde som følger opp, kari.mjelde@lindasauto.no / 56 35 22 10.\n\n"
  f"Fra oss er kontakt Håvard Næss, havard@naessdata.no, 992 31 570.\n\nHilsen Håvard\n"),
 G("existing_customer", P(v, "Næss Data AS", C("Håvard Næss", "havard@naessdata.no", "992 31 570")),
   P(c, "Lindås Auto AS", C("Kari Mjelde", "kari.mjelde@lindasauto.no", "56 35 22 10")),
   notes="Customer contact introduced in running text without a label; title 'regnskapsfører' dropped."))

# 038 F lower case nynorsk
o = org(53)
add_msg("fictitious_customer", "all lower case Nynorsk/dialect; 'eg er kontaktperson'; phone written with dashes",
 build("ragnhild vik <ragnhild@vikrekneskap.no>", "testtilgang rrh",
  f"hei\n\nme i vik rekneskap as vil ha tilgang til testmiljøet med ei fiktiv verksemd som me delegerer frå sjølv. orgnr {sp(o)}. eg er kontaktperson, nr 948-20-613.\n\nhelsing ragnhild vik\n",
  style="plain"),
 G("fictitious_customer", P(o, "vik rekneskap as", C("ragnhild vik", "ragnhild@vikrekneskap.no", "948 20 613")),
   notes="Lower-case Nynorsk with dialect 'me'; 'eg er kontaktperson' = sender; email from From."))

# 039 E multiple enterprises: sister company mentioned, accountant customer
v, c = org(54), org(55)
add_msg("existing_customer", "several enterprises: vendor, its sister company, and the delegating customer; only the one delegating is the customer",
 build("Cecilie Borg <cecilie.borg@tallverket.no>", "Delegering fra kunde – testtilgang",
  f"Hei,\n\nTallverket AS ({v}) lager regnskapsprogrammet, mens søsterselskapet Tallverket Drift AS ({org(56)}) drifter det. Bestillingen gjelder Tallverket AS.\n\n"
  f"Vi ønsker at kunden Ås Revisjon AS ({c}) delegerer tilgangen til oss. Kontaktperson hos Ås Revisjon AS er Jon Ås, jon@asrevisjon.no, 938 11 062.\n\n"
  f"Kontakt hos oss: Cecilie Borg, cecilie.borg@tallverket.no, 455 90 318\n\nMed hilsen\nCecilie Borg\n"),
 G("existing_customer", P(v, "Tallverket AS", C("Cecilie Borg", "cecilie.borg@tallverket.no", "455 90 318")),
   P(c, "Ås Revisjon AS", C("Jon Ås", "jon@asrevisjon.no", "938 11 062")),
   notes="The sister company with its org number is a distractor."))

# 040 F English, 0047 phone, colleague contact
o = org(57)
add_msg("fictitious_customer", "English; the contact is a colleague with a 0047-prefixed phone; the sender's own phone in signature is not the contact's",
 build("Sarah O'Neill <sarah.oneill@quantora.example>", "Fictitious enterprise for RRH testing",
  f"Hi,\n\nQuantora Norge AS (org nr {o}) would like a fictitious enterprise in the RRH test environment that we can delegate access from ourselves.\n"
  f"Please liaise with my colleague Erlend Bakke on this: erlend.bakke@quantora.example, 0047 917 55 403.\n\nThanks,\nSarah O'Neill\nHead of Partnerships\n+44 20 7946 0321\n"),
 G("fictitious_customer", P(o, "Quantora Norge AS", C("Erlend Bakke", "erlend.bakke@quantora.example", "0047 917 55 403")),
   notes="Contact is the colleague introduced by 'Please liaise with'; the 0047 prefix gives +47. The sender's UK phone is hers."))

# 041 E customer org number missing
v = org(58)
add_msg("existing_customer", "customer org number not at hand — missing customer.org_number",
 build("Magnus Strøm <magnus@stromsystem.no>", "Testtilgang delegert fra kunde",
  f"Hei,\n\nStrøm System AS (org.nr {sp(v)}) ber om testtilgang til RRH der kunden vår delegerer tilgangen til oss.\n\n"
  f"Kunde: Bakkeland Barnehage SA – orgnummeret har jeg ikke for hånden, men kunden sender det.\nKontaktperson hos kunden: Oda Bakkeland, oda@bakkelandbhg.no, 469 12 033\n\n"
  f"Vår kontakt: Magnus Strøm, magnus@stromsystem.no, 932 84 151\n\nMvh Magnus\n"),
 G("existing_customer", P(v, "Strøm System AS", C("Magnus Strøm", "magnus@stromsystem.no", "932 84 151")),
   P(None, "Bakkeland Barnehage SA", C("Oda Bakkeland", "oda@bakkelandbhg.no", "469 12 033")),
   notes="Customer's org number not given: missing. SA legal form."))

# 042 D public authority Nynorsk municipality
o = org(59)
add_msg("direct_access", "Nynorsk municipality, public authority; contacts as 'Økonomiavdelinga v/ X'; ISO-8859-1 Outlook QP",
 build("Postmottak Fjellnes kommune <postmottak@fjellnes.kommune.test>", "Direkte tilgang til RRH – testmiljø",
  f"Hei,\n\nFjellnes kommune ønskjer direkte tilgang til testmiljøet for RRH. Vi er offentleg styresmakt og skal bruke registeret i tilsynsarbeid.\n\n"
  f"Organisasjonsnummer: {sp(o)}\nTestansvarleg: IT-avdelinga v/ Gunnhild Aarset, gunnhild.aarset@fjellnes.kommune.test, 70 19 64 12\n"
  f"Produksjonsansvarleg: Økonomiavdelinga v/ Trond Rise, trond.rise@fjellnes.kommune.test, 994 28 306\n\nVenleg helsing\nFjellnes kommune\n",
  style="outlook", charset="iso-8859-1", extra=OUTLOOK),
 G("direct_access", P(o, "Fjellnes kommune", C("Gunnhild Aarset", "gunnhild.aarset@fjellnes.kommune.test", "70 19 64 12")),
   prod=C("Trond Rise", "trond.rise@fjellnes.kommune.test", "994 28 306"), basis="public_authority",
   notes="Nynorsk; sent from the post box; 'avdelinga v/ X' names X. Municipality has no legal form suffix."))

# 043 U English international, no option, no phone
o = org(60)
add_msg("unspecified", "English from an international vendor; asks to be 'onboarded'; no option; phone missing",
 build("Daniel Kowalski <d.kowalski@paymesh.example>", "Onboarding to RRH test APIs",
  f"Hi team,\n\nCould you onboard Paymesh Norway AS to the RRH test APIs? Our Norwegian org number is {sp(o)}.\n"
  f"Technical contact: Daniel Kowalski, d.kowalski@paymesh.example.\n\nCheers,\nDaniel\n"),
 G("unspecified", P(o, "Paymesh Norway AS", C("Daniel Kowalski", "d.kowalski@paymesh.example")),
   notes="A request ('Could you onboard ...') without an option and without a phone."))

# 044 U Danish, no option
o = org(61)
add_msg("unspecified", "Danish request via NUF, no option named; Danish CVR distractor; +45 phone",
 build("Søren Holm <soren.holm@regnskabsfabrikken.example>", "Adgang til testmiljø RRH",
  f"Hej,\n\nRegnskabsfabrikken NUF (norsk org.nr. {o}, dansk CVR 38 12 70 45) vil gerne have adgang til testmiljøet for RRH.\n"
  f"Kontakt: Søren Holm, soren.holm@regnskabsfabrikken.example, +45 31 20 44 87\n\nMed venlig hilsen\nSøren Holm\n"),
 G("unspecified", P(o, "Regnskabsfabrikken NUF", C("Søren Holm", "soren.holm@regnskabsfabrikken.example", "+45 31 20 44 87")),
   notes="Danish; no option; CVR ignored."))

# 045 N technical question
add_msg("not_an_order", "technical question about the test API (HTTP 403) from a vendor who already has access; org number and phone in signature",
 build("Kim Andersen <kim@andersenapps.no>", "403 fra testmiljøet",
  f"Hei,\n\nVi fikk tilgang til testmiljøet i forrige uke, men nå får vi 403 når vi kaller endepunktet for rettighetshavere. Har vi delegert feil?\n\n"
  f"Kim Andersen\nAndersen Apps AS, org.nr {org(62)}\n951 66 240\n"),
 G("not_an_order", notes="A support question from someone who already has access."))

# 046 N English out-of-office
add_msg("not_an_order", "English out-of-office auto-reply quoting the register's message",
 build("James Whitfield <james.whitfield@ledgerloop.example>", "Automatic reply: [RRH-2026-0611] RRH test environment access request",
  "Thank you for your email. I am out of the office until 23 November with no access to email. For urgent matters please contact support@ledgerloop.example.\n\nJames\n",
  style="plain", extra={"Auto-Submitted": "auto-replied"}),
 G("not_an_order", notes="English out-of-office reply."))

# 047 N thanks
add_msg("not_an_order", "thank-you after access was granted, repeating org number and contact in signature",
 build("Linn Hauge <linn@haugeit.no>", "Re: [RRH-2026-0577] Tilgang til testmiljøet",
  f"Takk! Nå fungerer delegeringen fra den fiktive virksomheten fint hos oss.\n\nLinn Hauge\nHauge IT AS, {org(63)}\n473 19 284\n"),
 G("not_an_order", notes="A thank-you; nothing is ordered."))

# 048 N question about the options
add_msg("not_an_order", "question about the difference between the two options before ordering; mentions both",
 build("Åsmund Rye <asmund@ryesystem.no>", "Fiktiv virksomhet eller delegering fra kunde?",
  "Hei,\n\nVi vurderer å bestille testtilgang. Hva er forskjellen i praksis mellom fiktiv virksomhet og delegering fra en eksisterende kunde? "
  "Får vi samme testdata i begge tilfeller? Vi bestiller når vi vet mer.\n\nÅsmund Rye\nRye System AS\n"),
 G("not_an_order", notes="A question; the sender says they will order later."))

# 049 F plain-text form with checkboxes
o = org(64)
add_msg("fictitious_customer", "plain-text form with [X]/[ ] boxes: option 1 ticked; dot-leader labels; Thunderbird",
 build("Janne Krogh <janne.krogh@skyttelonn.no>", "Bestillingsskjema RRH test",
  f"Hei, her er skjemaet utfylt:\n\n[X] Alternativ 1 – fiktiv virksomhet\n[ ] Alternativ 2 – delegering fra eksisterende kunde\n\n"
  f"Virksomhet ........ Skyttel Lønn AS\nOrg.nr ............ {sp(o)}\nKontaktperson ..... Janne Krogh\nE-post ............ janne.krogh@skyttelonn.no\nTelefon ........... 971 02 435\n\nJanne\n",
  style="plain", extra=TB),
 G("fictitious_customer", P(o, "Skyttel Lønn AS", C("Janne Krogh", "janne.krogh@skyttelonn.no", "971 02 435")),
   notes="Form with checkboxes; only the ticked option counts."))

# 050 E forwarded confirmation from customer submitted
v, c = org(65), org(66)
add_msg("existing_customer", "customer's confirmation forwarded and submitted ('Bekreftelsen fra kunden står nederst'); customer contact only in the forward",
 build("Stein Ulvestad <stein@ulvestadsoft.no>", "VS: Delegering av testtilgang",
  f"Hei,\n\nUlvestad Soft AS (org.nr {sp(v)}) ber om testtilgang med delegering fra kunden Breivik Marina AS (org.nr {sp(c)}). "
  f"Bekreftelsen fra kunden står nederst, med kontaktpersonen deres.\nKontakt hos oss: Stein Ulvestad, stein@ulvestadsoft.no, 909 37 114\n\nMvh Stein\n\n"
  f"-----Opprinnelig melding-----\nFra: Hanne Breivik <hanne@breivikmarina.no>\nSendt: 9. november 2026 08:41\nTil: Stein Ulvestad\nEmne: Delegering av testtilgang\n\n"
  f"Hei Stein, det er greit for oss at vi delegerer tilgangen til dere. Kontakt meg på hanne@breivikmarina.no eller 476 04 592.\nHanne Breivik\nBreivik Marina AS\n",
  style="outlook", extra=OUTLOOK),
 G("existing_customer", P(v, "Ulvestad Soft AS", C("Stein Ulvestad", "stein@ulvestadsoft.no", "909 37 114")),
   P(c, "Breivik Marina AS", C("Hanne Breivik", "hanne@breivikmarina.no", "476 04 592")),
   notes="The forwarded customer confirmation is submitted as content ('står nederst'); the customer contact is only there."))

# 051 F Android, title before name
o = org(67)
add_msg("fictitious_customer", "Android mobile base64; contact given with title 'daglig leder'; compact org number with 'NO ... MVA'",
 build("Mathias Eide <mathias@eidekode.no>", "Fiktiv testvirksomhet",
  f"Hei! Eidekode AS (NO {o} MVA) ønsker tilgang til testmiljøet med fiktiv virksomhet. Kontaktperson: daglig leder Mathias Eide, mathias@eidekode.no, 986 50 231\n\nSendt fra Samsung-enheten min\n",
  style="plain", cte="base64", extra={"X-Mailer": "Samsung Mail"}),
 G("fictitious_customer", P(o, "Eidekode AS", C("Mathias Eide", "mathias@eidekode.no", "986 50 231")),
   notes="'NO ... MVA' form of the org number; title 'daglig leder' dropped."))

# 052 E vendor phone and customer email missing
v, c = org(68), org(69)
add_msg("existing_customer", "English option 2 where the vendor's phone and the customer contact's email are not given — two missing",
 build("Hannah Müller <hannah.mueller@brightbook.example>", "RRH test – delegation from existing client",
  f"Hello,\n\nBrightbook Norge AS (org.nr {sp(v)}) would like test access to RRH where our existing client Solstrand Kafé AS (org.nr {sp(c)}) delegates access to us.\n\n"
  f"Our contact: Hannah Müller, hannah.mueller@brightbook.example\nClient contact: Per Solstrand, mobile 905 12 846\n\nRegards,\nHannah\n"),
 G("existing_customer", P(v, "Brightbook Norge AS", C("Hannah Müller", "hannah.mueller@brightbook.example")),
   P(c, "Solstrand Kafé AS", C("Per Solstrand", None, "905 12 846")),
   notes="Vendor phone and customer email missing; the customer's mobile is not the vendor's."))

# 053 D higher education
o = org(70)
add_msg("direct_access", "direct access for a university college (higher education), English/Norwegian mix; production contact a different person",
 build("Ingvild Sande <ingvild.sande@hogskulen-nord.test>", "Direct access to RRH test environment",
  f"Hello / hei,\n\nHøgskulen i Nordfjord requests direct access to the RRH test environment as a higher education institution (høyere utdanningsinstitusjon) for a research project.\n\n"
  f"Org. no.: {sp(o)}\nTest contact: professor Ingvild Sande, ingvild.sande@hogskulen-nord.test, 57 72 31 05\n"
  f"Production contact: Bård Nes, bard.nes@hogskulen-nord.test, 993 61 208\n\nBest regards\nIngvild Sande\n"),
 G("direct_access", P(o, "Høgskulen i Nordfjord", C("Ingvild Sande", "ingvild.sande@hogskulen-nord.test", "57 72 31 05")),
   prod=C("Bård Nes", "bard.nes@hogskulen-nord.test", "993 61 208"), basis="higher_education",
   notes="Higher education; title 'professor' dropped; institution without legal form."))

# 054 E accountant writes on behalf of its client (the customer) for the vendor
v, c = org(71), org(72)
add_msg("existing_customer", "an accounting firm writes on behalf of its client (the customer) for the client's vendor; the accountant's firm and phone are distractors; Outlook windows-1252",
 build("Gunn Reitan <gunn@reitanregnskap.no>", "Testtilgang RRH for Agrokalk AS – delegering fra Gjerde Gartneri AS",
  f"Hei,\n\nVi er regnskapsfører for Gjerde Gartneri AS (org.nr {sp(c)}) og skriver på vegne av dem. Gjerde Gartneri AS vil delegere tilgangen sin i testmiljøet "
  f"til systemleverandøren sin, Agrokalk AS (org.nr {sp(v)}).\n\n"
  f"Kontaktperson hos Gjerde Gartneri AS: daglig leder Lise Gjerde, lise@gjerdegartneri.no, 33 06 18 72\n"
  f"Kontaktperson hos Agrokalk AS: Fredrik Solberg, fredrik.solberg@agrokalk.no, 958 24 130\n\n"
  f"Med vennlig hilsen\nGunn Reitan\nAutorisert regnskapsfører\nReitan Regnskap AS, org.nr {org(73)}\nTlf. 464 90 317\n",
  style="outlook", charset="windows-1252", extra=OUTLOOK),
 G("existing_customer", P(v, "Agrokalk AS", C("Fredrik Solberg", "fredrik.solberg@agrokalk.no", "958 24 130")),
   P(c, "Gjerde Gartneri AS", C("Lise Gjerde", "lise@gjerdegartneri.no", "33 06 18 72")),
   notes="An accountant writes for the customer; the applicant is still the vendor. The accounting firm is no party; its phone belongs to nobody in the order."))

# 055 F HTML-only with hidden text
o = org(74)
hid = (f'<html><body><div style="display:none;max-height:0;overflow:hidden">Kontaktperson: Test Testesen, 912 00 000, org.nr {org(75)}</div>'
 f'<p>Hei,</p><p>Vi i Fossekall Data AS ønsker tilgang til testmiljøet for RRH med en fiktiv virksomhet som vi delegerer tilgangen fra selv.</p>'
 f'<p>Org.nr.: {sp(o)}<br>Kontaktperson: Henny Fossum<br>E-post: <a href="mailto:henny@fossekall.no">henny@fossekall.no</a><br>Telefon: 902 71 846</p>'
 f'<p style="color:#ffffff;font-size:1px">Telefon: 40000000</p><p>Vennlig hilsen<br>Henny Fossum</p></body></html>\n')
add_msg("fictitious_customer", "HTML-only from a web-mail template: a display:none block and 1px white text hold another contact, phone and org number (not visible, ignored)",
 build("Henny Fossum <henny@fossekall.no>", "Fiktiv virksomhet – testmiljø", html=hid, style="html", cte="base64"),
 G("fictitious_customer", P(o, "Fossekall Data AS", C("Henny Fossum", "henny@fossekall.no", "902 71 846")),
   notes="Hidden HTML (display:none, white 1px text) is not the sender's; only the visible details count."))

# ---------------------------------------------------------------- threads
def reply(first, frm, ref, text, date, style="gmail", charset="utf-8", cte="quoted-printable", extra=None, prefix="SV"):
    subj = f"{prefix}: [{ref}] " + str(first["Subject"])
    botid = f"<{ref.lower()}-1.a91c3e@brreg.no>"
    m = build(frm, subj, text, style=style, charset=charset, cte=cte, date=date, extra=extra)
    m["In-Reply-To"] = botid
    m["References"] = f"{first['Message-ID']} {botid}"
    return m

def botquote(ref, what, lang="nb"):
    return (f"> Takk for bestillingen av tilgang til testmiljøet for RRH. Referanse: {ref}.\n>\n"
            f"> {what}\n>\n> Svar på denne e-posten og behold referansen {ref} i emnefeltet.\n>\n> Brønnøysundregistrene\n")

# t01 U -> F
o = org(80)
m1 = build("Kjetil Haug <kjetil@hauglogistikkdata.no>", "Testtilgang",
  f"Hei,\n\nHaug Logistikkdata AS ({sp(o)}) vil gjerne ha tilgang til testmiljøet for RRH.\nKontakt: Kjetil Haug, kjetil@hauglogistikkdata.no, 920 47 316\n\nKjetil\n",
  date="Mon, 09 Nov 2026 10:02:00 +0100")
ref = "RRH-2026-0641"
m2 = reply(m1, "Kjetil Haug <kjetil@hauglogistikkdata.no>", ref,
  "Hei, det blir nr. 1 – en fiktiv virksomhet som vi delegerer fra selv.\n\nKjetil\n\n"
  f"Den man. 9. nov. 2026 kl. 10:05 skrev Brønnøysundregistrene <opendata.rrh@brreg.no>:\n"
  + botquote(ref, "Vi ser ikke hvilken løsning dere ønsker. Svar 1 (fiktiv virksomhet) eller 2 (delegering fra eksisterende kunde)."),
  "Mon, 09 Nov 2026 13:40:00 +0100", prefix="Re")
add_thread("fictitious_customer", "2 mails; request without option, reply chooses 'nr. 1' in a few words",
 [m1, m2], G("fictitious_customer", P(o, "Haug Logistikkdata AS", C("Kjetil Haug", "kjetil@hauglogistikkdata.no", "920 47 316")),
   notes="Mail 1 has no option; mail 2 answers '1' (fiktiv virksomhet). Complete at the end."))

# t02 E customer phone added by a colleague
v, c = org(81), org(82)
m1 = build("Tuva Lund <tuva.lund@ordrebok.no>", "Delegering fra kunde – RRH test",
  f"Hei,\n\nOrdrebok AS (org.nr {v}) ønsker testtilgang der kunden vår Moen Elektro AS (org.nr {c}) delegerer tilgangen til oss.\n"
  f"Vår kontakt: Tuva Lund, tuva.lund@ordrebok.no, 941 70 288\nKontakt hos Moen Elektro AS: Vegard Moen, vegard@moenelektro.no\n\nHilsen Tuva\n",
  style="outlook", extra=OUTLOOK, date="Tue, 10 Nov 2026 08:15:00 +0100")
ref = "RRH-2026-0652"
m2 = reply(m1, "Even Lund <even.lund@ordrebok.no>", ref,
  "Hei,\n\nTuva er på reise, så jeg svarer: telefonnummeret til Vegard Moen er 918 06 472.\n\nMvh\nEven Lund\nOrdrebok AS\n414 29 880\n\n"
  "Fra: Brønnøysundregistrene <opendata.rrh@brreg.no>\nSendt: tirsdag 10. november 2026 08:16\nTil: Tuva Lund <tuva.lund@ordrebok.no>\nEmne: [RRH-2026-0652] Delegering fra kunde – RRH test\n\n"
  "Takk for bestillingen. Vi mangler telefonnummeret til kundens kontaktperson.\n", style="outlook", extra=OUTLOOK,
  date="Tue, 10 Nov 2026 11:30:00 +0100")
add_thread("existing_customer", "2 mails; customer phone missing in mail 1, supplied by the sender's colleague in mail 2 (the colleague's own phone in his signature is nobody's contact); Outlook",
 [m1, m2], G("existing_customer", P(v, "Ordrebok AS", C("Tuva Lund", "tuva.lund@ordrebok.no", "941 70 288")),
   P(c, "Moen Elektro AS", C("Vegard Moen", "vegard@moenelektro.no", "918 06 472")),
   notes="A colleague at the same domain adds the customer contact's phone; his own phone does not replace anyone's."))

# t03 F email correction
o = org(83)
m1 = build("Sunniva Dale <sunniva@dalelonn.no>", "Fiktiv virksomhet – RRH",
  f"Hei,\n\nDale Lønnssystem AS, org.nr {sp(o)}, bestiller testtilgang med fiktiv virksomhet som vi delegerer fra selv.\n"
  f"Kontaktperson: Sunniva Dale, sunniva@dalelon.no, 967 31 402\n\nSunniva\n", date="Wed, 11 Nov 2026 09:00:00 +0100")
ref = "RRH-2026-0660"
m2 = reply(m1, "Sunniva Dale <sunniva@dalelonn.no>", ref,
  "Hei igjen, jeg skrev feil e-postadresse i bestillingen. Riktig er sunniva@dalelonn.no (med to n).\n\nSunniva\n\n"
  "Den ons. 11. nov. 2026 kl. 09:02 skrev Brønnøysundregistrene <opendata.rrh@brreg.no>:\n"
  + botquote(ref, "Bestillingen er komplett og sendt til behandling."), "Wed, 11 Nov 2026 09:20:00 +0100", prefix="Re")
add_thread("fictitious_customer", "2 mails; complete order, then the sender corrects the contact's mistyped email domain",
 [m1, m2], G("fictitious_customer", P(o, "Dale Lønnssystem AS", C("Sunniva Dale", "sunniva@dalelonn.no", "967 31 402")),
   notes="Mail 2 corrects the email (dalelon.no -> dalelonn.no)."))

# t04 D legal basis and production contact added over two replies
o = org(84)
m1 = build("Pål Greve <pal.greve@fjordvaktstiftelsen.test>", "Direkte tilgang RRH test",
  f"Hei,\n\nStiftelsen Fjordvakt ønsker direkte tilgang til testmiljøet for RRH.\nOrg.nr.: {o}\nTestansvarlig: Pål Greve, pal.greve@fjordvaktstiftelsen.test, 915 84 027\n\nMvh Pål Greve\n",
  date="Thu, 12 Nov 2026 14:10:00 +0100")
ref = "RRH-2026-0671"
m2 = reply(m1, "Pål Greve <pal.greve@fjordvaktstiftelsen.test>", ref,
  "Hei,\n\nVi er en sivilsamfunnsorganisasjon som arbeider mot korrupsjon. Produksjonsansvarlig blir Liv Torsvik, liv.torsvik@fjordvaktstiftelsen.test. Telefonen hennes sender jeg i morgen.\n\nPål\n\n"
  "Den tor. 12. nov. 2026 kl. 14:12 skrev Brønnøysundregistrene <opendata.rrh@brreg.no>:\n"
  + botquote(ref, "Vi mangler rettslig grunnlag og produksjonsansvarlig (navn, e-post, telefon)."),
  "Thu, 12 Nov 2026 16:02:00 +0100", prefix="Re")
m3 = reply(m1, "Liv Torsvik <liv.torsvik@fjordvaktstiftelsen.test>", ref,
  "Hei, her er telefonnummeret mitt: 23 65 90 41.\n\nLiv Torsvik\nStiftelsen Fjordvakt\n", "Fri, 13 Nov 2026 09:05:00 +0100",
  style="plain", cte="base64", extra=IPHONE, prefix="Re")
add_thread("direct_access", "3 mails; legal basis (civil society) and production contact in mail 2, her phone from herself in mail 3 (iPhone base64)",
 [m1, m2, m3], G("direct_access", P(o, "Stiftelsen Fjordvakt", C("Pål Greve", "pal.greve@fjordvaktstiftelsen.test", "915 84 027")),
   prod=C("Liv Torsvik", "liv.torsvik@fjordvaktstiftelsen.test", "23 65 90 41"), basis="civil_society",
   notes="Order completed over three mails; mail 3 comes from the production contact herself ('telefonnummeret mitt')."))

# t05 E invalid customer org number corrected
v, c = org(85), org(86)
cb = bad(c)
m1 = build("Arne Kleiven <arne@kleivenregnskap.no>", "Testtilgang – delegering fra kunde",
  f"Hei,\n\nKleiven Regnskapsdata AS (org.nr {sp(v)}) ønsker testtilgang der kunden vår Bratli Snekkeri AS (org.nr {sp(cb)}) delegerer tilgangen sin til oss.\n"
  f"Kontaktperson hos kunden: Gro Bratli, gro@bratlisnekkeri.no, 478 62 015\nVår kontaktperson: Arne Kleiven, arne@kleivenregnskap.no, 902 18 553\n\nMvh Arne\n",
  style="plain", charset="iso-8859-1", cte="8bit", extra=TB, date="Fri, 13 Nov 2026 10:30:00 +0100")
ref = "RRH-2026-0688"
m2 = reply(m1, "Arne Kleiven <arne@kleivenregnskap.no>", ref,
  f"Beklager, riktig org.nr for Bratli Snekkeri AS er {sp(c)}.\n\nArne\n\n"
  "Den 13.11.2026 10:31, skrev Brønnøysundregistrene:\n"
  + botquote(ref, f"Organisasjonsnummeret {sp(cb)} er ikke gyldig. Sjekk og send riktig nummer."),
  "Fri, 13 Nov 2026 11:05:00 +0100", style="plain", charset="iso-8859-1", cte="8bit", extra=TB)
add_thread("existing_customer", "2 mails; customer org number with bad check digit in mail 1, corrected in mail 2 (Thunderbird ISO-8859-1 8bit)",
 [m1, m2], G("existing_customer", P(v, "Kleiven Regnskapsdata AS", C("Arne Kleiven", "arne@kleivenregnskap.no", "902 18 553")),
   P(c, "Bratli Snekkeri AS", C("Gro Bratli", "gro@bratlisnekkeri.no", "478 62 015")),
   notes="The corrected org number in mail 2 replaces the invalid one; nothing invalid at the end."))

# ---------------------------------------------------------------- write + check
import email as _email
import jsonschema

SCHEMA = json.loads(Path("/work/shared/order.schema.json").read_text())

def text_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() == "application/octet-stream":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = H.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)

def phone_ok(ph):
    if not ph.startswith("+47"):
        return True
    n = ph[3:]
    if len(n) != 8:
        return False
    if n[0] in "49":
        return n[:2] not in ("42", "43", "44", "49")
    return n[0] in "235679"

def check(name, gold, emls):
    jsonschema.validate({k: v for k, v in gold.items() if k != "notes"}, SCHEMA)
    txt = ""
    for b in emls:
        m = _email.message_from_bytes(b, policy=policy.default)
        assert m["Message-ID"] and m["From"], name
        txt += text_of(m) + "\n" + str(m["From"]) + "\n"
    low, digits = txt.lower(), re.sub(r"\D", "", txt)
    inv = set()
    for party in ("applicant", "customer"):
        pt = gold.get(party)
        if not pt:
            continue
        if pt["org_number"]:
            assert pt["org_number"] in digits, (name, party, pt["org_number"])
            if not orgnr.is_valid(pt["org_number"]):
                inv.add(party + ".org_number")
        if pt["name"]:
            assert pt["name"].lower() in low, (name, pt["name"])
        for k, v in pt["contact"].items():
            if v is None:
                continue
            path = f"{party}.contact.{k}"
            if k == "phone":
                nat = v[3:] if v.startswith(("+47", "+46", "+45", "+44")) else v
                assert nat.lstrip("+") in digits, (name, path, v)
                if not phone_ok(v):
                    inv.add(path)
            elif k == "email":
                assert v in low, (name, path, v)
                if not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v):
                    inv.add(path)
            else:
                assert v.lower() in low, (name, path, v)
    pc = gold.get("production_contact")
    if pc:
        for k, v in pc.items():
            if v is None:
                continue
            if k == "phone":
                assert v[3:] in digits, (name, v)
                if not phone_ok(v):
                    inv.add("production_contact.phone")
            else:
                assert v.lower() in low, (name, v)
    assert sorted(inv) == gold["invalid"], (name, inv, gold["invalid"])
    if gold["order_type"] == "not_an_order":
        assert gold["applicant"] == P() and not gold["customer"] and not gold["missing"]
    if gold["order_type"] != "existing_customer":
        assert gold["customer"] is None, name
    if gold["order_type"] != "direct_access":
        assert gold["production_contact"] is None and gold["legal_basis"] is None, name

def main():
    for d in ("messages", "threads"):
        shutil.rmtree(OUT / d, ignore_errors=True)
        (OUT / d).mkdir()
    lines = []
    from collections import Counter
    cnt, miss_n, inv_n = Counter(), 0, 0
    for kind, name, t, desc, gold, m in ITEMS:
        if kind == "m":
            b = m.as_bytes(policy=policy.SMTP if False else policy.default)
            (OUT / "messages" / f"{name}.eml").write_bytes(b)
            (OUT / "messages" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
            check(name, gold, [b])
            label = f"messages/{name}"
        else:
            folder = OUT / "threads" / name
            folder.mkdir()
            bs = []
            for i, mm in enumerate(m, 1):
                b = mm.as_bytes(policy=policy.default)
                (folder / f"{i:02d}.eml").write_bytes(b)
                bs.append(b)
            (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
            check(name, gold, bs)
            label = f"threads/{name}/ ({len(m)} mails)"
        cnt[t] += 1
        extra = ""
        if gold["missing"]:
            miss_n += 1
            extra += " — missing: " + ", ".join(gold["missing"])
        if gold["invalid"]:
            inv_n += 1
            extra += " — invalid: " + ", ".join(gold["invalid"])
        lines.append(f"- `{label}` — {t} — {desc}{extra}")
    total = len(ITEMS)
    nm = sum(1 for i in ITEMS if i[0] == "m")
    orders = total - cnt["not_an_order"]
    tab = "\n".join(f"| {k} | {cnt[k]} | {100*cnt[k]/total:.1f}% |" for k in
                    ["fictitious_customer", "existing_customer", "direct_access", "unspecified", "not_an_order"])
    readme = f"""# Blind corpus, half B (cB)

Written independently, without looking at the parser or other labelled sets, under the labelling rules of
`/work/shared/corpus/README.md` and the conventions of `/work/shared/corpus2/README.md`. Generated by
`make_corpus.py` (run with `/work/main/.venv/bin/python make_corpus.py`); the generator validates every label
against `order.schema.json`, re-parses every .eml, checks that every labelled value occurs in the mail's visible
text and that `invalid` agrees with the mod-11 / numbering-plan / address checks.

{total} items: {nm} single messages, {total-nm} threads ({sum(len(i[5]) for i in ITEMS if i[0]=='t')} mails).
All names, domains, org numbers and phones are invented.

| order_type | items | share |
| --- | ---: | ---: |
{tab}

Orders (everything but not_an_order): {orders}; with at least one missing field (order_type counted): {miss_n}; with at least one invalid value: {inv_n}.
(Unspecified items are missing `order_type` by definition; orders with a missing field other than order_type: {sum(1 for i in ITEMS if [x for x in i[4]['missing'] if x!='order_type'])}.)

Threads are ingested in name order; `gold.json` is the order after the last mail. Later mails answer the bot's
reply (subject `SV:/Re: [RRH-2026-0NNN] ...`, References to the first mail's Message-ID).

## Items

""" + "\n".join(lines) + "\n"
    (OUT / "README.md").write_text(readme)
    print(f"messages={nm} threads={total-nm}", dict(cnt), "missing", miss_n, "invalid", inv_n)

main()
