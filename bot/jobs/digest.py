"""The daily digest job: at ``digest.time`` on ``digest.days``, local time in
``digest.timezone`` (APScheduler CronTrigger with that time zone), queue the digest once.

Exactly once per local day, whatever fires: ``bot.digest.schedule.send_digest`` keys the outbox
row by the local date of the moment the job runs, so a second scheduler, a restart or a cron
that fires twice in an autumn night (facts.md) finds the day taken. The config loader refuses
a time inside the hour that daylight saving skips or repeats, so normally the cron fires once.

A scheduler started after today's time (a restart, a deploy) runs the job once at start when
it is still within ``CATCH_UP`` of the scheduled time on a digest day and today's digest is
missing; ``misfire_grace_time`` gives a busy scheduler the same slack.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.bootstrap import App
from bot.config import DigestConfig
from bot.digest.schedule import SendResult, send_digest

log = logging.getLogger("brreg_intake")

JOB_ID = "digest"
CATCH_UP = timedelta(hours=4)
_CRON_DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def trigger(config: DigestConfig) -> Any:
    """The CronTrigger: the configured local time on the configured days, in the time zone."""
    from apscheduler.triggers.cron import CronTrigger

    return CronTrigger(
        day_of_week=",".join(str(day) for day in config.days),
        hour=config.time.hour,
        minute=config.time.minute,
        second=0,
        timezone=ZoneInfo(config.timezone),
    )


def run_job(
    app: App, stopping: threading.Event | None = None, *, now: datetime | None = None
) -> SendResult | None:
    """One run: queue today's digest unless it was queued. Never raises (the scheduler would
    only log it); returns None when stopping, unconfigured or failed."""
    if stopping is not None and stopping.is_set():
        return None
    if not app.config.digest.staff_addresses:
        log.warning("digest: digest.staff_addresses is empty; nothing sent")
        return None
    try:
        result = send_digest(app.sessions, app.config, now=now)
    except Exception:
        log.exception("digest: failed; the next run tries again")
        return None
    log.info(result.line())
    return result


def catch_up_due(config: DigestConfig, now: datetime) -> bool:
    """True on a digest day between the scheduled time and ``CATCH_UP`` after it."""
    local = now.astimezone(ZoneInfo(config.timezone))
    if local.weekday() not in {_CRON_DAYS[str(day)] for day in config.days}:
        return False
    scheduled = datetime.combine(local.date(), config.time, tzinfo=local.tzinfo)
    return scheduled <= local <= scheduled + CATCH_UP


def register_job(scheduler: Any, app: App, stopping: threading.Event) -> None:
    """Add the digest job to ``scheduler`` (APScheduler 3, any time zone of its own)."""
    config = app.config.digest
    scheduler.add_job(
        run_job,
        trigger(config),
        args=(app, stopping),
        id=JOB_ID,
        name="daily digest",
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=int(CATCH_UP.total_seconds()),
    )
    now = datetime.now(UTC)
    if catch_up_due(config, now):
        scheduler.add_job(
            run_job,
            "date",
            args=(app, stopping),
            id=f"{JOB_ID}-catch-up",
            run_date=now,
            replace_existing=True,
        )
    log.info("digest: %s at %s %s", ",".join(config.days), f"{config.time:%H:%M}", config.timezone)
