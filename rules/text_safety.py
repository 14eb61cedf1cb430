"""Text from vendors and staff made safe to show: on a terminal, in the digest, in a spreadsheet.

Vendor text (names, subjects, Message-IDs, SMTP errors) and staff text (``--by``, reasons,
values) reach a terminal and the staff's digest. There a control character or an escape
sequence recolours, moves the cursor or retitles the terminal; a CR or a line separator
(U+2028/2029) starts a fake line; a bidirectional control (U+202A-202E, U+2066-2069,
U+200E/200F, U+061C) makes text read differently than it is (Trojan Source, CVE-2021-42574).

- ``shown(text)``: what every such text goes through before a person sees it: escape
  sequences and control characters removed (TAB and line breaks become a space; with
  ``multiline`` a line break stays one ``\\n``), bidi controls removed, national identity
  numbers masked (``rules.national_id``).
- ``spreadsheet_cell(text)``: ``shown`` plus the OWASP advice on CSV injection: a cell that
  starts with ``=``, ``+``, ``-``, ``@``, TAB or CR gets a leading apostrophe, so a spreadsheet
  reads it as text, never as a formula.
- ``staff_text_problem(text)``: why a name or value staff typed may not be stored (a control or
  bidi character, a line break, nothing visible), or None.
- ``is_unsafe_character(char)``: the one definition of the characters removed above, shared
  with ``rules.headers``.

Pure and linear: a few regular expressions without nested repetition.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from rules.national_id import mask_national_ids

BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u200e\u200f\u061c"  # LRM, RLM, Arabic letter mark
)
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits at
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# ECMA-48 escape sequences, removed whole so that no "[31m" is left behind: CSI (colours,
# cursor moves; ESC [ or the C1 CSI), OSC (titles, hyperlinks; ended by BEL or ST), DCS, SOS,
# PM and APC strings (ended by ST), and the short ESC sequences. An unterminated string is
# left to the character rule below (its ESC is removed, its text kept).
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
_LINE_BREAK = re.compile(f"\r\n|[{LINE_BREAKS}]")
_REMOVED = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]"
)
_SPACED = re.compile("[\t\x0b\x0c\x1c-\x1e]")
# Letters that render as nothing although they are not format characters.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"})


def is_unsafe_character(char: str) -> bool:
    """A control character (C0, C1, DEL), a line or paragraph separator or a bidi control."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in BIDI_CONTROLS


def strip_unsafe(text: str, *, multiline: bool = False) -> str:
    """``text`` without escape sequences, control characters and bidi controls.

    TAB becomes a space. Line breaks (CRLF, CR, LF, NEL, U+2028/2029, ...) become a space, or
    with ``multiline`` one ``\\n`` each. Everything else is kept as it is.
    """
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _LINE_BREAK.sub("\n" if multiline else " ", text)
    return _REMOVED.sub("", _SPACED.sub(" ", text))


def shown(text: str, *, multiline: bool = False) -> str:
    """``text`` as a person may see it: ``strip_unsafe``, then national ids masked."""
    return mask_national_ids(strip_unsafe(text, multiline=multiline))


def shown_json(value: Any) -> Any:
    """A copy of a JSON value with every string (keys too) passed through ``shown``."""
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, dict):
        return {shown(str(k)): shown_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [shown_json(v) for v in value]
    return value


def spreadsheet_cell(text: str) -> str:
    """``shown(text)`` for a CSV cell: an apostrophe before a formula's first character
    (OWASP "CSV Injection"). A phone number in the international format (``+47 912 34
    567``: a plus, then digits and spaces only) cannot call anything and stays as it is.
    Leading spaces do not hide a formula (TAB and CR have become spaces by then)."""
    cell = shown(text)
    start = cell.lstrip(" ")
    if start.startswith("+") and start[1:].replace(" ", "").isdigit():
        return cell
    return "'" + cell if start.startswith(FORMULA_START) else cell


def staff_text_problem(text: str) -> str | None:
    """Why ``text`` typed by staff may not go into the order or its audit trail, or None.

    Refused: a line break (it would write a fake line into ``orders show``), any other
    control character or escape sequence, a bidi control, and text with nothing visible (empty,
    spaces, a zero-width space).
    """
    for char in text:
        if char in LINE_BREAKS:
            return "must be one line"
        if char in BIDI_CONTROLS:
            return f"must not contain the bidirectional control U+{ord(char):04X}"
        if is_unsafe_character(char):
            return f"must not contain the control character U+{ord(char):04X}"
    if not any(_visible(char) for char in text):
        return "must not be empty or invisible"
    return None


def _visible(char: str) -> bool:
    return unicodedata.category(char) not in _INVISIBLE_CATEGORIES and char not in _BLANK_LETTERS
