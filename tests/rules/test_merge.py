"""Merging a thread: later messages fill and correct, a new person replaces the old one."""

from rules.merge import merge_answer, merge_orders
from rules.order import Contact, Order, OrderType, Party


def order(**kwargs: object) -> Order:
    return Order(**kwargs)  # type: ignore[arg-type]


def test_a_later_message_fills_what_was_missing() -> None:
    first = order(
        order_type=OrderType.FICTITIOUS_CUSTOMER,
        applicant=Party("974760673", "Fjellkode AS", Contact("Nina Ny", "nina@fjellkode.no", None)),
    )
    answer = order(
        order_type=OrderType.UNSPECIFIED, applicant=Party(contact=Contact(phone="+4741234567"))
    )
    merged = merge_orders(first, answer)
    assert merged.applicant.contact == Contact("Nina Ny", "nina@fjellkode.no", "+4741234567")
    assert merged.order_type is OrderType.FICTITIOUS_CUSTOMER


def test_a_new_person_replaces_the_contact_as_a_whole() -> None:
    first = order(customer=Party(contact=Contact("Per Arne Tvedt", "per@kunde.no", "+4771214560")))
    answer = order(customer=Party(contact=Contact("Jonas Lien", "jonas@kunde.no", None)))
    assert merge_orders(first, answer).customer.contact == Contact(
        "Jonas Lien", "jonas@kunde.no", None
    )


def test_the_same_person_by_first_names_keeps_the_full_name() -> None:
    first = order(customer=Party(contact=Contact("Per Arne Tvedt", None, None)))
    answer = order(customer=Party(contact=Contact("Per Arne", "per@kunde.no", "+4771214560")))
    assert merge_orders(first, answer).customer.contact == Contact(
        "Per Arne Tvedt", "per@kunde.no", "+4771214560"
    )


def test_a_corrected_org_number_replaces_the_wrong_one_and_the_type_is_chosen_later() -> None:
    first = order(order_type=OrderType.UNSPECIFIED, applicant=Party("974760676", "Fjellkode AS"))
    answer = order(order_type=OrderType.FICTITIOUS_CUSTOMER, applicant=Party("974760673", None))
    merged = merge_orders(first, answer)
    assert merged.applicant.org_number == "974760673" and merged.applicant.name == "Fjellkode AS"
    assert merged.order_type is OrderType.FICTITIOUS_CUSTOMER


def test_an_answer_never_replaces_a_valid_value_with_an_invalid_one() -> None:
    first = order(
        order_type=OrderType.FICTITIOUS_CUSTOMER,
        applicant=Party(
            "974760673", "Fjellkode AS", Contact("Nina Ny", "nina@fjellkode.no", "+4741234567")
        ),
    )
    # An out-of-office's signature: a four-digit German fax, a cid: reference, a VAT id.
    answer = order(
        applicant=Party("142476771", None, Contact(None, "image002.png@01cd", "+491234"))
    )
    result = merge_answer(first, answer)
    assert result.order == first
    assert {(c.path.value, c.kept, c.rejected) for c in result.conflicts} == {
        ("applicant.org_number", "974760673", "142476771"),
        ("applicant.contact.email", "nina@fjellkode.no", "image002.png@01cd"),
        ("applicant.contact.phone", "+4741234567", "+491234"),
    }
    assert all(c.reason for c in result.conflicts)
    assert merge_orders(first, answer) == first


def test_an_invalid_value_may_replace_an_invalid_one_and_fill_an_empty_field() -> None:
    first = order(applicant=Party("974760676", None, Contact("Nina Ny", None, "+47123")))
    answer = order(applicant=Party("974760677", None, Contact(None, "nina@@fjellkode.no", None)))
    result = merge_answer(first, answer)
    assert result.conflicts == ()
    assert result.order.applicant == Party(
        "974760677", None, Contact("Nina Ny", "nina@@fjellkode.no", "+47123")
    )


def test_another_person_with_an_invalid_address_does_not_replace_a_valid_contact() -> None:
    first = order(customer=Party(contact=Contact("Per Arne Tvedt", "per@kunde.no", "+4771214560")))
    answer = order(customer=Party(contact=Contact("Server Admin", "root@localhost", None)))
    result = merge_answer(first, answer)
    assert result.order == first
    assert [(c.path.value, c.kept, c.rejected) for c in result.conflicts] == [
        ("customer.contact.name", "Per Arne Tvedt", "Server Admin"),
        ("customer.contact.email", "per@kunde.no", "root@localhost"),
    ]
