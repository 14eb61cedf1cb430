"""A small run of the intake fuzz (scripts/fuzz_intake.py runs 3,000 and the 1 MB runs, with
timings): no mutant of the corpus makes our code raise, and every ingested one is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.budget import ParseBudget
from tests.intake.fuzzing import corpus_mails, run_fuzz


@pytest.mark.skipif(not corpus_mails(), reason="no corpus mail found")
def test_two_hundred_mutants_parse_without_a_crash_and_are_all_recorded(tmp_path: Path) -> None:
    report = run_fuzz(
        7, 200, budget=ParseBudget(), sample_every=4, runs=False,
        database=tmp_path / "fuzz.sqlite3",
    )  # fmt: skip

    assert report.mails == 200
    assert report.crashes == []
    assert report.ingest_errors == []
    assert report.recorded == report.ingested == 50
