"""bot.outbox.message: the MIME message of an outbox row, and its checked bytes."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest

from bot.outbox.message import HeaderInjectionError, build_message, message_bytes
from storage.models import OutboxMail
from tests.outbox.conftest import DIGEST_CSV, NOW, OUR_ADDRESS, STAFF, VENDOR


def row(**changes: Any) -> OutboxMail:
    values: dict[str, Any] = {
        "id": 7,
        "kind": "reply",
        "recipients": [VENDOR],
        "subject": "[RRH-2026-0042] Re: Bestilling av testtilgang",
        "body": "Hei!\n\nVi mangler telefonnummeret.\n",
        "headers": {"In-Reply-To": "<b-1@leverandor.example.no>"},
        "message_id": "<rrh-2026-0042-1@brreg.no>",
    }
    values.update(changes)
    return OutboxMail(**values)


def parsed(message: EmailMessage) -> EmailMessage:
    reparsed = message_from_bytes(message_bytes(message), policy=policy.default)
    assert isinstance(reparsed, EmailMessage)
    return reparsed


def test_a_reply_has_our_headers_and_a_utf8_text_body() -> None:
    mail = parsed(build_message(row(), OUR_ADDRESS, date=NOW))
    assert mail["From"].addresses[0].addr_spec == OUR_ADDRESS
    assert mail["From"].addresses[0].display_name == "Brønnøysundregistrene"
    assert mail["To"] == VENDOR
    assert mail["Subject"] == "[RRH-2026-0042] Re: Bestilling av testtilgang"
    assert mail["Message-ID"] == "<rrh-2026-0042-1@brreg.no>"
    assert mail["Date"] == "Mon, 02 Mar 2026 09:00:00 +0000"
    assert mail["In-Reply-To"] == "<b-1@leverandor.example.no>"
    assert mail["Auto-Submitted"] == "auto-replied"  # RFC 3834 5: it answers a message
    assert mail["X-Auto-Response-Suppress"] == "All"
    assert mail.get_content_type() == "text/plain"
    assert mail.get_content_charset() == "utf-8"
    assert mail.get_content().replace("\r\n", "\n") == "Hei!\n\nVi mangler telefonnummeret.\n"


def test_non_ascii_text_goes_out_as_seven_bit_quoted_printable() -> None:
    raw = message_bytes(build_message(row(body="Blåbær " * 40), OUR_ADDRESS))
    assert raw.isascii()
    assert b"Content-Transfer-Encoding: quoted-printable" in raw
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78


def test_a_mail_without_in_reply_to_is_auto_generated_and_row_headers_override() -> None:
    mail = parsed(build_message(row(headers={}), OUR_ADDRESS))
    assert mail["Auto-Submitted"] == "auto-generated"
    mail = parsed(build_message(row(headers={"Auto-Submitted": "no"}), OUR_ADDRESS))
    assert mail["Auto-Submitted"] == "no"


def test_a_digest_has_text_and_html_alternatives_and_a_csv_attachment() -> None:
    body = json.dumps(
        {
            "text": "1 bestilling venter.",
            "html": "<p>1 bestilling venter.</p>",
            "attachments": [
                {"filename": "bestillinger.csv", "content_type": "text/csv", "content": DIGEST_CSV}
            ],
        }
    )
    mail = parsed(build_message(row(kind="digest", recipients=list(STAFF), body=body), OUR_ADDRESS))
    assert mail.get_content_type() == "multipart/mixed"
    assert mail["To"] == ", ".join(STAFF)
    alternative, attachment = mail.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html"]
    plain, html = mail.get_body(("plain",)), mail.get_body(("html",))
    assert plain is not None and html is not None
    assert plain.get_content().replace("\r\n", "\n") == "1 bestilling venter.\n"
    assert html.get_content().replace("\r\n", "\n") == "<p>1 bestilling venter.</p>\n"
    assert attachment.get_filename() == "bestillinger.csv"
    assert attachment.get_content_type() == "text/csv"
    payload = attachment.get_payload(decode=True)
    assert isinstance(payload, bytes) and payload.decode("utf-8") == DIGEST_CSV


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[1, 2]",
        json.dumps({"html": "<p>no text</p>"}),
        json.dumps({"text": "x", "extra": 1}),
        json.dumps({"text": "x", "attachments": [{"filename": "a.csv"}]}),
        json.dumps(
            {
                "text": "x",
                "attachments": [{"filename": "a", "content_type": "text", "content": "x"}],
            }
        ),
    ],
)
def test_a_malformed_digest_body_is_refused(body: str) -> None:
    with pytest.raises(ValueError):
        build_message(row(kind="digest", body=body), OUR_ADDRESS)


@pytest.mark.parametrize(
    "headers",
    [
        {"Bcc": "victim@example.org"},
        {"Cc": "x@example.org"},
        {"Resent-To": "x@example.org"},
        {"Content-Type": "text/html"},
        {"Bad Name": "x"},
        {"From": "x@example.org"},
    ],
)
def test_recipient_mime_and_invalid_headers_are_refused(headers: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        build_message(row(headers=headers), OUR_ADDRESS)


@pytest.mark.parametrize(
    "changes",
    [
        {"recipients": ["Kari <kari@example.no>"]},
        {"recipients": ["kari@example.no\r\nx"]},
        {"message_id": "<a@b> <c@d>"},
        {"message_id": "no-brackets"},
    ],
)
def test_bad_recipients_and_message_ids_are_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        build_message(row(**changes), OUR_ADDRESS)


def test_an_idn_domain_is_sent_in_its_ascii_form() -> None:
    mail = parsed(build_message(row(recipients=["kari@blåbær.example"]), OUR_ADDRESS))
    assert mail["To"] == "kari@xn--blbr-roah.example"


def test_message_bytes_refuses_a_header_block_with_an_injected_header() -> None:
    """Defence in depth: a message built around the cleaning still cannot be sent."""
    message = build_message(row(), OUR_ADDRESS)
    # The stdlib decodes the encoded newline when the header is set (CVE-2024-6923 on an
    # unpatched interpreter writes it out raw; a patched one refuses to write it).
    message["X-Note"] = "Bad =?UTF-8?Q?=0A?=Bcc: victim@example.org"
    with pytest.raises((HeaderInjectionError, Exception)) as caught:
        message_bytes(message)
    assert isinstance(caught.value, HeaderInjectionError) or "header" in str(caught.value).lower()
