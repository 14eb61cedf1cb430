"""The register check: every org number of an open order checked against Enhetsregisteret,
outside the intake's transactions.

One run (``run_checks``): find the open orders whose numbers are due (never checked, changed,
not checked because the register did not answer, older than ``recheck_after_hours``, or the
order changed since its check was applied: ``storage.register.orders_due``); take fresh answers
from the cache and ask the register for the rest, ``concurrency`` at a time and with no
transaction open; cache the answers; then apply what they mean to each order in a transaction
of its own (``rules.register.judge``, ``storage.register.apply_findings``) and ask the vendor
about numbers the register rejects (``bot.register.ask``). A register that is down costs the
intake nothing: its numbers stay "not checked" and are due again next run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from bot.register import Register
from bot.register.ask import ask_vendor
from bot.replies import ReplySettings
from rules import lifecycle
from rules.register import ORG_NUMBER_PATHS, RegisterAnswer, judge
from storage.models import OrderRecord
from storage.register import (
    DueOrder,
    apply_findings,
    asking_due,
    cached_answers,
    numbers_of,
    orders_due,
    store_answer,
)
from storage.types import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckReport:
    orders: int = 0
    looked_up: int = 0
    not_checked: int = 0
    asked: int = 0

    def line(self) -> str:
        return (
            f"register check: {self.orders} order(s), {self.looked_up} number(s) looked up, "
            f"{self.not_checked} not checked, {self.asked} vendor(s) asked"
        )


def run_checks(
    sessions: sessionmaker[Session],
    register: Register,
    *,
    concurrency: int = 4,
    recheck_after_hours: float = 168,
    replies: ReplySettings | None = None,
    now: datetime | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> CheckReport:
    """One run over every due order (see the module's docstring); the caller logs the report."""
    at = now or utcnow()
    stale = at - timedelta(hours=recheck_after_hours)
    with sessions() as session:
        due = orders_due(session, ORG_NUMBER_PATHS, stale_before=stale)
        wanted = {n.org_number for order in due for n in order.numbers}
        answers = cached_answers(session, wanted, fetched_since=stale)
    fresh = _look_up(register, sorted(wanted - answers.keys()), concurrency, stop)
    if fresh:
        with sessions.begin() as session:
            for answer in fresh.values():
                store_answer(session, answer, source=register.source, now=at)
    answers |= fresh
    asked = 0
    for order in due:
        if stop():
            break
        asked += _apply(sessions, order, answers, replies or ReplySettings(), at)
    report = CheckReport(
        orders=len(due),
        looked_up=len(fresh),
        not_checked=sum(not a.checked for a in fresh.values()),
        asked=asked,
    )
    return report


def _look_up(
    register: Register, numbers: list[str], concurrency: int, stop: Callable[[], bool]
) -> dict[str, RegisterAnswer]:
    if not numbers or stop():
        return {}
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        return dict(zip(numbers, pool.map(register.lookup, numbers), strict=True))


def _apply(
    sessions: sessionmaker[Session],
    due: DueOrder,
    answers: dict[str, RegisterAnswer],
    replies: ReplySettings,
    at: datetime,
) -> int:
    """Apply the answers to one order in its own transaction; 1 when the vendor was asked."""
    with sessions.begin() as session:
        # Locked (PostgreSQL) so that a message filed to the order now waits the few
        # milliseconds this takes instead of being overwritten by it; SQLite serialises anyway.
        record = session.get(OrderRecord, due.order_id, with_for_update=True)
        if record is None or record.status not in lifecycle.OPEN:
            return 0
        numbers = numbers_of(record, ORG_NUMBER_PATHS)
        if any(n.org_number not in answers for n in numbers):
            return 0  # the order changed since it was found due: next run
        results = [
            (judge(n.path, answers[n.org_number], n.written_name), answers[n.org_number])
            for n in numbers
        ]
        apply_findings(session, record, results, now=at)
        if not asking_due(session, record.id):
            return 0
        return int(ask_vendor(session, record, replies, at) == "reply")
