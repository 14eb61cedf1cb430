"""Benchmark of the intake loop over a real IMAP server: a backlog of invented order mail in a
private Dovecot, filed by ``poll_once`` into a fresh SQLite file.

usage: .venv/bin/python benchmarks/intake_loop.py [--messages 10000] [--workers N] [--profile]

Prints, from one run on one backlog:

- the raw floor: imapclient ``UID FETCH BODY.PEEK[]`` in batches of 500, alone and with the
  standard library's and mail-parser's parsing of every message;
- ``parse`` alone: ``parsers.api.parse_email`` on the same bytes (spaCy loaded beforehand, as
  in a running bot);
- the whole loop: ``poll_once`` with ``ImapMailbox`` (plaintext on 127.0.0.1) and the
  bot's default number of parsing workers (``--workers`` to choose), recording and filing
  each message, committing them in groups, and moving them in UID sets, into a new SQLite
  file; where its time went, by timers around each stage;
- memory: peak RSS of the loop's process and of the largest parsing worker it forked
  (``bot.pipeline``), and the peak of the loop and its workers together, sampled from /proc:
  summed RSS (which counts pages the forked workers share once per process) and summed PSS
  (each page once): the memory goal is judged on PSS.

Each measurement runs in a fresh child process, so that peak RSS is the loop's own. Goals,
reported against and not asserted: loop >= 80 % of the parse-alone rate, a 10,000 backlog in
under 60 s, under 400 MB. With ``--profile`` the loop runs under cProfile and the functions
taking most time are printed (the profiler slows it down: its rate is not the figure).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository's tests/

from tests.dovecot import PASSWORD, USER, DovecotServer, find_dovecot
from tests.intake.mails import backlog, order_mail

BATCH = 500
GOAL_SHARE, GOAL_SECONDS, GOAL_MB = 0.80, 60.0, 400.0
PASSWORD_ENV = "BRREG_BENCH_IMAP_PASSWORD"


# ---------------------------------------------------------------------- the measurements


def _client(port: int) -> Any:
    from imapclient import IMAPClient

    client = IMAPClient("127.0.0.1", port=port, ssl=False, timeout=60)
    client.login(USER, PASSWORD)
    return client


def _fetch_all(port: int, each: Any = None) -> tuple[int, list[bytes]]:
    """Fetch the INBOX in batches of 500; ``each(raw)`` is called per message if given."""
    client = _client(port)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        kept: list[bytes] = []
        for start in range(0, len(uids), BATCH):
            response = client.fetch(uids[start : start + BATCH], [b"BODY.PEEK[]"])
            for uid in uids[start : start + BATCH]:
                raw = bytes(response[uid][b"BODY[]"])
                if each is None:
                    kept.append(raw)
                else:
                    each(raw)
        return len(uids), kept
    finally:
        client.logout()


def measure_floor(port: int) -> dict[str, float]:
    import email
    import email.policy

    import mailparser

    figures: dict[str, float] = {}
    for name, each in (
        ("fetch", lambda raw: None),
        ("fetch_stdlib", lambda raw: email.message_from_bytes(raw, policy=email.policy.compat32)),
        ("fetch_mailparser", lambda raw: mailparser.parse_from_bytes(raw)),
    ):
        start = time.perf_counter()
        count, _ = _fetch_all(port, each)
        figures[name] = count / (time.perf_counter() - start)
    return figures


def measure_parse(port: int) -> dict[str, float]:
    from parsers.api import parse_email

    count, blobs = _fetch_all(port)
    parse_email(blobs[0])  # load spaCy and the patterns once, as a running bot has
    start = time.perf_counter()
    for raw in blobs:
        parse_email(raw)
    return {"parse": count / (time.perf_counter() - start)}


STAGES = (
    ("bot.filing_group", "file_message", "file_message, whole (one message, in its group)"),
    ("bot.intake", "read_letter", "  parse: read_letter (MIME; in the worker, not timed)"),
    ("bot.intake", "extract", "  parse: extract (in the worker, not timed; threads here)"),
    ("bot.intake", "record_message", "  storage: record_message (id lookup, no flush)"),
    ("bot.intake", "find_thread", "  storage: find_thread"),
    ("bot.intake", "create_order", "  storage: create_order (reference, order and event rows)"),
    ("bot.intake", "plan_reply", "  replies: plan_reply (policy, outbox row)"),
    ("bot.filing_group", "FilingGroup.commit", "storage: group commit (one flush, checkpoint)"),
)


def _timed_stages() -> dict[str, float]:
    """Wrap the loop's stages (module attributes, or ``Class.method``, as the loop calls
    them) with timers."""
    import importlib

    spent: dict[str, float] = {}
    for module_name, name, label in STAGES:
        owner: Any = importlib.import_module(module_name)
        *path, attribute = name.split(".")
        for step in path:
            owner = getattr(owner, step)
        real = getattr(owner, attribute, None)
        if real is None:  # not (or no longer) part of the loop
            continue
        spent[label] = 0.0

        def timed(*args: Any, __real: Any = real, __label: str = label, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return __real(*args, **kwargs)
            finally:
                spent[__label] += time.perf_counter() - began

        setattr(owner, attribute, timed)
    return spent


class MemorySampler:
    """Samples, every 0.2 s in a thread, the memory of this process and its children (the
    parsing workers) from /proc: the peak of their summed RSS (an upper bound: forked
    processes share pages) and of their summed PSS (each shared page counted once, split
    between its sharers: the memory the loop really takes)."""

    def __init__(self) -> None:
        self.peak_rss_mb = self.peak_pss_mb = self.latest_pss_mb = 0.0
        self.most_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            pids = [os.getpid(), *_children()]
            rss = pss = 0.0
            for pid in pids:
                figures = _rollup(pid)
                rss += figures.get("Rss", 0.0)
                pss += figures.get("Pss", 0.0)
            self.peak_rss_mb = max(self.peak_rss_mb, rss / 1024)
            self.peak_pss_mb = max(self.peak_pss_mb, pss / 1024)
            self.latest_pss_mb = pss / 1024
            self.most_processes = max(self.most_processes, len(pids))


def _children() -> list[int]:
    pids: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return pids


def _rollup(pid: int) -> dict[str, float]:
    """kB figures of /proc/PID/smaps_rollup ({} when the process is gone)."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return {}
    figures: dict[str, float] = {}
    for line in lines[1:]:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            figures[key] = float(parts[0])
    return figures


def measure_loop(port: int, workdir: Path, profile: bool, workers: int | None) -> dict[str, Any]:
    from bot.config import ImapConfig, MailboxConfig, MailboxKind, TlsMode
    from bot.mailbox.imap import ImapMailbox
    from bot.pipeline import default_workers
    from bot.poll import poll_once
    from parsers.api import parse_email
    from storage.db import make_engine, session_factory, upgrade

    url = f"sqlite:///{workdir / 'loop.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    imap = ImapConfig(
        host="127.0.0.1", port=port, security=TlsMode.PLAINTEXT,
        username=USER, password_env=PASSWORD_ENV,
    )  # fmt: skip
    config = MailboxConfig(kind=MailboxKind.IMAP, imap=imap)
    parse_email(order_mail(0))  # spaCy loaded, as in a running bot (the scheduler's 2nd poll)
    spent = _timed_stages()
    marks: list[float] = []
    memory_marks: list[float] = []
    done = [0]
    memory = MemorySampler()

    def progress(step: int) -> None:
        done[0] += step
        if done[0] % 1000 == 0:
            marks.append(time.perf_counter())
            memory_marks.append(memory.latest_pss_mb)

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    if workers is None:
        workers = default_workers()
    start = time.perf_counter()
    with memory, ImapMailbox(imap) as mailbox:
        report = poll_once(
            session_factory(engine), mailbox, config, "benchmark", progress=progress,
            workers=workers,
        )  # fmt: skip
    seconds = time.perf_counter() - start
    if profiler is not None:
        profiler.disable()
        import pstats

        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    engine.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the parsing workers (bot.pipeline), reaped when the poll ended: the largest of them
    largest_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    per_thousand = [1000 / (b - a) for a, b in zip([start, *marks], marks, strict=False)]
    return {
        "loop": report.new / seconds,
        "loop_seconds": seconds,
        "peak_mb": peak,
        "worker_peak_mb": largest_worker,
        "workers": workers,
        "sum_rss_mb": memory.peak_rss_mb,
        "sum_pss_mb": memory.peak_pss_mb,
        "report": report.line(),
        "stages": spent,
        "per_thousand": per_thousand,
        "pss_per_thousand": memory_marks,
    }


def child(args: argparse.Namespace) -> None:
    os.environ[PASSWORD_ENV] = PASSWORD
    if args.phase == "floor":
        result: dict[str, Any] = measure_floor(args.port)
    elif args.phase == "parse":
        result = measure_parse(args.port)
    else:
        result = measure_loop(args.port, Path(args.workdir), args.profile, args.workers)
    print(json.dumps(result))


def run_child(
    phase: str, port: int, workdir: Path, profile: bool = False, workers: int | None = None
) -> dict[str, Any]:
    command = [sys.executable, __file__, "--phase", phase, "--port", str(port)]
    command += ["--workdir", str(workdir)] + (["--profile"] if profile else [])
    command += ["--workers", str(workers)] if workers is not None else []
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------------- the run


def load(server: DovecotServer, count: int) -> float:
    """Deliver ``count`` invented mails with MULTIAPPEND, 500 per command; returns msg/s."""
    client = _client(server.port)
    try:
        start = time.perf_counter()
        for first in range(0, count, BATCH):
            mails = backlog(min(BATCH, count - first), start=first).mails
            client.multiappend("INBOX", [{"msg": raw, "flags": []} for raw in mails])
        return count / (time.perf_counter() - start)
    finally:
        client.logout()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--profile", action="store_true", help="profile the loop (cProfile)")
    ap.add_argument(
        "--workers", type=int, help="parsing workers of the loop (default: the bot's default)"
    )
    ap.add_argument("--phase", choices=("floor", "parse", "loop"), help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--workdir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        child(args)
        return 0

    binary = find_dovecot()
    if binary is None:
        sys.exit("Dovecot is not installed (apt-get install dovecot-imapd)")
    server = DovecotServer(binary).start()
    workdir = Path(tempfile.mkdtemp(prefix="brreg-bench-"))
    try:
        print(f"Dovecot on 127.0.0.1:{server.port}; loading {args.messages} invented mails ...")
        load_rate = load(server, args.messages)
        floor = run_child("floor", server.port, workdir)
        parse = run_child("parse", server.port, workdir)["parse"]
        loop = run_child("loop", server.port, workdir, args.profile, args.workers)
    finally:
        server.stop()
    share = loop["loop"] / parse
    backlog_seconds = loop["loop_seconds"] * 10_000 / args.messages
    print(f"load (MULTIAPPEND, {BATCH}/command, mail generated on the fly): {load_rate:,.0f} msg/s")
    print(f"floor: FETCH BODY.PEEK[] x{BATCH}:                {floor['fetch']:>8,.0f} msg/s")
    print(f"floor: FETCH + email.message_from_bytes:      {floor['fetch_stdlib']:>8,.0f} msg/s")
    print(f"floor: FETCH + mailparser.parse_from_bytes:   {floor['fetch_mailparser']:>8,.0f} msg/s")
    print(f"parse alone (parsers.api.parse_email):        {parse:>8,.0f} msg/s")
    print(
        f"whole loop (poll_once, IMAP -> SQLite):       {loop['loop']:>8,.0f} msg/s"
        f"  ({loop['loop_seconds']:.1f} s for {args.messages})"
    )
    print(f"  {loop['report']}")
    stages, seconds = loop["stages"], loop["loop_seconds"]
    print(f"  where the loop's {seconds:.1f} s went (wall clock, timers around each stage):")
    for label, spent in stages.items():
        print(f"    {label:<62} {spent:7.1f} s {spent / seconds:5.0%}")
    whole = stages[STAGES[0][2]]
    other = whole - sum(v for k, v in stages.items() if k.startswith("  "))
    rest = seconds - whole - stages[STAGES[-1][2]]
    print(
        f"    {'  rest of file_message (screening, evaluate, the rows made)':<62} "
        f"{other:7.1f} s {other / seconds:5.0%}"
    )
    print(
        f"    {'outside: waiting for the parser, fetch, moves, listing, lease':<62} "
        f"{rest:7.1f} s {rest / seconds:5.0%}"
    )
    rates = " ".join(f"{r:.0f}" for r in loop["per_thousand"])
    sizes = " ".join(f"{m:.0f}" for m in loop["pss_per_thousand"])
    print(f"  msg/s per 1,000 messages, in order: {rates}")
    print(f"  MB (PSS, loop and workers) after each 1,000: {sizes}")
    print(f"parsing workers:                              {loop['workers']:>8}")
    print(f"peak RSS of the loop process:                 {loop['peak_mb']:>8,.0f} MB")
    print(f"peak RSS of a parsing worker (largest):       {loop['worker_peak_mb']:>8,.0f} MB")
    print(
        f"peak of the loop and its workers together:    {loop['sum_pss_mb']:>8,.0f} MB PSS"
        f" ({loop['sum_rss_mb']:,.0f} MB summed RSS, counting shared pages once per process)"
    )
    total_mb = loop["sum_pss_mb"]
    print("goals:")
    print(
        f"  loop >= {GOAL_SHARE:.0%} of parse alone: {share:.0%} "
        f"-> {'met' if share >= GOAL_SHARE else 'NOT met'}"
    )
    print(
        f"  10k backlog < {GOAL_SECONDS:.0f} s: {backlog_seconds:.1f} s (scaled to 10,000) "
        f"-> {'met' if backlog_seconds < GOAL_SECONDS else 'NOT met'}"
    )
    print(
        f"  memory < {GOAL_MB:.0f} MB: {total_mb:.0f} MB (PSS of the loop and its workers) "
        f"-> {'met' if total_mb < GOAL_MB else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
