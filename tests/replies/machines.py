"""Machine-generated mail for the safety suite: none of it may ever be answered.

``machine_mail(vendor, our_reply_id, reference)`` gives more than forty messages: bounces as
Exchange, Postfix and Gmail write them; out-of-office replies in Norwegian and English with
and without Auto-Submitted (some threaded to our reply, some fresh); list mail (List-Id,
List-Unsubscribe, Precedence); our own replies coming back (our From, our Message-ID); and
mailer-daemon / no-reply senders. All invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

from tests.replies.mails import OUR_ADDRESS, as_bytes, message

_ORDER_TEXT = (
    "Organisasjonsnummer: 930 000 019\nKontaktperson: Nils Tindeland\n"
    "E-post: nils@tindesoft.example.no\n"
)


def _dsn(sender: str, subject: str, text: str, mid: str, headers: dict[str, str]) -> bytes:
    """A delivery status notification (RFC 3464): multipart/report with the original."""
    extra = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return (
        f"{extra}From: {sender}\r\nTo: {OUR_ADDRESS}\r\nSubject: {subject}\r\n"
        f"Message-ID: {mid}\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        f"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.no\r\n\r\n"
        "Final-Recipient: rfc822; kari@lyngdata.example.no\r\nAction: failed\r\n"
        "Status: 5.1.1\r\n\r\n--b1--\r\n"
    ).encode()


def machine_mail(vendor: str, our_reply_id: str, reference: str) -> list[tuple[str, bytes]]:
    """(name, raw) for each machine-generated message; ``vendor`` is an address we answered
    with ``our_reply_id`` for order ``reference``."""
    domain = vendor.split("@", 1)[1]
    thread = {"In-Reply-To": our_reply_id, "References": our_reply_id}
    tagged = f"[{reference}] Testtilgang RRH"
    mails: list[tuple[str, bytes]] = []

    def plain(name: str, sender: str, subject: str, body: str, headers: dict[str, str]) -> None:
        mid = f"<{name}@{sender.rsplit('@', 1)[-1].strip('>')}>"
        mails.append((name, as_bytes(message(sender, subject, body, mid, headers=headers))))

    # Bounces: Exchange (NDR), Postfix, Gmail; with and without their tell-tale headers.
    for style, sender, subject in (
        ("exchange", f"Microsoft Outlook <postmaster@{domain}>", f"Undeliverable: Re: {tagged}"),
        ("postfix", "MAILER-DAEMON@mx.example.no (Mail Delivery System)",
         "Undelivered Mail Returned to Sender"),
        ("gmail", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
         "Delivery Status Notification (Failure)"),
    ):  # fmt: skip
        text = f"Delivery has failed to these recipients: {vendor}\n\nRe: {tagged}\n"
        mid = f"<bounce-{style}@mx.example.no>"
        mails.append((f"bounce-{style}-report", _dsn(sender, subject, text, mid, {})))
        mails.append(
            (f"bounce-{style}-return-path",
             _dsn(sender, subject, text, mid.replace("bounce", "bounce2"),
                  {"Return-Path": "<>", "Auto-Submitted": "auto-replied"}))
        )  # fmt: skip
        plain(f"bounce-{style}-plain", sender, subject, text, {**thread})
    plain(
        "bounce-exchange-sender-is-person-but-empty-path", f"Kari <{vendor}>",
        f"Undeliverable: {tagged}", "Your message could not be delivered.", {"Return-Path": "<>"},
    )  # fmt: skip

    # Out of office, Norwegian and English, with and without Auto-Submitted, threaded or not.
    ooo = {
        "nb": ("Automatisk svar: ", "Jeg er på ferie til 12. mars og leser ikke e-post. "
               "Ved hastesaker, kontakt sentralbordet."),
        "nb2": ("Fravær: ", "Hei! Jeg er ute av kontoret og tilbake mandag."),
        "nn": ("Autosvar: ", "Eg er på ferie og les ikkje e-post før 12. mars."),
        "en": ("Automatic reply: ", "I am out of the office until Monday with limited access "
               "to email."),
        "en2": ("Out of Office: ", "Thank you for your email. I am away and will reply when I "
                "return."),
    }  # fmt: skip
    for lang, (prefix, body) in ooo.items():
        plain(f"ooo-{lang}-auto-submitted", vendor, prefix + tagged, body,
              {"Auto-Submitted": "auto-replied", **thread})  # fmt: skip
        plain(f"ooo-{lang}-x-autoreply", vendor, prefix + tagged, body,
              {"X-Autoreply": "yes", **thread})  # fmt: skip
        plain(f"ooo-{lang}-no-headers-threaded", vendor, f"Re: {tagged}", body, thread)
        plain(f"ooo-{lang}-no-headers-fresh", f"Per <per@{domain}>", prefix.strip(), body, {})
        plain(f"ooo-{lang}-bare", f"Per <per@{domain}>", "Re: Testtilgang RRH", body, {})
    plain("ooo-exchange-marker", vendor, f"Re: {tagged}", ooo["nb"][1],
          {"X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent", **thread})  # fmt: skip
    plain("ooo-precedence-auto-reply", vendor, f"Re: {tagged}", ooo["en"][1],
          {"Precedence": "auto_reply", **thread})  # fmt: skip

    # List mail: newsletters and mailing lists that carry order-like text.
    for name, headers in (
        ("list-id", {"List-Id": "Leverandørforum <leverandor.lists.example.no>"}),
        ("list-unsubscribe", {"List-Unsubscribe": "<mailto:unsubscribe@lists.example.no>"}),
        ("precedence-bulk", {"Precedence": "bulk"}),
        ("precedence-list", {"Precedence": "list"}),
        ("precedence-junk", {"Precedence": "junk"}),
    ):
        plain(f"list-{name}", "Nyhetsbrev <nyheter@lists.example.no>",
              "Bestilling av testtilgang RRH – slik gjør du det",
              "Hei,\n\nVi ønsker tilgang til testmiljøet for RRH via fiktiv virksomhet.\n"
              + _ORDER_TEXT, headers)  # fmt: skip

    # Our own replies coming back (a forward rule, a list that echoes, a misrouted copy).
    plain("own-from", f"Brønnøysundregistrene <{OUR_ADDRESS}>", f"Re: {tagged}",
          f"Takk for bestillingen. Den er registrert med referanse {reference}.", thread)  # fmt: skip
    plain("own-from-fresh", OUR_ADDRESS, "Testtilgang RRH",
          "Hei,\n\nVi ønsker tilgang til testmiljøet via fiktiv virksomhet.\n" + _ORDER_TEXT, {})  # fmt: skip
    mails.append(
        ("own-message-id",
         as_bytes(message(f"Kari <{vendor}>", f"Re: {tagged}",
                          f"Takk for bestillingen. Referanse {reference}.", our_reply_id)))
    )  # fmt: skip
    mails.append(
        ("own-message-id-other-sender",
         as_bytes(message("Videresending <relay@forward.example>", f"Re: {tagged}",
                          "Hei,\n\nVi ønsker tilgang til testmiljøet.\n" + _ORDER_TEXT,
                          our_reply_id.replace("@", "x@"))))
    )  # fmt: skip

    # Robot senders.
    for local in ("no-reply", "noreply", "donotreply", "postmaster", "mailer-daemon",
                  "bounces+3391"):  # fmt: skip
        plain(f"robot-{local}", f"Varsling <{local}@system.example.no>", "Testtilgang RRH",
              "Hei,\n\nVi ønsker tilgang til testmiljøet via fiktiv virksomhet.\n" + _ORDER_TEXT,
              {})  # fmt: skip
    return mails


# --------------------------------------------------------------------------- answering machines
# Machine mail that answers our reply as a person's answer would: the order's reference in the
# subject, In-Reply-To our reply, from the vendor's address or domain, and text full of what
# looks like values (signatures with phones and org numbers, a colleague's contact details,
# case numbers that pass mod 11). Issue 12: of 76 such mails, 22 changed their order.


def _signature(lang: str, domain: str) -> str:  # domain: "{domain}", filled in per vendor
    """An absent person's signature full of phones and organisation numbers."""
    company = "Fjellvik Rådgivning AS"
    sign_off = {"nb": "Med vennlig hilsen", "nn": "Venleg helsing", "sv": "Med vänliga hälsningar",
                "da": "Med venlig hilsen", "de": "Mit freundlichen Grüßen",
                "en": "Best regards"}[lang]  # fmt: skip
    return (
        f"\n{sign_off}\nSiri Fravik\nSeniorrådgiver | {company}\nOrg.nr. 974 760 673\n"
        "Mobil: +47 915 55 123 | Sentralbord: 22 33 44 55\nFaks: 22 33 44 56\n"
        f"siri.fravik@{domain} | www.{domain}\n"
    )


# Per language: two subject prefixes an out-of-office writes, and its text naming a colleague.
_ABSENCE: dict[str, tuple[tuple[str, str], str]] = {
    "nb": (("Fraværsmelding", "Automatisk svar"),
           "Takk for e-posten. Jeg er på ferie til og med 16. mars og leser ikke e-post.\n"
           "I mitt fravær kan du kontakte Per Kollega, per.kollega@{domain}, tlf. 917 77 888.\n"
           "Ved hastesaker, ring sentralbordet på 22 33 44 55."),
    "nn": (("Fråværsmelding", "Ikkje til stades"),
           "Takk for e-posten. Eg er på ferie til 16. mars og les ikkje e-post.\n"
           "I mitt fråvær kan du kontakte Per Kollega, per.kollega@{domain}, tlf. 917 77 888."),
    "sv": (("Automatiskt svar", "Frånvarande"),
           "Tack för ditt mejl. Jag är på semester till och med den 16 mars.\n"
           "Under min frånvaro kan du kontakta Per Kollega, per.kollega@{domain}, "
           "tel. +46 70 123 45 67."),
    "da": (("Automatisk svar", "Fraværende"),
           "Tak for din mail. Jeg er på ferie til og med 16. marts og læser ikke mails.\n"
           "I mit fravær kan du kontakte Per Kollega, per.kollega@{domain}, tlf. +45 20 12 34 56."),
    "de": (("Automatische Antwort", "Abwesenheitsnotiz"),
           "Vielen Dank für Ihre Nachricht. Ich bin bis zum 16. März nicht im Büro.\n"
           "In dringenden Fällen wenden Sie sich bitte an Per Kollega, per.kollega@{domain}, "
           "Tel. +49 30 1234567."),
    "en": (("Out of Office", "Automatic reply"),
           "Thank you for your email. I am out of the office until 16 March with no access to "
           "email.\nIn my absence, please contact Per Kollega, per.kollega@{domain}, "
           "phone +47 917 77 888."),
}  # fmt: skip

_ORDER_REPEATED = (
    "Hei,\n\nVi ønsker tilgang til testmiljøet for RRH via fiktiv virksomhet.\n"
    "Organisasjonsnummer: 974 760 673\nKontaktperson: Per Kollega\nTelefon: 917 77 888\n"
)


@dataclass(frozen=True)
class Machine:
    """One machine's mail: ``subject`` is how the machine names it (``{subject}`` stands for
    the subject it answers), ``body`` its text (``{domain}``, ``{vendor}`` filled in)."""

    name: str
    local: str | None  # the sender's local part at the vendor's domain; None: the vendor
    subject: str
    body: str
    headers: tuple[tuple[str, str], ...] = ()
    kind: str = "plain"  # plain, mdn (read receipt), dsn-delay, calendar


def _absence_machines() -> list[Machine]:
    found = []
    for lang, ((first, second), text) in _ABSENCE.items():
        body = text + "\n" + _signature(lang, "{domain}")
        for prefix in (first, second):
            tag = prefix.lower().replace(" ", "-").encode("ascii", "replace").decode()
            tag = tag.replace("?", "_")
            found.append(Machine(f"ooo-{lang}-{tag}", None, f"{prefix}: {{subject}}", body))
            found.append(Machine(f"ooo-{lang}-{tag}-auto-submitted", None,
                                 f"{prefix}: {{subject}}", body,
                                 (("Auto-Submitted", "auto-replied"),)))  # fmt: skip
        # The subject kept as it was ("Re: ..."), no header: only the text tells.
        found.append(Machine(f"ooo-{lang}-text-only", None, "Re: {subject}", body))
    nb = _ABSENCE["nb"][1] + "\n" + _signature("nb", "{domain}")
    en = _ABSENCE["en"][1] + "\n" + _signature("en", "{domain}")
    found += [
        # Gmail's vacation responder: the subject as it was, Auto-Submitted, Precedence.
        Machine("vacation-gmail", None, "Re: {subject}", en,
                (("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"))),
        # Exchange/Outlook OOF, with and without the headers it writes.
        Machine("vacation-exchange", None, "Automatisk svar: {subject}", nb,
                (("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "kari@{domain}"))),
        Machine("vacation-exchange-autogenerated", None, "Re: {subject}", nb,
                (("X-Autogenerated", "Reply"),)),
        # Zimbra: its own subject, Auto-Submitted.
        Machine("vacation-zimbra", None, "Ikke til stede", nb,
                (("Auto-Submitted", "auto-replied (zimbra; vacation)"),)),
        Machine("vacation-zimbra-no-header", None, "Ikke til stede: {subject}", nb),
        # Dovecot Pigeonhole sieve vacation: "Auto: <subject>" by default.
        Machine("vacation-sieve", None, "Auto: {subject}", en,
                (("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"))),
        Machine("vacation-sieve-no-header", None, "Auto: {subject}", nb),
        Machine("vacation-precedence-auto-reply", None, "Re: {subject}", nb,
                (("Precedence", "auto_reply"),)),
        Machine("vacation-x-autorespond", None, "Re: {subject}", en, (("X-Autorespond", "yes"),)),
        Machine("ooo-nb-permission-text-only", None, "SV: {subject}",
                "Hei! Jeg er i permisjon og er tilbake på kontoret 4. mai.\n"
                "Kontakt Per Kollega på 917 77 888 i mellomtiden.\n" + _signature("nb", "{domain}")),
    ]  # fmt: skip
    return found


# Case numbers that pass the organisation number's mod 11 check (974 760 673 does).
_TICKETS = [
    ("topdesk", "support", "Vi har mottatt din henvendelse - I 2607 1234 {subject}",
     "Hei,\n\nVi har mottatt din henvendelse og den er registrert med saksnummer I 2607 1234.\n"
     "Referanse: 974760673\n\nDin henvendelse:\n" + _ORDER_REPEATED +
     "\nMed vennlig hilsen\nServicedesk\nTelefon 22 33 44 55\n"),
    ("topdesk-sak-registrert", "servicedesk", "Sak 2026-1234 er registrert",
     "Sak 2026-1234 er registrert.\n\nVi har mottatt din henvendelse og svarer så snart vi kan."
     "\nSaksnummer: 974760673\nTelefon: 22 33 44 55\n"),
    ("zendesk", "support", "[Request received] {subject}",
     "##- Please type your reply above this line -##\n\nYour request (97476) has been received "
     "and is being reviewed by our support staff.\n\n" + _ORDER_REPEATED +
     "\nTo add additional comments, reply to this email.\n"),
    ("zendesk-request", "help", "Your request (974760673) has been received",
     "Your request (974760673) has been received and is being reviewed by our support staff."
     "\n\n" + _ORDER_REPEATED),
    ("jira-service-management", "jira", "[JIRA] (SUP-4711) {subject}",
     "Your request SUP-4711 has been received. We will get back to you.\n\n"
     "Reference 974760673 | Reporter: Kari, 915 55 123\n\n" + _ORDER_REPEATED),
    ("freshdesk", "support", "Ticket Received - {subject}",
     "Dear customer,\n\nWe would like to acknowledge that we have received your request and a "
     "ticket has been created. Ticket #974760673.\n\nA support representative will review your "
     "request. Phone 22 33 44 55.\n\n" + _ORDER_REPEATED),
    ("freshdesk-ticket-number", "helpdesk", "Ticket #12345 - {subject}",
     "Ticket #12345 has been created.\n\n" + _ORDER_REPEATED),
    ("servicenow", "servicedesk", "INC0974760 has been opened on your behalf",
     "Your incident INC0974760 has been opened on your behalf. Ticket number: 974760673.\n\n"
     "Short description: " + _ORDER_REPEATED),
    ("otrs", "otrs", "[Ticket#2026031210000123] {subject}",
     "Vi har mottatt din henvendelse.\n\nSaksnummer: 974760673\nTelefon: 22 33 44 55\n\n"
     + _ORDER_REPEATED),
    ("sv-arende", "kundtjanst", "Ärende 974760673 registrerat",
     "Vi har tagit emot ditt ärende. Ärendenummer: 974760673.\nTelefon: 08-123 456 78\n"),
    ("de-anfrage", "service", "Ihre Anfrage 974760673",
     "Wir haben Ihre Anfrage erhalten. Ticketnummer: 974760673.\nTel. +49 30 1234567\n"),
    ("nb-kvittering", "kundeservice", "Kvittering: {subject}",
     "Takk for din henvendelse! Vi har mottatt e-posten din og svarer innen tre virkedager.\n"
     "Saksnummer: 974760673\nTelefon: 22 33 44 55\n"),
]  # fmt: skip


def _ticket_machines() -> list[Machine]:
    found = []
    for name, local, subject, body in _TICKETS:
        found.append(Machine(f"ticket-{name}", local, subject, body))
        found.append(Machine(f"ticket-{name}-auto-submitted", local, subject, body,
                             (("Auto-Submitted", "auto-generated"),)))  # fmt: skip
    return found


_NEWSLETTER_TAIL = (
    "\n\nDu mottar denne e-posten fordi du er kunde hos oss. Meld deg av nyhetsbrevet her: "
    "https://{domain}/avmelding\nTelefon 22 33 44 55 | Org.nr. 974 760 673\n"
)


def _other_machines() -> list[Machine]:
    return [
        Machine("newsletter-nb", "nyheter", "Nyhetsbrev mars: nytt om RRH og testmiljøet",
                "Hei!\n\nI mars ønsker vi tilgang til testmiljøet for alle kunder." + _NEWSLETTER_TAIL),
        Machine("newsletter-unsubscribe-only", "marked", "Nytt fra oss: {subject}",
                _ORDER_REPEATED + "\nUnsubscribe: https://{domain}/u?id=974760673\n"),
        Machine("newsletter-webinar", "arrangement", "Invitasjon til webinar om reelle rettighetshavere",
                "Velkommen til webinar 12. mars kl. 10.\nPåmelding: https://{domain}/webinar\n"
                "Kontakt: Per Kollega, 917 77 888" + _NEWSLETTER_TAIL),
        Machine("newsletter-en", "news", "Newsletter: {subject}",
                "Read this email in your browser.\n\n" + _ORDER_REPEATED
                + "\nTo unsubscribe click here.\n"),
        Machine("newsletter-webinar-en", "events", "Join our webinar on beneficial ownership",
                "Register now. Contact Per Kollega, +47 917 77 888." + _NEWSLETTER_TAIL),
        Machine("recall-nb", None, "Tilbakekall: {subject}",
                "Kari Nordvang ønsker å tilbakekalle meldingen «{subject}».\n"),
        Machine("recall-en", None, "Recall: {subject}",
                "Kari Nordvang would like to recall the message, \"{subject}\".\n"),
        Machine("recall-sv", None, "Återkalla: {subject}",
                "Kari Nordvang vill återkalla meddelandet \"{subject}\".\n"),
        Machine("delay-nb", "postmaster", "Forsinket levering: {subject}",
                "Leveringen til disse mottakerne er forsinket: kari@{domain}\n"
                "Serveren vil prøve igjen i 48 timer.\n"),
        Machine("delay-en", None, "Delayed: {subject}",
                "Delivery to these recipients or groups is delayed: kari@{domain}\n"
                "Subject: {subject}\nThis message hasn't been delivered yet.\n"),
        Machine("delay-dsn", "mailer-daemon", "Delivery Status Notification (Delay)",
                "This is an automatically generated Delivery Status Notification.\n"
                "THIS IS A WARNING MESSAGE ONLY.\n", kind="dsn-delay"),
        Machine("delay-forsinket-text-only", None, "Re: {subject}",
                "Dette er en automatisk generert melding. Leveringen er forsinket.\n"),
        Machine("read-receipt-mdn", None, "Lest: {subject}",
                "Meldingen ble lest 3. mars 2026 kl. 09:12.\n", kind="mdn"),
        Machine("read-receipt-plain", None, "Lest: {subject}",
                "Meldingen\n\n  Til: opendata.rrh@brreg.no\n  Emne: {subject}\n\n"
                "ble lest 3. mars 2026 kl. 09:12.\n"),
        Machine("read-receipt-en", None, "Read: {subject}",
                "Your message\n\n  Subject: {subject}\n\nwas read on 03.03.2026 09:12.\n"),
        Machine("calendar-accepted", None, "Godtatt: {subject}", "Kari har godtatt.\n",
                kind="calendar"),
        Machine("calendar-accepted-en", None, "Accepted: {subject}", "", kind="calendar"),
        Machine("calendar-accepted-plain", None, "Accepted: {subject}",
                "Kari Nordvang has accepted this meeting. Phone 915 55 123.\n"),
        Machine("calendar-tentative-de", None, "Mit Vorbehalt angenommen: {subject}", "",
                kind="calendar"),
    ]  # fmt: skip


_ROBOT_RECEIPTS = [
    "noreply-selvbetjening", "ikke-svar", "ikkesvar", "varsel", "no-reply", "noreply42",
    "donotreply", "notifications", "daemon.alerts", "bounce-handler", "mailer-daemon",
    "postmaster",
]  # fmt: skip


def _robot_machines() -> list[Machine]:
    return [
        Machine(f"robot-{local}", local, "Kvittering for innsendt skjema",
                "Hei,\n\nDu har sendt inn et skjema.\n" + _ORDER_REPEATED
                + "\nDenne e-posten kan ikke besvares.\n")
        for local in _ROBOT_RECEIPTS
    ]  # fmt: skip


def machines() -> list[Machine]:
    """Every answering machine of the suite (more than eighty)."""
    return _absence_machines() + _ticket_machines() + _other_machines() + _robot_machines()


def machine_answer(
    machine: Machine, vendor: str, *, our_reply_id: str | None, reference: str | None
) -> bytes:
    """``machine``'s mail to ``vendor``'s order: as an answer to our reply (``reference`` in
    the subject, In-Reply-To ``our_reply_id``), or arriving alone (both None)."""
    domain = vendor.split("@", 1)[1]
    answered = f"Re: [{reference}] Testtilgang RRH" if reference else "Testtilgang RRH"
    sender = vendor if machine.local is None else f"{machine.local}@{domain}"
    subject = machine.subject.format(subject=answered, domain=domain)
    body = machine.body.format(subject=answered, domain=domain, vendor=vendor)
    headers = {k: v.format(domain=domain) for k, v in machine.headers}
    if our_reply_id is not None:
        headers |= {"In-Reply-To": our_reply_id, "References": our_reply_id}
    mid = f"<{machine.name}.{'a' if reference else 'b'}@{domain}>"
    msg = message(sender, subject, body or "", mid, headers=headers)
    if machine.kind == "mdn":
        msg.make_mixed()
        msg.replace_header("Content-Type", 'multipart/report; report-type="disposition-notification"')
        report = EmailMessage()
        report.set_content(
            f"Final-Recipient: rfc822; {vendor}\nDisposition: manual-action/MDN-sent-manually; "
            "displayed\n".encode(), maintype="message", subtype="disposition-notification",
        )  # fmt: skip
        msg.attach(report)
    elif machine.kind == "dsn-delay":
        return _dsn(sender, subject, body, mid, {**headers, "Auto-Submitted": "auto-replied"})
    elif machine.kind == "calendar":
        msg.add_alternative(
            "BEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED:mailto:"
            f"{vendor}\nEND:VEVENT\nEND:VCALENDAR\n", subtype="calendar",
        )  # fmt: skip
    return as_bytes(msg)
