"""The register jobs of ``brreg-intake run``: check the org numbers of open orders every
``register.check_interval_minutes`` (``bot.register.check``), and, with the local copy,
follow the change feeds every ``register.feed_interval_minutes`` (``bot.register.feed``).

Coalesced, one instance at a time, first check at start. They never raise into the scheduler:
a register or database error is logged and the next run tries again. The poll never waits
for them: a register that is down leaves numbers "not checked", never an order unfiled.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import Any

from bot.bootstrap import App
from bot.config import RegisterSource
from bot.metrics import note_register_check
from bot.register.api import ApiRegister
from bot.register.check import CheckReport, run_checks
from bot.register.choose import open_register
from bot.register.feed import FeedReport, update_from_feeds
from bot.replies import ReplySettings

log = logging.getLogger(__name__)

CHECK_JOB_ID = "register-check"
FEED_JOB_ID = "register-feed"


def register_job(scheduler: Any, app: App, stopping: threading.Event) -> None:
    """Add the check job (and the feed job for the local copy) unless checks are off."""
    config = app.config.register
    register = open_register(config, app.sessions)
    if register is None:
        log.info("register: checks are off (register.source = 'off')")
        return
    scheduler.add_job(
        check_once, "interval", args=(app, register, stopping), id=CHECK_JOB_ID,
        name="check org numbers in Enhetsregisteret", minutes=config.check_interval_minutes,
        coalesce=True, max_instances=1, replace_existing=True, next_run_time=datetime.now(UTC),
    )  # fmt: skip
    if config.source is RegisterSource.LOCAL:
        api = ApiRegister(config)
        scheduler.add_job(
            feed_once, "interval", args=(app, api, stopping), id=FEED_JOB_ID,
            name="follow Enhetsregisteret's change feed", minutes=config.feed_interval_minutes,
            coalesce=True, max_instances=1, replace_existing=True,
        )  # fmt: skip


def check_once(app: App, register: Any, stopping: threading.Event) -> CheckReport | None:
    if stopping.is_set():
        return None
    try:
        report = run_checks(
            app.sessions, register, concurrency=app.config.register.concurrency,
            recheck_after_hours=app.config.register.recheck_after_hours,
            replies=ReplySettings.from_config(app.config), stop=stopping.is_set,
        )  # fmt: skip
    except Exception:
        log.exception("register check: failed; the next run tries again")
        return None
    if report.orders:
        log.info(report.line())
    note_register_check(report.looked_up, report.not_checked)  # issue 14: metrics
    return report


def feed_once(app: App, api: ApiRegister, stopping: threading.Event) -> FeedReport | None:
    if stopping.is_set():
        return None
    try:
        report = update_from_feeds(
            app.sessions, api, concurrency=app.config.register.concurrency, stop=stopping.is_set
        )
    except Exception:
        log.exception("register feed: failed; the next run tries again")
        return None
    log.info(report.line())
    return report
