"""Build test emails in code: a vendor's mail as Outlook, Gmail or an iPhone would send it."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime


def make_mail(
    body: str,
    *,
    sender: str = "Kari Nordmann <kari.nordmann@eksempel-system.no>",
    subject: str = "Testtilgang RRH",
    to: str = "opendata.rrh@brreg.no",
    cc: str | None = None,
    html: str | None = None,
    headers: dict[str, str] | None = None,
    message_id: str = "<test-1@eksempel-system.no>",
) -> bytes:
    """An RFC 5322 message with a text part (and an HTML alternative when given)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()
