"""Strict loading of policy files (TOML): unknown keys fail, naming the file and the key."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any


class PolicyError(ValueError):
    """A policy file is unreadable or has an unknown or malformed key."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        super().__init__(f"{path}: key {key!r}: {problem}")
        self.path = str(path)
        self.key = key


def load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(path, "<file>", f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise PolicyError(path, "<file>", f"cannot be read: {exc.strerror}") from exc


def reject_unknown(
    path: Path, table: Mapping[str, Any], allowed: Iterable[str], prefix: str = ""
) -> None:
    """Raise PolicyError for the first key of ``table`` not in ``allowed``."""
    allowed_set = set(allowed)
    for key in table:
        if key not in allowed_set:
            raise PolicyError(
                path, prefix + key, f"unknown key (allowed: {', '.join(sorted(allowed_set))})"
            )
