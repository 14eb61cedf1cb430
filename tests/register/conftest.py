"""Fixtures for the register tests: the local API stand-in, an ApiRegister pointed at it
(short timeouts, sleeps recorded instead of slept), and a migrated database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.config import RegisterConfig, RegisterSource
from bot.register.api import ApiRegister
from tests.register.server import FakeRegister, serve
from tests.storage.conftest import backend, database_url, engine, sessions

__all__ = ["backend", "database_url", "engine", "sessions"]  # re-exported for this folder


@pytest.fixture
def api_server() -> Iterator[FakeRegister]:
    yield from serve()


@pytest.fixture
def register_config(api_server: FakeRegister) -> RegisterConfig:
    return RegisterConfig(
        source=RegisterSource.API,
        api_url=api_server.url,
        timeout_seconds=0.5,
        retries=2,
        backoff_seconds=0.01,
        max_retry_after_seconds=30,
        breaker_failures=3,
        breaker_cooldown_seconds=600,
    )


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def api(register_config: RegisterConfig, slept: list[float]) -> Iterator[ApiRegister]:
    with ApiRegister(register_config, sleep=slept.append) as register:
        yield register


@pytest.fixture
def database(engine: Engine, sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    return sessions
