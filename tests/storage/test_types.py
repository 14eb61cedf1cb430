"""Timestamps go in aware and come back aware, in UTC, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from storage.models import Lease

OSLO = ZoneInfo("Europe/Oslo")


def test_aware_datetimes_come_back_aware_in_utc(sessions: sessionmaker[Session]) -> None:
    summer = datetime(2026, 7, 1, 14, 30, 15, 123456, tzinfo=OSLO)
    with sessions.begin() as session:
        session.add(Lease(name="a", holder="x", expires_at=summer))
    with sessions() as session:
        stored = session.scalars(select(Lease.expires_at)).one()
    assert stored == summer
    assert stored.tzinfo is UTC
    assert stored.hour == 12


def test_comparisons_happen_in_utc(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        session.add(Lease(name="a", holder="x", expires_at=datetime(2026, 1, 1, 12, tzinfo=UTC)))
    with sessions() as session:
        later = datetime(2026, 1, 1, 12, 30, tzinfo=OSLO)  # 11:30 UTC: earlier
        found = session.scalars(select(Lease.name).where(Lease.expires_at > later)).all()
    assert found == ["a"]


def test_naive_datetimes_are_refused(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        session.add(Lease(name="a", holder="x", expires_at=datetime(2026, 1, 1, 12)))
        with pytest.raises(StatementError, match="naive datetime"):
            session.flush()
