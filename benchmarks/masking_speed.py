"""Benchmark of what every stored and shown text goes through: ``mask_national_ids`` and
``rules.text_safety.shown``, on 1 MB texts, ordinary and adversarial.

usage: python benchmarks/masking_speed.py [--megabytes 1]

Prints milliseconds per text; asserts nothing (goal: linear, under 2 s per MB for the worst
shape, well under 100 ms per MB for prose).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from rules.national_id import mask_national_ids
from rules.text_safety import shown

PROSE = "Hei, vi ønsker testtilgang for org.nr. 912 345 672, tlf. 22 33 44 55. "


def texts(size: int) -> dict[str, str]:
    rnd = random.Random(12)
    return {
        "prose": PROSE * (size // len(PROSE)),
        "one digit run": "1" * size,
        "digits and spaces": "1 " * (size // 2),
        "random digits and spaces": " ".join(rnd.choice("0123456789") for _ in range(size // 2)),
        "random digit pairs and dots": ".".join(
            f"{rnd.randrange(100):02d}" for _ in range(size // 3)
        ),
        "escape sequences": "\x1b[" + "1;" * (size // 2),
        "bidi controls": "\u202e\u2066a" * (size // 3),
    }


def timed(function: Callable[[str], str], text: str) -> float:
    start = time.perf_counter()
    function(text)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    size = int(parser.parse_args().megabytes * 1_000_000)
    print(f"{'text':<30} {'mask ms':>9} {'shown ms':>9}")
    for name, text in texts(size).items():
        print(f"{name:<30} {timed(mask_national_ids, text):>9.0f} {timed(shown, text):>9.0f}")


if __name__ == "__main__":
    main()
