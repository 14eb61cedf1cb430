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


def _empty_sender(env: Envelope) -> bool:
    return not env.sender


def _our_own_address(env: Envelope) -> bool:
    return (env.sender or "").lower() in env.our_addresses


def _our_own_message_id(env: Envelope) -> bool:
    domain = re.escape(env.our_message_id_domain.lower())
    return bool(re.search(rf"@{domain}>?$", _header(env, "message-id")))


def _auto_submitted(env: Envelope) -> bool:
    return _header(env, "auto-submitted") not in ("", "no")


def _precedence_bulk(env: Envelope) -> bool:
    return _header(env, "precedence") in ("bulk", "junk", "list")


def _list_mail(env: Envelope) -> bool:
    return bool(_header(env, "list-id") or _header(env, "list-unsubscribe"))


def _null_return_path(env: Envelope) -> bool:
    return "return-path" in env.headers and _header(env, "return-path") in ("<>", "")


_REPORT_TYPES = ("multipart/report", "message/delivery-status", "message/disposition-notification")


def _delivery_report(env: Envelope) -> bool:
    return any(t in _REPORT_TYPES for t in env.content_types)


def _robot_sender(env: Envelope) -> bool:
    # Tagged and numbered forms count too: bounces+3391@, noreply-42@ (VERP, RFC 5233 tags).
    local = (env.sender or "").split("@", 1)[0].lower()
    base = re.split(r"[+=]", local, maxsplit=1)[0].rstrip("-_.0123456789")
    return local in env.robot_local_parts or base in env.robot_local_parts


def _auto_reply_header(env: Envelope) -> bool:
    return bool(
        _header(env, "x-autoreply")
        or _header(env, "x-autorespond")
        or _header(env, "x-ms-exchange-generated-message-source")
    )


def _auto_reply_subject(env: Envelope) -> bool:
    return any(p.search(env.subject.strip()) for p in env.auto_subjects)


def _meeting_request(env: Envelope) -> bool:
    return "text/calendar" in env.content_types


RULES: dict[str, ScreeningRule] = {
    rule.name: rule
    for rule in (
        ScreeningRule("empty-sender", "no sender address to answer", _empty_sender),
        ScreeningRule("our-own-address", "mail from our own mailbox", _our_own_address),
        ScreeningRule("our-own-message-id", "our own message came back", _our_own_message_id),
        ScreeningRule(
            "auto-submitted", "Auto-Submitted other than 'no' (RFC 3834)", _auto_submitted
        ),
        ScreeningRule("precedence-bulk", "Precedence: bulk, junk or list", _precedence_bulk),
        ScreeningRule("list-mail", "List-Id or List-Unsubscribe (RFC 2369, 2919)", _list_mail),
        ScreeningRule(
            "null-return-path", "Return-Path: <> marks a bounce (RFC 5321)", _null_return_path
        ),
        ScreeningRule(
            "delivery-report", "delivery status or read receipt (RFC 3464, 8098)", _delivery_report
        ),
        ScreeningRule(
            "robot-sender", "mailer-daemon, postmaster or a no-reply sender", _robot_sender
        ),
        ScreeningRule(
            "auto-reply-header",
            "X-Autoreply, X-Autorespond or Exchange's marker",
            _auto_reply_header,
        ),
        ScreeningRule(
            "auto-reply-subject", "subject of an auto-reply, receipt or bounce", _auto_reply_subject
        ),
        ScreeningRule("meeting-request", "a calendar invitation (text/calendar)", _meeting_request),
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
    headers: Mapping[str, str],
    sender: str | None,
    subject: str,
    content_types: tuple[str, ...],
    policy: ScreeningPolicy | None = None,
    our_addresses: frozenset[str] | None = None,
) -> tuple[str, ...]:
    """The names of every rule that hits, in policy order; empty means a person wrote it."""
    policy = policy or default_screening()
    env = Envelope(
        headers=headers,
        sender=sender,
        subject=subject,
        content_types=content_types,
        our_addresses=our_addresses or frozenset({"opendata.rrh@brreg.no"}),
        robot_local_parts=policy.robot_local_parts,
        auto_subjects=policy.auto_subjects,
    )
    return tuple(rule.name for rule in policy.order if rule.check(env))
