"""The domain: field paths as the schema spells them, what each type needs, value checks."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from rules.checks import email_problem, normalize_phone, org_number_problem, phone_problem
from rules.evaluate import evaluate
from rules.fields import FieldPath, get_value, set_value
from rules.order import Contact, LegalBasis, Order, OrderType, Party
from rules.policy import PolicyError
from rules.requirements import load_requirements
from tests.conftest import SHARED

SCHEMA = SHARED / "order.schema.json"


def _schema() -> dict[str, object]:
    if not SCHEMA.exists():
        pytest.skip(f"{SCHEMA} is not here")
    result: dict[str, object] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return result


def test_field_paths_are_exactly_the_schemas() -> None:
    schema = _schema()
    paths = schema["$defs"]["path"]["enum"]  # type: ignore[index]
    assert sorted(paths) == sorted(p.value for p in FieldPath)


def test_order_types_and_legal_bases_are_exactly_the_schemas() -> None:
    props = _schema()["properties"]
    assert sorted(props["order_type"]["enum"]) == sorted(t.value for t in OrderType)  # type: ignore[index]
    assert sorted(b for b in props["legal_basis"]["enum"] if b) == sorted(
        b.value for b in LegalBasis
    )  # type: ignore[index]


def test_every_order_dict_validates_against_the_schema() -> None:
    schema = _schema()
    full = Order(
        OrderType.EXISTING_CUSTOMER,
        Party("974760673", "Fjellkode AS", Contact("Nina Ny", "nina@fjellkode.no", "+4741234567")),
        Party("923609016", "Kundebanken AS", Contact("Siri Kunde", "siri@kunde.no", "+4755123456")),
    )
    for order in (
        full,
        Order(),
        Order(OrderType.NOT_AN_ORDER),
        Order(OrderType.DIRECT_ACCESS, legal_basis=LegalBasis.MEDIA),
    ):
        checked = evaluate(order)
        data = {
            **order.to_dict(),
            "missing": checked.missing_paths(),
            "invalid": checked.invalid_paths(),
        }
        jsonschema.validate(data, schema)


def test_a_value_set_by_path_is_read_back_by_path() -> None:
    order = Order()
    for path in FieldPath:
        if path in (FieldPath.ORDER_TYPE, FieldPath.LEGAL_BASIS):
            continue
        order = set_value(order, path, f"x-{path.value}")
        assert get_value(order, path) == f"x-{path.value}"
    assert (
        get_value(set_value(order, FieldPath.LEGAL_BASIS, "media"), FieldPath.LEGAL_BASIS)
        == "media"
    )


def test_each_type_requires_what_the_register_asks_for() -> None:
    needs = load_requirements()
    assert len(needs[OrderType.FICTITIOUS_CUSTOMER]) == 5
    assert len(needs[OrderType.EXISTING_CUSTOMER]) == 10
    assert FieldPath.LEGAL_BASIS in needs[OrderType.DIRECT_ACCESS]
    assert needs[OrderType.UNSPECIFIED][0] is FieldPath.ORDER_TYPE
    assert needs[OrderType.NOT_AN_ORDER] == ()


def test_an_unknown_key_in_the_requirements_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "requirements.toml"
    text = (Path(__file__).parents[2] / "rules" / "requirements.toml").read_text(encoding="utf-8")
    path.write_text(
        text.replace("[not_an_order]", "[not_an_order]\nrequried = []"), encoding="utf-8"
    )
    with pytest.raises(PolicyError) as caught:
        load_requirements(path)
    assert "requirements.toml" in str(caught.value) and "not_an_order.requried" in str(caught.value)


def test_an_unknown_field_path_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "requirements.toml"
    text = (Path(__file__).parents[2] / "rules" / "requirements.toml").read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            '"applicant.org_number", "applicant.name",\n  "applicant.contact.name"',
            '"applicant.orgnr", "applicant.name",\n  "applicant.contact.name"',
            1,
        ),
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match=r"applicant\.orgnr"):
        load_requirements(path)


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("912 34 567", "+4791234567"),
        ("0047 41902836", "+4741902836"),
        ("(+47) 480 33 619", "+4748033619"),
        ("+46 (0)8 465 004 37", "+46846500437"),
        ("55-30-19-44", "+4755301944"),
        ("917 42 05", "+479174205"),
    ],
)
def test_phones_come_out_in_e164_norwegian_by_default(written: str, e164: str) -> None:
    assert normalize_phone(written) == e164


def test_value_checks_give_reasons() -> None:
    assert org_number_problem("974760673") is None
    assert org_number_problem("974760676") == "wrong check digit (mod 11)"
    assert phone_problem("+4791234567") is None
    assert phone_problem("+479174205") is not None
    assert phone_problem("+447700900418") is None  # foreign: a possible number is accepted
    assert email_problem("kari@eksempel.no") is None
    assert email_problem("kari@@eksempel.no") is not None
    assert email_problem("kari@eksempel,no") is not None


def test_evaluate_lists_missing_sorted_and_invalid_with_reasons() -> None:
    order = Order(
        OrderType.FICTITIOUS_CUSTOMER,
        Party("974760676", None, Contact("Nina Ny", None, "+479174205")),
    )
    checked = evaluate(order)
    assert checked.missing_paths() == ["applicant.contact.email", "applicant.name"]
    assert checked.invalid_paths() == ["applicant.contact.phone", "applicant.org_number"]
    assert not checked.complete
