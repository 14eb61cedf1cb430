"""Header screening: named rules that mark mail as never an order and never to be answered.

Each rule is one small named thing (a stable kebab-case name, a one-line description, one
check), after GNU Mailman's rules. Which rules run, and in which order, is data:
``screening.toml``. Automatic mail is recognised per RFC 3834 (Auto-Submitted), RFC 2369
(List-*), RFC 3464 (delivery status) and RFC 8098 (disposition notifications), plus the
conventions of Exchange and common autoresponders (Precedence, X-Autoreply).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rules.policy import PolicyError, load_toml, reject_unknown

SCREENING_FILE = Path(__file__).with_name("screening.toml")


@dataclass(frozen=True, slots=True)
class Envelope:
    """What screening looks at: headers (lower-cased names), sender, MIME types, our identity."""

    headers: Mapping[str, str]
    sender: str | None
    subject: str
    content_types: tuple[str, ...]
    our_addresses: frozenset[str] = frozenset({"opendata.rrh@brreg.no"})
    our_message_id_domain: str = "brreg.no"
    robot_local_parts: frozenset[str] = field(default_factory=frozenset)
    auto_subjects: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True, slots=True)
class ScreeningRule:
    name: str
    description: str
    check: Callable[[Envelope], bool]


def _header(env: Envelope, name: str) -> str:
    return env.headers.get(name, "").strip().lower()


def _our_message_id(env: Envelope) -> bool:
    ids = " ".join(_header(env, h) for h in ("message-id",))
    return bool(re.search(rf"@{re.escape(env.our_message_id_domain.lower())}>?$", ids))


def _robot(env: Envelope) -> bool:
    local = (env.sender or "").split("@", 1)[0].lower()
    return local in env.robot_local_parts


RULES: dict[str, ScreeningRule] = {
    rule.name: rule
    for rule in (
        ScreeningRule("empty-sender", "no sender address to answer", lambda e: not e.sender),
        ScreeningRule("our-own-address", "mail from our own mailbox", lambda e: (e.sender or "").lower() in e.our_addresses),
        ScreeningRule("our-own-message-id", "one of our own messages came back", _our_message_id),
        ScreeningRule("auto-submitted", "Auto-Submitted other than 'no' (RFC 3834)", lambda e: _header(e, "auto-submitted") not in ("", "no")),
        ScreeningRule("precedence-bulk", "Precedence: bulk, junk or list", lambda e: _header(e, "precedence") in ("bulk", "junk", "list")),
        ScreeningRule("list-mail", "List-Id or List-Unsubscribe (RFC 2369, RFC 2919)", lambda e: bool(_header(e, "list-id") or _header(e, "list-unsubscribe"))),
        ScreeningRule("null-return-path", "Return-Path: <> marks a bounce (RFC 5321)", lambda e: _header(e, "return-path") in ("<>", "")
                      and "return-path" in e.headers),
        ScreeningRule("delivery-report", "delivery status or read receipt (RFC 3464, RFC 8098)", lambda e: any(
            t in ("multipart/report", "message/delivery-status", "message/disposition-notification") for t in e.content_types)),
        ScreeningRule("robot-sender", "mailer-daemon, postmaster or a no-reply sender", _robot),
        ScreeningRule("auto-reply-header", "X-Autoreply, X-Autorespond or an Exchange auto-reply marker", lambda e: bool(
            _header(e, "x-autoreply") or _header(e, "x-autorespond") or _header(e, "x-ms-exchange-generated-message-source")
            or _header(e, "x-auto-response-suppress") == "all" and bool(re.match(r"^\S+:", e.subject)))),
        ScreeningRule("auto-reply-subject", "subject of an automatic reply, read receipt or bounce", lambda e: any(
            p.search(e.subject.strip()) for p in e.auto_subjects)),
        ScreeningRule("meeting-request", "a calendar invitation (text/calendar)", lambda e: "text/calendar" in e.content_types),
    )
}


@dataclass(frozen=True, slots=True)
class ScreeningPolicy:
    order: tuple[ScreeningRule, ...]
    robot_local_parts: frozenset[str]
    auto_subjects: tuple[re.Pattern[str], ...]


def load_screening(path: Path = SCREENING_FILE) -> ScreeningPolicy:
    data: dict[str, Any] = load_toml(path)
    reject_unknown(path, data, ("order", "robot_local_parts", "auto_subjects"))
    order = []
    for name in data.get("order", []):
        if name not in RULES:
            raise PolicyError(path, "order", f"unknown rule {name!r}")
        order.append(RULES[name])
    subjects = []
    for pattern in data.get("auto_subjects", []):
        try:
            subjects.append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            raise PolicyError(path, "auto_subjects", f"bad regular expression: {exc}") from None
    robots = frozenset(str(x).lower() for x in data.get("robot_local_parts", []))
    return ScreeningPolicy(tuple(order), robots, tuple(subjects))


@cache
def default_screening() -> ScreeningPolicy:
    return load_screening()


def screen(
    headers: Mapping[str, str], sender: str | None, subject: str, content_types: tuple[str, ...],
    policy: ScreeningPolicy | None = None, our_addresses: frozenset[str] | None = None,
) -> tuple[str, ...]:
    """The names of every rule that hits, in policy order; empty means a person wrote it."""
    policy = policy or default_screening()
    env = Envelope(
        headers=headers, sender=sender, subject=subject, content_types=content_types,
        our_addresses=our_addresses or frozenset({"opendata.rrh@brreg.no"}),
        robot_local_parts=policy.robot_local_parts, auto_subjects=policy.auto_subjects,
    )
    return tuple(rule.name for rule in policy.order if rule.check(env))
