"""What the order page shows, built from ``storage.queries.OrderStory``: each field with its
value, the mail that gave it, the text it came from, its confidence and check results; each
mail's visible text cut into pieces with the evidence marked; the conversation in order.

Every string here has passed ``rules.text_safety.shown`` (control and bidi characters out,
national ids masked); the templates escape them (Jinja2 autoescape).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from parsers.mime import read_letter
from rules.fields import FieldPath
from rules.text_safety import shown
from storage.models import MessageRecord, OrderEvent
from storage.queries import OrderStory, needs_review

FIELD_LABELS = {
    FieldPath.ORDER_TYPE: "Type bestilling",
    FieldPath.APPLICANT_ORG_NUMBER: "Søker: org.nr.",
    FieldPath.APPLICANT_NAME: "Søker: navn",
    FieldPath.APPLICANT_CONTACT_NAME: "Søkers kontakt: navn",
    FieldPath.APPLICANT_CONTACT_EMAIL: "Søkers kontakt: e-post",
    FieldPath.APPLICANT_CONTACT_PHONE: "Søkers kontakt: telefon",
    FieldPath.CUSTOMER_ORG_NUMBER: "Kunde: org.nr.",
    FieldPath.CUSTOMER_NAME: "Kunde: navn",
    FieldPath.CUSTOMER_CONTACT_NAME: "Kundens kontakt: navn",
    FieldPath.CUSTOMER_CONTACT_EMAIL: "Kundens kontakt: e-post",
    FieldPath.CUSTOMER_CONTACT_PHONE: "Kundens kontakt: telefon",
    FieldPath.PRODUCTION_CONTACT_NAME: "Produksjonskontakt: navn",
    FieldPath.PRODUCTION_CONTACT_EMAIL: "Produksjonskontakt: e-post",
    FieldPath.PRODUCTION_CONTACT_PHONE: "Produksjonskontakt: telefon",
    FieldPath.LEGAL_BASIS: "Rettslig grunnlag",
}

REGISTER_WORDS = {
    "active": "aktiv",
    "deleted": "slettet",
    "removed": "fjernet",
    "unknown": "finnes ikke",
    "sub_unit": "underenhet",
    "bankrupt": "konkurs",
    "under_liquidation": "under avvikling",
    "not_checked": "ikke sjekket",
}


@dataclass(frozen=True)
class Piece:
    """A run of mail text; ``field`` set when it is the evidence of that field."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class FieldView:
    path: str
    label: str
    value: str
    evidence: str | None
    mail_number: int | None  # which mail of the conversation gave it (1-based)
    confidence: float | None
    missing: bool
    invalid: str | None
    register: str | None


@dataclass(frozen=True)
class TurnView:
    """One mail of the conversation, in or out."""

    at: datetime
    incoming: bool
    number: int | None  # incoming mail: its place in the conversation, for the field table
    who: str
    subject: str
    pieces: tuple[Piece, ...]
    state: str
    needs_review: bool
    review_reasons: tuple[str, ...]
    outbox_id: int | None = None  # an outgoing mail: its outbox row, for hold/release/cancel


def _get(order: dict[str, Any], path: str) -> str | None:
    value: Any = order
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value if isinstance(value, str) else None


def mail_text(message: MessageRecord) -> str:
    """The visible text of a received mail: its new text, then the quoted history."""
    try:
        letter = read_letter(message.raw)
    except Exception:  # an unreadable mail is shown as what we know of it, never a 500
        return ""
    parts = [letter.text, *(f"{b.header}\n{b.text}" for b in letter.history)]
    return shown("\n\n".join(p for p in parts if p.strip()), multiline=True)


def _loose(text: str) -> str:
    """A pattern for ``text`` with any run of white space matching any other."""
    return r"\s+".join(re.escape(word) for word in text.split())


def _core(value: str) -> str | None:
    """A pattern for a value as it may be written: the digits of a number with any spacing
    (a phone's national part only), other values word by word."""
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 8 and len(digits) >= len(value.replace(" ", "")) - 1:  # a number
        if value.startswith("+47"):
            digits = digits[2:]  # the mail may leave out the country code
        return r"[\s.-]?".join(digits)
    return _loose(value) if value.strip() else None


def _span(text: str, snippet: str, value: str | None) -> tuple[int, int] | None:
    """Where the value stands in ``text``: inside its evidence snippet when the snippet is
    found (white space may differ), else its first occurrence; the whole snippet when the
    value cannot be found in it."""
    window = re.search(_loose(snippet), text) if snippet.strip() else None
    core = _core(value) if value else None
    if core is not None:
        lo, hi = window.span() if window else (0, len(text))
        found = re.compile(core, re.IGNORECASE).search(text, lo, hi)
        if found:
            return found.span()
    return window.span() if window else None


def marked(
    text: str, evidence: dict[str, str], values: dict[str, str] | None = None
) -> tuple[Piece, ...]:
    """``text`` cut into pieces, the value of each evidenced field marked (not overlapping)."""
    values = values or {}
    spans: list[tuple[int, int, str]] = []
    for path, snippet in sorted(evidence.items()):
        span = _span(text, shown(snippet), values.get(path))
        if span is None or span[0] == span[1]:
            continue
        start, end = span
        if any(s < end and start < e for s, e, _ in spans):
            continue
        spans.append((start, end, path))
    pieces: list[Piece] = []
    at = 0
    for start, end, path in sorted(spans):
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], path))
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return tuple(pieces)


def _found_values(message: MessageRecord) -> dict[str, str]:
    """The values the message's reading gave, by field path (from its stored extraction)."""
    extraction = message.extraction or {}
    return {p.value: v for p in FieldPath if (v := _get(extraction, p.value)) is not None}


def _evidence_of(message: MessageRecord) -> dict[str, str]:
    evidence = (message.extraction or {}).get("evidence") or {}
    return {
        str(path): str(item.get("text", ""))
        for path, item in evidence.items()
        if isinstance(item, dict)
    }


def _giver(events: list[OrderEvent], path: str) -> int | None:
    """The message id behind the field's latest change by a mail (None: staff or nobody)."""
    for event in reversed(events):
        if event.field_path == path:
            return event.source_message_id
    return None


def fields_of(story: OrderStory, numbers: dict[int, int]) -> list[FieldView]:
    record = story.record
    by_id = {m.id: m for m in story.messages}
    checks = {c.path: c for c in story.checks}
    rows = []
    for path in FieldPath:
        value = _get(record.order, path.value)
        giver = _giver(list(record.events), path.value)
        source = by_id.get(giver) if giver is not None else None
        if source is None and value is not None:  # filed before events named the mail
            source = next(
                (m for m in reversed(story.messages) if path.value in _evidence_of(m)), None
            )
        evidence = _evidence_of(source).get(path.value) if source is not None else None
        confidence = None
        if source is not None:
            raw_confidence = ((source.extraction or {}).get("confidence") or {}).get(path.value)
            confidence = raw_confidence if isinstance(raw_confidence, int | float) else None
        check = checks.get(path.value)
        register = None
        if check is not None:
            name = f" «{shown(check.registered_name)}»" if check.registered_name else ""
            problem = f": {shown(check.problem)}" if check.problem else ""
            status = REGISTER_WORDS.get(str(check.status), str(check.status))
            parent = f", under {check.parent_number}" if check.parent_number else ""
            register = f"{status}{name}{parent}{problem}"
        rows.append(
            FieldView(
                path=path.value,
                label=FIELD_LABELS[path],
                value=shown(value) if value is not None else "",
                evidence=shown(evidence) if evidence else None,
                mail_number=numbers.get(source.id) if source is not None else None,
                confidence=float(confidence) if confidence is not None else None,
                missing=path.value in record.missing,
                invalid=shown(record.invalid[path.value]) if path.value in record.invalid else None,
                register=register,
            )
        )
    return rows


def conversation_of(story: OrderStory, zone: ZoneInfo) -> tuple[list[TurnView], dict[int, int]]:
    """Every mail in and out, oldest first, and each incoming mail's number."""
    numbers = {m.id: i for i, m in enumerate(story.messages, 1)}
    turns = []
    for message in story.messages:
        extraction = message.extraction or {}
        turns.append(
            TurnView(
                at=(message.received_at or message.created_at).astimezone(zone),
                incoming=True,
                number=numbers[message.id],
                who=shown(message.sender or "ukjent avsender"),
                subject=shown(message.subject or ""),
                pieces=marked(mail_text(message), _evidence_of(message), _found_values(message)),
                state=str(message.state),
                needs_review=needs_review(message),
                review_reasons=tuple(shown(str(r)) for r in extraction.get("review_reasons", [])),
            )
        )
    for mail in story.outbox:
        turns.append(
            TurnView(
                at=(mail.sent_at or mail.created_at).astimezone(zone),
                incoming=False,
                number=None,
                who=shown(", ".join(mail.recipients)),
                subject=shown(mail.subject),
                pieces=(Piece(shown(mail.body, multiline=True)),),
                state=str(mail.state),
                needs_review=False,
                review_reasons=(),
                outbox_id=mail.id,
            )
        )
    turns.sort(key=lambda t: t.at)
    return turns, numbers
