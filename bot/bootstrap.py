"""Bootstrap: the one place where real adapters are chosen from the configuration."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Config, MailboxKind, load_config
from bot.mailbox import Mailbox, open_mailbox
from storage.db import make_engine, session_factory, upgrade


@dataclass(frozen=True)
class App:
    """A configured program: its config, database engine and session factory."""

    config: Config
    engine: Engine
    sessions: sessionmaker[Session]

    def open_mailbox(self) -> Mailbox:
        return open_mailbox(self.config.mailbox, self.config.m365)  # m365: issue 14

    @property
    def mailbox_name(self) -> str:
        """A stable name of the configured mailbox: the checkpoint's and the lease's key."""
        box = self.config.mailbox
        if box.kind is MailboxKind.IMAP:
            return f"imap://{box.imap.username}@{box.imap.host}:{box.imap.effective_port}"
        return f"maildir:{box.maildir.effective_path.resolve()}"


def build_app(config_path: Path | str | None = None, *, migrate: bool = True) -> App:
    """Load the config (or the embedded defaults), open the database and bring it up to date."""
    config = load_config(config_path)
    engine = make_engine(config.database.url)
    if migrate:
        migrate_database(engine)
    return App(config, engine, session_factory(engine))


def migrate_database(engine: Engine, attempts: int = 5) -> None:
    """Bring the schema to the newest migration. Two processes starting together on a new
    database race to create it; the loser retries and then finds it done."""
    for attempt in range(attempts):
        try:
            upgrade(engine)
            return
        except DBAPIError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
