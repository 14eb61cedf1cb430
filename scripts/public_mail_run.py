"""Real-world mail as answers to our reply: the public-collection run of issue 12.

Fetches the test fixtures that two Apache-2.0 mail libraries ship in their source
distributions from the package index (talon 1.4.4: replies from a dozen mail clients and
signature samples; mail-parser 4.8.0: real mails, Outlook, malformed and spam) into a temporary
folder (nothing is copied into the repository), then files each one through
``bot.intake.file_message`` on fresh SQLite databases with the reply volume limits off:

1. as an answer to the reply we gave a vendor's order with a gap (the order's reference in the
   subject, In-Reply-To our reply, From the vendor; every other header as it came);
2. arriving alone, as it came.

It prints how many changed their order (and to ``ready``), how many replies went out, how many
became orders, and with ``--names`` which fixture did what (field and new value).

    .venv/bin/python scripts/public_mail_run.py [--dir FOLDER] [--names]

``--dir`` reads fixtures already unpacked under FOLDER instead of fetching them (the index is
reachable only at install time on some machines). The tests never need this script: they use
mails of our own writing that resemble these (tests/replies/machines.py).
"""

from __future__ import annotations

import argparse
import email
import email.header
import subprocess
import sys
import tarfile
import tempfile
from datetime import timedelta
from email import policy
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.intake import file_message
from bot.replies import ReplySettings
from storage.db import make_engine, session_factory, upgrade
from storage.models import OrderRecord, OutboxMail
from tests.replies.mails import T0, gap_orders

SDISTS = ("talon==1.4.4", "mail-parser==4.8.0")
GAPS = ("missing-phone", "missing-org-number")
NO_LIMITS = ReplySettings(grace_period_hours=0, daily_cap_per_sender=10**6,
                          hourly_circuit_breaker=10**6)  # fmt: skip


def fetch(folder: Path) -> None:
    """Download the source distributions with pip and unpack them into ``folder``."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
         *SDISTS, "-d", str(folder)], check=True,
    )  # fmt: skip
    for archive in folder.glob("*.tar.gz"):
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")


def fixtures(folder: Path) -> list[tuple[str, bytes]]:
    """(name, raw) of each fixture: talon's replies and signature samples (text samples
    wrapped in a plain mail), mail-parser's mails."""
    found: list[tuple[str, bytes]] = []
    for path in sorted(folder.glob("talon-*/tests/fixtures/**/*.eml")):
        found.append((f"talon/{path.name}", path.read_bytes()))
    for path in sorted(folder.glob("talon-*/tests/fixtures/signature/emails/*/*")):
        text = path.read_bytes().replace(b"#sig#", b"").replace(b"#reply#", b"")
        if not text.lstrip().startswith(b"From:"):
            text = b"From: sample@talon.test\nSubject: Hello\n\n" + text
        found.append((f"talon/signature/{path.parent.name}/{path.name}", text))
    for path in sorted(folder.glob("mail_parser-*/tests/mails/*")):
        found.append((f"mail-parser/{path.name}", path.read_bytes()))
    return found


def as_answer(raw: bytes, vendor: str, reference: str, ours: str, n: int) -> bytes:
    """``raw`` as an answer to our reply: From the vendor, our reference in the subject,
    In-Reply-To our reply; every other header as it came."""
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    try:
        subject = str(email.header.make_header(email.header.decode_header(msg["Subject"] or "")))
    except (LookupError, ValueError, UnicodeError):
        subject = ""
    for name in ("From", "Subject", "In-Reply-To", "References", "Message-ID", "To"):
        del msg[name]
    msg["From"] = vendor
    msg["To"] = "opendata.rrh@brreg.no"
    msg["Subject"] = email.header.Header(f"Re: [{reference}] {subject}", "utf-8")
    msg["Message-ID"] = f"<fixture-{n}@public.test>"
    msg["In-Reply-To"] = ours
    msg["References"] = ours
    return msg.as_bytes()


def _orders(sessions: object) -> list[tuple[object, str]]:
    with sessions() as session:  # type: ignore[operator]
        rows = session.scalars(select(OrderRecord).order_by(OrderRecord.id))
        return [(r.order, str(r.status)) for r in rows]


def _outbox(sessions: object) -> int:
    with sessions() as session:  # type: ignore[operator]
        return len(list(session.scalars(select(OutboxMail))))


def _changes(before: dict[str, object], after: dict[str, object], at: str = "") -> list[str]:
    found = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            found += _changes(old, new, f"{at}{key}.")
        elif old != new:
            found.append(f"{at}{key}={new!r}")
    return found


def run(folder: Path, mails: list[tuple[str, bytes]], names: bool) -> None:
    changed = ready = replies = filed = 0
    for gap in GAPS:
        url = f"sqlite:///{folder / (gap + '.sqlite3')}"
        upgrade(url)
        sessions = session_factory(make_engine(url))
        order = next(o for o in gap_orders() if o.name == gap)
        with sessions.begin() as session:
            file_message(session, order.raw, now=T0, replies=NO_LIMITS)
            record = session.scalars(select(OrderRecord)).one()
            reference = record.reference
            ours = session.scalars(select(OutboxMail)).one().message_id
        for i, (name, raw) in enumerate(mails, start=1):
            answer = as_answer(raw, order.sender, reference, ours, i)
            before, sent = _orders(sessions), _outbox(sessions)
            with sessions.begin() as session:
                file_message(session, answer, now=T0 + timedelta(days=i), replies=NO_LIMITS)
            after = _orders(sessions)
            filed += 1
            replies += _outbox(sessions) - sent
            if after != before:
                changed += 1
                ready += after[0][1] == "ready" and before[0][1] != "ready"
                if names:
                    diff = _changes(before[0][0], after[0][0])  # type: ignore[arg-type]
                    print(f"changed {gap:20} {name:45} {'; '.join(diff)} -> {after[0][1]}")
    print(f"as answers: {filed} filings of {len(mails)} fixtures, {changed} changed their order "
          f"({ready} to ready), {replies} replies")  # fmt: skip
    url = f"sqlite:///{folder / 'alone.sqlite3'}"
    upgrade(url)
    sessions = session_factory(make_engine(url))
    orders = 0
    for i, (name, raw) in enumerate(mails, start=1):
        count = len(_orders(sessions))
        with sessions.begin() as session:
            file_message(session, raw, now=T0 + timedelta(days=i), replies=NO_LIMITS)
        if len(_orders(sessions)) > count:
            orders += 1
            if names:
                print(f"order   {name}")
    print(f"alone: {len(mails)} fixtures, {orders} filed as orders, {_outbox(sessions)} replies")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="fixtures already unpacked here")
    parser.add_argument("--names", action="store_true", help="name each fixture that counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.dir
        if source is None:
            source = Path(tmp) / "sdists"
            source.mkdir()
            fetch(source)
        mails = fixtures(source)
        run(Path(tmp), mails, args.names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
