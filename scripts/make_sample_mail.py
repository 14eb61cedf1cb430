#!/usr/bin/env python3
"""Write the bundled demo mailbox content, bot/sample_mail/NN_<short>.eml.

The demo (``brreg-intake demo``) seeds a Maildir from these files in name order, so the
numbering is the arrival order. Everything here is invented: people, companies, domains,
organisation numbers (valid by mod 11 except in 07) and phone numbers.

The output is reproducible: dates, Message-IDs and MIME boundaries are fixed, so running
the script again gives byte-identical files.

    python scripts/make_sample_mail.py            # writes bot/sample_mail/
    python scripts/make_sample_mail.py --out DIR  # somewhere else

Only the standard library is used (``email.message.EmailMessage``).
"""

# Mail bodies keep each paragraph on one line, as mail clients send them (the transfer
# encoding wraps them), so the lines here are long.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import html
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "bot" / "sample_mail"
BRREG = "opendata.rrh@brreg.no"
POLICY = policy.default.clone(linesep="\n", max_line_length=78)

CET = timezone(timedelta(hours=1))  # all dates are before the switch to summer time (29 March)


# --------------------------------------------------------------------------- org numbers

WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def check_digit(base: str) -> int | None:
    """The mod-11 check digit of an 8-digit base, None where it would be 10 (base unusable)."""
    rest = sum(int(d) * w for d, w in zip(base, WEIGHTS, strict=True)) % 11
    digit = (11 - rest) % 11
    return None if digit == 10 else digit


def orgnr(base: str) -> str:
    """A valid 9-digit organisation number: the first usable base at or after ``base``."""
    n = int(base)
    while (digit := check_digit(f"{n:08d}")) is None:
        n += 1
    return f"{n:08d}{digit}"


def bad_orgnr(base: str) -> str:
    """A 9-digit number whose check digit is wrong (the valid one plus 1, mod 10)."""
    good = orgnr(base)
    return good[:8] + str((int(good[8]) + 1) % 10)


def spaced(number: str) -> str:
    """``912345672`` -> ``912 345 672`` (how most people write it)."""
    return f"{number[:3]} {number[3:6]} {number[6:]}"


ORG = {
    "tindeverk": orgnr("92748130"),  # 01 fictitious, Bokmål list
    "lonnsbrua": orgnr("91586342"),  # 02 vendor
    "havsule": orgnr("99372518"),  # 02 customer
    "brekkvik": orgnr("94461728"),  # 03 municipality
    "skarvholmen": orgnr("93108457"),  # 04 English prose
    "elvebredd": orgnr("92265903"),  # 05/06 thread
    "sandvaer_bad": bad_orgnr("91877264"),  # 07 wrong check digit
    "vestbris": orgnr("92639581"),  # 08 unspecified
    "kaldvag": orgnr("98814206"),  # 10 signature of the auto-reply
    "myrhaug": orgnr("92290374"),  # 11 signature of the question
    "ravnefjell": orgnr("98560213"),  # 12 customer
    "byggtradet": orgnr("92813649"),  # 12 vendor
}


# --------------------------------------------------------------------------- helpers


def new_message(
    *,
    sender: str | Address,
    subject: str,
    date: datetime,
    msgid: str,
    to: str = BRREG,
    extra: dict[str, str] | None = None,
    first: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    for key, value in (first or {}).items():
        msg[key] = value
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    for key, value in (extra or {}).items():
        msg[key] = value
    return msg


def outlook_html(text: str) -> str:
    """A plain-text body as Outlook (Word) would render it in its HTML part."""
    paras = []
    for line in text.split("\n"):
        if not line.strip():
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            continue
        paras.append(f'<p class="MsoNormal">{linkify(line)}<o:p></o:p></p>')
    body = "\n".join(paras)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        "<head>\n"
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "--></style>\n"
        "</head>\n"
        '<body lang="NO-BOK" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body}\n"
        "</div>\n"
        "</body>\n"
        "</html>\n"
    )


def gmail_html(text: str) -> str:
    """A plain-text body as Gmail would render it in its HTML part."""
    divs = []
    for line in text.split("\n"):
        divs.append("<div><br></div>" if not line.strip() else f"<div>{linkify(line)}</div>")
    return '<div dir="ltr">' + "\n".join(divs) + "</div>\n"


def linkify(line: str) -> str:
    """Escape a line and turn the email addresses in it into mailto links."""
    out = []
    for word in html.escape(line, quote=False).split(" "):
        core = word.rstrip(".,;:)")
        tail = word[len(core) :]
        lead = ""
        if core.startswith("("):
            lead, core = "(", core[1:]
        if "@" in core and "." in core.split("@")[-1]:
            out.append(f'{lead}<a href="mailto:{core}">{core}</a>{tail}')
        else:
            out.append(word)
    return " ".join(out)


# --------------------------------------------------------------------------- the mails


def m01() -> EmailMessage:
    org = ORG["tindeverk"]
    msg = new_message(
        sender="Hanne Solbakken <hanne.solbakken@tindeverk.no>",
        to='"opendata.rrh@brreg.no" <opendata.rrh@brreg.no>',
        subject="Testtilgang til RRH – opprettelse av fiktiv virksomhet",
        date=datetime(2026, 3, 2, 8, 47, 13, tzinfo=UTC),
        msgid="<DB9PR06MB7412C3E05A1D7B2F4E6A9C81D4A2@DB9PR06MB7412.eurprd06.prod.outlook.com>",
        extra={
            "Thread-Topic": "Testtilgang til RRH – opprettelse av fiktiv virksomhet",
            "Thread-Index": "AdqMx3TnR2v0kLQpS1e8cW9ZbF4hUw==",
            "Accept-Language": "nb-NO, en-US",
            "X-MS-Has-Attach": "",
        },
    )
    text = f"""Hei,

Tindeverk Systemer AS leverer fagsystem for eiendomsmeglere og ønsker tilgang til testmiljøet for API-ene i Register over reelle rettighetshavere. Vi ønsker at dere oppretter en fiktiv virksomhet for oss, slik at vi kan delegere tilgangen selv.

Org.nr.: {spaced(org)}
Virksomhetens navn: Tindeverk Systemer AS
Kontaktperson for test: Hanne Solbakken
E-post: hanne.solbakken@tindeverk.no
Mobil: +47 958 41 273

Si gjerne fra om dere trenger flere opplysninger.

Med vennlig hilsen

Hanne Solbakken
Utviklingsleder
Tindeverk Systemer AS
Kjøpmannsgata 14, 7013 Trondheim
"""
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(outlook_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("_000_DB9PR06MB7412C3E05A1D7B2F4E6A9C81D4A2_")
    return msg


def m02() -> EmailMessage:
    vendor, customer = ORG["lonnsbrua"], ORG["havsule"]
    msg = new_message(
        sender="Petter Hovdenak <petter.hovdenak@lonnsbrua.no>",
        subject="Bestilling testtilgang RRH – delegering fra eksisterende kunde",
        date=datetime(2026, 3, 3, 10, 5, 41, tzinfo=CET),
        msgid="<5D0E7A21-94C3-4B8F-A6E2-1F3C9B72D845@lonnsbrua.no>",
        first={"MIME-Version": "1.0"},
        extra={"X-Mailer": "Apple Mail (2.3826.400.131.1.6)"},
    )
    text = f"""Hei,

Vi ønsker testtilgang til RRH som systemleverandør, der en eksisterende kunde av oss delegerer tilgangen sin til oss (alternativ 2).

Leverandør:
Organisasjonsnummer: {vendor}
Navn: Lønnsbrua AS
Kontaktperson: Petter Hovdenak
E-post: petter.hovdenak@lonnsbrua.no
Telefon: 922 07 615

Kunde:
Organisasjonsnummer: {customer}
Navn: Havsule Eiendom AS
Kontaktperson: Marit Eikrem
E-post: marit.eikrem@havsule-eiendom.no
Telefon: 55 31 84 20

Kunden er informert og har bedt oss sende bestillingen.

Mvh
Petter Hovdenak
Lønnsbrua AS
"""
    msg.set_content(text, charset="utf-8", cte="base64")
    return msg


def m03() -> EmailMessage:
    org = ORG["brekkvik"]
    msg = new_message(
        sender=Address("Hauge, Sølvi", addr_spec="solvi.hauge@brekkvik.kommune.no"),
        to="<opendata.rrh@brreg.no>",
        subject="Brekkvik kommune – tilgang til RRH (testmiljø)",
        date=datetime(2026, 3, 4, 13, 22, 9, tzinfo=CET),
        msgid="<000a01dcab3e$5c7d21f0$15786bd0$@brekkvik.kommune.no>",
        extra={
            "X-Mailer": "Microsoft Outlook 16.0",
            "Thread-Index": "AdyrPlvN0mQk8ZT1Rk2Hc3xE7a4b1A==",
        },
        first={"MIME-Version": "1.0"},
    )
    text = f"""Hei,

Brekkvik kommune ønskjer direkte tilgang til API-a for Register over reelle rettshavarar, i første omgang i testmiljøet. Kommunen bestiller som offentleg myndigheit – vi skal nytte opplysningane i kontrollen av leverandørar ved offentlege innkjøp.

Opplysningar:
Organisasjonsnummer: {spaced(org)}
Verksemd: Brekkvik kommune
Testansvarleg: Sølvi Hauge – solvi.hauge@brekkvik.kommune.no – 57 86 32 14
Produksjonsansvarleg: Arnfinn Teigland, IKT-leiar – arnfinn.teigland@brekkvik.kommune.no – 57 86 30 00

Seinare vil vi delegere tilgang til systemleverandøren vår.

Venleg helsing
Sølvi Hauge
Rådgjevar digitalisering
Brekkvik kommune
"""
    msg.set_content(text, charset="windows-1252", cte="quoted-printable")
    msg.add_alternative(
        outlook_html(text), subtype="html", charset="windows-1252", cte="quoted-printable"
    )
    msg.set_boundary("----=_NextPart_000_000B_01DCAB46.BE41ED00")
    msg.preamble = "This is a multipart message in MIME format."
    return msg


def m04() -> EmailMessage:
    org = ORG["skarvholmen"]
    msg = new_message(
        sender="Daniel Okafor <daniel.okafor@skarvholmen.io>",
        subject="Test access to the beneficial owners register API",
        date=datetime(2026, 3, 5, 15, 38, 52, tzinfo=CET),
        msgid="<CAH7qLm3Vx0pQd9eR2sTn5JwK8yB1cFaZ6gUo4Xr_iE7hN2mD@mail.gmail.com>",
        first={"MIME-Version": "1.0"},
    )
    text = f"""Hello,

We are Skarvholmen Labs AS (organisation number {spaced(org)}), a small Oslo-based company building customer due diligence tooling for Norwegian accounting firms. We would like access to the test environment for the Register of Beneficial Owners APIs.

As we don't have any customers with access yet, we'd prefer that you set up a fictitious enterprise for us, so that we can delegate the access ourselves.

Our contact person for the test environment is Maja Lindholm-Eide, our lead developer. She can be reached at maja.lindholm-eide@skarvholmen.io or on +47 413 58 902.

Many thanks in advance, and do let us know if you need anything else from us.

Best regards,
Daniel Okafor
CTO, Skarvholmen Labs AS
"""
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(gmail_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("000000000000a41c7d0649e2b315")
    return msg


M05_SUBJECT = "Bestilling av testtilgang til RRH (fiktiv virksomhet)"
M05_MSGID = "<3f2a9c1e-5b7d-4e8a-9c61-2d4b7a0e8f13@elvebredd.no>"
M05_DATE = datetime(2026, 3, 9, 9, 12, 30, tzinfo=CET)
M05_TEXT = f"""Hei,

Vi i Elvebredd Data AS vil gjerne bestille tilgang til testmiljøet for Register over reelle rettighetshavere. Vi ønsker at dere oppretter en fiktiv virksomhet, slik at vi kan delegere tilgangen selv.

Organisasjonsnummer: {spaced(ORG["elvebredd"])}
Navn: Elvebredd Data AS
Kontaktperson: Ingrid Myrvold
E-post: ingrid.myrvold@elvebredd.no

Mvh
Ingrid Myrvold
Utvikler, Elvebredd Data AS
"""
M05_TEXT = "\n".join(textwrap.fill(line, 72) if line else "" for line in M05_TEXT.split("\n"))


def m05() -> EmailMessage:
    msg = new_message(
        sender="Ingrid Myrvold <ingrid.myrvold@elvebredd.no>",
        subject=M05_SUBJECT,
        date=M05_DATE,
        msgid=M05_MSGID,
        first={"MIME-Version": "1.0"},
        extra={
            "User-Agent": "Mozilla Thunderbird",
        },
    )
    msg.set_content(M05_TEXT, charset="utf-8", cte="8bit")
    return msg


def m06() -> EmailMessage:
    msg = new_message(
        sender="Ingrid Myrvold <ingrid.myrvold@elvebredd.no>",
        subject=f"Re: {M05_SUBJECT}",
        date=datetime(2026, 3, 9, 11, 4, 17, tzinfo=CET),
        msgid="<8b1d4e77-0c3a-4f52-b9e6-71a2c5d0f394@elvebredd.no>",
        first={"MIME-Version": "1.0"},
        extra={
            "User-Agent": "Mozilla Thunderbird",
            "In-Reply-To": M05_MSGID,
            "References": M05_MSGID,
        },
    )
    quoted = "\n".join(f"> {line}" if line else ">" for line in M05_TEXT.rstrip("\n").split("\n"))
    text = f"""Hei igjen,

Beklager, her er telefonnummeret: 936 27 418

Mvh
Ingrid

Den {M05_DATE:%d.%m.%Y %H:%M}, skrev Ingrid Myrvold:
{quoted}
"""
    msg.set_content(text, charset="utf-8", cte="8bit")
    return msg


def m07() -> EmailMessage:
    org = ORG["sandvaer_bad"]
    msg = new_message(
        sender=Address("Tor Erik Sandvær", addr_spec="tor.erik@sandvaer-lonn.no"),
        subject="Ønsker testtilgang RRH – fiktiv virksomhet",
        date=datetime(2026, 3, 10, 14, 27, 3, tzinfo=CET),
        msgid="<A7E3C915-2B64-4D08-9F1E-83C5D0B4A672@sandvaer-lonn.no>",
        extra={"X-Mailer": "iPhone Mail (22D82)"},
        first={"MIME-Version": "1.0"},
    )
    text = f"""Hei!

Sandvær Lønnssystemer AS ønsker tilgang til testmiljøet for RRH gjennom en fiktiv virksomhet som vi kan delegere fra selv.

Orgnr: {org}
Navn: Sandvær Lønnssystemer AS
Kontaktperson: Tor Erik Sandvær
E-post: tor.erik@sandvaer-lonn.no
Tlf: 477 19 062

Hilsen Tor Erik

Sendt fra min iPhone
"""
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    return msg


def m08() -> EmailMessage:
    org = ORG["vestbris"]
    msg = new_message(
        sender="Kristoffer Aune <kristoffer.aune@vestbris-analyse.no>",
        subject="Tilgang til testmiljø for reelle rettighetshavere",
        date=datetime(2026, 3, 11, 9, 50, 26, tzinfo=CET),
        msgid="<CAK2mZp8Tq4wR9eLb0Vn3XsY7hJdF1uC6oG5aE_kP8zQy2Wt@mail.gmail.com>",
        first={"MIME-Version": "1.0"},
    )
    text = f"""Hei,

Vi i Vestbris Analyse AS er i gang med å bygge en integrasjon mot Register over reelle rettighetshavere, og ønsker tilgang til testmiljøet så snart som mulig.

Org.nr. {spaced(org)}
Kontaktperson er meg, Kristoffer Aune – kristoffer.aune@vestbris-analyse.no, tlf. 489 30 571.

Hva er neste steg fra vår side?

Vennlig hilsen
Kristoffer Aune
Vestbris Analyse AS
"""
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(gmail_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("0000000000003be82f0649f1c7d4")
    return msg


def m09() -> EmailMessage:
    queue_id = "4F8B21C0A37"
    host = "mx1.lavvo-it.no"
    rcpt = "sindre.holmgren@lavvo-it.no"
    sent = datetime(2026, 3, 12, 8, 15, 2, tzinfo=CET)
    bounced = sent + timedelta(seconds=3)
    msg = new_message(
        sender=f"MAILER-DAEMON@{host} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        date=bounced,
        msgid=f"<20260312071505.{queue_id}@{host}>",
        first={
            "Return-Path": "<>",
            "Received": f"by {host} (Postfix) id {queue_id}; {format_datetime(bounced)} (CET)",
        },
        extra={"Auto-Submitted": "auto-replied", "MIME-Version": "1.0"},
    )
    boundary = f"{queue_id}.1773303305/{host}"

    notice = MIMEPart(policy=POLICY)
    notice.set_content(
        f"""This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.lavvo-it.no[10.40.2.17] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""",
        charset="us-ascii",
        cte="7bit",
    )
    notice["Content-Description"] = "Notification"

    per_message = Message(policy=POLICY)
    per_message["Reporting-MTA"] = f"dns; {host}"
    per_message["X-Postfix-Queue-ID"] = queue_id
    per_message["X-Postfix-Sender"] = f"rfc822; {BRREG}"
    per_message["Arrival-Date"] = f"{format_datetime(sent)} (CET)"
    per_recipient = Message(policy=POLICY)
    per_recipient["Final-Recipient"] = f"rfc822; {rcpt}"
    per_recipient["Original-Recipient"] = f"rfc822;{rcpt}"
    per_recipient["Action"] = "failed"
    per_recipient["Status"] = "5.1.1"
    per_recipient["Remote-MTA"] = "dns; mail.lavvo-it.no"
    per_recipient["Diagnostic-Code"] = (
        f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
    )
    status = MIMEPart(policy=POLICY)
    status["Content-Type"] = "message/delivery-status"
    status["Content-Description"] = "Delivery report"
    status.set_payload([per_message, per_recipient])

    headers = MIMEPart(policy=POLICY)
    headers.set_content(
        f"""Return-Path: <{BRREG}>
Date: {format_datetime(sent)}
From: =?utf-8?q?Br=C3=B8nn=C3=B8ysundregistrene?= <{BRREG}>
To: {rcpt}
Subject: [RRH-2026-0114] Mottatt: Bestilling av testtilgang til RRH
Message-ID: <rrh-2026-0114-1@brreg.no>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
""",
        subtype="rfc822-headers",
        charset="us-ascii",
        cte="7bit",
    )
    headers.replace_header("Content-Type", "text/rfc822-headers")
    headers["Content-Description"] = "Undelivered Message Headers"

    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    msg.set_payload([notice, status, headers])
    msg.set_boundary(boundary)
    msg.preamble = "This is a MIME-encapsulated message."
    return msg


def m10() -> EmailMessage:
    org = ORG["kaldvag"]
    original = "[RRH-2026-0117] Mangler opplysninger: Testtilgang RRH – delegering fra kunde"
    msg = new_message(
        sender=Address("Torstein Blåfjell", addr_spec="torstein.blafjell@kaldvag-it.no"),
        to='"opendata.rrh@brreg.no" <opendata.rrh@brreg.no>',
        subject=f"Automatisk svar: {original}",
        date=datetime(2026, 3, 13, 7, 31, 44, tzinfo=UTC),
        msgid="<AS8PR02MB9318E1F7C04B2D6A5E3F71C8B9D2@AS8PR02MB9318.eurprd02.prod.outlook.com>",
        extra={
            "In-Reply-To": "<rrh-2026-0117-2@brreg.no>",
            "References": "<rrh-2026-0117-2@brreg.no>",
            "Thread-Topic": original,
            "Thread-Index": "AdyzBq3Lw1o0T8bQSmK2e5Vh9PcXfA==",
            "Accept-Language": "nb-NO, en-US",
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "MIME-Version": "1.0",
        },
    )
    text = f"""Takk for e-posten din.

Jeg er på kurs og er tilbake på kontoret mandag 23. mars. E-post blir lest sporadisk i perioden.

Haster det, kan du kontakte kollegaen min Rune Haldorsen på rune.haldorsen@kaldvag-it.no eller 23 61 47 90.

Med vennlig hilsen
Torstein Blåfjell
Kaldvåg IT AS | Org.nr. {spaced(org)}
"""
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(outlook_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("_000_AS8PR02MB9318E1F7C04B2D6A5E3F71C8B9D2_")
    return msg


def m11() -> EmailMessage:
    org = ORG["myrhaug"]
    msg = new_message(
        sender="Nora Fagerheim <nora.fagerheim@myrhaug-data.no>",
        subject="Dokumentasjon for API-ene i testmiljøet?",
        date=datetime(2026, 3, 16, 12, 9, 58, tzinfo=CET),
        msgid="<c91e5a3b-7f20-4d6e-8b14-05e9a2d7c3f6@myrhaug-data.no>",
        first={"MIME-Version": "1.0"},
        extra={"User-Agent": "Mozilla Thunderbird"},
    )
    text = f"""Hei,

Hvor finner jeg dokumentasjonen for API-ene til Register over reelle rettighetshavere? Vi vurderer å bestille testtilgang senere i vår, men vil først se hvilke endepunkter som finnes og hvordan autentiseringen med Maskinporten fungerer.

Finnes det også en oversikt over testdata vi kan bruke?

På forhånd takk!

--
Nora Fagerheim
Systemarkitekt
Myrhaug Data AS, org.nr. {spaced(org)}
Tlf. 73 52 09 44
"""
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    return msg


def m12() -> EmailMessage:
    customer, vendor = ORG["ravnefjell"], ORG["byggtradet"]
    msg = new_message(
        sender="Oda Kristiansen-Vik <oda.kvik@byggtradet.no>",
        to='"opendata.rrh@brreg.no" <opendata.rrh@brreg.no>',
        subject="Testtilgang RRH for kunde – Ravnefjell Bygg AS",
        date=datetime(2026, 3, 18, 10, 42, 35, tzinfo=UTC),
        msgid="<GV1PR03MB8645A0C3E7F1B92D4C6E58A1F3B7@GV1PR03MB8645.eurprd03.prod.outlook.com>",
        extra={
            "Thread-Topic": "Testtilgang RRH for kunde – Ravnefjell Bygg AS",
            "Thread-Index": "Ady2t8Pq0yJ5S1cWQ0m4k7bR3eLhGg==",
            "Accept-Language": "nb-NO, en-US",
            "X-MS-Has-Attach": "",
            "MIME-Version": "1.0",
        },
    )
    text = f"""Hei,

Vi bestiller testtilgang til RRH for en eksisterende kunde som skal delegere tilgangen sin til oss som systemleverandør.

Kunden er Ravnefjell Bygg AS, org.nr. {spaced(customer)}. Kontaktperson hos kunden er Henrik Bøe, henrik.boe@ravnefjellbygg.no, tlf. 74 15 62 38.

Selv er vi Byggtrådet Software AS, org.nr. {spaced(vendor)}, og kontaktperson hos oss er undertegnede.

Takk for hjelpen!

Med vennlig hilsen

Oda Kristiansen-Vik
Produktansvarlig
Byggtrådet Software AS
Mob: 944 83 027
"""
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(outlook_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("_000_GV1PR03MB8645A0C3E7F1B92D4C6E58A1F3B7_")
    return msg


# name, builder, Content-Language (set after the body: set_content() drops Content-* headers)
MAILS: list[tuple[str, Callable[[], EmailMessage], str | None]] = [
    ("01_fiktiv_liste.eml", m01, "nb-NO"),
    ("02_kunde_blokker.eml", m02, None),
    ("03_direkte_kommune_nynorsk.eml", m03, "nn"),
    ("04_fictitious_english.eml", m04, None),
    ("05_fiktiv_mangler_telefon.eml", m05, "nb"),
    ("06_svar_telefon.eml", m06, "nb"),
    ("07_ugyldig_orgnr.eml", m07, None),
    ("08_uavklart.eml", m08, None),
    ("09_bounce.eml", m09, None),
    ("10_fravaer.eml", m10, "nb-NO"),
    ("11_sporsmal.eml", m11, "nb"),
    ("12_kunde_forst.eml", m12, "nb-NO"),
]


def self_check() -> None:
    """The org numbers are what the brief says: valid by mod 11, except the one in 07."""
    for key, number in ORG.items():
        valid = check_digit(number[:8]) == int(number[8])
        assert valid == (key != "sandvaer_bad"), (key, number)
    try:
        from stdnum.no import orgnr as stdnum_orgnr  # optional cross-check
    except ImportError:
        return
    for key, number in ORG.items():
        assert stdnum_orgnr.is_valid(number) == (key != "sandvaer_bad"), (key, number)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default {OUT})")
    args = parser.parse_args()
    self_check()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, build, language in MAILS:
        msg = build()
        if language:
            msg["Content-Language"] = language
        for part in msg.walk():
            if part is not msg:  # add_alternative() stamps MIME-Version on subparts too
                del part["MIME-Version"]
        data = msg.as_bytes(policy=POLICY)
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
