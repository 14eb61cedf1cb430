"""Whether an automatic reply may be sent: named rules, in one ordered tuple (RFC 3834).

Pure: the caller (``bot.replies.plan``) gathers ``ReplyFacts`` from the message and the
database; ``decide`` runs ``RULES`` in order and the first rule that withholds names the
reason, which the caller records. Every rule is one small named thing (a stable kebab-case
name, a one-line description, one ``withholds`` check), as in ``rules.screening``.

The rules, in order:

- mail that screening marked automatic (Auto-Submitted, Precedence, List-*, DSNs, ...) and,
  again here, the RFC 3834 headers themselves (a second lock on the same door);
- senders that are robots (mailer-daemon, postmaster, no-reply, bounces+tag@...), our own
  address, and our own Message-IDs coming back;
- a sender whose address bounced our mail before, until staff clear it;
- nothing to say: no order and no production request ('not-an-order');
- an order staff have finished (done or rejected): staff answer it, not the bot;
- an answer to an order we already replied to that changed nothing ('nothing-new');
- the global circuit breaker (too many replies in the last hour: no replies at all);
- one reply per order per grace period; a daily cap per sender.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from rules.identity import Identity
from rules.screening import is_automatic_precedence, is_robot_address


class ReplyKind(StrEnum):
    """What an automatic reply says; the values are the outbox ``kind``."""

    REQUEST = "reply"  # asks for what is missing or invalid (or which of the two ways)
    RECEIPT = "receipt"  # the order is complete: its reference and what happens next
    PRODUCTION = "production"  # only the test environment is open through this mailbox


class Verdict(StrEnum):
    """The two decisions, as stored in ``reply_decisions.decision``."""

    SENT = "sent"
    WITHHELD = "withheld"


@dataclass(frozen=True, slots=True)
class ReplyFacts:
    """Everything the rules look at. Counts are of replies actually queued (decision 'sent').

    ``kind`` is what we would say (None: nothing, the mail is no order and no production
    request). ``identity`` is who we are (from the configuration). ``headers`` has
    lower-cased names. ``order_closed``: staff set the order done or rejected.
    ``changed_order`` is True when this message
    created the order or changed a field of it; ``replied_to_order`` when we ever replied to
    the order. Limits of 0 or less switch a count rule off (the grace period) or never allow a
    reply (the caps).
    """

    sender: str | None
    message_id: str | None
    kind: ReplyKind | None
    identity: Identity
    screening: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    sender_bounced: bool = False
    has_order: bool = False
    order_closed: bool = False
    changed_order: bool = True
    replied_to_order: bool = False
    replies_to_order_in_grace: int = 0
    receipt_sent_before: bool = False
    replies_to_sender_today: int = 0
    replies_last_hour: int = 0
    daily_cap_per_sender: int = 3
    hourly_circuit_breaker: int = 20


@dataclass(frozen=True, slots=True)
class ReplyRule:
    """One reason not to reply: ``withholds(facts)`` is True when the rule stops the reply."""

    name: str
    description: str
    withholds: Callable[[ReplyFacts], bool]


@dataclass(frozen=True, slots=True)
class Decision:
    """``send`` and the reason: the withholding rule's name, or the reply kind when sent."""

    send: bool
    reason: str

    @property
    def verdict(self) -> Verdict:
        return Verdict.SENT if self.send else Verdict.WITHHELD


def _header(facts: ReplyFacts, name: str) -> str:
    return facts.headers.get(name, "").strip().lower()


def _screened(facts: ReplyFacts) -> bool:
    return bool(facts.screening)


def _automatic_headers(facts: ReplyFacts) -> bool:
    return (
        _header(facts, "auto-submitted") not in ("", "no")
        or is_automatic_precedence(_header(facts, "precedence"))
        or bool(_header(facts, "list-id") or _header(facts, "list-unsubscribe"))
        or bool(_header(facts, "x-autoreply") or _header(facts, "x-autorespond"))
        or ("return-path" in facts.headers and _header(facts, "return-path") in ("", "<>"))
    )


def _no_sender(facts: ReplyFacts) -> bool:
    return not (facts.sender or "").strip() or "@" not in (facts.sender or "")


def _robot_sender(facts: ReplyFacts) -> bool:
    return is_robot_address(facts.sender or "")


def _our_own_address(facts: ReplyFacts) -> bool:
    return facts.identity.is_ours(facts.sender)


def _our_own_message_id(facts: ReplyFacts) -> bool:
    return facts.identity.is_our_message_id(facts.message_id)


def _bounced_sender(facts: ReplyFacts) -> bool:
    return facts.sender_bounced


def _not_an_order(facts: ReplyFacts) -> bool:
    return facts.kind is None


def _order_closed(facts: ReplyFacts) -> bool:
    return facts.order_closed


def _nothing_new(facts: ReplyFacts) -> bool:
    return facts.has_order and facts.replied_to_order and not facts.changed_order


def circuit_breaker_tripped_by(replies_last_hour: int, threshold: int) -> bool:
    """The breaker trips when the replies of the last hour reach ``threshold``: no more go."""
    return replies_last_hour >= threshold


def _circuit_breaker(facts: ReplyFacts) -> bool:
    return circuit_breaker_tripped_by(facts.replies_last_hour, facts.hourly_circuit_breaker)


def _grace_period(facts: ReplyFacts) -> bool:
    # The first receipt closes the conversation and is exempt: a vendor who answers our
    # question within the hour still hears that the order is complete. Loops stay impossible:
    # a message that changes nothing is withheld ('nothing-new') whatever the clock says.
    first_receipt = facts.kind is ReplyKind.RECEIPT and not facts.receipt_sent_before
    return facts.has_order and facts.replies_to_order_in_grace > 0 and not first_receipt


def _daily_cap(facts: ReplyFacts) -> bool:
    return facts.replies_to_sender_today >= facts.daily_cap_per_sender


RULES: tuple[ReplyRule, ...] = (
    ReplyRule("screened", "screening marked the mail automatic (RFC 3834, 2369, 3464)", _screened),
    ReplyRule(
        "automatic-headers",
        "Auto-Submitted, Precedence, List-*, X-Autoreply or Return-Path <>",
        _automatic_headers,
    ),
    ReplyRule("no-sender", "no address to answer", _no_sender),
    ReplyRule("robot-sender", "mailer-daemon, postmaster, no-reply and kin", _robot_sender),
    ReplyRule("our-own-address", "the mail comes from our own mailbox", _our_own_address),
    ReplyRule("our-own-message-id", "our own message came back", _our_own_message_id),
    ReplyRule("bounced-sender", "the address bounced our mail before", _bounced_sender),
    ReplyRule("not-an-order", "no order and no production request", _not_an_order),
    ReplyRule("order-closed", "staff finished the order (done or rejected)", _order_closed),
    ReplyRule("nothing-new", "an answer that changed nothing in an answered order", _nothing_new),
    ReplyRule("circuit-breaker", "too many replies in the last hour", _circuit_breaker),
    ReplyRule("grace-period", "we replied to this order within the grace period", _grace_period),
    ReplyRule("daily-cap", "the sender had the daily number of replies", _daily_cap),
)
"""The rules in the order they run; the first that withholds is the recorded reason."""


def decide(facts: ReplyFacts, rules: tuple[ReplyRule, ...] = RULES) -> Decision:
    """Run ``rules`` in order: the first that withholds decides; else send ``facts.kind``."""
    for rule in rules:
        if rule.withholds(facts):
            return Decision(False, rule.name)
    if facts.kind is None:  # unreachable with RULES ('not-an-order'), kept for custom tuples
        return Decision(False, "not-an-order")
    return Decision(True, str(facts.kind))
