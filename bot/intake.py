"""The intake use case: one message from its bytes to a filed order, in the caller's transaction.

``file_message`` is the one catch point (DESIGN.md, "one message, start to end"): the message
is recorded first (raw bytes, Message-ID, SHA-256), and a message stored before is skipped.
Screened mail is recorded and nothing more (an automatic answer to an order is recorded on it,
changes nothing and is never answered). A message joins an order by the reference in its
subject, else by In-Reply-To/References, when its sender belongs to that order; later messages
correct earlier ones, unless the answer looks automatic (``rules.answers``): its change that
would replace a value or make the order ready is then held for staff (a flag on the order).
A mail not confidently an order that holds order-like facts is recorded as needs review
(no order, no reply) until staff accept it as an order or dismiss it (``accept_reviewed``,
``dismiss_reviewed``); a complete order read without enough confidence is not ready
(``rules.confidence``). Who "we" are (addresses, references) comes from the configuration
via ``ReplySettings``. A message that breaks the code is quarantined with its traceback and
never stops the batch: the sender's unusable mail is an outcome, our bug is a quarantine.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy.orm import Session

from bot.budget import OverBudgetError, ParseBudget, Unparsed, deadline
from bot.outbox.bounces import link_bounce
from bot.replies import ReplySettings, plan_reply
from parsers.extract import Extraction, extract
from parsers.letter import Letter
from parsers.mime import empty_letter, read_header, read_letter
from rules import lifecycle
from rules.answers import FLAG_HELD, held_for_staff, judge_answer
from rules.confidence import flags_for, low_confidence_paths
from rules.evaluate import Evaluation, evaluate
from rules.identity import Identity
from rules.merge import Merged, merge_answer
from rules.order import Order, OrderType
from storage.messages import Location, quarantine, record_message, record_new_location
from storage.models import MessageRecord, MessageState, OrderRecord, OrderStatus
from storage.orders import (
    BOT,
    create_order,
    find_order_by_message_ids,
    find_order_by_reference,
    order_of,
    update_order,
)
from storage.replies import flag_bounced_address
from storage.review import ACCEPTED, DISMISSED, record_review

log = logging.getLogger(__name__)

DEFAULT_IDENTITY = Identity.default()
FLAG_UNKNOWN_SENDER = "reply_from_unknown_sender"
HEAD_MAX = 64 * 1024
"""Bytes of header read from a mail over its budget, for its Message-ID, sender, subject."""
BEST_GUESS = "best_guess"  # the stored extraction's key for a needs-review mail's best guess


class Outcome(StrEnum):
    NEW_ORDER = "new_order"
    UPDATED_ORDER = "updated_order"
    NOT_AN_ORDER = "not_an_order"
    NEEDS_REVIEW = "needs_review"
    SCREENED = "screened"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


@dataclass(frozen=True, slots=True)
class Filed:
    """What became of one message: its outcome, its record's id and its order's reference."""

    outcome: Outcome
    message_pk: int | None  # None: filed in a group (``isolated=False``), not yet flushed
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message parsed ahead of filing, with no database: its Letter and its Extraction read
    without a thread's context (``extract(letter)``).

    The pure, CPU-bound half of filing, so it can run in another process (``bot.pipeline``);
    picklable (the Letter's read-only headers travel as a dict and are made read-only again).
    What follows from the extraction (its stored form, the order's evaluation) is made by the
    main process, which files a message in about two thirds of the time parsing takes: so
    the two processes take about as long per message (``bot.pipeline.default_workers``).
    """

    letter: Letter
    extraction: Extraction
    identity: Identity = DEFAULT_IDENTITY

    def __reduce__(self) -> tuple[Any, ...]:
        plain = replace(self.letter, headers=cast(Any, dict(self.letter.headers)))
        return (_rebuild_prepared, (plain, self.extraction, self.identity))


def _rebuild_prepared(letter: Letter, extraction: Extraction, identity: Identity) -> Prepared:
    headers = MappingProxyType(dict(cast(Any, letter.headers)))
    return Prepared(replace(letter, headers=headers), extraction, identity)


def prepare(raw: bytes, identity: Identity = DEFAULT_IDENTITY) -> Prepared:
    """Parse ``raw`` and extract its order without context: what ``file_message`` does first,
    as the same calls (``read_letter``, ``extract`` of this module). May raise as they may.
    ``identity``: who we are (``file_message`` parses again when its own differs)."""
    letter = read_letter(raw)
    return Prepared(letter, extract(letter, identity=identity), identity)


_WARM_UP_MAIL = (
    b"From: Kari Nordmann <kari@example.no>\r\nTo: opendata.rrh@example.no\r\n"
    b"Subject: Bestilling\r\nMessage-ID: <warm-up@example.no>\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nHei,\r\nvi bestiller testtilgang for "
    b"Eksempel AS, org.nr. 974760673.\r\nKontakt: Kari Nordmann, 912 34 567\r\n\r\n"
    b"> Sitert tekst\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>Hei, vi bestiller testtilgang.</p>\r\n--b--\r\n"
)
_warmed = False


def warm_up() -> None:
    """Load the parser (spaCy, the pattern files, the HTML reader) once in this process, with
    no deadline: a deadline that interrupted a first import or a cached loader half-way would
    be charged to an innocent mail, or leave a module half-initialised for the next."""
    global _warmed
    if not _warmed:
        prepare(_WARM_UP_MAIL)
        _warmed = True


def prepare_within(
    raw: bytes, budget: ParseBudget, identity: Identity = DEFAULT_IDENTITY
) -> Prepared | Unparsed:
    """``prepare(raw, identity)`` within ``budget``: Unparsed, with the reason, for a mail too
    large to parse or whose parsing ran past the deadline (interrupted)."""
    warm_up()
    reason = budget.size_reason(raw)
    if reason is not None:
        return Unparsed(reason)
    try:
        with deadline(budget):
            return prepare(raw, identity)
    except OverBudgetError as over:
        return Unparsed(str(over))


def file_message(
    session: Session,
    raw: bytes,
    *,
    location: Location | None = None,
    now: datetime | None = None,
    replies: ReplySettings | None = None,
    prepared: Prepared | Unparsed | None = None,
    location_is_new: bool = False,
    isolated: bool = True,
    budget: ParseBudget | None = None,
) -> Filed:
    """Record and file one message. Does not commit: the caller commits the whole step, so
    the message, its order, its reply (``bot.replies``; ``replies`` None: the default
    settings) and its checkpoint are stored together or not at all.

    ``isolated`` (the default): the message is filed in a savepoint of its own, and a failure
    is quarantined with its traceback while the transaction goes on. False, for a caller that
    files a group of messages in one transaction on a session without autoflush (the poll):
    no savepoint and no flush on the common way, so the group's rows go to the database in
    one flush; a failure raises, and the caller must roll the transaction back and file the
    group again isolated (where the failure is then quarantined).

    ``prepared``, when given, must be ``prepare(raw)``: the message is then not parsed again,
    unless it joins a thread (its text is then read again in the light of the thread's order).
    ``location_is_new`` says the caller knows nothing is recorded at ``location`` (the poll
    subtracted the recorded UIDs from the listing): one lookup fewer. A message stored before
    files nothing; when it comes at a new location, that location is recorded as a
    ``duplicate`` row (the same bytes), so a poll that leaves mail in place does not fetch it
    again.

    ``budget`` (None: the defaults) bounds the work: a mail over its size, or whose parsing
    runs past its deadline (``prepared`` may be the ``Unparsed`` result of a worker), is
    recorded from its header alone and quarantined with the reason, never parsed again.
    """
    budget = budget or ParseBudget()
    warm_up()
    letter, unparsed = _read_within(raw, prepared, budget)
    recorded = record_message(
        session,
        raw,
        location=location,
        message_id=letter.message_id,
        received_at=letter.date,
        subject=letter.subject,
        sender=letter.sender.address if letter.sender else None,
        now=now,
        location_is_new=location_is_new,
        add=False,
    )
    message = recorded.message
    if not recorded.created:
        if location is not None and recorded.location != location:
            record_new_location(session, message, location, now=now, raw=raw)
        return Filed(
            Outcome.DUPLICATE, message.id, message.order.reference if message.order else None
        )
    if unparsed is not None:
        return _over_budget(session, message, unparsed.reason, now)
    step = _Step(session, now, replies, isolated)
    early = prepared if isinstance(prepared, Prepared) and _usable(prepared, letter, step) else None
    if not isolated:
        session.add(message)
        with deadline(budget):  # over it: the caller files the group again, isolated
            return _file(step, message, letter, early)
    try:
        # The message is added inside the savepoint, so that its one INSERT carries its
        # extraction, state and order; when filing fails, the savepoint takes it back too
        # and a fresh copy is recorded as quarantined.
        with session.begin_nested(), deadline(budget):
            session.add(message)
            return _file(step, message, letter, early)
    except OverBudgetError as over:
        return _over_budget(session, _copy_of(message), str(over), now)
    except Exception:
        message = _copy_of(message)
        session.add(message)
        quarantine(session, message, traceback.format_exc(), now=now)  # flushes: an id
        log.exception("message %s quarantined", message.id)  # no mail content in the log
        return Filed(Outcome.QUARANTINED, message.id)


def _read_within(
    raw: bytes, prepared: Prepared | Unparsed | None, budget: ParseBudget
) -> tuple[Letter, Unparsed | None]:
    """The Letter to record ``raw`` with, and why it is not filed when it is over ``budget``
    (then read from its header alone)."""
    if isinstance(prepared, Prepared):
        return prepared.letter, None
    unparsed = prepared
    if unparsed is None:
        reason = budget.size_reason(raw)
        unparsed = Unparsed(reason) if reason is not None else None
    if unparsed is None:
        try:
            with deadline(budget):
                return read_letter(raw), None
        except OverBudgetError as over:
            unparsed = Unparsed(str(over))
        except Exception:  # our bug, not the sender's: quarantined with its traceback
            log.exception("reading a message failed")  # no mail content in the log
            unparsed = Unparsed(traceback.format_exc())
    return _header_letter(raw, budget), unparsed


def _header_letter(raw: bytes, budget: ParseBudget) -> Letter:
    """``raw``'s header (at most ``HEAD_MAX`` bytes) read as a Letter with no text."""
    try:
        with deadline(budget):
            return read_header(raw[:HEAD_MAX])
    except Exception:  # over the budget again, or a bug (logged by the caller): no header
        return empty_letter(("header-unreadable",))


def _over_budget(
    session: Session, message: MessageRecord, reason: str, now: datetime | None
) -> Filed:
    """Record ``message`` as quarantined for ``reason`` (over its budget): not parsed again
    by a poll, it waits for staff (a replay parses it again under the same budget)."""
    session.add(message)
    quarantine(session, message, reason, now=now)  # flushes: an id
    log.warning("message %s quarantined: %s", message.id, reason.strip().splitlines()[-1])
    return Filed(Outcome.QUARANTINED, message.id)


def _copy_of(message: MessageRecord) -> MessageRecord:
    """A new record of ``message`` as received (bytes, headers, location), nothing filed."""
    return MessageRecord(
        raw=message.raw,
        message_id=message.message_id,
        sha256=message.sha256,
        content_fingerprint=message.content_fingerprint,
        mailbox=message.mailbox,
        folder=message.folder,
        uidvalidity=message.uidvalidity,
        uid=message.uid,
        received_at=message.received_at,
        subject=message.subject,
        sender=message.sender,
        state=MessageState.QUARANTINED,
        created_at=message.created_at,
    )


def refile_message(
    session: Session,
    message: MessageRecord,
    *,
    now: datetime | None = None,
    replies: ReplySettings | None = None,
    budget: ParseBudget | None = None,
) -> Filed:
    """File a recorded message again (a quarantine replay), in a savepoint of its own, under
    ``budget`` (None: the defaults); over it raises ``OverBudgetError`` (the row stays)."""
    budget = budget or ParseBudget()
    warm_up()
    reason = budget.size_reason(message.raw)
    if reason is not None:
        raise OverBudgetError(reason)
    with deadline(budget):
        letter = read_letter(message.raw)
        with session.begin_nested():
            return _file(_Step(session, now, replies), message, letter)


def _may_join(letter: Letter, identity: Identity) -> bool:
    """True when ``find_thread`` could find a thread for ``letter`` (a reference in the
    subject, or In-Reply-To/References): only then can its extraction depend on an order."""
    return bool(
        identity.reference.search(letter.subject) or letter.in_reply_to or any(letter.references)
    )


def _usable(prepared: Prepared, letter: Letter, step: _Step) -> bool:
    """A message parsed ahead is filed as parsed when it joins no thread and was read with
    our configured identity (a worker without the configuration reads with the defaults)."""
    return prepared.identity == step.identity and not _may_join(letter, step.identity)


@dataclass(frozen=True, slots=True)
class _Step:
    """What filing one message works with: the session, the clock, the reply settings, and
    whether the message is filed isolated (see ``file_message``)."""

    session: Session
    now: datetime | None
    replies: ReplySettings | None
    isolated: bool = True

    @property
    def identity(self) -> Identity:
        """Who we are: the configured addresses (``ReplySettings``), else the defaults."""
        return self.replies.identity if self.replies is not None else DEFAULT_IDENTITY


def _pk(step: _Step, message: MessageRecord) -> int | None:
    """The id of ``message``, flushing it first when it is filed isolated; in a group it is
    None until the group's flush."""
    if message.id is None and step.isolated:
        step.session.flush()
    return message.id


def _classify(message: MessageRecord, extraction: Extraction) -> None:
    """Store ``extraction`` on ``message`` with the state it gives (unreadable mail becomes
    quarantined by ``_file``; screened mail is screened; the rest filed)."""
    message.extraction = extraction.to_dict()
    message.screening_hits = list(extraction.screening)
    if extraction.unreadable:
        message.state = MessageState.QUARANTINED
    elif extraction.screening:
        message.state = MessageState.SCREENED
    else:
        message.state = MessageState.FILED


def _file(
    step: _Step, message: MessageRecord, letter: Letter, early: Prepared | None = None
) -> Filed:
    """File ``message`` (in the session, perhaps not yet flushed). ``early`` given: the
    message parsed without context, and it joins no thread (``_may_join``)."""
    session, now = step.session, step.now
    thread = None
    joins = False
    extraction = early.extraction if early is not None else None
    if extraction is None:
        # The order it answers may have come earlier in the same group: send what is pending
        # first (a session without autoflush would not).
        session.flush()
        thread = find_thread(session, letter, step.identity)
        joins = thread is not None and sender_belongs(thread, letter)
        known = order_of(thread) if thread is not None and joins else None
        extraction = extract(letter, known=known, identity=step.identity)
    _classify(message, extraction)
    if extraction.unreadable:
        # The sender's mail is unusable (an outcome, not our bug): kept and shown to staff.
        quarantine(session, message, f"unreadable email: {extraction.unreadable}", now=now)
        log.info("message %s is no readable email: %s", message.id, extraction.unreadable)
        return Filed(Outcome.QUARANTINED, message.id)
    if extraction.screening:
        if thread is not None:
            message.order = thread  # an automatic answer: recorded on its order, nothing more
        _link_bounce(session, message, now)
        return Filed(Outcome.SCREENED, _pk(step, message), thread.reference if thread else None)
    created: Evaluation | None = None  # a new order's evaluation, handed on to the reply
    if thread is not None and joins:
        filed = _answer(step, message, letter, extraction, thread)
    elif extraction.needs_review:
        filed = _needs_review(step, message, extraction)
    elif extraction.order.order_type is OrderType.NOT_AN_ORDER:
        filed = Filed(Outcome.NOT_AN_ORDER, _pk(step, message))
    else:
        created = evaluate(extraction.order)
        filed = _new_order(step, message, letter, extraction, created, thread is not None)
    plan_reply(
        session, message=message, order=message.order, letter=letter, extraction=extraction,
        config=step.replies, now=now, new_order=created is not None, checked=created,
    )  # fmt: skip
    return filed


def _needs_review(step: _Step, message: MessageRecord, extraction: Extraction) -> Filed:
    """A mail not confidently an order that holds order-like facts waits for staff
    (``brreg-intake review``): recorded as ``needs_review`` with the reader's best-guess
    order (``best_guess`` in its stored extraction, what ``accept_reviewed`` files), and never
    answered (the reply planner withholds: 'needs-review')."""
    message.state = MessageState.NEEDS_REVIEW
    message.extraction = {**(message.extraction or {}), BEST_GUESS: extraction.found.to_dict()}
    pk = _pk(step, message)
    log.info("message %s needs review (%d reasons)", pk, len(extraction.review_reasons))
    return Filed(Outcome.NEEDS_REVIEW, pk)


def accept_reviewed(
    session: Session,
    message: MessageRecord,
    *,
    actor: str,
    now: datetime | None = None,
    replies: ReplySettings | None = None,
) -> Filed:
    """File a message that needed review as an order, on ``actor``'s decision: the order is
    the stored best guess (an order type not guessed is ``unspecified``, so it is asked for),
    created as intake creates one (its ``created`` event under ``actor``'s name), and the
    vendor gets the reply a new order gets (what is missing, or a receipt). The decision is
    recorded (``storage.review``). Raises ValueError for a message that does not need review.
    Does not commit."""
    if message.state is not MessageState.NEEDS_REVIEW:
        raise ValueError(f"message {message.id} does not need review (state {message.state})")
    step = _Step(session, now, replies)
    letter = read_letter(message.raw)
    extraction = extract(letter, identity=step.identity)
    stored = (message.extraction or {}).get(BEST_GUESS)
    guess = Order.from_dict(stored) if isinstance(stored, dict) else extraction.found
    if guess.order_type is OrderType.NOT_AN_ORDER:
        guess = replace(guess, order_type=OrderType.UNSPECIFIED)
    extraction = replace(extraction, order=guess, review_reasons=())
    checked = evaluate(guess)
    filed = _new_order(step, message, letter, extraction, checked, False, actor=actor)
    order = find_order_by_reference(session, filed.reference or "")
    record_review(session, message, decision=ACCEPTED, actor=actor, order=order, now=now)
    plan_reply(
        session, message=message, order=order, letter=letter, extraction=extraction,
        config=replies, now=now, new_order=True, checked=checked,
    )  # fmt: skip
    return filed


def dismiss_reviewed(
    session: Session,
    message: MessageRecord,
    *,
    actor: str,
    reason: str | None = None,
    now: datetime | None = None,
) -> None:
    """Record ``actor``'s decision that a message that needed review is no order: it is
    filed as such and leaves the review list. Raises ValueError as ``record_review`` does."""
    record_review(session, message, decision=DISMISSED, actor=actor, reason=reason, now=now)


def _answer(
    step: _Step, message: MessageRecord, letter: Letter, extraction: Extraction, thread: OrderRecord
) -> Filed:
    """Merge an answer into its order, unless it looks automatic and would replace a value
    or make the order ready: that change is held for staff (``rules.answers``)."""
    judgement = judge_answer(
        extraction.screening, letter.subject, letter.text, bool(letter.history)
    )
    before = order_of(thread)
    answer = merge_answer(before, extraction.found)
    merged = answer.order
    checked = evaluate(merged)
    status = status_of(merged, checked)
    flags = set(thread.flags) | extraction.flags | _conflict_flags(answer)
    was_ready = thread.status is OrderStatus.READY
    held = held_for_staff(judgement, before, merged, was_ready, status is OrderStatus.READY)
    if held:
        log.info("%s: a change from an answer that looks automatic is held (%s; %s)",
                 thread.reference, ", ".join(held), ", ".join(judgement.cues))  # fmt: skip
        update_order(step.session, thread, flags=flags | {FLAG_HELD}, source_message=message,
                     now=step.now)  # fmt: skip
    else:
        update_order(
            step.session, thread, order=merged, evaluation=checked, status=status, flags=flags,
            source_message=message, now=step.now,
        )  # fmt: skip
    return Filed(Outcome.UPDATED_ORDER, _pk(step, message), thread.reference)


# An answer that would replace a valid value with an invalid one leaves the order as it was;
# the flags ask staff and keep the refused value ("answer_conflict:applicant.contact.phone=
# +491234"), so both values are kept.
FLAG_ANSWER_CONFLICT = "answer_conflict"


def _conflict_flags(answer: Merged) -> set[str]:
    if not answer.conflicts:
        return set()
    return {FLAG_ANSWER_CONFLICT} | {
        f"{FLAG_ANSWER_CONFLICT}:{c.path.value}={c.rejected}" for c in answer.conflicts
    }



def _new_order(
    step: _Step,
    message: MessageRecord,
    letter: Letter,
    extraction: Extraction,
    checked: Evaluation,
    stranger_reply: bool,
    *,
    actor: str = BOT,
) -> Filed:
    """Create the order ``extraction`` reads. A complete order with a required field (or its
    type) read with too little confidence is not ready: it waits for staff, flagged
    ``low_confidence`` with the paths (``rules.confidence``)."""
    flags = set(extraction.flags) | ({FLAG_UNKNOWN_SENDER} if stranger_reply else set())
    low = low_confidence_paths(extraction.order.order_type, checked, extraction.confidence)
    status = status_of(extraction.order, checked)
    if low:
        status = OrderStatus.WAITING_FOR_VENDOR  # "ready" is only for a confident reading
        flags |= flags_for(low)
    record = create_order(
        step.session,
        extraction.order,
        checked,
        status=status,
        flags=flags,
        applicant_domain=_domain(letter),
        source_message=message,
        now=step.now,
        actor=actor,
        flush=step.isolated,
    )
    return Filed(Outcome.NEW_ORDER, message.id, record.reference)


def _link_bounce(session: Session, message: MessageRecord, now: datetime | None) -> None:
    """A bounce of our own reply joins its order and flags the address (no more replies)."""
    bounce = link_bounce(session, message.raw)
    if bounce is None:
        return
    log.info("message %s: bounce of outbox %s", message.id, bounce.outbox_id)
    if bounce.order_id is not None:
        message.order_id = bounce.order_id
    if bounce.failed_address is not None:
        flag_bounced_address(session, bounce.failed_address, now=now)


def status_of(order: Order, checked: Evaluation) -> OrderStatus:
    """Ready for staff when nothing is missing or invalid; else waiting for the vendor."""
    return lifecycle.status_of(order, checked)  # the rule lives in rules.lifecycle


def find_thread(
    session: Session, letter: Letter, identity: Identity | None = None
) -> OrderRecord | None:
    """The order this message answers: our reference in the subject, else its headers."""
    reference = (identity or DEFAULT_IDENTITY).reference
    for match in reference.finditer(letter.subject):
        found = find_order_by_reference(session, match.group())
        if found is not None:
            return found
    ids = [i for i in (letter.in_reply_to, *reversed(letter.references)) if i]
    return find_order_by_message_ids(session, ids) if ids else None


def _domain(letter: Letter) -> str | None:
    address = letter.sender.address if letter.sender else ""
    return address.rsplit("@", 1)[1].lower() if "@" in address else None


def sender_belongs(order: OrderRecord, letter: Letter) -> bool:
    """The sender is one of the order's addresses or senders (of mail that was not screened),
    or of the applicant's domain."""
    address = (letter.sender.address if letter.sender else "").lower()
    if not address:
        return False
    # Automatic mail recorded on the order (screened) makes no one a member of the thread.
    known = {m.sender for m in order.messages if m.sender and not m.screening_hits}
    stored = order_of(order)
    for contact in (stored.applicant.contact, stored.customer.contact, stored.production_contact):
        if contact.email:
            known.add(contact.email.lower())
    domain = _domain(letter)
    return address in known or (domain is not None and domain == order.applicant_domain)
