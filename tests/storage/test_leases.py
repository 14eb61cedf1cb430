"""Leases: one holder at a time, renewal, expiry, release, also between two processes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from storage.leases import acquire_lease, release_lease

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TTL = timedelta(minutes=5)
REPO = Path(__file__).resolve().parents[2]


def _acquire(sessions: sessionmaker[Session], holder: str, now: datetime = NOW) -> bool:
    with sessions.begin() as session:
        return acquire_lease(session, "poller", holder, TTL, now=now)


def test_one_holder_at_a_time_with_renewal(sessions: sessionmaker[Session]) -> None:
    assert _acquire(sessions, "host-a:1")
    assert not _acquire(sessions, "host-b:2")
    assert _acquire(sessions, "host-a:1", NOW + timedelta(minutes=4))  # renewal
    assert not _acquire(sessions, "host-b:2", NOW + timedelta(minutes=8))  # renewed until 9:09
    with sessions.begin() as session:
        assert acquire_lease(session, "digest", "host-b:2", TTL, now=NOW)  # another name


def test_an_expired_lease_can_be_taken_over(sessions: sessionmaker[Session]) -> None:
    assert _acquire(sessions, "host-a:1")
    assert _acquire(sessions, "host-b:2", NOW + TTL)
    assert not _acquire(sessions, "host-a:1", NOW + TTL)


def test_release_only_by_the_holder(sessions: sessionmaker[Session]) -> None:
    assert _acquire(sessions, "host-a:1")
    with sessions.begin() as session:
        assert not release_lease(session, "poller", "host-b:2")
        assert release_lease(session, "poller", "host-a:1")
        assert not release_lease(session, "poller", "host-a:1")
    assert _acquire(sessions, "host-b:2")


_OTHER_PROCESS = """
import sys
from datetime import timedelta
from storage.db import make_engine, session_factory
from storage.leases import acquire_lease
engine = make_engine(sys.argv[1])
with session_factory(engine).begin() as session:
    print(acquire_lease(session, "poller", "other-process", timedelta(minutes=5)))
"""


def _other_process_acquires(url: str) -> bool:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, url],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=REPO,
        timeout=60,
    )
    return result.stdout.strip() == "True"


def test_a_lease_excludes_another_process(
    sessions: sessionmaker[Session], database_url: str
) -> None:
    with sessions.begin() as session:
        assert acquire_lease(session, "poller", "this-process", timedelta(minutes=5))
    assert not _other_process_acquires(database_url)
    with sessions.begin() as session:
        assert release_lease(session, "poller", "this-process")
    assert _other_process_acquires(database_url)
    with sessions.begin() as session:
        assert not acquire_lease(session, "poller", "this-process", timedelta(minutes=5))
