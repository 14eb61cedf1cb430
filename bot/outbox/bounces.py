"""Bounces of our own mail: which outbox mail (and so which order) failed, and for whom.

A delivery report comes back to our envelope sender (RFC 5321 4.5.5, 6.1) and is screened by
the intake (never an order, never answered). ``link_bounce`` reads it:

- The report: ``multipart/report`` (RFC 6522) with a ``message/delivery-status`` part
  (RFC 3464): per recipient ``Final-Recipient``, ``Original-Recipient``, ``Action``
  (failed, delayed, delivered, relayed, expanded) and ``Status`` (``5.1.1``). Exim's
  ``X-Failed-Recipients`` header counts as ``Action: failed`` for those addresses.
- Our mail's id: ``Original-Message-ID`` in the report's fields (read receipts, RFC 8098, and
  some MTAs), else the ``Message-ID`` of the returned ``message/rfc822`` or
  ``text/rfc822-headers`` part (RFC 6522 3), else the report's own In-Reply-To/References.
- It looks the ids up in the outbox (``OutboxMail.message_id``).

The failed address is only ever one of the outbox mail's recipients (the Original-Recipient or
Final-Recipient of a recipient whose Action is ``failed``): a forged report cannot flag an
address we never wrote to. Reports of delays name no failed address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import Message
from email.parser import HeaderParser

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import OutboxMail

_MSG_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")
_ID_FIELDS = ("original-message-id", "x-original-message-id")
_RETURNED_TYPES = ("message/rfc822", "text/rfc822-headers", "message/global-headers")
_REPORT_TYPES = ("message/delivery-status", "message/global-delivery-status")


@dataclass(frozen=True, slots=True)
class BounceLink:
    """A delivery report about outbox mail ``outbox_id`` of order ``order_id`` (None: the mail
    belonged to no order, e.g. the digest). ``failed_address`` is the recipient of that mail
    for whom delivery failed, lower-cased, or None (a delay, or no recipient named)."""

    outbox_id: int
    order_id: int | None
    failed_address: str | None
    action: str | None = None
    status: str | None = None


@dataclass(frozen=True, slots=True)
class _Recipient:
    addresses: tuple[str, ...]  # Original-Recipient first, then Final-Recipient
    action: str
    status: str | None


def link_bounce(session: Session, mail: bytes | Message) -> BounceLink | None:
    """The outbox mail a delivery report ``mail`` (raw bytes or a parsed message) is about,
    or None when it names no mail of ours. Reads only; never raises for malformed mail."""
    message = message_from_bytes(mail, policy=policy.compat32) if isinstance(mail, bytes) else mail
    recipients, report_ids = _delivery_status(message)
    candidates = [*report_ids, *_returned_ids(message)]
    if not candidates and message.get_content_type() == "multipart/report":
        candidates = _header_ids(message, "in-reply-to", "references")
    row = _find_outbox(session, candidates)
    if row is None:
        return None
    recipients += _x_failed_recipients(message)
    ours = {address.lower() for address in row.recipients}
    for recipient in recipients:
        if recipient.action != "failed":
            continue
        for address in recipient.addresses:
            if address in ours:
                return BounceLink(row.id, row.order_id, address, "failed", recipient.status)
    first = recipients[0] if recipients else None
    return BounceLink(
        row.id, row.order_id, None, first.action if first else None, first.status if first else None
    )


def _delivery_status(message: Message) -> tuple[list[_Recipient], list[str]]:
    """Recipients and Original-Message-IDs from every delivery-status or disposition part."""
    recipients: list[_Recipient] = []
    ids: list[str] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind in _REPORT_TYPES:
            blocks = _field_blocks(part)
            for block in blocks:
                ids += _header_ids(block, *_ID_FIELDS)
            recipients += [r for r in map(_recipient, blocks[1:]) if r is not None]
        elif kind == "message/disposition-notification":
            for block in _field_blocks(part):
                ids += _header_ids(block, *_ID_FIELDS)
    return recipients, ids


def _field_blocks(part: Message) -> list[Message]:
    """The field groups of a report part: the stdlib parses message/delivery-status into a list
    of header blocks (per message, then per recipient); other report types stay text."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [block for block in payload if isinstance(block, Message)]
    if isinstance(payload, str):
        text = payload.replace("\r\n", "\n")
        return [HeaderParser().parsestr(chunk) for chunk in re.split(r"\n\s*\n", text) if chunk]
    return []


def _recipient(block: Message) -> _Recipient | None:
    names = ("original-recipient", "final-recipient")
    addresses = [_typed_address(block.get(name)) for name in names]
    found = tuple(dict.fromkeys(a for a in addresses if a))
    action = str(block.get("action", "")).strip().lower()
    if not found or not action:
        return None
    status = str(block.get("status", "")).strip() or None
    return _Recipient(found, action.split()[0], status)


def _typed_address(value: object) -> str | None:
    """``rfc822; Kari@Example.no`` (RFC 3464 2.3.2, address-type; address) to the address."""
    if value is None:
        return None
    text = str(value)
    kind, semicolon, address = text.partition(";")
    if not semicolon or kind.strip().lower() not in ("rfc822", "utf-8"):
        return None
    address = address.strip().strip("<>").strip().lower()
    return address if "@" in address and not any(c.isspace() for c in address) else None


def _x_failed_recipients(message: Message) -> list[_Recipient]:
    value = message.get("x-failed-recipients")
    if value is None:
        return []
    addresses = [a.strip().strip("<>").lower() for a in str(value).split(",")]
    return [_Recipient((a,), "failed", None) for a in addresses if "@" in a]


def _returned_ids(message: Message) -> list[str]:
    """The Message-ID of the returned message or its headers (RFC 6522 3, third part)."""
    ids: list[str] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind not in _RETURNED_TYPES:
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            returned = [p for p in payload if isinstance(p, Message)]
        elif isinstance(payload, str):
            decoded = part.get_payload(decode=True)
            text = decoded.decode("utf-8", "replace") if isinstance(decoded, bytes) else payload
            returned = [HeaderParser().parsestr(text.replace("\r\n", "\n"), headersonly=True)]
        else:
            returned = []
        for headers in returned:
            ids += _header_ids(headers, "message-id")
    return ids


def _header_ids(headers: Message, *names: str) -> list[str]:
    ids: list[str] = []
    for name in names:
        for value in headers.get_all(name, []):
            ids += _MSG_ID.findall(str(value))
    return ids


def _find_outbox(session: Session, candidates: list[str]) -> OutboxMail | None:
    ordered = list(dict.fromkeys(candidates))[:50]
    if not ordered:
        return None
    rows = session.scalars(select(OutboxMail).where(OutboxMail.message_id.in_(ordered))).all()
    by_id = {row.message_id: row for row in rows}
    return next((by_id[i] for i in ordered if i in by_id), None)
