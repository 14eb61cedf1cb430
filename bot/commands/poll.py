"""``brreg-intake poll --once`` and ``brreg-intake run``: poll the mailbox now, or on a schedule.

``run`` starts an APScheduler scheduler that polls every ``intake.poll_interval_minutes``
(coalesced, one instance at a time) and stops cleanly on SIGTERM/SIGINT, finishing the
message in hand. Each poll logs one line (``--log-format json``: one JSON object per line). A
backlog shows a progress bar on a terminal. With ``metrics.port`` set, ``run`` serves
``/healthz`` and Prometheus ``/metrics`` on ``metrics.host`` (``bot.metrics``).

``poll --once --dry-run`` logs in, lists the inbox and says what a poll would do (how many
mails it would fetch and file, how many recorded ones it would move, which folders it would
create), without fetching a message, migrating the database or changing anything.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from bot import metrics as ops_metrics
from bot.bootstrap import App, build_app
from bot.budget import ParseBudget
from bot.commands.common import add_config_option, app_from
from bot.config import AfterProcessing, ConfigError
from bot.jobs.digest import register_job as register_digest_job
from bot.jobs.outbox import register_job as register_outbox_job
from bot.jobs.register import register_job as register_register_job
from bot.poll import PollReport, poll_once
from bot.replies import ReplySettings

log = logging.getLogger("brreg_intake")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    poll = subparsers.add_parser("poll", help="poll the mailbox once")
    add_config_option(poll)
    poll.add_argument("--once", action="store_true", required=True, help="one poll, then exit")
    poll.add_argument(
        "--dry-run", action="store_true", help="log in, list, say what a poll would do; no changes"
    )
    _add_log_format(poll)
    poll.set_defaults(func=run_poll)
    run = subparsers.add_parser("run", help="poll on a schedule until stopped (SIGTERM/SIGINT)")
    add_config_option(run)
    _add_log_format(run)
    run.set_defaults(func=run_scheduler)


def _add_log_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--log-format", choices=("text", "json"), default="text", help="one line per event"
    )


def _logging(args: argparse.Namespace | None = None) -> None:
    from bot.logs import setup_logging

    setup_logging(getattr(args, "log_format", "text"))


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
    try:
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
    except Exception:
        ops_metrics.note_poll(0, {}, result="failed")
        raise
    finally:
        if bar:
            bar.close()
    result = "skipped" if report.locked_out else "ok"
    ops_metrics.note_poll(report.new, dict(report.outcomes), result=result)
    log.info(report.line())
    return report


def run_poll(args: argparse.Namespace) -> int:
    _logging(args)
    if args.dry_run:
        return dry_run(args)
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

    _logging(args)
    app = app_from(args)
    stopping = _stop_on_signals()
    metrics_server = _start_metrics(app)
    scheduler = BackgroundScheduler(timezone="UTC")
    register_outbox_job(scheduler, app, stopping)
    register_digest_job(scheduler, app, stopping)
    register_register_job(scheduler, app, stopping)
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
    if metrics_server is not None:
        metrics_server.shutdown()
        ops_metrics.activate(None)
    log.info("stopped")
    return 0


def _start_metrics(app: App) -> Any:
    """Serve /healthz and /metrics when ``metrics.port`` is set; the server, or None."""
    settings = app.config.metrics
    if not settings.port:
        return None
    metrics = ops_metrics.Metrics(settings.stuck_after_minutes)
    metrics.watch_database(app.sessions)
    ops_metrics.activate(metrics)
    return ops_metrics.serve(metrics, settings.host, settings.port)


def dry_run(args: argparse.Namespace) -> int:
    """See the module docstring. Prints one line per finding; 1 if something failed."""
    from sqlalchemy import select

    from bot.mailbox import MailboxError
    from bot.mailbox.imap import ImapMailbox
    from storage.models import MessageRecord

    try:
        app = build_app(args.config, migrate=False)
    except ConfigError as exc:
        print(f"brreg-intake: {exc}", file=sys.stderr)
        return 2
    box = app.config.mailbox
    try:
        with app.open_mailbox() as mailbox:
            listing = mailbox.list_uids(box.inbox)
            missing = []
            if box.after_processing is AfterProcessing.MOVE and isinstance(mailbox, ImapMailbox):
                missing = [f for f in (box.processed_folder, box.quarantine_folder)
                           if not mailbox.folder_exists(f)]  # fmt: skip
    except (MailboxError, ConfigError) as exc:
        print(f"dry run: the mailbox failed: {exc}")
        return 1
    try:
        with app.sessions() as session:
            recorded = set(session.scalars(select(MessageRecord.uid).where(
                MessageRecord.mailbox == app.mailbox_name,
                MessageRecord.folder == box.inbox,
                MessageRecord.uidvalidity == listing.uidvalidity,
            )))  # fmt: skip
    except Exception as exc:  # e.g. a database not yet migrated: say so, change nothing
        print(f"dry run: the database failed ({type(exc).__name__}): run brreg-intake db upgrade?")
        return 1
    new = [uid for uid in listing.uids if uid not in recorded]
    left = len(listing.uids) - len(new)
    print(f"dry run: {box.inbox} has {len(listing.uids)} message(s)")
    print(f"dry run: would fetch and file {len(new)} new message(s)")
    if box.after_processing is AfterProcessing.MOVE:
        print(f"dry run: would move {left} recorded message(s) still in {box.inbox}")
        for folder in missing:
            print(f"dry run: would create folder {folder}")
    print("dry run: nothing was fetched, filed, moved or created")
    return 0
