"""The MIME message for an outbox row, and the exact bytes handed to the SMTP server.

``build_message(row, our_address)`` gives an ``EmailMessage``:

- ``From``: our address (``intake.our_address``) with the display name ``FROM_NAME``;
  ``To``: ``row.recipients``; ``Subject``: ``row.subject`` cleaned, national ids masked (a row
  stored before the mask knew a form); ``Message-ID``:
  ``row.message_id`` (ours, e.g. ``<rrh-2026-0042-1@brreg.no>``, so a retry sends the same
  id and replies thread back); ``Date``: when it is built (RFC 5322 3.6.1).
- ``row.headers`` are added after those: In-Reply-To, References, then the rest by name
  (Auto-Submitted, Reply-To, X-...). Every value is cleaned by ``rules.headers``;
  In-Reply-To and References keep only well-formed msg-ids.
  Headers this module sets itself, recipient headers (To, Cc, Bcc, Resent-*) and MIME headers
  are refused (ValueError): the envelope recipients are ``row.recipients`` and nothing else.
- ``Auto-Submitted`` defaults to ``auto-replied`` when the row answers a message (it has
  In-Reply-To) and ``auto-generated`` otherwise (RFC 3834 5), and ``X-Auto-Response-Suppress:
  All`` asks Exchange not to answer with out-of-office notes. A row's headers override both.

The body. Text parts are ``charset=utf-8``, 7bit when ASCII, else quoted-printable (no
8BITMIME needed). For ``row.kind == "digest"`` (``STRUCTURED_KINDS``) the body is JSON::

    {"text": "plain text (required)",
     "html": "<html>... (optional: sent as a text/html alternative)",
     "attachments": [{"filename": "ordre.csv", "content_type": "text/csv",
                      "content": "text, sent as UTF-8"}]}

and the message is ``multipart/mixed`` of ``multipart/alternative`` (text, html) and the
attachments (RFC 2046 5.1.3/5.1.4). Any other kind: the body is the text, one ``text/plain;
charset=utf-8`` part. Malformed JSON or keys outside this convention raise ValueError.

``message_bytes(message)`` serializes with CRLF line ends (RFC 5321 2.3.8) and then checks
the header block it produced: exactly the header names that were set, no bare CR or LF, every
continuation line starting with whitespace. On an unpatched interpreter (CVE-2024-6923) this
is the last line of defence should a value ever slip past ``rules.headers``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime
from typing import Any

from rules.headers import clean_header_text, is_field_name, message_ids, plain_address
from rules.national_id import mask_national_ids
from storage.models import OutboxMail

FROM_NAME = "Brønnøysundregistrene"
STRUCTURED_KINDS = frozenset({"digest"})
SUBJECT_MAX = 200
HEADER_MAX = 500
FILENAME_MAX = 100
THREAD_HEADERS = frozenset({"in-reply-to", "references"})
# Set here, or about recipients or MIME structure: a row may not bring its own.
RESERVED_HEADERS = frozenset(
    {
        "from", "sender", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version",
        "content-type", "content-transfer-encoding", "content-disposition", "return-path",
        "received", "apparently-to",
    }
)  # fmt: skip
_FIRST = {"in-reply-to": 0, "references": 1}
_POLICY = policy.SMTP  # CRLF line ends, lines folded at 78 characters (RFC 5322 2.1.1)
_JSON_KEYS = frozenset({"text", "html", "attachments"})
_ATTACHMENT_KEYS = frozenset({"filename", "content_type", "content"})


class HeaderInjectionError(ValueError):
    """The generated header block is not the one intended (a value turned into a header)."""


def build_message(
    row: OutboxMail,
    our_address: str,
    *,
    date: datetime | None = None,
    from_name: str = FROM_NAME,
) -> EmailMessage:
    """The message for ``row`` as described in the module docstring. Raises ValueError for a
    row that cannot be sent as it is (a bad recipient, header or digest body): retrying would
    not help, so the sender gives it up."""
    message = EmailMessage(policy=_POLICY)
    sender = _address(our_address)
    local, domain = sender.split("@")
    message["From"] = Address(clean_header_text(from_name), local, domain)
    message["To"] = ", ".join(_address(recipient) for recipient in row.recipients)
    message["Subject"] = mask_national_ids(clean_header_text(row.subject, SUBJECT_MAX))
    message["Message-ID"] = _single_message_id(row.message_id)
    message["Date"] = format_datetime((date or datetime.now(UTC)).astimezone(UTC))
    extra = _extra_headers(row.headers)
    for name, value in extra.items():
        message[name] = value
    if row.kind in STRUCTURED_KINDS:
        _structured_body(message, row.body)
    else:
        message.set_content(row.body, subtype="plain", charset="utf-8", cte=_cte(row.body))
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """``message`` as the bytes of SMTP DATA (CRLF line ends), after checking its header block:
    raises HeaderInjectionError if the top-level header names are not exactly those set."""
    raw = message.as_bytes(policy=_POLICY)
    head, separator, _ = raw.partition(b"\r\n\r\n")
    if not separator:
        raise HeaderInjectionError("no blank line after the headers")
    lines = head.split(b"\r\n")
    for line in lines:
        if b"\r" in line or b"\n" in line:
            raise HeaderInjectionError("a bare CR or LF in the header block")
    if lines[0][:1] in (b" ", b"\t"):
        raise HeaderInjectionError("the header block starts with a continuation line")
    parsed = BytesHeaderParser(policy=policy.compat32).parsebytes(head + b"\r\n\r\n")
    wanted = [name.lower() for name in message]
    found = [name.lower() for name in parsed]
    if found != wanted or parsed.defects:
        raise HeaderInjectionError("the generated headers differ from the ones set")
    return raw


def envelope_recipients(row: OutboxMail) -> list[str]:
    """The RCPT TO addresses of ``row`` (RFC 5321 4.1.1.3), checked like the To header."""
    return [_address(recipient) for recipient in row.recipients]


def envelope_sender(our_address: str) -> str:
    """The MAIL FROM address: ours, so bounces come back to the intake mailbox (RFC 5321
    4.5.5) and ``bot.outbox.bounces`` can link them to the order."""
    return _address(our_address)


def _address(text: str) -> str:
    local, at, domain = text.strip().rpartition("@")
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if at else domain
    except UnicodeError:
        ascii_domain = domain
    address = plain_address(f"{local}{at}{ascii_domain}")
    if address is None:
        raise ValueError("a recipient or sender is not a plain ASCII address")
    return address


def _single_message_id(value: str) -> str:
    found = message_ids(value)
    if len(found) != 1 or found[0] != value.strip():
        raise ValueError("the outbox Message-ID is not one well-formed <left@right>")
    return found[0]


def _extra_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The row's headers, checked and cleaned, after the defaults they may override."""
    chosen: dict[str, tuple[str, str]] = {}
    for name, value in headers.items():
        if not is_field_name(name) or name.lower() in RESERVED_HEADERS:
            raise ValueError("an outbox header name is invalid or reserved")
        if name.lower().startswith("resent-"):
            raise ValueError("an outbox header name is invalid or reserved")
        if name.lower() in THREAD_HEADERS:
            keep = 1 if name.lower() == "in-reply-to" else 20
            cleaned = " ".join(message_ids(str(value), keep=keep))
        else:
            cleaned = clean_header_text(str(value), HEADER_MAX)
        if cleaned:
            chosen[name.lower()] = (name, cleaned)
    answers = "in-reply-to" in chosen
    defaults = {
        "auto-submitted": ("Auto-Submitted", "auto-replied" if answers else "auto-generated"),
        "x-auto-response-suppress": ("X-Auto-Response-Suppress", "All"),
    }
    merged = {**defaults, **chosen}
    # A fixed order (PostgreSQL's JSONB keeps no key order): a retry writes the same headers.
    order = sorted(merged, key=lambda key: (_FIRST.get(key, len(_FIRST)), key))
    return dict(merged[key] for key in order)


def _cte(text: str) -> str:
    """7bit for ASCII, else quoted-printable: the bytes stay 7-bit, so no 8BITMIME is needed
    from the server (RFC 6152) and no line gets longer than 998 octets (RFC 5322 2.1.1)."""
    if text.isascii() and all(len(line) <= 998 for line in text.splitlines()):
        return "7bit"
    return "quoted-printable"


def _structured_body(message: EmailMessage, body: str) -> None:
    try:
        content: Any = json.loads(body)
    except json.JSONDecodeError:
        raise ValueError("a digest body is not JSON") from None
    if not isinstance(content, dict) or not set(content) <= _JSON_KEYS:
        raise ValueError(f"a digest body must be an object with keys {sorted(_JSON_KEYS)}")
    text, html = content.get("text"), content.get("html")
    attachments = content.get("attachments", [])
    if not isinstance(text, str) or not isinstance(html, str | None):
        raise ValueError("a digest body needs 'text' (and optionally 'html') as strings")
    if not isinstance(attachments, list):
        raise ValueError("'attachments' of a digest body must be a list")
    message.set_content(text, subtype="plain", charset="utf-8", cte=_cte(text))
    if html is not None:
        message.add_alternative(html, subtype="html", charset="utf-8", cte=_cte(html))
    for attachment in attachments:
        _attach(message, attachment)


def _attach(message: EmailMessage, attachment: Any) -> None:
    if not isinstance(attachment, dict) or set(attachment) != _ATTACHMENT_KEYS:
        raise ValueError(f"an attachment must have exactly the keys {sorted(_ATTACHMENT_KEYS)}")
    filename, content_type = attachment["filename"], attachment["content_type"]
    content = attachment["content"]
    if not all(isinstance(v, str) for v in (filename, content_type, content)):
        raise ValueError("an attachment's filename, content_type and content must be strings")
    maintype, slash, subtype = content_type.strip().lower().partition("/")
    if not (slash and is_field_name(maintype) and is_field_name(subtype)):
        raise ValueError("an attachment's content_type is not type/subtype")
    safe_name = clean_header_text(filename.replace("/", "_").replace("\\", "_"), FILENAME_MAX)
    message.add_attachment(
        content.encode("utf-8"),
        maintype=maintype,
        subtype=subtype,
        filename=safe_name or "vedlegg",
        params={"charset": "utf-8"} if maintype == "text" else {},
    )
