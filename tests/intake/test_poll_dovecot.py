"""The intake loop against a real IMAP server (the private Dovecot), told as stories.

Each story runs on SQLite and, where a URL is given, on PostgreSQL (a fresh schema each).
The bot polls as ``brreg-intake poll --once`` does; "another client" is staff in Outlook or a
colleague, acting on the same account over plain IMAP.
"""

from __future__ import annotations

import pytest

from bot.config import AfterProcessing
from storage.models import OrderStatus
from tests.intake.conftest import INBOX, PROCESSED, QUARANTINE, Intake, imap_settings
from tests.intake.mails import (
    BROKEN_SUBJECT,
    _message,
    broken_mail,
    order_mail,
    out_of_office,
    vendor,
)

pytestmark = pytest.mark.integration


def test_new_orders_are_filed_with_their_fields_and_moved_to_processed(intake: Intake) -> None:
    intake.deliver([order_mail(n) for n in (1, 2, 3)] + [out_of_office(4)])

    report = intake.poll()

    assert (report.listed, report.new, report.moved) == (4, 4, 4)
    assert report.outcomes == {"new_order": 3, "screened": 1}
    orders = intake.orders()
    assert [o.reference[-4:] for o in orders] == ["0001", "0002", "0003"]
    assert all(o.reference.startswith("RRH-20") for o in orders)
    for order, n in zip(orders, (1, 2, 3), strict=True):
        v = vendor(n)
        assert order.status is OrderStatus.READY
        assert order.order_type == "fictitious_customer"
        assert order.order["applicant"] == {
            "org_number": v.org_number,
            "name": v.company,
            "contact": {"name": v.contact, "email": v.email, "phone": v.e164},
        }
        assert [m.message_id for m in order.messages] == [v.message_id]
        assert order.missing == [] and order.invalid == {}
    assert intake.count(INBOX) == 0
    assert intake.count(PROCESSED) == 4  # the screened auto-reply too: it was handled
    assert intake.count(QUARANTINE) == 0


def test_over_tls_the_same_mail_is_filed(intake: Intake) -> None:
    assert intake.server is not None
    intake = intake.with_mailbox(imap=imap_settings(intake.server, tls=True))
    intake.deliver([order_mail(7)])

    report = intake.poll()

    assert report.outcomes == {"new_order": 1}
    assert intake.org_numbers() == [vendor(7).org_number]


def test_a_second_poll_files_nothing_and_moves_nothing(intake: Intake) -> None:
    intake.deliver([order_mail(n) for n in range(5)])
    intake.poll()

    again = intake.poll()

    assert (again.listed, again.new, again.moved) == (0, 0, 0)
    assert not again.outcomes
    assert len(intake.orders()) == 5
    assert intake.message_count() == 5


def test_mail_already_read_in_outlook_is_filed_and_keeps_its_read_state(intake: Intake) -> None:
    intake.deliver([order_mail(10), order_mail(11)], seen=True)  # staff opened them first
    intake.deliver([order_mail(12)])  # nobody has read this one

    report = intake.poll()

    assert report.outcomes == {"new_order": 3}
    assert sorted(intake.org_numbers()) == sorted(vendor(n).org_number for n in (10, 11, 12))
    seen = {raw: flag for raw, flag in intake.folder(PROCESSED).values()}
    assert seen == {order_mail(10): True, order_mail(11): True, order_mail(12): False}


def test_mail_dragged_back_into_the_inbox_is_recognised_and_not_filed_twice(
    intake: Intake,
) -> None:
    intake.deliver([order_mail(20), order_mail(21)])
    intake.poll()
    with intake.other_client() as colleague:  # "that one isn't done!": drags it back
        colleague.select_folder(PROCESSED)
        first = min(colleague.search(["ALL"]))
        colleague.move([first], INBOX)
    intake.deliver([order_mail(21)])  # and the vendor's mail server delivers one twice

    report = intake.poll()

    assert report.new == 2
    assert report.outcomes == {"duplicate": 2}
    assert report.moved == 2
    assert sorted(intake.org_numbers()) == sorted(vendor(n).org_number for n in (20, 21))
    assert intake.message_count() == 2  # recognised by Message-ID and SHA-256
    assert intake.duplicate_count() == 2  # their new locations, recorded
    assert intake.count(INBOX) == 0


def test_a_recreated_inbox_with_a_new_uidvalidity_refiles_nothing(intake: Intake) -> None:
    folder = "INBOX.bestillinger"
    intake = intake.with_mailbox(inbox=folder)
    mails = [order_mail(n) for n in (30, 31, 32)]
    intake.deliver(mails, folder)
    first = intake.poll()
    assert first.outcomes == {"new_order": 3} and not first.uidvalidity_changed
    with intake.other_client() as admin:  # the server rebuilds the folder: new UIDVALIDITY
        before = admin.select_folder(folder, readonly=True)[b"UIDVALIDITY"]
        admin.unselect_folder()
        admin.delete_folder(folder)
        admin.create_folder(folder)
        admin.multiappend(folder, [{"msg": raw, "flags": []} for raw in mails])
        assert admin.select_folder(folder, readonly=True)[b"UIDVALIDITY"] != before

    report = intake.poll()

    assert report.uidvalidity_changed
    assert report.new == 3
    assert report.outcomes == {"duplicate": 3}
    assert len(intake.orders()) == 3
    assert intake.message_count() == 3
    assert intake.duplicate_count() == 3
    assert intake.count(folder) == 0


def test_a_message_that_breaks_the_code_is_quarantined_and_the_batch_goes_on(
    intake: Intake, broken_extractor: None
) -> None:
    intake.deliver([order_mail(40), broken_mail(41), order_mail(42)])

    report = intake.poll()

    assert report.outcomes == {"new_order": 2, "quarantined": 1}
    assert sorted(intake.org_numbers()) == sorted(vendor(n).org_number for n in (40, 42))
    [(subject, traceback)] = intake.quarantined()
    assert subject == BROKEN_SUBJECT
    assert "RuntimeError: the extractor broke on this message (test)" in traceback
    assert [raw for raw, _ in intake.folder(QUARANTINE).values()] == [broken_mail(41)]
    assert intake.count(PROCESSED) == 2
    assert intake.count(INBOX) == 0
    assert intake.poll().outcomes == {}  # and it is not tried again by the next poll


def test_with_after_processing_leave_mail_stays_and_a_second_poll_files_nothing(
    intake: Intake,
) -> None:
    intake = intake.with_mailbox(after_processing=AfterProcessing.LEAVE)
    intake.deliver([order_mail(n) for n in (50, 51, 52)])

    first = intake.poll()
    second = intake.poll()

    assert first.outcomes == {"new_order": 3} and first.moved == 0
    assert (second.listed, second.new, second.moved) == (3, 0, 0)
    assert not second.outcomes
    assert intake.count(INBOX) == 3
    assert intake.count(PROCESSED) == 0  # never even created
    assert len(intake.orders()) == 3


def test_with_after_processing_leave_a_duplicate_at_a_new_location_is_fetched_only_once(
    intake: Intake,
) -> None:
    intake = intake.with_mailbox(after_processing=AfterProcessing.LEAVE)
    intake.deliver([order_mail(53)])
    assert intake.poll().outcomes == {"new_order": 1}
    intake.deliver([order_mail(53)])  # delivered twice: same Message-ID and bytes, a new UID

    second = intake.poll()
    third = intake.poll()

    assert (second.new, second.outcomes) == (1, {"duplicate": 1})
    assert (third.listed, third.new, third.outcomes) == (2, 0, {})  # not fetched again
    assert intake.message_count() == 1 and intake.duplicate_count() == 1
    assert len(intake.orders()) == 1
    assert intake.count(INBOX) == 2


def test_a_backlog_parsed_by_workers_files_as_without_them(
    intake: Intake, broken_extractor: None
) -> None:
    """Parsing ahead in a worker process (``bot.pipeline``) changes nothing that is filed: a
    reply in a thread is read again with the thread's order, our bug is quarantined."""
    mails = [order_mail(n) for n in range(60, 130)]
    mails[10] = out_of_office(70)
    mails[20] = broken_mail(80)
    first = vendor(60)
    mails[40] = _message(
        f"{first.contact} <{first.email}>", "SV: Bestilling av testtilgang RRH",
        "Hei,\n\nKontaktperson er fortsatt den samme.\n\nHilsen\n" + first.contact + "\n",
        "<svar-60@example.no>", 60, {"In-Reply-To": first.message_id},
    )  # fmt: skip
    intake.deliver(mails)

    report = intake.with_workers(1).poll()

    assert report.new == 70
    assert report.outcomes == {
        "new_order": 67, "screened": 1, "quarantined": 1, "updated_order": 1
    }  # fmt: skip
    assert [subject for subject, _ in intake.quarantined()] == [BROKEN_SUBJECT]
    (thread,) = [
        o for o in intake.orders() if o.order["applicant"]["org_number"] == first.org_number
    ]
    assert len(thread.messages) == 2
    assert intake.count(PROCESSED) == 69 and intake.count(QUARANTINE) == 1
