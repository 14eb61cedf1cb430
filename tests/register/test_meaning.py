"""What an answer of the register means for an order field, and how names are compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.fields import FieldPath
from rules.policy import PolicyError
from rules.register import (
    REASON_DELETED,
    REASON_REMOVED,
    REASON_UNKNOWN,
    Meaning,
    RegisterAnswer,
    RegisterStatus,
    default_name_policy,
    judge,
    load_name_policy,
    not_checked,
)

APPLICANT = FieldPath.APPLICANT_ORG_NUMBER
CUSTOMER = FieldPath.CUSTOMER_ORG_NUMBER
N = "921000009"


@pytest.mark.parametrize(
    ("written", "registered"),
    [
        ("Fjellbekk Data AS", "FJELLBEKK DATA AS"),
        ("Fjellbekk Data A/S", "FJELLBEKK DATA AS"),
        ("Fjellbekk Data A.S.", "FJELLBEKK DATA AS"),
        ("Fjellbekk Data", "FJELLBEKK DATA AS"),
        ("Berg & Sønn AS", "BERG OG SØNN AS"),
        ("Nordvik Regnskap og Lønn AS", "NORDVIK REGNSKAP & LØNN AS"),
        ("Fjellbekk  Data, AS", "FJELLBEKK DATA AS"),
        ("Havbris Analyse ASA", "HAVBRIS ANALYSE ASA"),
    ],
)
def test_the_same_name_written_differently_matches(written: str, registered: str) -> None:
    assert default_name_policy().same(written, registered)


@pytest.mark.parametrize(
    ("written", "registered"),
    [
        ("Fjellbekk Data AS", "SKARVHOLMEN REGNSKAP AS"),  # another enterprise's number
        ("Havbris Analyse AS", "HAVBRIS ANALYSE ASA"),  # another legal form
    ],
)
def test_another_name_or_legal_form_does_not_match(written: str, registered: str) -> None:
    assert not default_name_policy().same(written, registered)


def test_unknown_deleted_and_removed_make_the_value_invalid() -> None:
    for status, reason in [
        (RegisterStatus.UNKNOWN, REASON_UNKNOWN),
        (RegisterStatus.DELETED, REASON_DELETED),
        (RegisterStatus.REMOVED, REASON_REMOVED),
    ]:
        finding = judge(CUSTOMER, RegisterAnswer(N, status), "Kundebyrå AS")
        assert (finding.meaning, finding.reason) == (Meaning.INVALID, reason)


def test_bankrupt_liquidation_and_sub_unit_are_flags_for_staff_naming_the_party() -> None:
    bankrupt = judge(APPLICANT, RegisterAnswer(N, RegisterStatus.BANKRUPT, "FJELLBEKK DATA AS"), "Fjellbekk Data AS")
    assert bankrupt.meaning is Meaning.FLAG
    assert bankrupt.flags == ("register_bankrupt_applicant",)
    winding_up = judge(CUSTOMER, RegisterAnswer(N, RegisterStatus.UNDER_LIQUIDATION, "X AS"), None)
    assert winding_up.flags == ("register_liquidation_customer",)


def test_a_sub_unit_written_with_its_parents_name_is_no_name_mismatch() -> None:
    answer = RegisterAnswer(N, RegisterStatus.SUB_UNIT, "FJELLBEKK DATA AS AVD BODØ",
                            parent_number="921000017", parent_name="FJELLBEKK DATA AS")  # fmt: skip
    finding = judge(APPLICANT, answer, "Fjellbekk Data AS")
    assert finding.flags == ("register_sub_unit_applicant",)


def test_a_name_mismatch_is_flagged_with_its_score() -> None:
    answer = RegisterAnswer(N, RegisterStatus.ACTIVE, "SKARVHOLMEN REGNSKAP AS")
    finding = judge(APPLICANT, answer, "Fjellbekk Data AS")
    assert finding.flags == ("register_name_mismatch_applicant",)
    assert finding.name_score is not None and finding.name_score < 85


def test_an_active_entity_with_the_written_name_is_fine() -> None:
    answer = RegisterAnswer(N, RegisterStatus.ACTIVE, "FJELLBEKK DATA AS")
    assert judge(APPLICANT, answer, "Fjellbekk Data AS").meaning is Meaning.FINE


def test_not_checked_is_pending_never_invalid() -> None:
    assert judge(APPLICANT, not_checked(N, "HTTP 503"), "Fjellbekk Data AS").meaning is Meaning.PENDING


def test_the_threshold_is_data(tmp_path: Path) -> None:
    strict = tmp_path / "register.toml"
    strict.write_text("mismatch_below = 100\n[legal_forms]\nas = 'AS'\n[and_words]\nwords = ['og']\n")
    policy = load_name_policy(strict)
    assert not policy.same("Fjellbekk Data AS", "FJELLBEKK DATAS AS")
    assert default_name_policy().same("Fjellbekk Data AS", "FJELLBEKK DATAS AS")


def test_the_policy_loader_is_strict(tmp_path: Path) -> None:
    bad = tmp_path / "register.toml"
    bad.write_text("mismatch_below = 85\nmismatch_over = 3\n")
    with pytest.raises(PolicyError, match="mismatch_over"):
        load_name_policy(bad)
