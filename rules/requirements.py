"""What each order type requires, read from requirements.toml by a strict loader."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from rules.fields import FieldPath
from rules.order import OrderType
from rules.policy import PolicyError, load_toml, reject_unknown

DEFAULT_REQUIREMENTS = Path(__file__).with_name("requirements.toml")

Requirements = MappingProxyType[OrderType, tuple[FieldPath, ...]]


def load_requirements(path: Path = DEFAULT_REQUIREMENTS) -> Requirements:
    """Map every OrderType to its required paths; every order type must be present."""
    data = load_toml(path)
    reject_unknown(path, data, (t.value for t in OrderType))
    result: dict[OrderType, tuple[FieldPath, ...]] = {}
    for order_type in OrderType:
        table = data.get(order_type.value)
        if not isinstance(table, dict):
            raise PolicyError(path, order_type.value, "missing table")
        result[order_type] = _required_paths(path, order_type.value, table)
    return MappingProxyType(result)


def _required_paths(path: Path, name: str, table: dict[str, Any]) -> tuple[FieldPath, ...]:
    reject_unknown(path, table, ("description", "required"), prefix=f"{name}.")
    raw = table.get("required")
    if not isinstance(raw, list):
        raise PolicyError(path, f"{name}.required", "must be a list of field paths")
    paths: list[FieldPath] = []
    for item in raw:
        try:
            paths.append(FieldPath(item))
        except ValueError:
            raise PolicyError(path, f"{name}.required", f"unknown field path {item!r}") from None
    return tuple(paths)


@cache
def default_requirements() -> Requirements:
    return load_requirements()
