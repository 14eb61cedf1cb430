"""One poll of the mailbox: file every message not yet recorded, exactly once, then move it.

The checkpoint is the database, never the ``\\Seen`` flag: the UIDs recorded under the
folder's UIDVALIDITY are skipped (``MailboxCheckpoint`` only says how far a folder got, for
people); a message seen before under another UIDVALIDITY or UID is recognised by Message-ID
and SHA-256, files nothing, and its new location is recorded (a ``duplicate`` row), so that it
is not fetched again when mail is left in place.

Messages are committed in groups of up to ``GROUP`` (one transaction: each message with its
location, its order, its reply and outbox row, and the checkpoint). That is as safe as one
transaction per message: a message counts as done only when its row, which holds its
location, is committed, and nothing outside the database happens before that commit (mail is
moved, and replies are sent by the outbox, only after it). A crash or an error inside a group
rolls the whole group back: none of its messages is recorded, so the next poll fetches and
files them again, and none is filed twice. A group is filed with one flush and no savepoint
per message (``bot.filing_group``); a message that breaks the code makes the group be filed
again one message at a time, where it is quarantined in a savepoint of its own and does not
fail the others. It saves a commit, a flush and a savepoint per message; the price is that
up to ``GROUP`` - 1 messages are filed again after a crash, and that on PostgreSQL the year's
reference counter row stays locked for the group's duration (well under a second).

Parsing runs ahead of storage in a worker process (``bot.pipeline``), so the two cores work
at once; what is filed does not depend on it. Committed messages are moved in UID sets (one
MOVE per batch: measured on Dovecot, 31 single MOVEs/s against 1,000 UIDs in 0.1 s). A crash
between commit and move leaves the message in the inbox, recorded: the next poll moves it
without filing it again. Only one poller per mailbox runs at a time (a lease, renewed by time
whenever a third of it has passed: ``LeaseKeeper``); a lease whose holder was a process on
this host that no longer exists (killed, crashed) is taken over at once instead of blocking
polls until it expires. Each mail's parse is bounded (``bot.budget``): a mail over its size or
time budget is recorded and quarantined with the reason, and the poll goes on.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.budget import ParseBudget
from bot.config import AfterProcessing, MailboxConfig
from bot.filing_group import FilingGroup
from bot.intake import Outcome, file_message
from bot.mailbox.base import Mailbox
from bot.pipeline import default_workers, prepared
from bot.replies import ReplySettings
from storage.leases import acquire_lease, release_lease
from storage.messages import Location, get_checkpoint, touch_checkpoint
from storage.models import Lease, MessageRecord, MessageState

log = logging.getLogger(__name__)

LEASE_TTL = timedelta(minutes=10)
LEASE_NAME_MAX = 64  # storage.models.Lease.name is VARCHAR(64); PostgreSQL enforces it
BATCH = 500
GROUP = 50  # messages per transaction; see the module docstring


@dataclass
class PollReport:
    """What one poll did, for the one log line per poll."""

    listed: int = 0
    new: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    moved: int = 0
    uidvalidity_changed: bool = False
    locked_out: bool = False
    stopped_early: bool = False

    def line(self) -> str:
        if self.locked_out:
            return "poll skipped: another poller holds the mailbox"
        parts = [f"listed={self.listed}", f"new={self.new}"]
        parts += [f"{k}={v}" for k, v in sorted(self.outcomes.items())]
        parts.append(f"moved={self.moved}")
        if self.uidvalidity_changed:
            parts.append("UIDVALIDITY-CHANGED")
        if self.stopped_early:
            parts.append("stopped-early")
        return "poll: " + " ".join(parts)


def holder_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def lease_name(mailbox_name: str) -> str:
    """``poll:<mailbox name>``; a name too long for the column is shortened by a hash of it
    (an IMAP account with a long address, a Maildir in a deep folder)."""
    name = f"poll:{mailbox_name}"
    if len(name) <= LEASE_NAME_MAX:
        return name
    digest = hashlib.sha256(mailbox_name.encode("utf-8")).hexdigest()[:24]
    return f"poll:{mailbox_name[: LEASE_NAME_MAX - len(digest) - 6]}#{digest}"


def holder_is_dead(holder: str) -> bool:
    """True when ``holder`` (``host:pid``) names a process of this host that does not exist.

    A holder on another host, or one that cannot be read, is never declared dead: only its
    lease's expiry frees it. (A reused pid keeps the lease until it expires: safe.)
    """
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or int(pid) <= 0:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # EPERM: it exists, as another user's process
        return False
    return False


def _take_lease(session: Session, lease: str, holder: str) -> bool:
    """Acquire ``lease``, first freeing it from a dead holder on this host (killed -9: its
    ``finally`` never ran). Freeing deletes only that holder's row, so of two pollers that
    both see it dead one frees it and the atomic acquire admits exactly one."""
    current = session.get(Lease, lease)
    if current is not None and current.holder != holder and holder_is_dead(current.holder):
        log.warning("lease %s: its holder %s is gone; taking it over", lease, current.holder)
        release_lease(session, lease, current.holder)
        session.expire(current)
    return acquire_lease(session, lease, holder, LEASE_TTL)


def poll_once(
    sessions: sessionmaker[Session],
    mailbox: Mailbox,
    config: MailboxConfig,
    mailbox_name: str,
    *,
    stop: Callable[[], bool] = lambda: False,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    replies: ReplySettings | None = None,
    budget: ParseBudget | None = None,
) -> PollReport:
    """File what is new in the inbox. Returns at once when another poller holds the lease.

    ``workers``: processes parsing ahead of storage (``bot.pipeline``; None: one per spare
    core, 0: parse in this process). ``stop`` is asked after each message: the group in hand
    is committed and moved, and the poll ends. ``replies``: the reply settings from the
    config (None: the embedded defaults); ``budget``: the work allowed per mail (None: the
    defaults). The lease is renewed by time (``LeaseKeeper``)."""
    report = PollReport()
    lease, holder = lease_name(mailbox_name), holder_name()
    with sessions() as session, session.begin():
        if not _take_lease(session, lease, holder):
            report.locked_out = True
            return report
    try:
        if workers is None:
            workers = default_workers()
        _poll(
            sessions, mailbox, config, mailbox_name, report, stop, progress,
            LeaseKeeper(sessions, lease, holder), workers, replies, budget,
        )  # fmt: skip
    finally:
        with sessions() as session, session.begin():
            release_lease(session, lease, holder)
    return report


def _poll(
    sessions: sessionmaker[Session],
    mailbox: Mailbox,
    config: MailboxConfig,
    name: str,
    report: PollReport,
    stop: Callable[[], bool],
    progress: Callable[[int], None] | None,
    lease: LeaseKeeper,
    workers: int,
    replies: ReplySettings | None,
    budget: ParseBudget | None,
) -> None:
    folder = config.inbox
    moving = config.after_processing is AfterProcessing.MOVE
    if moving:
        mailbox.ensure_folder(config.processed_folder)
        mailbox.ensure_folder(config.quarantine_folder)
    listing = mailbox.list_uids(folder)
    report.listed = len(listing.uids)
    with sessions() as session:
        recorded = _recorded(session, name, folder, listing.uidvalidity)
        checkpoint = get_checkpoint(session, name, folder)
        if checkpoint is not None and checkpoint.uidvalidity != listing.uidvalidity:
            report.uidvalidity_changed = True
            log.warning(
                "folder %s: UIDVALIDITY changed; known mail is matched by Message-ID", folder
            )
    new = listing.unrecorded(recorded)
    report.new = len(new)
    # Recorded earlier but still here: a crash came between commit and move.
    present = set(listing.uids)
    left = {uid: state for (_, uid), state in recorded.items() if uid in present}
    to_move: dict[str, list[int]] = {config.processed_folder: [], config.quarantine_folder: []}
    for uid, state in left.items():
        to_move[_target(config, state)].append(uid)
    fetched = mailbox.fetch(folder, listing.uidvalidity, new, batch=BATCH)
    identity = (replies or ReplySettings()).identity
    stream = prepared(
        fetched, workers, expected=len(new), budget=budget, identity=identity, waiting=lease.keep
    )
    group = FilingGroup(sessions, replies, budget)
    try:
        for done, (mail, ready) in enumerate(stream, start=1):
            group.file(Location(name, folder, mail.uidvalidity, mail.uid), mail.raw, ready)
            if progress:
                progress(1)
            stopping = stop()
            if len(group) >= GROUP or stopping:
                _queue_moves(group.commit(), report, to_move, config)
            lease.keep()
            if done % BATCH == 0 and moving:
                report.moved += _move(mailbox, folder, listing.uidvalidity, to_move)
            if stopping:
                report.stopped_early = True
                break
        _queue_moves(group.commit(), report, to_move, config)
    finally:
        group.close()  # after an error: the group's transaction is rolled back
        stream.close()
    if moving:
        report.moved += _move(mailbox, folder, listing.uidvalidity, to_move)
    with sessions() as session, session.begin():
        touch_checkpoint(session, name, folder, listing.uidvalidity)


def _queue_moves(
    filed: list[tuple[Location, Outcome]],
    report: PollReport,
    to_move: dict[str, list[int]],
    config: MailboxConfig,
) -> None:
    """Count committed messages and queue them for their folder (quarantine or processed)."""
    for location, outcome in filed:
        report.outcomes[outcome] += 1
        quarantined = outcome is Outcome.QUARANTINED
        to_move[config.quarantine_folder if quarantined else config.processed_folder].append(
            location.uid
        )


def _target(config: MailboxConfig, state: MessageState) -> str:
    return (
        config.quarantine_folder if state is MessageState.QUARANTINED else config.processed_folder
    )


def _recorded(
    session: Session, name: str, folder: str, uidvalidity: int
) -> dict[tuple[int, int], MessageState]:
    rows = session.execute(
        select(MessageRecord.uidvalidity, MessageRecord.uid, MessageRecord.state).where(
            MessageRecord.mailbox == name,
            MessageRecord.folder == folder,
            MessageRecord.uidvalidity == uidvalidity,
        )
    )
    return {(v, u): s for v, u, s in rows if v is not None and u is not None}


class LeaseKeeper:
    """Keeps the poller's lease: ``keep`` renews it whenever more than a third of its time
    has passed since it was last taken, so that however long one mail takes (its parse is
    bounded by ``bot.budget``) the lease never lapses while this poller works. Asked between
    messages and, while a parsing worker is busy, every few seconds."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        name: str,
        holder: str,
        ttl: timedelta = LEASE_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sessions, self._name, self._holder, self._ttl = sessions, name, holder, ttl
        self._clock = clock
        self._taken = clock()  # the caller has just taken it
        self.renewals = 0

    def keep(self) -> None:
        if self._clock() - self._taken <= self._ttl.total_seconds() / 3:
            return
        with self._sessions() as session, session.begin():
            if not acquire_lease(session, self._name, self._holder, self._ttl):
                log.warning("lease %s: lost to another poller", self._name)
        self._taken = self._clock()
        self.renewals += 1


def _move(mailbox: Mailbox, folder: str, uidvalidity: int, to_move: dict[str, list[int]]) -> int:
    moved = 0
    for target, uids in to_move.items():
        if uids:
            mailbox.move(folder, uidvalidity, uids, target)
            moved += len(uids)
            uids.clear()
    return moved


def ingest_files(
    sessions: sessionmaker[Session],
    blobs: Iterable[bytes],
    replies: ReplySettings | None = None,
    budget: ParseBudget | None = None,
) -> Counter[str]:
    """File saved emails as if they had arrived (no mailbox location), each under ``budget``
    (None: the defaults); returns outcomes."""
    outcomes: Counter[str] = Counter()
    for raw in blobs:
        with sessions() as session, session.begin():
            outcomes[file_message(session, raw, replies=replies, budget=budget).outcome] += 1
    return outcomes
