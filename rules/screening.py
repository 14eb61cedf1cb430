"""Screening: named rules that mark mail as automatic, never an order and never answered.

Each rule is one small named thing (a stable kebab-case name, a one-line description, one
check), after GNU Mailman's rules. Which rules run, and in which order, is data:
``screening.toml``, which also holds the word lists: the Precedence values of automatic mail,
the robot senders' local parts, and named groups of subject and body patterns (``subject.*``,
``body.*``) for out-of-office replies, ticket systems, newsletters, recalls and receipts in
Norwegian, Swedish, Danish, German and English. Automatic mail is recognised per RFC 3834
(Auto-Submitted), RFC 2369 (List-*), RFC 3464 (delivery status) and RFC 8098 (disposition
notifications), plus the conventions of Exchange and common autoresponders.

This module is the one place for each of these ideas: ``is_robot_address`` and
``is_automatic_precedence`` are what the reply rules (``rules.reply_policy``) ask too. Who
"we" are comes from the caller (``rules.identity.Identity``); no address lives here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rules.identity import Identity
from rules.policy import PolicyError, load_toml, reject_unknown

SCREENING_FILE = Path(__file__).with_name("screening.toml")
BODY_LOOKED_AT = 20_000  # characters of new text the body patterns read (bounded work)
SUBJECT_LOOKED_AT = 500  # characters of a subject the subject patterns read
_KEYS = ("order", "precedence", "robot_local_parts", "subject", "body", "body_opening")
_ROBOT_TAIL = re.compile(r"[-_.+=0-9]")
# Reply and forward prefixes of many clients and languages (Re, SV, AW, VS, Fwd, FW, Antw,
# WG, TR, RIF), with Outlook's counters ("RE[2]:"), repeated.
_PREFIXES = re.compile(
    r"^(?:\s*(?:re|sv|aw|vs|fw|fwd|antw|antwort|wg|tr|rif|ref|vb|vl)\s*(?:\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Envelope:
    """What screening looks at: headers (lower-cased names), sender, subject, MIME types, the
    sender's new text (quoted history removed) and who we are."""

    headers: Mapping[str, str]
    sender: str | None
    subject: str
    content_types: tuple[str, ...]
    identity: Identity
    text: str = ""


@dataclass(frozen=True, slots=True)
class ScreeningRule:
    name: str
    description: str
    check: Callable[[Envelope, ScreeningPolicy], bool]


@dataclass(frozen=True, slots=True)
class ScreeningPolicy:
    """The rules in the order they run, and the word lists they read (``screening.toml``)."""

    order: tuple[ScreeningRule, ...]
    precedence: frozenset[str]
    robot_local_parts: frozenset[str]


def _header(env: Envelope, name: str) -> str:
    return env.headers.get(name, "").strip().lower()


def is_robot_address(address: str | None, policy: ScreeningPolicy | None = None) -> bool:
    """True for a robot sender: a local part that is one of ``robot_local_parts``, alone or
    followed by a separator or digits (``noreply42@``, ``noreply-selvbetjening@``,
    ``bounce-handler@``, ``bounces+3391@``, ``daemon.alerts@``); ``bouncer.kari@`` is not."""
    robots = (policy or default_screening()).robot_local_parts
    local = (address or "").strip().lower().rsplit("@", 1)[0]
    return any(
        local == robot or (local.startswith(robot) and _ROBOT_TAIL.match(local, len(robot)))
        for robot in robots
    )


def is_automatic_precedence(value: str | None, policy: ScreeningPolicy | None = None) -> bool:
    """True for a Precedence header of automatic mail (bulk, junk, list, auto_reply)."""
    return (value or "").strip().lower() in (policy or default_screening()).precedence


def bare_subject(subject: str, identity: Identity | None = None) -> str:
    """``subject`` without reply/forward prefixes and without our own ``[RRH-...]`` tags."""
    text = subject[:SUBJECT_LOOKED_AT].strip()
    for _ in range(3):  # "Re: [RRH-2026-0001] SV: Fraværsmelding": prefixes, tag, prefixes
        text = _PREFIXES.sub("", text).strip()
        if identity is not None:
            text = re.sub(rf"^\[\s*{identity.reference.pattern}\s*\]", "", text, flags=re.I)
            text = text.strip()
    return text


def _empty_sender(env: Envelope, _: ScreeningPolicy) -> bool:
    return not env.sender


def _our_own_address(env: Envelope, _: ScreeningPolicy) -> bool:
    return env.identity.is_ours(env.sender)


def _our_own_message_id(env: Envelope, _: ScreeningPolicy) -> bool:
    return env.identity.is_our_message_id(_header(env, "message-id"))


def _auto_submitted(env: Envelope, _: ScreeningPolicy) -> bool:
    return _header(env, "auto-submitted") not in ("", "no")


def _precedence(env: Envelope, policy: ScreeningPolicy) -> bool:
    return is_automatic_precedence(_header(env, "precedence"), policy)


def _list_mail(env: Envelope, _: ScreeningPolicy) -> bool:
    return bool(_header(env, "list-id") or _header(env, "list-unsubscribe"))


def _null_return_path(env: Envelope, _: ScreeningPolicy) -> bool:
    return "return-path" in env.headers and _header(env, "return-path") in ("<>", "")


_REPORT_TYPES = ("multipart/report", "message/delivery-status", "message/disposition-notification")


def _delivery_report(env: Envelope, _: ScreeningPolicy) -> bool:
    return any(t in _REPORT_TYPES for t in env.content_types)


def _robot_sender(env: Envelope, policy: ScreeningPolicy) -> bool:
    return is_robot_address(env.sender, policy)


def _auto_reply_header(env: Envelope, _: ScreeningPolicy) -> bool:
    # X-Autoreply/X-Autorespond (vacation programs), Exchange's generated-message markers
    # (X-Autogenerated: Reply, X-MS-Exchange-Generated-Message-Source).
    return bool(
        _header(env, "x-autoreply")
        or _header(env, "x-autorespond")
        or _header(env, "x-autogenerated")
        or _header(env, "x-ms-exchange-generated-message-source")
    )


def _meeting_request(env: Envelope, _: ScreeningPolicy) -> bool:
    """A scheduling message (an invitation or its answer). A calendar a person publishes
    (``text/calendar; method=publish``, RFC 5546) is read as the person's mail."""
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
        ScreeningRule("precedence", "Precedence: bulk, junk, list or auto_reply", _precedence),
        ScreeningRule("list-mail", "List-Id or List-Unsubscribe (RFC 2369, 2919)", _list_mail),
        ScreeningRule(
            "null-return-path", "Return-Path: <> marks a bounce (RFC 5321)", _null_return_path
        ),
        ScreeningRule(
            "delivery-report", "delivery status or read receipt (RFC 3464, 8098)", _delivery_report
        ),
        ScreeningRule("robot-sender", "mailer-daemon, postmaster, no-reply and kin", _robot_sender),
        ScreeningRule(
            "auto-reply-header",
            "X-Autoreply, X-Autorespond or Exchange's markers",
            _auto_reply_header,
        ),
        ScreeningRule("meeting-request", "a calendar invitation (text/calendar)", _meeting_request),
    )
}


def _pattern_rule(
    name: str, patterns: tuple[re.Pattern[str], ...], looked_at: int = BODY_LOOKED_AT
) -> ScreeningRule:
    """A rule of named patterns over the subject, or over the first ``looked_at`` characters
    of the sender's new text."""
    where, _, group = name.partition(".")
    if where == "subject":

        def check(env: Envelope, _: ScreeningPolicy) -> bool:
            subject = bare_subject(env.subject, env.identity)
            return any(p.search(subject) for p in patterns)

        return ScreeningRule(name, f"subject of {group.replace('-', ' ')} mail", check)

    def check_body(env: Envelope, _: ScreeningPolicy) -> bool:
        text = " ".join(env.text[:looked_at].split())  # line breaks inside a phrase
        return any(p.search(text) for p in patterns)

    return ScreeningRule(name, f"text of {group.replace('-', ' ')} mail", check_body)


def _openings(path: Path, data: dict[str, Any]) -> dict[str, int]:
    """``body_opening``: for a body group, how many characters from the start of the new text
    its patterns read (an automatic reply says what it is first; a person mentions a holiday
    after the order)."""
    table = data.get("body_opening", {})
    if not isinstance(table, dict):
        raise PolicyError(path, "body_opening", "must be a table of body groups and lengths")
    for group, length in table.items():
        if group not in data.get("body", {}):
            raise PolicyError(path, f"body_opening.{group}", "names no [body] group")
        if not isinstance(length, int) or isinstance(length, bool) or length <= 0:
            raise PolicyError(path, f"body_opening.{group}", "must be a positive whole number")
    return {group: min(length, BODY_LOOKED_AT) for group, length in table.items()}


def _patterns(path: Path, data: dict[str, Any], where: str) -> dict[str, ScreeningRule]:
    table = data.get(where, {})
    if not isinstance(table, dict):
        raise PolicyError(path, where, "must be a table of named pattern lists")
    openings = _openings(path, data) if where == "body" else {}
    rules = {}
    for group, patterns in table.items():
        key = f"{where}.{group}"
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise PolicyError(path, key, "must be a list of regular expressions")
        compiled = []
        for pattern in patterns:
            try:
                compiled.append(re.compile(pattern, re.IGNORECASE))
            except re.error as exc:
                raise PolicyError(path, key, f"bad regular expression: {exc}") from None
        looked_at = openings.get(group, BODY_LOOKED_AT)
        rules[key] = _pattern_rule(key, tuple(compiled), looked_at)
    return rules


def load_screening(path: Path = SCREENING_FILE) -> ScreeningPolicy:
    """Read ``path`` strictly: an unknown key, an unknown rule in ``order`` or a bad regular
    expression raises ``PolicyError`` naming the file and the key."""
    data: dict[str, Any] = load_toml(path)
    reject_unknown(path, data, _KEYS)
    known = {**RULES, **_patterns(path, data, "subject"), **_patterns(path, data, "body")}
    order = []
    for name in data.get("order", []):
        if name not in known:
            raise PolicyError(path, "order", f"unknown rule {name!r}")
        order.append(known[name])
    return ScreeningPolicy(
        tuple(order),
        frozenset(str(x).strip().lower() for x in data.get("precedence", [])),
        frozenset(str(x).strip().lower() for x in data.get("robot_local_parts", [])),
    )


@cache
def default_screening() -> ScreeningPolicy:
    return load_screening()


def screen(
    headers: Mapping[str, str],
    sender: str | None,
    subject: str,
    content_types: tuple[str, ...],
    identity: Identity,
    *,
    text: str = "",
    policy: ScreeningPolicy | None = None,
) -> tuple[str, ...]:
    """The names of every rule that hits, in policy order; empty means a person wrote it.
    ``text`` is the sender's new text (without quoted history), for the ``body.*`` rules."""
    policy = policy or default_screening()
    env = Envelope(headers, sender, subject, content_types, identity, text)
    return tuple(rule.name for rule in policy.order if rule.check(env, policy))
