"""bot.outbox.bounces: a delivery report about our own mail, linked to its order and the
recipient that failed (RFC 3464 delivery status inside an RFC 6522 multipart/report)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.bounces import BounceLink, link_bounce
from storage.outbox import add_outbox
from tests.outbox.conftest import VENDOR, make_order, queue_digest, queue_reply

SAMPLE_BOUNCE = Path(__file__).resolve().parents[2] / "bot" / "sample_mail" / "09_bounce.eml"
OUR_ID = "<rrh-2026-0042-1@brreg.no>"


def report(
    *,
    action: str = "failed",
    status: str = "5.1.1",
    final: str = VENDOR,
    original: str | None = None,
    returned: str = "text/rfc822-headers",
    message_id: str = OUR_ID,
) -> bytes:
    """A Postfix-style bounce from an invented relay."""
    original_line = f"Original-Recipient: rfc822;{original}\n" if original else ""
    if returned == "message/rfc822":
        returned_part = (
            "Content-Type: message/rfc822\n\n"
            "From: opendata.rrh@brreg.no\n"
            f"To: {VENDOR}\n"
            f"Message-ID: {message_id}\n"
            "Subject: [RRH-2026-0042] Re: Bestilling\n\nHei!\n"
        )
    else:
        returned_part = (
            "Content-Type: text/rfc822-headers\n\n"
            "From: opendata.rrh@brreg.no\n"
            f"To: {VENDOR}\n"
            f"Message-ID: {message_id}\n"
        )
    return (
        "Return-Path: <>\n"
        "From: MAILER-DAEMON@mx1.leverandor.example.no (Mail Delivery System)\n"
        "To: opendata.rrh@brreg.no\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "Message-ID: <bounce-1@mx1.leverandor.example.no>\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type="delivery-status"; boundary="B"\n\n'
        "--B\n"
        "Content-Type: text/plain\n\n"
        "Your message could not be delivered.\n\n"
        "--B\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.leverandor.example.no\n\n"
        f"Final-Recipient: rfc822; {final}\n"
        f"{original_line}"
        f"Action: {action}\n"
        f"Status: {status}\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
        "--B\n"
        f"{returned_part}\n"
        "--B--\n"
    ).encode()


def test_a_bounce_of_a_reply_names_its_order_and_the_failed_recipient(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        order = make_order(session)
        mail = queue_reply(session, order=order)
        link = link_bounce(session, report())
    assert link == BounceLink(mail.id, order.id, VENDOR, "failed", "5.1.1")


def test_the_returned_message_and_original_recipient_are_read(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        order = make_order(session)
        mail = queue_reply(session, order=order)
        raw = report(
            returned="message/rfc822",
            final="kari@postboks.leverandor.example.no",  # forwarded on by the vendor
            original=VENDOR.upper(),
        )
        link = link_bounce(session, raw)
    assert link is not None and link.outbox_id == mail.id and link.order_id == order.id
    assert link.failed_address == VENDOR


def test_a_delay_or_a_stranger_address_flags_nothing(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        order = make_order(session)
        queue_reply(session, order=order)
        delayed = link_bounce(session, report(action="delayed", status="4.4.1"))
        forged = link_bounce(session, report(final="someone.else@annen.example.no"))
    assert delayed is not None and delayed.order_id == order.id
    assert delayed.failed_address is None and delayed.action == "delayed"
    assert forged is not None and forged.order_id == order.id and forged.failed_address is None


def test_a_bounce_of_the_digest_has_no_order(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        digest = queue_digest(session)
        raw = report(final="saksbehandler@registeret.example.no", message_id=digest.message_id)
        link = link_bounce(session, raw)
    assert link == BounceLink(
        digest.id, None, "saksbehandler@registeret.example.no", "failed", "5.1.1"
    )


def test_an_exim_bounce_with_x_failed_recipients(sessions: sessionmaker[Session]) -> None:
    raw = (
        "From: Mail Delivery System <Mailer-Daemon@mx.leverandor.example.no>\n"
        f"To: opendata.rrh@brreg.no\nX-Failed-Recipients: {VENDOR}\n"
        "Subject: Mail delivery failed: returning message to sender\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="X"\n\n'
        "--X\nContent-Type: text/plain\n\nA message could not be delivered.\n\n"
        f"--X\nContent-Type: message/rfc822\n\nMessage-ID: {OUR_ID}\nSubject: x\n\nHei\n\n--X--\n"
    ).encode()
    with sessions.begin() as session:
        order = make_order(session)
        mail = queue_reply(session, order=order)
        link = link_bounce(session, raw)
    assert link == BounceLink(mail.id, order.id, VENDOR, "failed", None)


def test_mail_that_is_not_about_our_outbox_links_nothing(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        queue_reply(session, order=make_order(session))
        assert link_bounce(session, report(message_id="<other@leverandor.example.no>")) is None
        assert link_bounce(session, b"Subject: hei\n\nbare tekst\n") is None
        assert link_bounce(session, b"\xff\xfe garbage \x00\r\n\r\n--") is None
        assert link_bounce(session, b"") is None


def test_the_bundled_sample_bounce_is_linked(sessions: sessionmaker[Session]) -> None:
    """The demo mailbox's bounce, once the reply it reports on is in the outbox."""
    with sessions.begin() as session:
        order = make_order(session, "RRH-2026-0114")
        mail = add_outbox(
            session,
            kind="receipt",
            recipients=["sindre.holmgren@lavvo-it.no"],
            subject="[RRH-2026-0114] Mottatt: Bestilling av testtilgang til RRH",
            body="Takk!",
            message_id="<rrh-2026-0114-1@brreg.no>",
            order=order,
        )
        link = link_bounce(session, SAMPLE_BOUNCE.read_bytes())
    assert link == BounceLink(mail.id, order.id, "sindre.holmgren@lavvo-it.no", "failed", "5.1.1")
