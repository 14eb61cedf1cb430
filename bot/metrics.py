"""Prometheus metrics and the health endpoint that ``brreg-intake run`` serves (``[metrics]``).

Two kinds of figures:

- Counted in this process by the code that already logs the outcome: ``record_poll`` (mails
  fetched, and filed by outcome: new order, screened, quarantined...), ``record_delivery``
  (outbox mails sent, deferred, given up), ``record_register_check`` (numbers looked up) and
  the time of the last successful poll.
- Read from the database at each scrape (``DatabaseCollector``): reply decisions by decision
  and rule (``sent``/``withheld`` and the reason), and the age of the oldest mail waiting in
  the outbox; so they are right across restarts and several processes.

``/healthz`` answers 200 while the last successful poll is younger than
``stuck_after_minutes`` (counted from start-up before the first one), else 503; the gauge
``brreg_intake_poller_stuck`` says the same to Prometheus. No label carries personal data:
outcomes, reasons and states are fixed vocabularies.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from storage.models import OutboxMail, OutboxState
from storage.replies import ReplyDecision

log = logging.getLogger(__name__)

PREFIX = "brreg_intake"
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    """One process's metrics in their own registry (tests make as many as they like)."""

    def __init__(self, stuck_after_minutes: int, clock: Callable[[], float] = time.time) -> None:
        self.registry = CollectorRegistry()
        self.stuck_after_seconds = stuck_after_minutes * 60.0
        self.clock = clock
        self.started = clock()
        self.last_success: float | None = None
        r = self.registry
        self.polls = Counter(f"{PREFIX}_polls", "Polls by result", ["result"], registry=r)
        self.fetched = Counter(
            f"{PREFIX}_mails_fetched", "Mails fetched from the mailbox", registry=r
        )
        self.filed = Counter(
            f"{PREFIX}_mails_filed", "Mails filed, by outcome (screened, quarantined...)",
            ["outcome"], registry=r,
        )  # fmt: skip
        self.outbox = Counter(
            f"{PREFIX}_outbox_mails", "Outbox mails by delivery result", ["result"], registry=r
        )
        self.register_checks = Counter(
            f"{PREFIX}_register_checks", "Org numbers looked up in Enhetsregisteret, by result",
            ["result"], registry=r,
        )  # fmt: skip
        last = Gauge(
            f"{PREFIX}_last_successful_poll_timestamp_seconds",
            "Unix time of the last poll that finished without an error", registry=r,
        )  # fmt: skip
        last.set_function(lambda: self.last_success or 0.0)
        stuck = Gauge(
            f"{PREFIX}_poller_stuck",
            "1 when no poll has succeeded for metrics.stuck_after_minutes", registry=r,
        )  # fmt: skip
        stuck.set_function(lambda: 1.0 if self.stuck() else 0.0)
        self._lock = threading.Lock()

    def watch_database(
        self, sessions: sessionmaker[Session], clock: Callable[[], datetime] = lambda: _now()
    ) -> None:
        """Add the figures read from the database at each scrape."""
        self.registry.register(DatabaseCollector(sessions, clock))

    # ---------------------------------------------------------------- recording

    def record_poll(self, listed_new: int, outcomes: dict[str, int], *, result: str) -> None:
        """A poll ended (``result``: ok, failed, or skipped because another poller held the
        mailbox): ``listed_new`` mails fetched, ``outcomes`` counted by outcome."""
        self.polls.labels(result).inc()
        if result != "ok":
            return
        self.fetched.inc(listed_new)
        for outcome, count in outcomes.items():
            self.filed.labels(str(outcome)).inc(count)
        with self._lock:
            self.last_success = self.clock()

    def record_delivery(self, sent: int, deferred: int, failed: int) -> None:
        for result, count in (("sent", sent), ("deferred", deferred), ("failed", failed)):
            if count:
                self.outbox.labels(result).inc(count)

    def record_register_check(self, looked_up: int, not_checked: int) -> None:
        self.register_checks.labels("looked_up").inc(looked_up)
        self.register_checks.labels("not_checked").inc(not_checked)

    # ---------------------------------------------------------------- health

    def stuck(self) -> bool:
        """No successful poll within ``stuck_after_minutes`` (from start-up before the first)."""
        since = self.last_success if self.last_success is not None else self.started
        return self.clock() - since > self.stuck_after_seconds

    def health(self) -> tuple[int, str]:
        if self.stuck():
            minutes = int(self.stuck_after_seconds // 60)
            return 503, f"stuck: no successful poll for more than {minutes} min\n"
        return 200, "ok\n"

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class DatabaseCollector(Collector):
    """Figures read from the database at each scrape (see the module docstring)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], datetime]) -> None:
        self.sessions = sessions
        self.clock = clock

    def collect(self) -> Iterator[GaugeMetricFamily]:
        decisions = GaugeMetricFamily(
            f"{PREFIX}_reply_decisions",
            "Reply decisions in the database, by decision (sent, withheld) and rule",
            labels=["decision", "reason"],
        )
        age = GaugeMetricFamily(
            f"{PREFIX}_outbox_oldest_pending_age_seconds",
            "Age of the oldest outbox mail not yet sent (0: none waiting)",
        )
        try:
            with self.sessions() as session:
                rows = session.execute(
                    select(ReplyDecision.decision, ReplyDecision.reason, func.count())
                    .group_by(ReplyDecision.decision, ReplyDecision.reason)
                ).all()
                oldest = session.scalar(
                    select(func.min(OutboxMail.created_at)).where(
                        OutboxMail.state.in_([OutboxState.PENDING, OutboxState.CLAIMED])
                    )
                )
        except Exception:  # a scrape must not fail because the database is away
            log.warning("metrics: the database did not answer")
            return
        for decision, reason, count in rows:
            decisions.add_metric([decision, reason], float(count))
        yield decisions
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=UTC)  # SQLite gives naive UTC
        age.add_metric([], (self.clock() - oldest).total_seconds() if oldest else 0.0)
        yield age


def _now() -> datetime:
    return datetime.now(UTC)


_active: Metrics | None = None


def activate(metrics: Metrics | None) -> None:
    """Make ``metrics`` the process's (``run`` does); the ``note_*`` functions feed it."""
    global _active
    _active = metrics


def note_poll(new: int, outcomes: dict[str, int], *, result: str) -> None:
    """Count a poll, if metrics are on (called where the poll's line is logged)."""
    if _active is not None:
        _active.record_poll(new, outcomes, result=result)


def note_delivery(sent: int, deferred: int, failed: int) -> None:
    if _active is not None:
        _active.record_delivery(sent, deferred, failed)


def note_register_check(looked_up: int, not_checked: int) -> None:
    if _active is not None:
        _active.record_register_check(looked_up, not_checked)


def serve(metrics: Metrics, host: str, port: int) -> ThreadingHTTPServer:
    """Serve ``/healthz`` and ``/metrics`` on ``host:port`` in a daemon thread."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.split("?")[0] == "/metrics":
                self._answer(200, metrics.exposition(), CONTENT_TYPE)
            elif self.path.split("?")[0] == "/healthz":
                status, text = metrics.health()
                self._answer(status, text.encode(), "text/plain; charset=utf-8")
            else:
                self._answer(404, b"not found\n", "text/plain; charset=utf-8")

        def _answer(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # scrapes every few seconds would drown the log

    server = ThreadingHTTPServer((host, port), Handler)
    threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()
    log.info("metrics and health on http://%s:%s/metrics and /healthz", host, port)
    return server
