"""Header screening: automatic mail is named by the rules that hit, and a person's mail by none."""

from __future__ import annotations

import pytest

from rules.identity import Identity
from rules.policy import PolicyError
from rules.screening import load_screening, screen

US = Identity.of("opendata.rrh@brreg.no")


def hits(
    headers: dict[str, str] | None = None,
    sender: str | None = "kari@eksempel.no",
    subject: str = "Testtilgang",
    types: tuple[str, ...] = ("text/plain",),
) -> tuple[str, ...]:
    return screen({k.lower(): v for k, v in (headers or {}).items()}, sender, subject, types, US)


def test_a_person_writing_is_screened_by_nothing() -> None:
    assert hits() == ()


@pytest.mark.parametrize(
    ("headers", "sender", "subject", "types", "rule"),
    [
        ({"Auto-Submitted": "auto-replied"}, "kari@eksempel.no", "Hei", (), "auto-submitted"),
        ({"Precedence": "bulk"}, "nyhet@eksempel.no", "Nyhetsbrev", (), "precedence"),
        ({"List-Id": "<liste.eksempel.no>"}, "liste@eksempel.no", "Nytt", (), "list-mail"),
        (
            {"List-Unsubscribe": "<mailto:x@eksempel.no>"},
            "nyhet@eksempel.no",
            "Nytt",
            (),
            "list-mail",
        ),
        ({"Return-Path": "<>"}, "kari@eksempel.no", "Hei", (), "null-return-path"),
        (
            {},
            "kari@eksempel.no",
            "Hei",
            ("multipart/report", "message/delivery-status"),
            "delivery-report",
        ),
        (
            {},
            "kari@eksempel.no",
            "Lest: Testtilgang",
            ("message/disposition-notification",),
            "delivery-report",
        ),
        ({}, "MAILER-DAEMON@mx.eksempel.no", "Undelivered Mail", (), "robot-sender"),
        ({}, "bounces+3391@eksempel.no", "Hei", (), "robot-sender"),
        ({}, None, "Hei", (), "empty-sender"),
        ({}, "opendata.rrh@brreg.no", "Re: [RRH-2026-0001]", (), "our-own-address"),
        (
            {"Message-ID": "<rrh-2026-0001-1.ab12@brreg.no>"},
            "kari@eksempel.no",
            "Hei",
            (),
            "our-own-message-id",
        ),
        ({"X-Autoreply": "yes"}, "kari@eksempel.no", "Hei", (), "auto-reply-header"),
        ({}, "kari@eksempel.no", "Automatisk svar: Testtilgang", (), "subject.out-of-office"),
        ({}, "kari@eksempel.no", "Fråvær: Testtilgang", (), "subject.out-of-office"),
        ({}, "kari@eksempel.no", "Møte om tilgang", ("text/calendar",), "meeting-request"),
    ],
)
def test_each_rule_names_what_it_caught(
    headers: dict[str, str], sender: str | None, subject: str, types: tuple[str, ...], rule: str
) -> None:
    assert rule in hits(headers, sender, subject, types)


def test_auto_submitted_no_is_a_person() -> None:
    assert hits({"Auto-Submitted": "no"}) == ()


def test_an_unknown_rule_in_the_policy_file_names_file_and_key(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "screening.toml"
    path.write_text('order = ["auto-submitted", "no-such-rule"]\n', encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_screening(path)
    assert "screening.toml" in str(caught.value) and "order" in str(caught.value)
