"""The work budget of one mail: a size over which it is not parsed, and a time that its parsing
(MIME, text, extraction) may take. A mail over either is recorded and quarantined with the
reason, once, and the batch goes on (``bot.intake.file_message``).

The time budget is a deadline (``deadline``): SIGALRM interrupts the parse wherever it is,
also inside a regular expression (CPython's ``re`` checks for signals while it matches), in
the main process (small polls, ``ingest``, quarantine replay) and in a parsing worker alike
(each runs tasks in its main thread). Signals reach only the main thread: in another thread,
or where SIGALRM does not exist, the deadline is not enforced (nothing runs parsing there).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from bot.config import Config

DEFAULT_MAX_SECONDS = 10.0
DEFAULT_MAX_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseBudget:
    """How much one mail may cost: ``max_bytes`` of raw mail, ``max_seconds`` of parsing."""

    max_seconds: float = DEFAULT_MAX_SECONDS
    max_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def from_config(cls, config: Config) -> ParseBudget:
        return cls(config.budget.parse_seconds, config.budget.max_message_bytes)

    def size_reason(self, raw: bytes) -> str | None:
        """Why ``raw`` is not parsed at all (too large), or None."""
        if len(raw) > self.max_bytes:
            return f"over the size budget ({len(raw):,} bytes > {self.max_bytes:,})"
        return None

    def time_reason(self) -> str:
        return f"over the parse time budget ({self.max_seconds:g} s)"


@dataclass(frozen=True, slots=True)
class Unparsed:
    """A mail that was not parsed within its budget, and why (picklable: a worker's result)."""

    reason: str


class OverBudgetError(Exception):
    """Parsing ran past its deadline; ``str()`` is the reason recorded with the mail."""


@contextmanager
def deadline(budget: ParseBudget) -> Iterator[None]:
    """Raise ``OverBudgetError`` in the block when it runs longer than ``budget.max_seconds``.

    Nested deadlines: the inner one is not armed (the outer one, already running, governs)."""
    seconds = budget.max_seconds
    if (
        seconds <= 0
        or not hasattr(signal, "SIGALRM")
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_REAL)[0] > 0
    ):
        yield
        return

    def over(signum: int, frame: FrameType | None) -> None:
        raise OverBudgetError(budget.time_reason())

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
