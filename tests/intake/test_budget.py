"""Bounded work per mail: a mail that would take too long to parse, or is too large, is
recorded and quarantined with the reason, once, and the poll goes on with the next mail; the
poller's lease is renewed by time however long the poll takes.

The slow parser is a fake at the edge (the extractor ``bot.intake`` calls, replaced for mail
with one subject): one that never returns, and one stuck inside a regular expression.
"""

from __future__ import annotations

import mailbox
import re
import time
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

import bot.intake
import parsers.extract
from bot.budget import ParseBudget
from bot.poll import LeaseKeeper, ingest_files
from parsers.extract import Extraction
from parsers.letter import Letter
from storage.leases import acquire_lease
from storage.models import Lease
from tests.intake.conftest import Intake
from tests.intake.mails import order_mail, vendor

HANGS = "Bestilling som henger"
BACKTRACKS = "Bestilling som tilbakesporer"
SHORT = ParseBudget(max_seconds=0.5)
TIME_REASON = "over the parse time budget (0.5 s)"


@pytest.fixture
def slow_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor never returns for mail with subject ``HANGS``, and backtracks for ever
    in a regular expression for ``BACKTRACKS`` (both interrupted only by the deadline)."""
    real = parsers.extract.extract

    def extract(letter: Letter, *args: Any, **kwargs: Any) -> Extraction:
        if letter.subject == HANGS:
            while True:
                time.sleep(0.05)
        if letter.subject == BACKTRACKS:
            re.search(r"(a+)+b", "a" * 60)
        return real(letter, *args, **kwargs)

    monkeypatch.setattr(bot.intake, "extract", extract)


def _deliver(intake: Intake, mails: list[bytes]) -> None:
    box = mailbox.Maildir(intake.config.mailbox.maildir.effective_path, create=True)
    for raw in mails:
        box.add(raw)


def _reasons(intake: Intake) -> list[str]:
    return [reason for _, reason in intake.quarantined()]


@pytest.mark.usefixtures("slow_extractor")
def test_a_mail_that_never_finishes_parsing_is_quarantined_once_and_the_poll_goes_on(
    maildir_intake: Intake,
) -> None:
    intake = maildir_intake.with_workers(0)
    intake.budget = SHORT
    _deliver(intake, [order_mail(1), order_mail(2, subject=HANGS), order_mail(3)])

    first = intake.poll()
    second = intake.poll()

    assert first.outcomes == {"new_order": 2, "quarantined": 1}
    assert sorted(intake.org_numbers()) == sorted(vendor(n).org_number for n in (1, 3))
    assert intake.quarantined() == [(HANGS, TIME_REASON)]  # recorded from its header
    assert second.new == 0 and second.outcomes == {}  # never parsed again


@pytest.mark.usefixtures("slow_extractor")
def test_a_regex_that_backtracks_for_ever_is_interrupted(maildir_intake: Intake) -> None:
    intake = maildir_intake.with_workers(0)
    intake.budget = SHORT
    _deliver(intake, [order_mail(1, subject=BACKTRACKS), order_mail(2)])

    report = intake.poll()

    assert report.outcomes == {"new_order": 1, "quarantined": 1}
    assert _reasons(intake) == [TIME_REASON]


@pytest.mark.usefixtures("slow_extractor")
def test_a_parsing_worker_is_interrupted_too(maildir_intake: Intake) -> None:
    intake = maildir_intake.with_workers(1)
    intake.budget = SHORT
    mails = [order_mail(n) for n in range(60)]
    mails[10] = order_mail(10, subject=HANGS)
    mails[40] = order_mail(40, subject=HANGS)
    _deliver(intake, mails)

    report = intake.poll()

    assert report.outcomes == {"new_order": 58, "quarantined": 2}
    assert _reasons(intake) == [TIME_REASON, TIME_REASON]


def test_a_mail_over_the_size_budget_is_not_parsed_but_recorded(maildir_intake: Intake) -> None:
    intake = maildir_intake.with_workers(0)
    intake.budget = ParseBudget(max_bytes=5_000)
    huge = order_mail(2, subject="Stor bestilling").replace(
        b"Gi beskjed", b"Vedlegg: " + b"abcdefghij" * 1_000 + b"\r\nGi beskjed"
    )
    _deliver(intake, [order_mail(1), huge])

    report = intake.poll()

    assert report.outcomes == {"new_order": 1, "quarantined": 1}
    [(subject, reason)] = intake.quarantined()
    assert subject == "Stor bestilling"
    assert reason.startswith("over the size budget (") and "> 5,000)" in reason


@pytest.mark.usefixtures("slow_extractor")
def test_ingest_keeps_the_same_budget(maildir_intake: Intake) -> None:
    outcomes = ingest_files(
        maildir_intake.sessions, [order_mail(1, subject=HANGS), order_mail(2)], budget=SHORT
    )

    assert outcomes == {"quarantined": 1, "new_order": 1}
    assert _reasons(maildir_intake) == [TIME_REASON]


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_lease_is_renewed_once_a_third_of_it_has_passed(maildir_intake: Intake) -> None:
    sessions, ttl = maildir_intake.sessions, timedelta(minutes=9)
    with sessions() as session, session.begin():
        assert acquire_lease(session, "poll:x", "me", ttl)
    with sessions() as session:
        taken = session.scalars(select(Lease.expires_at)).one()
    clock = _Clock()
    keeper = LeaseKeeper(sessions, "poll:x", "me", ttl, clock)

    clock.now += 179  # under three minutes: nothing to do
    keeper.keep()
    renewals_early = keeper.renewals
    clock.now += 2
    keeper.keep()

    with sessions() as session:
        renewed = session.scalars(select(Lease.expires_at)).one()
    assert (renewals_early, keeper.renewals) == (0, 1)
    assert renewed > taken


def test_our_own_bug_while_reading_mail_is_quarantined_with_its_traceback(
    maildir_intake: Intake, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in our MIME code is not the sender's unreadable mail: it reaches the intake's
    catch point and is quarantined with the traceback, and the next mail is filed."""
    import parsers.mime

    real = parsers.mime.split_history

    def split_history(body: str, subject: str) -> Any:
        if subject == HANGS:
            raise RuntimeError("a bug in the history reader (test)")
        return real(body, subject)

    monkeypatch.setattr(parsers.mime, "split_history", split_history)
    intake = maildir_intake.with_workers(0)
    _deliver(intake, [order_mail(1, subject=HANGS), order_mail(2)])

    report = intake.poll()

    assert report.outcomes == {"quarantined": 1, "new_order": 1}
    [(subject, traceback)] = intake.quarantined()
    assert subject == HANGS
    assert "Traceback" in traceback and "RuntimeError: a bug in the history reader" in traceback
