"""Fixtures for the reply stories: an intake on SQLite, and on PostgreSQL where a URL is given
(``BRREG_INTAKE_TEST_POSTGRES_URL``), with the questions the stories ask of it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bot.intake import Filed, file_message
from bot.replies import ReplySettings
from storage.db import make_engine, session_factory, upgrade
from storage.models import OrderRecord, OutboxMail
from storage.replies import ReplyDecision
from tests.storage.conftest import database_url

__all__ = ["database_url"]  # re-exported for this folder


@dataclass
class Intake:
    """The bot's database: file mail as ``brreg-intake poll`` does (one transaction each)."""

    engine: Engine
    settings: ReplySettings

    @property
    def sessions(self) -> sessionmaker[Session]:
        return session_factory(self.engine)

    def file(self, raw: bytes, now: datetime) -> Filed:
        with self.sessions.begin() as session:
            return file_message(session, raw, now=now, replies=self.settings)

    def outbox(self) -> list[OutboxMail]:
        with self.sessions() as session:
            return list(session.scalars(select(OutboxMail).order_by(OutboxMail.id)))

    def decisions(self) -> list[ReplyDecision]:
        with self.sessions() as session:
            return list(session.scalars(select(ReplyDecision).order_by(ReplyDecision.id)))

    def orders(self) -> list[OrderRecord]:
        with self.sessions() as session:
            return list(session.scalars(select(OrderRecord).order_by(OrderRecord.id)))


@pytest.fixture
def intake(database_url: str) -> Iterator[Intake]:
    """A migrated, empty database with the embedded reply settings."""
    upgrade(database_url)
    engine = make_engine(database_url)
    yield Intake(engine, ReplySettings())
    engine.dispose()
