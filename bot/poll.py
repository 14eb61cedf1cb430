"""One poll of the mailbox: file every message not yet recorded, exactly once, then move it.

The checkpoint is the database, never the ``\\Seen`` flag: the UIDs recorded under the
folder's UIDVALIDITY are skipped; a message seen before under another UIDVALIDITY or UID is
recognised by Message-ID and SHA-256 and files nothing. Each message is committed on its own
(message, order and outcome together), and only committed messages are moved, in UID sets
(one MOVE per batch: measured on Dovecot, 31 single MOVEs/s against 1,000 UIDs in 0.1 s).
A crash between commit and move leaves the message in the inbox, recorded: the next poll
moves it without filing it again. Only one poller per mailbox runs at a time (a lease); a
lease whose holder was a process on this host that no longer exists (killed, crashed) is taken
over at once instead of blocking polls until it expires.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import AfterProcessing, MailboxConfig
from bot.intake import Outcome, file_message
from bot.mailbox.base import Mailbox
from storage.leases import acquire_lease, release_lease
from storage.messages import Location, advance_checkpoint, get_checkpoint
from storage.models import Lease, MessageRecord, MessageState

log = logging.getLogger(__name__)

LEASE_TTL = timedelta(minutes=10)
LEASE_NAME_MAX = 64  # storage.models.Lease.name is VARCHAR(64); PostgreSQL enforces it
BATCH = 500


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
) -> PollReport:
    """File what is new in the inbox. Returns at once when another poller holds the lease."""
    report = PollReport()
    lease, holder = lease_name(mailbox_name), holder_name()
    with sessions() as session, session.begin():
        if not _take_lease(session, lease, holder):
            report.locked_out = True
            return report
    try:
        _poll(sessions, mailbox, config, mailbox_name, report, stop, progress, (lease, holder))
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
    lease: tuple[str, str],
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
    for done, mail in enumerate(fetched, start=1):
        location = Location(name, folder, mail.uidvalidity, mail.uid)
        with sessions() as session, session.begin():
            filed = file_message(session, mail.raw, location=location)
            advance_checkpoint(session, location)
        report.outcomes[filed.outcome] += 1
        quarantined = filed.outcome is Outcome.QUARANTINED
        to_move[config.quarantine_folder if quarantined else config.processed_folder].append(
            mail.uid
        )
        if progress:
            progress(1)
        if done % BATCH == 0:
            _renew(sessions, lease)
            if moving:
                report.moved += _move(mailbox, folder, listing.uidvalidity, to_move)
        if stop():
            report.stopped_early = True
            break
    if moving:
        report.moved += _move(mailbox, folder, listing.uidvalidity, to_move)


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


def _renew(sessions: sessionmaker[Session], lease: tuple[str, str]) -> None:
    with sessions() as session, session.begin():
        acquire_lease(session, lease[0], lease[1], LEASE_TTL)


def _move(mailbox: Mailbox, folder: str, uidvalidity: int, to_move: dict[str, list[int]]) -> int:
    moved = 0
    for target, uids in to_move.items():
        if uids:
            mailbox.move(folder, uidvalidity, uids, target)
            moved += len(uids)
            uids.clear()
    return moved


def ingest_files(sessions: sessionmaker[Session], blobs: Iterable[bytes]) -> Counter[str]:
    """File saved emails as if they had arrived (no mailbox location); returns outcomes."""
    outcomes: Counter[str] = Counter()
    for raw in blobs:
        with sessions() as session, session.begin():
            outcomes[file_message(session, raw).outcome] += 1
    return outcomes
