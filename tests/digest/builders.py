"""Invented orders in every state, built with the storage repository as the intake would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from itertools import count

from sqlalchemy.orm import Session

from rules.evaluate import evaluate
from rules.order import Contact, LegalBasis, Order, OrderType, Party
from storage.messages import record_message
from storage.models import MessageRecord, OrderRecord, OrderStatus, QuarantineRecord
from storage.orders import create_order, order_of, update_order
from storage.outbox import add_outbox

# Monday 2 March 2026, 07:00 in Oslo (CET, UTC+1): the digest's usual moment.
NOW = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
ORG_A, ORG_B, ORG_C, ORG_D = "923456783", "934567897", "812345672", "998877660"
BAD_ORG = "923456784"  # wrong check digit
_serial = count(1)

FICTITIOUS = Order(
    order_type=OrderType.FICTITIOUS_CUSTOMER,
    applicant=Party(
        ORG_A,
        "Fjordsystemer AS",
        Contact("Kari Nordmann", "kari.nordmann@fjordsystemer.example.no", "+4791234567"),
    ),
)
DIRECT = Order(
    order_type=OrderType.DIRECT_ACCESS,
    applicant=Party(
        ORG_B,
        "Vestvik kommune",
        Contact("Per Hansen", "per.hansen@vestvik.example.no", "+4722334455"),
    ),
    production_contact=Contact("Anne Berg", "anne.berg@vestvik.example.no", "+4741234567"),
    legal_basis=LegalBasis.PUBLIC_AUTHORITY,
)
EXISTING = Order(
    order_type=OrderType.EXISTING_CUSTOMER,
    applicant=Party(
        ORG_C, "Regnskapsdata AS", Contact("Ola Lie", "ola@regnskapsdata.example.no", "+4748123456")
    ),
    customer=Party(
        ORG_D, "Kundebyrå AS", Contact("Siri Dahl", "siri@kundebyra.example.no", "+4799887766")
    ),
)


def raw_mail(subject: str, sender: str = "kari.nordmann@fjordsystemer.example.no") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "testtilgang@etat.example.no"
    message["Subject"] = subject
    message["Message-ID"] = f"<m{next(_serial)}@fjordsystemer.example.no>"
    message.set_content("Hei, vi ønsker testtilgang.")
    return message.as_bytes()


def message(
    session: Session,
    subject: str,
    at: datetime,
    sender: str = "kari.nordmann@fjordsystemer.example.no",
) -> MessageRecord:
    raw = raw_mail(subject, sender)
    return record_message(
        session, raw, subject=subject, sender=sender, received_at=at, now=at
    ).message


def order(
    session: Session,
    value: Order,
    *,
    subject: str = "Bestilling av testtilgang",
    at: datetime = NOW - timedelta(hours=3),
    flags: tuple[str, ...] = (),
    sender: str = "kari.nordmann@fjordsystemer.example.no",
) -> OrderRecord:
    """An order filed from one message, as the intake files it (status from evaluate)."""
    checked = evaluate(value)
    status = OrderStatus.READY if checked.complete else OrderStatus.WAITING_FOR_VENDOR
    return create_order(
        session,
        value,
        checked,
        status=status,
        flags=flags,
        applicant_domain=sender.rsplit("@", 1)[1],
        source_message=message(session, subject, at, sender),
        now=at,
    )


def reply(session: Session, record: OrderRecord, at: datetime) -> None:
    """A reply from the bot to the vendor (asking for what is missing, or a reminder)."""
    add_outbox(
        session,
        kind="reply",
        recipients=["kari.nordmann@fjordsystemer.example.no"],
        subject=f"[{record.reference}] Vi mangler opplysninger",
        body="Hei, vi mangler telefonnummer.",
        message_id=f"<reply-{next(_serial)}@etat.example.no>",
        order=record,
        now=at,
    )


def later_mail_changes(session: Session, record: OrderRecord, new: Order, at: datetime) -> None:
    """A later message in the thread that the bot merged into the order."""
    checked = evaluate(new)
    update_order(
        session,
        record,
        order=new,
        evaluation=checked,
        status=OrderStatus.READY if checked.complete else OrderStatus.WAITING_FOR_VENDOR,
        source_message=message(session, f"Re: [{record.reference}] Bestilling", at),
        now=at,
    )


def quarantined(session: Session, at: datetime, error: str) -> QuarantineRecord:
    mail = message(session, "Bestilling med rart vedlegg", at)
    traceback = (
        "Traceback (most recent call last):\n"
        '  File "parsers/mime.py", line 88, in read_letter\n'
        f"{error}\n"
    )
    row = QuarantineRecord(message=mail, traceback=traceback, created_at=at)
    session.add(row)
    session.flush()
    return row


def staff_closes(
    session: Session, record: OrderRecord, status: OrderStatus, by: str, at: datetime
) -> None:
    update_order(session, record, status=status, actor=by, now=at)


def current(record: OrderRecord) -> Order:
    return order_of(record)
