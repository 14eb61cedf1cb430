"""The reply rules, pure: each named rule withholds for its reason, in the order of RULES."""

from __future__ import annotations

import pytest

from rules.identity import Identity
from rules.reply_policy import RULES, ReplyFacts, ReplyKind, decide, is_robot_address

VENDOR = "kari@lyngdata.example.no"


def facts(**changes: object) -> ReplyFacts:
    base: dict[str, object] = {
        "sender": VENDOR, "message_id": "<a1@lyngdata.example.no>", "kind": ReplyKind.REQUEST,
        "has_order": True, "identity": Identity.of("opendata.rrh@brreg.no"),
    }  # fmt: skip
    base.update(changes)
    return ReplyFacts(**base)  # type: ignore[arg-type]


def test_a_person_s_first_order_is_answered() -> None:
    decision = decide(facts())
    assert decision.send and decision.reason == "reply"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"screening": ("auto-submitted",)}, "screened"),
        ({"headers": {"auto-submitted": "auto-replied"}}, "automatic-headers"),
        ({"headers": {"precedence": "bulk"}}, "automatic-headers"),
        ({"headers": {"list-id": "<vendors.example>"}}, "automatic-headers"),
        ({"headers": {"return-path": "<>"}}, "automatic-headers"),
        ({"sender": None}, "no-sender"),
        ({"sender": "MAILER-DAEMON@mx.example.no"}, "robot-sender"),
        ({"sender": "bounces+8812@mailer.example"}, "robot-sender"),
        ({"sender": "OpenData.RRH@brreg.no"}, "our-own-address"),
        ({"message_id": "<rrh-2026-0042-1.ab12@brreg.no>"}, "our-own-message-id"),
        ({"sender_bounced": True}, "bounced-sender"),
        ({"kind": None, "has_order": False}, "not-an-order"),
        ({"order_closed": True}, "order-closed"),
        ({"changed_order": False, "replied_to_order": True}, "nothing-new"),
        ({"replies_last_hour": 20}, "circuit-breaker"),
        ({"replies_to_order_in_grace": 1}, "grace-period"),
        ({"replies_to_sender_today": 3}, "daily-cap"),
    ],
)
def test_each_rule_withholds_under_its_own_name(changes: dict[str, object], reason: str) -> None:
    decision = decide(facts(**changes))
    assert not decision.send
    assert decision.reason == reason
    assert reason == "screened" or reason in {rule.name for rule in RULES}


def test_the_first_rule_in_the_tuple_names_the_reason() -> None:
    decision = decide(
        facts(screening=("robot-sender",), sender="no-reply@x.example", replies_last_hour=99)
    )
    assert decision.reason == "screened"


def test_rule_names_are_unique_kebab_case_with_a_description() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.name == rule.name.lower() and " " not in rule.name and rule.description


def test_a_production_request_without_an_order_ignores_the_order_rules() -> None:
    decision = decide(
        facts(
            kind=ReplyKind.PRODUCTION,
            has_order=False,
            changed_order=False,
            replied_to_order=True,
            replies_to_order_in_grace=3,
        )
    )
    assert decision.send and decision.reason == "production"


def test_an_answer_that_changed_the_order_is_answered_after_the_grace_period() -> None:
    assert decide(facts(replied_to_order=True, changed_order=True)).send


@pytest.mark.parametrize(
    ("address", "robot"),
    [
        ("mailer-daemon@x.example", True),
        ("postmaster@x.example", True),
        ("no-reply@x.example", True),
        ("noreply-alerts@x.example", True),
        ("donotreply@x.example", True),
        ("bounce@x.example", True),
        ("kari@x.example", False),
        ("bouncer.kari@x.example", False),
        ("postmasterson@x.example", False),
    ],
)
def test_robot_addresses(address: str, robot: bool) -> None:
    assert is_robot_address(address) is robot
