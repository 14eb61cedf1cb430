"""`brreg-intake run`: polls on its schedule and stops cleanly on SIGTERM, nothing half-filed."""

from __future__ import annotations

import mailbox
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from storage.db import make_engine, session_factory
from storage.models import MessageRecord, OrderRecord
from tests.intake.mails import order_mail

CLI = Path(sys.executable).with_name("brreg-intake")


def counts(url: str) -> tuple[int, int]:
    with session_factory(make_engine(url))() as session:
        messages = session.scalar(select(func.count(MessageRecord.id))) or 0
        orders = session.scalar(select(func.count(OrderRecord.id))) or 0
    return messages, orders


def test_run_files_the_backlog_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    maildir = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for n in range(120):
        maildir.add(order_mail(n))
    url = f"sqlite:///{tmp_path}/intake.sqlite3"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[intake]\npoll_interval_minutes = 60\n\n[mailbox.maildir]\npath = "{tmp_path}/Maildir"\n\n'
        '[smtp]\nhost = "127.0.0.1"\nport = 9\nstarttls = false\n',
        encoding="utf-8",
    )
    env = {**os.environ, "BRREG_INTAKE_DATABASE_URL": url}
    proc = subprocess.Popen(
        [str(CLI), "run", "--config", str(config)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and counts_or_zero(url)[0] == 0:
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)  # mid-backlog: the message in hand is finished
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    assert "stopped" in out
    messages, orders = counts(url)
    assert 0 < messages <= 120
    assert orders == messages  # every recorded message was filed whole: no half-filed mail
    left = len(list((tmp_path / "Maildir" / "new").iterdir())) + len(
        list((tmp_path / "Maildir" / "cur").iterdir())
    )
    assert left == 120 - messages  # what was filed was moved; the rest waits for the next run


def counts_or_zero(url: str) -> tuple[int, int]:
    try:
        return counts(url)
    except Exception:  # the database is being created
        return 0, 0
