"""The machine-mail figures of issue 12: how many machine mails change an order, get a reply,
or become an order.

Runs the suite of ``tests/replies/machines.py`` (``machines()``) through
``bot.intake.file_message`` on fresh SQLite databases, with the reply volume limits off (no
grace period, no caps), so that every reply the rules would send is counted:

1. as answers to our reply: for each of four vendor orders with a gap, each machine's mail
   (the order's reference in the subject, In-Reply-To our reply), a day apart;
2. arriving alone (no reference, no In-Reply-To): orders filed, replies queued.

    .venv/bin/python scripts/machine_mail_figures.py [--names]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.intake import file_message
from bot.replies import ReplySettings
from storage.db import make_engine, session_factory, upgrade
from storage.models import OrderRecord, OutboxMail
from tests.replies.machines import machine_answer, machines
from tests.replies.mails import T0, gap_orders

GAPS = ("missing-phone", "missing-org-number", "wrong-check-digit", "missing-contact-name")
NO_LIMITS = ReplySettings(grace_period_hours=0, daily_cap_per_sender=10**6,
                          hourly_circuit_breaker=10**6)  # fmt: skip


def _state(session: Session) -> list[tuple[object, ...]]:
    rows = session.scalars(select(OrderRecord).order_by(OrderRecord.id))
    return [(r.order, str(r.status)) for r in rows]


def _outbox(session: Session) -> int:
    return len(list(session.scalars(select(OutboxMail))))


def as_answers(folder: Path, names: bool) -> tuple[int, int, int, int]:
    """(mails, changed an order, became ready, replies) over the four gap orders."""
    mails = changed = ready = replies = 0
    for gap in GAPS:
        url = f"sqlite:///{folder / (gap + '.sqlite3')}"
        upgrade(url)
        sessions = session_factory(make_engine(url))
        order = next(o for o in gap_orders() if o.name == gap)
        with sessions.begin() as session:
            file_message(session, order.raw, now=T0, replies=NO_LIMITS)
        with sessions() as session:
            record = session.scalars(select(OrderRecord)).one()
            reference = record.reference
            ours = session.scalars(select(OutboxMail)).one().message_id
        for i, machine in enumerate(machines(), start=1):
            raw = machine_answer(machine, order.sender, our_reply_id=ours, reference=reference)
            with sessions() as session:
                before, sent = _state(session), _outbox(session)
            with sessions.begin() as session:
                file_message(session, raw, now=T0 + timedelta(days=i), replies=NO_LIMITS)
            with sessions() as session:
                after, now_sent = _state(session), _outbox(session)
            mails += 1
            if after != before:
                changed += 1
                ready += after[0][1] == "ready" and before[0][1] != "ready"
                if names:
                    print(f"changed  {gap:22} {machine.name}")
            replies += now_sent - sent
    return mails, changed, ready, replies


def alone(folder: Path, names: bool) -> tuple[int, int, int]:
    """(mails, orders filed, replies) when the machines' mails arrive on their own."""
    url = f"sqlite:///{folder / 'alone.sqlite3'}"
    upgrade(url)
    sessions = session_factory(make_engine(url))
    vendor = gap_orders()[0].sender
    orders = 0
    for i, machine in enumerate(machines(), start=1):
        raw = machine_answer(machine, vendor, our_reply_id=None, reference=None)
        with sessions() as session:
            before = len(_state(session))
        with sessions.begin() as session:
            file_message(session, raw, now=T0 + timedelta(days=i), replies=NO_LIMITS)
        with sessions() as session:
            if len(_state(session)) > before:
                orders += 1
                if names:
                    print(f"order    {machine.name}")
    with sessions() as session:
        return len(machines()), orders, _outbox(session)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", action="store_true", help="name each mail that counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mails, changed, ready, replies = as_answers(Path(tmp), args.names)
        print(f"as answers: {mails} mails, {changed} changed their order ({ready} to ready), "
              f"{replies} replies")  # fmt: skip
        n, orders, alone_replies = alone(Path(tmp), args.names)
        print(f"alone: {n} mails, {orders} filed as orders, {alone_replies} replies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
