"""Leases: named locks with an expiry in the database, e.g. one poller at a time.

``acquire_lease`` is a single atomic upsert, so two processes (SQLite file or PostgreSQL) never
both hold a lease. Both functions take the caller's Session and never commit: commit at once
(on SQLite the write lock, on PostgreSQL the row lock, is held until then).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_
from sqlalchemy.orm import Session

from storage._sql import now_or, upsert
from storage.models import Lease


def acquire_lease(
    session: Session, name: str, holder: str, ttl: timedelta, *, now: datetime | None = None
) -> bool:
    """Take or renew lease ``name`` for ``holder`` until now + ``ttl``; True when held.

    Succeeds when nobody holds it, when ``holder`` holds it already (renewal), or when the
    current holder's lease has expired. Fails (False, nothing changed) otherwise.
    """
    if ttl <= timedelta(0):
        raise ValueError("a lease needs a positive ttl")
    at = now_or(now)
    insert = upsert(session, Lease).values(name=name, holder=holder, expires_at=at + ttl)
    statement = insert.on_conflict_do_update(
        index_elements=[Lease.name],
        set_={"holder": insert.excluded.holder, "expires_at": insert.excluded.expires_at},
        where=or_(Lease.holder == insert.excluded.holder, Lease.expires_at <= at),
    ).returning(Lease.holder)
    return session.execute(statement).scalar_one_or_none() == holder


def release_lease(session: Session, name: str, holder: str) -> bool:
    """Give up lease ``name`` if ``holder`` holds it; True when it was held by ``holder``."""
    result = session.execute(
        delete(Lease).where(Lease.name == name, Lease.holder == holder),
        execution_options={"synchronize_session": False},
    )
    return bool(getattr(result, "rowcount", 0))
