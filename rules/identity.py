"""Who we are: our own mailbox addresses, the domain of our Message-IDs, our reference format.

One value, built by the caller from the configuration (``intake.our_address`` and
``intake.other_addresses``) and handed to screening, extraction and the reply rules, so that
no module keeps an address of its own. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

REFERENCE_PREFIX = "RRH"  # storage.orders hands out RRH-<year>-<sequence>
DEFAULT_ADDRESS = "opendata.rrh@brreg.no"  # the embedded default of intake.our_address


@dataclass(frozen=True)
class Identity:
    """``addresses``: our own mailbox addresses, lower-cased; ``message_id_domain``: the domain
    of the Message-IDs we write (that of the first address); ``reference_prefix``: the prefix
    of our order references (``RRH`` in ``RRH-2026-0077``)."""

    addresses: frozenset[str]
    message_id_domain: str
    reference_prefix: str = REFERENCE_PREFIX

    @classmethod
    def of(cls, our_address: str, other_addresses: Iterable[str] = ()) -> Identity:
        """Our identity from the configured main address and any other addresses of ours."""
        main = our_address.strip().lower()
        others = {a.strip().lower() for a in other_addresses if a.strip()}
        return cls(frozenset({main} | others), main.rsplit("@", 1)[-1])

    @classmethod
    def default(cls) -> Identity:
        """The identity of the embedded default configuration (no config file)."""
        return cls.of(DEFAULT_ADDRESS)

    def is_ours(self, address: str | None) -> bool:
        """True when ``address`` is one of our own mailbox addresses (case-insensitive)."""
        return (address or "").strip().lower() in self.addresses

    def is_our_message_id(self, message_id: str | None) -> bool:
        """True when ``message_id`` was written by us (its domain is ours)."""
        found = (message_id or "").strip().lower().rstrip(">")
        return found.rpartition("@")[2] == self.message_id_domain and "@" in found

    @cached_property
    def reference(self) -> re.Pattern[str]:
        """Our order reference as it appears in text: ``RRH-2026-0077``."""
        return re.compile(rf"\b{re.escape(self.reference_prefix)}-\d{{4}}-\d{{3,}}\b", re.I)

    def mask_references(self, text: str) -> str:
        """``text`` with the digits of our references replaced by ``#`` (same length, so that
        offsets hold): ``[RRH-2026-0077]`` is never read as a phone or an org number."""
        return self.reference.sub(lambda m: re.sub(r"\d", "#", m.group()), text)
