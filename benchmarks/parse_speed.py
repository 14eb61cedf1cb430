"""Benchmark of `brreg-intake parse`: emails per second in one process, peak memory, cold start.

usage: python benchmarks/parse_speed.py [--emails 5000] [--corpus ../shared/corpus]

Prints figures; asserts nothing (goals: >= 300 emails/s, < 300 MB, < 2.5 s cold start).
The corpus emails are cycled until --emails have been parsed.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def corpus_files(corpus: Path) -> list[Path]:
    files = sorted(corpus.glob("messages/*.eml")) + sorted(corpus.glob("threads/*/*.eml"))
    extra = sorted((REPO / "tests" / "corpus_extra").glob("messages/*.eml"))
    return files + extra


def throughput(files: list[Path], count: int) -> float:
    from parsers.api import parse_email

    blobs = [f.read_bytes() for f in files]
    parse_email(blobs[0])  # load spaCy and the patterns once, as a running bot has
    start = time.perf_counter()
    for raw in itertools.islice(itertools.cycle(blobs), count):
        parse_email(raw).to_dict()
    return count / (time.perf_counter() - start)


def cold_start(one: Path, runs: int = 5) -> float:
    cli = Path(sys.executable).with_name("brreg-intake")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(cli), "parse", str(one)], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--emails", type=int, default=5000)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = ap.parse_args()
    files = corpus_files(args.corpus)
    if not files:
        sys.exit(f"no .eml files under {args.corpus}")
    rate = throughput(files, args.emails)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cold = cold_start(files[0])
    print(f"corpus files: {len(files)}, emails parsed: {args.emails}")
    print(f"parse throughput: {rate:.0f} emails/s (one process)")
    print(f"peak memory: {peak_mb:.0f} MB")
    print(f"cold start `brreg-intake parse one.eml`: {cold:.2f} s (median of 5)")


if __name__ == "__main__":
    main()
