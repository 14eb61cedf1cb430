"""Parsing ahead of filing: the pure half of each message (``bot.intake.prepare``) in a worker
process, while the main process stores the messages before it.

Filing a message is half CPU-bound parsing (MIME, spaCy, rules; no database) and half
storage. ``prepared`` hands fetched mail in chunks to a ``ProcessPoolExecutor`` and yields
each mail with its ``Prepared`` result, in order, keeping a bounded number of chunks in flight
(memory stays flat whatever the backlog). It never changes what is filed:

- a message whose parsing raised in the worker comes back without a result (None), and
  ``file_message`` parses it again in the main process, where the failure is quarantined with
  its traceback exactly as without workers;
- a message over its budget (``bot.budget``: too large, or parsing past its deadline, which
  interrupts it in the worker) comes back ``Unparsed`` with the reason, and is recorded and
  quarantined without being parsed again;
- a pool that breaks (a worker killed, out of memory) is given up with a warning and the rest
  is parsed in the main process;
- workers hold no database connection or mailbox and write nothing, and they exit when the
  main process is gone (even after SIGKILL), so a crash never leaves work behind.

Workers are forked (Linux): they start at once with the parser already loaded (spaCy, the
pattern files), and run the same ``prepare`` the main process would, patched or not.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from bot.budget import ParseBudget, Unparsed
from bot.intake import DEFAULT_IDENTITY, Prepared, prepare_within
from bot.mailbox.base import FetchedMail
from rules.identity import Identity

log = logging.getLogger(__name__)

CHUNK = 25
"""Messages per task: large enough that a task's overhead (about 0.1 ms) is small against its
parsing (about 3 ms a message), small enough that storage never waits long for the first."""
AHEAD = 8
"""Chunks in flight at most: bounds the memory held ahead of storage (8 x 25 mails)."""
MIN_MESSAGES = 2 * CHUNK
"""Fewer new messages than this are parsed in the main process: a pool is not worth it."""
WAIT_TICK = 5.0
"""Seconds between two calls of ``waiting`` while a chunk is being parsed (lease renewal)."""

Result = Prepared | Unparsed | None


def default_workers() -> int:
    """One parser per core beside the main process's own (at least 0, at most 2).

    Storing a message takes the main process about two thirds of the time parsing it takes,
    so one worker keeps storage busy on two cores; a second one there only competes for them
    (measured with ``benchmarks/intake_loop.py``, 10,000 mails on 2 cores: one worker 175
    msg/s, 99% of parse alone, 230 MB by PSS; two workers 183 msg/s, 97%, 296 MB)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min(2, (cores or 1) - 1))


def prepared(
    mails: Iterable[FetchedMail],
    workers: int,
    *,
    expected: int,
    budget: ParseBudget | None = None,
    identity: Identity = DEFAULT_IDENTITY,
    waiting: Callable[[], None] = lambda: None,
) -> Generator[tuple[FetchedMail, Result], None, None]:
    """Each mail of ``mails`` with ``prepare_within(mail.raw, budget, identity)`` (None: parse
    it in the main process). ``identity`` must be the one the mail is filed with, or
    ``file_message`` parses it again.

    ``workers`` processes parse ahead (0, or fewer than ``MIN_MESSAGES`` ``expected`` mails:
    none, every result is None). ``waiting`` is called every ``WAIT_TICK`` seconds while the
    main process waits for a chunk (the poll renews its lease). Closing the iterator early (a
    stop) shuts the pool down.
    """
    budget = budget or ParseBudget()
    if workers <= 0 or expected < MIN_MESSAGES or not _can_fork():
        for mail in mails:
            yield mail, None
        return
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        yield from _pipelined(pool, iter(mails), budget, identity, waiting)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pipelined(
    pool: ProcessPoolExecutor,
    mails: Iterator[FetchedMail],
    budget: ParseBudget,
    identity: Identity,
    waiting: Callable[[], None],
) -> Iterator[tuple[FetchedMail, Result]]:
    queue: deque[tuple[list[FetchedMail], Future[list[Result]] | None]] = deque()
    broken = False

    def submit() -> bool:
        nonlocal broken
        chunk = list(islice(mails, CHUNK))
        if not chunk:
            return False
        future = None
        if not broken:
            try:
                future = pool.submit(_prepare_all, [mail.raw for mail in chunk], budget, identity)
            except (BrokenProcessPool, RuntimeError):
                broken = True
                log.warning("the parsing workers are gone; parsing in this process")
        queue.append((chunk, future))
        return True

    more = True
    while more and len(queue) < AHEAD:
        more = submit()
    while queue:
        chunk, future = queue.popleft()
        results: list[Result] = [None] * len(chunk)
        if future is not None:
            try:
                results = _result(future, waiting)
            except BrokenProcessPool:
                if not broken:
                    log.warning("the parsing workers broke; parsing in this process")
                broken = True
        if more:
            more = submit()
        yield from zip(chunk, results, strict=True)


def _result(future: Future[list[Result]], waiting: Callable[[], None]) -> list[Result]:
    """The chunk's results, calling ``waiting`` every ``WAIT_TICK`` seconds until then."""
    while True:
        try:
            return future.result(timeout=WAIT_TICK)
        except FutureTimeout:
            waiting()


def _prepare_all(blobs: list[bytes], budget: ParseBudget, identity: Identity) -> list[Result]:
    """In a worker: ``prepare_within`` each message; None for one that raised (logged at
    debug), Unparsed for one over ``budget``."""
    results: list[Result] = []
    for raw in blobs:
        try:
            results.append(prepare_within(raw, budget, identity))
        except Exception:  # parsed again, and quarantined, in the main process
            log.debug("parsing failed in a worker:\n%s", traceback.format_exc())
            results.append(None)
    return results


def _exit_with_parent(parent: int) -> None:
    """In a worker: exit as soon as the main process is gone (SIGKILL runs no clean-up)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()
