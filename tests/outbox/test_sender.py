"""The outbox sender against a real SMTP server (aiosmtpd on 127.0.0.1), on SQLite and
PostgreSQL: every mail delivered exactly once through outages, temporary failures, crashes
between claim and send, and two senders at once; TLS checked; no header can be injected."""

from __future__ import annotations

import base64
import functools
import smtplib
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult
from sqlalchemy.orm import Session, sessionmaker

from bot.auth import xoauth2_string
from bot.config import ConfigError, SmtpAuth
from bot.outbox.sender import Connect, DeliveryReport, connect_smtp, deliver_due, retry_delay
from storage.models import OutboxMail, OutboxState
from storage.outbox import claim_outbox
from tests.ops.conftest import provider
from tests.ops.fake_entra import FakeEntra
from tests.outbox.conftest import (
    DIGEST_CSV,
    NOW,
    OUR_ADDRESS,
    STAFF,
    VENDOR,
    Certificate,
    Recorder,
    SmtpServer,
    make_order,
    queue_digest,
    queue_reply,
)

pytestmark = pytest.mark.integration
STALE = timedelta(minutes=15)


def state(sessions: sessionmaker[Session], outbox_id: int) -> OutboxMail:
    with sessions() as session:
        return session.get_one(OutboxMail, outbox_id)


def test_a_reply_and_a_digest_are_delivered(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        reply = queue_reply(session, order=make_order(session)).id
        digest = queue_digest(session).id
    report = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW)
    assert report == DeliveryReport(sent=(reply, digest))
    first, second = smtp.received
    assert first.mail_from == OUR_ADDRESS and first.rcpt_tos == (VENDOR,)
    assert second.rcpt_tos == STAFF
    mail = message_from_bytes(first.data, policy=policy.default)
    assert isinstance(mail, EmailMessage)
    assert mail["Message-ID"] == "<rrh-2026-0042-1@brreg.no>"
    assert mail["Subject"] == "[RRH-2026-0042] Re: Bestilling av testtilgang"
    assert mail["In-Reply-To"] == "<bestilling-1@leverandor.example.no>"
    assert mail["Auto-Submitted"] == "auto-replied"
    assert "Vi mangler telefonnummeret" in mail.get_content()
    digest_mail = message_from_bytes(second.data, policy=policy.default)
    assert isinstance(digest_mail, EmailMessage)
    kinds = [part.get_content_type() for part in digest_mail.walk()]
    assert kinds == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "text/csv",
    ]
    [csv] = list(digest_mail.iter_attachments())
    assert csv.get_filename() == "bestillinger.csv"
    payload = csv.get_payload(decode=True)
    assert isinstance(payload, bytes) and payload.decode("utf-8") == DIGEST_CSV
    for outbox_id in (reply, digest):
        sent = state(sessions, outbox_id)
        assert sent.state is OutboxState.SENT and sent.sent_at == NOW and sent.attempts == 1
    assert deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW + STALE * 2).claimed == 0


def test_nothing_due_opens_no_connection(sessions: sessionmaker[Session]) -> None:
    def refuse(_config: object) -> smtplib.SMTP:
        raise AssertionError("connected with nothing to send")

    with sessions.begin() as session:
        queue_reply(session, at=NOW + timedelta(hours=1))
    assert deliver_due(sessions, SmtpServer().config(), OUR_ADDRESS, now=NOW, connect=refuse) == (
        DeliveryReport()
    )


def test_smtp_down_then_up_delivers_exactly_once(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    smtp.stop()
    down = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW)
    assert down == DeliveryReport(deferred=(outbox_id,))
    waiting = state(sessions, outbox_id)
    assert waiting.state is OutboxState.PENDING and waiting.attempts == 1
    assert waiting.next_attempt_at == NOW + timedelta(minutes=2)
    assert waiting.last_error is not None and waiting.last_error.startswith("connect:")
    smtp.start()
    early = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW + timedelta(minutes=1))
    assert early.claimed == 0 and smtp.received == []  # backing off
    up = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW + timedelta(minutes=2))
    assert up == DeliveryReport(sent=(outbox_id,))
    later = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW + timedelta(hours=7))
    assert later.claimed == 0
    assert smtp.handler.message_ids() == ["<rrh-2026-0042-1@brreg.no>"]
    assert state(sessions, outbox_id).attempts == 2


def test_a_crash_between_claim_and_send_delivers_once_after_stale_after(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    with sessions.begin() as session:  # a sender claims it, commits, and dies before sending
        [claimed] = claim_outbox(session, 10, now=NOW)
    assert claimed.id == outbox_id
    config = smtp.config(stale_claim_minutes=15)
    before = deliver_due(sessions, config, OUR_ADDRESS, now=NOW + timedelta(minutes=14))
    assert before.claimed == 0 and smtp.received == []
    after = deliver_due(sessions, config, OUR_ADDRESS, now=NOW + timedelta(minutes=16))
    assert after == DeliveryReport(sent=(outbox_id,))
    again = deliver_due(sessions, config, OUR_ADDRESS, now=NOW + timedelta(hours=1))
    assert again.claimed == 0
    assert smtp.handler.message_ids() == ["<rrh-2026-0042-1@brreg.no>"]


def test_temporary_failures_back_off_then_deliver(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    smtp.handler.data_replies += ["451 4.3.0 Try again later", "452 4.3.1 Insufficient storage"]
    first = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW)
    second = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW + timedelta(minutes=2))
    row = state(sessions, outbox_id)
    assert first.deferred == second.deferred == (outbox_id,)
    assert row.next_attempt_at == NOW + timedelta(minutes=2 + 4)
    assert row.last_error is not None and row.last_error.startswith("452")
    third = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW + timedelta(minutes=6))
    assert third.sent == (outbox_id,) and len(smtp.received) == 1


def test_a_421_closing_the_connection_defers_the_rest_of_the_batch(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        ids = [queue_reply(session, n).id for n in range(1, 4)]
    smtp.handler.data_replies.append("421 4.3.2 Service shutting down")
    report = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW)
    assert report == DeliveryReport(deferred=tuple(ids))
    assert smtp.received == []
    report = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW + timedelta(minutes=2))
    assert report.sent == tuple(ids) and len(smtp.received) == 3


def test_permanent_failures_are_given_up_at_once(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        refused = queue_reply(session, 1, recipients=("ukjent@leverandor.example.no",)).id
        rejected = queue_reply(session, 2).id
        partly = queue_reply(session, 3, recipients=(VENDOR, "ukjent@leverandor.example.no")).id
        broken = queue_reply(session, 4, headers={"Bcc": "victim@example.org"}).id
    smtp.handler.refused.add("ukjent@leverandor.example.no")
    smtp.handler.data_replies.append("554 5.7.1 Message rejected")
    report = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW)
    assert report == DeliveryReport(failed=(refused, rejected, partly, broken))
    assert [r.rcpt_tos for r in smtp.received] == [(VENDOR,)]  # the partly refused one went out
    for outbox_id in (refused, rejected, partly, broken):
        assert state(sessions, outbox_id).state is OutboxState.FAILED
    assert (
        state(sessions, refused).last_error
        == "recipients refused: 550 5.1.1 <ukjent@leverandor.example.no>: no such user"
    )
    assert (state(sessions, partly).last_error or "").startswith("sent to 1 of 2 recipients")
    later = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW + timedelta(days=1))
    assert later.claimed == 0


def test_a_mail_is_given_up_after_max_attempts(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    smtp.stop()
    config = smtp.config(max_attempts=3)
    at = NOW
    for expected in ("deferred", "deferred", "failed"):
        report = deliver_due(sessions, config, OUR_ADDRESS, now=at)
        assert getattr(report, expected) == (outbox_id,)
        at += timedelta(hours=7)
    row = state(sessions, outbox_id)
    assert row.state is OutboxState.FAILED and row.attempts == 3
    assert (row.last_error or "").endswith("(attempt 3 of 3)")


def test_retry_delay_doubles_up_to_six_hours() -> None:
    assert [retry_delay(n) for n in (1, 2, 3)] == [timedelta(minutes=m) for m in (2, 4, 8)]
    assert retry_delay(8) == timedelta(minutes=256)
    assert retry_delay(9) == retry_delay(50) == timedelta(hours=6)


def test_stop_puts_the_rest_of_the_batch_back(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        ids = [queue_reply(session, n).id for n in range(1, 4)]
    calls = iter([False, True, True])
    report = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW, stop=lambda: next(calls))
    assert report == DeliveryReport(sent=(ids[0],), deferred=tuple(ids[1:]))
    back = state(sessions, ids[1])
    assert back.state is OutboxState.PENDING and back.next_attempt_at == NOW
    assert deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW).sent == tuple(ids[1:])
    assert len(smtp.received) == 3


@pytest.mark.parametrize("senders", [2])
def test_concurrent_senders_send_every_mail_once(
    sessions: sessionmaker[Session], smtp: SmtpServer, senders: int
) -> None:
    """PostgreSQL: the claims skip each other's locked rows (SKIP LOCKED). SQLite: one writer
    at a time, and the claim's re-check drops rows the other took."""
    with sessions.begin() as session:
        ids = [queue_reply(session, n).id for n in range(1, 31)]
    barrier = threading.Barrier(senders)
    reports: list[DeliveryReport] = []
    errors: list[BaseException] = []

    def send() -> None:
        try:
            barrier.wait()
            while True:
                report = deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW, limit=4)
                if report.claimed == 0:
                    return
                reports.append(report)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=send) for _ in range(senders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(i for r in reports for i in r.sent) == ids
    received = smtp.handler.message_ids()
    assert len(received) == len(set(received)) == 30


# ------------------------------------------------------------------ TLS


def test_starttls_with_the_right_ca_delivers(
    sessions: sessionmaker[Session], smtp_starttls: SmtpServer, certificate: Certificate
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    config = smtp_starttls.config(starttls=True, ca_file=certificate.cert)
    assert deliver_due(sessions, config, OUR_ADDRESS, now=NOW).sent == (outbox_id,)
    assert len(smtp_starttls.received) == 1


def test_starttls_with_an_unknown_certificate_is_refused(
    sessions: sessionmaker[Session], smtp_starttls: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    config = smtp_starttls.config(starttls=True)  # the system CAs do not know it
    report = deliver_due(sessions, config, OUR_ADDRESS, now=NOW)
    assert report.deferred == (outbox_id,) and smtp_starttls.received == []
    assert "CERTIFICATE_VERIFY_FAILED" in (state(sessions, outbox_id).last_error or "")
    with pytest.raises(ssl.SSLCertVerificationError):
        connect_smtp(config)


def test_starttls_is_never_skipped_when_configured(smtp: SmtpServer) -> None:
    """A server that offers no STARTTLS is an error, not a plaintext fallback."""
    with pytest.raises(smtplib.SMTPNotSupportedError):
        connect_smtp(smtp.config(starttls=True))


def test_a_server_requiring_starttls_refuses_plaintext(
    sessions: sessionmaker[Session], smtp_starttls: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    report = deliver_due(sessions, smtp_starttls.config(), OUR_ADDRESS, now=NOW)
    assert report.deferred == (outbox_id,) and smtp_starttls.received == []


def test_implicit_tls_checks_the_certificate(
    smtp_implicit_tls: SmtpServer, certificate: Certificate
) -> None:
    good = smtp_implicit_tls.config(implicit_tls=True, ca_file=certificate.cert)
    connect_smtp(good).quit()
    with pytest.raises(ssl.SSLCertVerificationError):
        connect_smtp(smtp_implicit_tls.config(implicit_tls=True))


def test_plaintext_to_a_remote_host_is_refused_and_login_needs_its_secret() -> None:
    with pytest.raises(ConfigError, match="loopback"):
        connect_smtp(SmtpServer().config(host="smtp.example.no"))


def test_a_missing_password_defers_without_sending(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    config = smtp.config(username="intake", password_env="BRREG_TEST_SMTP_PASSWORD")
    connect = functools.partial(connect_smtp, environ={})
    report = deliver_due(sessions, config, OUR_ADDRESS, now=NOW, connect=connect)
    assert report.deferred == (outbox_id,)
    assert "BRREG_TEST_SMTP_PASSWORD" in (state(sessions, outbox_id).last_error or "")


# ------------------------------------------------------------------ header injection

INJECTIONS = [
    "Hei\r\nBcc: victim@example.org",
    "Hei\nBcc: victim@example.org",
    "Hei\n Bcc: victim@example.org",
    "Hei\r\n\r\nBcc: victim@example.org",
    "Hei\rBcc: victim@example.org",
    "Hei\u2028Bcc: victim@example.org",
    "Hei\x85Bcc: victim@example.org",
    "Bad =?UTF-8?Q?=0A?=Bcc: victim@example.org",  # CVE-2024-6923: the encoded newline
    "Bad =?UTF-8?Q?=0D=0A?=Bcc: victim@example.org" + " ø" * 40,  # ... with refolding
    "=?utf-8?q?a=0A=20?=Bcc: victim@example.org",  # ... with a folding space
]


@pytest.mark.parametrize("subject", INJECTIONS)
def test_a_vendor_subject_cannot_add_a_header_or_recipient(
    sessions: sessionmaker[Session], smtp: SmtpServer, subject: str
) -> None:
    """The bytes the SMTP server received have exactly our headers and our one recipient."""
    headers = {
        "In-Reply-To": f"<b-1@leverandor.example.no>{subject[3:]}",
        "References": f"<b-1@leverandor.example.no> {subject}",
        "X-Brreg-Order": f"RRH-2026-0042 {subject}",
    }
    with sessions.begin() as session:
        outbox_id = queue_reply(session, subject=subject, headers=headers).id
    assert deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW).sent == (outbox_id,)
    [received] = smtp.received
    assert received.rcpt_tos == (VENDOR,)
    head = received.data.split(b"\r\n\r\n", 1)[0]
    names = [
        line.split(b":", 1)[0].lower() for line in head.split(b"\r\n") if line[:1] not in b" \t"
    ]
    assert names == [
        b"from", b"to", b"subject", b"message-id", b"date", b"in-reply-to", b"references",
        b"auto-submitted", b"x-auto-response-suppress", b"x-brreg-order",
        b"content-type", b"content-transfer-encoding", b"mime-version",
    ]  # fmt: skip
    assert b"\n" not in head.replace(b"\r\n", b"") and b"\r" not in head.replace(b"\r\n", b"")
    mail = message_from_bytes(received.data, policy=policy.default)
    assert "bcc" not in {key.lower() for key in mail}
    assert mail["In-Reply-To"] == "<b-1@leverandor.example.no>"
    assert mail["References"] == "<b-1@leverandor.example.no>"
    assert str(mail["Subject"]).startswith("[RRH-2026-0042] ")
    assert "\n" not in str(mail["Subject"]) and "\r" not in str(mail["Subject"])


@pytest.mark.skipif(
    hasattr(policy.default, "verify_generated_headers"),
    reason="this interpreter has the CVE-2024-6923 fix",
)
def test_the_unpatched_stdlib_alone_would_inject() -> None:
    """Why the cleaning exists: on this interpreter a plain EmailMessage writes the decoded
    newline of an encoded word out raw, starting a Bcc header."""
    message = EmailMessage()
    message["Subject"] = "Bad =?UTF-8?Q?=0A?=Bcc: victim@example.org"
    message.set_content("x")
    raw = message.as_bytes(policy=policy.SMTP)
    reparsed = message_from_bytes(raw, policy=policy.compat32)
    assert reparsed["Bcc"] == "victim@example.org"


def test_a_vendor_attachment_name_cannot_add_a_header(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_digest(session).id
        row = session.get_one(OutboxMail, outbox_id)
        row.body = row.body.replace("bestillinger.csv", "a\\r\\nBcc: victim@example.org\\n.csv")
    assert deliver_due(sessions, smtp.config(), OUR_ADDRESS, now=NOW).sent == (outbox_id,)
    [received] = smtp.received
    assert received.rcpt_tos == STAFF
    mail = message_from_bytes(received.data, policy=policy.default)
    assert isinstance(mail, EmailMessage)
    for part in mail.walk():
        assert "bcc" not in {key.lower() for key in part}
    [csv] = list(mail.iter_attachments())
    assert csv.get_filename() == "a Bcc: victim@example.org .csv"


# ------------------------------------------------------------------ AUTH XOAUTH2 (Microsoft 365)

MAILBOX = "opendata.rrh@registeret.example.no"


@dataclass
class XOAuth2Recorder(Recorder):
    """Accepts ``AUTH XOAUTH2`` for ``MAILBOX`` with a token the fake authority issued and
    not revoked; a refusal is a 334 with a JSON error, then 535 (as Exchange Online does)."""

    entra: FakeEntra = field(default_factory=FakeEntra)
    logins: list[str] = field(default_factory=list)

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:  # noqa: N802
        blob = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        user, _, auth = blob.partition("\x01")
        token = auth.removeprefix("auth=Bearer ").split("\x01")[0]
        self.logins.append(token)
        if user == f"user={MAILBOX}" and self.entra.valid(token):
            return AuthResult(success=True, handled=False)
        await server.challenge_auth('{"status":"401","schemes":"bearer","scope":""}')
        return AuthResult(success=False, handled=False)


@pytest.fixture
def smtp_xoauth2() -> Iterator[SmtpServer]:
    server = SmtpServer(XOAuth2Recorder(), controller_options={"auth_require_tls": False}).start()
    yield server
    server.stop()


def xoauth2_connect(server: SmtpServer) -> Connect:
    handler = server.handler
    assert isinstance(handler, XOAuth2Recorder)
    return functools.partial(connect_smtp, tokens=provider(handler.entra))


def test_xoauth2_sends_with_the_app_token(
    sessions: sessionmaker[Session], smtp_xoauth2: SmtpServer
) -> None:
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    config = smtp_xoauth2.config(username=MAILBOX, auth=SmtpAuth.M365)
    report = deliver_due(sessions, config, OUR_ADDRESS, now=NOW, connect=xoauth2_connect(smtp_xoauth2))
    assert report.sent == (outbox_id,) and len(smtp_xoauth2.received) == 1


def test_a_revoked_token_is_replaced_once_and_the_mail_goes_out(smtp_xoauth2: SmtpServer) -> None:
    handler = smtp_xoauth2.handler
    assert isinstance(handler, XOAuth2Recorder)
    tokens = provider(handler.entra)
    config = smtp_xoauth2.config(username=MAILBOX, auth=SmtpAuth.M365)
    connect_smtp(config, tokens=tokens).quit()
    handler.entra.revoked.add("token-1")  # revoked before it expired: the cache still holds it
    connect_smtp(config, tokens=tokens).quit()
    assert handler.logins == ["token-1", "token-1", "token-2"]


def test_a_refused_fresh_token_defers_the_mail(
    sessions: sessionmaker[Session], smtp_xoauth2: SmtpServer
) -> None:
    handler = smtp_xoauth2.handler
    assert isinstance(handler, XOAuth2Recorder)
    handler.entra.revoked.update({"token-1", "token-2"})  # e.g. SMTP.SendAsApp not consented
    with sessions.begin() as session:
        outbox_id = queue_reply(session).id
    config = smtp_xoauth2.config(username=MAILBOX, auth=SmtpAuth.M365)
    report = deliver_due(sessions, config, OUR_ADDRESS, now=NOW, connect=xoauth2_connect(smtp_xoauth2))
    assert report.deferred == (outbox_id,) and smtp_xoauth2.received == []
    assert handler.logins == ["token-1", "token-2"]
    assert "535" in (state(sessions, outbox_id).last_error or "")


def test_the_xoauth2_string_is_the_documented_one() -> None:
    assert xoauth2_string(MAILBOX, "abc") == f"user={MAILBOX}\x01auth=Bearer abc\x01\x01"
    with pytest.raises(ValueError, match="control character"):
        xoauth2_string(MAILBOX, "abc\r\nQUIT")


def test_xoauth2_goes_over_starttls_as_password_logins_do(certificate: Certificate) -> None:
    options = {
        "tls_context": certificate.server_context(),
        "require_starttls": True,
        "auth_require_tls": True,  # AUTH before STARTTLS is refused (RFC 3207 4.1)
    }
    server = SmtpServer(XOAuth2Recorder(), controller_options=options).start()
    try:
        config = server.config(
            starttls=True, ca_file=certificate.cert, username=MAILBOX, auth=SmtpAuth.M365
        )
        connect = xoauth2_connect(server)
        connect(config).quit()
        handler = server.handler
        assert isinstance(handler, XOAuth2Recorder) and handler.logins == ["token-1"]
    finally:
        server.stop()
