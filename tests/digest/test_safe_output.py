"""Issue 12, findings 5 and 7: what vendors and staff write is shown, never obeyed.

A CSV cell never starts a formula; a terminal and the digest never get a control character,
an escape sequence, a bidi control or a line separator from vendor or staff text; a staff name,
reason or value that would forge the audit trail (a newline in ``--by``), hide itself (a
zero-width space as a company name) or break the command (``--by ""``) is refused with one
line and a non-zero status, and changes nothing."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.cli import main
from bot.config import DigestConfig
from bot.digest.content import gather
from bot.digest.render import render
from rules.order import Contact, Order, Party
from storage.models import OutboxMail, OutboxState
from storage.orders import find_order_by_reference, order_of
from tests.digest import builders as b

ESC = "\x1b"
UNSAFE = (ESC, "\x07", "\x9b", "\u202e", "\u2066", "\u2069", "\u200f", "\u061c", "\u2028", "\u2029")
FORMULAS = ('=HYPERLINK("http://angrep.example/x","Klikk her")', "+cmd|' /C calc'!A0 AS")

HOSTILE = replace(
    b.FICTITIOUS,
    applicant=Party(
        b.ORG_A,
        FORMULAS[0],
        Contact(FORMULAS[1], "@SUM(1+1)@fjordsystemer.example.no", "+4791234567"),
    ),
)
HOSTILE_READY = replace(  # the same, with a valid address: a ready order, in the digest's CSV
    HOSTILE,
    applicant=replace(
        HOSTILE.applicant,
        contact=replace(HOSTILE.applicant.contact, email="kari@fjordsystemer.example.no"),
    ),
)
TRICKY = replace(
    b.FICTITIOUS,
    applicant=replace(
        b.FICTITIOUS.applicant,
        name=f"Fjord{ESC}]0;pwned{ESC}\\{ESC}[2J\u2066\u202esystemer\u2069\u2028AS",
        contact=Contact("Kari\u2029Nordmann\x85", "kari@fjordsystemer.example.no", "+4791234567"),
    ),
)
BAD_INPUT_IDS = (
    "reason-escape", "reason-bidi", "reason-invisible", "zero-width-name", "bidi-name",
    "escape-name", "newline-name",
)  # fmt: skip


@pytest.fixture
def cli(database_url: str, engine: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", database_url)
    monkeypatch.setenv("USER", "ingrid")


def _file(sessions: sessionmaker[Session], order: Order, subject: str = "Bestilling") -> str:
    with sessions.begin() as session:
        return b.order(session, order, subject=subject).reference


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _events(sessions: sessionmaker[Session], reference: str) -> int:
    with sessions() as session:
        record = find_order_by_reference(session, reference)
        assert record is not None
        return len(record.events)


def test_orders_export_csv_writes_no_formula(
    cli: None, sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    _file(sessions, HOSTILE)

    code, out, _ = _run(capsys, "orders", "export", "--format", "csv")

    assert code == 0
    header, row = csv.reader(io.StringIO(out))
    cells = dict(zip(header, row, strict=True))
    assert cells["applicant.name"] == "'" + FORMULAS[0]
    assert cells["applicant.contact.name"] == "'" + FORMULAS[1]
    assert cells["applicant.contact.email"].startswith("'@")
    assert cells["applicant.contact.phone"] == "+4791234567"  # a phone number, no formula
    assert not [
        c for c in row if c.startswith(("=", "+", "-", "@", "\t", "\r")) and c[1:].isalpha()
    ]


def test_the_digest_csv_and_the_export_use_the_same_neutralisation(
    sessions: sessionmaker[Session],
) -> None:
    _file(sessions, HOSTILE_READY)
    with sessions() as session:
        digest = render(gather(session, DigestConfig(), now=b.NOW))
    [_, row] = csv.reader(io.StringIO(digest.csv), delimiter=";")
    assert "'" + FORMULAS[0] in row and "'" + FORMULAS[1] in row
    assert "+47 91 23 45 67" in row  # a phone number keeps its plus


@pytest.mark.parametrize("command", [("list",), ("export", "--format", "jsonl"),
                                     ("export", "--format", "csv"), ("show", "REF")])  # fmt: skip
def test_vendor_text_reaches_the_terminal_without_controls_or_bidi(
    cli: None,
    sessions: sessionmaker[Session],
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
) -> None:
    reference = _file(sessions, TRICKY, subject=f"Bestilling{ESC}[31m\u202e")
    argv = [reference if part == "REF" else part for part in command]

    code, out, _ = _run(capsys, "orders", *argv)

    assert code == 0
    assert not [c for c in UNSAFE if c in out]
    assert "[2J" not in out and "pwned" not in out  # whole escape sequences gone
    assert "Fjordsystemer" in out.replace(" ", "")


def test_vendor_text_reaches_the_digest_without_controls_or_bidi(
    sessions: sessionmaker[Session],
) -> None:
    _file(sessions, TRICKY, subject="Bestilling \u2066testtilgang\u2069 \u202eRRH")
    with sessions() as session:
        digest = render(gather(session, DigestConfig(), now=b.NOW))
    for part in (digest.subject, digest.text, digest.html, digest.csv):
        assert not [c for c in UNSAFE if c in part]
    assert "Bestilling testtilgang RRH" in digest.text
    assert "Fjordsystemer AS" in digest.text  # "Fjord", the escapes, "systemer", U+2028, "AS"


@pytest.mark.parametrize(
    "by",
    [
        "",
        "   ",
        "Ola\n2026-03-02 07:00 bot        status_changed   done",
        "Ola\r2026-03-02 07:00 bot",
        f"Ola{ESC}[2K",
        "Ola\u202eSIRK",
        "Ola\u2028bot",
        "\u200b",
        "bot",
        "x" * 101,
    ],
    ids=[
        "empty",
        "spaces",
        "newline",
        "cr",
        "escape",
        "bidi",
        "u2028",
        "zero-width",
        "bot",
        "long",
    ],
)
def test_a_bad_staff_name_is_refused_in_one_line_and_changes_nothing(
    cli: None, sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str], by: str
) -> None:
    reference = _file(sessions, b.FICTITIOUS)
    before = _events(sessions, reference)

    for argv in (
        ["orders", "done", reference, "--by", by],
        ["orders", "reject", reference, "--reason", "Ikke en leverandør", "--by", by],
        ["orders", "set", reference, "applicant.name", "Fjordsystemer ASA", "--by", by],
    ):
        code, out, err = _run(capsys, *argv)
        assert code == 2
        assert out == ""
        assert err.startswith(f"brreg-intake orders {argv[1]}: --by ")
        assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert _events(sessions, reference) == before
    _, shown, _ = _run(capsys, "orders", "show", reference)
    assert len(re.findall(r"^\d{4}-\d\d-\d\d \d\d:\d\d ", shown, re.MULTILINE)) == before


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (("reject", "REF", "--reason", f"spam{ESC}[8m skjult"), "--reason"),
        (("reject", "REF", "--reason", "spam \u202etxt.exe"), "--reason"),
        (("reject", "REF", "--reason", "\u200b\u200b"), "--reason"),
        (("set", "REF", "applicant.name", "\u200b"), "VALUE"),
        (("set", "REF", "applicant.name", "Fjord\u2066AS"), "VALUE"),
        (("set", "REF", "applicant.contact.name", f"Kari{ESC}]0;tittel\x07"), "VALUE"),
        (("set", "REF", "applicant.contact.name", "Kari\nNordmann"), "VALUE"),
    ],
    ids=BAD_INPUT_IDS,
)
def test_a_bad_reason_or_value_is_refused(
    cli: None,
    sessions: sessionmaker[Session],
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    flag: str,
) -> None:
    reference = _file(sessions, b.FICTITIOUS)

    code, out, err = _run(capsys, "orders", *[reference if a == "REF" else a for a in argv])

    assert (code, out) == (2, "")
    assert err.startswith(f"brreg-intake orders {argv[0]}: {flag} ")
    assert len(err.splitlines()) == 1
    with sessions() as session:
        record = find_order_by_reference(session, reference)
        assert record is not None
        assert order_of(record) == b.FICTITIOUS and len(record.events) == 1


def test_an_empty_value_still_clears_a_field(
    cli: None, sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _file(sessions, b.FICTITIOUS)
    code, _, _ = _run(
        capsys, "orders", "set", reference, "applicant.contact.phone", "", "--by", "Ola"
    )
    assert code == 0


def test_quarantine_and_outbox_lists_show_errors_without_controls(
    cli: None, sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    with sessions.begin() as session:
        b.quarantined(session, b.NOW, f"ValueError: bad name Fjord{ESC}[31m\u202eSA\x85")
        record = b.order(session, b.FICTITIOUS)
        b.reply(session, record, b.NOW)
    with sessions.begin() as session:
        row = session.scalars(select(OutboxMail)).one()
        row.state, row.last_error = OutboxState.FAILED, f"550 {ESC}]0;x\x07user\u202e unknown"

    _, quarantine, _ = _run(capsys, "quarantine", "list")
    _, outbox, _ = _run(capsys, "outbox", "list")

    for out in (quarantine, outbox):
        assert out and not [c for c in UNSAFE if c in out]
    assert "ValueError: bad name Fjord" in quarantine
    assert "550 user unknown" in outbox
