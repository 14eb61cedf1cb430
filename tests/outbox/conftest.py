"""Fixtures for the outbox: a database (SQLite, and PostgreSQL where a URL is given) and an
aiosmtpd server on 127.0.0.1 that keeps what it received, can be told to answer with
temporary failures, can be stopped and started again on the same port, and can speak
STARTTLS or implicit TLS with a self-signed certificate for 127.0.0.1.
"""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy.orm import Session

from bot.config import SmtpConfig
from rules.order import OrderType
from storage.models import OrderRecord, OrderStatus, OutboxMail
from storage.outbox import add_outbox
from tests.dovecot import free_port
from tests.storage.conftest import backend, database_url, engine, sessions

__all__ = ["backend", "database_url", "engine", "sessions"]  # re-exported for this folder

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OUR_ADDRESS = "opendata.rrh@brreg.no"
VENDOR = "kari.nordmann@leverandor.example.no"
STAFF = ("saksbehandler@registeret.example.no", "fagansvarlig@registeret.example.no")


@dataclass(frozen=True)
class Received:
    """One mail as the server got it: the envelope and the exact DATA bytes."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.data, policy=policy.compat32)

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class Recorder:
    """An aiosmtpd handler that keeps every accepted mail. ``data_replies`` are answered to
    the next DATA commands instead of accepting (e.g. ``"451 4.3.0 try later"``);
    ``refused`` addresses get ``550 5.1.1`` at RCPT."""

    received: list[Received] = field(default_factory=list)
    data_replies: list[str] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address.lower() in self.refused:
            return "550 5.1.1 <" + address + ">: no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            if self.data_replies:
                return self.data_replies.pop(0)
            self.received.append(
                Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content)
            )
        return "250 2.0.0 Ok: queued"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [r.message_id for r in self.received]


@dataclass
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificate(folder: Path) -> Certificate:
    """A self-signed certificate for 127.0.0.1, as tests/dovecot.py makes one."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec",
            "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", str(key), "-out", str(cert),
            "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return Certificate(cert, key)


@dataclass
class SmtpServer:
    """aiosmtpd on 127.0.0.1 at a fixed free port: ``stop()`` and ``start()`` again."""

    handler: Recorder = field(default_factory=Recorder)
    port: int = field(default_factory=free_port)
    controller_options: dict[str, Any] = field(default_factory=dict)
    controller: Controller | None = None

    def start(self) -> SmtpServer:
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, **self.controller_options
        )
        self.controller.start()
        return self

    def stop(self) -> None:
        controller, self.controller = self.controller, None
        if controller is not None:
            controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def config(self, **changes: Any) -> SmtpConfig:
        """How the sender reaches this server: plaintext to 127.0.0.1 unless changed."""
        base = SmtpConfig(host="127.0.0.1", port=self.port, starttls=False, timeout_seconds=5.0)
        return replace(base, **changes)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """A running plaintext server."""
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("smtp-tls"))


@pytest.fixture
def smtp_starttls(certificate: Certificate) -> Iterator[SmtpServer]:
    """A server that offers STARTTLS and requires it before MAIL."""
    options = {"tls_context": certificate.server_context(), "require_starttls": True}
    server = SmtpServer(controller_options=options).start()
    yield server
    server.stop()


@pytest.fixture
def smtp_implicit_tls(certificate: Certificate) -> Iterator[SmtpServer]:
    """A server that speaks TLS from the first byte (SMTPS)."""
    server = SmtpServer(controller_options={"ssl_context": certificate.server_context()}).start()
    yield server
    server.stop()


# ------------------------------------------------------------------ outbox rows


def make_order(session: Session, reference: str = "RRH-2026-0042") -> OrderRecord:
    order = OrderRecord(
        reference=reference,
        order_type=OrderType.FICTITIOUS_CUSTOMER,
        status=OrderStatus.WAITING_FOR_VENDOR,
        order={},
    )
    session.add(order)
    session.flush()
    return order


def queue_reply(
    session: Session,
    number: int = 1,
    *,
    subject: str = "Re: Bestilling av testtilgang",
    recipients: tuple[str, ...] = (VENDOR,),
    headers: dict[str, str] | None = None,
    order: OrderRecord | None = None,
    at: datetime = NOW,
) -> OutboxMail:
    """A reply asking a vendor for what is missing, as the intake queues one."""
    return add_outbox(
        session,
        kind="reply",
        recipients=recipients,
        subject=f"[RRH-2026-0042] {subject}",
        body="Hei!\n\nVi mangler telefonnummeret til kontaktpersonen.\n\nMed vennlig hilsen\n"
        "Brønnøysundregistrene",
        message_id=f"<rrh-2026-0042-{number}@brreg.no>",
        headers=headers
        if headers is not None
        else {
            "In-Reply-To": "<bestilling-1@leverandor.example.no>",
            "References": "<bestilling-1@leverandor.example.no>",
            "Auto-Submitted": "auto-replied",
        },
        order=order,
        now=at,
    )


DIGEST_CSV = "referanse;status\r\nRRH-2026-0042;venter på leverandør\r\n"


def queue_digest(session: Session, number: int = 1, *, at: datetime = NOW) -> OutboxMail:
    """The staff digest: text and HTML alternatives and a CSV attachment."""
    body = {
        "text": "God morgen!\n\n1 bestilling venter på leverandøren.",
        "html": "<p>God morgen!</p><p>1 bestilling venter på leverandøren.</p>",
        "attachments": [
            {"filename": "bestillinger.csv", "content_type": "text/csv", "content": DIGEST_CSV}
        ],
    }
    return add_outbox(
        session,
        kind="digest",
        recipients=STAFF,
        subject="Daglig oversikt: 1 bestilling venter",
        body=json.dumps(body, ensure_ascii=False),
        message_id=f"<digest-2026-03-02-{number}@brreg.no>",
        now=at,
    )
