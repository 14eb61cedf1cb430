"""The outbox job: every minute, deliver the mails that are due (``bot.outbox.sender``).

Coalesced and one instance at a time (APScheduler ``coalesce=True, max_instances=1``): a slow
SMTP server makes runs wait, never pile up. Several processes may run it at once; the claim
in the database gives every mail to one of them. The job stops between mails when
``stopping`` is set and never raises into the scheduler: an unexpected error (the database
is down) is logged with its traceback and the next run tries again.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import Any

from bot.bootstrap import App
from bot.metrics import note_delivery
from bot.outbox.recheck import withdraw_stale_replies
from bot.outbox.sender import DeliveryReport, deliver_due, smtp_connector
from bot.replies import ReplySettings

log = logging.getLogger(__name__)

JOB_ID = "outbox"
INTERVAL_MINUTES = 1


def register_job(scheduler: Any, app: App, stopping: threading.Event) -> None:
    """Add the outbox job to ``scheduler`` (an APScheduler 3 scheduler), first run now."""
    scheduler.add_job(
        run_once,
        "interval",
        args=(app, stopping),
        id=JOB_ID,
        name="deliver the outbox",
        minutes=INTERVAL_MINUTES,
        coalesce=True,
        max_instances=1,
        replace_existing=True,
        next_run_time=datetime.now(UTC),
    )


def run_once(app: App, stopping: threading.Event) -> DeliveryReport | None:
    """One run of the job: unless stopping, withdraw the pending replies that no longer fit
    their order (``bot.outbox.recheck``), then deliver what is due; None when it failed."""
    if stopping.is_set():
        return DeliveryReport()
    try:
        recheck(app)
        report = deliver_due(
            app.sessions,
            app.config.smtp,
            app.config.intake.our_address,
            stop=stopping.is_set,
            connect=smtp_connector(app.config),
        )
    except Exception:  # a database error: the traceback names no mail content
        log.exception("outbox: the delivery run failed; the next run tries again")
        return None
    note_delivery(len(report.sent), len(report.deferred), len(report.failed))
    return report


def recheck(app: App) -> None:
    """Withdraw (and re-plan) the pending replies that no longer fit their order, committed
    before the sender claims what is due."""
    with app.sessions.begin() as session:
        withdraw_stale_replies(session, ReplySettings.from_config(app.config))
