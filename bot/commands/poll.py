"""``brreg-intake poll --once`` and ``brreg-intake run``: poll the mailbox now, or on a schedule.

``run`` starts an APScheduler scheduler that polls every ``intake.poll_interval_minutes``
(coalesced, one instance at a time) and stops cleanly on SIGTERM/SIGINT, finishing the
message in hand. Each poll logs one line. A backlog shows a progress bar on a terminal.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType

from bot.bootstrap import App
from bot.budget import ParseBudget
from bot.commands.common import add_config_option, app_from
from bot.jobs.digest import register_job as register_digest_job
from bot.jobs.outbox import register_job as register_outbox_job
from bot.poll import PollReport, poll_once
from bot.replies import ReplySettings

log = logging.getLogger("brreg_intake")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    poll = subparsers.add_parser("poll", help="poll the mailbox once")
    add_config_option(poll)
    poll.add_argument("--once", action="store_true", required=True, help="one poll, then exit")
    poll.set_defaults(func=run_poll)
    run = subparsers.add_parser("run", help="poll on a schedule until stopped (SIGTERM/SIGINT)")
    add_config_option(run)
    run.set_defaults(func=run_scheduler)


def _logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    quiet()


def quiet() -> None:
    """Keep library chatter out: Alembic's per-run notes, imapclient's protocol log (which
    names the login user)."""
    for name in ("alembic", "imapclient"):
        logging.getLogger(name).setLevel(logging.WARNING)


def poll_with_progress(app: App, stop: Callable[[], bool] = lambda: False) -> PollReport:
    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="mail", desc="filing", leave=False)
    with app.open_mailbox() as mailbox:
        report = poll_once(
            app.sessions,
            mailbox,
            app.config.mailbox,
            app.mailbox_name,
            stop=stop,
            progress=bar.update if bar else None,
            replies=ReplySettings.from_config(app.config),
            budget=ParseBudget.from_config(app.config),
        )
    if bar:
        bar.close()
    log.info(report.line())
    return report


def run_poll(args: argparse.Namespace) -> int:
    _logging()
    app = app_from(args)
    stopping = _stop_on_signals()
    poll_with_progress(app, stop=stopping.is_set)
    return 0


def _stop_on_signals() -> threading.Event:
    """An event set by SIGTERM or SIGINT: the poll finishes the message in hand and stops."""
    stopping = threading.Event()

    def handler(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %s: stopping after the message in hand", signum)
        stopping.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    return stopping


def run_scheduler(args: argparse.Namespace) -> int:
    from apscheduler.schedulers.background import BackgroundScheduler

    _logging()
    app = app_from(args)
    stopping = _stop_on_signals()
    scheduler = BackgroundScheduler(timezone="UTC")
    register_outbox_job(scheduler, app, stopping)
    register_digest_job(scheduler, app, stopping)
    scheduler.start()
    interval = app.config.intake.poll_interval_minutes
    log.info("running: polling every %s min", interval)
    # The poll runs in the main thread, not in a scheduler thread: the parse budget's
    # deadline (bot.budget, SIGALRM) can interrupt a parse in the main thread only.
    while not stopping.is_set():
        try:
            poll_with_progress(app, stopping.is_set)
        except Exception:  # the next poll tries again, as the scheduler's job did
            log.exception("poll failed")
        stopping.wait(interval * 60)
    scheduler.shutdown(wait=True)
    log.info("stopped")
    return 0
