"""Benchmark: importing Enhetsregisteret's bulk file into the local copy, and a lookup from it.

Generates a gzip JSON bulk file in the register's format (tests/register/bulkfile.py) of
``--entities`` entities (default 1,000,000) and a fifth of that, imports each with
``brreg-intake register import`` in a child process on a fresh SQLite database, and prints
entities per second and the child's peak memory (max RSS) for both sizes: the goals are
>= 20,000 entities/s, < 200 MB, and the same peak for both sizes (memory flat in file size).
Then times ``LocalRegister.lookup`` on random numbers (goal: < 1 ms each).

    .venv/bin/python benchmarks/register_import.py [--entities N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import text  # noqa: E402

from bot.register.local import LocalRegister  # noqa: E402
from storage.db import make_engine, session_factory  # noqa: E402
from tests.register.bulkfile import write_json_gz  # noqa: E402

CLI = REPO / ".venv" / "bin" / "brreg-intake"


def import_once(bulk: Path, folder: Path) -> tuple[float, float, str]:
    """Seconds and peak MB of one ``register import`` in a child process; the database URL."""
    url = f"sqlite:///{folder / 'register.sqlite3'}"
    config = folder / "config.toml"
    config.write_text(f'[database]\nurl = "{url}"\n')
    subprocess.run([str(CLI), "db", "--config", str(config), "upgrade"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    started = time.perf_counter()
    child = subprocess.Popen([str(CLI), "register", "import", str(bulk), "--config", str(config)])
    _, status, usage = os.wait4(child.pid, 0)  # this child's own peak, not all children's
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"register import failed ({child.returncode})")
    return seconds, usage.ru_maxrss / 1024, url


def lookups(url: str, count: int) -> list[float]:
    engine = make_engine(url)
    query = text("SELECT org_number FROM register_entities ORDER BY random() LIMIT :n")
    with engine.connect() as connection:
        wanted = [row[0] for row in connection.execute(query, {"n": count})]
    register = LocalRegister(session_factory(engine))
    sample = wanted + ["999999999"] * (count // 10)  # and some unknown numbers
    times = []
    for number in sample:
        started = time.perf_counter()
        register.lookup(number)
        times.append(time.perf_counter() - started)
    engine.dispose()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="folder for the files (default: a temp dir)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="register-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for size in (args.entities // 5, args.entities):
        bulk = folder / f"enheter-{size}.json.gz"
        if not bulk.exists():
            started = time.perf_counter()
            write_json_gz(bulk, size)
            print(f"generated {size:,} entities ({bulk.stat().st_size / 1e6:.0f} MB gzip) "
                  f"in {time.perf_counter() - started:.0f} s", flush=True)  # fmt: skip
        run = folder / f"db-{size}"
        run.mkdir(exist_ok=True)
        (run / "register.sqlite3").unlink(missing_ok=True)
        seconds, peak, url = import_once(bulk, run)
        results.append((size, seconds, peak, url))
        print(f"import {size:>9,}: {size / seconds:>8,.0f} entities/s, {seconds:6.1f} s, "
              f"peak RSS {peak:5.0f} MB", flush=True)  # fmt: skip
    size, _, _, url = results[-1]
    times = lookups(url, 10_000)
    print(f"lookup from the local copy: median {statistics.median(times) * 1000:.3f} ms, "
          f"p99 {sorted(times)[int(len(times) * 0.99)] * 1000:.3f} ms ({len(times):,} lookups)")


if __name__ == "__main__":
    main()
