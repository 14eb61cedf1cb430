"""Access tokens for XOAUTH2 logins (IMAP and SMTP): Microsoft 365 app-only tokens (``m365``)
and the SASL XOAUTH2 initial response (``xoauth2``).

``shared_provider`` gives one ``M365TokenProvider`` per ``[m365]`` section for the whole
process, so the IMAP poller and the SMTP outbox share one cached token.
"""

from __future__ import annotations

import functools
from typing import Protocol

from bot.auth.m365 import M365TokenProvider, TokenError
from bot.auth.xoauth2 import xoauth2_string
from bot.config import M365Config

__all__ = ["M365TokenProvider", "TokenError", "TokenSource", "shared_provider", "xoauth2_string"]


class TokenSource(Protocol):
    """Where an XOAUTH2 login gets its access token."""

    def token(self) -> str:
        """A token believed valid (cached or fresh); raises ``TokenError``."""
        ...

    def invalidate(self) -> None:
        """The server refused the last token: the next ``token()`` must fetch a new one."""
        ...


@functools.cache
def shared_provider(config: M365Config) -> M365TokenProvider:
    """The process's token provider for ``config`` (one cache, shared by IMAP and SMTP)."""
    return M365TokenProvider(config)
