"""evaluate(order): which required field paths are missing and which values are invalid."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from rules.checks import email_problem, org_number_problem, phone_problem
from rules.fields import VALUE_PATHS, FieldPath, get_value
from rules.order import Order, OrderType
from rules.requirements import Requirements, default_requirements

_CHECKS: dict[str, Callable[[str], str | None]] = {
    "org_number": org_number_problem,
    "phone": phone_problem,
    "email": email_problem,
}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Sorted missing paths and invalid paths with the reason for each."""

    missing: tuple[FieldPath, ...]
    invalid: Mapping[FieldPath, str]  # read-only: evaluations are shared (cached)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.invalid

    def invalid_paths(self) -> list[str]:
        return sorted(p.value for p in self.invalid)

    def missing_paths(self) -> list[str]:
        return sorted(p.value for p in self.missing)


def value_problem(path: FieldPath, value: str) -> str | None:
    """Why ``value`` is not acceptable at ``path``, or None."""
    check = _CHECKS.get(path.leaf)
    return check(value) if check else None


def evaluate(order: Order, requirements: Requirements | None = None) -> Evaluation:
    """Missing: required by the order type and absent. Invalid: present and failing its check."""
    if requirements is None:
        return _evaluate_by_default(order)
    return _evaluate(order, requirements)


@lru_cache(maxsize=4096)  # an order is judged several times on its way (parse, file, reply)
def _evaluate_by_default(order: Order) -> Evaluation:
    return _evaluate(order, default_requirements())


def _evaluate(order: Order, requirements: Requirements) -> Evaluation:
    if order.order_type is OrderType.NOT_AN_ORDER:
        return Evaluation(missing=(), invalid=MappingProxyType({}))
    required = requirements[order.order_type]
    # order_type is "missing" exactly when the type requires it (unspecified).
    missing = tuple(
        sorted(
            (p for p in required if p is FieldPath.ORDER_TYPE or get_value(order, p) is None),
            key=str,
        )
    )
    invalid: dict[FieldPath, str] = {}
    for path in VALUE_PATHS:
        if path not in required:
            continue
        value = get_value(order, path)
        problem = value_problem(path, value) if value is not None else None
        if problem:
            invalid[path] = problem
    return Evaluation(missing=missing, invalid=MappingProxyType(invalid))
