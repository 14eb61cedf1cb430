"""The mailbox port: what the intake loop needs from a mail store, and nothing more.

Contract shared by every implementation (IMAP, Maildir):

- A message is named by ``(folder, uidvalidity, uid)``, as in IMAP (RFC 3501 section 2.3.1.1).
  A UID is only meaningful together with the folder's UIDVALIDITY: when UIDVALIDITY changes,
  every UID recorded under the old value names nothing any more.
- The checkpoint lives in the caller's database, never in the mailbox. Staff may read the
  mailbox in Outlook, so the ``\\Seen`` flag is neither relied upon nor changed: reading uses
  ``BODY.PEEK[]`` (RFC 3501 section 6.4.5), and a message already ``\\Seen`` is listed like any
  other.
- ``list_uids`` gives every message now in a folder; the caller subtracts what it has recorded
  and passes the rest to ``fetch`` (or uses ``fetch_new`` with a container of recorded pairs).
- ``move`` takes many UIDs and moves them in as few commands as the server allows (one for any
  realistic batch). Moving a UID that no longer exists is not an error (someone moved it first).
- A folder name is the server's full name with its own hierarchy separator, for instance
  ``INBOX.processed``; non-ASCII names work (IMAP encodes them in modified UTF-7, RFC 3501
  section 5.1.3).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

FETCH_BATCH = 500
"""UIDs per ``UID FETCH`` command: large enough to be fast, small enough to bound memory."""

MAX_SET_CHARS = 8000
"""Longest UID set in one command (Dovecot accepts 64 KiB lines; others less)."""


@dataclass(frozen=True, slots=True)
class FetchedMail:
    """One message exactly as the store holds it. ``raw`` is never parsed or altered here."""

    folder: str
    uidvalidity: int
    uid: int
    raw: bytes

    def __repr__(self) -> str:  # the raw bytes are personal data: keep them out of logs
        return (
            f"FetchedMail(folder={self.folder!r}, uidvalidity={self.uidvalidity}, "
            f"uid={self.uid}, raw=<{len(self.raw)} bytes>)"
        )


@dataclass(frozen=True, slots=True)
class FolderListing:
    """Every UID in ``folder`` at one moment, ascending, under one UIDVALIDITY."""

    folder: str
    uidvalidity: int
    uids: tuple[int, ...]

    def unrecorded(self, recorded: Container[tuple[int, int]]) -> list[int]:
        """The UIDs whose ``(uidvalidity, uid)`` pair is not in ``recorded``."""
        return [uid for uid in self.uids if (self.uidvalidity, uid) not in recorded]


class MailboxError(Exception):
    """The mailbox could not do what was asked (connection, login, protocol, file system).

    Messages name folders, hosts and counts, never message content or addresses other than
    the configured account. After an error the connection may be unusable: ``close()`` the
    mailbox and open a new one.
    """


class UidValidityChangedError(MailboxError):
    """The folder's UIDVALIDITY is not the one the caller's UIDs were recorded under.

    The UIDs may now name other messages, so nothing was fetched or moved. The caller lists
    the folder again and treats every message as new (its database keeps the Message-ID and
    SHA-256 to recognise mail it has already handled).
    """

    def __init__(self, folder: str, expected: int, actual: int) -> None:
        super().__init__(
            f"folder {folder!r}: UIDVALIDITY is {actual}, expected {expected}; "
            "recorded UIDs no longer apply"
        )
        self.folder = folder
        self.expected = expected
        self.actual = actual


class InsecureConnectionError(MailboxError):
    """Refused before connecting: the configuration would send credentials in the clear."""


@runtime_checkable
class Mailbox(Protocol):
    """A mail store addressed by folder, UIDVALIDITY and UID. See the module docstring."""

    def list_uids(self, folder: str) -> FolderListing:
        """Every message now in ``folder`` (``\\Seen`` or not), with the folder's UIDVALIDITY."""
        ...

    def fetch(
        self, folder: str, uidvalidity: int, uids: Iterable[int], batch: int = FETCH_BATCH
    ) -> Iterator[FetchedMail]:
        """Yield the raw bytes of ``uids`` in ascending UID order, ``batch`` UIDs per request.

        Raises ``UidValidityChangedError`` if ``uidvalidity`` is not the folder's. UIDs that no
        longer exist are skipped. Never sets ``\\Seen``.
        """
        ...

    def fetch_new(
        self, folder: str, recorded: Container[tuple[int, int]], batch: int = FETCH_BATCH
    ) -> Iterator[FetchedMail]:
        """List ``folder`` and fetch every message whose ``(uidvalidity, uid)`` is not recorded."""
        ...

    def move(self, folder: str, uidvalidity: int, uids: Iterable[int], target: str) -> None:
        """Move ``uids`` from ``folder`` to ``target`` (which must exist) in one UID set.

        Raises ``UidValidityChangedError`` (and moves nothing) if ``uidvalidity`` is stale.
        UIDs that no longer exist are ignored.
        """
        ...

    def ensure_folder(self, name: str) -> None:
        """Create folder ``name`` unless it exists. Idempotent and safe against a race."""
        ...

    def close(self) -> None:
        """Release the connection or files. Idempotent; never raises for a dead connection."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def uid_set(uids: Iterable[int]) -> list[str]:
    """Compress UIDs into IMAP sequence sets (RFC 3501 section 9, ``sequence-set``).

    ``[1, 2, 3, 7, 9, 10]`` becomes ``["1:3,7,9:10"]``. A range is written only for UIDs that
    are all in the input, so no message outside the input is ever named. The result is split
    into several sets only when one would exceed ``MAX_SET_CHARS`` (servers limit command
    lines; Dovecot at 64 KiB), which takes well over a thousand scattered UIDs.
    """
    ordered = sorted(set(uids))
    if any(uid <= 0 for uid in ordered):
        raise ValueError("UIDs are positive integers (RFC 3501 nz-number)")
    sets: list[str] = []
    parts: list[str] = []
    length = 0
    for start, end in _runs(ordered):
        part = str(start) if start == end else f"{start}:{end}"
        if parts and length + len(part) + 1 > MAX_SET_CHARS:
            sets.append(",".join(parts))
            parts, length = [], 0
        parts.append(part)
        length += len(part) + 1
    if parts:
        sets.append(",".join(parts))
    return sets


def _runs(ordered: Sequence[int]) -> Iterator[tuple[int, int]]:
    if not ordered:
        return
    start = prev = ordered[0]
    for uid in ordered[1:]:
        if uid != prev + 1:
            yield start, prev
            start = uid
        prev = uid
    yield start, prev


def batched(uids: Iterable[int], size: int) -> Iterator[list[int]]:
    """Ascending, de-duplicated UIDs in lists of at most ``size``."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    ordered = sorted(set(uids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]
