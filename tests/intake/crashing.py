"""Crash soak: ``brreg-intake poll --once`` over a backlog, killed with SIGKILL at random
moments and restarted until one run completes; then every message must be accounted for.

Shared by tests/intake/test_crash.py (a short run) and scripts/crash_soak.py (a long one).
The mailbox is a Maildir, the database an SQLite file (or any URL given). Every so often a
mail breaks the extractor (``crash_hook/sitecustomize.py`` is put on the processes'
PYTHONPATH), so quarantining is crashed into as well.

Where kills land: a third of them (and every one once the inbox is empty) at 0.05-1 s after
the start, i.e. in interpreter start-up, migrations, the lease, the listing; the rest a random
0.02-0.4 s after the process filed its first message, i.e. inside the loop of commits (and
inside the moves, which come every 500 messages and at the end).
"""

from __future__ import annotations

import mailbox
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from storage.db import make_engine, session_factory
from storage.models import Lease, MessageRecord, MessageState, OrderRecord, QuarantineRecord
from tests.intake.mails import Backlog, backlog, vendor

HOOK = Path(__file__).with_name("crash_hook")
PROCESSED, QUARANTINE = "processed", "quarantine"  # INBOX.processed, INBOX.quarantine
RUN_TIMEOUT = 120.0
EARLY_SHARE = 0.35  # kills at 0.05-1 s after the start; the rest land while filing


def brreg_intake() -> str:
    """The installed console script next to this interpreter (the virtualenv's)."""
    script = Path(sys.executable).with_name("brreg-intake")
    return str(script) if script.exists() else "brreg-intake"


@dataclass
class Soak:
    workdir: Path
    messages: int
    database_url: str = ""
    broken_every: int = 50
    mail: Backlog | None = None
    kills: list[str] = field(default_factory=list)  # where each kill landed
    runs: int = 0
    last_log: str = ""

    @property
    def maildir(self) -> Path:
        return self.workdir / "Maildir"

    @property
    def config(self) -> Path:
        return self.workdir / "brreg-intake.toml"

    def prepare(self) -> None:
        """Write the config, and deliver the backlog into a new Maildir."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        if not self.database_url:
            self.database_url = f"sqlite:///{self.workdir / 'intake.sqlite3'}"
        write_config(self.config, self.database_url, self.maildir)
        self.mail = backlog(self.messages, broken_every=self.broken_every)
        box = mailbox.Maildir(self.maildir, create=True)
        for raw in self.mail.mails:
            box.add(raw)

    # ------------------------------------------------------------------ crashing

    def crash_until_done(self, kills: int, rng: random.Random, deadline: float) -> None:
        """Start, kill, restart: at least ``kills`` kills, then until a run completes."""
        engine = make_engine(self.database_url)
        try:
            completed = False
            while len(self.kills) < kills or not completed:
                if time.monotonic() > deadline:
                    raise AssertionError(
                        f"out of time after {self.runs} runs and {len(self.kills)} kills"
                    )
                completed = self._one_run(engine, rng, kill=len(self.kills) < kills)
        finally:
            engine.dispose()

    def _one_run(self, engine: Engine, rng: random.Random, *, kill: bool) -> bool:
        """One process; True when it ran to its end (and exited 0), False when killed."""
        self.runs += 1
        log = self.workdir / f"run-{self.runs:03d}.log"
        before = _count(engine)
        early = rng.random() < EARLY_SHARE or not self.inbox()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HOOK), _repo()])}
        env.pop("BRREG_INTAKE_DATABASE_URL", None)
        started = time.monotonic()
        with log.open("wb") as out:
            process = subprocess.Popen(
                [brreg_intake(), "poll", "--once", "--config", str(self.config)],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env,
            )  # fmt: skip
            try:
                if kill:
                    where = self._wait_for_kill_point(engine, process, rng, started, before, early)
                    if process.poll() is None:
                        process.send_signal(signal.SIGKILL)
                        process.wait()
                        self.kills.append(where)
                        return False
                code = process.wait(timeout=RUN_TIMEOUT)
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        self.last_log = log.read_text(encoding="utf-8", errors="replace")
        if code != 0:
            raise AssertionError(f"run {self.runs} exited with {code}:\n{self.last_log}")
        return True

    def _wait_for_kill_point(
        self,
        engine: Engine,
        process: subprocess.Popen[bytes],
        rng: random.Random,
        started: float,
        before: int,
        early: bool,
    ) -> str:
        if early:
            delay = rng.uniform(0.05, 1.0)
            _sleep_while_running(process, started + delay)
            return f"{delay:.2f} s after start"
        while process.poll() is None and _count(engine) <= before:
            if time.monotonic() - started > RUN_TIMEOUT:
                break
            time.sleep(0.01)
        delay = rng.uniform(0.02, 0.4)
        _sleep_while_running(process, time.monotonic() + delay)
        return f"{delay:.2f} s into filing"

    # ------------------------------------------------------------------ checking

    def inbox(self) -> list[str]:
        return list(mailbox.Maildir(self.maildir, create=False).iterkeys())

    def folder_digests(self, name: str) -> list[str]:
        box = mailbox.Maildir(self.maildir, create=False).get_folder(name)
        return [sha256(box.get_bytes(key)).hexdigest() for key in box.iterkeys()]

    def verify(self) -> list[str]:
        """Check that every message was handled exactly once; return what was checked."""
        assert self.mail is not None
        mail = self.mail
        engine = make_engine(self.database_url)
        try:
            with session_factory(engine)() as session:
                rows = session.execute(
                    select(MessageRecord.sha256, MessageRecord.message_id, MessageRecord.state)
                ).all()
                orders = session.scalars(select(OrderRecord)).all()
                per_order = Counter(o.id for o in orders for _ in o.messages)
                quarantine = session.scalars(select(QuarantineRecord)).all()
                leases = session.scalars(select(Lease)).all()
        finally:
            engine.dispose()
        expected = {sha256(raw).hexdigest() for raw in mail.mails}
        digests = [row.sha256 for row in rows]
        states = Counter(row.state for row in rows)
        org_numbers = [o.order["applicant"]["org_number"] for o in orders]
        processed, quarantined = self.folder_digests(PROCESSED), self.folder_digests(QUARANTINE)
        checks = [
            (len(rows) == self.messages, f"{len(rows)} message records for {self.messages} mails"),
            (set(digests) == expected, f"{len(set(digests))} distinct SHA-256, all of the backlog"),
            (len({r.message_id for r in rows}) == self.messages, "distinct Message-IDs"),
            (len(orders) == mail.orders, f"{len(orders)} orders for {mail.orders} order mails"),
            (len(set(org_numbers)) == len(orders), "no applicant org number filed twice"),
            (
                set(org_numbers) == {vendor(n).org_number for n in mail.order_vendors},
                "each order mail's org number filed",
            ),
            (all(n == 1 for n in per_order.values()), "one message per order"),
            (
                states[MessageState.QUARANTINED] == mail.broken == len(quarantine),
                f"{len(quarantine)} quarantined, once each",
            ),
            (states[MessageState.SCREENED] == mail.screened, f"{mail.screened} screened"),
            (not self.inbox(), "the inbox is empty"),
            (
                len(processed) + len(quarantined) == self.messages,
                f"{len(processed)} in processed + {len(quarantined)} in quarantine",
            ),
            (set(processed) | set(quarantined) == expected, "every mail is in one of them"),
            (len(quarantined) == mail.broken, "exactly the broken mail is in quarantine"),
            (not leases, "no lease left behind"),
        ]
        failed = [what for ok, what in checks if not ok]
        assert not failed, "crash soak found: " + "; ".join(failed)
        return [what for _, what in checks]


def write_config(path: Path, database_url: str, maildir: Path) -> Path:
    """A brreg-intake TOML config: this database, this Maildir, mail moved when handled."""
    path.write_text(
        f"[database]\nurl = {_toml(database_url)}\n\n"
        f'[mailbox]\nkind = "maildir"\n\n[mailbox.maildir]\npath = {_toml(str(maildir))}\n',
        encoding="utf-8",
    )
    return path


def _toml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _count(engine: Engine) -> int:
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(MessageRecord)) or 0
    except SQLAlchemyError:  # not created yet, or busy: nothing to go by
        return 0


def _sleep_while_running(process: subprocess.Popen[bytes], until: float) -> None:
    while process.poll() is None and time.monotonic() < until:
        time.sleep(0.005)


def _repo() -> str:
    return str(Path(__file__).resolve().parents[2])
