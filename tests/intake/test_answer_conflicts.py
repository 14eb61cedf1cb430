"""An answer never replaces a valid value with an invalid one (issue 12): the order keeps
its value, is flagged for staff, and the refused value is kept in the flag."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage

from tests.intake.conftest import Intake
from tests.intake.mails import order_mail, vendor


def _answer_with_phone(n: int, phone: str) -> bytes:
    v = vendor(n)
    answer = EmailMessage()
    answer["From"] = f"{v.contact} <{v.email}>"
    answer["To"] = "opendata.rrh@brreg.no"
    answer["Subject"] = "SV: Bestilling av testtilgang RRH"
    answer["Message-ID"] = f"<nytt-nummer-{n:06d}@example.no>"
    answer["In-Reply-To"] = v.message_id
    answer["References"] = v.message_id
    answer.set_content(f"Hei,\n\nNytt nummer til meg: Telefon: {phone}\n\nHilsen {v.contact}\n")
    return answer.as_bytes()


def test_an_answer_with_an_invalid_phone_keeps_the_valid_one_and_flags_the_order(
    maildir_intake: Intake,
) -> None:
    box = mailbox.Maildir(maildir_intake.config.mailbox.maildir.effective_path, create=True)
    for raw in (order_mail(7), _answer_with_phone(7, "+49 1234")):
        box.add(raw)

    report = maildir_intake.with_workers(0).poll()

    assert report.outcomes == {"new_order": 1, "updated_order": 1}
    (order,) = maildir_intake.orders()
    assert order.order["applicant"]["contact"]["phone"] == vendor(7).e164
    assert "answer_conflict" in order.flags
    assert "answer_conflict:applicant.contact.phone=+491234" in order.flags
