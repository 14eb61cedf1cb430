"""The register jobs of ``brreg-intake run``: scheduled beside the poll, never raising into it."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.bootstrap import App
from bot.config import Config, RegisterConfig, RegisterSource
from bot.jobs.register import CHECK_JOB_ID, FEED_JOB_ID, check_once, register_job
from rules.register import RegisterAnswer
from tests.register.test_stories import NOW, _file, fictitious_order


class Scheduler:
    """Records the jobs added, as APScheduler's add_job receives them."""

    def __init__(self) -> None:
        self.jobs: dict[str, dict[str, Any]] = {}

    def add_job(self, func: Any, trigger: str, **kwargs: Any) -> None:
        self.jobs[kwargs["id"]] = {"func": func, "trigger": trigger, **kwargs}


class BrokenRegister:
    source = "api"

    def lookup(self, org_number: str) -> RegisterAnswer:
        raise RuntimeError("a bug in an adapter")


def _app(engine: Engine, sessions: sessionmaker[Session], source: RegisterSource) -> App:
    return App(Config(register=RegisterConfig(source=source)), engine, sessions)


def test_run_schedules_the_check_and_the_feed_for_the_local_copy(engine: Engine, database: sessionmaker[Session]) -> None:
    scheduler = Scheduler()
    register_job(scheduler, _app(engine, database, RegisterSource.LOCAL), threading.Event())
    assert set(scheduler.jobs) == {CHECK_JOB_ID, FEED_JOB_ID}
    assert scheduler.jobs[CHECK_JOB_ID]["minutes"] == 10
    assert scheduler.jobs[CHECK_JOB_ID]["max_instances"] == 1


def test_with_checks_off_nothing_is_scheduled(engine: Engine, database: sessionmaker[Session]) -> None:
    scheduler = Scheduler()
    register_job(scheduler, _app(engine, database, RegisterSource.OFF), threading.Event())
    assert scheduler.jobs == {}


def test_a_failing_check_is_logged_and_never_raises_into_the_scheduler(engine: Engine, database: sessionmaker[Session]) -> None:
    _file(database, fictitious_order("931500007", "Fjellbekk Data AS"), NOW)
    app = _app(engine, database, RegisterSource.API)
    assert check_once(app, BrokenRegister(), threading.Event()) is None
