"""The outbox: queued in the intake's transaction, each mail claimed by one sender only."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from storage.db import SQLITE_BUSY_TIMEOUT_MS
from storage.models import OutboxMail, OutboxState
from storage.outbox import add_outbox, claim_outbox, mark_failed, mark_sent
from tests.storage.helpers import FNR

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _queue(session: Session, count: int, *, at: datetime = NOW) -> list[int]:
    ids = []
    for n in range(count):
        mail = add_outbox(
            session,
            kind="reply",
            recipients=[" Kari@Leverandor.example.no "],
            subject=f"Re: bestilling {n}",
            body=f"Hei\n\n> fnr {FNR}",
            message_id=f"reply-{n}@brreg.example.no",
            headers={"Auto-Submitted": "auto-replied"},
            now=at,
        )
        ids.append(mail.id)
    return ids


def test_add_outbox_stores_a_pending_masked_mail(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        [mail_id] = _queue(session, 1)
    with sessions() as session:
        mail = session.get_one(OutboxMail, mail_id)
        assert mail.state is OutboxState.PENDING and mail.attempts == 0
        assert mail.recipients == ["kari@leverandor.example.no"]
        assert mail.body == "Hei\n\n> fnr ***********"
        assert mail.message_id == "<reply-0@brreg.example.no>"
        assert mail.next_attempt_at == NOW


def test_a_claimed_mail_is_not_claimed_again_until_stale(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        ids = _queue(session, 3)
    with sessions.begin() as session:
        first = claim_outbox(session, 2, now=NOW)
    with sessions.begin() as session:
        second = claim_outbox(session, 5, now=NOW + timedelta(minutes=1))
        nothing = claim_outbox(session, 5, now=NOW + timedelta(minutes=2))
    assert [m.id for m in first] == ids[:2] and [m.id for m in second] == ids[2:]
    assert nothing == []
    assert {m.state for m in first} == {OutboxState.CLAIMED} and first[0].attempts == 1
    with sessions.begin() as session:
        again = claim_outbox(session, 5, now=NOW + timedelta(minutes=20))
    assert [m.id for m in again] == ids
    assert {m.attempts for m in again} == {2}


def test_mark_sent_and_mark_failed(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        sent_id, retry_id, dead_id = _queue(session, 3)
        claim_outbox(session, 3, now=NOW)
    retry_at = NOW + timedelta(minutes=5)
    with sessions.begin() as session:
        assert mark_sent(session, sent_id, now=NOW).state is OutboxState.SENT
        mark_failed(session, retry_id, "451 try later", retry_at=retry_at)
        mark_failed(session, dead_id, f"550 no such user {FNR}", retry_at=None)
    with sessions.begin() as session:
        assert session.get_one(OutboxMail, sent_id).sent_at == NOW
        dead = session.get_one(OutboxMail, dead_id)
        assert dead.state is OutboxState.FAILED
        assert dead.last_error == "550 no such user ***********"
        assert claim_outbox(session, 5, now=NOW + timedelta(minutes=4)) == []
        [retried] = claim_outbox(session, 5, now=retry_at)
        assert retried.id == retry_id and retried.attempts == 2
        with pytest.raises(LookupError):
            mark_sent(session, 9999)


def test_concurrent_claimers_never_share_a_mail(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        ids = _queue(session, 40)
    claimers = 4
    barrier = threading.Barrier(claimers)
    claimed: list[list[int]] = [[] for _ in range(claimers)]
    errors: list[BaseException] = []

    def claim(slot: int) -> None:
        try:
            barrier.wait()
            while True:
                with sessions.begin() as session:
                    batch = claim_outbox(session, 3, now=NOW)
                if not batch:
                    return
                claimed[slot] += [m.id for m in batch]
        except BaseException as exc:  # reported below
            errors.append(exc)

    workers = [threading.Thread(target=claim, args=(i,)) for i in range(claimers)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    everything = [mail_id for batch in claimed for mail_id in batch]
    assert sorted(everything) == ids  # every mail once, none twice


def test_an_open_claim_is_never_shared(sessions: sessionmaker[Session], backend: str) -> None:
    """PostgreSQL: a second claimer skips the rows an uncommitted claim locked. SQLite: it
    cannot claim until the first commits (one writer at a time), here failing fast."""
    with sessions.begin() as session:
        ids = _queue(session, 4)
    with sessions.begin() as first, sessions.begin() as second:
        mine = claim_outbox(first, 2, now=NOW)  # not committed yet: rows stay locked
        if backend == "postgresql":
            theirs = claim_outbox(second, 5, now=NOW)
            assert [m.id for m in theirs] == ids[2:]
        else:
            second.execute(text("PRAGMA busy_timeout=50"))
            with pytest.raises(OperationalError, match="locked"):
                claim_outbox(second, 5, now=NOW)
            second.execute(text(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}"))
    assert [m.id for m in mine] == ids[:2]
