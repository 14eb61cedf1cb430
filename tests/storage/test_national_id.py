"""rules.national_id and storage.scrub: national ids are found, masked, and only they."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules.national_id import NationalIdKind, find_national_ids, mask_national_ids
from storage.scrub import scrub_json, scrub_text
from tests.storage.helpers import D_NUMMER, FNR

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    "written",
    [
        FNR,
        f"{FNR[:6]} {FNR[6:]}",
        f"{FNR[:6]}-{FNR[6:]}",
        f"{FNR[:6]}\u00a0{FNR[6:]}",
        f"{FNR[:6]}.{FNR[6:]}",  # issue 12: the forms a layout-based mask let through
        f"{FNR[:6]}/{FNR[6:]}",
        f"{FNR[:2]} {FNR[2:4]} {FNR[4:6]} {FNR[6:]}",
        f"{FNR[:6]}–{FNR[6:]}",  # en dash
        f"{FNR[:6]} – {FNR[6:]}",
        f"{FNR[:6]}\u200b{FNR[6:]}",  # a zero-width space
        FNR.translate(FULLWIDTH),
        f"{FNR[:6]}-{FNR[6:]}".translate(FULLWIDTH),
    ],
)
def test_a_fodselsnummer_is_found_in_every_written_form(written: str) -> None:
    text = f"Kontakt: Kari Nordmann, fnr. {written}, tlf. 912 34 567."
    [span] = find_national_ids(text)
    assert text[span.start : span.end] == written
    assert span.kind is NationalIdKind.FODSELSNUMMER


def test_masking_keeps_length_and_separators() -> None:
    text = f"fnr {FNR[:6]} {FNR[6:]} og d-nr {D_NUMMER}."
    masked = mask_national_ids(text)
    assert masked == "fnr ****** ***** og d-nr ***********."
    assert len(masked) == len(text)
    assert find_national_ids(text)[1].kind is NationalIdKind.D_NUMMER


@pytest.mark.parametrize(
    "text",
    [
        "org.nr. 974760673",  # nine digits
        f"+47{FNR}",  # after a plus: a phone number
        f"1{FNR}",  # inside a longer digit run
        f"{FNR}9",
        FNR[:-1] + str((int(FNR[-1]) + 1) % 10),  # wrong check digit
        "01019912345",  # no valid check digits
        "kontonummer 1234.56.78903",
        f"{FNR[:6]}..../{FNR[6:]}",  # more than three separators between the digits
        f"{FNR[:6]} a {FNR[6:]}",  # a letter between them
    ],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert find_national_ids(text) == []
    assert mask_national_ids(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"<{FNR}.20260302@mail.example.no>", "<***********.20260302@mail.example.no>"),
        (f"<20260302.{FNR}@mail.example.no>", "<20260302.***********@mail.example.no>"),
        (f"{FNR}@leverandor.example.no", "***********@leverandor.example.no"),
        (f"tlf +47 22 33 44 55, fnr {FNR}", "tlf +47 22 33 44 55, fnr ***********"),
        (f"født 15.03.1990 {FNR}", "født 15.03.1990 ***********"),  # whole runs after a date
    ],
)
def test_a_number_inside_an_id_or_an_address_is_masked(text: str, masked: str) -> None:
    assert mask_national_ids(text) == masked


def test_scrub_text_replaces_surrogates_and_nul_and_masks() -> None:
    assert scrub_text(f"Kari\udce5\x00 {FNR}") == "Kari\ufffd\ufffd ***********"
    assert scrub_text(None) is None


def test_scrub_json_walks_every_string_keys_included() -> None:
    value: dict[str, Any] = {"a": [FNR, 1, None, True, {FNR: "x"}], "b": 2.5}
    assert scrub_json(value) == {"a": ["*" * 11, 1, None, True, {"*" * 11: "x"}], "b": 2.5}
    assert value["a"][0] == FNR  # the input is not changed


_SEPARATORS = st.text(alphabet=" .-/–\u00a0\u200b", min_size=0, max_size=3)


@given(cuts=st.lists(st.integers(1, 10), max_size=4, unique=True), seps=st.data())
def test_any_separators_between_the_digits_are_masked(cuts: list[int], seps: st.DataObject) -> None:
    parts, last = [], 0
    for cut in sorted(cuts):
        parts += [FNR[last:cut], seps.draw(_SEPARATORS)]
        last = cut
    written = "".join([*parts, FNR[last:]])
    masked = mask_national_ids(f"fnr: {written}.")
    assert not any(c.isdigit() for c in masked)
    assert len(masked) == len(written) + 6


@given(st.text(alphabet=st.sampled_from("0123456789 .-/+a\u202e"), max_size=200))
def test_masking_keeps_length_and_leaves_no_national_id(text: str) -> None:
    masked = mask_national_ids(text)
    assert len(masked) == len(text)
    assert find_national_ids(masked) == []
    assert mask_national_ids(masked) == masked
