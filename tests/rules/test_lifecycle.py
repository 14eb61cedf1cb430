"""The order's lifecycle: what its fields make it, and who may move it where."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rules.evaluate import evaluate
from rules.lifecycle import (
    CLOSED,
    OPEN,
    Actor,
    OrderStatus,
    after_change,
    is_closed,
    may_move,
    status_of,
)
from rules.order import Contact, Order, OrderType, Party

COMPLETE = Order(
    order_type=OrderType.FICTITIOUS_CUSTOMER,
    applicant=Party(
        "923456783",
        "Fjordsystemer AS",
        Contact("Kari Nordmann", "kari@fjordsystemer.example.no", "+4791234567"),
    ),
)
LACKING = replace(
    COMPLETE, applicant=replace(COMPLETE.applicant, contact=Contact(None, None, None))
)


def test_the_fields_make_an_order_ready_or_waiting() -> None:
    assert status_of(COMPLETE, evaluate(COMPLETE)) is OrderStatus.READY
    assert status_of(LACKING, evaluate(LACKING)) is OrderStatus.WAITING_FOR_VENDOR
    not_one = replace(COMPLETE, order_type=OrderType.NOT_AN_ORDER)
    assert status_of(not_one, evaluate(not_one)) is OrderStatus.NOT_AN_ORDER


@pytest.mark.parametrize("closed", sorted(CLOSED))
def test_the_bot_never_reopens_a_closed_order(closed: OrderStatus) -> None:
    for status in OPEN:
        assert not may_move(closed, status, Actor.BOT)
        assert may_move(closed, status, Actor.STAFF)  # staff reopen
    assert after_change(closed, COMPLETE, evaluate(COMPLETE)) is closed


def test_only_staff_close_an_order() -> None:
    for start in OPEN:
        for end in CLOSED:
            assert may_move(start, end, Actor.STAFF) and not may_move(start, end, Actor.BOT)
    assert may_move(OrderStatus.WAITING_FOR_VENDOR, OrderStatus.READY, Actor.BOT)
    assert may_move(OrderStatus.READY, OrderStatus.WAITING_FOR_VENDOR, Actor.BOT)
    assert not may_move(OrderStatus.DONE, OrderStatus.REJECTED, Actor.STAFF)
    assert is_closed(OrderStatus.REJECTED) and not is_closed(OrderStatus.READY)
