"""Build test emails in code (invented people at example.no)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

SENDER = "Kari Nordmann <kari@example.no>"
MAILBOX = "opendata.rrh@brreg.no"


def plain_mail(body: str, subject: str = "Testtilgang RRH", **headers: str) -> bytes:
    """A text/plain mail, UTF-8, as a client would send it."""
    message = _base(subject, headers)
    message.set_content(body)
    return message.as_bytes(policy=SMTP)


def html_mail(html: str, subject: str = "Testtilgang RRH", plain: str | None = None) -> bytes:
    """An HTML-only mail, or multipart/alternative when ``plain`` is given."""
    message = _base(subject, {})
    if plain is None:
        message.set_content(html, subtype="html")
    else:
        message.set_content(plain)
        message.add_alternative(html, subtype="html")
    return message.as_bytes(policy=SMTP)


def raw_mail(headers: str, body: bytes) -> bytes:
    """Hand-written header lines (CRLF added; non-ASCII sent as raw UTF-8) and body bytes."""
    head = headers.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n\r\n"
    return head + body


def _base(subject: str, headers: dict[str, str]) -> EmailMessage:
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = MAILBOX
    message["Subject"] = subject
    message["Date"] = "Mon, 05 Jan 2026 10:04:00 +0100"
    message["Message-ID"] = "<m1@example.no>"
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    return message
