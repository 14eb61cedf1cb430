"""Enhetsregisteret: one small interface (``Register.lookup``) and its two adapters.

``ApiRegister`` asks the open API over HTTP; ``LocalRegister`` reads the local copy in the
database (``bot.register.bulk`` imports the bulk files, ``bot.register.feed`` follows the
change feed). ``open_register`` chooses one from ``[register]`` in the config.
``bot.register.check`` is the job that checks the org numbers of open orders.
"""

from __future__ import annotations

from typing import Protocol

from rules.register import RegisterAnswer


class Register(Protocol):
    """Look up one organisation number. Never raises for the register's trouble (down, slow,
    garbage): that is an answer with status ``not_checked`` and a ``problem``."""

    source: str

    def lookup(self, org_number: str) -> RegisterAnswer: ...
