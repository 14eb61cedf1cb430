#!/usr/bin/env python3
"""Build the held-out corpus in tests/corpus_extra/messages/ (NAME.eml + NAME.json).

Every name, company, domain, org number and phone number here is invented.
Valid org numbers pass the mod-11 check; the invalid ones are asserted to fail it.
Run:  python3 tests/corpus_extra/make_corpus.py
"""
import base64
import copy
import hashlib
import html as htmlmod
import json
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "messages"
BRREG = "opendata.rrh@brreg.no"

# --------------------------------------------------------------------------- helpers

W = [3, 2, 7, 6, 5, 4, 3, 2]


def mod11_ok(n):
    if not re.fullmatch(r"\d{9}", n):
        return False
    s = sum(int(d) * w for d, w in zip(n[:8], W, strict=False))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(n[8])


def sp(o):  # 123 456 789
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def dot(o):
    return f"{o[:3]}.{o[3:6]}.{o[6:]}"


def mva(o):
    return f"NO {sp(o)} MVA"


def cset(name, body=QP, header=QP):
    c = Charset(name)
    c = copy.copy(c)
    c.body_encoding = body
    c.header_encoding = header
    return c


def hdr(s, charset="utf-8"):
    """Encode a header value as RFC 2047 Q words if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cset(charset)).encode().replace("?q?", "?Q?")


def addr(name, address, charset="utf-8", quote=False):
    if name is None:
        return address
    try:
        name.encode("ascii")
        if quote or re.search(r'[,.;:@()<>"]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, cset(charset)).encode().replace('?q?', '?Q?')} <{address}>"


EMAIL_RE = re.compile(r"(?<![\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?![\w@-]|\.[\w-])")


def linkify(escaped):
    return EMAIL_RE.sub(lambda m: f'<a href="mailto:{m.group(1)}">{m.group(1)}</a>', escaped)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EpostStil17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="NO-BOK" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(text, charset="utf-8", body_override=None):
    out = [OUTLOOK_HEAD.format(charset=charset)]
    if body_override is not None:
        out.append(body_override)
    else:
        in_hist = False
        for line in text.split("\n"):
            if line.startswith("Fra: ") and not in_hist:
                in_hist = True
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            if line.strip() == "________________________________":
                out.append('<div class="MsoNormal" align="center" style="text-align:center"><hr size="2" width="98%" align="center"></div>\n')
                continue
            if line.strip() == "":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            else:
                m = re.match(r"^(Fra|Sendt|Til|Kopi|Emne):( .*)$", line)
                if m and in_hist:
                    out.append(f'<p class="MsoNormal"><b>{m.group(1)}:</b>{linkify(htmlmod.escape(m.group(2), quote=False))}<o:p></o:p></p>\n')
                else:
                    out.append(f'<p class="MsoNormal">{linkify(htmlmod.escape(line, quote=False))}<o:p></o:p></p>\n')
        if in_hist:
            out.append("</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def gmail_html(text):
    """Gmail-style HTML: one <div> per line, '>' quoted block as blockquote after the attribution."""
    lines = text.split("\n")
    out = ['<div dir="ltr">']
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt.startswith(">") and (line.endswith("skrev:") or line.endswith("wrote:")):
            out.append('</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                       + linkify(htmlmod.escape(line, quote=False)) + '<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            i += 1
            quoted = []
            while i < len(lines) and lines[i].startswith(">"):
                quoted.append(re.sub(r"^> ?", "", lines[i]))
                i += 1
            out.append(gmail_html("\n".join(quoted)))
            out.append("</blockquote></div>")
            out.append('<div dir="ltr">')
            continue
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>" + linkify(htmlmod.escape(line, quote=False)) + "</div>")
        i += 1
    out.append("</div>")
    return "\n".join(out) + "\n"


def text_part(text, charset="utf-8", enc=QP, subtype="plain", flowed=False):
    c = cset(charset, body=None) if enc == "8bit" else cset(charset, body=enc)
    part = MIMEText(text, subtype, c)
    del part["MIME-Version"]
    if flowed:
        part.set_param("format", "flowed")
    return part


def reorder(msg, headers):
    """Put the given top-level headers first, in order, before the MIME headers."""
    mime = [(k, v) for k, v in msg.items() if k.lower() in ("content-type", "content-transfer-encoding", "mime-version")]
    for k in set(k for k, _ in msg.items()):
        del msg[k]
    names = [k.lower() for k, _ in headers]
    for k, v in headers:
        if k.lower() == "content-type" or k.lower() == "content-transfer-encoding":
            for mk, mv in mime:
                if mk.lower() == k.lower():
                    msg[mk] = mv
            continue
        if k.lower() == "mime-version" and v is None:
            found = [mv for mk, mv in mime if mk.lower() == "mime-version"]
            msg["MIME-Version"] = found[0] if found else "1.0"
            continue
        msg[k] = v
    for mk, mv in mime:
        if mk.lower() not in names:
            msg[mk] = mv
    return msg


def alternative(text_p, html_p, boundary):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(text_p)
    m.attach(html_p)
    return m


def outlook(frm, subject, date, msgid, text, *, html=None, cc=None, to=None, charset="utf-8",
            extra=(), lang="nb-NO", boundary=None):
    key = re.sub(r"[^A-Za-z0-9]", "", msgid.split("@")[0])
    b = boundary or f"_000_{key}{msgid.split('@')[1].split('.')[0]}_"
    thread_index = base64.b64encode(b"\x01\xdc" + hashlib.sha1(msgid.encode()).digest()[:20]).decode()
    tp = text_part(text, charset)
    hp = text_part(html if html is not None else outlook_html(text, charset), charset, subtype="html")
    msg = alternative(tp, hp, b)
    headers = [("From", frm), ("To", to or f'"{BRREG}" <{BRREG}>')]
    if cc:
        headers.append(("CC", cc))
    headers += [("Subject", hdr(subject, charset)), ("Thread-Topic", hdr(re.sub(r"^(SV|VS|RE|FW): ", "", subject), charset)),
                ("Thread-Index", thread_index), ("Date", date), ("Message-ID", f"<{msgid}>")]
    headers += list(extra)
    headers += [("Accept-Language", "nb-NO, en-US"), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""), ("MIME-Version", None), ("Content-Type", None)]
    return reorder(msg, headers)


def gmail(frm, subject, date, msgid, text, *, html=None, cc=None, extra=(), boundary="000000000000a1b2c3d4e5f60718"):
    tp = text_part(text)
    hp = text_part(html if html is not None else gmail_html(text), subtype="html")
    msg = alternative(tp, hp, boundary)
    headers = [("MIME-Version", None), ("From", frm), ("Date", date)]
    headers += list(extra)
    headers += [("Message-ID", f"<{msgid}>"), ("Subject", hdr(subject)), ("To", BRREG)]
    if cc:
        headers.append(("Cc", cc))
    headers.append(("Content-Type", None))
    return reorder(msg, headers)


def iphone(frm, subject, date, msgid, text, *, mailer="iPhone Mail (22D82)"):
    msg = text_part(text)
    headers = [("Content-Type", None), ("Content-Transfer-Encoding", None), ("From", frm),
               ("Mime-Version", "1.0 (1.0)"), ("Date", date), ("Subject", hdr(subject)),
               ("Message-Id", f"<{msgid}>"), ("To", BRREG), ("X-Mailer", mailer)]
    msg = reorder(msg, headers)
    return msg


def thunderbird(frm, subject, date, msgid, text, *, charset="UTF-8", enc="8bit", lang="nb-NO", html=None):
    if html is None:
        msg = text_part(text, charset, enc, flowed=True)
    else:
        msg = text_part(html, charset, enc, subtype="html")
    headers = [("Message-ID", f"<{msgid}>"), ("Date", date), ("MIME-Version", None),
               ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang), ("To", BRREG),
               ("From", frm), ("Subject", hdr(subject, charset.lower())), ("Content-Type", None),
               ("Content-Transfer-Encoding", None)]
    return reorder(msg, headers)


def html_only(frm, subject, date, msgid, html, *, enc=BASE64, charset="utf-8", extra=()):
    msg = text_part(html, charset, enc, subtype="html")
    headers = [("From", frm), ("To", BRREG), ("Subject", hdr(subject, charset)), ("Date", date), ("Message-ID", f"<{msgid}>"), ("MIME-Version", None), *list(extra), ("Content-Type", None), ("Content-Transfer-Encoding", None)]
    return reorder(msg, headers)


# --------------------------------------------------------------------------- labels

APP = ["applicant.org_number", "applicant.name", "applicant.contact.name", "applicant.contact.email", "applicant.contact.phone"]
CUS = [p.replace("applicant", "customer") for p in APP]
PROD = ["production_contact.name", "production_contact.email", "production_contact.phone"]


def contact(name=None, email=None, phone=None):
    return {"name": name, "email": email, "phone": phone}


def party(org=None, name=None, c=None):
    return {"org_number": org, "name": name, "contact": c or contact()}


def get(obj, path):
    for part in path.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def label(order_type, applicant=None, customer=None, prod=None, basis=None, invalid=(), notes=""):
    if order_type == "not_an_order":
        return {"order_type": order_type, "applicant": party(), "customer": None, "production_contact": None,
                "legal_basis": None, "missing": [], "invalid": [], "notes": notes}
    lab = {"order_type": order_type, "applicant": applicant or party(), "customer": None,
           "production_contact": None, "legal_basis": None}
    required = list(APP)
    if order_type == "existing_customer":
        lab["customer"] = customer or party()
        required += CUS
    if order_type == "direct_access":
        lab["production_contact"] = prod or contact()
        lab["legal_basis"] = basis
        required += [*PROD, "legal_basis"]
    missing = [p for p in required if get(lab, p) is None]
    if order_type == "unspecified":
        missing.append("order_type")
    lab["missing"] = sorted(missing)
    lab["invalid"] = sorted(invalid)
    lab["notes"] = notes
    return lab


# --------------------------------------------------------------------------- the emails

def registry():
    """A corpus's list of (name, builder) pairs and the ``@email(name)`` decorator that fills
    it, in the order the builders are written."""
    emails = []

    def email(name):
        def deco(fn):
            emails.append((name, fn))
            return fn
        return deco
    return emails, email


def date(s, tz="+01:00"):
    """'2026-03-16 08:14:22' in the given offset -> RFC 5322 date with the right weekday."""
    sign = 1 if tz[0] == "+" else -1
    hh, mm = int(tz[1:3]), int(tz[4:6])
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=timezone(sign * timedelta(hours=hh, minutes=mm))
    )
    return format_datetime(dt)


EMAILS, email = registry()


# ============================ fictitious_customer ============================

@email("x001_fiktiv_outlook_foretaksnummer")
def _():
    o = "838932533"
    text = f"""Hei,

Vi er systemleverandør og ønsker tilgang til testmiljøet for API-ene i Register over reelle rettighetshavere. Vi ber om at dere oppretter en fiktiv virksomhet som vi selv kan delegere tilgang fra.

Foretaksnummer: {sp(o)}
Firma: Brattli Data AS
Ansvarlig for testing: Sigve Halvorsrud
E-postadresse: Sigve.Halvorsrud@brattli-data.no
Mob.: 915 40 263

Si fra om dere trenger mer informasjon.

Med vennlig hilsen

Sigve Halvorsrud
Løsningsarkitekt
Brattli Data AS
Sentralbord: 22 87 40 00
www.brattli-data.no
"""
    msg = outlook(addr("Sigve Halvorsrud", "Sigve.Halvorsrud@brattli-data.no"),
                  "Bestilling av testtilgang RRH – fiktiv virksomhet", "Mon, 12 Jan 2026 08:31:07 +0000",
                  "AM0PR04MB7715E2B1C0A94D2F8C6F3A51D2A3@AM0PR04MB7715.eurprd04.prod.outlook.com", text)
    lab = label("fictitious_customer",
                party(o, "Brattli Data AS", contact("Sigve Halvorsrud", "sigve.halvorsrud@brattli-data.no", "+4791540263")),
                notes="Labelled list with uncommon label words (Foretaksnummer, Firma, Ansvarlig for testing, E-postadresse, Mob.). "
                      "Mixed-case address is lower-cased. The signature's switchboard (Sentralbord 22 87 40 00) is not the contact's phone.")
    return msg, lab


@email("x002_fiktiv_iphone_smaabokstaver")
def _():
    o = "965168699"
    text = f"""hei! vi i fjellkode as vil gjerne ha testtilgang til rrh apiet med fiktiv virksomhet sånn at vi kan delegere sjøl
orgnr {o}
ring meg på 472 18 930 hvis noe

eirik

Sendt fra min iPhone"""
    msg = iphone(addr("Eirik Vang", "eirik@fjellkode.no"), "testtilgang", "Sat, 17 Jan 2026 21:14:52 +0100",
                 "7E1B0C2A-55D4-4A3E-9F61-2C8D0B4E91AA@fjellkode.no", text)
    lab = label("fictitious_customer",
                party(o, "fjellkode as", contact("Eirik Vang", "eirik@fjellkode.no", "+4747218930")),
                notes="Lower-case iPhone mail without punctuation. \"ring meg\" makes the sender the contact: full name and "
                      "address from the From header (signature only \"eirik\"). Company name as written, lower case; unseparated org number.")
    return msg, lab


@email("x003_fiktiv_nynorsk_thunderbird_mva")
def _():
    o = "803129819"
    text = f"""Hei,

Hardangerkode AS er systemleverandør og ønskjer tilgang til testmiljøet 
for API-a i Register over reelle rettshavarar. Vi vil gjerne at de 
opprettar ei fiktiv verksemd som vi kan delegere tilgang frå sjølve.

Eg er kontaktperson for testinga. Opplysningar om verksemda og meg finn 
de i signaturen.

Venleg helsing

Solveig Aasen Rygg
utviklar
Hardangerkode AS
Steinsdalsvegen 4, 5600 Norheimsund
{mva(o)}
Mobil: 948 03 117
"""
    msg = thunderbird(addr("Solveig Aasen Rygg", "solveig@hardangerkode.no"),
                      "Fiktiv verksemd i testmiljøet for RRH", "Tue, 20 Jan 2026 13:02:44 +0100",
                      "b3c1e8f2-7a41-4d0e-a3b5-51c9e2f04d11@hardangerkode.no", text, lang="nn-NO")
    lab = label("fictitious_customer",
                party(o, "Hardangerkode AS", contact("Solveig Aasen Rygg", "solveig@hardangerkode.no", "+4794803117")),
                notes="Nynorsk, Thunderbird format=flowed, 8bit UTF-8. \"Eg er kontaktperson\": the sender is the contact; "
                      "org number only in the signature in VAT form (NO ... MVA). Postcode 5600 is not a phone.")
    return msg, lab


@email("x004_fictitious_english_0047_dotted")
def _():
    o = "823986831"
    text = f"""Hello,

Skyline Ledger AS is a software vendor integrating the Register of Beneficial Owners into our KYC product. We would like test access using option 1, i.e. a fictitious enterprise created in the test environment that we can delegate access from ourselves.

Company: Skyline Ledger AS
Org. no.: {dot(o)}

I'll be the contact for the testing - you can reach me at this address or on 0047 930 61 845.

Kind regards,
Priya Raman
Head of Integrations, Skyline Ledger AS
"""
    msg = gmail(addr("Priya Raman", "priya.raman@skyline-ledger.no"),
                "Test access to the beneficial ownership API (fictitious enterprise)", "Thu, 22 Jan 2026 10:47:19 +0100",
                "CAK7dQ2wFv0pX9h3nB8sYt1Lr4eMzqG5uJ6cVa2oWn3Hd8RkP0w@mail.gmail.com", text,
                boundary="000000000000f1e0a7c64b23d9a8")
    lab = label("fictitious_customer",
                party(o, "Skyline Ledger AS", contact("Priya Raman", "priya.raman@skyline-ledger.no", "+4793061845")),
                notes="English. \"I'll be the contact\": name from the signature, address from From (\"this address\"). "
                      "Org number with dots; phone with 0047 prefix.")
    return msg, lab


@email("x005_fiktiv_html_tabell_skjult_tekst")
def _():
    o = "937341504"
    old = "928555879"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hei,</p>
<p>Nordlys IT AS ønsker tilgang til testmiljøet for RRH via en fiktiv virksomhet (alternativ 1), slik at vi kan delegere tilgangen selv.</p>
<!-- utkast fra forrige uke: Org.nr {sp(old)} / Kontakt: Helene Sund, helene.sund@nordlysit.no, 404 11 982 -->
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:11pt">
<tr><td><b>Selskap</b></td><td>Nordlys IT AS</td></tr>
<tr><td><b>Organisasjonsnr.</b></td><td>{sp(o)}</td></tr>
<tr><td><b>Kontakt</b></td><td>Gaute Lindeberg</td></tr>
<tr><td><b>E-post</b></td><td><a href="mailto:gaute.lindeberg@nordlysit.no">gaute.lindeberg@nordlysit.no</a></td></tr>
<tr><td><b>Telefonnr</b></td><td>+47 41 22 87 63</td></tr>
</table>
<div style="display:none;max-height:0;overflow:hidden">Telefon: 99 88 77 66</div>
<p>Hilsen<br>Gaute Lindeberg<br>Nordlys IT AS</p>
</div></body></html>
"""
    msg = html_only(addr("Gaute Lindeberg", "gaute.lindeberg@nordlysit.no"), "Testtilgang RRH – fiktiv virksomhet",
                    "Mon, 26 Jan 2026 14:20:33 +0100", "20260126132033.5f2c7a1e@nordlysit.no", html,
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    lab = label("fictitious_customer",
                party(o, "Nordlys IT AS", contact("Gaute Lindeberg", "gaute.lindeberg@nordlysit.no", "+4741228763")),
                notes="HTML only (base64) with a two-column table. An HTML comment holds an old org number and another contact, "
                      "and a display:none div holds another phone: neither is visible, so neither counts. Mobile written in 2-2-2-2 groups.")
    return msg, lab


@email("x006_fiktiv_ugyldig_orgnr_punktum")
def _():
    bad = "905762420"  # 905726420 with two digits swapped
    assert not mod11_ok(bad)
    text = f"""Hei!

Kvernhuset Software AS ønsker fiktiv virksomhet i testmiljøet for RRH, så vi kan delegere tilgang selv.

Org. nr.: {dot(bad)}
Kontaktperson: Marte Kolstad
E-post: marte@kvernhuset-software.no
Tlf.: 97 41 20 58

Mvh
Marte
"""
    msg = gmail(addr("Marte Kolstad", "marte@kvernhuset-software.no"), "Fiktiv virksomhet RRH",
                "Wed, 28 Jan 2026 09:05:41 +0100", "CAHx3Lk9Tq1vB7nR2mWc8pYd5sE0aZfU4oJ6gKi3Nb7XeQy1tVg@mail.gmail.com", text,
                boundary="0000000000003c9de2a61b84f057")
    lab = label("fictitious_customer",
                party(bad, "Kvernhuset Software AS", contact("Marte Kolstad", "marte@kvernhuset-software.no", "+4797412058")),
                invalid=["applicant.org_number"],
                notes="Org number written with dots fails the mod-11 check (two digits transposed): reported as found, "
                      "flagged invalid. Mobile in 2-2-2-2 groups.")
    return msg, lab


@email("x007_fiktiv_kollega_mangler_telefon")
def _():
    o = "929302834"
    text = f"""Hei,

Lyngstad Systemer AS (orgnr {sp(o)}) ønsker å teste API-ene i RRH gjennom en fiktiv virksomhet som vi kan delegere fra selv.

Kontaktperson for testingen er utvikler Nora Sæther, nora.saether@lyngstad-systemer.no.

Med vennlig hilsen
Trond Eikrem
Daglig leder
Lyngstad Systemer AS
Mob. 926 14 703
"""
    msg = outlook(addr("Trond Eikrem", "trond.eikrem@lyngstad-systemer.no"), "RRH testtilgang - fiktiv virksomhet",
                  "Thu, 29 Jan 2026 12:44:09 +0000",
                  "DB9PR02MB6843A1D07F5C4E9B9A27E8C3F10B@DB9PR02MB6843.eurprd02.prod.outlook.com", text)
    lab = label("fictitious_customer",
                party(o, "Lyngstad Systemer AS", contact("Nora Sæther", "nora.saether@lyngstad-systemer.no", None)),
                notes="The contact is a named colleague (title \"utvikler\" not part of the name) with an address but no phone. "
                      "The sender's own mobile belongs to him, not to her: applicant.contact.phone missing.")
    return msg, lab


@email("x008_fictitious_svensk_orgnr")
def _():
    text = """Hi,

We are Kodlabbet AB, a Swedish software vendor, and we would like access to the Norwegian test environment for the Register of Beneficial Owners through a fictitious enterprise that we can delegate access from ourselves.

Company: Kodlabbet AB
Org.nr: 559214-3087
Contact: Johan Bergkvist
Email: johan.bergkvist@kodlabbet.se
Phone: +46 70 412 38 57

Best regards
Johan Bergkvist
Kodlabbet AB, Göteborg
"""
    msg = outlook(addr("Johan Bergkvist", "johan.bergkvist@kodlabbet.se"),
                  "Test access RRH - fictitious enterprise", "Mon, 02 Feb 2026 07:58:12 +0000",
                  "GV3P280MB0914C2E6B1A7F40D83B5E6A1C2D9@GV3P280MB0914.SWEP280.PROD.OUTLOOK.COM", text, lang="sv-SE")
    lab = label("fictitious_customer",
                party(None, "Kodlabbet AB", contact("Johan Bergkvist", "johan.bergkvist@kodlabbet.se", "+46704123857")),
                notes="Swedish company: \"559214-3087\" is a Swedish organisationsnummer, not a Norwegian org number, so "
                      "applicant.org_number is missing (not invalid). Swedish mobile keeps +46.")
    return msg, lab


@email("x009_fiktiv_telefon_kommer_senere")
def _():
    o = "814621731"
    text = f"""Hei,

Vi ønsker å bestille testtilgang til RRH med fiktiv virksomhet, slik at vi kan delegere tilgangen selv.

Organisasjonsnummer: {o}
Selskap: Vindel Software AS
Kontaktperson: Petter Ulvestad
E-post: petter.ulvestad@vindel-software.no
Telefon: kommer senere

Petter begynner hos oss 1. mars, og mobilnummeret hans er ikke klart ennå.

Mvh
Henriette Bø
HR og administrasjon
Vindel Software AS
Tlf 33 45 80 12
"""
    msg = outlook(addr("Henriette Bø", "henriette.bo@vindel-software.no"), "Bestilling testtilgang RRH",
                  "Tue, 03 Feb 2026 10:12:55 +0000",
                  "AS8PR05MB7392D4F1E0C64B5AA1F2C9E71B35@AS8PR05MB7392.eurprd05.prod.outlook.com", text)
    lab = label("fictitious_customer",
                party(o, "Vindel Software AS", contact("Petter Ulvestad", "petter.ulvestad@vindel-software.no", None)),
                notes="Placeholder \"kommer senere\" for the phone: missing, not invalid. The sender (HR) is not the contact; "
                      "her own number in the signature must not be used.")
    return msg, lab


@email("x010_fiktiv_videresendt_fra_konsulent")
def _():
    o = "934901053"
    consult = "936033814"
    text = f"""Hei,

Videresender bestillingen fra kunden vår Blåklokke Systemer AS under. De ønsker en fiktiv virksomhet i testmiljøet. Ta gjerne kontakt med Ida direkte ved spørsmål.

Hilsen
Kasper Lund
Lund & Myhre Rådgivning AS | Org.nr. {sp(consult)} | Tlf. 22 60 33 10

---------- Videresendt melding ---------
Fra: Ida Brekken <ida.brekken@blaaklokke.no>
Date: tir. 3. mar. 2026 kl. 09:12
Subject: Bestilling RRH test
To: Kasper Lund <kasper@lundogmyhre.no>


Hei Kasper,

Kan du sende dette videre til Brønnøysundregistrene?

Vi ønsker tilgang til testmiljøet for RRH via en fiktiv virksomhet som vi delegerer fra selv.
Orgnr: {sp(o)}
Navn: Blåklokke Systemer AS
Kontaktperson: Ida Brekken
E-post: ida.brekken@blaaklokke.no
Mobil: 482 90 517

Hilsen Ida
"""
    msg = gmail(addr("Kasper Lund", "kasper@lundogmyhre.no"), "Fwd: Bestilling RRH test",
                "Tue, 03 Mar 2026 11:26:02 +0100", "CAN5bV0kQx2Mw7Yt9pLr3Hd8sGf1aZe6uJc4oXi0Tn5WqKv2yBm@mail.gmail.com", text,
                boundary="0000000000008f27c5b1e90d3a64")
    lab = label("fictitious_customer",
                party(o, "Blåklokke Systemer AS", contact("Ida Brekken", "ida.brekken@blaaklokke.no", "+4748290517")),
                notes="A consultant forwards the vendor's order (\"Videresender bestillingen\"): the forwarded mail is content. "
                      "The consultant's own org number and phone in his signature are distractors.")
    return msg, lab


@email("x011_fiktiv_svar_gammelt_orgnr_sitert")
def _():
    new, old = "846707999", "949921131"
    text = f"""Hei igjen,

Beklager, det var feil organisasjonsnummer og telefonnummer i forrige e-post (vi brukte opplysningene til det gamle selskapet). Her er bestillingen på nytt med riktige opplysninger:

Tindra Soft AS ønsker fiktiv virksomhet i testmiljøet for RRH.
Orgnr: {sp(new)}
Kontaktperson: Øystein Nakken
E-post: oystein@tindrasoft.no
Telefon: 450 27 188

Øystein

Den man. 2. mar. 2026 kl. 15:40 skrev Øystein Nakken <oystein@tindrasoft.no>:
> Hei,
>
> Tindra Soft AS ønsker fiktiv virksomhet i testmiljøet for RRH.
> Orgnr: {sp(old)}
> Kontaktperson: Øystein Nakken
> E-post: oystein@tindrasoft.no
> Telefon: 913 40 552
>
> Øystein
"""
    msg = gmail(addr("Øystein Nakken", "oystein@tindrasoft.no"), "Re: Bestilling fiktiv virksomhet – Tindra Soft AS",
                "Tue, 03 Mar 2026 08:09:37 +0100", "CAP2rT8mWq0Lx5Yb1nVc7Hd3sKf9aZe4uJo6gXi2Tn8RkQv5yAw@mail.gmail.com", text,
                extra=[("In-Reply-To", "<CAP2rT8mWq0Lx5Yb1nVc7Hd3sKf9aZe4uJo6gXi2Tn8RkQv0zzz@mail.gmail.com>"),
                       ("References", "<CAP2rT8mWq0Lx5Yb1nVc7Hd3sKf9aZe4uJo6gXi2Tn8RkQv0zzz@mail.gmail.com>")],
                boundary="000000000000b61e3d0f7a92c548")
    lab = label("fictitious_customer",
                party(new, "Tindra Soft AS", contact("Øystein Nakken", "oystein@tindrasoft.no", "+4745027188")),
                notes="Gmail reply re-sending a corrected order. The quoted earlier mail (\"Den ... skrev:\", '>' lines) has an "
                      "old org number (also mod-11 valid) and an old phone: history, not used.")
    return msg, lab


@email("x012_fiktiv_tokolonne_windows1252_konsern")
def _():
    o, parent = "827452386", "934755456"
    text = f"""Hei,

Vi ønsker å bestille testtilgang til RRH – alternativet med “fiktiv virksomhet”, slik at vi kan delegere tilgangen selv.

Selskap            Kystlinje Regnskapsdata AS
Org.nr.            {o}
Kontaktperson      Lars Petter Strøm
E-post             lars.petter.strom@kystlinje.no
Telefon            +47 906-12-448

Med vennlig hilsen
Lars Petter Strøm
Produktansvarlig – Kystlinje Regnskapsdata AS

Kystlinje Regnskapsdata AS er et heleid datterselskap av Kystlinje Holding AS, org.nr. {sp(parent)}, sentralbord 51 80 90 00. Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten.
"""
    rows = [("Selskap", "Kystlinje Regnskapsdata AS"), ("Org.nr.", o), ("Kontaktperson", "Lars Petter Strøm"),
            ("E-post", '<a href="mailto:lars.petter.strom@kystlinje.no">lars.petter.strom@kystlinje.no</a>'),
            ("Telefon", "+47 906-12-448")]
    table = "".join(f'<tr><td width="160" style="padding:0cm 5.4pt"><p class="MsoNormal">{k}<o:p></o:p></p></td>'
                    f'<td style="padding:0cm 5.4pt"><p class="MsoNormal">{v}<o:p></o:p></p></td></tr>\n' for k, v in rows)
    body = (f'<p class="MsoNormal">Hei,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            f'<p class="MsoNormal">Vi ønsker å bestille testtilgang til RRH – alternativet med “fiktiv virksomhet”, slik at vi kan delegere tilgangen selv.<o:p></o:p></p>\n'
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">\n{table}</table>\n'
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">Med vennlig hilsen<o:p></o:p></p>\n'
            f'<p class="MsoNormal">Lars Petter Strøm<o:p></o:p></p>\n<p class="MsoNormal">Produktansvarlig – Kystlinje Regnskapsdata AS<o:p></o:p></p>\n'
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Kystlinje Regnskapsdata AS er et heleid datterselskap av Kystlinje Holding AS, org.nr. {sp(parent)}, sentralbord 51 80 90 00. Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten.<o:p></o:p></span></p>\n')
    html = outlook_html("", "windows-1252", body_override=body)
    msg = outlook(addr("Strøm, Lars Petter", "lars.petter.strom@kystlinje.no", charset="windows-1252"),
                  "Testtilgang RRH – fiktiv virksomhet", "Wed, 04 Feb 2026 09:33:18 +0100",
                  "01da5e8f$3c7b2a10$b5717e30$@kystlinje.no", text, html=html, charset="windows-1252",
                  to=f"<{BRREG}>", boundary="----=_NextPart_000_0093_01DA95A1.7C2B4E60")
    # on-premises Outlook 2016 style: drop the Exchange Online-only headers
    for h in ("Accept-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "Thread-Topic"):
        del msg[h]
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    lab = label("fictitious_customer",
                party(o, "Kystlinje Regnskapsdata AS", contact("Lars Petter Strøm", "lars.petter.strom@kystlinje.no", "+4790612448")),
                notes="windows-1252 quoted-printable (en dash, curly quotes). Two-column plain-text table / HTML table. "
                      "Phone with hyphens. From header in \"Surname, Given\" form; the body writes the name in normal order. "
                      "The disclaimer's parent company org number and switchboard are distractors.")
    return msg, lab


# ============================ existing_customer ============================

@email("x013_kunde_outlook_leverandor_forst")
def _():
    v, c = "801838839", "987959568"
    text = f"""Hei,

Vi ønsker testtilgang til RRH gjennom delegering fra en eksisterende kunde (alternativ 2). Kunden har allerede bestilt direkte tilgang hos dere.

Leverandør
Orgnr: {sp(v)}
Firma: Ankerpunkt Systemer AS
Kontakt: Vegard Hollund
E-post: vegard.hollund@ankerpunkt.no
Tlf.: 932 70 418

Kunde
Orgnr: {sp(c)}
Firma: Bergen Eiendomsoppgjør AS
Kontakt: Randi Myking
E-post: randi.myking@bergen-oppgjor.no
Tlf.: 55 30 14 92

Med vennlig hilsen
Vegard Hollund
Ankerpunkt Systemer AS
Sentralbord 22 99 10 00
"""
    msg = outlook(addr("Vegard Hollund", "vegard.hollund@ankerpunkt.no"),
                  "Testtilgang RRH – delegering fra eksisterende kunde", "Thu, 05 Feb 2026 08:02:27 +0000",
                  "PR3PR01MB6921B7A0C3E548D1F2A6D9E03C74@PR3PR01MB6921.eurprd01.prod.outlook.com", text)
    lab = label("existing_customer",
                party(v, "Ankerpunkt Systemer AS", contact("Vegard Hollund", "vegard.hollund@ankerpunkt.no", "+4793270418")),
                party(c, "Bergen Eiendomsoppgjør AS", contact("Randi Myking", "randi.myking@bergen-oppgjor.no", "+4755301492")),
                notes="Two blocks with identical short labels (Orgnr, Firma, Kontakt, Tlf.); the headings Leverandør/Kunde decide "
                      "the roles. Bergen landline for the customer. Switchboard in the signature is a distractor.")
    return msg, lab


@email("x014_kunde_kunden_skriver_undertegnede")
def _():
    c, v = "936588999", "893638989"
    text = f"""Hei,

Sunde Revisjon AS (org.nr. {sp(c)}) har bestilt direkte tilgang til Register over reelle rettighetshavere. Vi ønsker nå å delegere tilgang i testmiljøet til systemleverandøren vår, Regnbue Regnskapssystemer AS, org.nr. {sp(v)}, slik at de kan teste integrasjonen mot vår eksisterende tilgang.

Kontaktperson hos Regnbue er Frode Hatlem, frode.hatlem@regnbue.no, tlf. 909 11 245.

Kontaktperson hos oss er undertegnede, telefon 71 52 18 30.

Vennlig hilsen
Bodil Sunde
Statsautorisert revisor
Sunde Revisjon AS
"""
    msg = gmail(addr("Bodil Sunde", "bodil@sunde-revisjon.no"), "Delegering av RRH-tilgang til systemleverandøren vår",
                "Fri, 06 Feb 2026 13:51:40 +0100", "CAJ8wR2nVq5Lx0Yb7mTc3Hd9sPf1aZe6uKo4gXi8Tn2WkQv3yCe@mail.gmail.com", text,
                boundary="00000000000054a1e7c93d0b2f16")
    lab = label("existing_customer",
                party(v, "Regnbue Regnskapssystemer AS", contact("Frode Hatlem", "frode.hatlem@regnbue.no", "+4790911245")),
                party(c, "Sunde Revisjon AS", contact("Bodil Sunde", "bodil@sunde-revisjon.no", "+4771521830")),
                notes="The CUSTOMER writes and is named first; the applicant is still the vendor (Regnbue). \"undertegnede\" makes "
                      "the sender the customer contact, address from From. Title after the name is not part of it.")
    return msg, lab


@email("x015_existing_customer_english_quoted_old_contact")
def _():
    v, c = "991204563", "979635575"
    text = f"""Hi,

Baltic Fjord Software AS (org. no. {sp(v)}) would like test access to the beneficial ownership API through delegation from an existing customer, Nordhav Shipping Services AS (org. no. {sp(c)}), which has already ordered direct access.

Contact at the customer: Liv Marit Haugen, liv.haugen@nordhav-shipping.no, +47 51 84 22 70.
Contact on our side: me, mobile +47 464 09 318.

Thanks,
Tomasz Nowicki
Baltic Fjord Software AS

On Mon, 9 Mar 2026 at 14:02, Anders Vik <anders.vik@nordhav-shipping.no> wrote:
> Hi Tomasz,
>
> We have ordered direct access now. Please use me as the contact for the time being: anders.vik@nordhav-shipping.no, 917 55 204. From next week Liv Marit takes over.
>
> Anders
"""
    msg = gmail(addr("Tomasz Nowicki", "tomasz.nowicki@baltic-fjord.no"),
                "Test access RRH - delegation from existing customer", "Mon, 16 Mar 2026 09:18:55 +0100",
                "CAL4tY6mRq8Wx2Vb0nKc5Hd1sJf7aZe3uPo9gXi4Tn6RkMv8yDf@mail.gmail.com", text,
                boundary="000000000000c2f9a5e10b7d4e83")
    lab = label("existing_customer",
                party(v, "Baltic Fjord Software AS", contact("Tomasz Nowicki", "tomasz.nowicki@baltic-fjord.no", "+4746409318")),
                party(c, "Nordhav Shipping Services AS", contact("Liv Marit Haugen", "liv.haugen@nordhav-shipping.no", "+4751842270")),
                notes="English. Vendor contact is \"me\" (name from signature, address from From). The quoted \"On ... wrote:\" "
                      "mail offers another customer contact (Anders Vik) with phone: history, superseded by the new text.")
    return msg, lab


@email("x016_kunde_nynorsk_html_tabell")
def _():
    v, c = "823298676", "885583369"
    text = f"""Hei,

Fjordsystem AS ønskjer tilgang til testmiljøet for RRH ved delegering frå ein eksisterande kunde, som har bestilt direkte tilgang. Opplysningane står i tabellen:

\tSystemleverandør\tKunde
Organisasjonsnummer\t{sp(v)}\t{sp(c)}
Namn\tFjordsystem AS\tVossarekneskap SA
Kontaktperson\tRagnvald Tveit\tIngebjørg Lid
E-post\tragnvald@fjordsystem.no\tingebjorg.lid@vossarekneskap.no
Telefon\t938 05 612\t56 51 77 08

Venleg helsing
Ragnvald Tveit
Fjordsystem AS
"""
    cell = 'style="border:1px solid #999;padding:3px 8px"'
    rows = [("", "<b>Systemleverandør</b>", "<b>Kunde</b>"),
            ("Organisasjonsnummer", sp(v), sp(c)),
            ("Namn", "Fjordsystem AS", "Vossarekneskap SA"),
            ("Kontaktperson", "Ragnvald Tveit", "Ingebjørg Lid"),
            ("E-post", '<a href="mailto:ragnvald@fjordsystem.no">ragnvald@fjordsystem.no</a>',
             '<a href="mailto:ingebjorg.lid@vossarekneskap.no">ingebjorg.lid@vossarekneskap.no</a>'),
            ("Telefon", "938 05 612", "56 51 77 08")]
    trs = "\n".join(f"<tr><td {cell}>{a}</td><td {cell}>{b}</td><td {cell}>{d}</td></tr>" for a, b, d in rows)
    html = f"""<div dir="ltr"><div>Hei,</div><div><br></div>
<div>Fjordsystem AS ønskjer tilgang til testmiljøet for RRH ved delegering frå ein eksisterande kunde, som har bestilt direkte tilgang. Opplysningane står i tabellen:</div><div><br></div>
<table style="border-collapse:collapse">
{trs}
</table>
<div><br></div><div>Venleg helsing</div><div>Ragnvald Tveit</div><div>Fjordsystem AS</div></div>
"""
    msg = gmail(addr("Ragnvald Tveit", "ragnvald@fjordsystem.no"), "Delegering frå eksisterande kunde – RRH testmiljø",
                "Tue, 10 Feb 2026 10:40:06 +0100", "CAM1nW5kTq3Rx8Yb2vLc6Hd0sQf4aZe9uGo7gXi1Tn3PkWv6yEg@mail.gmail.com", text,
                html=html, boundary="000000000000e8b04d7f2c1a95a3")
    lab = label("existing_customer",
                party(v, "Fjordsystem AS", contact("Ragnvald Tveit", "ragnvald@fjordsystem.no", "+4793805612")),
                party(c, "Vossarekneskap SA", contact("Ingebjørg Lid", "ingebjorg.lid@vossarekneskap.no", "+4756517708")),
                notes="Nynorsk. Three-column table (field | vendor | customer) in HTML and tab-separated in the text part: "
                      "values are read by column. Customer legal form SA.")
    return msg, lab


@email("x017_kunde_kundeorgnr_ukjent")
def _():
    v = "849458809"
    text = f"""Hei,

Elvebredd Data AS ønsker delegering fra eksisterende kunde i testmiljøet for RRH. Kunden har bestilt direkte tilgang.

Vår virksomhet:
Organisasjonsnr.: {sp(v)}
Kontaktperson: Camilla Roald
E-post: camilla.roald@elvebredd.no
Telefonnr: 419 03 527

Kunden:
Firma: Lysaker Eiendomsforvaltning AS
Organisasjonsnr.: ukjent – kunden sender dette til dere direkte
Kontaktperson: Halvard Sandnes
E-post: halvard@lysaker-forvaltning.no
Telefonnr: 67 10 48 55

Mvh
Camilla Roald
Elvebredd Data AS
"""
    msg = outlook(addr("Camilla Roald", "camilla.roald@elvebredd.no"), "Delegering fra kunde – RRH test",
                  "Wed, 11 Feb 2026 12:15:49 +0000",
                  "VI1PR03MB4410F5C2A7E14B6D9C3B0A8E27D1@VI1PR03MB4410.eurprd03.prod.outlook.com", text)
    lab = label("existing_customer",
                party(v, "Elvebredd Data AS", contact("Camilla Roald", "camilla.roald@elvebredd.no", "+4741903527")),
                party(None, "Lysaker Eiendomsforvaltning AS", contact("Halvard Sandnes", "halvard@lysaker-forvaltning.no", "+4767104855")),
                notes="Customer org number given as the placeholder \"ukjent\": missing, not invalid. Vendor name only in the "
                      "prose and signature, not in the labelled block.")
    return msg, lab


@email("x018_kunde_ugyldig_kundetelefon")
def _():
    v, c = "871724644", "968418637"
    text = f"""Hei,

Prisme IT AS (orgnr {v}) ønsker å teste RRH-API-et med delegering fra kunden vår Tønsberg Bilutleie AS (orgnr {c}), som har bestilt direkte tilgang.

Kontaktperson hos kunden: Heidi Wold, heidi@tonsberg-bilutleie.no, tlf 33 30 19 4
Kontaktperson hos oss: Jonas Aakre, jonas.aakre@prismeit.no, 995 02 861

Hilsen
Jonas
"""
    msg = gmail(addr("Jonas Aakre", "jonas.aakre@prismeit.no"), "RRH test – delegering fra kunde",
                "Thu, 12 Feb 2026 15:03:22 +0100", "CAB9xQ3mVt6Lw1Yr8nPc2Hd4sMf0aZe7uKo5gXi9Tn1WkRv4yFh@mail.gmail.com", text,
                boundary="0000000000007a3dc16e5f09b2d8")
    lab = label("existing_customer",
                party(v, "Prisme IT AS", contact("Jonas Aakre", "jonas.aakre@prismeit.no", "+4799502861")),
                party(c, "Tønsberg Bilutleie AS", contact("Heidi Wold", "heidi@tonsberg-bilutleie.no", "+473330194")),
                invalid=["customer.contact.phone"],
                notes="Customer phone has only seven digits (33 30 19 4): reported as +473330194 and flagged invalid. "
                      "Customer line comes before the vendor line.")
    return msg, lab


@email("x019_kunde_konsulent_navngitt_kontakt")
def _():
    v, c, consult = "937147635", "836843258", "923479570"
    text = f"""Hei,

Jeg bistår Havbris Systemer AS med integrasjonen mot RRH og sender bestillingen på deres vegne. Havbris ønsker delegering fra eksisterende kunde i testmiljøet.

Systemleverandør: Havbris Systemer AS, org.nr. {sp(v)}
Ansvarlig for testing hos Havbris: Magnus Eliassen, magnus.eliassen@havbris.no, mob. 918 20 664

Kunde: Sjøbris Fiskeoppdrett AS, org.nr. {sp(c)}
Kontakt hos kunden: Tuva Nergård, tuva.nergard@sjobris-fisk.no, 77 60 23 14

Spørsmål om selve bestillingen kan gjerne gå til meg.

Med vennlig hilsen
Reidun Falk
Senior rådgiver
Falk Rådgivning AS
Org.nr. {sp(consult)}
Mob. 934 77 120
"""
    msg = outlook(addr("Reidun Falk", "reidun.falk@falk-radgivning.no"), "Bestilling på vegne av Havbris Systemer AS – RRH test",
                  "Fri, 13 Feb 2026 09:27:14 +0000",
                  "HE1PR07MB3358C0A6D2F94E1B8A7C5D3F92E4@HE1PR07MB3358.eurprd07.prod.outlook.com", text)
    lab = label("existing_customer",
                party(v, "Havbris Systemer AS", contact("Magnus Eliassen", "magnus.eliassen@havbris.no", "+4791820664")),
                party(c, "Sjøbris Fiskeoppdrett AS", contact("Tuva Nergård", "tuva.nergard@sjobris-fisk.no", "+4777602314")),
                notes="A consultant orders on behalf of the vendor and names the vendor's own test contact; the consultant's "
                      "address, mobile and her firm's org number are not the applicant's. Tromsø landline for the customer.")
    return msg, lab


@email("x020_kunde_iphone_slurvete_mangler_kundeepost")
def _():
    v, c = "849545353", "944288880"
    text = f"""hei
vi i grøtte data as (orgnr {v}) skal teste rrh med delegering fra eksisterende kunde. kunden er hoel transport as orgnr {c}, kontakt der er arne hoel mob 907 33 218
ta kontakt med meg på 0047 416 90 552 om noe er uklart
stian

Sendt fra min iPhone"""
    msg = iphone(addr("Stian Grøtte", "stian@grottedata.no"), "rrh test", "Sun, 15 Feb 2026 19:41:08 +0100",
                 "C41D8A2F-0B7E-4E19-A6C3-9D25F1E08B47@grottedata.no", text)
    lab = label("existing_customer",
                party(v, "grøtte data as", contact("Stian Grøtte", "stian@grottedata.no", "+4741690552")),
                party(c, "hoel transport as", contact("arne hoel", None, "+4790733218")),
                notes="Sloppy lower-case iPhone mail. \"ta kontakt med meg\": the sender is the vendor contact, name and address "
                      "from From, phone with 0047. Customer contact has no e-mail: customer.contact.email missing. Names kept as written.")
    return msg, lab


@email("x021_kunde_outlook_sitert_annen_kunde")
def _():
    v, c, other = "879319803", "842344506", "973422642"
    text = f"""Hei,

Vi ønsker delegering fra eksisterende kunde i testmiljøet for RRH. Som diskutert internt (se under) bruker vi Fagerli Bakeri AS som testkunde, ikke Moholt Regnskap, siden Fagerli allerede har bestilt direkte tilgang.

Systemleverandør: Nettverket Lønn AS, org.nr. {sp(v)}
Kontaktperson: Elin Stokke, elin.stokke@nettverket-lonn.no, tlf. 920 55 173

Kunde: Fagerli Bakeri AS, org.nr. {sp(c)}
Kontaktperson: Sindre Fagerli, sindre@fagerlibakeri.no, tlf. 74 82 61 09

Med vennlig hilsen
Elin Stokke
Nettverket Lønn AS

________________________________
Fra: Martin Bakken <martin.bakken@nettverket-lonn.no>
Sendt: fredag 6. mars 2026 10:14
Til: Elin Stokke <elin.stokke@nettverket-lonn.no>
Emne: RRH testtilgang – hvilken kunde?

Hei Elin,

Skal vi bruke Moholt Regnskap AS (org.nr. {sp(other)}) som testkunde? Kontakt der er Kari Moholt, kari@moholt-regnskap.no, 73 91 20 44. Jeg kan være kontakt hos oss, 986 12 430.

Martin
"""
    msg = outlook(addr("Elin Stokke", "elin.stokke@nettverket-lonn.no"), "SV: RRH testtilgang – hvilken kunde?",
                  "Mon, 09 Mar 2026 07:55:31 +0000",
                  "AM6PR10MB2784A9E3B1C05D4F7E2A6B8C14F0@AM6PR10MB2784.EURPRD10.PROD.OUTLOOK.COM", text,
                  cc=addr("Martin Bakken", "martin.bakken@nettverket-lonn.no"),
                  extra=[("In-Reply-To", "<AM6PR10MB2784F00DA1C2B3E4D5F6A7B8C9D0@AM6PR10MB2784.EURPRD10.PROD.OUTLOOK.COM>")])
    lab = label("existing_customer",
                party(v, "Nettverket Lønn AS", contact("Elin Stokke", "elin.stokke@nettverket-lonn.no", "+4792055173")),
                party(c, "Fagerli Bakeri AS", contact("Sindre Fagerli", "sindre@fagerlibakeri.no", "+4774826109")),
                notes="Outlook reply with a quoted internal \"Fra:/Sendt:\" block that proposes ANOTHER customer (Moholt Regnskap AS, "
                      "valid org number, contact, phone) and another vendor contact: history, not used.")
    return msg, lab


@email("x022_kunde_mva_format_konsernfooter")
def _():
    v, c, parent = "863749360", "806909653", "816923115"
    text = f"""Hei,

Sentinel KYC Norge AS ber om testtilgang til RRH med delegering fra en av våre eksisterende kunder, Kragerø Sparebank, som har bestilt direkte tilgang.

Systemleverandør
Sentinel KYC Norge AS – {mva(v)}
Kontaktperson: Ruben Sørlie
E-post: ruben.sorlie@sentinel-kyc.no
Tlf.: (+47) 468 12 930

Kunde
Kragerø Sparebank – {mva(c)}
Kontaktperson: Anniken Bø Tveten
E-post: anniken.tveten@kragero-sparebank.no
Tlf.: 35 98 21 47

Med vennlig hilsen
Ruben Sørlie
Sentinel KYC Norge AS
Sentralbord: 21 04 55 00

Sentinel KYC Norge AS er en del av Sentinel Nordic Holding AS (org.nr. {sp(parent)}) og Sentinel Group AB (org.nr. 556812-3344). Denne e-posten kan inneholde konfidensiell informasjon. Har du mottatt den ved en feil, ber vi deg slette den og varsle avsenderen.
"""
    msg = outlook(addr("Ruben Sørlie", "ruben.sorlie@sentinel-kyc.no"), "Testtilgang RRH – delegering fra Kragerø Sparebank",
                  "Tue, 17 Feb 2026 11:06:52 +0000",
                  "DU2PR08MB7260E1B4D9C3A5F0B6E7C2D8A913@DU2PR08MB7260.eurprd08.prod.outlook.com", text)
    lab = label("existing_customer",
                party(v, "Sentinel KYC Norge AS", contact("Ruben Sørlie", "ruben.sorlie@sentinel-kyc.no", "+4746812930")),
                party(c, "Kragerø Sparebank", contact("Anniken Bø Tveten", "anniken.tveten@kragero-sparebank.no", "+4735982147")),
                notes="Both org numbers in VAT form \"NO ... MVA\" on the name line. Phone \"(+47) ...\". The footer names a parent "
                      "company with a valid Norwegian org number and a Swedish group number: distractors. Savings bank has no legal-form suffix.")
    return msg, lab


@email("x023_kunde_ugyldig_leverandorepost")
def _():
    v, c = "857916441", "967408255"
    text = f"""Hei,

Ringvei IT AS, org. nr {sp(v)}, ønsker delegering fra eksisterende kunde i testmiljøet for Register over reelle rettighetshavere. Kunden vår Nøtterøy Regnskapslag SA (org. nr {sp(c)}) har bestilt direkte tilgang og er innforstått med dette.

Kontaktperson for testing hos oss: Synnøve Lunde, synnove.lunde@ringvei-it..no, 452 18 706
Kontaktperson hos kunden: Kjellaug Berge, kjellaug@notteroy-regnskap.no, 33 38 70 12

Mvh
Marius Berg
Ringvei IT AS
"""
    msg = gmail(addr("Marius Berg", "marius.berg@ringvei-it.no"), "Delegering fra kunde RRH",
                "Wed, 18 Feb 2026 14:37:26 +0100", "CAD3yP7nWr2Kx9Yt4mQc0Hd6sLf8aZe1uVo3gXi5Tn7RkNv9yGi@mail.gmail.com", text,
                boundary="000000000000197fb4c2d8e3a061")
    lab = label("existing_customer",
                party(v, "Ringvei IT AS", contact("Synnøve Lunde", "synnove.lunde@ringvei-it..no", "+4745218706")),
                party(c, "Nøtterøy Regnskapslag SA", contact("Kjellaug Berge", "kjellaug@notteroy-regnskap.no", "+4733387012")),
                invalid=["applicant.contact.email"],
                notes="Vendor contact's address has a double dot in the domain: reported as written, flagged invalid. The "
                      "sender is not the contact, so his correct From address must not replace it.")
    return msg, lab


@email("x024_kunde_alternativ2_latin1_base64_mangler_tlf")
def _():
    v, c = "930330612", "845051747"
    text = f"""Hei,

Tundra Lønnssystemer AS ønsker alternativ 2 – delegering fra eksisterende kunde – i testmiljøet for RRH.

Organisasjonsnr. leverandør: {sp(v)}
Kontaktperson leverandør: Åse Myhren, ase.myhren@tundra-lonn.no

Kunde: Ørland Maskin AS
Organisasjonsnr. kunde: {sp(c)}
Kontaktperson kunde: Kristoffer Ørland, kristoffer@orland-maskin.no, tlf 72 52 33 90

Hilsen
Åse Myhren
Tundra Lønnssystemer AS
www.tundra-lonn.no
"""
    text = text.replace("–", "-")  # latin-1 has no en dash
    c1 = cset("iso-8859-1", body=BASE64)
    msg = MIMEText(text, "plain", c1)
    msg = reorder(msg, [("From", addr("Åse Myhren", "ase.myhren@tundra-lonn.no", "iso-8859-1")),
                        ("To", BRREG), ("Subject", hdr("Testtilgang RRH, alternativ 2", "iso-8859-1")),
                        ("Date", "Thu, 19 Feb 2026 08:44:03 +0100"),
                        ("Message-ID", "<000401dca1e2$9f3b7c40$ddb274c0$@tundra-lonn.no>"),
                        ("MIME-Version", None), ("X-Mailer", "Microsoft Outlook 14.0"),
                        ("Content-Type", None), ("Content-Transfer-Encoding", None)])
    lab = label("existing_customer",
                party(v, "Tundra Lønnssystemer AS", contact("Åse Myhren", "ase.myhren@tundra-lonn.no", None)),
                party(c, "Ørland Maskin AS", contact("Kristoffer Ørland", "kristoffer@orland-maskin.no", "+4772523390")),
                notes="ISO-8859-1 text/plain in base64. \"alternativ 2\" names the option. The vendor contact gives no phone "
                      "anywhere: applicant.contact.phone missing (the customer's phone is not hers).")
    return msg, lab


# ============================ direct_access ============================

@email("x025_direkte_revisjon_rapporteringspliktig")
def _():
    o = "807286951"
    text = f"""Hei,

Bjerke & Co Revisjon AS bestiller direkte tilgang til testmiljøet for RRH for egen virksomhet. Vi er revisjonsselskap og dermed rapporteringspliktige etter hvitvaskingsloven.

Organisasjonsnummer: {sp(o)}
Navn: Bjerke & Co Revisjon AS

Testansvarlig: Hallstein Bjerke, hallstein.bjerke@bjerke-revisjon.no, 959 40 127
Produksjonsansvarlig: Oda Brenden, oda.brenden@bjerke-revisjon.no, 959 40 130

Mvh
Hallstein Bjerke
Partner, statsautorisert revisor
Bjerke & Co Revisjon AS
"""
    msg = outlook(addr("Hallstein Bjerke", "hallstein.bjerke@bjerke-revisjon.no"), "Direkte tilgang RRH – testmiljø",
                  "Mon, 23 Feb 2026 09:12:40 +0000",
                  "AM8PR09MB5532B2D7E4A16C0F3B9D8E5A07C2@AM8PR09MB5532.eurprd09.prod.outlook.com", text)
    lab = label("direct_access",
                party(o, "Bjerke & Co Revisjon AS", contact("Hallstein Bjerke", "hallstein.bjerke@bjerke-revisjon.no", "+4795940127")),
                prod=contact("Oda Brenden", "oda.brenden@bjerke-revisjon.no", "+4795940130"), basis="reporting_entity",
                notes="Complete direct-access order; legal basis in prose (\"rapporteringspliktige etter hvitvaskingsloven\"). "
                      "Ampersand in the company name (&amp; in HTML).")
    return msg, lab


@email("x026_direkte_kommune_nynorsk_vo")
def _():
    o = "985182124"
    text = f"""Hei,

Fjellbygd kommune ønskjer direkte tilgang til testmiljøet for Register over reelle rettshavarar. Kommunen er offentleg styresmakt og treng opplysningane i samband med tilskotsforvaltning og tilsyn.

Organisasjonsnummer: {sp(o)}
Namn: Fjellbygd kommune
Grunnlag: offentleg myndigheit

Testansvarleg: Sigrun Hauge, sigrun.hauge@fjellbygd.kommune.no, tlf. 480 61 229
Produksjonsansvarleg: IKT-avdelinga v/ Bjarne Tysse, bjarne.tysse@fjellbygd.kommune.no, tlf. 57 69 40 35

Venleg helsing
Sigrun Hauge
rådgjevar, økonomiavdelinga
Fjellbygd kommune
Sentralbord 57 69 40 00
"""
    msg = outlook(addr("Sigrun Hauge", "sigrun.hauge@fjellbygd.kommune.no"), "Direkte tilgang til RRH – testmiljø",
                  "Tue, 24 Feb 2026 12:58:17 +0000",
                  "GV0P278MB0121D3A9F6B24E7C1D8A0B5E6F3C@GV0P278MB0121.CHEP278.PROD.OUTLOOK.COM", text, lang="nn-NO")
    lab = label("direct_access",
                party(o, "Fjellbygd kommune", contact("Sigrun Hauge", "sigrun.hauge@fjellbygd.kommune.no", "+4748061229")),
                prod=contact("Bjarne Tysse", "bjarne.tysse@fjellbygd.kommune.no", "+4757694035"), basis="public_authority",
                notes="Nynorsk municipality, public authority (\"offentleg myndigheit\"). Production contact written "
                      "\"IKT-avdelinga v/ Bjarne Tysse\": the person is Bjarne Tysse. Switchboard in the signature is a distractor.")
    return msg, lab


@email("x027_direct_media_english")
def _():
    o = "929481356"
    text = f"""Hello,

Faktabladet AS is an independent online news outlet. As a media organisation we would like direct access to the test environment of the Register of Beneficial Owners for our own newsroom tools.

Organisation number: {o}
Legal basis: media (journalistic purposes)

I'll be the contact for testing (details in my signature).
Production contact: Erlend Moe, editor-in-chief, erlend.moe@faktabladet.no, +47 22 05 61 40

Best,
Hannah Solberg-Reid
Data journalist | Faktabladet AS
hannah@faktabladet.no | +47 978 22 604
"""
    msg = gmail(addr("Hannah Solberg-Reid", "hannah@faktabladet.no"), "Direct access to RRH test environment (media)",
                "Wed, 25 Feb 2026 16:21:45 +0100", "CAF6vS1kXq4Nx7Yb3mRc9Hd2sWf5aZe0uTo8gXi6Tn4LkPv1yHj@mail.gmail.com", text,
                boundary="000000000000d04a8e3b7f1c6259")
    lab = label("direct_access",
                party(o, "Faktabladet AS", contact("Hannah Solberg-Reid", "hannah@faktabladet.no", "+4797822604")),
                prod=contact("Erlend Moe", "erlend.moe@faktabladet.no", "+4722056140"), basis="media",
                notes="English, media. \"I'll be the contact for testing\": test contact from the signature. The role "
                      "\"editor-in-chief\" after the production contact's name is not part of it.")
    return msg, lab


@email("x028_direkte_sivilsamfunn_html_strek")
def _():
    o = "803359695"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body>
<p>Hei,</p>
<p>Åpenhetsnettverket er en frivillig organisasjon som arbeider mot korrupsjon og skjult eierskap. Vi ønsker direkte tilgang til testmiljøet for RRH for egen del.</p>
<table cellpadding="4" cellspacing="0" border="1">
<tr><th align="left">Virksomhet</th><td>Åpenhetsnettverket</td></tr>
<tr><th align="left">Org. nr.</th><td>{sp(o)}</td></tr>
<tr><th align="left">Grunnlag</th><td>Sivilsamfunnsorganisasjon</td></tr>
<tr><th align="left">Testansvarlig</th><td>Yasmin Haddad, <a href="mailto:yasmin@apenhetsnettverket.no">yasmin@apenhetsnettverket.no</a>, 403 28 916</td></tr>
<tr><th align="left">Produksjonsansvarlig</th><td>Tobias Moen Larsen, <a href="mailto:tobias@apenhetsnettverket.no">tobias@apenhetsnettverket.no</a>, –</td></tr>
</table>
<p>Vennlig hilsen<br>
Yasmin Haddad<br>
Åpenhetsnettverket</p>
</body>
</html>
"""
    msg = thunderbird(addr("Yasmin Haddad", "yasmin@apenhetsnettverket.no"), "Bestilling: direkte tilgang RRH (test)",
                      "Thu, 26 Feb 2026 20:03:11 +0100", "9d0e4b6a-2f71-4c8e-b1a3-7e5f0c2d9a84@apenhetsnettverket.no",
                      None, enc=QP, html=html)
    lab = label("direct_access",
                party(o, "Åpenhetsnettverket", contact("Yasmin Haddad", "yasmin@apenhetsnettverket.no", "+4740328916")),
                prod=contact("Tobias Moen Larsen", "tobias@apenhetsnettverket.no", None), basis="civil_society",
                notes="HTML only (Thunderbird, quoted-printable) with a table. Civil-society organisation without legal form in "
                      "its name. Production contact's phone is a dash placeholder: production_contact.phone missing.")
    return msg, lab


@email("x029_direkte_hogskole_titler_bindestrek")
def _():
    o = "950253096"
    text = f"""Hei,

Vestlandet handelshøgskole er en høyere utdanningsinstitusjon og ønsker direkte tilgang til testmiljøet for RRH til bruk i forskning på eierskap og selskapsstrukturer.

Organisasjonsnr.: {sp(o)}
Institusjon: Vestlandet handelshøgskole

Testansvarlig: førsteamanuensis Kjersti Valand
E-post: kjersti.valand@vhh.no
Telefon: +47 55 95 93 41

Produksjonsansvarlig: seksjonsleder Arvid Hope
E-post: arvid.hope@vhh.no
Telefon: +47 55-95-92-10

Med vennlig hilsen
Kjersti Valand
Institutt for regnskap og revisjon
Vestlandet handelshøgskole
Sentralbord: 55 95 90 00
"""
    msg = outlook(addr("Kjersti Valand", "kjersti.valand@vhh.no"), "Søknad om direkte tilgang – testmiljø RRH",
                  "Fri, 27 Feb 2026 10:30:58 +0000",
                  "AM9PR06MB7781C4E2A0B95D3F6E1C7A8B20D5@AM9PR06MB7781.eurprd06.prod.outlook.com", text)
    lab = label("direct_access",
                party(o, "Vestlandet handelshøgskole", contact("Kjersti Valand", "kjersti.valand@vhh.no", "+4755959341")),
                prod=contact("Arvid Hope", "arvid.hope@vhh.no", "+4755959210"), basis="higher_education",
                notes="Higher-education institution. Titles before the names (\"førsteamanuensis\", \"seksjonsleder\") are not "
                      "part of them. Production phone with hyphens. Switchboard in the signature is a distractor.")
    return msg, lab


@email("x030_direkte_ingen_hjemmel_sentralbord")
def _():
    o = "858364183"
    text = f"""Hei,

Skarvheim Konsult AS ønsker direkte tilgang til RRH for egen virksomhet – først i testmiljøet.

Org.nr.: {sp(o)}
Testansvarlig: Petra Isaksen, petra.isaksen@skarvheim.no, 941 38 205
Produksjonsansvarlig: Lasse Johnsen, lasse.johnsen@skarvheim.no, 941 38 210

Hilsen
Petra Isaksen
Skarvheim Konsult AS
Sentralbord: 78 41 22 00
"""
    msg = gmail(addr("Petra Isaksen", "petra.isaksen@skarvheim.no"), "Direkte tilgang RRH",
                "Mon, 02 Mar 2026 13:45:20 +0100", "CAG0wT4nYr7Mx1Vb5kSc8Hd3sXf6aZe2uRo0gXi7Tn9KkLv5yIk@mail.gmail.com", text,
                boundary="0000000000006b19f3a7d0c2e845")
    lab = label("direct_access",
                party(o, "Skarvheim Konsult AS", contact("Petra Isaksen", "petra.isaksen@skarvheim.no", "+4794138205")),
                prod=contact("Lasse Johnsen", "lasse.johnsen@skarvheim.no", "+4794138210"), basis=None,
                notes="Direct access for itself with both contacts, but no ground for access is stated and none follows from "
                      "the text: legal_basis missing (must not be guessed).")
    return msg, lab


@email("x031_direkte_eiendomsmegler_samme_person")
def _():
    o = "921099770"
    text = f"""Hei,

Som eiendomsmeglingsforetak er vi rapporteringspliktige etter hvitvaskingsloven, og vi ønsker direkte tilgang til testmiljøet for RRH for egen virksomhet.

Firma: Eiendomsmegler Aarvold AS
Orgnr: {o}
Testansvarlig: Kristian Aarvold (daglig leder), kristian@aarvold-eiendom.no, 92 44 61 07
Produksjonsansvarlig: samme person som testansvarlig

Med vennlig hilsen
Kristian Aarvold
Eiendomsmegler Aarvold AS
"""
    msg = outlook(addr("Kristian Aarvold", "kristian@aarvold-eiendom.no"), "Direkte tilgang RRH – Eiendomsmegler Aarvold AS",
                  "Tue, 03 Mar 2026 07:49:36 +0000",
                  "VI1PR09MB3847E6B0C2D14A9F5B3E8C7D01A6@VI1PR09MB3847.eurprd09.prod.outlook.com", text)
    lab = label("direct_access",
                party(o, "Eiendomsmegler Aarvold AS", contact("Kristian Aarvold", "kristian@aarvold-eiendom.no", "+4792446107")),
                prod=contact("Kristian Aarvold", "kristian@aarvold-eiendom.no", "+4792446107"), basis="reporting_entity",
                notes="Real-estate agency, reporting entity. \"samme person som testansvarlig\": the production contact repeats "
                      "the test contact. Role in parentheses is not part of the name.")
    return msg, lab


# ============================ unspecified ============================

@email("x032_uavklart_outlook_kort")
def _():
    o = "957376983"
    text = f"""Hei,

Kan vi få tilgang til testmiljøet for RRH-API-et?

Selskap: Solbakken IT AS
Org. nr.: {sp(o)}
Kontakt: Lise Fjeldstad
E-postadresse: lise.fjeldstad@solbakken-it.no
Telefonnr: 938 21 074

Takk!
Lise
"""
    msg = outlook(addr("Lise Fjeldstad", "lise.fjeldstad@solbakken-it.no"), "Tilgang testmiljø RRH",
                  "Wed, 04 Mar 2026 08:17:03 +0000",
                  "PA4PR04MB9311A7C5E2B06D4F8A1E3C9B52D7@PA4PR04MB9311.eurprd04.prod.outlook.com", text)
    lab = label("unspecified",
                party(o, "Solbakken IT AS", contact("Lise Fjeldstad", "lise.fjeldstad@solbakken-it.no", "+4793821074")),
                notes="Complete applicant in a labelled list, but nothing says fictitious enterprise, existing customer or "
                      "direct access: only order_type missing.")
    return msg, lab


@email("x033_unspecified_english_phone_tbc")
def _():
    o = "998030587"
    text = f"""Hi,

We are a Norwegian RegTech company building customer due diligence tooling and would like to get access to the test environment for the Beneficial Ownership Register APIs.

Company: Meridian KYC AS
Organisation number: {sp(o)}
Contact: Daniel Okafor (daniel.okafor@meridian-kyc.no)
Phone: TBC

Please let me know what else you need.

Regards,
Daniel Okafor
CTO, Meridian KYC AS
"""
    msg = gmail(addr("Daniel Okafor", "daniel.okafor@meridian-kyc.no"), "Access to the BO register test environment",
                "Thu, 05 Mar 2026 11:02:49 +0100", "CAE2uR9mZq1Px4Yb6nTc0Hd7sVf3aZe8uWo2gXi3Tn5MkKv7yJl@mail.gmail.com", text,
                boundary="000000000000f37c2b9e0d5a1146")
    lab = label("unspecified",
                party(o, "Meridian KYC AS", contact("Daniel Okafor", "daniel.okafor@meridian-kyc.no", None)),
                notes="English; kind of access not stated. Phone \"TBC\" is a placeholder: applicant.contact.phone missing, not invalid.")
    return msg, lab


@email("x034_uavklart_iphone_uten_orgnr")
def _():
    text = """Hei. Vi i Blåfjell Utvikling AS ønsker testtilgang til registeret over reelle rettighetshavere. Orgnr har jeg ikke her, sender det i morgen. Kontakt meg gjerne på mob 982 40 317

Henrik Sæle

Sendt fra min iPhone"""
    msg = iphone(addr("Henrik Sæle", "henrik.saele@blaafjell.no"), "Testtilgang", "Thu, 05 Mar 2026 22:36:14 +0100",
                 "8F3E1A07-D2C4-4B68-91E5-07A3C6B2D9F0@blaafjell.no", text)
    lab = label("unspecified",
                party(None, "Blåfjell Utvikling AS", contact("Henrik Sæle", "henrik.saele@blaafjell.no", "+4798240317")),
                notes="No org number (promised later) and no kind of access: applicant.org_number and order_type missing. "
                      "\"Kontakt meg\": the sender is the contact, name and address from From.")
    return msg, lab


@email("x035_uavklart_nynorsk_ugyldig_telefon_latin1")
def _():
    o = "820765761"
    text = f"""Hei,

Setesdal Data AS ønskjer tilgang til testmiljøet for RRH.

Organisasjonsnummer: {o}
Kontaktperson: Torgeir Bjørgum
E-post: torgeir@setesdal-data.no
Telefon: 37 93 12 8

Helsing
Torgeir
"""
    msg = thunderbird(addr("Torgeir Bjørgum", "torgeir@setesdal-data.no", "iso-8859-1"), "Tilgang til testmiljø RRH",
                      "Fri, 06 Mar 2026 09:58:27 +0100", "5a8c2e10-43bd-4f9a-8c61-d0e7b3a95f22@setesdal-data.no", text,
                      charset="ISO-8859-1", enc=QP, lang="nn-NO")
    lab = label("unspecified",
                party(o, "Setesdal Data AS", contact("Torgeir Bjørgum", "torgeir@setesdal-data.no", "+473793128")),
                invalid=["applicant.contact.phone"],
                notes="Nynorsk, ISO-8859-1 quoted-printable. Phone has only seven digits: +473793128, invalid. Kind of access "
                      "not stated: order_type missing.")
    return msg, lab


@email("x036_uavklart_svar_paa_valgsporsmal")
def _():
    o = "849385852"
    text = f"""Hei,

Her er opplysningene dere ba om. Vi ønsker altså testtilgang til RRH så snart som mulig.

Grønli Solutions AS
Organisasjonsnr {o}
Kontaktperson: Mathias Grønli, mathias@gronli-solutions.no, (+47) 918 04 362

Mvh
Mathias

Den ons. 4. mar. 2026 kl. 10:21 skrev <opendata.rrh@brreg.no>:
> Hei,
>
> Takk for henvendelsen. For å opprette testtilgang må vi vite om dere er
> 1) systemleverandør som ønsker en fiktiv virksomhet,
> 2) systemleverandør som ønsker delegering fra en eksisterende kunde, eller
> 3) en virksomhet som bestiller direkte tilgang for seg selv.
>
> Send oss også organisasjonsnummer, navn og kontaktperson med e-post og telefon.
>
> Med vennlig hilsen
> Brønnøysundregistrene
"""
    msg = gmail(addr("Mathias Grønli", "mathias@gronli-solutions.no"), "Re: Testtilgang RRH",
                "Fri, 06 Mar 2026 14:12:08 +0100", "CAH5xS2nUr8Qx3Yb9mWc1Hd4sTf0aZe5uLo7gXi2Tn6NkJv0yKm@mail.gmail.com", text,
                extra=[("In-Reply-To", "<rrh-2026-0121-2@brreg.no>"), ("References", "<rrh-2026-0121-1@brreg.no> <rrh-2026-0121-2@brreg.no>")],
                boundary="0000000000002d8e6f1a4c7b9035")
    lab = label("unspecified",
                party(o, "Grønli Solutions AS", contact("Mathias Grønli", "mathias@gronli-solutions.no", "+4791804362")),
                notes="Reply to the register's question about which kind of access; the answer gives the applicant but never "
                      "chooses. The three options appear only in the quoted text, which is history: order_type missing.")
    return msg, lab


@email("x037_uavklart_html_mangler_navn")
def _():
    o = "929158873"
    html = f"""<div>Hei!</div><div><br></div><div>Vi ønsker tilgang til testmiljøet for RRH for å teste oppslag mot API-et.</div><div><br></div><div>Org.nr: {sp(o)}</div><div>Kontaktperson: Vilde Engebretsen</div><div>E-post: <a href="mailto:vilde@kodemakeriet.no">vilde@kodemakeriet.no</a></div><div>Mobil: 469 30 815</div><div><br></div><div>Mvh Vilde</div>"""
    msg = html_only(addr("Vilde Engebretsen", "vilde@kodemakeriet.no"), "Testmiljø RRH",
                    "Mon, 09 Mar 2026 12:25:44 +0100", "1773055544.4827.vilde@kodemakeriet.no", html, enc=QP,
                    extra=[("X-Mailer", "Zimbra 10.0.6_GA_4631 (ZimbraWebClient - FF123 (Linux)/10.0.6_GA_4631)")])
    lab = label("unspecified",
                party(o, None, contact("Vilde Engebretsen", "vilde@kodemakeriet.no", "+4746930815")),
                notes="HTML only (quoted-printable). The enterprise is never named; it must not be guessed from the domain: "
                      "applicant.name and order_type missing.")
    return msg, lab


# ============================ not_an_order ============================

@email("x038_fravaer_kollega")
def _():
    o = "891700253"
    text = f"""Hei,

Jeg er på kurs til og med fredag 20. mars og har begrenset tilgang til e-post.

Gjelder det testtilgangen til RRH (fiktiv virksomhet), kan du kontakte kollegaen min Ellen Vatne på ellen.vatne@vestfold-lonn.no eller mobil 917 20 468.

Med vennlig hilsen
Jørgen Hvamstad
Vestfold Lønn AS
Org.nr. {sp(o)}
"""
    msg = outlook(addr("Jørgen Hvamstad", "jorgen.hvamstad@vestfold-lonn.no"),
                  "Automatisk svar: [RRH-2026-0142] Vi har mottatt bestillingen din", "Mon, 16 Mar 2026 06:40:02 +0000",
                  "AM0PR08MB5120B3C6F2D74E9A1B0C8D5E6A27@AM0PR08MB5120.eurprd08.prod.outlook.com", text,
                  extra=[("In-Reply-To", "<rrh-2026-0142-2@brreg.no>"), ("References", "<rrh-2026-0142-2@brreg.no>"),
                         ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return msg, label("not_an_order", notes="Outlook out-of-office reply (\"Automatisk svar:\", Auto-Submitted). Names a colleague "
                                            "with address and mobile, mentions \"fiktiv virksomhet\" and carries an org number, but orders nothing.")


@email("x039_sporsmal_fiktiv_virksomhet")
def _():
    o = "962650120"
    text = f"""Hei,

Vi vurderer å bestille testtilgang til RRH, men lurer på hva en «fiktiv virksomhet» egentlig innebærer. Får vi et eget organisasjonsnummer for den fiktive virksomheten, og kan vi legge inn egne testdata om reelle rettighetshavere der? Og må vi bestille på nytt hvis vi senere vil teste med en av kundene våre?

Vi sender bestilling når vi har fått svar.

Mvh
Karianne Lervik
Lervik Regnskapsdata AS
Org.nr. {sp(o)}
Tlf. 950 12 783
"""
    msg = gmail(addr("Karianne Lervik", "karianne@lervik-regnskapsdata.no"), "Spørsmål om fiktiv virksomhet",
                "Tue, 10 Mar 2026 10:05:55 +0100", "CAA8zV6kPq0Sx5Yb2nUc7Hd9sRf1aZe4uMo3gXi8Tn0JkHv2yLn@mail.gmail.com", text,
                boundary="000000000000a95d1c7e3f2b4068")
    return msg, label("not_an_order", notes="A question about what a fictitious enterprise is; says explicitly that the order will "
                                            "come later. Signature has org number and phone, and the text says \"fiktiv virksomhet\", but nothing is ordered.")


@email("x040_production_access_english")
def _():
    v, c = "965769463", "800239923"
    text = f"""Hello,

We have finished our testing and would now like PRODUCTION access to the Register of Beneficial Owners API, through delegation from our existing customer Havøy Fiskeri AS.

Vendor: Nordlane Compliance AS, org. no. {sp(v)}, contact Oliver Brandt, oliver.brandt@nordlane-compliance.no, +47 913 08 224
Customer: Havøy Fiskeri AS, org. no. {sp(c)}, contact Signe Havøy, signe@havoy-fiskeri.no, +47 76 11 30 45

Please let us know when production can be enabled for us.

Regards
Oliver Brandt
Nordlane Compliance AS
"""
    msg = outlook(addr("Oliver Brandt", "oliver.brandt@nordlane-compliance.no"), "Production access - Nordlane Compliance AS",
                  "Wed, 11 Mar 2026 13:30:21 +0000",
                  "DB8PR10MB3602F4A1C7E05B2D9E6A3C8B71D4@DB8PR10MB3602.EURPRD10.PROD.OUTLOOK.COM", text, lang="en-US")
    return msg, label("not_an_order", notes="Asks for PRODUCTION access (not the test environment) with every field of an "
                                            "existing-customer order: a production-access request is not_an_order.")


@email("x041_avbestilling_testtilgang")
def _():
    o = "976147618"
    text = f"""Hei,

Vi har avsluttet prosjektet og trenger ikke lenger testtilgangen til RRH. Dere kan slette den fiktive virksomheten som ble opprettet for Fossegrim Data AS (org.nr. {sp(o)}) og fjerne tilgangen for kontaktpersonen vår, Amund Strandli (amund.strandli@fossegrim-data.no, 948 77 130).

Takk for hjelpen!

Mvh
Amund Strandli
Fossegrim Data AS
"""
    msg = outlook(addr("Amund Strandli", "amund.strandli@fossegrim-data.no"), "Avslutte testtilgang RRH – Fossegrim Data AS",
                  "Thu, 12 Mar 2026 09:14:47 +0000",
                  "AS4PR02MB8127C9E0A3B15F6D2C7E4A9B38F1@AS4PR02MB8127.eurprd02.prod.outlook.com", text)
    return msg, label("not_an_order", notes="Cancellation of an existing test access. Mentions the fictitious enterprise, an org "
                                            "number and a full contact, but orders nothing.")


@email("x042_nyhetsbrev_list_unsubscribe")
def _():
    o, ex = "852421681", "996013650"
    text = f"""Compliance-nytt fra Regelverket – mars 2026

TESTMILJØET FOR REELLE RETTIGHETSHAVERE ER ÅPENT

Brønnøysundregistrene har åpnet testmiljøet for API-ene i Register over reelle rettighetshavere. Systemleverandører kan bestille en fiktiv virksomhet eller delegering fra en eksisterende kunde; rapporteringspliktige kan bestille direkte tilgang.

Slik bestiller du: send en e-post til opendata.rrh@brreg.no med for eksempel
  Organisasjonsnummer: {sp(ex)}
  Navn: Eksempel AS
  Kontaktperson: Ola Nordmann, ola@eksempel.no, 912 34 567

Les hele saken: https://www.regelverket.no/nytt/rrh-testmiljo

KURS 2. APRIL: Hvitvasking for regnskapsførere
Påmelding: https://www.regelverket.no/kurs

--
Regelverket AS · Org.nr. {sp(o)} · Tlf. 23 50 18 00
Du mottar denne e-posten fordi du abonnerer på Compliance-nytt.
Meld deg av: https://www.regelverket.no/avmeld?e=opendata.rrh%40brreg.no
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Compliance-nytt</title></head>
<body style="margin:0;background:#f3f3f3">
<div style="display:none;font-size:1px;color:#f3f3f3;max-height:0;overflow:hidden">Bestill testtilgang i dag – slik gjør du det</div>
<table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="padding:16px;background:#123b5c;color:#fff"><b>Compliance-nytt fra Regelverket</b> – mars 2026</td></tr>
<tr><td style="padding:16px">
<h2>Testmiljøet for reelle rettighetshavere er åpent</h2>
<p>Brønnøysundregistrene har åpnet testmiljøet for API-ene i Register over reelle rettighetshavere. Systemleverandører kan bestille en fiktiv virksomhet eller delegering fra en eksisterende kunde; rapporteringspliktige kan bestille direkte tilgang.</p>
<p>Slik bestiller du: send en e-post til opendata.rrh@brreg.no med for eksempel</p>
<pre>Organisasjonsnummer: {sp(ex)}
Navn: Eksempel AS
Kontaktperson: Ola Nordmann, ola@eksempel.no, 912 34 567</pre>
<p><a href="https://www.regelverket.no/nytt/rrh-testmiljo">Les hele saken</a></p>
<h3>Kurs 2. april: Hvitvasking for regnskapsførere</h3>
<p><a href="https://www.regelverket.no/kurs">Påmelding</a></p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">Regelverket AS · Org.nr. {sp(o)} · Tlf. 23 50 18 00<br>
Du mottar denne e-posten fordi du abonnerer på Compliance-nytt. <a href="https://www.regelverket.no/avmeld?e=opendata.rrh%40brreg.no">Meld deg av</a></td></tr>
</table></body></html>
"""
    tp = text_part(text)
    hp = text_part(html, subtype="html")
    msg = alternative(tp, hp, "----=_Part_77120_2019384412.1773648000118")
    msg = reorder(msg, [("Return-Path", "<bounce-3c91f0ad52@bounce.regelverket.no>"),
                        ("Date", "Mon, 16 Mar 2026 08:00:00 +0100"),
                        ("From", "Regelverket <nyhetsbrev@regelverket.no>"),
                        ("Reply-To", "Regelverket <post@regelverket.no>"), ("To", BRREG),
                        ("Message-ID", "<3c91f0ad52.77120.1773648000118@mailer.regelverket.no>"),
                        ("Subject", hdr("Compliance-nytt mars: Testmiljøet for reelle rettighetshavere er åpent")),
                        ("MIME-Version", None),
                        ("List-Unsubscribe", "<mailto:avmeld@regelverket.no?subject=unsubscribe>, <https://www.regelverket.no/avmeld?e=opendata.rrh%40brreg.no>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                        ("List-Id", "Compliance-nytt <nytt.regelverket.no>"), ("Precedence", "bulk"),
                        ("X-Campaign-ID", "2026-03-rrh"), ("Content-Type", None)])
    return msg, label("not_an_order", notes="Newsletter (List-Unsubscribe, Precedence: bulk) with a hidden preheader. It explains "
                                            "how to order and shows a complete example order (Eksempel AS, Ola Nordmann) plus the sender's own org number: nothing is ordered.")


@email("x043_bounce_exchange_ndr")
def _():
    o = "856827895"
    inner_text = f"""Hei,

Vi har mottatt bestillingen din av testtilgang til RRH (fiktiv virksomhet) og gitt den referanse RRH-2026-0131.

Registrerte opplysninger:
Organisasjonsnummer: {sp(o)}
Navn: Fjordtek AS
Kontaktperson: Sander Holm, sander.holm@fjordtek.no, 954 21 880

Med vennlig hilsen
Brønnøysundregistrene
"""
    inner = text_part(inner_text)
    inner = reorder(inner, [("From", f"<{BRREG}>"), ("To", "Sander Holm <sander.holm@fjordtek.no>"),
                            ("Subject", hdr("[RRH-2026-0131] Vi har mottatt bestillingen din")),
                            ("Date", "Fri, 13 Mar 2026 10:02:11 +0100"), ("Message-ID", "<rrh-2026-0131-2@brreg.no>"),
                            ("MIME-Version", None), ("Content-Type", None), ("Content-Transfer-Encoding", None)])
    ndr_text = """Levering til disse mottakerne eller gruppene mislyktes:

sander.holm@fjordtek.no
Vi fant ikke e-postadressen. Kontroller mottakerens e-postadresse og prøv å sende meldingen på nytt. Kontakt e-postadministratoren hvis problemet vedvarer.

Diagnostisk informasjon for administratorer:

Genererer server: DB7PR05MB5604.eurprd05.prod.outlook.com

sander.holm@fjordtek.no
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    ndr_html = "<html><body><p>" + htmlmod.escape(ndr_text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n"
    alt = alternative(text_part(ndr_text), text_part(ndr_html, subtype="html"), "=_alt_7c1e02d4-5b3a-4f80-9d21-c6e0b8a41f73")
    ds = MIMEBase("message", "delivery-status")
    m1 = Message()
    m1["Reporting-MTA"] = "dns;DB7PR05MB5604.eurprd05.prod.outlook.com"
    m1["Received-From-MTA"] = "dns;smtp.brreg.no"
    m1["Arrival-Date"] = "Fri, 13 Mar 2026 09:02:12 +0000"
    m2 = Message()
    m2["Final-Recipient"] = "rfc822;sander.holm@fjordtek.no"
    m2["Action"] = "failed"
    m2["Status"] = "5.1.10"
    m2["Diagnostic-Code"] = "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    ds.set_payload([m1, m2])
    del ds["MIME-Version"]
    rep = MIMEMultipart("report", boundary="=_rep_7c1e02d4-5b3a-4f80-9d21-c6e0b8a41f73")
    rep.set_param("report-type", "delivery-status")
    del alt["MIME-Version"]
    rep.attach(alt)
    rep.attach(ds)
    returned = MIMEMessage(inner)
    del returned["MIME-Version"]
    rep.attach(returned)
    msg = reorder(rep, [("From", "postmaster@fjordtek.onmicrosoft.com"), ("To", BRREG),
                        ("Date", "Fri, 13 Mar 2026 09:02:14 +0000"), ("Content-Language", "nb-NO"),
                        ("Message-ID", "<0c3a9e71-5d2f-4b8c-a1e6-3f07d9b24c58@DB7PR05MB5604.eurprd05.prod.outlook.com>"),
                        ("In-Reply-To", "<rrh-2026-0131-2@brreg.no>"), ("References", "<rrh-2026-0131-2@brreg.no>"),
                        ("Subject", hdr("Ikke levert: [RRH-2026-0131] Vi har mottatt bestillingen din")),
                        ("Auto-Submitted", "auto-replied"), ("MIME-Version", None), ("Content-Type", None)])
    return msg, label("not_an_order", notes="Exchange non-delivery report (multipart/report, Norwegian text). The returned "
                                            "message/rfc822 is the register's acknowledgement listing a complete order: it is a bounce, not an order.")


@email("x044_takk_sitert_bestilling")
def _():
    v, c = "829403951", "817633374"
    text = f"""Tusen takk for rask behandling! Da setter vi i gang med testingen i neste uke.

Hilsen Nils Ove

Den tor. 12. mar. 2026 kl. 14:05 skrev <opendata.rrh@brreg.no>:
> Hei,
>
> Bestillingen med referanse RRH-2026-0098 er registrert.
>
> Den tir. 10. mar. 2026 kl. 09:31 skrev Nils Ove Brende <nils.ove@brendesoft.no>:
>> Hei,
>>
>> Vi ønsker delegering fra eksisterende kunde i testmiljøet for RRH.
>>
>> Systemleverandør: Brendesoft AS, org.nr. {sp(v)}
>> Kontaktperson: Nils Ove Brende, nils.ove@brendesoft.no, 977 31 402
>>
>> Kunde: Lofoten Sjømat AS, org.nr. {sp(c)}
>> Kontaktperson: Marita Hansen, marita@lofoten-sjomat.no, 76 07 12 33
>>
>> Hilsen Nils Ove
>
> Med vennlig hilsen
> Brønnøysundregistrene
"""
    msg = gmail(addr("Nils Ove Brende", "nils.ove@brendesoft.no"), "Re: [RRH-2026-0098] Bestillingen er registrert",
                "Fri, 13 Mar 2026 08:26:40 +0100", "CAC1vW8nQr5Tx2Yb7mXc4Hd0sPf9aZe3uNo6gXi1Tn8HkGv4yMo@mail.gmail.com", text,
                extra=[("In-Reply-To", "<rrh-2026-0098-2@brreg.no>"), ("References", "<rrh-2026-0098-1@brreg.no> <rrh-2026-0098-2@brreg.no>")],
                boundary="000000000000417be9d2c0a5f3e7")
    return msg, label("not_an_order", notes="Thank-you reply. The quoted history (nested '>' and '>>') holds a complete "
                                            "existing-customer order; quoted text is history, so this mail orders nothing.")


@email("x045_faktura_spam_referanse")
def _():
    ref = "945798068"  # happens to pass mod-11: a trap, still not an org number of any applicant
    text = f"""BETALINGSPÅMINNELSE

Til: opendata.rrh@brreg.no

Vi viser til registrering av virksomheten deres i Næringskatalogen Norden, med oppføring av reelle rettighetshavere og kontaktperson.

Fakturanummer: {sp(ref)}
KID: 0094579806813
Beløp: kr 8 950,- (inkl. mva)
Forfall: 20.03.2026

Betal innen forfall for å unngå purregebyr og inkasso. Ved spørsmål, ring kundeservice på +47 21 93 40 17 eller svar på denne e-posten.

Næringskatalogen Norden
kundeservice@naeringskatalogen-norden.com
"""
    html = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{linkify(htmlmod.escape(p)).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")) + "</body></html>\n"
    msg = alternative(text_part(text, enc=BASE64), text_part(html, enc=BASE64, subtype="html"), "b1_8a7f3c20e9d14b65a0c2f1e7d3b98a64")
    msg = reorder(msg, [("Date", "Sat, 14 Mar 2026 04:12:09 +0100"),
                        ("From", hdr("Næringskatalogen Norden") + " <faktura@naeringskatalogen-norden.com>"),
                        ("To", BRREG), ("Subject", hdr(f"Betalingspåminnelse – faktura {sp(ref)} forfaller")),
                        ("Message-ID", "<8a7f3c20e9d14b65a0c2f1e7d3b98a64@naeringskatalogen-norden.com>"),
                        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
                        ("MIME-Version", None), ("Content-Type", None)])
    return msg, label("not_an_order", notes="Invoice scam: a nine-digit invoice number (which happens to pass mod-11), a KID, "
                                            "a phone and a mention of reelle rettighetshavere. Not an order.")


# --------------------------------------------------------------------------- checks and output

E164 = re.compile(r"^\+\d{6,15}$")
MAIL_OK = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
PARTY_PATHS = {"applicant": APP, "customer": CUS}


def visible_text(msg):
    """Decoded text of all text/* parts (HTML stripped of tags, comments and display:none blocks) plus From/Cc."""
    import email as email_pkg
    from email import policy
    m = email_pkg.message_from_bytes(msg.as_bytes(), policy=policy.default)
    chunks = []
    for h in ("From", "Cc"):
        if m[h]:
            chunks.append(str(m[h]))
    for part in m.walk():
        if part.get_content_maintype() != "text":
            continue
        body = part.get_content()
        if part.get_content_subtype() == "html":
            body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
            body = re.sub(r'<div style="display:none[^"]*">.*?</div>', " ", body, flags=re.S)
            body = re.sub(r"<[^>]+>", " ", body)
            body = htmlmod.unescape(body)
        chunks.append(body)
    return "\n".join(chunks)


def check(name, msg, lab):
    text = visible_text(msg)
    flat = unicodedata.normalize("NFC", " ".join(text.split())).casefold()
    digits_only = re.sub(r"[\s.\-()\u00a0]", "", text)
    problems = []
    for path in lab["invalid"] + lab["missing"]:
        assert path in APP + CUS + PROD + ["legal_basis", "order_type"], path
    assert lab["missing"] == sorted(lab["missing"]) and lab["invalid"] == sorted(lab["invalid"])
    for path in APP + CUS + PROD:
        val = get(lab, path)
        if val is None:
            continue
        if path.endswith("org_number"):
            assert re.fullmatch(r"\d{9}", val), (name, path, val)
            if path in lab["invalid"]:
                assert not mod11_ok(val), (name, path)
            else:
                assert mod11_ok(val), (name, path, val)
            if val not in digits_only:
                problems.append(f"{path} {val} not in text")
        elif path.endswith("phone"):
            assert E164.match(val), (name, path, val)
            national = val[3:]
            if path not in lab["invalid"]:
                if val.startswith("+47"):
                    assert re.fullmatch(r"[2-9]\d{7}", national), (name, path, val)
            else:
                assert not re.fullmatch(r"\+47\d{8}", val), (name, path, val)
            if national not in digits_only:
                problems.append(f"{path} {val} not in text")
        elif path.endswith("email"):
            assert val == val.lower()
            if path in lab["invalid"]:
                assert not MAIL_OK.match(val), (name, path)
            else:
                assert MAIL_OK.match(val), (name, path, val)
            if val not in flat:
                problems.append(f"{path} {val} not in text")
        else:
            if unicodedata.normalize("NFC", val).casefold() not in flat:
                problems.append(f"{path} {val!r} not in text")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


SHARED = Path(__file__).resolve().parents[3] / "shared"


def check_order_shape(name, lab):
    """The label's parties, legal basis, missing and invalid agree with its order type."""
    t = lab["order_type"]
    if t == "not_an_order":
        assert lab["applicant"] == party() and lab["customer"] is None and lab["production_contact"] is None
        assert lab["legal_basis"] is None and lab["missing"] == [] and lab["invalid"] == []
        return
    assert (lab["customer"] is not None) == (t == "existing_customer"), name
    assert (lab["production_contact"] is not None) == (t == "direct_access"), name
    if t != "direct_access":
        assert lab["legal_basis"] is None, name
    assert ("order_type" in lab["missing"]) == (t == "unspecified"), name
    assert not set(lab["missing"]) & set(lab["invalid"]), name
    for p in lab["invalid"]:
        assert get(lab, p) is not None, (name, p)


def write_corpus(out, prefix, emails, extra_checks, other_corpora):
    """Build, check and write a labelled corpus (the later corpora's shared main).

    ``emails`` are (name, builder) pairs; ``extra_checks(name, label, seen_orgs, old_digits)``
    adds a corpus's own checks; ``other_corpora`` are folders whose org numbers may not recur.
    """
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{prefix}*.*"):
        old.unlink()
    old_digits = ""
    for d in other_corpora:
        if d.is_dir():
            for f in list(d.rglob("*.eml")) + list(d.rglob("*.json")):
                old_digits += re.sub(r"[\s.\-\u00a0]", "", f.read_text("utf-8", errors="replace")) + "|"
    try:
        import jsonschema

        schema = json.loads((SHARED / "order.schema.json").read_text("utf-8"))
    except Exception:  # pragma: no cover
        jsonschema = None
    counts, seen_orgs, names = {}, {}, set()
    for name, fn in emails:
        assert name not in names, name
        names.add(name)
        msg, lab = fn()
        check(name, msg, lab)
        check_order_shape(name, lab)
        extra_checks(name, lab, seen_orgs, old_digits)
        if jsonschema:
            jsonschema.validate({k: v for k, v in lab.items() if k != "notes"}, schema)
        counts[lab["order_type"]] = counts.get(lab["order_type"], 0) + 1
        (out / f"{name}.eml").write_bytes(msg.as_bytes(policy=compat32.clone(max_line_length=120)))
        (out / f"{name}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(emails)} messages to {out}: {counts}")


def main():
    write_corpus(OUT, "x", EMAILS, lambda *_: None, [])


if __name__ == "__main__":
    main()
