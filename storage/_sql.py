"""Small SQL helpers shared by the repository modules (not part of the public API)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.scrub import scrub_text
from storage.types import utcnow

Insert = postgresql.Insert | sqlite.Insert


def upsert(session: Session, table: Any) -> Insert:
    """An INSERT with ON CONFLICT support for the session's backend (SQLite or PostgreSQL)."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"storage supports SQLite and PostgreSQL, not {name}")


def now_or(now: datetime | None) -> datetime:
    """``now`` when given (it must be aware), else the current UTC time."""
    if now is None:
        return utcnow()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"naive datetime {now!r}: pass aware datetimes only")
    return now


def normalize_message_id(value: str | None) -> str | None:
    """A Message-ID header value as stored: trimmed, in angle brackets, scrubbed (a national
    id in it masked: ``storage.scrub``); None when empty. Stored ids and the ids looked up
    both pass here, so a masked id still finds its message."""
    if value is None:
        return None
    value = value.strip().strip("<>").strip()
    return scrub_text(f"<{value}>") if value else None
