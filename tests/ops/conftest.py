"""Fixtures for operations: a fake Entra ID authority and an M365 config pointing at it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.auth import M365TokenProvider
from bot.config import M365Config
from tests.ops.fake_entra import AUTHORITY_HOST, CLIENT_ID, SECRET, TENANT, FakeEntra

SECRET_ENV = "BRREG_TEST_M365_SECRET"


@pytest.fixture
def entra() -> FakeEntra:
    return FakeEntra()


def m365_config(**changes: Any) -> M365Config:
    base = M365Config(
        tenant_id=TENANT,
        client_id=CLIENT_ID,
        authority_host=AUTHORITY_HOST,
        client_secret_env=SECRET_ENV,
    )
    return replace(base, **changes)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def provider(entra: FakeEntra, clock: Clock | None = None, **changes: Any) -> M365TokenProvider:
    return M365TokenProvider(
        m365_config(**changes),
        environ={SECRET_ENV: SECRET},
        http_client=entra,
        clock=clock or Clock(),
    )
