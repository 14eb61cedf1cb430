"""Rendering automatic replies: subject and plain-text body from Jinja2 templates.

Templates live in ``templates/<kind>.<language>.j2`` (kind: ``reply``, ``receipt``,
``production``; language: ``nb``, ``nn``, ``en``), rendered with autoescape off (plain text)
and ``StrictUndefined`` (a misspelt variable fails, never renders empty). Every value that
came from the vendor (names, addresses, the subject) passes ``rules.headers.clean_header_text``
first, so no CR, LF or control character reaches a reply's body, subject or headers, and has
its national ids masked (``rules.national_id``; the outbox masks again when it stores).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.replies.language import (
    FIELD_LABELS,
    FIELD_WORDS,
    LEGAL_BASIS_WORDS,
    ORDER_TYPE_WORDS,
    Language,
    problem_words,
)
from rules.evaluate import Evaluation
from rules.fields import FieldPath, get_value
from rules.headers import clean_header_text
from rules.national_id import mask_national_ids
from rules.order import LegalBasis, Order, OrderType
from rules.reply_policy import ReplyKind
from rules.requirements import default_requirements

TEMPLATES = Path(__file__).with_name("templates")
SUBJECT_MAX = 200  # characters of the vendor's subject kept after our prefix and tag
_PREFIX = re.compile(r"^\s*(?:(?:re|sv|vs|aw|fwd?|fw)\s*:\s*)+", re.IGNORECASE)
_TAG = re.compile(r"\[\s*RRH-\d{4}-\d+\s*\]", re.IGNORECASE)
_DEFAULT_SUBJECT = {
    Language.BOKMAL: "Tilgang til testmiljøet for RRH",
    Language.NYNORSK: "Tilgang til testmiljøet for RRH",
    Language.ENGLISH: "Access to the RRH test environment",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """An invalid value: what it is in plain words, the value as shown, why it is wrong."""

    words: str
    value: str
    reason: str


def clean(text: str) -> str:
    """Vendor text made safe for a reply: ``clean_header_text`` (no CR/LF/controls), trimmed,
    national ids masked."""
    return mask_national_ids(clean_header_text(text).strip())


def format_value(path: FieldPath, value: str) -> str:
    """A value as the reply shows it: org numbers as ``912 345 672``, phones as written
    (E.164), everything else as stored; always cleaned."""
    shown = clean(value)
    if path.leaf == "org_number" and re.fullmatch(r"\d{9}", shown):
        return f"{shown[:3]} {shown[3:6]} {shown[6:]}"
    return shown


def strip_subject(original: str) -> str:
    """The vendor's subject without Re:/SV:/Sv:/VS:/AW:/Fwd:/FW: prefixes and [RRH-...] tags,
    cleaned, with runs of white space folded and cut at ``SUBJECT_MAX`` characters."""
    text = clean(original)
    previous = None
    while previous != text:
        previous = text
        text = _PREFIX.sub("", _TAG.sub(" ", text)).strip()
    return " ".join(text.split())[:SUBJECT_MAX].strip()


def reply_subject(original: str, reference: str | None, language: Language) -> str:
    """``Re: [RRH-2026-0042] <original subject>`` (no tag without an order; a default subject
    in ``language`` when the vendor's is empty)."""
    rest = strip_subject(original) or _DEFAULT_SUBJECT[language]
    tag = f"[{reference}] " if reference else ""
    return f"Re: {tag}{rest}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _shown(order: Order, path: FieldPath, language: Language) -> str | None:
    value = get_value(order, path)
    if value is None:
        return None
    if path is FieldPath.LEGAL_BASIS:
        return LEGAL_BASIS_WORDS[LegalBasis(value)][language]
    return format_value(path, value)


def understood(order: Order, checked: Evaluation, language: Language) -> list[tuple[str, str]]:
    """(label, value) for every field the order type uses that has a valid value, in
    FieldPath order, after the order type itself when it is known."""
    lines: list[tuple[str, str]] = []
    if order.order_type in ORDER_TYPE_WORDS:
        label = FIELD_LABELS[FieldPath.ORDER_TYPE][language]
        lines.append((label, ORDER_TYPE_WORDS[order.order_type][language]))
    required = default_requirements()[order.order_type]
    for path in FieldPath:
        if path is FieldPath.ORDER_TYPE or path not in required or path in checked.invalid:
            continue
        value = _shown(order, path, language)
        if value:
            lines.append((FIELD_LABELS[path][language], value))
    return lines


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=False,  # plain text mail
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_body(
    kind: ReplyKind,
    language: Language,
    *,
    reference: str | None = None,
    order: Order | None = None,
    checked: Evaluation | None = None,
) -> str:
    """The plain-text body of a reply of ``kind`` in ``language``.

    ``reply`` and ``receipt`` need the order's ``reference``, ``order`` and ``checked``
    (its evaluation); ``production`` needs none. Raises ValueError when one is missing.
    """
    context: dict[str, object] = {"reference": reference}
    if kind is not ReplyKind.PRODUCTION:
        if reference is None or order is None or checked is None:
            raise ValueError(f"a {kind} reply needs the reference, the order and its evaluation")
        missing = [p for p in checked.missing if p is not FieldPath.ORDER_TYPE]
        context |= {
            "asks_order_type": FieldPath.ORDER_TYPE in checked.missing
            or order.order_type is OrderType.UNSPECIFIED,
            "missing": [FIELD_WORDS[p][language] for p in missing],
            "invalid": [
                Problem(
                    _capital(FIELD_WORDS[p][language]),
                    format_value(p, get_value(order, p) or ""),
                    problem_words(p, reason, language),
                )
                for p, reason in sorted(checked.invalid.items())
            ],
            "understood": understood(order, checked, language),
        }
    template = _environment().get_template(f"{kind}.{language}.j2")
    return template.render(context)
