"""The open API of Enhetsregisteret over httpx: one number, one answer, never an exception.

``GET {api_url}/enheter/{orgnr}``:

- 200: an entity; with ``slettedato`` it is deleted (the slim ``SlettetEnhet`` body), so 200
  alone is not "active"; otherwise bankrupt / under liquidation / active by its flags;
- 410: removed for legal reasons (body: ``organisasjonsnummer``, ``slettedato``);
- 404 with an empty body: not a main unit; then ``/underenheter/{orgnr}``: 200 is a sub-unit
  (its parent's name is looked up too), 404 is unknown, 410 removed. A 404 *with* a body
  (a proxy's error page) is no answer of the register's: not checked.

Timeouts, connection errors, 5xx and 429 are retried ``retries`` times with exponential backoff
(``backoff_seconds`` x 2^n); a 429's ``Retry-After`` (seconds or an HTTP date, RFC 9110 10.2.3)
is honoured up to ``max_retry_after_seconds``. A body that is not the JSON object expected is
"not checked". After ``breaker_failures`` look-ups in a row that got no answer, the circuit
breaker keeps the register alone for ``breaker_cooldown_seconds``: look-ups then return "not
checked" at once, so a register that is down never slows the checks down.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from bot.config import RegisterConfig
from bot.register.breaker import CircuitBreaker
from bot.register.entity import NotAnEntityError, entity_row, parse_date
from rules.register import RegisterAnswer, RegisterStatus, not_checked

log = logging.getLogger(__name__)

USER_AGENT = "brreg-intake (opendata.rrh@brreg.no)"
ACCEPT = "application/json"


class RegisterUnavailableError(Exception):
    """The register gave no usable answer (``str()`` says why, without personal data)."""


class _NoAnswerError(Exception):
    """This request got no usable answer; ``problem`` says why (no personal data)."""

    def __init__(self, problem: str, *, retry: bool, wait: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.retry = retry
        self.wait = wait


@dataclass(frozen=True, slots=True)
class _Reply:
    status: int
    body: bytes


class ApiRegister:
    """``Register`` over the open API. Thread-safe: one httpx.Client, one breaker."""

    source = "api"

    def __init__(
        self,
        config: RegisterConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._config = config
        self._base = config.api_url.rstrip("/")
        self._sleep = sleep
        self.breaker = CircuitBreaker(config.breaker_failures, config.breaker_cooldown_seconds)
        self._client = httpx.Client(
            timeout=httpx.Timeout(config.timeout_seconds),
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ApiRegister:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def lookup(self, org_number: str) -> RegisterAnswer:
        if not self.breaker.allow():
            return not_checked(org_number, "circuit open: the register failed repeatedly")
        try:
            answer = self._lookup(org_number)
        except _NoAnswerError as exc:
            self.breaker.failure()
            log.warning("register: no answer for a number (%s)", exc.problem)
            return not_checked(org_number, exc.problem)
        self.breaker.success()
        return answer

    def get_object(self, path: str, params: dict[str, str | int]) -> dict[str, Any]:
        """The JSON object at ``path`` (with retries, through the breaker). Raises
        RegisterUnavailableError when there is none (down, an error status, malformed JSON)."""
        if not self.breaker.allow():
            raise RegisterUnavailableError("circuit open: the register failed repeatedly")
        query = "?" + str(httpx.QueryParams(params)) if params else ""
        try:
            reply = self._get(path + query)
            if reply.status != 200:
                raise _NoAnswerError(f"HTTP {reply.status}", retry=False)
            data = _object(reply.body)
        except _NoAnswerError as exc:
            self.breaker.failure()
            raise RegisterUnavailableError(exc.problem) from None
        self.breaker.success()
        return data

    def _lookup(self, org_number: str) -> RegisterAnswer:
        reply = self._get(f"/enheter/{org_number}")
        if reply.status == 404:
            return self._sub_unit(org_number)
        return self._answer(org_number, reply, sub_unit=False)

    def _sub_unit(self, org_number: str) -> RegisterAnswer:
        reply = self._get(f"/underenheter/{org_number}")
        if reply.status == 404:
            return RegisterAnswer(org_number, RegisterStatus.UNKNOWN)
        answer = self._answer(org_number, reply, sub_unit=True)
        if answer.status is RegisterStatus.SUB_UNIT and answer.parent_number:
            parent = self._get(f"/enheter/{answer.parent_number}")
            if parent.status == 200:
                data = _object(parent.body)
                name = data.get("navn")
                answer = _with_parent_name(answer, str(name) if name else None)
        return answer

    def _answer(self, org_number: str, reply: _Reply, *, sub_unit: bool) -> RegisterAnswer:
        if reply.status == 410:
            deleted = None
            with contextlib.suppress(_NoAnswerError):  # 410 says enough without its body
                deleted = parse_date(_object(reply.body).get("slettedato"))
            return RegisterAnswer(org_number, RegisterStatus.REMOVED, deleted_on=deleted)
        if reply.status != 200:
            raise _NoAnswerError(f"HTTP {reply.status}", retry=False)
        data = _object(reply.body)
        try:
            row = entity_row(data)
        except NotAnEntityError as exc:
            raise _NoAnswerError(f"malformed answer: {exc}", retry=False) from None
        if row.org_number != org_number:
            raise _NoAnswerError("the answer is about another number", retry=False)
        if sub_unit and row.parent_number is None and row.deleted_on is None:
            raise _NoAnswerError("a sub-unit without overordnetEnhet", retry=False)
        return RegisterAnswer(
            org_number, row.status, row.name, row.org_form, row.parent_number, None,
            row.deleted_on,
        )  # fmt: skip

    def _get(self, path: str) -> _Reply:
        """GET with retries; a 200, 404 (empty body) or 410 comes back, anything else raises."""
        attempts = self._config.retries + 1
        for attempt in range(attempts):
            try:
                return self._once(path)
            except _NoAnswerError as exc:
                if not exc.retry or attempt == attempts - 1:
                    raise
                wait = exc.wait
                if wait is None:
                    wait = self._config.backoff_seconds * (2**attempt)
                self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, path: str) -> _Reply:
        try:
            response = self._client.get(self._base + path)
        except httpx.TimeoutException:
            raise _NoAnswerError("timed out", retry=True) from None
        except httpx.TransportError as exc:
            raise _NoAnswerError(f"connection failed ({type(exc).__name__})", retry=True) from None
        status, body = response.status_code, response.content
        if status == 429:
            wait = retry_after(response.headers.get("Retry-After"))
            limit = self._config.max_retry_after_seconds
            if wait is not None and wait > limit:
                raise _NoAnswerError(f"HTTP 429, Retry-After {wait:.0f} s is too long", retry=False)
            raise _NoAnswerError("HTTP 429", retry=True, wait=wait)
        if status >= 500:
            raise _NoAnswerError(f"HTTP {status}", retry=True)
        if status == 404 and body.strip():
            raise _NoAnswerError("HTTP 404 with a body: not the register's answer", retry=False)
        if status in (200, 404, 410):
            return _Reply(status, body)
        raise _NoAnswerError(f"HTTP {status}", retry=False)


def _object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise _NoAnswerError("malformed JSON", retry=False) from None
    if not isinstance(data, dict):
        raise _NoAnswerError("malformed answer: not a JSON object", retry=False)
    return data


def _with_parent_name(answer: RegisterAnswer, name: str | None) -> RegisterAnswer:
    return RegisterAnswer(
        answer.org_number, answer.status, answer.name, answer.org_form, answer.parent_number,
        name, answer.deleted_on,
    )  # fmt: skip


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110
    10.2.3); None when absent or unreadable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
