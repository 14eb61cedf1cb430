#!/usr/bin/env python3
"""Fuzz of the intake: seeded mutants of the corpus mails (byte flips, truncation, header
duplication, boundary damage, charset lies, huge lines, deep MIME nesting, malformed RFC 2231
names) and runs of 1 MB of letters/digits/dots/'@' in the body and in a header, each parsed
as production parses it (``bot.intake.prepare_within`` under the parse budget), a sample also
ingested into a new SQLite database as ``brreg-intake ingest`` does.

    .venv/bin/python scripts/fuzz_intake.py [--mutants 3000] [--seed 12] [--budget 10]
        [--sample-every 10] [--no-runs]

Prints mails, max and p99 parse time, crashes (our exceptions out of the parse), mails over
the budget, and what ingest recorded. Exit status 0 when no mail crashed, none took more than
``--goal`` seconds (2) and every ingested mail was recorded.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.budget import ParseBudget
from tests.intake.fuzzing import run_fuzz


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mutants", type=int, default=3000, help="mutants of the corpus (3000)")
    parser.add_argument("--seed", type=int, default=12, help="random seed (12)")
    parser.add_argument("--budget", type=float, default=10.0, help="parse budget, s (10)")
    parser.add_argument("--goal", type=float, default=2.0, help="slowest parse allowed, s (2)")
    parser.add_argument("--sample-every", type=int, default=10, help="ingest 1 in N (10)")
    parser.add_argument("--no-runs", action="store_true", help="leave out the 1 MB runs")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="brreg-fuzz-") as folder:
        report = run_fuzz(
            args.seed, args.mutants, budget=ParseBudget(max_seconds=args.budget),
            sample_every=args.sample_every, runs=not args.no_runs,
            database=Path(folder) / "fuzz.sqlite3",
        )  # fmt: skip
    print(f"seed={args.seed} budget_s={args.budget:g}")
    for line in report.lines():
        print(line)
    for crash in report.crashes[:10]:
        print("crash:", crash)
    for error in report.ingest_errors[:10]:
        print("ingest error:", error)
    ok = (
        not report.crashes
        and not report.ingest_errors
        and max(report.times, default=0) <= args.goal
        and report.recorded == report.ingested
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
