"""rules.headers: vendor text made into one safe header line (pure, no I/O)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules.headers import clean_header_text, is_field_name, message_ids, plain_address


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hei\r\nBcc: victim@example.org", "Hei Bcc: victim@example.org"),
        ("Hei\n Bcc: victim@example.org", "Hei Bcc: victim@example.org"),
        ("Hei\rBcc: x", "Hei Bcc: x"),
        ("Hei\u2028Bcc: x\u2029y", "Hei Bcc: x y"),
        ("Hei\x85Bcc: x", "Hei Bcc: x"),
        ("a\x00b\x07c\x1bd\x7fe\x9ff\x0bg\x0ch", "a b c d e f g h"),
        ("  Re:\t\tBestilling   av  testtilgang  ", "Re: Bestilling av testtilgang"),
        (
            "Bad =?UTF-8?Q?=0A?=Bcc: victim@example.org",
            "Bad = ?UTF-8?Q?=0A?=Bcc: victim@example.org",
        ),
        ("Betaling \u202etxt.exe", "Betaling txt.exe"),
        ("Blåbær og søt saft", "Blåbær og søt saft"),
        ("", ""),
    ],
)
def test_clean_header_text(text: str, expected: str) -> None:
    assert clean_header_text(text) == expected


def test_clean_header_text_trims_to_max_len() -> None:
    assert clean_header_text("a" * 300) == "a" * 199 + "…"
    assert clean_header_text("ord " * 10, max_len=10) == "ord ord o…"
    assert clean_header_text("kort", max_len=4) == "kort"
    with pytest.raises(ValueError):
        clean_header_text("x", max_len=0)


@given(st.text(), st.integers(min_value=1, max_value=300))
def test_clean_header_text_is_always_one_clean_line(text: str, max_len: int) -> None:
    cleaned = clean_header_text(text, max_len)
    assert len(cleaned) <= max_len
    assert len(cleaned.splitlines()) <= 1  # no CR, LF, NEL, U+2028/2029, VT, FF, FS, GS, RS
    assert not any(unicodedata.category(c) in {"Cc", "Zl", "Zp", "Cs"} for c in cleaned)
    assert "=?" not in cleaned and cleaned == cleaned.strip()
    assert clean_header_text(cleaned, max_len) == cleaned  # idempotent


def test_message_ids_keep_only_well_formed_ids() -> None:
    text = "<a@b.example>\r\nBcc: victim@example.org <c@d.example> junk <not an id> <a@b.example>"
    assert message_ids(text) == ["<a@b.example>", "<c@d.example>"]
    many = " ".join(f"<m{n}@x.example>" for n in range(30))
    assert message_ids(many, keep=3) == ["<m0@x.example>", "<m28@x.example>", "<m29@x.example>"]


def test_field_names_and_plain_addresses() -> None:
    assert is_field_name("X-Auto-Response-Suppress") and is_field_name("In-Reply-To")
    assert not is_field_name("Bcc: x") and not is_field_name("") and not is_field_name("Ø")
    assert (
        plain_address("Kari.Nordmann@Leverandor.Example.no")
        == "Kari.Nordmann@leverandor.example.no"
    )
    for bad in (
        "kari@example.no\r\nRCPT TO:<x@y.no>",
        "Kari <kari@example.no>",
        "kari@",
        "kari@localhost",
        "a b@example.no",
        "kåre@example.no",
        "kari@exa_mple.no",
    ):
        assert plain_address(bad) is None, bad
