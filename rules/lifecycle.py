"""An order's lifecycle: its statuses, which are open, and who may move it where.

The one home of these rules; intake, staff actions (CLI and review page), replies, the
outbox's re-check and the digest ask here rather than comparing statuses themselves.

- The intake (the bot) files an order as ready or waiting for the vendor (``status_of``) and
  moves it between those two as mail comes in; it never reopens a done or rejected order,
  whatever a vendor writes.
- Staff mark an open order done or rejected, and may reopen a closed one (it becomes ready or
  waiting again, as its fields say); setting a field keeps a closed order closed.
"""

from __future__ import annotations

from enum import StrEnum

from rules.evaluate import Evaluation
from rules.order import Order, OrderType


class OrderStatus(StrEnum):
    """Where an order stands."""

    WAITING_FOR_VENDOR = "waiting_for_vendor"
    READY = "ready"
    DONE = "done"
    REJECTED = "rejected"
    NOT_AN_ORDER = "not_an_order"


class Actor(StrEnum):
    """Who moves an order: the bot (intake) or a staff member."""

    BOT = "bot"
    STAFF = "staff"


OPEN: frozenset[OrderStatus] = frozenset({OrderStatus.READY, OrderStatus.WAITING_FOR_VENDOR})
CLOSED: frozenset[OrderStatus] = frozenset({OrderStatus.DONE, OrderStatus.REJECTED})

# (from, to) -> who may make that move. Staying where one is, is always allowed.
_MOVES: dict[tuple[OrderStatus, OrderStatus], frozenset[Actor]] = {
    (OrderStatus.WAITING_FOR_VENDOR, OrderStatus.READY): frozenset(Actor),
    (OrderStatus.READY, OrderStatus.WAITING_FOR_VENDOR): frozenset(Actor),
    (OrderStatus.NOT_AN_ORDER, OrderStatus.READY): frozenset(Actor),
    (OrderStatus.NOT_AN_ORDER, OrderStatus.WAITING_FOR_VENDOR): frozenset(Actor),
    (OrderStatus.READY, OrderStatus.NOT_AN_ORDER): frozenset(Actor),
    (OrderStatus.WAITING_FOR_VENDOR, OrderStatus.NOT_AN_ORDER): frozenset(Actor),
    **{
        (start, end): frozenset({Actor.STAFF})
        for start in (*OPEN, OrderStatus.NOT_AN_ORDER)
        for end in CLOSED
    },
    **{(start, end): frozenset({Actor.STAFF}) for start in CLOSED for end in OPEN},
}


def is_open(status: OrderStatus) -> bool:
    """Ready or waiting for the vendor: something is still to be done about it."""
    return status in OPEN


def is_closed(status: OrderStatus) -> bool:
    """Done or rejected: staff decided; the bot does not change it, nor mail about it."""
    return status in CLOSED


def status_of(order: Order, checked: Evaluation) -> OrderStatus:
    """What an order's fields make it: not an order, ready for staff when nothing is missing
    or invalid, else waiting for the vendor."""
    if order.order_type is OrderType.NOT_AN_ORDER:
        return OrderStatus.NOT_AN_ORDER
    return OrderStatus.READY if checked.complete else OrderStatus.WAITING_FOR_VENDOR


def may_move(start: OrderStatus, end: OrderStatus, actor: Actor) -> bool:
    """True when ``actor`` may move an order from ``start`` to ``end``."""
    return start == end or actor in _MOVES.get((start, end), frozenset())


def after_change(current: OrderStatus, order: Order, checked: Evaluation) -> OrderStatus:
    """The status after the order's fields changed (by a vendor's mail or staff's edit): a
    closed order stays as staff left it; an open one follows its fields (``status_of``)."""
    return current if is_closed(current) else status_of(order, checked)


def reopened(order: Order, checked: Evaluation) -> OrderStatus:
    """The status of a closed order that staff reopen: what its fields make it."""
    return status_of(order, checked)
