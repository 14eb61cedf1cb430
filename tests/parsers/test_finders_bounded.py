"""The value finders on long and hostile text: bounded work, and never a non-address.

No timed asserts (speed goals live in benchmarks/finder_speed.py): each property runs the
finder on runs up to 1 MB and simply completes; the old email pattern took about half an
hour on a 1 MB run of letters and digits.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.finders import DOMAIN_MAX, LOCAL_MAX, find_emails, find_org_numbers
from parsers.phone_finder import find_phones

MEGABYTE = 1_000_000
RUN_UNITS = st.sampled_from(["a", "ab1", "1", ".", "@", "a@", "a.", "-", "a.b-c", "1.", "+4"])


@settings(deadline=None, max_examples=12)
@given(unit=RUN_UNITS, size=st.integers(min_value=MEGABYTE // 2, max_value=MEGABYTE))
def test_a_megabyte_run_is_read_to_its_end(unit: str, size: int) -> None:
    text = (unit * (size // len(unit) + 1))[:size]
    for email in find_emails(text):
        local, _, domain = email.raw.partition("@")
        assert len(local) <= LOCAL_MAX and len(domain) <= DOMAIN_MAX + 1
    find_org_numbers(text)
    find_phones(text)


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=st.sampled_from("ab1.@-_,+: \n"), max_size=400))
def test_every_address_found_has_a_local_part_a_domain_and_stays_in_bounds(text: str) -> None:
    for email in find_emails(text):
        assert text[email.start : email.end] == email.raw
        local, _, domain = email.raw.partition("@")
        assert local and domain.strip("@")
        assert len(local) <= LOCAL_MAX
        if email.rule == "email":
            assert re.fullmatch(r"[^@]+@[\w-]+(\.[\w-]+)+", email.raw), email.raw
            assert email.raw.rsplit(".", 1)[1].isalpha()


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=300))
def test_any_text_gives_spans_that_lie_in_it(text: str) -> None:
    for found in find_emails(text) + find_org_numbers(text) + find_phones(text):
        assert 0 <= found.start < found.end <= len(text)


def test_a_run_longer_than_any_local_part_is_no_address() -> None:
    assert find_emails("x" * (LOCAL_MAX + 1) + "@example.no") == []
    assert [e.raw for e in find_emails("x" * LOCAL_MAX + "@example.no")] == [
        "x" * LOCAL_MAX + "@example.no"
    ]


def test_machine_tokens_with_an_at_sign_are_no_addresses() -> None:
    text = (
        "Bilde: [cid:image002.png@01CD2A3B.4C5D6E70]\n"
        "Melding <20120510123456.GA1234@mail01.example.no>\n"
        "Ref. 0d8ebb01dcd4c1@example.no og p@2d og teksten pÃ¥l@example.no\n"
    )
    assert find_emails(text) == []


def test_typos_in_a_real_address_are_reported_as_written() -> None:
    text = (
        "kari@@example.no, ola@example,no, per@firma..no, synne.brathen@moe-iversen, "
        "kari.nordmann@example.no"
    )
    found = {e.raw: e.rule for e in find_emails(text)}
    assert found == {
        "kari@@example.no": "email-malformed",
        "ola@example,no": "email-malformed",
        "per@firma..no": "email-malformed",
        "synne.brathen@moe-iversen": "email-malformed",
        "kari.nordmann@example.no": "email",
    }
