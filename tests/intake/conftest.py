"""Fixtures for the intake stories: a database (SQLite, and PostgreSQL where a URL is given),
the private Dovecot or a Maildir as the mailbox, and ``Intake``, the harness that polls one
into the other as ``brreg-intake poll --once`` does and reads back what was filed.

Other clients (staff in Outlook, a colleague dragging mail back) act on the Dovecot through
``tests.dovecot``'s helpers and a plain imapclient connection, never through the adapter
under test.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

import bot.intake
import parsers.extract
from bot.bootstrap import App
from bot.budget import ParseBudget
from bot.config import Config, ImapConfig, MailboxConfig, MailboxKind, MaildirConfig, TlsMode
from bot.mailbox.base import Mailbox
from bot.mailbox.imap import ImapMailbox
from bot.mailbox.maildir import MaildirMailbox
from bot.poll import PollReport, poll_once
from parsers.extract import Extraction
from parsers.letter import Letter
from storage.db import session_factory
from storage.models import MessageRecord, MessageState, OrderRecord, QuarantineRecord
from tests.dovecot import PASSWORD, USER, DovecotServer, append, dovecot, dovecot_clean
from tests.intake.mails import BROKEN_SUBJECT
from tests.storage.conftest import database_url, engine

__all__ = ["database_url", "dovecot", "dovecot_clean", "engine"]  # fixtures re-exported for this folder

PASSWORD_ENV = "BRREG_INTAKE_TEST_IMAP_PASSWORD"
INBOX = "INBOX"
PROCESSED = "INBOX.processed"
QUARANTINE = "INBOX.quarantine"


def imap_settings(server: DovecotServer, *, tls: bool = False) -> ImapConfig:
    """How the bot reaches the private Dovecot: plaintext on 127.0.0.1, or implicit TLS
    checked against the server's own certificate."""
    if tls:
        return ImapConfig(
            host=server.host, port=server.tls_port, security=TlsMode.TLS,
            ca_file=server.ca_file, username=USER, password_env=PASSWORD_ENV,
        )  # fmt: skip
    return ImapConfig(
        host=server.host, port=server.port, security=TlsMode.PLAINTEXT,
        username=USER, password_env=PASSWORD_ENV,
    )  # fmt: skip


@dataclass
class Intake:
    """The bot's database and mailbox configuration, with the questions the stories ask."""

    engine: Engine
    config: Config
    server: DovecotServer | None = None
    polls: list[PollReport] = field(default_factory=list)
    workers: int | None = None  # None: poll_once's default
    budget: ParseBudget | None = None  # None: poll_once's default

    @property
    def sessions(self) -> sessionmaker[Session]:
        return session_factory(self.engine)

    @property
    def mailbox_name(self) -> str:
        return App(self.config, self.engine, self.sessions).mailbox_name

    def open_mailbox(self) -> Mailbox:
        box = self.config.mailbox
        if box.kind is MailboxKind.IMAP:
            return ImapMailbox(box.imap, environ={PASSWORD_ENV: PASSWORD})
        return MaildirMailbox(box.maildir.effective_path)

    def with_mailbox(self, **changes: Any) -> Intake:
        """The same bot with other mailbox settings (inbox, after_processing, ...)."""
        config = replace(self.config, mailbox=replace(self.config.mailbox, **changes))
        return Intake(self.engine, config, self.server, self.polls, self.workers, self.budget)

    def with_workers(self, workers: int) -> Intake:
        """The same bot with ``workers`` processes parsing ahead of storage."""
        return replace(self, workers=workers)

    def poll(self) -> PollReport:
        """One ``poll --once``: connect, poll, log out."""
        with self.open_mailbox() as mailbox:
            report = poll_once(
                self.sessions, mailbox, self.config.mailbox, self.mailbox_name,
                workers=self.workers, budget=self.budget,
            )  # fmt: skip
        self.polls.append(report)
        return report

    # ------------------------------------------------------------------ what was filed

    def orders(self) -> list[OrderRecord]:
        with self.sessions() as session:
            records = session.scalars(select(OrderRecord).order_by(OrderRecord.id)).all()
            for record in records:  # load the messages while the session is open
                _ = [m.message_id for m in record.messages]
            return list(records)

    def org_numbers(self) -> list[str]:
        return [r.order["applicant"]["org_number"] for r in self.orders()]

    def message_count(self) -> int:
        """Message records, not counting the ``duplicate`` rows (a known mail's new location)."""
        with self.sessions() as session:
            query = select(func.count()).select_from(MessageRecord)
            query = query.where(MessageRecord.state != MessageState.DUPLICATE)
            return session.scalar(query) or 0

    def duplicate_count(self) -> int:
        """``duplicate`` rows: mail seen before, recorded again only for its new location."""
        with self.sessions() as session:
            query = select(func.count()).select_from(MessageRecord)
            query = query.where(MessageRecord.state == MessageState.DUPLICATE)
            return session.scalar(query) or 0

    def quarantined(self) -> list[tuple[str | None, str]]:
        """(subject, traceback) of each quarantined message."""
        with self.sessions() as session:
            rows = session.scalars(select(QuarantineRecord).order_by(QuarantineRecord.id))
            return [(row.message.subject, row.traceback) for row in rows]

    # ------------------------------------------------------------------ the mailbox, outside

    @contextlib.contextmanager
    def other_client(self) -> Iterator[IMAPClient]:
        """Another IMAP client on the same account (staff in Outlook)."""
        assert self.server is not None
        client = self.server.client()
        try:
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def deliver(self, mails: Iterable[bytes], folder: str = INBOX, *, seen: bool = False) -> None:
        assert self.server is not None
        append(self.server, mails, folder, seen=seen)

    def folder(self, name: str) -> dict[int, tuple[bytes, bool]]:
        """UID -> (raw bytes, \\Seen) of every message in folder ``name`` ({} if none)."""
        with self.other_client() as client:
            if not client.folder_exists(name):
                return {}
            client.select_folder(name, readonly=True)
            uids = client.search(["ALL"])
            if not uids:
                return {}
            found = client.fetch(uids, [b"BODY.PEEK[]", b"FLAGS"])
            return {
                uid: (bytes(data[b"BODY[]"]), b"\\Seen" in data[b"FLAGS"])
                for uid, data in found.items()
            }

    def count(self, name: str) -> int:
        return len(self.folder(name))


@pytest.fixture
def intake(engine: Engine, dovecot_clean: DovecotServer) -> Intake:
    """The bot on an empty Dovecot INBOX and an empty database, moving handled mail."""
    mailbox = MailboxConfig(kind=MailboxKind.IMAP, imap=imap_settings(dovecot_clean))
    return Intake(engine, Config(mailbox=mailbox), dovecot_clean)


@pytest.fixture
def maildir_intake(engine: Engine, tmp_path: Path) -> Intake:
    """The bot on an empty Maildir and an empty database."""
    mailbox = MailboxConfig(
        kind=MailboxKind.MAILDIR, maildir=MaildirConfig(path=tmp_path / "Maildir")
    )
    return Intake(engine, Config(mailbox=mailbox))


def break_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Our bug, on purpose: the extractor raises for mail with ``BROKEN_SUBJECT``.

    ``bot.intake`` imported ``extract`` by name, so that is the name to replace.
    """
    real = parsers.extract.extract  # what bot.intake calls by the name "extract"

    def extract(letter: Letter, *args: Any, **kwargs: Any) -> Extraction:
        if letter.subject == BROKEN_SUBJECT:
            raise RuntimeError("the extractor broke on this message (test)")
        return real(letter, *args, **kwargs)

    monkeypatch.setattr(bot.intake, "extract", extract)


@pytest.fixture
def broken_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor fails on ``BROKEN_SUBJECT`` for the whole test."""
    break_extractor(monkeypatch)
