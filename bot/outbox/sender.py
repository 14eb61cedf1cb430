"""The outbox sender: deliver due mails over SMTP, each accepted mail marked sent at once.

``deliver_due`` runs one batch:

1. Claim up to ``limit`` due rows (``storage.outbox.claim_outbox``: pending and due, or claimed
   longer than ``smtp.stale_claim_minutes`` ago) and commit, so that other senders skip them.
2. Open one SMTP connection for the batch (``connect``, by default ``connect_smtp``): STARTTLS
   (RFC 3207) or implicit TLS (RFC 8314) with certificate and host name checks, plaintext only
   to a loopback host; then AUTH when a user name is configured (RFC 4954): with a password,
   or ``AUTH XOAUTH2`` with the Microsoft 365 app-only token (``smtp.auth = "m365"``, the same
   cached token as IMAP; a refused token is replaced by a fresh one once).
3. Per row: build the message (``bot.outbox.message``), send it with the envelope sender our
   address and the envelope recipients ``row.recipients`` (RFC 5321 3.3), and commit
   ``mark_sent`` right after the server's 250 reply to the end of DATA (RFC 5321 4.2.5).

Failures (RFC 5321 4.2.1: 4yz is transient, 5yz permanent):

- Transient (connection refused or lost, TLS or login failure, 4yz replies): the row goes back
  to ``pending`` at now + ``retry_delay(attempts)`` (2, 4, 8, ... minutes, at most 6 hours).
  After ``smtp.max_attempts`` attempts it is given up (state ``failed``).
- Permanent (5yz for all recipients or for the data; a row that cannot be built): the row is
  given up at once. A refused MAIL FROM (530 STARTTLS or AUTH required, our address not
  allowed) is about the session, not the mail: the whole batch is retried.
- Some recipients refused, others accepted: the mail went out, so it is not sent again (that
  would repeat it to the others); the row is given up with the refusals in ``last_error``.

Delivery is at least once, and the window for twice is small:

- A crash after the claim and before the send leaves the row ``claimed``; it is claimed again
  and sent once after ``stale_claim_minutes``.
- A crash (or a lost connection, or a database error) after the server accepted a mail and
  before ``mark_sent`` committed sends that mail again after ``stale_claim_minutes``, with the
  same Message-ID, so receiving systems can tell (RFC 5322 3.6.4). ``mark_sent`` commits right
  after each 250, so the window is one database round trip.
- A batch stops sending when half of ``stale_claim_minutes`` has passed since its claim and
  puts the rest back (pending, due now), so a slow sender never races a second one for a row.
  The same happens when ``stop()`` turns true (SIGTERM).

Logs name row ids, counts and SMTP reply codes only: never addresses, subjects or bodies.
``last_error`` in the database keeps the server's reply text for staff.
"""

from __future__ import annotations

import functools
import logging
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from bot.auth import TokenError, TokenSource, shared_provider, xoauth2_string
from bot.config import Config, ConfigError, SmtpAuth, SmtpConfig, is_loopback, read_secret
from bot.outbox.message import (
    build_message,
    envelope_recipients,
    envelope_sender,
    message_bytes,
)
from storage.models import OutboxMail
from storage.outbox import claim_outbox, mark_failed, mark_sent
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_RETRY_DELAY = timedelta(hours=6)
DEFAULT_LIMIT = 50
Connect = Callable[[SmtpConfig], smtplib.SMTP]


@dataclass(frozen=True)
class DeliveryReport:
    """What one ``deliver_due`` batch did, by outbox id."""

    sent: tuple[int, ...] = ()
    deferred: tuple[int, ...] = ()  # back to pending, to be tried again
    failed: tuple[int, ...] = ()  # given up for good

    @property
    def claimed(self) -> int:
        return len(self.sent) + len(self.deferred) + len(self.failed)

    def line(self) -> str:
        """One log line of counts."""
        return (
            f"outbox: {self.claimed} claimed, {len(self.sent)} sent, "
            f"{len(self.deferred)} deferred, {len(self.failed)} failed"
        )


@dataclass
class _Batch:
    sessions: sessionmaker[Session]
    config: SmtpConfig
    clock: Callable[[], datetime]
    sent: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)

    def report(self) -> DeliveryReport:
        return DeliveryReport(tuple(self.sent), tuple(self.deferred), tuple(self.failed))

    def mark_sent(self, row: OutboxMail) -> None:
        with self.sessions.begin() as session:
            mark_sent(session, row.id, now=self.clock())
        self.sent.append(row.id)

    def give_up(self, row: OutboxMail, error: str) -> None:
        with self.sessions.begin() as session:
            mark_failed(session, row.id, error, retry_at=None)
        self.failed.append(row.id)
        log.warning("outbox %s: given up after %s attempt(s)", row.id, row.attempts)

    def retry(self, row: OutboxMail, error: str) -> None:
        """A transient failure: back off, or give up after ``max_attempts``."""
        if row.attempts >= self.config.max_attempts:
            self.give_up(row, f"{error} (attempt {row.attempts} of {self.config.max_attempts})")
            return
        with self.sessions.begin() as session:
            mark_failed(session, row.id, error, retry_at=self.clock() + retry_delay(row.attempts))
        self.deferred.append(row.id)

    def put_back(self, rows: list[OutboxMail], error: str) -> None:
        """Rows not tried in this batch: pending again and due at once."""
        if not rows:
            return
        with self.sessions.begin() as session:
            for row in rows:
                mark_failed(session, row.id, error, retry_at=self.clock())
        self.deferred.extend(row.id for row in rows)


class _ConnectionLostError(Exception):
    """The SMTP connection cannot carry the rest of the batch (lost, closing, or refusing our
    envelope sender); every mail not sent yet is retried."""


def retry_delay(attempts: int) -> timedelta:
    """The wait after a transient failure of attempt number ``attempts`` (1, 2, ...):
    2^attempts minutes, at most ``MAX_RETRY_DELAY``."""
    if attempts >= 9:  # 2^9 min > 6 h; avoids huge powers
        return MAX_RETRY_DELAY
    return min(timedelta(minutes=2 ** max(attempts, 0)), MAX_RETRY_DELAY)


def tls_context(config: SmtpConfig) -> ssl.SSLContext:
    """Certificate and host name checking, against ``ca_file`` or the system's CAs."""
    cafile = str(config.ca_file) if config.ca_file is not None else None
    return ssl.create_default_context(cafile=cafile)


def smtp_connector(config: Config) -> Connect:
    """``connect_smtp`` with the process's Microsoft 365 token when ``smtp.auth = "m365"``."""
    if config.smtp.auth is SmtpAuth.M365:
        return functools.partial(connect_smtp, tokens=shared_provider(config.m365))
    return connect_smtp


def connect_smtp(
    config: SmtpConfig,
    *,
    environ: Mapping[str, str] | None = None,
    tokens: TokenSource | None = None,
) -> smtplib.SMTP:
    """An SMTP connection ready for MAIL FROM: greeted, TLS on (unless plaintext to a loopback
    host), logged in when ``config.username`` is set. Raises OSError, ssl.SSLError,
    smtplib.SMTPException or ConfigError (a missing secret or token)."""
    if config.plaintext and not is_loopback(config.host):
        raise ConfigError("<smtp>", "smtp.starttls", "plaintext only to a loopback address")
    smtp: smtplib.SMTP
    if config.implicit_tls:
        smtp = smtplib.SMTP_SSL(
            config.host, config.port, timeout=config.timeout_seconds, context=tls_context(config)
        )
    else:
        smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout_seconds)
    try:
        smtp.ehlo()
        if config.starttls:
            smtp.starttls(context=tls_context(config))  # no STARTTLS offered: an error
            smtp.ehlo()  # RFC 3207 4.2: forget what was learnt before TLS
        if config.username and config.auth is SmtpAuth.M365:
            _login_xoauth2(smtp, config.username, tokens)
        elif config.username:
            secret = read_secret("smtp", config.password_env, config.password_file, environ)
            smtp.login(config.username, secret)
    except BaseException:
        smtp.close()
        raise
    return smtp


def _login_xoauth2(smtp: smtplib.SMTP, user: str, tokens: TokenSource | None) -> None:
    """``AUTH XOAUTH2`` (RFC 4954 with the XOAUTH2 SASL response); a 535 for the cached token
    is retried once with a fresh one."""
    if tokens is None:
        raise ConfigError("<smtp>", "smtp.auth", "'m365' needs a token source ([m365])")
    for attempt in (1, 2):
        try:
            token = tokens.token()
        except TokenError as exc:
            raise ConfigError("<m365>", "m365", str(exc)) from None
        sasl = xoauth2_string(user, token)

        def answer(challenge: bytes | None = None, sasl: str = sasl) -> str:
            # A failed XOAUTH2 gets a 334 with a JSON error; the client answers empty and the
            # server then sends the final 535 (Microsoft's and Google's XOAUTH2 protocol).
            return sasl if challenge is None else ""

        try:
            smtp.auth("XOAUTH2", answer, initial_response_ok=True)
            return
        except smtplib.SMTPAuthenticationError:
            tokens.invalidate()
            if attempt == 2:
                raise
            log.info("SMTP AUTH XOAUTH2 with the cached token refused; fetching a new token")


def deliver_due(
    sessions: sessionmaker[Session],
    smtp_config: SmtpConfig,
    our_address: str,
    *,
    now: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
    connect: Connect = connect_smtp,
    stop: Callable[[], bool] = lambda: False,
) -> DeliveryReport:
    """Claim and send one batch of due mails (see the module docstring); never raises for an
    SMTP problem, only for a database one. ``now`` fixes the clock (tests)."""
    clock: Callable[[], datetime] = (lambda: now) if now is not None else utcnow
    stale_after = timedelta(minutes=smtp_config.stale_claim_minutes)
    claimed_at = time.monotonic()
    with sessions.begin() as session:
        rows = claim_outbox(session, limit, now=clock(), stale_after=stale_after)
    if not rows:
        return DeliveryReport()
    log.info("outbox: claimed %s mail(s), ids %s", len(rows), [row.id for row in rows])
    batch = _Batch(sessions, smtp_config, clock)
    deadline = claimed_at + stale_after.total_seconds() / 2
    try:
        smtp = connect(smtp_config)
    except (OSError, smtplib.SMTPException, ConfigError) as exc:
        log.warning("outbox: cannot connect to the SMTP server (%s)", _kind(exc))
        for row in rows:
            batch.retry(row, f"connect: {_describe(exc)}")
        return _done(batch)
    try:
        _send_all(batch, smtp, rows, our_address, deadline, stop)
    finally:
        _quit(smtp)
    return _done(batch)


def _send_all(
    batch: _Batch,
    smtp: smtplib.SMTP,
    rows: list[OutboxMail],
    our_address: str,
    deadline: float,
    stop: Callable[[], bool],
) -> None:
    for index, row in enumerate(rows):
        if stop() or time.monotonic() > deadline:
            log.info("outbox: stopping the batch, %s mail(s) put back", len(rows) - index)
            batch.put_back(rows[index:], "not sent: the batch stopped before this mail")
            return
        try:
            _send_one(batch, smtp, row, our_address)
        except _ConnectionLostError as exc:
            log.warning("outbox %s: the SMTP session broke off (%s)", row.id, exc)
            cause = exc.__cause__
            detail = _describe(cause) if cause is not None else str(exc)
            batch.retry(row, f"session broke off: {detail}")
            for rest in rows[index + 1 :]:
                batch.retry(rest, "not sent: the SMTP session broke off")
            return


def _send_one(batch: _Batch, smtp: smtplib.SMTP, row: OutboxMail, our_address: str) -> None:
    if row.attempts > batch.config.max_attempts:  # re-claimed after crashes, again and again
        batch.give_up(row, f"claimed {row.attempts} times without a result")
        return
    try:
        message = build_message(row, our_address, date=batch.clock())
        data = message_bytes(message)
        recipients = envelope_recipients(row)
        sender = envelope_sender(our_address)
    except Exception as exc:  # ValueError: the row's data; anything else: our bug
        level = logging.WARNING if isinstance(exc, ValueError) else logging.ERROR
        log.log(level, "outbox %s: cannot be built (%s)", row.id, type(exc).__name__)
        batch.give_up(row, f"cannot be built: {type(exc).__name__}: {exc}")
        return
    try:
        refused = smtp.sendmail(sender, recipients, data)
    except smtplib.SMTPRecipientsRefused as exc:  # every recipient refused; nothing sent
        codes = sorted({code for code, _ in exc.recipients.values()})
        log.info("outbox %s: all recipients refused (%s)", row.id, codes)
        error = "recipients refused: " + "; ".join(
            f"{code} {_text(reply)}" for code, reply in exc.recipients.values()
        )
        if all(400 <= code < 500 for code in codes):
            batch.retry(row, error)
        else:
            batch.give_up(row, error)
        return
    except smtplib.SMTPSenderRefused as exc:  # MAIL FROM refused: the session, not the mail
        # (530 STARTTLS or AUTH required, RFC 3207 4, RFC 4954 6; our address not allowed):
        # every mail of the batch would meet it, so all are retried, none is given up yet.
        raise _ConnectionLostError(f"MAIL FROM refused with {exc.smtp_code}") from exc
    except smtplib.SMTPResponseException as exc:  # DATA refused
        log.info("outbox %s: refused with %s", row.id, exc.smtp_code)
        if exc.smtp_code == 421:  # RFC 5321 3.8: the server is closing the connection
            raise _ConnectionLostError(str(exc.smtp_code)) from exc
        if 400 <= exc.smtp_code < 500:
            batch.retry(row, _describe(exc))
        else:
            batch.give_up(row, _describe(exc))
        return
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise _ConnectionLostError(_kind(exc)) from exc
    except smtplib.SMTPException as exc:  # e.g. a needed extension not offered
        log.info("outbox %s: not sent (%s)", row.id, _kind(exc))
        batch.retry(row, _describe(exc))
        return
    if refused:
        count, total = len(refused), len(recipients)
        log.warning("outbox %s: %s of %s recipient(s) refused", row.id, count, total)
        batch.give_up(
            row,
            f"sent to {len(recipients) - len(refused)} of {len(recipients)} recipients; refused: "
            + "; ".join(f"{code} {_text(reply)}" for code, reply in refused.values()),
        )
        return
    batch.mark_sent(row)


def _done(batch: _Batch) -> DeliveryReport:
    report = batch.report()
    log.info(report.line())
    return report


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _kind(exc: BaseException) -> str:
    code = getattr(exc, "smtp_code", None)
    return f"{type(exc).__name__} {code}" if code is not None else type(exc).__name__


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    return f"{type(exc).__name__}: {exc}"


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
