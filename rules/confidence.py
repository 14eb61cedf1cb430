"""Whether a complete order is confident enough to be ``ready``, by the confidences of its
reading (``parsers.extract.Extraction.confidence``) and thresholds in confidence.toml.

Pure: the caller hands in the evaluation and the confidences; no I/O beyond the strict loader.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rules.evaluate import Evaluation
from rules.fields import FieldPath
from rules.order import OrderType
from rules.policy import PolicyError, load_toml, reject_unknown
from rules.requirements import Requirements, default_requirements

DEFAULT_CONFIDENCE_POLICY = Path(__file__).with_name("confidence.toml")
FLAG_LOW_CONFIDENCE = "low_confidence"  # the order's flag; one more per path, see ``flags_for``
ORDER_TYPE_KEY = "order_type"  # the confidence of the order type (not a required value)


@dataclass(frozen=True, slots=True)
class ConfidencePolicy:
    """The least confidence a required field, and the order type, need for ``ready``."""

    min_field_confidence: float
    min_order_type_confidence: float


def load_confidence_policy(path: Path = DEFAULT_CONFIDENCE_POLICY) -> ConfidencePolicy:
    """Read the policy; an unknown key, a missing one or a value outside 0..1 fails."""
    data = load_toml(path)
    reject_unknown(path, data, ("ready",))
    table = data.get("ready")
    if not isinstance(table, dict):
        raise PolicyError(path, "ready", "missing table")
    keys = ("min_field_confidence", "min_order_type_confidence")
    reject_unknown(path, table, keys, prefix="ready.")
    values = []
    for key in keys:
        value = table.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise PolicyError(path, f"ready.{key}", "must be a number from 0 to 1")
        values.append(float(value))
    return ConfidencePolicy(*values)


@cache
def default_confidence_policy() -> ConfidencePolicy:
    return load_confidence_policy()


def low_confidence_paths(
    order_type: OrderType,
    checked: Evaluation,
    confidence: Mapping[str, float],
    policy: ConfidencePolicy | None = None,
    requirements: Requirements | None = None,
) -> tuple[str, ...]:
    """The required field paths (and ``order_type``) of a complete order read with less
    confidence than the policy asks, sorted; empty when the order is not complete (it waits
    for the vendor anyway) or every one is sure enough. A path without a confidence (a value
    that no reading of this mail gave, e.g. from staff) is not judged."""
    if not checked.complete or order_type is OrderType.NOT_AN_ORDER:
        return ()
    policy = policy or default_confidence_policy()
    required = (requirements or default_requirements())[order_type]
    low = [
        str(path)
        for path in required
        if path is not FieldPath.ORDER_TYPE
        and confidence.get(str(path), 1.0) < policy.min_field_confidence
    ]
    if confidence.get(ORDER_TYPE_KEY, 1.0) < policy.min_order_type_confidence:
        low.append(ORDER_TYPE_KEY)
    return tuple(sorted(low))


def flags_for(low: tuple[str, ...]) -> set[str]:
    """The order's flags for ``low`` paths: ``low_confidence`` and ``low_confidence:<path>``
    for each (the digest lists the paths)."""
    if not low:
        return set()
    return {FLAG_LOW_CONFIDENCE, *(f"{FLAG_LOW_CONFIDENCE}:{path}" for path in low)}
