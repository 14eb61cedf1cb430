"""Context words for the value finders, from patterns/value_cues.toml (strict loader).

Which words announce a phone, which labels make a number something else (a reference, a
project or membership number, a foreign company or VAT id), which words place a mail's
numbers in another country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rules.policy import PolicyError, load_toml, reject_unknown

CUES_FILE = Path(__file__).with_name("patterns") / "value_cues.toml"

_SCHEMA: dict[str, tuple[str, ...]] = {
    "phone": ("words", "short_labels"),
    "not_phone": ("labels",),
    "org_number": ("distractor_labels", "foreign_labels", "foreign_vat_prefixes"),
    "header_lines": ("machine", "human"),
}


@dataclass(frozen=True)
class ValueCues:
    phone_word: re.Pattern[str]  # a phone word or a one-letter label with a colon
    not_phone: re.Pattern[str]
    org_distractor: re.Pattern[str]
    org_foreign: re.Pattern[str]
    foreign_vat_prefix: re.Pattern[str]  # a foreign prefix right before the digits
    region_of_word: dict[str, str]  # a country word (lower case, single spaces) -> its region
    postal: tuple[tuple[str, re.Pattern[str]], ...]  # (region code, postal code pattern)
    machine_header: re.Pattern[str]  # a line "X-Mailer: ..." (matched at a line start)
    human_header: re.Pattern[str]


def word_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words, longest first, case-insensitive; a "." may end each ("tlf.")."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in ordered)
    return re.compile(rf"(?<![\w@-])(?:{body})(?![\w@-])\.?", re.IGNORECASE)


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise PolicyError(path, key, "must be a non-empty list of strings")
    return tuple(value)


def _regions(
    path: Path, raw: Any
) -> tuple[dict[str, str], tuple[tuple[str, re.Pattern[str]], ...]]:
    if not isinstance(raw, dict):
        raise PolicyError(path, "region", "missing table")
    postal = raw.get("postal", {})
    if not isinstance(postal, dict):
        raise PolicyError(path, "region.postal", "must be a table of regular expressions")
    words: dict[str, str] = {}
    for code, listed in raw.items():
        if code == "postal":
            continue
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise PolicyError(path, f"region.{code}", "unknown key (allowed: region codes)")
        words |= {_word_key(w): code for w in _strings(path, f"region.{code}", listed)}
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for code, pattern in postal.items():
        if not re.fullmatch(r"[A-Z]{2}", code) or not isinstance(pattern, str):
            raise PolicyError(path, f"region.postal.{code}", "must map a region code to a regex")
        try:
            patterns.append((code, re.compile(pattern)))
        except re.error as exc:
            raise PolicyError(path, f"region.postal.{code}", f"bad regex: {exc}") from None
    return words, tuple(patterns)


def _word_key(word: str) -> str:
    return " ".join(word.casefold().split())


def load_value_cues(path: Path = CUES_FILE) -> ValueCues:
    """Read and compile the cue file; PolicyError names the file and key of any fault."""
    data = load_toml(path)
    reject_unknown(path, data, (*_SCHEMA, "region"))
    tables: dict[str, dict[str, tuple[str, ...]]] = {}
    for table, keys in _SCHEMA.items():
        raw = data.get(table)
        if not isinstance(raw, dict):
            raise PolicyError(path, table, "missing table")
        reject_unknown(path, raw, keys, prefix=f"{table}.")
        tables[table] = {k: _strings(path, f"{table}.{k}", raw.get(k)) for k in keys}
    short = "|".join(re.escape(w) for w in tables["phone"]["short_labels"])
    words = word_regex(tables["phone"]["words"]).pattern
    prefixes = "|".join(re.escape(p) for p in tables["org_number"]["foreign_vat_prefixes"])
    region_of_word, postal = _regions(path, data.get("region"))
    return ValueCues(
        phone_word=re.compile(rf"{words}|(?<![\w@.-])(?:{short})\s?:", re.IGNORECASE),
        not_phone=word_regex(tables["not_phone"]["labels"]),
        org_distractor=word_regex(tables["org_number"]["distractor_labels"]),
        org_foreign=word_regex(tables["org_number"]["foreign_labels"]),
        foreign_vat_prefix=re.compile(rf"(?<![\w-])(?:{prefixes})[ \u00a0]?$"),
        region_of_word=region_of_word,
        postal=postal,
        machine_header=_header_regex(tables["header_lines"]["machine"]),
        human_header=_header_regex(tables["header_lines"]["human"]),
    )


def _header_regex(names: tuple[str, ...]) -> re.Pattern[str]:
    """Header field names ("X-*" for a prefix) followed by a colon, case-insensitive."""
    body = "|".join(re.escape(n).replace(r"\*", r"[\w-]+") for n in names)
    return re.compile(rf"(?:{body}):", re.IGNORECASE)


@cache
def default_value_cues() -> ValueCues:
    return load_value_cues()
