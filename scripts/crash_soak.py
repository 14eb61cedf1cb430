#!/usr/bin/env python3
"""Crash soak of the intake loop: ``brreg-intake poll --once`` over a Maildir backlog, killed
with SIGKILL at random moments and restarted until a run completes; then it checks that every
message was recorded once, filed once, moved out of the inbox, and no order exists twice.

    .venv/bin/python scripts/crash_soak.py --messages 2000 --kills 100 [--seed N]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/soak] [--keep]

The short version runs in the test suite (tests/intake/test_crash.py). With more than 500
messages kills also land between the batch moves. With --database-url the database must be
empty (a new database or schema). Exit status 0 when everything was accounted for.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.intake.crashing import Soak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000, help="backlog size (2000)")
    parser.add_argument("--kills", type=int, default=100, help="SIGKILLs at least (100)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: random)")
    parser.add_argument("--broken-every", type=int, default=50, help="1 in N mails breaks (50)")
    parser.add_argument("--database-url", default="", help="default: an SQLite file")
    parser.add_argument("--minutes", type=float, default=30.0, help="give up after (30)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    workdir = Path(tempfile.mkdtemp(prefix="brreg-crash-soak-"))
    soak = Soak(workdir, args.messages, args.database_url, broken_every=args.broken_every)
    began = time.monotonic()
    try:
        soak.prepare()
        assert soak.mail is not None
        print(
            f"backlog: {args.messages} mails ({soak.mail.orders} orders, {soak.mail.screened} "
            f"auto-replies, {soak.mail.questions} questions, {soak.mail.broken} that break the "
            f"extractor) in {soak.maildir}; seed {seed}",
            flush=True,
        )
        soak.crash_until_done(args.kills, random.Random(seed), began + args.minutes * 60)
        into_filing = sum("into filing" in where for where in soak.kills)
        print(
            f"{len(soak.kills)} SIGKILLs over {soak.runs} runs ({into_filing} while filing, "
            f"{len(soak.kills) - into_filing} in start-up or an empty poll), "
            f"{time.monotonic() - began:.1f} s"
        )
        print("last run: " + (soak.last_log.strip().splitlines() or ["(no output)"])[-1])
        for line in soak.verify():
            print(f"  ok  {line}")
    except AssertionError as failure:
        print(f"FAILED (seed {seed}, work folder {workdir} kept): {failure}", file=sys.stderr)
        return 1
    if args.keep:
        print(f"work folder kept: {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
