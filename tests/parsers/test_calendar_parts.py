"""A calendar file is scheduling mail when it invites or answers (RFC 5546 REQUEST, REPLY, ...),
and a person's mail when it is published (PUBLISH): its text may hold an order."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.extract import extract
from parsers.mime import read_letter


def _with_calendar(method: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Ragnhild Vik <ragnhild@fjordtest.test>"
    mail["To"] = "opendata.rrh@brreg.no"
    mail["Subject"] = "Testtilgang"
    mail.set_content("Hei,\nbestillingen ligger i vedlegget.\n")
    calendar = f"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nSUMMARY:Test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    mail.add_attachment(calendar.encode(), maintype="text", subtype="calendar",
                        params={"method": method}, filename="plan.ics")  # fmt: skip
    return mail.as_bytes()


@pytest.mark.parametrize(("method", "screened"), [("REQUEST", True), ("REPLY", True), ("PUBLISH", False)])
def test_an_invitation_is_scheduling_mail_a_published_calendar_is_a_person_s(
    method: str, screened: bool
) -> None:
    hits = extract(read_letter(_with_calendar(method))).screening
    assert ("meeting-request" in hits) is screened
