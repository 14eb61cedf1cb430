"""Keeping the local copy current from Enhetsregisteret's change feeds.

``GET {api_url}/oppdateringer/enheter`` (and ``/underenheter``) lists changes
(``oppdateringsid``, ``organisasjonsnummer``, ``endringstype`` Ny/Endring/Sletting/Fjernet)
from a time (``dato``) or after an update id (``oppdateringsid``). The first run starts at the
bulk import's time; later runs after the last id seen, which is stored per page with the
page's changes (a crash repeats at most one page). A new or changed entity is looked up and
stored; a deleted or removed one gets that status. Cached answers and order checks of a
changed number are made stale, so the check job asks again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.register.api import ApiRegister, RegisterUnavailableError
from rules.register import RegisterAnswer, RegisterStatus
from storage.register import (
    SYNC_BULK,
    SYNC_SUB_UNITS,
    EntityRow,
    forget_numbers,
    local_entity,
    record_sync,
    sync_position,
    upsert_entity,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_PAGES = 50  # per run: a long backlog is caught up over several runs
FEEDS = {  # path -> (sync name, its bulk's sync name, the embedded list's key)
    "enheter": ("feed_enheter", SYNC_BULK, "oppdaterteEnheter"),
    "underenheter": ("feed_underenheter", SYNC_SUB_UNITS, "oppdaterteUnderenheter"),
}
GONE = {"Sletting": RegisterStatus.DELETED, "Fjernet": RegisterStatus.REMOVED}


@dataclass(frozen=True, slots=True)
class FeedReport:
    changes: int = 0
    pages: int = 0
    error: str | None = None

    def line(self) -> str:
        tail = f"; stopped: {self.error}" if self.error else ""
        return f"register feed: {self.changes} change(s) in {self.pages} page(s){tail}"


def update_from_feeds(
    sessions: sessionmaker[Session],
    api: ApiRegister,
    *,
    concurrency: int = 4,
    now: datetime | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> FeedReport:
    """Follow both feeds from where the last run stopped; returns what was applied."""
    total = FeedReport()
    for path, (name, bulk, key) in FEEDS.items():
        report = _follow(sessions, api, path, name, bulk, key, concurrency, now, stop)
        total = FeedReport(total.changes + report.changes, total.pages + report.pages,
                           total.error or report.error)  # fmt: skip
    return total


def _follow(
    sessions: sessionmaker[Session],
    api: ApiRegister,
    path: str,
    name: str,
    bulk: str,
    key: str,
    concurrency: int,
    now: datetime | None,
    stop: Callable[[], bool],
) -> FeedReport:
    at = now or datetime.now(UTC)
    with sessions() as session:
        position, _ = sync_position(session, name)
        _, imported_at = sync_position(session, bulk)
    if position is None and imported_at is None:
        return FeedReport(error=f"no {path} bulk file imported yet")
    changes = pages = 0
    while pages < MAX_PAGES and not stop():
        params: dict[str, str | int] = {"size": PAGE_SIZE}
        if position is None:
            start = (imported_at or at) - timedelta(days=1)  # the bulk file is a night old
            params["dato"] = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        else:
            params["oppdateringsid"] = position + 1
        try:
            page = api.get_object(f"/oppdateringer/{path}", params)
        except RegisterUnavailableError as exc:
            return FeedReport(changes, pages, str(exc))
        rows = _rows(page, key)
        if not rows:
            break
        position = _apply(sessions, api, rows, name, concurrency, at)
        changes += len(rows)
        pages += 1
    return FeedReport(changes, pages)


def _rows(page: dict[str, Any], key: str) -> list[tuple[int, str, str]]:
    embedded = page.get("_embedded")
    items = embedded.get(key, []) if isinstance(embedded, dict) else []
    rows = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        number, kind, update = (
            item.get("organisasjonsnummer"), item.get("endringstype"), item.get("oppdateringsid")
        )
        if isinstance(number, str) and isinstance(update, int):
            rows.append((update, number, str(kind)))
    return sorted(rows)


def _apply(
    sessions: sessionmaker[Session],
    api: ApiRegister,
    rows: Iterable[tuple[int, str, str]],
    name: str,
    concurrency: int,
    at: datetime,
) -> int:
    rows = list(rows)
    fetch = sorted({number for _, number, kind in rows if kind not in GONE})
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        answers = dict(zip(fetch, pool.map(api.lookup, fetch), strict=True))
    with sessions.begin() as session:
        for _, number, kind in rows:
            if kind in GONE:
                _gone(session, number, GONE[kind], at)
            elif answers[number].checked:
                _store(session, answers[number], at)
        forget_numbers(session, {number for _, number, _ in rows})
        last = max(update for update, _, _ in rows)
        record_sync(session, name, position=last, now=at)
    return last


def _gone(session: Session, number: str, status: RegisterStatus, at: datetime) -> None:
    known = local_entity(session, number)
    row = EntityRow(number, status, known.name if known else None,
                    known.org_form if known else None, known.parent_number if known else None,
                    at.date())  # fmt: skip
    upsert_entity(session, row, now=at)


def _store(session: Session, answer: RegisterAnswer, at: datetime) -> None:
    if answer.status is RegisterStatus.UNKNOWN:
        return
    row = EntityRow(answer.org_number, answer.status, answer.name, answer.org_form,
                    answer.parent_number, answer.deleted_on)  # fmt: skip
    upsert_entity(session, row, now=at)
