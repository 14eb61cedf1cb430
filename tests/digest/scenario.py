"""One Monday morning's database for the digest: orders in every state, a quarantined mail, a
withheld reply and the previous digest. The digest tests read it, and
``scripts/render_digest_png.py`` renders it to look at."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from rules.order import Contact, Order, OrderType, Party
from storage.messages import Location, advance_checkpoint
from storage.models import OrderStatus
from storage.outbox import add_outbox
from storage.replies import flag_bounced_address, record_decision
from tests.digest import builders as b
from tests.digest.builders import NOW


def busy_day(session: Session) -> None:
    """Orders in every state, a quarantined mail, a withheld reply, a previous digest."""
    # The previous digest went out on Friday 27 February at 07:00 Oslo time.
    friday = datetime(2026, 2, 27, 6, 0, tzinfo=UTC)
    add_outbox(
        session,
        kind="digest",
        recipients=["vakt@etat.example.no"],
        subject="Daglig oversikt",
        body="{}",
        message_id="<digest-2026-02-27@brreg.no>",
        now=friday,
    )
    # Ready: a fictitious-customer order and a direct-access order.
    b.order(session, b.FICTITIOUS, subject="Bestilling av testtilgang for Fjordsystemer")
    b.order(
        session,
        b.DIRECT,
        subject="Testtilgang RRH, Vestvik kommune",
        sender="per.hansen@vestvik.example.no",
    )
    # Waiting: phone missing and org number wrong; asked on Friday, two reminders since.
    waiting = b.order(
        session,
        replace(
            b.EXISTING,
            applicant=Party(
                b.BAD_ORG,
                "Regnskapsdata AS",
                Contact("Ola Lie", "ola@regnskapsdata.example.no", None),
            ),
        ),
        subject="Tilgang for kunde",
        at=friday - timedelta(hours=1),
        sender="ola@regnskapsdata.example.no",
    )
    for hours in (0, 24, 48):
        b.reply(session, waiting, friday + timedelta(hours=hours))
    # Waiting, never asked (the outbox has no reply for it).
    b.order(
        session,
        Order(order_type=OrderType.UNSPECIFIED, applicant=Party(b.ORG_D, "Stille AS")),
        subject="Hei",
    )
    # Flagged: a national id was seen; a reply came from an unknown sender; an address bounced.
    b.order(
        session,
        replace(b.FICTITIOUS, applicant=replace(b.FICTITIOUS.applicant, org_number="911223341")),
        flags=("national_id_seen",),
    )
    b.order(
        session,
        replace(b.FICTITIOUS, applicant=replace(b.FICTITIOUS.applicant, org_number="922334455")),
        flags=("reply_from_unknown_sender",),
    )
    bounced = b.order(
        session,
        replace(
            b.DIRECT,
            applicant=replace(b.DIRECT.applicant, org_number="974760673"),
            production_contact=Contact("Drift", "drift@vestvik-it.example.no", "+4741234567"),
        ),
        sender="per.hansen@vestvik.example.no",
    )
    flag_bounced_address(session, "drift@vestvik-it.example.no", now=NOW - timedelta(hours=1))
    # Unsure: a later mail in the thread gave another phone number.
    unsure = b.order(
        session,
        replace(b.EXISTING, applicant=replace(b.EXISTING.applicant, org_number="998877660")),
    )
    b.later_mail_changes(
        session,
        unsure,
        replace(
            b.current(unsure),
            applicant=replace(
                b.current(unsure).applicant,
                contact=Contact("Ola Lie", "ola@regnskapsdata.example.no", "+4790012345"),
            ),
        ),
        NOW - timedelta(hours=2),
    )
    # Duplicate: the same applicant and type as the first ready order, a week later.
    b.order(
        session, b.FICTITIOUS, subject="Bestilling (sendt på nytt)", at=NOW - timedelta(hours=1)
    )
    # Quarantine.
    b.quarantined(
        session,
        NOW - timedelta(hours=5),
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe5",
    )
    # Handled since the last digest: one done, one rejected; one done before it (not shown).
    done = b.order(
        session,
        replace(
            b.FICTITIOUS,
            applicant=replace(b.FICTITIOUS.applicant, org_number="934567897", name="Ferdig AS"),
        ),
        at=friday - timedelta(days=3),
    )
    b.staff_closes(
        session, done, OrderStatus.DONE, "Ingrid Saksbehandler", NOW - timedelta(hours=20)
    )
    rejected = b.order(
        session,
        replace(
            b.FICTITIOUS,
            applicant=replace(b.FICTITIOUS.applicant, org_number="812345672", name="Avvist AS"),
        ),
        at=friday - timedelta(days=3),
    )
    b.staff_closes(
        session, rejected, OrderStatus.REJECTED, "Ingrid Saksbehandler", NOW - timedelta(hours=19)
    )
    old = b.order(
        session,
        replace(
            b.DIRECT,
            applicant=replace(b.DIRECT.applicant, name="Gammel AS", org_number="923456783"),
        ),
        at=friday - timedelta(days=10),
    )
    b.staff_closes(
        session, old, OrderStatus.DONE, "Ingrid Saksbehandler", friday - timedelta(days=1)
    )
    # A reply withheld by the circuit breaker, and a mailbox poll that found mail.
    record_decision(
        session,
        message=waiting.messages[0],
        decision="withheld",
        reason="circuit-breaker",
        order=waiting,
        now=NOW - timedelta(hours=4),
    )
    advance_checkpoint(session, Location("maildir:/srv/innboks", "INBOX", 1, 42))
    del bounced
