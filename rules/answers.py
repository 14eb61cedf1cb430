"""What a mail that answers one of our orders is: a machine's, a person's, or a person's that
quotes, and which changes of the order it may make. Pure.

Screening (``rules.screening``) names automatic mail for certain; such an answer is recorded
on its order and changes nothing. An answer that screening lets through but that still looks
automatic (``answers.toml``: absence and ticket-system words in its subject or new text) may
fill fields that are empty, but a change that would replace a contact or a value, or make the
order ready, is held for staff (DESIGN.md: a screened message never changes an order; issue
12: an out-of-office's signature must not become the order's contact).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from rules.order import Contact, Order, OrderType
from rules.policy import PolicyError, load_toml, reject_unknown

ANSWERS_FILE = Path(__file__).with_name("answers.toml")
FLAG_HELD = "automatic_answer_held"  # an order flag: staff decide on the held change
LOOKED_AT = 20_000  # characters of new text the patterns read (bounded work)


class AnswerKind(StrEnum):
    AUTOMATIC = "automatic"  # screening named it: recorded on the order, changes nothing
    LOOKS_AUTOMATIC = "looks_automatic"  # fills empty fields; replacements and `ready` held
    HUMAN_QUOTING = "human_quoting"  # a person, with quoted history (read: the new text only)
    HUMAN = "human"


@dataclass(frozen=True, slots=True)
class AnswerCues:
    """Named pattern groups: ``subject.<name>`` and ``body.<name>``."""

    subject: Mapping[str, tuple[re.Pattern[str], ...]]
    body: Mapping[str, tuple[re.Pattern[str], ...]]


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: AnswerKind
    cues: tuple[str, ...] = ()  # the screening rules or answer cues that hit, by name

    @property
    def may_change(self) -> bool:
        return self.kind is not AnswerKind.AUTOMATIC


def _groups(path: Path, data: dict[str, Any], where: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    table = data.get(where, {})
    if not isinstance(table, dict):
        raise PolicyError(path, where, "must be a table of named pattern lists")
    groups = {}
    for name, patterns in table.items():
        key = f"{where}.{name}"
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise PolicyError(path, key, "must be a list of regular expressions")
        try:
            groups[name] = tuple(re.compile(p, re.IGNORECASE) for p in patterns)
        except re.error as exc:
            raise PolicyError(path, key, f"bad regular expression: {exc}") from None
    return groups


def load_answer_cues(path: Path = ANSWERS_FILE) -> AnswerCues:
    """Read ``path`` strictly (unknown keys and bad expressions raise ``PolicyError``)."""
    data = load_toml(path)
    reject_unknown(path, data, ("subject", "body"))
    return AnswerCues(_groups(path, data, "subject"), _groups(path, data, "body"))


@cache
def default_answer_cues() -> AnswerCues:
    return load_answer_cues()


def judge_answer(
    screening: tuple[str, ...],
    subject: str,
    new_text: str,
    quotes: bool,
    cues: AnswerCues | None = None,
) -> Judgement:
    """Judge an answer by its screening hits, its subject, its new text (without quoted
    history) and whether it quotes earlier mail."""
    if screening:
        return Judgement(AnswerKind.AUTOMATIC, screening)
    cues = cues or default_answer_cues()
    text = " ".join(new_text[:LOOKED_AT].split())
    subject = subject[:LOOKED_AT]
    hits = tuple(
        f"subject.{name}" for name, ps in cues.subject.items() if any(p.search(subject) for p in ps)
    ) + tuple(f"body.{name}" for name, ps in cues.body.items() if any(p.search(text) for p in ps))
    if hits:
        return Judgement(AnswerKind.LOOKS_AUTOMATIC, hits)
    return Judgement(AnswerKind.HUMAN_QUOTING if quotes else AnswerKind.HUMAN)


def _replaced(old: str | None, new: str | None) -> bool:
    return bool(old) and new != old


def _contact_replaced(old: Contact, new: Contact) -> bool:
    return any(_replaced(getattr(old, k), getattr(new, k)) for k in ("name", "email", "phone"))


def replaced_values(old: Order, new: Order) -> tuple[str, ...]:
    """The parts of ``old`` that ``new`` replaces (a value that was there and now differs)."""
    found = []
    for name, before, after in (
        ("applicant", old.applicant, new.applicant),
        ("customer", old.customer, new.customer),
    ):
        if _replaced(before.org_number, after.org_number) or _replaced(before.name, after.name):
            found.append(name)
        if _contact_replaced(before.contact, after.contact):
            found.append(f"{name}.contact")
    if _contact_replaced(old.production_contact, new.production_contact):
        found.append("production_contact")
    if old.order_type is not new.order_type and old.order_type is not OrderType.UNSPECIFIED:
        found.append("order_type")
    return tuple(found)


def held_for_staff(
    judgement: Judgement, old: Order, new: Order, was_ready: bool, becomes_ready: bool
) -> tuple[str, ...]:
    """Why the change from ``old`` to ``new`` that ``judgement``'s answer would make goes to
    staff instead (empty: it may be applied). Only an answer that looks automatic is held."""
    if judgement.kind is not AnswerKind.LOOKS_AUTOMATIC:
        return ()
    reasons = replaced_values(old, new)
    if becomes_ready and not was_ready:
        reasons += ("ready",)
    return reasons
