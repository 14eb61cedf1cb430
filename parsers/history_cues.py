"""History and signature cues, read from ``patterns/history.toml`` by a strict loader.

The cue words are data, not code (DESIGN.md, "cue words are pattern files"): staff can add a
sign-off or a mail client's reply header without touching Python. An unknown key or a regex
that does not compile fails at first use with a PolicyError naming the file and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rules.policy import PolicyError, load_toml, reject_unknown

DEFAULT_CUES = Path(__file__).parent / "patterns" / "history.toml"

_TABLES: dict[str, tuple[str, ...]] = {
    "reply": ("strong", "weak"),
    "outlook": ("from_labels", "sent_labels", "separators", "forward_subject"),
    "forward": ("markers",),
    "signature": ("with_name", "alone", "delimiters", "devices"),
}


@dataclass(frozen=True, slots=True)
class Cues:
    """Compiled cues; every pattern matches one stripped line (case-insensitive)."""

    reply_strong: tuple[re.Pattern[str], ...]
    reply_weak: tuple[re.Pattern[str], ...]
    outlook_from: re.Pattern[str]
    outlook_sent: re.Pattern[str]
    separators: tuple[re.Pattern[str], ...]
    forward_subject: re.Pattern[str]
    forward_markers: tuple[re.Pattern[str], ...]
    sign_off: re.Pattern[str]
    delimiters: tuple[re.Pattern[str], ...]
    devices: tuple[re.Pattern[str], ...]


def load_cues(path: Path = DEFAULT_CUES) -> Cues:
    """Read and compile the cue file; raise PolicyError on any unknown or malformed key."""
    data = load_toml(path)
    reject_unknown(path, data, _TABLES)
    tables: dict[str, dict[str, Any]] = {}
    for name, keys in _TABLES.items():
        table = data.get(name)
        if not isinstance(table, dict):
            raise PolicyError(path, name, "missing table")
        reject_unknown(path, table, keys, prefix=f"{name}.")
        for key in keys:
            if key not in table:
                raise PolicyError(path, f"{name}.{key}", "missing key")
        tables[name] = table
    reply, outlook = tables["reply"], tables["outlook"]
    forward, signature = tables["forward"], tables["signature"]
    return Cues(
        reply_strong=_regexes(path, "reply.strong", reply["strong"]),
        reply_weak=_regexes(path, "reply.weak", reply["weak"]),
        outlook_from=_label_line(path, "outlook.from_labels", outlook["from_labels"]),
        outlook_sent=_label_line(path, "outlook.sent_labels", outlook["sent_labels"]),
        separators=_regexes(path, "outlook.separators", outlook["separators"]),
        forward_subject=_regex(path, "outlook.forward_subject", outlook["forward_subject"]),
        forward_markers=_regexes(path, "forward.markers", forward["markers"]),
        sign_off=_sign_off(path, signature["with_name"], signature["alone"]),
        delimiters=_regexes(path, "signature.delimiters", signature["delimiters"]),
        devices=_regexes(path, "signature.devices", signature["devices"]),
    )


@cache
def default_cues() -> Cues:
    """The repository's cue file, loaded once on first use (never at import time)."""
    return load_cues()


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PolicyError(path, key, "must be a list of non-empty strings")
    return tuple(value)


def _regex(path: Path, key: str, value: Any) -> re.Pattern[str]:
    if not isinstance(value, str):
        raise PolicyError(path, key, "must be a string (a regular expression)")
    try:
        return re.compile(value, re.IGNORECASE)
    except re.error as exc:
        raise PolicyError(path, key, f"bad regular expression {value!r}: {exc}") from None


def _regexes(path: Path, key: str, value: Any) -> tuple[re.Pattern[str], ...]:
    return tuple(_regex(path, key, v) for v in _strings(path, key, value))


def _label_line(path: Path, key: str, value: Any) -> re.Pattern[str]:
    """'Fra: X' or Gmail's plain-text bold '*Fra:* X' (the label list is alternated)."""
    labels = "|".join(re.escape(label) for label in _strings(path, key, value))
    return _regex(path, key, rf"^\*?(?:{labels})\s?:\*?(?:\s|$)")


def _sign_off(path: Path, with_name: Any, alone: Any) -> re.Pattern[str]:
    """One regex for a sign-off line: a phrase, optionally a short name, nothing else.

    A name is at most four words of letters (no digits), so "Hilsen Line" and "mvh usman" are
    sign-offs but "Hilsen fra oss alle til dere i Brønnøysund, 2026" is prose. After an
    ``alone`` phrase a name needs a comma: "Thanks, Emma" but not "Thanks for the help".
    """
    named = "|".join(_phrase(p) for p in _strings(path, "signature.with_name", with_name))
    bare = "|".join(_phrase(p) for p in _strings(path, "signature.alone", alone))
    name = r"(?:[,:]?\s+[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})?"
    bare_name = name.replace("[,:]?", ",", 1)  # "Thanks, Emma" but not "Thanks for that"
    pattern = rf"^(?:(?:{named}){name}|(?:{bare}){bare_name})\s*[,.!:]?\s*$"
    return _regex(path, "signature", pattern)


def _phrase(phrase: str) -> str:
    """A phrase with any run of spaces allowed between its words."""
    return r"\s+".join(re.escape(word) for word in phrase.split()) + r"(?!\w)"
