"""parse_email(raw) -> Extraction: the whole parsing path from bytes, for the CLI and the bot."""

from __future__ import annotations

from parsers.extract import Extraction, extract
from parsers.mime import read_letter
from rules.identity import Identity


def parse_email(raw: bytes, identity: Identity | None = None) -> Extraction:
    """Read one email as it arrived and extract its order. Never raises for bad input:
    unreadable mail gives a Letter with empty text, and so a not_an_order. ``identity``: who
    we are (None: the embedded default configuration's)."""
    return extract(read_letter(raw), identity=identity)
