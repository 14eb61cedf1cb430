"""rules.text_safety: what a person is shown of vendor and staff text, and what staff may type."""

from __future__ import annotations

import pytest

from rules.headers import clean_header_text
from rules.text_safety import (
    BIDI_CONTROLS,
    shown,
    shown_json,
    spreadsheet_cell,
    staff_text_problem,
    strip_unsafe,
)
from tests.storage.helpers import FNR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fjord\x1b[1;31mkode\x1b[0m AS", "Fjordkode AS"),  # CSI colours, whole
        ("a\x1b]0;ny tittel\x07b", "ab"),  # OSC window title, BEL-terminated
        ("a\x1b]8;;http://angrep.example\x1b\\lenke\x1b]8;;\x1b\\b", "alenkeb"),  # OSC 8 link
        ("a\x9b2Jb", "ab"),  # the one-character C1 CSI
        ("a\x1b]0;uten slutt", "a0;uten slutt"),  # unterminated: ESC ] goes, the text stays
        ("a\x1bcb", "ab"),  # RIS, a two-character sequence
        ("ring\x07\x00\x7f\x85\x9fen", "ring en"),  # C0, DEL, C1 gone; NEL is a line break
        ("\u2066\u202eevil\u202c\u2069\u200e\u200f\u061c", "evil"),
        (
            "linje 1\u2028linje 2\r\nlinje 3\u2029linje 4\ttab",
            "linje 1 linje 2 linje 3 linje 4 tab",
        ),
        ("Ålesund Ærlig Øye – «sitat» 名前 😀", "Ålesund Ærlig Øye – «sitat» 名前 😀"),
    ],
)
def test_strip_unsafe_removes_controls_escapes_and_bidi(text: str, expected: str) -> None:
    assert strip_unsafe(text) == expected


def test_multiline_keeps_one_newline_per_line_break() -> None:
    assert strip_unsafe("a\r\nb\rc\u2028d\x1b[2Ke", multiline=True) == "a\nb\nc\nde"


def test_shown_masks_national_ids_hidden_by_controls() -> None:
    hidden = f"fnr {FNR[:6]}\u202e{FNR[6:]}"
    assert shown(hidden) == "fnr ***********"
    assert shown_json({"a": [hidden, 1, None]}) == {"a": ["fnr ***********", 1, None]}


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x.example","klikk")', '\'=HYPERLINK("http://x.example","klikk")'),
        ("+cmd|' /C calc'!A0 AS", "'+cmd|' /C calc'!A0 AS"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("\t=1+1", "' =1+1"),  # TAB becomes a space; a space does not hide the formula
        ("\r=1+1", "' =1+1"),
        ("  @SUM(A1)", "'  @SUM(A1)"),
        ("+47 912 34 567", "+47 912 34 567"),  # a phone number
        ("Fjordkode AS", "Fjordkode AS"),
        ("", ""),
    ],
)
def test_spreadsheet_cell_neutralises_formulas(text: str, cell: str) -> None:
    assert spreadsheet_cell(text) == cell


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ola Nordmann", None),
        ("Åse Ødegård-Ølstad", None),
        ("", "must not be empty or invisible"),
        ("  ", "must not be empty or invisible"),
        ("\u200b", "must not be empty or invisible"),
        ("\u200b\u2060\ufeff\u3164", "must not be empty or invisible"),
        ("Ola\nbot", "must be one line"),
        ("Ola\u2028bot", "must be one line"),
        ("Ola\x1b[2K", "must not contain the control character U+001B"),
        ("Ola\u202e", "must not contain the bidirectional control U+202E"),
        ("Ola\u200f", "must not contain the bidirectional control U+200F"),
        ("Ola\tNordmann", "must not contain the control character U+0009"),
    ],
)
def test_staff_text_problem(text: str, problem: str | None) -> None:
    assert staff_text_problem(text) == problem


def test_headers_remove_the_same_characters() -> None:
    for char in (*BIDI_CONTROLS, "\x1b", "\x85", "\u2028", "\u2029"):
        assert clean_header_text(f"a{char}b") == "a b"
