"""Fixtures for the digest stories: a migrated database (SQLite, and PostgreSQL where a URL is
given) and an App on it whose digest goes to invented staff addresses."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.bootstrap import App
from bot.config import Config, DigestConfig
from tests.storage.conftest import backend, database_url, engine, sessions

__all__ = ["backend", "database_url", "engine", "sessions"]  # re-exported for this folder

STAFF = ("testtilgang-team@etat.example.no", "vakt@etat.example.no")


@pytest.fixture
def config() -> Config:
    return Config(digest=DigestConfig(staff_addresses=STAFF))


@pytest.fixture
def app(config: Config, engine: Engine, sessions: sessionmaker[Session]) -> App:
    return App(config, engine, sessions)
