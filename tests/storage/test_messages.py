"""Recording messages once, masking what is stored, quarantine and the mailbox checkpoint."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from storage.messages import (
    Location,
    advance_checkpoint,
    find_messages_by_message_id,
    get_checkpoint,
    list_quarantined,
    quarantine,
    record_message,
    resolve_quarantine,
)
from storage.models import MessageRecord, MessageState
from tests.storage.helpers import FNR, raw_mail

INBOX = Location("testtilgang", "INBOX", 1700000000, 17)


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(MessageRecord)) or 0


def test_recording_the_same_location_twice_gives_one_row(
    sessions: sessionmaker[Session],
) -> None:
    raw = raw_mail("Bestilling", "Hei")
    with sessions.begin() as session:
        first = record_message(session, raw, location=INBOX, message_id="<m1@example.no>")
    with sessions.begin() as session:
        again = record_message(session, raw, location=INBOX, message_id="<m1@example.no>")
        assert _count(session) == 1
    assert first.created and not again.created
    assert again.message.id == first.message.id
    assert first.message.state is MessageState.FILED


def test_same_message_id_and_bytes_elsewhere_is_the_same_message(
    sessions: sessionmaker[Session],
) -> None:
    raw = raw_mail("Bestilling", "Hei")
    moved = INBOX._replace(folder="Behandlet", uid=3)
    with sessions.begin() as session:
        first = record_message(session, raw, location=INBOX, message_id="m1@example.no")
        again = record_message(session, raw, location=moved, message_id=" <m1@example.no> ")
        unlocated = record_message(session, raw, message_id="<m1@example.no>")
        assert _count(session) == 1
    assert again.message is first.message and unlocated.message is first.message
    assert first.message.message_id == "<m1@example.no>"


def test_different_bytes_or_no_message_id_are_told_apart(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        a = record_message(session, b"a", location=INBOX, message_id="<m1@example.no>")
        b = record_message(session, b"b", location=INBOX._replace(uid=18), message_id="<m1@ex>")
        c = record_message(session, b"b", location=INBOX._replace(uid=19))
        d = record_message(session, b"b")  # same bytes, also without Message-ID: same as c
        assert [a.created, b.created, c.created, d.created] == [True, True, True, False]
        assert d.message is c.message
        assert len(find_messages_by_message_id(session, "m1@example.no")) == 1


def test_raw_bytes_are_kept_but_stored_text_is_masked(sessions: sessionmaker[Session]) -> None:
    raw = raw_mail(f"Bestilling for {FNR}", f"Mitt fødselsnummer er {FNR}")
    with sessions.begin() as session:
        message = record_message(
            session,
            raw,
            location=INBOX,
            subject=f"Bestilling for {FNR}",
            sender="Kari.Nordmann@Leverandor.Example.NO",
        ).message
        message.extraction = {"text": f"fnr {FNR}", "evidence": [{"value": FNR, "start": 4}]}
        message_id = message.id
    with sessions() as session:
        stored = session.get_one(MessageRecord, message_id)
        assert stored.raw == raw and FNR.encode() in stored.raw
        assert stored.subject == "Bestilling for ***********"
        assert stored.sender == "kari.nordmann@leverandor.example.no"
        assert stored.extraction == {
            "text": "fnr ***********",
            "evidence": [{"value": "***********", "start": 4}],
        }


def test_quarantine_keeps_one_row_per_message_and_counts_attempts(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        message = record_message(session, b"x", location=INBOX).message
        first = quarantine(session, message, "Traceback: KeyError")
        again = quarantine(session, message, f"Traceback: ValueError {FNR}")
        assert again is first and first.attempts == 2
        assert first.traceback == "Traceback: ValueError ***********"
        assert message.state is MessageState.QUARANTINED
        assert list(list_quarantined(session)) == [first]
        resolve_quarantine(session, first, MessageState.FILED)
        assert list(list_quarantined(session)) == []
        assert first.message.state == MessageState.FILED and first.resolved_at is not None


def test_checkpoint_only_grows_within_one_uidvalidity(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        assert get_checkpoint(session, "testtilgang", "INBOX") is None
        advance_checkpoint(session, INBOX)
        advance_checkpoint(session, INBOX._replace(uid=5))
        row = get_checkpoint(session, "testtilgang", "INBOX")
        assert row is not None and row.last_uid == 17
        row = advance_checkpoint(session, INBOX._replace(uidvalidity=1800000000, uid=2))
        assert (row.uidvalidity, row.last_uid) == (1800000000, 2)
