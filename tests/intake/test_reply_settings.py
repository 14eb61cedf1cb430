"""The reply settings of the config reach the intake: the daily cap per sender is the config's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from storage.db import make_engine, session_factory
from storage.models import OutboxMail
from tests.mail import make_mail


def gap_order(org: str, n: int) -> bytes:
    return make_mail(
        f"Hei,\n\nVi ønsker en fiktiv virksomhet i testmiljøet.\nOrgnr: {org}\nNavn: Fjellkode {n} AS\n"
        "Kontaktperson: Nina Ny, nina@fjellkode.no\n",
        sender="Nina Ny <nina@fjellkode.no>",
        message_id=f"<order-{n}@fjellkode.no>",
    )


def outbox_rows(url: str) -> int:
    with session_factory(make_engine(url))() as session:
        return session.scalar(select(func.count(OutboxMail.id))) or 0


@pytest.mark.parametrize(("cap", "expected"), [(3, 2), (1, 1)])
def test_ingest_uses_the_configured_daily_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: int, expected: int
) -> None:
    url = f"sqlite:///{tmp_path}/intake.sqlite3"
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", url)
    config = tmp_path / "config.toml"
    config.write_text(f"[replies]\ndaily_cap_per_sender = {cap}\n", encoding="utf-8")
    for n, org in enumerate(("974760673", "923609016")):
        (tmp_path / f"{n}.eml").write_bytes(gap_order(org, n))
    assert main(["ingest", "--config", str(config), str(tmp_path)]) == 0
    assert outbox_rows(url) == expected


def test_every_poll_records_when_it_last_succeeded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The digest's "last successful poll" moves with every poll, new mail or not."""
    from storage.models import MailboxCheckpoint

    url = f"sqlite:///{tmp_path}/intake.sqlite3"
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "config.toml"
    config.write_text(f'[mailbox.maildir]\npath = "{tmp_path}/Maildir"\n', encoding="utf-8")
    assert main(["poll", "--once", "--config", str(config)]) == 0
    with session_factory(make_engine(url))() as session:
        first = session.scalars(select(MailboxCheckpoint)).one().updated_at
    assert main(["poll", "--once", "--config", str(config)]) == 0
    with session_factory(make_engine(url))() as session:
        assert session.scalars(select(MailboxCheckpoint)).one().updated_at > first
