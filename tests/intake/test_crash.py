"""Crash safety: ``brreg-intake poll --once`` killed with SIGKILL at random moments over a
backlog, restarted each time, loses no mail and files none twice.

A killed poller leaves its lease behind (ten minutes); the restarted one takes it over because
the holder's process is gone. Mail that breaks the extractor is part of the backlog.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from tests.intake.crashing import Soak

pytestmark = [pytest.mark.integration, pytest.mark.slow]

MESSAGES = 300
KILLS = 20
GIVE_UP_AFTER = 180.0  # about 30 s on an idle 2-core machine; a safety net, not the target


def test_a_poller_killed_at_random_moments_files_every_message_exactly_once(
    tmp_path: Path,
) -> None:
    soak = Soak(tmp_path / "soak", MESSAGES)
    soak.prepare()
    seed = random.randrange(2**32)

    soak.crash_until_done(KILLS, random.Random(seed), deadline=time.monotonic() + GIVE_UP_AFTER)

    assert len(soak.kills) >= KILLS, f"seed {seed}"
    assert any("into filing" in where for where in soak.kills), soak.kills
    soak.verify()
    assert "poll: listed=" in soak.last_log
