"""The labelled threads in ../shared/corpus/threads, ingested in order through
``bot.intake.file_message``: each ends with exactly one order equal to its gold.json (fields,
missing, invalid), and the first message, which lacks something, gets exactly one reply."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.mime import read_letter
from tests.conftest import SHARED
from tests.replies.conftest import Intake
from tests.replies.mails import T0

THREADS = SHARED / "corpus" / "threads"
FOLDERS = sorted(p for p in THREADS.iterdir() if p.is_dir()) if THREADS.is_dir() else []
ORDER_KEYS = ("order_type", "applicant", "customer", "production_contact", "legal_basis")


@pytest.mark.skipif(not FOLDERS, reason=f"{THREADS} is absent")
@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_a_thread_ends_with_one_order_as_in_its_gold(intake: Intake, folder: Path) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    for path in sorted(folder.glob("*.eml")):
        raw = path.read_bytes()
        intake.file(raw, read_letter(raw).date or T0)
    [order] = intake.orders()
    assert {k: order.order[k] for k in ORDER_KEYS} == {k: gold[k] for k in ORDER_KEYS}
    assert sorted(order.missing) == sorted(gold["missing"])
    assert sorted(order.invalid) == sorted(gold["invalid"])
    rows = intake.outbox()
    assert rows and rows[0].kind == "reply" and rows[0].order_id == order.id
    assert all(r.order_id == order.id for r in rows)
    assert len(rows) <= len(list(folder.glob("*.eml")))
