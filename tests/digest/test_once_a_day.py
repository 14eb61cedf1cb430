"""Exactly one digest per local day: across a restart, two schedulers, and the nights when
daylight saving starts and ends in Europe/Oslo."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.bootstrap import App
from bot.config import Config, DigestConfig, Weekday
from bot.digest.schedule import digest_message_id, send_digest
from bot.jobs.digest import JOB_ID, catch_up_due, register_job, run_job, trigger
from storage.models import OutboxMail
from tests.digest.builders import NOW

OSLO = ZoneInfo("Europe/Oslo")


def _digests(sessions: sessionmaker[Session]) -> list[OutboxMail]:
    with sessions() as session:
        return list(
            session.scalars(
                select(OutboxMail).where(OutboxMail.kind == "digest").order_by(OutboxMail.id)
            )
        )


def _fire_times(cron: CronTrigger, start: datetime, end: datetime) -> list[datetime]:
    """The instants (UTC) at which ``cron`` fires from ``start`` to ``end``, as a scheduler asks
    for them. APScheduler 3 compares times with the same tzinfo by wall time (fold ignored), so
    after the second 02:30 of an autumn night it offers that instant again and again: where a
    fire time does not move on, this skips an hour ahead."""
    times: list[datetime] = []
    previous: datetime | None = None
    now = start
    while True:
        fire = cron.get_next_fire_time(previous, now)
        if fire is None or fire.astimezone(UTC) > end.astimezone(UTC):
            return times
        fire = fire.astimezone(UTC)
        if times and fire <= times[-1]:
            previous, now = None, times[-1] + timedelta(hours=1)
            continue
        times.append(fire)
        previous, now = fire, fire + timedelta(microseconds=1)


def test_a_restart_sends_nothing_twice(app: App) -> None:
    first = send_digest(app.sessions, app.config, now=NOW)
    again = send_digest(app.sessions, app.config, now=NOW + timedelta(minutes=3))
    assert first.sent and not again.sent
    assert first.message_id == again.message_id == "<digest-2026-03-02@brreg.no>"
    rows = _digests(app.sessions)
    assert [r.message_id for r in rows] == ["<digest-2026-03-02@brreg.no>"]
    assert rows[0].recipients == ["testtilgang-team@etat.example.no", "vakt@etat.example.no"]
    assert rows[0].subject.startswith("Daglig oversikt mandag 2. mars 2026")
    assert rows[0].headers == {"Auto-Submitted": "auto-generated"}
    assert send_digest(app.sessions, app.config, now=NOW + timedelta(days=1)).sent


def test_two_schedulers_at_the_same_moment_send_one(app: App) -> None:
    barrier = threading.Barrier(4)
    results = []

    def scheduler() -> None:
        barrier.wait()
        results.append(run_job(app, now=NOW))

    threads = [threading.Thread(target=scheduler) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(_digests(app.sessions)) == 1
    assert sorted(r.sent for r in results if r is not None) == [False, False, False, True]


def test_a_deliberate_second_send_gets_its_own_message_id(app: App) -> None:
    send_digest(app.sessions, app.config, now=NOW)
    second = send_digest(app.sessions, app.config, now=NOW, force_again=True)
    third = send_digest(app.sessions, app.config, now=NOW, force_again=True)
    assert (second.message_id, third.message_id) == (
        "<digest-2026-03-02-2@brreg.no>",
        "<digest-2026-03-02-3@brreg.no>",
    )
    assert len(_digests(app.sessions)) == 3


def test_the_cron_fires_at_local_time_once_a_day_across_both_changes(app: App) -> None:
    cron = trigger(DigestConfig(days=tuple(Weekday)))  # 07:00 Europe/Oslo every day
    for first, last in (("2026-03-27", "2026-03-31"), ("2026-10-23", "2026-10-27")):
        start = datetime.fromisoformat(f"{first}T00:00").replace(tzinfo=OSLO)
        end = datetime.fromisoformat(f"{last}T23:59").replace(tzinfo=OSLO)
        fires = _fire_times(cron, start, end)
        assert [f.astimezone(OSLO).time() for f in fires] == [time(7, 0)] * 5
        for fire in fires:
            assert run_job(app, now=fire) is not None
    days = [r.message_id for r in _digests(app.sessions)]
    assert len(days) == len(set(days)) == 10
    assert "<digest-2026-03-29@brreg.no>" in days and "<digest-2026-10-25@brreg.no>" in days


@pytest.mark.parametrize("night", ["2026-03-29", "2026-10-25"])
def test_a_cron_in_the_changing_hour_still_sends_once(app: App, night: str) -> None:
    """facts.md: a 02:30 cron fires at a non-existent time in spring and twice in autumn. The
    config refuses 02:xx; should one slip through, the day key still sends once per date."""
    cron = CronTrigger(hour=2, minute=30, timezone=OSLO)
    day = datetime.fromisoformat(night).replace(tzinfo=OSLO)
    fires = _fire_times(cron, day - timedelta(days=1), day + timedelta(days=1, hours=23))
    on_the_night = [f for f in fires if f.astimezone(OSLO).date() == day.date()]
    # Spring: 02:30 does not exist and fires once (at 03:30 CEST); autumn: it fires twice.
    assert len(on_the_night) == (1 if night.endswith("03-29") else 2)
    for fire in fires:
        run_job(app, now=fire)
    ids = [r.message_id for r in _digests(app.sessions)]
    assert len(ids) == len(set(ids)) == 3
    assert f"<digest-{night}@brreg.no>" in ids


def test_both_instants_of_an_ambiguous_local_time_send_once(app: App) -> None:
    first = datetime(2026, 10, 25, 2, 30, tzinfo=OSLO)  # CEST, 00:30 UTC
    second = first.replace(fold=1)  # CET, 01:30 UTC: the same wall time an hour later
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    results = [run_job(app, now=first), run_job(app, now=second)]
    assert [r.sent for r in results if r is not None] == [True, False]
    assert [r.message_id for r in _digests(app.sessions)] == ["<digest-2026-10-25@brreg.no>"]


def test_the_day_is_the_local_date_not_the_utc_date(app: App) -> None:
    late = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)  # already 3 March in Oslo
    assert send_digest(app.sessions, app.config, now=late).message_id == digest_message_id(
        datetime(2026, 3, 3).date()
    )


def test_register_job_adds_the_cron_in_the_configured_zone(app: App) -> None:
    scheduler = BackgroundScheduler(timezone="UTC")
    register_job(scheduler, app, threading.Event())
    job = next(j for j in scheduler.get_jobs() if j.id == JOB_ID)
    assert str(job.trigger.timezone) == "Europe/Oslo"
    fire = job.trigger.get_next_fire_time(None, datetime(2026, 3, 6, 12, 0, tzinfo=OSLO))
    assert fire == datetime(2026, 3, 9, 7, 0, tzinfo=OSLO)  # Friday noon -> Monday 07:00


def test_a_stopping_scheduler_or_no_staff_sends_nothing(app: App, engine: object) -> None:
    stopping = threading.Event()
    stopping.set()
    assert run_job(app, stopping, now=NOW) is None
    nobody = App(Config(), app.engine, app.sessions)
    assert run_job(nobody, now=NOW) is None
    assert _digests(app.sessions) == []


def test_catch_up_after_a_late_start() -> None:
    config = DigestConfig()  # 07:00 Monday to Friday
    assert catch_up_due(config, datetime(2026, 3, 2, 8, 15, tzinfo=OSLO))
    assert not catch_up_due(config, datetime(2026, 3, 2, 6, 59, tzinfo=OSLO))
    assert not catch_up_due(config, datetime(2026, 3, 2, 11, 30, tzinfo=OSLO))
    assert not catch_up_due(config, datetime(2026, 3, 7, 8, 0, tzinfo=OSLO))  # Saturday
