"""Machine-generated mail for the safety suite: none of it may ever be answered.

``machine_mail(vendor, our_reply_id, reference)`` gives more than forty messages: bounces as
Exchange, Postfix and Gmail write them; out-of-office replies in Norwegian and English with
and without Auto-Submitted (some threaded to our reply, some fresh); list mail (List-Id,
List-Unsubscribe, Precedence); our own replies coming back (our From, our Message-ID); and
mailer-daemon / no-reply senders. All invented.
"""

from __future__ import annotations

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
