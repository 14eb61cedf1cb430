"""``brreg-intake outbox send|list`` and the scheduled outbox job, end to end on SQLite."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.bootstrap import build_app
from bot.cli import main
from bot.jobs.outbox import JOB_ID, register_job, run_once
from bot.outbox.sender import DeliveryReport
from tests.outbox.conftest import OUR_ADDRESS, SmtpServer, queue_digest, queue_reply

pytestmark = pytest.mark.integration


def write_config(tmp_path: Path, server: SmtpServer) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "intake.sqlite3"}"\n'
        f'[intake]\nour_address = "{OUR_ADDRESS}"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nstarttls = false\n'
        "timeout_seconds = 5.0\n",
        encoding="utf-8",
    )
    return config


def test_outbox_send_and_list(
    tmp_path: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, smtp)
    app = build_app(config)
    with app.sessions.begin() as session:
        queue_reply(session, 1)
        queue_reply(session, 2)
        queue_digest(session)
    assert main(["outbox", "send", "--config", str(config), "--limit", "2"]) == 0
    assert capsys.readouterr().out == "outbox: 3 claimed, 3 sent, 0 deferred, 0 failed\n"
    assert len(smtp.received) == 3
    assert main(["outbox", "list", "--config", str(config), "--state", "sent"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split()[:3] == ["ID", "STATE", "KIND"]
    assert [line.split()[:3] for line in lines] == [
        ["3", "sent", "digest"], ["2", "sent", "reply"], ["1", "sent", "reply"],
    ]  # fmt: skip
    assert "@" not in "".join(lines)  # no addresses on the terminal either


def test_outbox_send_reports_a_server_that_is_down(
    tmp_path: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, smtp)
    with build_app(config).sessions.begin() as session:
        queue_reply(session)
    smtp.stop()
    assert main(["outbox", "send", "--config", str(config)]) == 1
    assert capsys.readouterr().out == "outbox: 1 claimed, 0 sent, 1 deferred, 0 failed\n"
    assert main(["outbox", "list", "--config", str(config)]) == 0
    assert "connect: ConnectionRefusedError" in capsys.readouterr().out


def test_the_job_is_registered_every_minute_coalesced_one_at_a_time(
    tmp_path: Path, smtp: SmtpServer
) -> None:
    app = build_app(write_config(tmp_path, smtp))
    scheduler = BackgroundScheduler(timezone="UTC")
    register_job(scheduler, app, threading.Event())
    job = scheduler.get_job(JOB_ID)
    assert isinstance(job.trigger, IntervalTrigger)
    assert job.trigger.interval.total_seconds() == 60
    assert job.coalesce is True and job.max_instances == 1


def test_the_job_delivers_and_does_nothing_when_stopping(tmp_path: Path, smtp: SmtpServer) -> None:
    app = build_app(write_config(tmp_path, smtp))
    with app.sessions.begin() as session:
        outbox_id = queue_reply(session).id
    stopping = threading.Event()
    stopping.set()
    assert run_once(app, stopping) == DeliveryReport()
    stopping.clear()
    report = run_once(app, stopping)
    assert report is not None and report.sent == (outbox_id,)


def test_the_job_survives_a_database_error(tmp_path: Path, smtp: SmtpServer) -> None:
    app = build_app(write_config(tmp_path, smtp))
    app.engine.dispose()
    (tmp_path / "intake.sqlite3").unlink()
    (tmp_path / "intake.sqlite3").mkdir()  # the database file is now unusable
    assert run_once(app, threading.Event()) is None
