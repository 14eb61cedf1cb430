"""What every stored text and JSON value goes through: national ids masked, text made storable.

``scrub_text`` masks national identity numbers (``rules.national_id``), replaces lone surrogates
(mail-parser leaves them in address names; they break a UTF-8 insert) and NUL characters
(PostgreSQL rejects them in text) by U+FFFD. ``scrub_json`` does the same to every string in a
JSON value, keys included. Only the raw bytes of a received message, and the addresses an
outbox mail is sent to (``storable_address``), are stored unmasked: an eleven-digit local part
is where the reply must go, and masking it sent the reply to ``***********@...``.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar, overload

from rules.national_id import mask_national_ids

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_T = TypeVar("_T")


@overload
def scrub_text(text: str) -> str: ...
@overload
def scrub_text(text: None) -> None: ...
def scrub_text(text: str | None) -> str | None:
    """``text`` safe to store: national ids masked, surrogates and NUL replaced (same length)."""
    if text is None:
        return None
    return mask_national_ids(_UNSTORABLE.sub("\ufffd", text))


def storable_address(address: str) -> str:
    """An address to send to, made storable (surrogates and NUL replaced) and never masked."""
    return _UNSTORABLE.sub("\ufffd", address)


def scrub_json(value: _T) -> _T:
    """A copy of a JSON value (dict, list, str, number, bool, None) with every string scrubbed."""
    return _scrub(value)  # type: ignore[no-any-return]


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {scrub_text(str(k)): _scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    return value
