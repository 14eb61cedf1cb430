"""One poller per mailbox, and a poller killed with SIGKILL does not lock the mailbox for the
ten minutes its lease has left: the next poll on this host sees that the holder's process is
gone and takes the lease over. A live holder, or one on another host, keeps it."""

from __future__ import annotations

import mailbox
import os
import socket
import subprocess
from datetime import timedelta

from bot.poll import holder_is_dead, holder_name, lease_name
from storage.leases import acquire_lease
from storage.models import Lease
from tests.intake.conftest import Intake
from tests.intake.mails import order_mail


def _deliver(intake: Intake, mails: list[bytes]) -> None:
    path = intake.config.mailbox.maildir.effective_path
    box = mailbox.Maildir(path, create=True)
    for raw in mails:
        box.add(raw)


def _held_by(intake: Intake, holder: str) -> None:
    """The poll lease, as a poller ``holder`` left it: held for ten more minutes."""
    with intake.sessions.begin() as session:
        lease = lease_name(intake.mailbox_name)
        assert acquire_lease(session, lease, holder, timedelta(minutes=10))


def _dead_pid() -> int:
    finished = subprocess.Popen(["true"])
    finished.wait()  # reaped: the pid names no process now
    return finished.pid


def _holders(intake: Intake) -> list[str]:
    with intake.sessions() as session:
        return [lease.holder for lease in session.query(Lease).all()]


def test_a_lease_left_by_a_killed_poller_on_this_host_is_taken_over(
    maildir_intake: Intake,
) -> None:
    _deliver(maildir_intake, [order_mail(1), order_mail(2)])
    _held_by(maildir_intake, f"{socket.gethostname()}:{_dead_pid()}")

    report = maildir_intake.poll()

    assert not report.locked_out
    assert report.outcomes == {"new_order": 2}
    assert _holders(maildir_intake) == []  # released at the end, as usual


def test_a_live_poller_keeps_its_lease(maildir_intake: Intake) -> None:
    _deliver(maildir_intake, [order_mail(3)])
    other = subprocess.Popen(["sleep", "30"])
    try:
        _held_by(maildir_intake, f"{socket.gethostname()}:{other.pid}")

        report = maildir_intake.poll()
    finally:
        other.kill()
        other.wait()

    assert report.locked_out
    assert report.line() == "poll skipped: another poller holds the mailbox"
    assert maildir_intake.orders() == []


def test_a_poller_on_another_host_keeps_its_lease_until_it_expires(
    maildir_intake: Intake,
) -> None:
    _deliver(maildir_intake, [order_mail(4)])
    elsewhere = f"another-host.example.no:{_dead_pid()}"  # that pid means nothing here
    _held_by(maildir_intake, elsewhere)

    report = maildir_intake.poll()

    assert report.locked_out
    assert _holders(maildir_intake) == [elsewhere]
    assert maildir_intake.orders() == []


def test_only_a_missing_process_on_this_host_counts_as_dead() -> None:
    assert not holder_is_dead(holder_name())
    assert not holder_is_dead(f"{socket.gethostname()}:{os.getppid()}")
    assert holder_is_dead(f"{socket.gethostname()}:{_dead_pid()}")
    assert not holder_is_dead(f"{socket.gethostname()}:not-a-pid")
    assert not holder_is_dead("no-colon-at-all")


def test_a_mailbox_with_a_long_name_gets_a_lease_name_that_fits_the_column(
    maildir_intake: Intake,
) -> None:
    """The lease column is VARCHAR(64), which PostgreSQL enforces: a Maildir in a deep
    folder, or an IMAP account with a long address, must still be able to poll."""
    long_name = "imap://bestillinger.testtilgang.rrh@leverandorpostkasse.example.no:993"
    assert len(lease_name(long_name)) == 64
    assert lease_name(long_name) != lease_name(long_name.replace("993", "994"))
    assert lease_name("imap://intake@example.no@127.0.0.1:993") == (
        "poll:imap://intake@example.no@127.0.0.1:993"
    )
    _deliver(maildir_intake, [order_mail(5)])
    assert len(maildir_intake.mailbox_name) > 64  # a pytest tmp_path is deep enough

    assert maildir_intake.poll().outcomes == {"new_order": 1}
