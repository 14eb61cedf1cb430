"""Render a realistic daily digest to a PNG, to look at it as the staff will.

Seeds a temporary SQLite database with a dozen invented orders in every state (the digest
tests' scenario, ``tests/digest/scenario.py``), renders the digest for Monday 2 March 2026
07:00 Oslo time, writes the HTML next to the PNG and screenshots it with headless Chromium
(``apt-get install -y chromium``). Nothing is loaded from the network: the HTML has no
external resources and Chromium runs with networking features off.

    .venv/bin/python scripts/render_digest_png.py [--out var/digest.png]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy.orm import Session  # noqa: E402

from bot.config import DigestConfig  # noqa: E402
from bot.digest.content import gather  # noqa: E402
from bot.digest.render import render  # noqa: E402
from storage.db import make_engine, session_factory, upgrade  # noqa: E402
from storage.messages import get_checkpoint  # noqa: E402
from tests.digest.builders import NOW  # noqa: E402
from tests.digest.scenario import busy_day  # noqa: E402


def seed(session: Session) -> None:
    """The digest tests' Monday morning, with the last poll four minutes before the digest
    (as a running bot would have it; the tests leave it at the real time)."""
    busy_day(session)
    checkpoint = get_checkpoint(session, "maildir:/srv/innboks", "INBOX")
    if checkpoint is None:
        raise SystemExit("the digest scenario recorded no mailbox poll")
    checkpoint.updated_at = NOW - timedelta(minutes=4)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "var" / "digest.png")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=2400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        engine = make_engine(f"sqlite:///{temp}/digest.sqlite3")
        upgrade(engine)
        sessions = session_factory(engine)
        with sessions.begin() as session:
            seed(session)
        with sessions() as session:
            digest = gather(session, DigestConfig(), now=NOW)
        engine.dispose()
    rendered = render(digest)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    html = args.out.with_suffix(".html")
    html.write_text(rendered.html, encoding="utf-8")
    args.out.with_suffix(".txt").write_text(rendered.text, encoding="utf-8")
    args.out.with_suffix(".csv").write_text(rendered.csv, encoding="utf-8")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: apt-get install -y chromium", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                f"--window-size={args.width},{args.height}",
                f"--screenshot={args.out}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"{rendered.subject}\n{html}\n{args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
