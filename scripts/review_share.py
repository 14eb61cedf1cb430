#!/usr/bin/env python3
"""How many true orders of labelled corpora go to a person: read as needs-review (a mail not
confidently an order) or as complete but not confident enough to be ready (low confidence).

usage: scripts/review_share.py CORPUS_DIR [CORPUS_DIR ...]

A corpus is ``messages/*.eml`` with gold ``*.json`` beside each (``order_type`` one of the
four order types for a true order). Prints one line per corpus and a total; no mail content.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from parsers.extract import extract
from parsers.mime import read_letter
from rules.confidence import low_confidence_paths
from rules.evaluate import evaluate
from rules.order import OrderType

ORDER_TYPES = {t.value for t in OrderType} - {OrderType.NOT_AN_ORDER.value}


def count(corpus: Path) -> Counter[str]:
    """Counts over the true orders of ``corpus``: orders, needs_review, low_confidence,
    ready, silent_loss (neither an order nor needs review); and non-orders sent to review."""
    counts: Counter[str] = Counter()
    for eml in sorted((corpus / "messages").glob("*.eml")):
        gold = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        extraction = extract(read_letter(eml.read_bytes()))
        is_order = gold.get("order_type") in ORDER_TYPES
        if not is_order:
            counts["non_orders"] += 1
            counts["non_orders_needs_review"] += extraction.needs_review
            continue
        counts["orders"] += 1
        order = extraction.order
        if order.order_type is OrderType.NOT_AN_ORDER:
            counts["needs_review" if extraction.needs_review else "silent_loss"] += 1
            continue
        checked = evaluate(order)
        if low_confidence_paths(order.order_type, checked, extraction.confidence):
            counts["low_confidence"] += 1
        elif checked.complete:
            counts["ready"] += 1
    return counts


def main(argv: list[str]) -> int:
    total: Counter[str] = Counter()
    for name in argv:
        counts = count(Path(name))
        total += counts
        print(_line(name, counts))
    if len(argv) > 1:
        print(_line("total", total))
    return 0


def _line(name: str, c: Counter[str]) -> str:
    orders = c["orders"] or 1
    share = (c["needs_review"] + c["low_confidence"]) / orders
    return (
        f"{name}: true orders {c['orders']}, needs_review {c['needs_review']}, "
        f"low_confidence {c['low_confidence']}, to a person {share:.3f}, "
        f"ready {c['ready']}, silent_loss {c['silent_loss']}; "
        f"non-orders {c['non_orders']} of which needs_review {c['non_orders_needs_review']}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
