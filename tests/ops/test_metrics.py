"""The health endpoint and the Prometheus metrics that ``run`` serves; JSON log lines."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.logs import setup_logging
from bot.metrics import Metrics, serve
from tests.dovecot import free_port
from tests.ops.conftest import Clock
from tests.outbox.conftest import NOW, queue_reply
from tests.storage.conftest import backend, database_url, engine, sessions

__all__ = ["backend", "database_url", "engine", "sessions"]


@pytest.fixture
def served() -> Iterator[tuple[Metrics, Clock, str]]:
    clock = Clock()
    metrics = Metrics(stuck_after_minutes=30, clock=clock)
    port = free_port()
    server = serve(metrics, "127.0.0.1", port)
    yield metrics, clock, f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_a_stuck_poller_shows_in_health_and_metrics(served: tuple[Metrics, Clock, str]) -> None:
    metrics, clock, base = served
    assert get(f"{base}/healthz") == (200, "ok\n")  # just started: not stuck yet
    clock.now += 31 * 60  # no successful poll for 31 minutes
    status, text = get(f"{base}/healthz")
    assert status == 503 and "no successful poll" in text
    assert "brreg_intake_poller_stuck 1.0" in get(f"{base}/metrics")[1]
    metrics.record_poll(0, {}, result="failed")  # a failing poll does not count
    assert get(f"{base}/healthz")[0] == 503
    metrics.record_poll(3, {"new_order": 2, "screened": 1}, result="ok")
    assert get(f"{base}/healthz") == (200, "ok\n")
    page = get(f"{base}/metrics")[1]
    assert "brreg_intake_poller_stuck 0.0" in page
    (last,) = [line for line in page.splitlines() if line.startswith("brreg_intake_last_succ")]
    assert float(last.split()[1]) == clock.now


def test_the_metrics_count_mails_replies_and_register_checks(
    served: tuple[Metrics, Clock, str],
) -> None:
    metrics, _, base = served
    metrics.record_poll(4, {"new_order": 2, "screened": 1, "quarantined": 1}, result="ok")
    metrics.record_delivery(sent=2, deferred=1, failed=0)
    metrics.record_register_check(looked_up=3, not_checked=1)
    page = get(f"{base}/metrics")[1]
    for line in (
        "brreg_intake_mails_fetched_total 4.0",
        'brreg_intake_mails_filed_total{outcome="screened"} 1.0',
        'brreg_intake_mails_filed_total{outcome="quarantined"} 1.0',
        'brreg_intake_outbox_mails_total{result="sent"} 2.0',
        'brreg_intake_register_checks_total{result="looked_up"} 3.0',
        'brreg_intake_polls_total{result="ok"} 1.0',
    ):
        assert line in page
    assert get(f"{base}/nothing-here")[0] == 404


def test_the_outbox_age_is_read_from_the_database(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        queue_reply(session, at=NOW)
    metrics = Metrics(stuck_after_minutes=30)
    metrics.watch_database(sessions, clock=lambda: NOW + timedelta(minutes=10))
    page = metrics.exposition().decode()
    assert "brreg_intake_outbox_oldest_pending_age_seconds 600.0" in page
    assert "brreg_intake_reply_decisions" in page


def test_json_logs_are_one_object_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("json")
    try:
        logging.getLogger("brreg_intake").info("poll: listed=%d new=%d", 3, 1)
        try:
            raise TimeoutError("slow")
        except TimeoutError:
            logging.getLogger("bot.poll").exception("poll failed")
    finally:
        logging.getLogger().handlers.clear()
    lines = capsys.readouterr().err.splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["message"] == "poll: listed=3 new=1" and first["level"] == "info"
    assert second["error"] == "TimeoutError" and "Traceback" not in lines[1]
