"""A complete order is ready only when its required fields and its type are read surely."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.confidence import (
    ConfidencePolicy,
    default_confidence_policy,
    flags_for,
    load_confidence_policy,
    low_confidence_paths,
)
from rules.evaluate import evaluate
from rules.order import Contact, Order, OrderType, Party
from rules.policy import PolicyError

POLICY = ConfidencePolicy(min_field_confidence=0.7, min_order_type_confidence=0.6)
COMPLETE = Order(
    OrderType.FICTITIOUS_CUSTOMER,
    applicant=Party(
        "974760673", "Eksempel AS", Contact("Kari Nordmann", "kari@example.no", "+4791234567")
    ),
)
SURE = {
    "order_type": 0.95,
    "applicant.org_number": 0.95,
    "applicant.name": 0.95,
    "applicant.contact.name": 0.95,
    "applicant.contact.email": 0.95,
    "applicant.contact.phone": 0.95,
    "customer.name": 0.1,  # not required for option 1: not judged
}


def test_a_complete_order_read_surely_is_confident() -> None:
    assert evaluate(COMPLETE).complete
    assert low_confidence_paths(COMPLETE.order_type, evaluate(COMPLETE), SURE, POLICY) == ()


def test_an_unsure_required_field_or_type_is_named() -> None:
    unsure = {**SURE, "applicant.contact.name": 0.675, "order_type": 0.5}
    low = low_confidence_paths(COMPLETE.order_type, evaluate(COMPLETE), unsure, POLICY)
    assert low == ("applicant.contact.name", "order_type")
    assert flags_for(low) == {
        "low_confidence", "low_confidence:applicant.contact.name", "low_confidence:order_type",
    }  # fmt: skip
    assert flags_for(()) == set()


def test_an_incomplete_order_waits_for_the_vendor_not_for_confidence() -> None:
    lacking = Order(OrderType.FICTITIOUS_CUSTOMER, applicant=Party("974760673"))
    assert low_confidence_paths(lacking.order_type, evaluate(lacking), {}, POLICY) == ()


def test_a_value_no_reading_gave_is_not_judged() -> None:
    assert low_confidence_paths(COMPLETE.order_type, evaluate(COMPLETE), {}, POLICY) == ()


def test_the_shipped_policy_loads() -> None:
    policy = default_confidence_policy()
    assert 0 < policy.min_field_confidence <= 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[ready]\nmin_field_confidence = 0.7\nmin_order_type_confidence = 0.6\nextra = 1\n",
         "ready.extra"),
        ("[ready]\nmin_field_confidence = 1.5\nmin_order_type_confidence = 0.6\n",
         "ready.min_field_confidence"),
        ("[ready]\nmin_field_confidence = 0.7\n", "ready.min_order_type_confidence"),
        ("[other]\n", "other"),
    ],
)  # fmt: skip
def test_a_bad_policy_fails_naming_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "confidence.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as raised:
        load_confidence_policy(path)
    assert raised.value.key == key and str(path) in str(raised.value)
