"""rules.national_id and storage.scrub: national ids are found, masked, and only they."""

from __future__ import annotations

from typing import Any

import pytest

from rules.national_id import NationalIdKind, find_national_ids, mask_national_ids
from storage.scrub import scrub_json, scrub_text
from tests.storage.helpers import D_NUMMER, FNR


@pytest.mark.parametrize(
    "written",
    [FNR, f"{FNR[:6]} {FNR[6:]}", f"{FNR[:6]}-{FNR[6:]}", f"{FNR[:6]}\u00a0{FNR[6:]}"],
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
    ],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert find_national_ids(text) == []
    assert mask_national_ids(text) == text


def test_scrub_text_replaces_surrogates_and_nul_and_masks() -> None:
    assert scrub_text(f"Kari\udce5\x00 {FNR}") == "Kari\ufffd\ufffd ***********"
    assert scrub_text(None) is None


def test_scrub_json_walks_every_string_keys_included() -> None:
    value: dict[str, Any] = {"a": [FNR, 1, None, True, {FNR: "x"}], "b": 2.5}
    assert scrub_json(value) == {"a": ["*" * 11, 1, None, True, {"*" * 11: "x"}], "b": 2.5}
    assert value["a"][0] == FNR  # the input is not changed
