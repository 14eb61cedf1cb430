"""Fixtures for the mailbox adapters: the private Dovecot, and one harness per store.

A ``Store`` is the test's view of a mail store from outside the adapter under test ("another
client", like staff in Outlook): it delivers mail, reads flags and recreates folders, so one
contract test runs against both ``ImapMailbox`` (real Dovecot) and ``MaildirMailbox``.
"""

from __future__ import annotations

import mailbox
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest

from bot.config import ImapConfig, TlsMode
from bot.mailbox.base import Mailbox
from bot.mailbox.imap import ImapMailbox
from bot.mailbox.maildir import MaildirMailbox, _maildir_name
from tests.dovecot import (
    PASSWORD,
    USER,
    DovecotServer,
    append,
    dovecot,
    dovecot_clean,
    dovecot_oauth2,
)

__all__ = ["dovecot", "dovecot_clean", "dovecot_oauth2"]  # fixtures re-exported for this directory

PASSWORD_ENV = "BRREG_TEST_IMAP_PASSWORD"


def make_mail(number: int, subject: str = "Bestilling av testtilgang") -> bytes:
    """An invented order email (CRLF line ends, as IMAP delivers them)."""
    lines = [
        f"Message-ID: <order-{number}@leverandor.example.no>",
        "From: Ola Testesen <ola.testesen@leverandor.example.no>",
        "To: opendata.rrh@example.no",
        f"Subject: {subject} {number}",
        "Date: Tue, 24 Nov 2026 10:00:00 +0100",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        f"Hei! Vi ønsker testtilgang, bestilling nummer {number}.",
        "Mvh Ola",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


class Store(Protocol):
    kind: str

    def open(self, **options: Any) -> Mailbox: ...
    def deliver(
        self, messages: Iterable[bytes], folder: str = "INBOX", seen: bool = False
    ) -> None: ...
    def seen(self, folder: str) -> list[bool]: ...
    def recreate(self, folder: str) -> None: ...
    def flag_deleted_elsewhere(self, folder: str, uid: int) -> None: ...


def imap_config(server: DovecotServer, **changes: Any) -> ImapConfig:
    settings: dict[str, Any] = {
        "host": server.host,
        "port": server.port,
        "security": TlsMode.PLAINTEXT,
        "username": USER,
        "password_env": PASSWORD_ENV,
    }
    settings.update(changes)
    return ImapConfig(**settings)


class ImapStore:
    kind = "imap"

    def __init__(self, server: DovecotServer) -> None:
        self.server = server

    def open(self, **options: Any) -> ImapMailbox:
        return ImapMailbox(imap_config(self.server), environ={PASSWORD_ENV: PASSWORD}, **options)

    def deliver(self, messages: Iterable[bytes], folder: str = "INBOX", seen: bool = False) -> None:
        append(self.server, messages, folder, seen=seen)

    def seen(self, folder: str) -> list[bool]:
        imap = self.server.client()
        try:
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["ALL"])
            flags = imap.get_flags(uids) if uids else {}
            return [b"\\Seen" in flags[uid] for uid in sorted(uids)]
        finally:
            imap.logout()

    def recreate(self, folder: str) -> None:
        imap = self.server.client()
        try:
            imap.delete_folder(folder)
            imap.create_folder(folder)
        finally:
            imap.logout()

    def flag_deleted_elsewhere(self, folder: str, uid: int) -> None:
        imap = self.server.client()
        try:
            imap.select_folder(folder)
            imap.add_flags([uid], [b"\\Deleted"], silent=True)
            imap.unselect_folder()  # UNSELECT, not CLOSE: keep it unexpunged
        finally:
            imap.logout()


class MaildirStore:
    kind = "maildir"

    def __init__(self, root: Path) -> None:
        self.root = root

    def open(self, **options: Any) -> MaildirMailbox:
        return MaildirMailbox(self.root, **options)

    def _folder_path(self, folder: str) -> Path:
        name = _maildir_name(folder)
        return self.root if name is None else self.root / ("." + name)

    def _box(self, folder: str) -> mailbox.Maildir:
        root = mailbox.Maildir(self.root, create=True)
        name = _maildir_name(folder)
        return root if name is None else root.add_folder(name)

    def deliver(self, messages: Iterable[bytes], folder: str = "INBOX", seen: bool = False) -> None:
        box = self._box(folder)
        path = self._folder_path(folder)
        for raw in messages:
            key = box.add(raw)
            if seen:  # what a mail client does when it reads a message
                os.rename(path / "new" / key, path / "cur" / f"{key}:2,S")

    def seen(self, folder: str) -> list[bool]:
        box = self._box(folder)
        ordered = sorted(box.keys())
        return ["S" in box.get_message(key).get_flags() for key in ordered]

    def recreate(self, folder: str) -> None:
        shutil.rmtree(self._folder_path(folder))
        self._box(folder)

    def flag_deleted_elsewhere(self, folder: str, uid: int) -> None:
        pytest.skip("Maildir has no \\Deleted-but-not-expunged state (T flag is advisory)")


@pytest.fixture(params=["imap", "maildir"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Each contract test runs once per adapter."""
    if request.param == "imap":
        server: DovecotServer = request.getfixturevalue("dovecot_clean")
        yield ImapStore(server)
    else:
        yield MaildirStore(tmp_path / "Maildir")
