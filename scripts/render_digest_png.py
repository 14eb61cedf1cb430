"""Render a realistic daily digest to a PNG, to look at it as the staff will.

Seeds a temporary SQLite database with a dozen invented orders in every state (the builders
of the digest tests), renders the digest for Monday 2 March 2026 07:00 Oslo time, writes the
HTML next to the PNG and screenshots it with headless Chromium (``apt-get install -y
chromium``). Nothing is loaded from the network: the HTML has no external resources and
Chromium runs with networking features off.

    .venv/bin/python scripts/render_digest_png.py [--out var/digest.png]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy.orm import Session  # noqa: E402

from bot.config import DigestConfig  # noqa: E402
from bot.digest.content import gather  # noqa: E402
from bot.digest.render import render  # noqa: E402
from rules.order import Contact, Order, OrderType, Party  # noqa: E402
from storage.db import make_engine, session_factory, upgrade  # noqa: E402
from storage.messages import Location, advance_checkpoint  # noqa: E402
from storage.models import OrderStatus  # noqa: E402
from storage.outbox import add_outbox  # noqa: E402
from storage.replies import flag_bounced_address, record_decision  # noqa: E402
from tests.digest import builders as b  # noqa: E402

NOW = b.NOW


def seed(session: Session) -> None:
    friday = datetime(2026, 2, 27, 6, 0, tzinfo=UTC)
    add_outbox(
        session,
        kind="digest",
        recipients=["vakt@etat.example.no"],
        subject="Daglig oversikt",
        body="{}",
        message_id="<digest-2026-02-27@brreg.no>",
        now=friday,
    )
    b.order(session, b.FICTITIOUS, subject="Bestilling av testtilgang – Fjordsystemer AS")
    b.order(
        session,
        b.DIRECT,
        subject="Testtilgang RRH for Vestvik kommune",
        sender="per.hansen@vestvik.example.no",
    )
    b.order(
        session,
        b.EXISTING,
        subject="SV: Tilgang til testmiljø for kunden vår Kundebyrå AS",
        sender="ola@regnskapsdata.example.no",
        at=NOW - timedelta(hours=14),
    )
    waiting = b.order(
        session,
        replace(
            b.EXISTING,
            applicant=Party(
                b.BAD_ORG,
                "Regnskapsdata AS",
                Contact("Ola Lie", "ola@regnskapsdata.example.no", None),
            ),
        ),
        subject="Tilgang for kunde",
        at=friday - timedelta(hours=1),
        sender="ola@regnskapsdata.example.no",
    )
    for hours in (0, 24, 48):
        b.reply(session, waiting, friday + timedelta(hours=hours))
    b.order(
        session,
        Order(
            order_type=OrderType.UNSPECIFIED,
            applicant=Party("911223341", "Nordlys Regnskap og Rådgivning AS"),
        ),
        subject="Hei, vi vil gjerne teste API-et",
    )
    b.order(
        session,
        replace(
            b.FICTITIOUS,
            applicant=replace(b.FICTITIOUS.applicant, org_number="922334455", name="Havbris IT AS"),
        ),
        flags=("national_id_seen",),
    )
    evil = replace(
        b.FICTITIOUS,
        applicant=replace(
            b.FICTITIOUS.applicant,
            org_number="974760673",
            name='"><img src=x onerror=alert(1)> Skummel AS',
        ),
    )
    b.order(
        session,
        evil,
        subject="<script>alert('hei')</script> Bestilling",
        flags=("reply_from_unknown_sender",),
    )
    bounced = replace(
        b.DIRECT,
        applicant=replace(
            b.DIRECT.applicant,
            org_number="998877660",
            name="Østre Fjelldal interkommunale selskap IKS",
        ),
        production_contact=Contact("Drift", "drift@fjelldal-iks.example.no", "+4741234567"),
    )
    b.order(session, bounced, sender="per.hansen@vestvik.example.no")
    flag_bounced_address(session, "drift@fjelldal-iks.example.no", now=NOW - timedelta(hours=1))
    unsure = b.order(
        session,
        replace(
            b.EXISTING,
            applicant=replace(b.EXISTING.applicant, org_number="934567897", name="Bergen Lønn AS"),
        ),
    )
    contact = Contact("Ola Lie", "ola@regnskapsdata.example.no", "+4790012345")
    b.later_mail_changes(
        session,
        unsure,
        replace(b.current(unsure), applicant=replace(b.current(unsure).applicant, contact=contact)),
        NOW - timedelta(hours=2),
    )
    b.order(
        session, b.FICTITIOUS, subject="Bestilling (sendt på nytt)", at=NOW - timedelta(hours=1)
    )
    b.quarantined(
        session,
        NOW - timedelta(hours=5),
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe5 in position 112",
    )
    done = b.order(
        session,
        replace(
            b.FICTITIOUS,
            applicant=replace(
                b.FICTITIOUS.applicant, org_number="812345672", name="Ferdig Data AS"
            ),
        ),
        at=friday - timedelta(days=3),
    )
    b.staff_closes(
        session, done, OrderStatus.DONE, "Ingrid Saksbehandler", NOW - timedelta(hours=20)
    )
    rejected = b.order(
        session,
        Order(
            order_type=OrderType.DIRECT_ACCESS, applicant=Party("923456783", "Avvist Konsult AS")
        ),
        at=friday - timedelta(days=3),
    )
    b.staff_closes(
        session, rejected, OrderStatus.REJECTED, "Ingrid Saksbehandler", NOW - timedelta(hours=19)
    )
    record_decision(
        session,
        message=waiting.messages[0],
        decision="withheld",
        reason="circuit-breaker",
        order=waiting,
        now=NOW - timedelta(hours=4),
    )
    checkpoint = advance_checkpoint(session, Location("maildir:/srv/innboks", "INBOX", 1, 42))
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
