"""Choosing the register adapter from ``[register]`` (``source``: local, api or off)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from bot.config import RegisterConfig, RegisterSource
from bot.register import Register
from bot.register.api import ApiRegister
from bot.register.local import LocalRegister


def open_register(config: RegisterConfig, sessions: sessionmaker[Session]) -> Register | None:
    """The configured adapter; None when checks are off."""
    if config.source is RegisterSource.OFF:
        return None
    if config.source is RegisterSource.API:
        return ApiRegister(config)
    return LocalRegister(sessions)
