"""Two pollers started at the same moment on one mailbox and one database (a cron job and a
colleague's manual ``poll --once``, say): the lease lets one of them file, and every message
is filed once in total, whichever got it. The brand-new database is migrated by both at
once as well."""

from __future__ import annotations

import mailbox
import os
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.db import make_engine, session_factory
from storage.models import MessageRecord, OrderRecord
from tests.intake.crashing import brreg_intake, write_config
from tests.intake.mails import backlog

pytestmark = pytest.mark.integration

MESSAGES = 120


def _outcomes(log: str) -> Counter[str]:
    """The counts in a run's one ``poll:`` line (none when it was locked out)."""
    line = next(x for x in log.splitlines() if " poll" in x)
    return Counter({k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line)})


def test_two_pollers_started_together_file_each_message_once(
    tmp_path: Path, database_url: str
) -> None:
    mail = backlog(MESSAGES)
    maildir = tmp_path / "Maildir"
    box = mailbox.Maildir(maildir, create=True)
    for raw in mail.mails:
        box.add(raw)
    config = write_config(tmp_path / "brreg-intake.toml", database_url, maildir)
    env = {k: v for k, v in os.environ.items() if k != "BRREG_INTAKE_DATABASE_URL"}
    command = [brreg_intake(), "poll", "--once", "--config", str(config)]

    pollers = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
        for _ in range(2)
    ]
    logs = [p.communicate(timeout=120)[0].decode() for p in pollers]

    assert [p.returncode for p in pollers] == [0, 0], logs
    counts = [_outcomes(log) for log in logs]
    assert sum(c["new_order"] for c in counts) == mail.orders  # filed by one or the other
    assert sum(c["new"] for c in counts) == MESSAGES
    engine = make_engine(database_url)
    try:
        with session_factory(engine)() as session:
            records = session.scalar(select(func.count()).select_from(MessageRecord))
            distinct = session.scalar(select(func.count(func.distinct(MessageRecord.sha256))))
            orders = session.scalars(select(OrderRecord)).all()
    finally:
        engine.dispose()
    assert records == distinct == MESSAGES
    assert len(orders) == mail.orders
    assert len({o.order["applicant"]["org_number"] for o in orders}) == mail.orders
    assert not list(box.iterkeys())  # the inbox is empty
    assert len(list(box.get_folder("processed").iterkeys())) == MESSAGES
