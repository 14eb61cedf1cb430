"""read_letter: raw email bytes to a Letter, for any input, never raising on garbage (our own
bugs do raise, for the intake to quarantine with their traceback).

Why the stdlib ``email`` package (compat32) and not mail-parser: mail-parser parses at about
880 mails/s here (facts.md), leaving nothing for HTML, history and signature work inside an
800 mails/s budget, while ``email.message_from_bytes`` does about 3,000/s. mail-parser also
drops raw 8-bit header bytes ("blåbær" -> "blbr") and can leave lone surrogates. compat32 is
the most lenient policy: it records defects instead of raising, and the standard library's
whole set of malformed test messages parses. Header values are read with ``raw_items()`` (the
stored str, raw 8-bit bytes kept as surrogateescape) rather than through the policy, which
would hand back an ``email.header.Header``; parsers/charset.py decodes those bytes itself.
"""

from __future__ import annotations

from dataclasses import replace
from email import message_from_bytes, message_from_string
from email.message import Message
from email.policy import compat32
from types import MappingProxyType

from parsers.charset import clean_text, decode_bytes, decode_header_value
from parsers.headers import addresses, header_map, message_ids, parse_date, raw_header
from parsers.history import split_history
from parsers.html_text import html_to_text
from parsers.letter import BlockKind, HistoryBlock, Letter
from parsers.parts import STDLIB_ERRORS, Parts, collect_parts
from parsers.signature import find_signature

# A text/plain alternative shorter than this (visible characters) loses to a longer HTML one:
# some clients send an empty or one-word plain part next to the real HTML body.
_TRIVIAL_PLAIN = 20
_FORWARD_FIELDS = ("From", "Date", "Subject", "To")
MAX_TEXT_CHARS = 50_000
"""Characters of body text handed on (history, signature, extraction): an order is a page or
two (the longest labelled mail has 5,400 characters of text), and extraction's time grows with
the text (about 1 s for 50,000 characters of garbage here); the rest of a longer body is kept
in the raw bytes only (a "text-truncated" defect)."""
# What the stdlib parser itself has been seen to raise on garbage (not our bugs).
_STDLIB_PARSE_ERRORS = STDLIB_ERRORS


def read_letter(raw: bytes, *, strict: bool = False) -> Letter:
    """Read one email as a reader sees it (see Letter for the meaning of each field).

    Never raises for bad input: the standard library's known failures on malformed mail are
    caught where it is called (``_parse``; a header parameter in ``parsers.parts``) and
    become ``defects``, and the rest of the mail is still read (a bad filename loses only the
    name). Empty or unparseable input gives a Letter with empty text and a ``defects`` entry.
    An exception from our own code (MIME walk, charset, HTML, history) is a bug and is raised,
    for the intake's one catch point to quarantine with its traceback. (``strict`` has no
    effect any more: every read is strict.)
    """
    del strict
    return _read(raw)


def read_header(raw: bytes, defects: tuple[str, ...] = ()) -> Letter:
    """Only the header of ``raw`` (the bytes before the first empty line) as a Letter with no
    text: for a mail that is not read whole (over its budget, or one our code failed on), so
    that its Message-ID, sender and subject are still recorded. Only the standard library's
    header parsing and ``parsers.headers`` run on it."""
    end = min((i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0), default=-1)
    head = raw if end < 0 else raw[:end]
    message, parse_defects = _parse(head + b"\n\n")
    if message is None:
        return empty_letter((*defects, *parse_defects))
    return replace(_header_letter(message), defects=(*defects, *parse_defects))


def empty_letter(defects: tuple[str, ...]) -> Letter:
    """A Letter with nothing in it but the reason why."""
    return Letter(
        subject="",
        sender=None,
        to=(),
        cc=(),
        message_id=None,
        in_reply_to=None,
        references=(),
        date=None,
        headers=MappingProxyType({}),
        content_types=(),
        text="",
        signature="",
        defects=defects,
    )


def _read(raw: bytes) -> Letter:
    data = bytes(raw)
    if not data.strip():
        return empty_letter(("empty-message",))
    message, parse_defects = _parse(data)
    if message is None:
        return empty_letter(parse_defects)
    parts = collect_parts(message)
    header = _header_letter(message)
    body = choose_body(parts)
    defects = [*parse_defects, *parts.defects]
    if len(body) > MAX_TEXT_CHARS:
        body = body[:MAX_TEXT_CHARS]
        defects.append("text-truncated")
    text, history = split_history(body, header.subject)
    history += tuple(_forwarded_block(inner) for inner in parts.forwarded)
    if not body:
        defects.append("no-text")
    sender = header.sender
    return replace(
        header,
        content_types=tuple(parts.content_types),
        text=text,
        signature=find_signature(text, sender.name if sender else ""),
        history=history,
        attachments=tuple(parts.attachments),
        defects=tuple(dict.fromkeys(defects)),
    )


def _header_letter(message: Message) -> Letter:
    """The header fields of ``message`` as a Letter with no text."""
    senders = addresses(message, "from") or addresses(message, "sender")
    return Letter(
        subject=decode_header_value(raw_header(message, "subject") or ""),
        sender=senders[0] if senders else None,
        to=addresses(message, "to"),
        cc=addresses(message, "cc"),
        message_id=next(iter(message_ids(raw_header(message, "message-id"))), None),
        in_reply_to=next(iter(message_ids(raw_header(message, "in-reply-to"))), None),
        references=message_ids(raw_header(message, "references")),
        date=parse_date(raw_header(message, "date")),
        headers=header_map(message),
        content_types=(),
        text="",
        signature="",
    )


def _parse(data: bytes) -> tuple[Message | None, tuple[str, ...]]:
    """The stdlib parse; on its rare crashes retry from text, where no surrogates exist.

    The feed parser has raised on garbage that the fuzz tests make (RFC 2231 parameters with
    raw 8-bit bytes, in get_boundary); parsing the decoded text instead avoids those paths.
    """
    try:
        return message_from_bytes(data, policy=compat32), ()
    except _STDLIB_PARSE_ERRORS as exc:
        defect = f"parser-retry:{type(exc).__name__}"
    try:
        return message_from_string(decode_bytes(data, None)[0], policy=compat32), (defect,)
    except _STDLIB_PARSE_ERRORS as exc:
        return None, (defect, f"unparseable:{type(exc).__name__}")


def choose_body(parts: Parts) -> str:
    """text/plain if it says anything, else the HTML's visible text (and HTML if longer)."""
    plain = "\n\n".join(p for p in parts.plain if p.strip()).strip("\n")
    if len("".join(plain.split())) >= _TRIVIAL_PLAIN or not parts.html:
        return plain
    html = clean_text("\n\n".join(html_to_text(h) for h in parts.html)).strip("\n")
    return html if len("".join(html.split())) > len("".join(plain.split())) else plain


def _forwarded_block(inner: Message) -> HistoryBlock:
    """A mail attached as message/rfc822 ("forward as attachment"): a FORWARD block."""
    header = []
    for name in _FORWARD_FIELDS:
        value = raw_header(inner, name)
        if value:
            header.append(f"{name}: {decode_header_value(value)}")
    return HistoryBlock(BlockKind.FORWARD, "\n".join(header), choose_body(collect_parts(inner)))
