"""The API adapter against a real HTTP server answering in Enhetsregisteret's shapes."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.config import RegisterConfig
from bot.register.api import ApiRegister, retry_after
from rules.register import RegisterStatus
from tests.register.numbers import (
    ACTIVE,
    BANKRUPT,
    DELETED,
    GARBAGE,
    PARENT,
    REMOVED,
    SLOW,
    SUB_UNIT,
    UNKNOWN,
    WOUND_UP,
)
from tests.register.server import (
    Answer,
    FakeRegister,
    deleted_enhet,
    enhet,
    json_answer,
    underenhet,
)


def test_an_active_entity_answers_with_its_name_and_form(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.entity(enhet(ACTIVE, "FJELLBEKK DATA AS"))
    answer = api.lookup(ACTIVE)
    assert answer.status is RegisterStatus.ACTIVE
    assert (answer.name, answer.org_form) == ("FJELLBEKK DATA AS", "AS")


def test_a_deleted_entity_answers_200_and_is_deleted_not_active(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.entity(deleted_enhet(DELETED, on="2025-06-30"))
    answer = api.lookup(DELETED)
    assert answer.status is RegisterStatus.DELETED
    assert answer.deleted_on == date(2025, 6, 30)


def test_410_is_removed_for_legal_reasons(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.answer(f"/enheter/{REMOVED}", json_answer({"organisasjonsnummer": REMOVED, "slettedato": "2024-01-02"}, 410))
    answer = api.lookup(REMOVED)
    assert answer.status is RegisterStatus.REMOVED
    assert answer.deleted_on == date(2024, 1, 2)


def test_404_with_an_empty_body_in_both_places_is_unknown(api: ApiRegister, api_server: FakeRegister) -> None:
    answer = api.lookup(UNKNOWN)
    assert answer.status is RegisterStatus.UNKNOWN
    assert api_server.asked(f"/enheter/{UNKNOWN}") == 1
    assert api_server.asked(f"/underenheter/{UNKNOWN}") == 1


def test_a_sub_unit_is_found_under_underenheter_with_its_parent_named(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.answer(f"/underenheter/{SUB_UNIT}", json_answer(underenhet(SUB_UNIT, "FJELLBEKK DATA AS AVD BODØ", PARENT)))
    api_server.entity(enhet(PARENT, "FJELLBEKK DATA AS"))
    answer = api.lookup(SUB_UNIT)
    assert answer.status is RegisterStatus.SUB_UNIT
    assert (answer.parent_number, answer.parent_name) == (PARENT, "FJELLBEKK DATA AS")


def test_bankrupt_and_under_liquidation_come_from_the_flags(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.entity(enhet(BANKRUPT, "KONKURSBO TEST AS", konkurs=True, konkursdato="2026-01-05"))
    api_server.entity(enhet(WOUND_UP, "AVVIKLES TEST AS", underTvangsavviklingEllerTvangsopplosning=True))
    assert api.lookup(BANKRUPT).status is RegisterStatus.BANKRUPT
    assert api.lookup(WOUND_UP).status is RegisterStatus.UNDER_LIQUIDATION


def test_429_waits_as_long_as_retry_after_says_then_asks_again(api: ApiRegister, api_server: FakeRegister, slept: list[float]) -> None:
    api_server.queue(f"/enheter/{ACTIVE}", Answer(429, b"", (("Retry-After", "7"),)))
    api_server.entity(enhet(ACTIVE, "FJELLBEKK DATA AS"))
    assert api.lookup(ACTIVE).status is RegisterStatus.ACTIVE
    assert slept == [7.0]
    assert api_server.asked(f"/enheter/{ACTIVE}") == 2


def test_a_retry_after_beyond_the_limit_is_not_waited_for(api: ApiRegister, api_server: FakeRegister, slept: list[float]) -> None:
    api_server.answer(f"/enheter/{ACTIVE}", Answer(429, b"", (("Retry-After", "3600"),)))
    answer = api.lookup(ACTIVE)
    assert answer.status is RegisterStatus.NOT_CHECKED
    assert slept == []


def test_503_is_retried_with_growing_backoff_then_not_checked(api: ApiRegister, api_server: FakeRegister, slept: list[float]) -> None:
    api_server.answer(f"/enheter/{ACTIVE}", Answer(503, b"<html>busy</html>"))
    answer = api.lookup(ACTIVE)
    assert answer.status is RegisterStatus.NOT_CHECKED
    assert answer.problem == "HTTP 503"
    assert api_server.asked(f"/enheter/{ACTIVE}") == 3  # retries = 2
    assert slept == [0.01, 0.02]


def test_a_503_that_passes_gives_the_answer(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.queue(f"/enheter/{ACTIVE}", Answer(503))
    api_server.entity(enhet(ACTIVE, "FJELLBEKK DATA AS"))
    assert api.lookup(ACTIVE).status is RegisterStatus.ACTIVE


def test_an_answer_slower_than_the_timeout_is_not_checked(register_config: RegisterConfig, api_server: FakeRegister) -> None:
    api_server.entity(enhet(SLOW, "TREG AS"))
    api_server.answer(f"/enheter/{SLOW}", Answer(200, b"{}", delay=1.0))
    config = RegisterConfig(api_url=register_config.api_url, timeout_seconds=0.2, retries=0)
    with ApiRegister(config) as slow:
        answer = slow.lookup(SLOW)
    assert answer.status is RegisterStatus.NOT_CHECKED
    assert answer.problem == "timed out"


def test_malformed_json_is_not_checked(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.answer(f"/enheter/{GARBAGE}", Answer(200, b'{"organisasjonsnummer": "92', (("Content-Type", "application/json"),)))
    answer = api.lookup(GARBAGE)
    assert answer.status is RegisterStatus.NOT_CHECKED
    assert answer.problem == "malformed JSON"


def test_a_404_with_a_body_is_a_proxy_speaking_not_the_register(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.answer(f"/enheter/{ACTIVE}", Answer(404, b"<html>Not Found</html>"))
    assert api.lookup(ACTIVE).status is RegisterStatus.NOT_CHECKED


def test_the_breaker_opens_after_failures_and_then_spares_the_register(api: ApiRegister, api_server: FakeRegister) -> None:
    api_server.down = True
    for _ in range(3):  # breaker_failures = 3
        assert api.lookup(ACTIVE).status is RegisterStatus.NOT_CHECKED
    asked = len(api_server.requests)
    answer = api.lookup(ACTIVE)
    assert answer.status is RegisterStatus.NOT_CHECKED
    assert "circuit open" in (answer.problem or "")
    assert len(api_server.requests) == asked


def test_an_unreachable_register_is_not_checked() -> None:
    config = RegisterConfig(api_url="http://127.0.0.1:9/enhetsregisteret/api", timeout_seconds=0.2, retries=1, backoff_seconds=0)
    with ApiRegister(config, sleep=lambda _s: None) as nowhere:
        answer = nowhere.lookup(ACTIVE)
    assert answer.status is RegisterStatus.NOT_CHECKED
    assert "connection failed" in (answer.problem or "")


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 12, 3, 8, 0, 0, tzinfo=UTC)
    assert retry_after("120") == 120.0
    assert retry_after("Thu, 03 Dec 2026 08:00:30 GMT", now) == 30.0
    assert retry_after("soon") is None
    assert retry_after(None) is None
