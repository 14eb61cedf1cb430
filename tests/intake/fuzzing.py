"""Mutants of real mail for the intake fuzz: byte flips, truncation, duplicated header lines,
damaged boundaries, charset lies, huge lines, deep MIME nesting, malformed RFC 2231 names, and
runs of 1 MB of letters, digits, dots and '@' in the body and in a header.

Shared by scripts/fuzz_intake.py (3,000 and more, with timings) and tests/intake/test_fuzz.py
(a small, fast run). Everything is drawn from one ``random.Random(seed)``: a seed gives the
same mutants again.
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.budget import ParseBudget, Unparsed
from bot.intake import prepare_within, warm_up
from bot.poll import ingest_files
from storage.db import make_engine, session_factory, upgrade

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
MB = 1024 * 1024


def corpus_mails() -> list[bytes]:
    """Every .eml of the shared corpora and of the project's own labelled sets."""
    folders = [SHARED / "corpus", SHARED / "corpus2", *sorted((REPO / "tests").glob("corpus_*"))]
    paths = sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("*.eml"))
    return [p.read_bytes() for p in paths]


@dataclass(frozen=True, slots=True)
class Mutant:
    kind: str
    raw: bytes


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(sep)
        if found:
            return head, sep, body
    return raw, b"\r\n\r\n", b""


def _byte_flips(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 40)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(max(1, len(raw)))]


def _duplicate_headers(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    lines = head.split(b"\n")
    for _ in range(rng.randint(1, 6)):
        line = rng.choice(lines)
        lines.insert(rng.randrange(len(lines) + 1), line)
    return b"\n".join(lines) + sep + body


_BOUNDARY = re.compile(rb'boundary="?([^";\r\n]+)', re.IGNORECASE)


def _boundary_damage(rng: random.Random, raw: bytes) -> bytes:
    found = _BOUNDARY.search(raw)
    if not found:
        return _byte_flips(rng, raw)
    boundary = found.group(1)
    choice = rng.randrange(4)
    if choice == 0:  # the closing delimiter gone
        return raw.replace(b"--" + boundary + b"--", b"")
    if choice == 1:  # every delimiter one character off
        return raw.replace(b"--" + boundary, b"--" + boundary[:-1] + b"X")
    if choice == 2:  # the declared boundary empty
        return raw.replace(found.group(0), b'boundary=""', 1)
    return raw.replace(b"--" + boundary, b"--" + boundary + b"--", rng.randint(1, 3))


_CHARSET = re.compile(rb'charset="?([\w.:-]+)', re.IGNORECASE)
_LIES = [b"utf-16", b"utf-7", b"x-unknown", b"shift_jis", b"us-ascii", b"iso-2022-jp", b"cp1252"]


def _charset_lie(rng: random.Random, raw: bytes) -> bytes:
    lie = rng.choice(_LIES)
    if _CHARSET.search(raw):
        return _CHARSET.sub(b"charset=" + lie, raw)
    head, sep, body = _split(raw)
    return head + b"\r\nContent-Type: text/plain; charset=" + lie + sep + body


def _huge_line(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789 .,@-"
    line = bytes(rng.choice(alphabet) for _ in range(1000)) * rng.randint(50, 300)
    at = rng.randrange(len(body) + 1)
    return head + sep + body[:at] + line + b"\r\n" + body[at:]


def _deep_nesting(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    depth = rng.randint(30, 400)
    opening = b"".join(
        b"--n%d\r\nContent-Type: multipart/mixed; boundary=n%d\r\n\r\n" % (i, i + 1)
        for i in range(depth)
    )
    closing = b"".join(b"\r\n--n%d--" % i for i in reversed(range(depth + 1)))
    inner = b"--n%d\r\nContent-Type: text/plain\r\n\r\n" % depth + body
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"content-type")]
    return (
        b"\n".join(lines) + b"\r\nContent-Type: multipart/mixed; boundary=n0" + sep
        + opening + inner + closing
    )  # fmt: skip


_RFC2231 = [
    b"filename*=utf-8''%E0%A4%A",
    b"filename*=x-unknown''avtale%E5.pdf",
    b"filename*=a; filename*1=b",
    b"filename*0*=utf-8''%E0; filename*=x",
]


def _rfc2231(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"content-type")]
    return (
        b"\n".join(lines) + b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=q"
        + sep + b"--q\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
        + b"\r\n--q\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        + rng.choice(_RFC2231) + b"\r\n\r\nAAAA\r\n--q--\r\n"
    )  # fmt: skip


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "byte-flips": _byte_flips,
    "truncation": _truncate,
    "header-duplication": _duplicate_headers,
    "boundary-damage": _boundary_damage,
    "charset-lie": _charset_lie,
    "huge-line": _huge_line,
    "deep-nesting": _deep_nesting,
    "rfc2231": _rfc2231,
}

RUNS: dict[str, Callable[[int], bytes]] = {
    "letters": lambda n: b"a" * n,
    "letters-digits": lambda n: (b"abc123" * (n // 6 + 1))[:n],
    "dots": lambda n: (b"a." * (n // 2 + 1))[:n],
    "at-signs": lambda n: (b"ab@c" * (n // 4 + 1))[:n],
    "digits": lambda n: b"9" * n,
    "mixed": lambda n: (b"x1.y2@z3-" * (n // 9 + 1))[:n],
}


def long_runs(raw: bytes, size: int = MB) -> Iterator[Mutant]:
    """``raw`` with a run of ``size`` bytes of each shape in ``RUNS``, in the body and in a
    header (the Subject)."""
    head, sep, body = _split(raw)
    for shape, make in RUNS.items():
        run = make(size)
        yield Mutant(f"run-body-{shape}", head + sep + b"Hei,\r\n" + run + b"\r\n" + body)
        yield Mutant(f"run-header-{shape}", b"Subject: " + run + b"\r\n" + head + sep + body)


def mutants(seed: int, count: int, *, runs: bool = True) -> Iterator[Mutant]:
    """``count`` seeded mutants of the corpus mails (one to three mutations each), then, with
    ``runs``, the 1 MB runs (``long_runs``) of one corpus mail."""
    rng = random.Random(seed)
    mails = corpus_mails()
    for _ in range(count):
        raw = rng.choice(mails)
        kinds = rng.sample(sorted(MUTATIONS), rng.choice((1, 1, 1, 2, 3)))
        for kind in kinds:
            raw = MUTATIONS[kind](rng, raw)
        yield Mutant("+".join(kinds), raw)
    if runs:
        yield from long_runs(rng.choice(mails))


@dataclass
class FuzzReport:
    """What a fuzz run saw: parse timings of every mutant, and what ingest recorded."""

    mails: int = 0
    times: list[float] = field(default_factory=list)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)  # our exceptions escaping the parse
    over_budget: int = 0
    unreadable: int = 0
    ingested: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    ingest_errors: list[str] = field(default_factory=list)  # an exception out of ingest

    @property
    def quarantined(self) -> int:
        return self.outcomes["quarantined"]

    @property
    def recorded(self) -> int:
        return sum(self.outcomes.values())

    def percentile(self, share: float) -> float:
        ordered = sorted(self.times)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0

    def lines(self) -> list[str]:
        outcomes = {str(kind): n for kind, n in sorted(self.outcomes.items())}
        return [
            f"mails={self.mails} max_parse_s={max(self.times, default=0):.3f} "
            f"p99_s={self.percentile(0.99):.3f} p50_s={self.percentile(0.5):.4f} "
            f"crashes={len(self.crashes)} over_budget={self.over_budget} "
            f"unreadable={self.unreadable}",
            f"ingested={self.ingested} recorded={self.recorded} quarantined={self.quarantined} "
            f"ingest_errors={len(self.ingest_errors)} outcomes={outcomes}",
            "slowest: " + ", ".join(f"{kind} {t:.2f}s" for t, kind in self.slowest),
        ]


def run_fuzz(
    seed: int,
    count: int,
    *,
    budget: ParseBudget,
    sample_every: int,
    runs: bool,
    database: Path,
) -> FuzzReport:
    """Parse every mutant as production does (``prepare_within`` under ``budget``), timing
    it; ingest every ``sample_every``-th one and every long run into a new SQLite file at
    ``database`` as ``brreg-intake ingest`` does (``ingest_files``)."""
    warm_up()
    report = FuzzReport()
    sample: list[bytes] = []
    for n, mutant in enumerate(mutants(seed, count, runs=runs)):
        report.mails += 1
        started = time.perf_counter()
        try:
            result = prepare_within(mutant.raw, budget)
        except Exception as exc:  # our bug: in production the intake quarantines it
            report.crashes.append(f"{mutant.kind}: {type(exc).__name__}: {exc}")
            result = None
        took = time.perf_counter() - started
        report.times.append(took)
        report.slowest = sorted([*report.slowest, (took, mutant.kind)], reverse=True)[:5]
        if isinstance(result, Unparsed):
            report.over_budget += 1
        elif result is not None and result.extraction.unreadable:
            report.unreadable += 1
        if n % sample_every == 0 or mutant.kind.startswith("run-"):
            sample.append(mutant.raw)
    engine = make_engine(f"sqlite:///{database}")
    upgrade(engine)
    sessions = session_factory(engine)
    for raw in sample:
        report.ingested += 1
        try:
            report.outcomes.update(ingest_files(sessions, [raw], budget=budget))
        except Exception as exc:
            report.ingest_errors.append(f"{type(exc).__name__}: {exc}")
    engine.dispose()
    return report
