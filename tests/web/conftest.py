"""The review page's stage: a temporary SQLite database filled through the real intake (the
mail a vendor sends, filed as ``brreg-intake ingest`` files it), the app on it, and staff who
reach it through a trusted proxy that names them in ``X-Remote-User``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

import parsers.extract
from bot.bootstrap import App, build_app
from bot.config import Config, DatabaseConfig
from bot.intake import Filed, file_message
from bot.web.app import create_app
from tests.mail import make_mail

STAFF = "Siri Saksbehandler"
ORDER_WITHOUT_PHONE = """Hei,

Vi ønsker testtilgang til RRH for en fiktiv kunde.

Søker: Fjordkode AS, org.nr. 974 760 673
Kontaktperson: Kari Nordmann, kari.nordmann@eksempel-system.no, telefon 99 88 77 6

Med vennlig hilsen
Kari Nordmann
"""
COMPLETE_ORDER = """Hei,

Vi ønsker testtilgang til RRH for en fiktiv kunde.

Søker: Fjordkode AS, org.nr. 974 760 673
Kontaktperson: Kari Nordmann, kari.nordmann@eksempel-system.no, telefon 912 34 567

Med vennlig hilsen
Kari Nordmann
"""


@dataclass
class Desk:
    """The database staff work on, and how mail reaches it."""

    app: App

    def sessions(self) -> sessionmaker[Session]:
        return self.app.sessions

    def receive(self, body: str, *, n: int, subject: str = "Testtilgang RRH") -> Filed:
        raw = make_mail(body, subject=subject, message_id=f"<web-{n}@eksempel-system.no>")
        with self.app.sessions() as session, session.begin():
            return file_message(session, raw)

    def receive_broken(self, monkeypatch: pytest.MonkeyPatch, *, n: int) -> Filed:
        """A mail our (for now broken) reader raises on: it is quarantined."""

        def broken(*_args: object, **_kwargs: object) -> object:
            raise RuntimeError("reader bug")

        with monkeypatch.context() as patch:
            patch.setattr(parsers.extract, "extract", broken)
            patch.setattr("bot.intake.extract", broken, raising=False)
            return self.receive(COMPLETE_ORDER, n=n, subject="Bestilling testtilgang")


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.delenv("BRREG_INTAKE_DATABASE_URL", raising=False)
    config_file = tmp_path / "brreg-intake.toml"
    url = f"sqlite:///{tmp_path / 'web.sqlite3'}"
    config_file.write_text(f'[database]\nurl = "{url}"\n[register]\nsource = "off"\n')
    app = build_app(config_file)
    yield Desk(app)
    app.engine.dispose()


def web_config(app: App, **web: object) -> Config:
    return replace(app.config, web=replace(app.config.web, **web))  # type: ignore[arg-type]


@pytest.fixture
def client(desk: Desk) -> TestClient:
    """Staff behind the proxy: TestClient's peer is 'testclient', so trust it as the proxy."""
    config = web_config(desk.app, trusted_proxies=("127.0.0.1",))
    site = create_app(config, desk.app.sessions)
    return TestClient(site, headers={"X-Remote-User": STAFF}, client=("127.0.0.1", 50000))


__all__ = ["STAFF", "DatabaseConfig"]
