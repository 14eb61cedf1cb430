"""The ``Mailbox`` contract, run against ``ImapMailbox`` (private Dovecot) and ``MaildirMailbox``.

``store`` (tests/mailbox/conftest.py) parametrizes every test over both adapters.
"""

from __future__ import annotations

import pytest

from bot.mailbox.base import FetchedMail, Mailbox, UidValidityChangedError
from tests.mailbox.conftest import Store, make_mail

pytestmark = pytest.mark.integration

PROCESSED = "INBOX.processed"


def test_lists_and_fetches_new_mail_as_delivered(store: Store) -> None:
    mails = [make_mail(n) for n in range(3)]
    store.deliver(mails)
    with store.open() as box:
        assert isinstance(box, Mailbox)
        listing = box.list_uids("INBOX")
        assert len(listing.uids) == 3
        assert list(listing.uids) == sorted(listing.uids)
        assert listing.uidvalidity > 0
        fetched = list(box.fetch("INBOX", listing.uidvalidity, listing.uids))
    assert [m.raw for m in fetched] == mails
    assert [m.uid for m in fetched] == list(listing.uids)
    assert {(m.folder, m.uidvalidity) for m in fetched} == {("INBOX", listing.uidvalidity)}


def test_fetch_new_skips_what_the_caller_has_recorded(store: Store) -> None:
    store.deliver([make_mail(n) for n in range(4)])
    with store.open() as box:
        listing = box.list_uids("INBOX")
        recorded = {(listing.uidvalidity, listing.uids[0]), (listing.uidvalidity, listing.uids[2])}
        recorded.add((listing.uidvalidity + 1, listing.uids[1]))  # other UIDVALIDITY: not this
        new = list(box.fetch_new("INBOX", recorded))
    assert [m.uid for m in new] == [listing.uids[1], listing.uids[3]]
    assert [m.raw for m in new] == [make_mail(1), make_mail(3)]


def test_fetch_in_batches_yields_every_message_once_in_uid_order(store: Store) -> None:
    store.deliver([make_mail(n) for n in range(7)])
    with store.open() as box:
        listing = box.list_uids("INBOX")
        fetched = list(box.fetch("INBOX", listing.uidvalidity, reversed(listing.uids), batch=3))
    assert [m.uid for m in fetched] == list(listing.uids)
    assert len({m.raw for m in fetched}) == 7


def test_fetching_does_not_set_seen(store: Store) -> None:
    store.deliver([make_mail(n) for n in range(2)])
    with store.open() as box:
        list(box.fetch_new("INBOX", set()))
    assert store.seen("INBOX") == [False, False]


def test_mail_already_seen_by_another_client_is_still_listed(store: Store) -> None:
    store.deliver([make_mail(1)], seen=True)
    store.deliver([make_mail(2)])
    with store.open() as box:
        fetched = list(box.fetch_new("INBOX", set()))
    assert [m.raw for m in fetched] == [make_mail(1), make_mail(2)]
    assert store.seen("INBOX") == [True, False]  # and we changed nobody's flags


def test_move_to_processed_moves_exactly_the_given_uids(store: Store) -> None:
    store.deliver([make_mail(n) for n in range(5)])
    with store.open() as box:
        box.ensure_folder(PROCESSED)
        listing = box.list_uids("INBOX")
        chosen = [listing.uids[0], listing.uids[1], listing.uids[3]]
        box.move("INBOX", listing.uidvalidity, chosen, PROCESSED)
        left = box.list_uids("INBOX")
        moved = box.list_uids(PROCESSED)
        moved_raw = [m.raw for m in box.fetch(PROCESSED, moved.uidvalidity, moved.uids)]
        left_raw = [m.raw for m in box.fetch("INBOX", left.uidvalidity, left.uids)]
    assert left.uidvalidity == listing.uidvalidity
    assert left.uids == (listing.uids[2], listing.uids[4])
    assert left_raw == [make_mail(2), make_mail(4)]
    assert sorted(moved_raw) == sorted([make_mail(0), make_mail(1), make_mail(3)])


def test_move_ignores_uids_that_no_longer_exist_and_empty_input(store: Store) -> None:
    store.deliver([make_mail(1)])
    with store.open() as box:
        box.ensure_folder(PROCESSED)
        listing = box.list_uids("INBOX")
        box.move("INBOX", listing.uidvalidity, [], PROCESSED)
        box.move("INBOX", listing.uidvalidity, [listing.uids[0], 9999], PROCESSED)
        box.move("INBOX", listing.uidvalidity, [listing.uids[0]], PROCESSED)  # again: no-op
        assert box.list_uids("INBOX").uids == ()
        assert len(box.list_uids(PROCESSED).uids) == 1


def test_recreated_folder_reports_a_new_uidvalidity_and_old_uids_are_refused(
    store: Store,
) -> None:
    folder = "INBOX.orders"
    store.deliver([make_mail(1), make_mail(2)], folder=folder)
    with store.open() as box:
        box.ensure_folder(PROCESSED)
        before = box.list_uids(folder)
    store.recreate(folder)
    store.deliver([make_mail(3)], folder=folder)
    with store.open() as box:
        after = box.list_uids(folder)
        assert after.uidvalidity != before.uidvalidity
        with pytest.raises(UidValidityChangedError) as caught:
            box.fetch(folder, before.uidvalidity, before.uids)
        assert caught.value.expected == before.uidvalidity
        assert caught.value.actual == after.uidvalidity
        with pytest.raises(UidValidityChangedError):
            box.move(folder, before.uidvalidity, after.uids, PROCESSED)
        assert box.list_uids(folder).uids == after.uids  # nothing moved
        assert [m.raw for m in box.fetch_new(folder, set())] == [make_mail(3)]


def test_folders_with_non_ascii_names(store: Store) -> None:
    folder = "INBOX.Behandlet – æøå"
    store.deliver([make_mail(1)])
    with store.open() as box:
        box.ensure_folder(folder)
        box.ensure_folder(folder)  # idempotent
        listing = box.list_uids("INBOX")
        box.move("INBOX", listing.uidvalidity, listing.uids, folder)
        moved = list(box.fetch_new(folder, set()))
    assert [m.raw for m in moved] == [make_mail(1)]
    assert moved[0].folder == folder


def test_uids_are_stable_across_sessions_and_grow_for_new_mail(store: Store) -> None:
    store.deliver([make_mail(1), make_mail(2)])
    with store.open() as box:
        first = box.list_uids("INBOX")
    store.deliver([make_mail(3)])
    with store.open() as box:
        second = box.list_uids("INBOX")
    assert second.uidvalidity == first.uidvalidity
    assert second.uids[:2] == first.uids
    assert second.uids[2] > first.uids[1]


def test_close_is_idempotent_and_repr_hides_the_message(store: Store) -> None:
    store.deliver([make_mail(1)])
    box = store.open()
    with box:
        (mail,) = box.fetch_new("INBOX", set())
    box.close()
    assert isinstance(mail, FetchedMail)
    assert "Testesen" not in repr(mail) and "bytes" in repr(mail)


def test_a_missing_folder_is_a_mailbox_error(store: Store) -> None:
    from bot.mailbox.base import MailboxError

    with store.open() as box, pytest.raises(MailboxError):
        box.list_uids("INBOX.does-not-exist")
