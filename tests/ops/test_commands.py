"""``brreg-intake token`` and ``brreg-intake check`` as an administrator runs them."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from tests.dovecot import (
    PASSWORD,
    USER,
    DovecotServer,
    OAuth2Dovecot,
    append,
    dovecot,
    dovecot_clean,
    dovecot_oauth2,
    free_port,
)
from tests.mailbox.conftest import make_mail
from tests.ops.fake_entra import CLIENT_ID, SECRET, TENANT, EntraServer, FakeEntra
from tests.outbox.conftest import Certificate, SmtpServer, make_certificate, smtp
from tests.outbox.test_sender import MAILBOX, XOAuth2Recorder

__all__ = ["dovecot", "dovecot_clean", "dovecot_oauth2", "smtp"]  # fixtures used here

pytestmark = pytest.mark.integration
SECRET_ENV = "BRREG_TEST_M365_SECRET"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("entra-tls"))


@pytest.fixture
def entra_server(certificate: Certificate) -> Iterator[tuple[FakeEntra, EntraServer]]:
    entra = FakeEntra()
    server = EntraServer(entra, certificate.server_context())
    yield entra, server
    server.close()


def brreg_intake(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bot.cli", *args]
    return subprocess.run(command, env={**os.environ, **env}, capture_output=True, text=True, timeout=60)


def m365_toml(path: Path, authority_host: str, tenant: str = TENANT) -> Path:
    path.write_text(
        f'[m365]\ntenant_id = "{tenant}"\nclient_id = "{CLIENT_ID}"\n'
        f'authority_host = "{authority_host}"\nclient_secret_env = "{SECRET_ENV}"\n',
        encoding="utf-8",
    )
    return path


def test_token_prints_an_app_only_token(
    entra_server: tuple[FakeEntra, EntraServer], certificate: Certificate, tmp_path: Path
) -> None:
    entra, server = entra_server
    config = m365_toml(tmp_path / "config.toml", server.authority_host)
    env = {SECRET_ENV: SECRET, "REQUESTS_CA_BUNDLE": str(certificate.cert)}
    done = brreg_intake("token", "--config", str(config), env=env)
    assert (done.returncode, done.stdout) == (0, "token-1\n")
    checked = brreg_intake("token", "--check", "--config", str(config), env=env)
    assert checked.returncode == 0 and "token-2" not in checked.stdout and "ok" in checked.stdout
    assert entra.issued == ["token-1", "token-2"]


def test_token_with_a_wrong_tenant_says_what_to_fix(
    entra_server: tuple[FakeEntra, EntraServer], certificate: Certificate, tmp_path: Path
) -> None:
    _, server = entra_server
    config = m365_toml(tmp_path / "config.toml", server.authority_host, tenant="contoso-typo")
    env = {SECRET_ENV: SECRET, "REQUESTS_CA_BUNDLE": str(certificate.cert)}
    done = brreg_intake("token", "--config", str(config), env=env)
    assert done.returncode == 1 and done.stdout == ""
    assert "AADSTS90002" in done.stderr and "m365.tenant_id" in done.stderr
    assert done.stderr.count("\n") == 1


def test_token_without_an_m365_section_names_the_key(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[intake]\npoll_interval_minutes = 5\n", encoding="utf-8")
    done = brreg_intake("token", "--config", str(config), env={})
    assert done.returncode == 1 and "m365.tenant_id" in done.stderr


# ------------------------------------------------------------------ brreg-intake check


def service_toml(path: Path, server: DovecotServer, smtp_port: int, database: Path) -> Path:
    path.write_text(
        f"""
[database]
url = "sqlite:///{database}"
[mailbox]
kind = "imap"
[mailbox.imap]
host = "{server.host}"
port = {server.port}
security = "plaintext"
username = "{USER}"
password_env = "BRREG_TEST_IMAP_PASSWORD"
[smtp]
host = "127.0.0.1"
port = {smtp_port}
starttls = false
""",
        encoding="utf-8",
    )
    return path


def run_check(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = main(["check", "--config", str(config)])
    return status, capsys.readouterr().out.splitlines()


def test_check_passes_when_everything_answers(
    dovecot_clean: DovecotServer,
    smtp: SmtpServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRREG_TEST_IMAP_PASSWORD", PASSWORD)
    monkeypatch.delenv("BRREG_INTAKE_DATABASE_URL", raising=False)
    database = tmp_path / "intake.sqlite3"
    config = service_toml(tmp_path / "config.toml", dovecot_clean, smtp.port, database)
    assert main(["db", "--config", str(config), "upgrade"]) == 0
    capsys.readouterr()
    status, lines = run_check(config, capsys)
    assert status == 0, lines
    assert [line.split(":")[0] for line in lines] == [
        "ok   config", "ok   database", "ok   mailbox", "ok   smtp",
    ]
    assert "INBOX/processed: missing (a poll creates it)" in lines[2]
    assert PASSWORD not in "\n".join(lines)


def test_check_names_each_failure_and_goes_on(
    dovecot_clean: DovecotServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRREG_TEST_IMAP_PASSWORD", "wrong-password")
    monkeypatch.delenv("BRREG_INTAKE_DATABASE_URL", raising=False)
    config = service_toml(tmp_path / "config.toml", dovecot_clean, free_port(), tmp_path / "new.sqlite3")
    status, lines = run_check(config, capsys)
    assert status == 1
    assert lines[0].startswith("ok   config")
    assert lines[1].startswith("FAIL database") and "run brreg-intake db upgrade" in lines[1]
    assert lines[2].startswith("FAIL mailbox") and "refused" in lines[2]
    assert lines[3].startswith("FAIL smtp")


def test_check_with_a_broken_config_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[mailbox]\nkind = \"pop3\"\n", encoding="utf-8")
    status, lines = run_check(config, capsys)
    assert status == 2 and lines == [lines[0]] and "mailbox.kind" in lines[0]


# ------------------------------------------------------------------ poll --once --dry-run


def test_dry_run_says_what_a_poll_would_do_and_changes_nothing(
    dovecot_clean: DovecotServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRREG_TEST_IMAP_PASSWORD", PASSWORD)
    monkeypatch.delenv("BRREG_INTAKE_DATABASE_URL", raising=False)
    append(dovecot_clean, [make_mail(1), make_mail(2)])
    database = tmp_path / "intake.sqlite3"
    config = service_toml(tmp_path / "config.toml", dovecot_clean, free_port(), database)
    assert main(["db", "--config", str(config), "upgrade"]) == 0
    capsys.readouterr()
    before = dump(database)
    assert main(["poll", "--once", "--dry-run", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "would fetch and file 2 new message(s)" in out
    assert "would create folder INBOX/processed" in out
    assert "would create folder INBOX/quarantine" in out
    imap = dovecot_clean.client()
    try:
        assert [name for _, _, name in imap.list_folders()] == ["INBOX"]
        imap.select_folder("INBOX", readonly=True)
        flags = imap.get_flags(imap.search(["ALL"]))
    finally:
        imap.logout()
    assert [b"\\Seen" in f for f in flags.values()] == [False, False]
    assert dump(database) == before  # no lease, checkpoint or message row either


def dump(database: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return list(connection.iterdump())


def test_check_against_a_microsoft_365_like_setup(
    dovecot_oauth2: OAuth2Dovecot,
    entra_server: tuple[FakeEntra, EntraServer],
    certificate: Certificate,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Token from (fake) Entra ID over HTTPS, IMAP XOAUTH2 checked by Dovecot's oauth2 passdb,
    SMTP AUTH XOAUTH2 at aiosmtpd: the same token for both."""
    entra, authority = entra_server
    dovecot_oauth2.introspection.is_valid = entra.valid
    smtp_server = SmtpServer(XOAuth2Recorder(entra=entra), controller_options={"auth_require_tls": False}).start()
    monkeypatch.setenv(SECRET_ENV, SECRET)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(certificate.cert))
    monkeypatch.delenv("BRREG_INTAKE_DATABASE_URL", raising=False)
    server = dovecot_oauth2.server
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[database]
url = "sqlite:///{tmp_path}/intake.sqlite3"
[mailbox]
kind = "imap"
[mailbox.imap]
host = "{server.host}"
port = {server.port}
security = "plaintext"
username = "{USER}"
auth = "m365"
[smtp]
host = "127.0.0.1"
port = {smtp_server.port}
starttls = false
username = "{MAILBOX}"
auth = "m365"
[m365]
tenant_id = "{TENANT}"
client_id = "{CLIENT_ID}"
authority_host = "{authority.authority_host}"
client_secret_env = "{SECRET_ENV}"
""",
        encoding="utf-8",
    )
    try:
        assert main(["db", "--config", str(config), "upgrade"]) == 0
        capsys.readouterr()
        status, lines = run_check(config, capsys)
    finally:
        smtp_server.stop()
        dovecot_oauth2.introspection.is_valid = lambda _t: False
    assert status == 0, lines
    assert [line.split(":")[0] for line in lines] == [
        "ok   config", "ok   database", "ok   m365 token", "ok   mailbox", "ok   smtp",
    ]
    assert "logged in to 127.0.0.1 (m365)" in lines[3]
    assert entra.issued == ["token-1"]  # one token, cached, for IMAP and SMTP
    assert all("token-1" not in line for line in lines)
