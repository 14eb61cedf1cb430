"""The staff's commands: ``orders done|reject|set`` with checks and named events, and
``digest --preview|--send``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.cli import main
from bot.config import DigestConfig
from bot.digest.content import gather
from rules.order import Contact, Order
from storage.models import OrderEvent, OrderRecord, OrderStatus, OutboxMail, OutboxState
from storage.orders import find_order_by_reference, order_of
from tests.digest import builders as b

WAITING = replace(
    b.FICTITIOUS,
    applicant=replace(
        b.FICTITIOUS.applicant,
        contact=Contact("Kari Nordmann", "kari@fjordsystemer.example.no", None),
    ),
)


@pytest.fixture
def cli(database_url: str, engine: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRREG_INTAKE_DATABASE_URL", database_url)
    monkeypatch.setenv("USER", "ingrid")


def _file(sessions: sessionmaker[Session], order: Order) -> str:
    with sessions.begin() as session:
        return b.order(session, order).reference


def _record(
    sessions: sessionmaker[Session], reference: str
) -> tuple[OrderRecord, list[OrderEvent]]:
    with sessions() as session:
        record = find_order_by_reference(session, reference)
        assert record is not None
        return record, list(record.events)


def test_set_normalises_checks_and_makes_the_order_ready(
    cli: None, sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _file(sessions, WAITING)
    assert (
        main(
            [
                "orders",
                "set",
                reference,
                "applicant.contact.phone",
                "912 34 567",
                "--by",
                "Ola Saksbehandler",
            ]
        )
        == 0
    )
    record, events = _record(sessions, reference)
    assert order_of(record).applicant.contact.phone == "+4791234567"
    assert record.status is OrderStatus.READY and record.missing == []
    changed = [(e.actor, e.action, e.field_path, e.old_value, e.new_value) for e in events[1:]]
    assert changed == [
        ("Ola Saksbehandler", "field_changed", "applicant.contact.phone", None, "+4791234567"),
        ("Ola Saksbehandler", "status_changed", None, "waiting_for_vendor", "ready"),
    ]
    assert "status: ready" in capsys.readouterr().out


def test_set_org_number_and_email(cli: None, sessions: sessionmaker[Session]) -> None:
    reference = _file(sessions, b.FICTITIOUS)
    assert main(["orders", "set", reference, "applicant.org_number", "NO 974 760 673 MVA"]) == 0
    assert (
        main(
            [
                "orders",
                "set",
                reference,
                "applicant.contact.email",
                " Kari.Nordmann@Fjordsystemer.Example.NO ",
            ]
        )
        == 0
    )
    record, events = _record(sessions, reference)
    order = order_of(record)
    assert order.applicant.org_number == "974760673"
    assert order.applicant.contact.email == "kari.nordmann@fjordsystemer.example.no"
    assert {e.actor for e in events[1:]} == {"ingrid"}  # $USER


def test_a_value_failing_its_check_is_refused_unless_forced(
    cli: None, sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _file(sessions, b.FICTITIOUS)
    assert main(["orders", "set", reference, "applicant.org_number", "923 456 784"]) == 1
    assert "wrong check digit (mod 11)" in capsys.readouterr().err
    assert main(["orders", "set", reference, "applicant.contact.phone", "12"]) == 1
    assert "too short" in capsys.readouterr().err
    record, events = _record(sessions, reference)
    assert order_of(record).applicant.org_number == b.ORG_A and len(events) == 1
    assert (
        main(
            [
                "orders",
                "set",
                reference,
                "applicant.org_number",
                "923456784",
                "--force",
                "--by",
                "Ola",
            ]
        )
        == 0
    )
    record, events = _record(sessions, reference)
    assert record.invalid == {"applicant.org_number": "wrong check digit (mod 11)"}
    assert record.status is OrderStatus.WAITING_FOR_VENDOR
    assert events[-1].actor == "Ola"
    assert (
        main(["orders", "set", reference, "legal_basis", "kongelig", "--force"]) == 1
    )  # not a choice


def test_done_and_reject_are_logged_with_the_staff_name(
    cli: None, sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    ready, waiting = _file(sessions, b.FICTITIOUS), _file(sessions, WAITING)
    assert main(["orders", "done", waiting, "--by", "Ola"]) == 1
    assert "applicant.contact.phone" in capsys.readouterr().err
    assert main(["orders", "done", ready, "--by", "Ola"]) == 0
    assert main(["orders", "done", ready, "--by", "Ola"]) == 1  # already done
    assert (
        main(["orders", "reject", waiting, "--reason", "Ikke  en leverandør", "--by", "Kari"]) == 0
    )
    record, events = _record(sessions, ready)
    assert record.status is OrderStatus.DONE
    assert (events[-1].actor, events[-1].new_value) == ("Ola", "done")
    record, events = _record(sessions, waiting)
    assert record.status is OrderStatus.REJECTED
    assert [(e.actor, e.action, e.new_value) for e in events[-2:]] == [
        ("Kari", "status_changed", "rejected"),
        ("Kari", "reject_reason", "Ikke en leverandør"),
    ]
    with sessions() as session:
        handled = gather(session, DigestConfig()).handled
    assert [(h.reference, h.actor, h.reason) for h in handled] == [
        (ready, "Ola", None),
        (waiting, "Kari", "Ikke en leverandør"),
    ]
    assert main(["orders", "reject", "RRH-2026-9999", "--reason", "x"]) == 1


def test_digest_preview_and_send(
    cli: None, sessions: sessionmaker[Session], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _file(sessions, b.FICTITIOUS)
    assert main(["digest", "--preview"]) == 0
    assert "KLARE TIL BEHANDLING" in capsys.readouterr().out
    out = tmp_path / "preview"
    assert main(["digest", "--preview", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["digest.html", "digest.txt", "klare-bestillinger.csv"]  # as in the mail
    assert "Klare til behandling" in (out / "digest.html").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["digest", "--preview", "--out", str(out)]) == 1  # the files are kept
    assert capsys.readouterr().err.startswith("brreg-intake: digest --out ")
    assert main(["digest", "--send"]) == 2  # no staff addresses configured
    config = tmp_path / "config.toml"
    config.write_text('[digest]\nstaff_addresses = ["vakt@etat.example.no"]\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["digest", "--send", "--config", str(config)]) == 0
    assert main(["digest", "--send", "--config", str(config)]) == 0
    assert "already queued today, not sent yet" in capsys.readouterr().out  # it is pending
    with sessions.begin() as session:
        for mail in session.scalars(select(OutboxMail).where(OutboxMail.kind == "digest")):
            mail.state = OutboxState.SENT
    assert main(["--config", str(config), "digest", "--send"]) == 0  # --config before, too
    assert "already sent today" in capsys.readouterr().out
    assert main(["digest", "--send", "--force-again", "--config", str(config)]) == 0
    with sessions() as session:
        ids = session.scalars(
            select(OutboxMail.message_id).where(OutboxMail.kind == "digest")
        ).all()
    assert len(ids) == 2 and any(i.endswith("-2@brreg.no>") for i in ids)


def test_orders_show_says_its_time_zone_as_the_digest_does(
    cli: None, sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _file(sessions, b.FICTITIOUS)  # created 03:00 UTC on 2 March: 04:00 in Oslo
    assert main(["orders", "show", reference]) == 0
    out = capsys.readouterr().out
    assert "events (times in Europe/Oslo):" in out
    assert "2026-03-02 04:00 CET" in out and "03:00" not in out
