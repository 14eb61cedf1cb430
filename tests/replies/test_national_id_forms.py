"""Issue 12, finding 6: a national identity number in an unusual form (dots, slashes, spaced
pairs, an en dash, fullwidth digits) in a subject or a Message-ID is masked wherever it is
stored, shown or sent, and flagged; a sender whose address is an eleven-digit number still
gets the reply at that address."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bot.cli import main
from bot.config import DigestConfig
from bot.digest.content import gather
from bot.digest.render import render
from bot.outbox.message import build_message
from parsers.extract import FLAG_NATIONAL_ID, extract
from parsers.mime import read_letter
from rules.national_id import mask_national_ids
from storage.models import MessageRecord
from tests.replies.conftest import Intake
from tests.replies.mails import OUR_ADDRESS, T0, as_bytes, message, org_number, spaced
from tests.storage.helpers import FNR

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
FORMS = {
    "dot": f"{FNR[:6]}.{FNR[6:]}",
    "slash": f"{FNR[:6]}/{FNR[6:]}",
    "pairs": f"{FNR[:2]} {FNR[2:4]} {FNR[4:6]} {FNR[6:]}",
    "en-dash": f"{FNR[:6]}–{FNR[6:]}",
    "fullwidth": FNR.translate(FULLWIDTH),
}
NUMBER_SENDER = f"{FNR}@leverandor.example.no"


def order_mail(subject: str, message_id: str, sender: str = "kari@fjordkode.example.no") -> bytes:
    """An order without the contact's phone number: the bot answers it, quoting the subject."""
    org = spaced(org_number(1))
    body = (
        "Hei,\n\nFjordkode AS ønsker tilgang til testmiljøet for RRH. Vi ønsker at dere "
        "oppretter en fiktiv virksomhet.\n\n"
        f"Organisasjonsnummer: {org}\nKontaktperson: Kari Nordvang\nE-post: {sender}\n\n"
        "Med vennlig hilsen\nKari Nordvang\nFjordkode AS\n"
    )
    return as_bytes(message(f"Kari Nordvang <{sender}>", subject, body, message_id))


def digits_of_fnr_in(text: str) -> bool:
    """True when the number's digits can be read in ``text`` (any form, any separator)."""
    plain = "".join(c for c in text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
                    if c.isdigit())  # fmt: skip
    return FNR in plain


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_every_form_is_flagged_when_read(form: str) -> None:
    letter = read_letter(order_mail(f"Testtilgang, fnr {form}", "<a@fjordkode.example.no>"))
    assert FLAG_NATIONAL_ID in extract(letter).flags
    assert not digits_of_fnr_in(mask_national_ids(form))


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_a_subject_in_any_form_is_masked_in_the_message_the_reply_and_the_digest(
    intake: Intake, form: str
) -> None:
    intake.file(order_mail(f"Testtilgang for {form}", "<o1@fjordkode.example.no>"), T0)

    with intake.sessions() as session:
        [stored] = session.scalars(select(MessageRecord))
        assert stored.subject is not None and not digits_of_fnr_in(stored.subject)
        digest = render(gather(session, DigestConfig(), now=T0))
    [reply] = intake.outbox()
    assert reply.subject.startswith("Re: [RRH-")
    assert not digits_of_fnr_in(reply.subject)
    assert not digits_of_fnr_in(str(build_message(reply, OUR_ADDRESS)["Subject"]))
    for shown in (digest.subject, digest.text, digest.html, digest.csv):
        assert not digits_of_fnr_in(shown)


def test_a_number_in_the_message_id_is_masked_as_stored_and_shown(
    intake: Intake,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    message_id = f"<{FORMS['dot']}.1234@fjordkode.example.no>"
    intake.file(order_mail("Testtilgang", message_id), T0)
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", database_url)

    with intake.sessions() as session:
        [stored] = session.scalars(select(MessageRecord))
        assert stored.message_id == "<******.*****.1234@fjordkode.example.no>"
    [reply] = intake.outbox()
    assert not digits_of_fnr_in(json.dumps(reply.headers))
    capsys.readouterr()
    assert main(["orders", "export", "--format", "jsonl"]) == 0
    [exported] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert exported["message_ids"] == ["<******.*****.1234@fjordkode.example.no>"]
    assert main(["orders", "show", exported["reference"]]) == 0
    assert not digits_of_fnr_in(capsys.readouterr().out)
    # The same mail delivered again is still recognised by its (masked) Message-ID.
    assert intake.file(order_mail("Testtilgang", message_id), T0).outcome == "duplicate"


def test_a_sender_whose_address_is_eleven_digits_gets_the_reply_at_that_address(
    intake: Intake,
) -> None:
    intake.file(order_mail("Testtilgang", "<n1@leverandor.example.no>", NUMBER_SENDER), T0)

    [reply] = intake.outbox()
    assert reply.recipients == [NUMBER_SENDER]
    built = build_message(reply, OUR_ADDRESS)
    assert built["To"] == NUMBER_SENDER
    with intake.sessions() as session:  # where the address is shown, it is masked
        [stored] = session.scalars(select(MessageRecord))
        assert stored.sender == "*" * 11 + "@leverandor.example.no"
