"""``brreg-intake run`` as systemd runs it: JSON log lines, /healthz and /metrics served."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.dovecot import free_port

pytestmark = pytest.mark.integration


def scrape(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return str(response.read().decode())
    except OSError:
        return ""


def test_run_serves_health_and_metrics_and_logs_json(tmp_path: Path) -> None:
    port = free_port()
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/intake.sqlite3"\n'
        f'[register]\nsource = "off"\n'
        f'[metrics]\nport = {port}\nstuck_after_minutes = 10\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "BRREG_INTAKE_DATABASE_URL"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--config", str(config), "--log-format", "json"],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline, page = time.monotonic() + 90, ""
        while 'brreg_intake_polls_total{result="ok"} 1.0' not in page:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, page
            time.sleep(0.5)
            page = scrape(f"{base}/metrics")
        assert scrape(f"{base}/healthz") == "ok\n"
        fetched = next(line for line in page.splitlines() if line.startswith("brreg_intake_mails_fetched_total"))
        assert float(fetched.split()[1]) == len(list((Path("bot") / "sample_mail").glob("*.eml")))
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0
    events = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    assert any(event["message"].startswith("poll: listed=") for event in events)
    assert events[-1]["message"] == "stopped"
