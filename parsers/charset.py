"""Bytes to clean text: charsets, raw 8-bit headers, mojibake, control characters.

Charset labels follow the WHATWG Encoding Standard rather than the IANA registry: mail clients
label windows-1252 text "iso-8859-1" or "us-ascii" (curly quotes and dashes at 0x80-0x9F), so
those labels decode as cp1252. Undeclared or wrongly declared 8-bit text is tried as UTF-8 first
(strict UTF-8 rarely matches anything else by accident), then cp1252, then latin-1, which never
fails. Nothing here raises on any input.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from email.errors import HeaderParseError
from email.header import decode_header

import ftfy

# WHATWG: these labels mean windows-1252 in practice.
_AS_CP1252 = frozenset(
    {
        "us-ascii",
        "ascii",
        "iso-8859-1",
        "iso8859-1",
        "latin-1",
        "latin1",
        "l1",
        "cp819",
        "iso_8859-1",
        "iso-ir-100",
        "ansi_x3.4-1968",
        "windows-1252",
        "cp1252",
        "x-cp1252",
    }
)

# A UTF-8 lead byte read as cp1252 followed by a continuation byte read as cp1252: "Ã¸", "â€“".
# Only then is ftfy (about 0.4 ms on a page) worth calling.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
    "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022"
    "\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

# C0/C1 controls except tab and newline; lone surrogates (from surrogateescape or broken
# UTF-16); invisible format characters that split words (ZWSP, BOM, soft hyphen, bidi marks).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\ufeff]"
)
# No-break and other fixed-width spaces: Norwegian digit groups use them ("929 466 942").
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, tuple[str, ...]]:
    """Decode ``data`` with the declared charset, else guess; return (text, defects).

    A defect names a fallback that was needed ("charset-unknown:x-foo", "charset-wrong:utf-8").
    """
    label = (declared or "").strip().strip("\"'").lower()
    if label:
        codec = "cp1252" if label in _AS_CP1252 else _codec(label)
        if codec is None:
            text, _ = _guess(data)
            return text, (f"charset-unknown:{label[:40]}",)
        if codec == "cp1252" and not data.isascii():
            return _guess(data)[0], ()  # an ASCII/Latin-1 label on UTF-8 bytes is common
        try:
            return data.decode(codec), ()
        except (UnicodeDecodeError, LookupError):
            return _guess(data)[0], (f"charset-wrong:{label[:40]}",)
    return _guess(data)[0], ()


def _codec(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):
        return None


def _guess(data: bytes) -> tuple[str, str]:
    """UTF-8, else windows-1252, else latin-1 (which maps every byte)."""
    for codec in ("utf-8", "cp1252"):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def decode_header_value(value: str) -> str:
    """A header value as a reader sees it: raw 8-bit repaired, RFC 2047 words decoded, unfolded.

    The stdlib parser keeps raw 8-bit header bytes as lone surrogates (surrogateescape); they are
    turned back into bytes and decoded as UTF-8, else cp1252, so "blåbær" stays "blåbær".
    """
    if value.isascii() and value.isprintable() and "=?" not in value:
        return " ".join(value.split())  # the common case: nothing to decode or repair
    if _has_surrogates(value):
        value = _guess(value.encode("ascii", "surrogateescape"))[0]
    value = re.sub(r"\r?\n(?=[ \t])", "", value)  # RFC 5322 section 2.2.3 unfolding
    if "=?" in value:
        value = _decode_words(value)
    return clean_line(value)


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _decode_words(value: str) -> str:
    """RFC 2047 encoded words; unknown charsets are guessed, broken base64 is left as written."""
    try:
        chunks = decode_header(value)
    except (HeaderParseError, ValueError, LookupError, AssertionError):
        return value
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            # decode_header returns the unencoded stretches as raw-unicode-escape bytes.
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        else:
            out.append(decode_bytes(chunk, charset)[0])
    return "".join(out)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 ("Ã¸nsker" -> "ønsker"); ftfy only where the pattern shows."""
    if not _MOJIBAKE.search(text):
        return text
    return ftfy.fix_encoding(text)


def clean_text(text: str) -> str:
    """Body text: newlines to \\n, invisible characters out, odd spaces to " ", NFC, no trailing
    spaces on lines (which also turns the signature delimiter "-- " into "--")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """A header or filename: one line, single spaces, clean characters."""
    text = _INVISIBLE.sub("", text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", re.sub(" {2,}", " ", text).strip())
