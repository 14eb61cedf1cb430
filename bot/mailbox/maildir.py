"""``MaildirMailbox``: the mailbox port over a local Maildir, for the demo and tests.

Layout is Maildir++ (as Courier and Dovecot use it): the root is ``INBOX``; folder
``INBOX.processed`` (or just ``processed``) is the subdirectory ``.processed``; ``.`` separates
levels; non-ASCII names are stored in modified UTF-7 (RFC 3501 section 5.1.3), as Dovecot does.

IMAP semantics are imitated so the two adapters pass one contract test:

- Each folder keeps ``brreg-intake-uidlist.json``: its UIDVALIDITY, the next UID and the UID
  of each Maildir key. New keys get UIDs in natural key order (keys start with the delivery time);
  UIDs are never reused. A recreated folder gets a new, larger UIDVALIDITY (the last one handed
  out is kept in the root, like Dovecot's ``dovecot-uidvalidity``).
- Reading never touches flags: files are read, not renamed (``\\Seen`` is the ``S`` in a
  ``cur/`` file name's ``:2,`` suffix, which only other clients change).
- ``move`` renames each file into the target folder (same ``new``/``cur`` and flags): atomic
  per message on one file system. The target assigns its own UID on its next listing.

A lock file in the root serialises processes that share the Maildir.
"""

from __future__ import annotations

import fcntl
import json
import mailbox
import os
import re
import time
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

from imapclient import imap_utf7

from bot.mailbox.base import (
    FETCH_BATCH,
    FetchedMail,
    FolderListing,
    MailboxError,
    UidValidityChangedError,
    batched,
)

UIDLIST = "brreg-intake-uidlist.json"
UIDVALIDITY_FILE = "brreg-intake-uidvalidity"
LOCK_FILE = "brreg-intake.lock"
INBOX = "INBOX"


@dataclass
class _UidList:
    uidvalidity: int
    next_uid: int = 1
    uids: dict[str, int] = field(default_factory=dict)  # Maildir key -> UID


class MaildirMailbox:
    """The ``Mailbox`` port over the Maildir at ``root`` (created if missing, with ``create``)."""

    def __init__(self, root: Path | str, *, create: bool = True) -> None:
        self._root = Path(root)
        if not create and not (self._root / "cur").is_dir():
            raise MailboxError(f"no Maildir at {self._root}")
        try:
            self._inbox = mailbox.Maildir(self._root, factory=None, create=create)
        except OSError as exc:
            raise MailboxError(f"cannot open the Maildir at {self._root}: {exc.strerror}") from exc
        self._closed = False

    @property
    def root(self) -> Path:
        return self._root

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Nothing stays open between calls; after ``close`` the mailbox refuses work."""
        self._closed = True

    # ----------------------------------------------------------------- the port

    def list_uids(self, folder: str) -> FolderListing:
        with self._locked():
            box, path = self._open(folder)
            state = self._sync(box, path)
        return FolderListing(folder, state.uidvalidity, tuple(sorted(state.uids.values())))

    def fetch(
        self, folder: str, uidvalidity: int, uids: Iterable[int], batch: int = FETCH_BATCH
    ) -> Iterator[FetchedMail]:
        chunks = list(batched(uids, batch))
        with self._locked():
            box, path = self._open(folder)
            state = self._sync(box, path)
        _expect(folder, uidvalidity, state.uidvalidity)
        return self._fetch_chunks(folder, uidvalidity, chunks)

    def _fetch_chunks(
        self, folder: str, uidvalidity: int, chunks: list[list[int]]
    ) -> Iterator[FetchedMail]:
        for chunk in chunks:
            with self._locked():
                box, path = self._open(folder)
                state = self._sync(box, path)
                _expect(folder, uidvalidity, state.uidvalidity)
                by_uid = {uid: key for key, uid in state.uids.items()}
                found: list[FetchedMail] = []
                for uid in chunk:
                    key = by_uid.get(uid)
                    if key is None:
                        continue
                    try:
                        raw = box.get_bytes(key)
                    except (KeyError, FileNotFoundError):  # moved away since the sync
                        continue
                    found.append(FetchedMail(folder, uidvalidity, uid, raw))
            yield from found

    def fetch_new(
        self, folder: str, recorded: Container[tuple[int, int]], batch: int = FETCH_BATCH
    ) -> Iterator[FetchedMail]:
        listing = self.list_uids(folder)
        return self.fetch(folder, listing.uidvalidity, listing.unrecorded(recorded), batch)

    def move(self, folder: str, uidvalidity: int, uids: Iterable[int], target: str) -> None:
        wanted = set(uids)
        if not wanted:
            return
        with self._locked():
            box, path = self._open(folder)
            _, target_path = self._open(target)
            state = self._sync(box, path)
            _expect(folder, uidvalidity, state.uidvalidity)
            files = _message_files(path)
            for key, uid in list(state.uids.items()):
                if uid not in wanted or key not in files:
                    continue
                subdir, name = files[key]
                try:
                    os.rename(path / subdir / name, target_path / subdir / name)
                except FileNotFoundError:  # another process moved it first
                    pass
                except OSError as exc:
                    raise MailboxError(f"moving a message to {target!r}: {exc.strerror}") from exc
                del state.uids[key]
            _save(path, state)

    def ensure_folder(self, name: str) -> None:
        with self._locked():
            relative = _maildir_name(name)
            if relative is None:
                return
            try:
                self._inbox.add_folder(relative)
            except OSError as exc:
                raise MailboxError(f"creating folder {name!r}: {exc.strerror}") from exc

    # ----------------------------------------------------------------- internals

    def _open(self, folder: str) -> tuple[mailbox.Maildir, Path]:
        if self._closed:
            raise MailboxError("the mailbox is closed")
        relative = _maildir_name(folder)
        if relative is None:
            return self._inbox, self._root
        path = self._root / ("." + relative)
        if not (path / "cur").is_dir():
            raise MailboxError(f"folder {folder!r} does not exist")
        return self._inbox.get_folder(relative), path

    def _sync(self, box: mailbox.Maildir, path: Path) -> _UidList:
        """Bring the folder's UID list up to date with its files; return it (lock held)."""
        state = _load(path)
        if state is None:
            state = _UidList(uidvalidity=self._next_uidvalidity())
            changed = True
        else:
            changed = False
        keys = set(box.keys())
        for gone in [key for key in state.uids if key not in keys]:
            del state.uids[gone]
            changed = True
        for key in sorted(keys - state.uids.keys(), key=_delivery_order):
            state.uids[key] = state.next_uid
            state.next_uid += 1
            changed = True
        if changed:
            _save(path, state)
        return state

    def _next_uidvalidity(self) -> int:
        """Like Dovecot: the creation time, but always above the last value handed out."""
        marker = self._root / UIDVALIDITY_FILE
        try:
            last = int(marker.read_text(encoding="ascii").strip())
        except (FileNotFoundError, ValueError):
            last = 0
        value = max(int(time.time()), last + 1) % 2**32 or 1  # nz-number, 32 bits
        _write_atomically(marker, str(value))
        return value

    @contextmanager
    def _locked(self) -> Iterator[None]:
        if self._closed:
            raise MailboxError("the mailbox is closed")
        with open(self._root / LOCK_FILE, "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _maildir_name(folder: str) -> str | None:
    """``None`` for INBOX (case-insensitive, RFC 3501 5.1), else the Maildir++ folder name.

    The configuration writes hierarchy with "/" (``INBOX/processed``), as for IMAP; Maildir++
    separates with ".", so "/" becomes "." first."""
    folder = folder.replace("/", ".")
    if folder.upper() == INBOX:
        return None
    if folder[:6].upper() == "INBOX.":
        folder = folder[6:]
    if not folder or "/" in folder or folder.startswith(".") or ".." in folder:
        raise MailboxError(f"invalid folder name {folder!r}")
    return str(imap_utf7.encode(folder), "ascii")


def _delivery_order(key: str) -> list[tuple[int, str]]:
    """Natural order of Maildir keys (``<seconds>.M<microseconds>P<pid>Q<n>.<host>``), whose
    numbers are not zero-padded: ``M99999`` comes before ``M100000``."""
    return [(int(part), "") if part.isdigit() else (-1, part) for part in _DIGITS.split(key)]


_DIGITS = re.compile(r"(\d+)")


def _message_files(path: Path) -> dict[str, tuple[str, str]]:
    """Maildir key -> (``new`` or ``cur``, file name), from one directory scan."""
    files: dict[str, tuple[str, str]] = {}
    for subdir in ("new", "cur"):
        for name in os.listdir(path / subdir):
            if not name.startswith("."):
                files[name.split(mailbox.Maildir.colon, 1)[0]] = (subdir, name)
    return files


def _expect(folder: str, expected: int, actual: int) -> None:
    if expected != actual:
        raise UidValidityChangedError(folder, expected, actual)


def _load(path: Path) -> _UidList | None:
    try:
        data = json.loads((path / UIDLIST).read_text(encoding="utf-8"))
        return _UidList(
            uidvalidity=int(data["uidvalidity"]),
            next_uid=int(data["next_uid"]),
            uids={str(k): int(v) for k, v in data["uids"].items()},
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise MailboxError(f"{path / UIDLIST} is unreadable: {exc!r}") from exc


def _save(path: Path, state: _UidList) -> None:
    payload = {"uidvalidity": state.uidvalidity, "next_uid": state.next_uid, "uids": state.uids}
    _write_atomically(path / UIDLIST, json.dumps(payload, sort_keys=True))


def _write_atomically(target: Path, text: str) -> None:
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, target)
