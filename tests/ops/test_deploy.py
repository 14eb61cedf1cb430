"""The systemd unit in deploy/ passes ``systemd-analyze verify`` and keeps its promises."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNIT = Path(__file__).parents[2] / "deploy" / "brreg-intake.service"
INSTALLED_AT = "/opt/brreg-intake/.venv/bin/brreg-intake"


def test_the_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (scripts/bootstrap.sh --dev installs it)")
    # verify checks that ExecStart is executable: point it at this checkout's command.
    here = Path(sys.executable).parent / "brreg-intake"
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text(encoding="utf-8").replace(INSTALLED_AT, str(here)))
    done = subprocess.run(
        [analyze, "verify", "--man=no", str(unit)], capture_output=True, text=True, timeout=60
    )
    problems = [
        line for line in done.stderr.splitlines()
        if UNIT.name in line or "Unknown" in line or "Failed" in line
    ]  # fmt: skip
    assert done.returncode == 0 and problems == [], done.stderr


def test_the_unit_runs_unprivileged_with_secrets_from_an_environment_file() -> None:
    settings = [
        line.strip() for line in UNIT.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]  # fmt: skip
    for wanted in (
        "User=brreg-intake",
        "EnvironmentFile=/etc/brreg-intake/environment",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "CapabilityBoundingSet=",
    ):
        assert wanted in settings
    (start,) = [s for s in settings if s.startswith("ExecStart=")]
    assert start.split("=", 1)[1].split()[:2] == [INSTALLED_AT, "run"]
    assert "--log-format json" in start
