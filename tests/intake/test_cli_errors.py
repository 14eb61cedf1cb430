"""Every command error is one line on stderr with a non-zero exit, never a traceback: what
staff get wrong (a malformed database URL) and what the environment does (a database that
cannot be opened, an IMAP server that is down or refuses the token, a closed pipe).
``--config`` goes anywhere on the line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import hoist_config, main
from tests.dovecot import DovecotServer

Run = tuple[int, str]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    capsys.readouterr()
    code = main(list(argv))
    err = capsys.readouterr().err
    return code, err


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("brreg-intake: ")
    return lines[0]


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("not a url://", "database URL is malformed"),
        ("sqlite:////proc/brreg-intake-test/orders.db", "No such file or directory"),
        ("postgresql+psycopg://brreg@127.0.0.1:1/finnes_ikke", "database cannot be used"),
    ],
)
def test_a_database_that_cannot_be_used_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str, says: str
) -> None:
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", url)
    code, err = _run(capsys, "orders", "list")
    assert code == 1 and says in _one_line(err)
    assert "brreg@" not in err or "finnes_ikke" not in err.split("used:")[0]


def _imap_config(tmp_path: Path, port: int, extra: str) -> Path:
    config = tmp_path / "imap.toml"
    config.write_text(
        '[mailbox]\nkind = "imap"\n[mailbox.imap]\nhost = "127.0.0.1"\n'
        f'port = {port}\nusername = "u"\nsecurity = "plaintext"\n{extra}',
        encoding="utf-8",
    )
    return config


def test_poll_with_an_unreachable_imap_server_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", f"sqlite:///{tmp_path}/db.sqlite")
    config = _imap_config(tmp_path, 1, 'password_env = "BRREG_TEST_UNSET"\n')
    code, err = _run(capsys, "poll", "--once", "--config", str(config))
    assert code == 1 and "Connection refused" in _one_line(err)


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ('password_env = "BRREG_INTAKE_TEST_UNSET_PASSWORD"\n', "is not set"),
        ('auth = "xoauth2"\ntoken_command = ["false"]\n', "token_command"),
    ],
)
def test_a_missing_secret_or_failing_token_command_is_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dovecot: DovecotServer,
    extra: str,
    says: str,
) -> None:
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", f"sqlite:///{tmp_path}/db.sqlite")
    monkeypatch.delenv("BRREG_INTAKE_TEST_UNSET_PASSWORD", raising=False)
    config = _imap_config(tmp_path, dovecot.port, extra)
    code, err = _run(capsys, "--config", str(config), "poll", "--once")
    assert code == 1 and says in _one_line(err)


def test_config_goes_before_or_after_the_sub_command() -> None:
    assert hoist_config(["--config", "a.toml", "orders", "list"]) == ("a.toml", ["orders", "list"])
    assert hoist_config(["outbox", "list", "--config=b.toml"]) == ("b.toml", ["outbox", "list"])
    assert hoist_config(["orders", "--config", "c.toml", "show", "RRH-2026-0001"]) == (
        "c.toml", ["orders", "show", "RRH-2026-0001"],
    )  # fmt: skip


def test_every_command_accepts_config_in_the_same_places(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "finnes-ikke.toml")
    for argv in (
        ["orders", "list"],
        ["outbox", "list"],
        ["quarantine", "list"],
        ["digest", "--preview"],
    ):
        for where in ("before", "after"):
            line = (
                ["--config", missing, *argv] if where == "before" else [*argv, "--config", missing]
            )
            code, err = _run(capsys, *line)
            assert code == 2 and "finnes-ikke.toml" in _one_line(err), (argv, where)


def test_a_closed_pipe_is_no_traceback(tmp_path: Path) -> None:
    """``brreg-intake orders list | head -1``: the reader goes away; no BrokenPipeError."""
    env = {**os.environ, "BRREG_INTAKE_DATABASE_URL": f"sqlite:///{tmp_path}/demo.sqlite"}
    cli = [sys.executable, "-m", "bot.cli"]
    # In tmp_path: the demo seeds and empties var/sample-mailbox below the working directory,
    # and the repository's own demo mailbox must stay as it is.
    demo = subprocess.run([*cli, "demo"], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert demo.returncode == 0 and "order(s)" in demo.stdout, demo.stderr
    for _ in range(3):
        listing = subprocess.Popen([*cli, "orders", "export"], env=env, cwd=tmp_path,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        assert listing.stdout is not None and listing.stderr is not None
        listing.stdout.close()  # as `head -1` does once it has its line: before the output
        err = listing.stderr.read().decode()
        listing.wait()
        assert "Traceback" not in err and "BrokenPipeError" not in err
