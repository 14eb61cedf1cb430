"""Header values of a parsed message: addresses, message ids, date, the lower-cased map.

Values come raw from the stdlib parser (``Message.raw_items``) and are decoded here, so
raw 8-bit bytes and RFC 2047 words both end up as readable text. Addresses are split on the
raw value before decoding: an encoded word may hide a comma ("Grønvold, Hilde").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from types import MappingProxyType

from parsers.charset import clean_line, decode_header_value
from parsers.letter import Address

_MSG_ID = re.compile(r"<[^<>\s]+>")


def raw_headers(message: Message, name: str) -> list[str]:
    """Every value of a header as the parser stored it (raw 8-bit bytes as surrogates).

    ``raw_items`` bypasses the policy, which would wrap such values in email.header.Header.
    """
    wanted = name.lower()
    return [str(v) for k, v in message.raw_items() if str(k).lower() == wanted]


def raw_header(message: Message, name: str) -> str | None:
    """The first stored value of a header, or None."""
    values = raw_headers(message, name)
    return values[0] if values else None


def header_map(message: Message) -> MappingProxyType[str, str]:
    """Lower-cased header names to their first value, decoded."""
    result: dict[str, str] = {}
    for name, value in message.raw_items():
        key = clean_line(decode_header_value(str(name))).lower()
        if key and key not in result:
            result[key] = decode_header_value(str(value))
    return MappingProxyType(result)


def addresses(message: Message, name: str) -> tuple[Address, ...]:
    """Every mailbox in all ``name`` headers; display names decoded, addresses lower-cased."""
    values = raw_headers(message, name)
    found: list[Address] = []
    for display, address in getaddresses(values):
        address = clean_line(decode_header_value(address)).lower()
        if "@" not in address:
            continue  # group syntax, "undisclosed-recipients:;", a bare name
        found.append(Address(decode_header_value(display).strip("\"' "), address))
    return tuple(found)


def message_ids(value: str | None) -> tuple[str, ...]:
    """Message ids in angle brackets, in order; a bare id without brackets is kept as is."""
    if not value:
        return ()
    value = decode_header_value(value)
    found = _MSG_ID.findall(value)
    if found:
        return tuple(found)
    return tuple(value.split()[:1])


def parse_date(value: str | None) -> datetime | None:
    """The Date header as an aware UTC datetime; None when absent or unreadable.

    RFC 5322 "-0000" (no zone information) gives a naive result: it is taken as UTC.
    """
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(decode_header_value(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
