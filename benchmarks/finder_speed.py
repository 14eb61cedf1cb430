"""Benchmark of the value finders on long adversarial runs: seconds per call by input size.

usage: python benchmarks/finder_speed.py [--sizes 25000 100000 1000000]

Prints figures; asserts nothing (goal: every finder linear, well under 2 s at 1 MB).
Inputs: an unbroken run of letters and digits, runs of dots, of '@', of digits, and a run
of "a@" pairs -- the shapes that made the old email pattern quadratic.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from parsers.finders import find_emails, find_org_numbers
from parsers.phone_finder import find_phones

SHAPES: dict[str, Callable[[int], str]] = {
    "letters+digits": lambda n: ("ab1" * (n // 3 + 1))[:n],
    "dots": lambda n: "." * n,
    "at-signs": lambda n: "@" * n,
    "digits": lambda n: "1" * n,
    "a@ pairs": lambda n: ("a@" * (n // 2 + 1))[:n],
    "a.b@ runs": lambda n: ("a.b-c" * (n // 5 + 1))[:n] + "@x",
}
FINDERS = {"emails": find_emails, "org_numbers": find_org_numbers, "phones": find_phones}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000, 1_000_000])
    parser.add_argument("--finders", nargs="+", default=list(FINDERS), choices=list(FINDERS))
    args = parser.parse_args()
    for size in args.sizes:
        for shape, make in SHAPES.items():
            text = make(size)
            for name in args.finders:
                began = time.perf_counter()
                FINDERS[name](text)
                took = time.perf_counter() - began
                print(f"{name:12s} {shape:15s} {size:>9,d} chars  {took:8.3f} s", flush=True)


if __name__ == "__main__":
    main()
