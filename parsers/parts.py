"""Walk a parsed message's MIME tree: body texts, attachments, forwarded mails, part types.

A leaf is an attachment when its Content-Disposition says so or it carries a filename
(RFC 2183); text attachments (.txt, .csv, text/plain) are read. Inline text/plain and text/html
leaves are the body candidates. message/* parts are not descended into: a message/rfc822 is a
forwarded mail (kept whole), and the "parts" the stdlib finds inside message/delivery-status
and message/disposition-notification are header blocks, not MIME parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message

from parsers.cards import card_text, is_card
from parsers.charset import clean_text, decode_bytes, decode_header_value, repair_mojibake
from parsers.flowed import unflow
from parsers.letter import Attachment

STDLIB_ERRORS = (ValueError, LookupError, UnicodeError, TypeError)
"""What the standard library's ``email`` raises on malformed input (not our bugs), and only
that is caught around its calls: a NUL in an RFC 2231 value (ValueError), an unknown charset
(LookupError), undecodable bytes (UnicodeError), RFC 2231 continuations with a missing or
mixed section number (TypeError inside ``email.utils.decode_params``)."""
_MAX_DEPTH = 40  # deeper nesting is an attack or a bug, not a mail
_MAX_TEXT_BYTES = 2_000_000
_TEXT_ATTACHMENT_TYPES = frozenset({"text/plain", "text/csv", "text/tab-separated-values"})
_TEXT_SUFFIXES = (".txt", ".csv", ".tsv")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass
class Parts:
    """What the walk found, in document order."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    forwarded: list[Message] = field(default_factory=list)
    content_types: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def _typed(part: Message, ctype: str) -> str:
    """The content type as screening needs it. A calendar part's iTIP method (RFC 5546 1.4:
    the ``method`` parameter names the METHOD inside) tells an invitation or its answer
    (REQUEST, REPLY, CANCEL, ...: scheduling mail) from a calendar a person shares (PUBLISH),
    which is kept as ``text/calendar; method=publish``."""
    if ctype == "text/calendar" and str(part.get_param("method") or "").upper() == "PUBLISH":
        return "text/calendar; method=publish"
    return ctype


def collect_parts(message: Message) -> Parts:
    """Every part of ``message`` sorted into body candidates, attachments and forwards."""
    parts = Parts()
    _visit(message, parts, depth=0)
    return parts


def _visit(part: Message, parts: Parts, depth: int) -> None:
    ctype = part.get_content_type()
    parts.content_types.append(_typed(part, ctype))
    parts.defects.extend(type(defect).__name__ for defect in part.defects)
    if depth > _MAX_DEPTH:
        parts.defects.append("mime-too-deep")
        return
    if part.is_multipart():
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        if ctype == "message/rfc822" and children:
            parts.forwarded.append(children[0])
            parts.attachments.append(Attachment(_filename(part), ctype, None))
        if not ctype.startswith("message/"):
            for child in children:
                _visit(child, parts, depth + 1)
        return
    if _is_attachment(part):
        parts.attachments.append(_attachment(part, ctype, parts.defects))
    elif ctype in {"text/plain", "text/html"}:
        text = part_text(part, parts.defects)
        (parts.plain if ctype == "text/plain" else parts.html).append(text)


def _is_attachment(part: Message) -> bool:
    return part.get_content_disposition() == "attachment" or bool(_filename(part))


def _filename(part: Message) -> str:
    """RFC 2231 parameters are decoded by the stdlib; Outlook also sends RFC 2047 words.
    A name the stdlib cannot decode is left out ("": the attachment is listed without it)."""
    try:
        name = part.get_filename()
    except STDLIB_ERRORS:
        return ""
    return decode_header_value(name or "")


def _charset(part: Message, defects: list[str]) -> str | None:
    """The declared charset; the stdlib raises on a NUL inside an RFC 2231 charset value."""
    try:
        return part.get_content_charset()
    except STDLIB_ERRORS:
        defects.append("charset-unreadable")
        return None


def _attachment(part: Message, ctype: str, defects: list[str]) -> Attachment:
    name = _filename(part)
    is_text = ctype in _TEXT_ATTACHMENT_TYPES or name.lower().endswith(_TEXT_SUFFIXES)
    if is_card(ctype, name):  # a calendar entry or vCard a person sent: its readable text
        return Attachment(name, ctype, _card_text(part, defects))
    return Attachment(name, ctype, part_text(part, defects) if is_text else None)


def _card_text(part: Message, defects: list[str]) -> str | None:
    """Unfolded before cleaning: a folded line's break may fall right after a space."""
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    text, found = decode_bytes(data[:_MAX_TEXT_BYTES], _charset(part, defects))
    defects.extend(found)
    return clean_text(card_text(text.replace("\r\n", "\n"))) or None


def part_text(part: Message, defects: list[str]) -> str:
    """A leaf's text: transfer encoding undone, charset decoded, mojibake repaired, cleaned.

    Binary bytes in a text part (many NULs and other controls) give "" and a "binary-text"
    defect; a stray control character is just removed.
    """
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    if len(data) > _MAX_TEXT_BYTES:
        defects.append("text-too-large")
        data = data[:_MAX_TEXT_BYTES]
    if _looks_binary(data):
        defects.append("binary-text")
        return ""
    charset = _charset(part, defects)
    if charset is None and part.get_content_type() == "text/html":
        sniffed = _META_CHARSET.search(data[:4096])
        charset = sniffed.group(1).decode("ascii") if sniffed else None
    text, found = decode_bytes(data, charset)
    defects.extend(found)
    text = repair_mojibake(text).replace("\r\n", "\n").replace("\r", "\n")
    if _param(part, "format") == "flowed":
        text = unflow(text, delsp=_param(part, "delsp") == "yes")
    return clean_text(text)


def _param(part: Message, name: str) -> str:
    """A Content-Type parameter, lower-cased ("" when missing or unreadable to the stdlib)."""
    try:
        return str(part.get_param(name, "")).lower()
    except STDLIB_ERRORS:
        return ""


def _looks_binary(data: bytes) -> bool:
    """More than 2% control bytes (not tab, newline, form feed, ESC of ISO-2022) in 4 KB."""
    sample = data[:4096]
    return len(_BINARY.findall(sample)) > max(4, len(sample) // 50)
