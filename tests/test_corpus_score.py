"""The parser on the labelled corpora, scored by the shared eval script, must meet its bar.

The shared development corpus (../shared/corpus) is scored when that folder is there; the
project's own labelled corpora (tests/corpus_extra, tests/corpus_holdout, tests/corpus_third:
written by labellers who did not see the extractor) always are. Each test fails below the
figures the issue sets; the last line of score.py is the figure.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED

SCORE = SHARED / "eval" / "score.py"
CLI = Path(sys.executable).with_name("brreg-intake")
BAR = {"fieldF1": 0.97, "type": 0.95, "missing": 0.90}


def score(corpus: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, str(SCORE), str(corpus), "--cmd", f"{CLI} parse --jsonl", "--errors", "20"],
        capture_output=True, text=True, check=True, timeout=600,
    )
    last = proc.stdout.strip().splitlines()[-1]
    print(proc.stdout)
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}


def _require(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here")


CORPORA = {
    "shared": SHARED / "corpus",
    "extra": REPO / "tests" / "corpus_extra",
    "holdout": REPO / "tests" / "corpus_holdout",
    "third": REPO / "tests" / "corpus_third",
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_the_corpus_meets_the_bar(name: str) -> None:
    corpus = CORPORA[name]
    _require(SCORE)
    _require(corpus / "messages")
    figures = score(corpus)
    for key, bar in BAR.items():
        assert figures[key] >= bar, f"{key}={figures[key]} < {bar}"
    assert figures["false_complete"] == 0
    assert figures["false_order"] == 0
