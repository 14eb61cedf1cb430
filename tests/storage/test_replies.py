"""The reply counts and the bounced addresses as the intake asks them: in a session without
autoflush (the poll's group), rows added and not yet flushed still count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from storage.messages import record_message
from storage.outbox import add_outbox
from storage.replies import (
    SENT,
    clear_bounced_address,
    flag_bounced_address,
    is_address_bounced,
    record_decision,
    replies_to_sender_since,
)
from tests.storage.helpers import raw_mail

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SENDER = "kari@fjordkode.example.no"


def _queue_reply(session: Session, n: int) -> None:
    message = record_message(
        session, raw_mail(f"Bestilling {n}", "Hei"), message_id=f"<m{n}@fjordkode.example.no>",
        sender=SENDER, add=False,
    ).message  # fmt: skip
    session.add(message)
    mail = add_outbox(
        session, kind="reply", order=None, recipients=[SENDER], subject="Re: Bestilling",
        body="Takk", message_id=f"<rrh-{n}@brreg.no>", headers={}, now=T0, flush=False,
    )  # fmt: skip
    record_decision(
        session, message=message, decision=SENT, reason="receipt", outbox=mail, now=T0,
        flush=False,
    )  # fmt: skip


def test_replies_not_yet_flushed_count_towards_the_daily_cap(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        _queue_reply(session, 1)  # flushed by the count's query (autoflush)
        assert replies_to_sender_since(session, SENDER, T0 - timedelta(days=1)) == 1
        session.autoflush = False
        _queue_reply(session, 2)
        _queue_reply(session, 3)
        assert replies_to_sender_since(session, SENDER.upper(), T0 - timedelta(days=1)) == 3
        assert replies_to_sender_since(session, SENDER, T0 + timedelta(seconds=1)) == 0
        assert replies_to_sender_since(session, "per@other.example.no", T0) == 0
    with sessions() as session:
        assert replies_to_sender_since(session, SENDER, T0 - timedelta(days=1)) == 3


def test_the_same_mail_added_and_not_flushed_is_found_again(
    sessions: sessionmaker[Session],
) -> None:
    raw = raw_mail("Bestilling", "Hei")
    with sessions.begin() as session:
        session.autoflush = False
        first = record_message(session, raw, message_id="<m1@example.no>", add=False)
        session.add(first.message)
        again = record_message(session, raw, message_id="<m1@example.no>", add=False)
        other = record_message(session, raw, message_id="<m2@example.no>", add=False)
    assert first.created and not again.created and other.created
    assert again.message is first.message


def test_a_flagged_address_is_known_at_once_and_in_the_next_transaction(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        assert not is_address_bounced(session, SENDER)  # read, and kept for the transaction
        flag_bounced_address(session, SENDER.upper(), now=T0)
        assert is_address_bounced(session, SENDER)
    with sessions.begin() as session:
        assert is_address_bounced(session, f" {SENDER} ")
        clear_bounced_address(session, SENDER, by="Siri i kundeservice", now=T0)
        assert not is_address_bounced(session, SENDER)
    with sessions() as session:
        assert not is_address_bounced(session, SENDER)


def test_a_flag_set_by_another_session_is_seen_by_the_next_transaction(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as reader:
        with reader.begin():
            assert not is_address_bounced(reader, SENDER)
        with sessions.begin() as writer:
            flag_bounced_address(writer, SENDER, now=T0)
        with reader.begin():
            assert is_address_bounced(reader, SENDER)
