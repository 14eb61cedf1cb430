"""Header screening: automatic mail is named by the rules that hit, and a person's mail by none."""

from __future__ import annotations

from pathlib import Path

import pytest

import rules.screening
from rules import reply_policy
from rules.identity import Identity
from rules.policy import PolicyError
from rules.screening import is_automatic_precedence, is_robot_address, load_screening, screen

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


# --------------------------------------------------------------------------- issue 12, finding 2


@pytest.mark.parametrize(
    ("subject", "rule"),
    [
        ("Fraværsmelding: Re: [RRH-2026-0077] Testtilgang", "subject.out-of-office"),
        ("Fråværsmelding: Testtilgang", "subject.out-of-office"),
        ("Automatiskt svar: Testtilgang", "subject.out-of-office"),
        ("Frånvarande: Testtilgang", "subject.out-of-office"),
        ("Automatisk svar: Testtilgang", "subject.out-of-office"),
        ("Fraværende: Testtilgang", "subject.out-of-office"),
        ("Automatische Antwort: Testtilgang", "subject.out-of-office"),
        ("Abwesenheitsnotiz: Testtilgang", "subject.out-of-office"),
        ("Out of Office: Testtilgang", "subject.out-of-office"),
        ("Ikke til stede: Testtilgang", "subject.out-of-office"),
        ("Autoreply: Testtilgang", "subject.out-of-office"),
        ("RE: Automatic reply: Testtilgang", "subject.out-of-office"),
        ("Forsinket levering: Testtilgang", "subject.delivery-delay"),
        ("Delayed: Testtilgang", "subject.delivery-delay"),
        ("Tilbakekall: Testtilgang", "subject.recall"),
        ("Recall: Testtilgang", "subject.recall"),
        ("[Request received] Re: [RRH-2026-0077] Testtilgang", "subject.ticket-system"),
        ("Ticket #12345 - Testtilgang", "subject.ticket-system"),
        ("Sak 2026-1234 er registrert", "subject.ticket-system"),
        ("Your request (12345) has been received", "subject.ticket-system"),
        ("Vi har mottatt din henvendelse", "subject.ticket-system"),
        ("Nyhetsbrev for mars", "subject.newsletter"),
        ("Invitasjon til webinar om RRH", "subject.newsletter"),
    ],
)
def test_auto_reply_and_ticket_subjects_in_every_language(subject: str, rule: str) -> None:
    assert rule in hits(subject=subject)


@pytest.mark.parametrize(
    "subject",
    ["Testtilgang RRH", "Re: [RRH-2026-0077] Testtilgang RRH", "SV: Bestilling av testmiljø",
     "Fravik AS ønsker testtilgang", "Tilgang for Recallo AS", "Sakkyndig AS: testtilgang",
     "Request 2026: test access"],
)  # fmt: skip
def test_a_person_s_subjects_are_not_auto_replies(subject: str) -> None:
    assert hits(subject=subject) == ()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Jeg er på ferie til 16. mars og leser ikke e-post.", "body.out-of-office"),
        ("I am out of the office until Monday.", "body.out-of-office"),
        ("Jag är på semester till och med den 16 mars.", "body.out-of-office"),
        ("Ich bin bis zum 16. März nicht im Büro.", "body.out-of-office"),
        ("Vi har mottatt din henvendelse og svarer snart.", "body.ticket-system"),
        ("Your request (97476) has been received and is being reviewed.", "body.ticket-system"),
        ("Meld deg av nyhetsbrevet her.", "body.newsletter"),
        ("Dette er en automatisk generert melding.", "body.automatic"),
        ("Kari would like to recall the message, \"Testtilgang\".", "body.recall"),
    ],
)
def test_auto_reply_and_ticket_texts(text: str, rule: str) -> None:
    us = Identity.of("opendata.rrh@brreg.no")
    assert rule in screen({}, "kari@eksempel.no", "Re: Testtilgang", (), us, text=text)


def test_a_person_s_order_text_is_not_screened() -> None:
    text = ("Hei,\n\nVi ønsker tilgang til testmiljøet via fiktiv virksomhet. Jeg går ut i "
            "permisjon i mai, så Per overtar da.\nOrganisasjonsnummer: 930 000 019\n")  # fmt: skip
    assert screen({}, "kari@eksempel.no", "Testtilgang", (), US, text=text) == ()


def test_a_holiday_told_after_the_order_is_no_out_of_office() -> None:
    order = (
        "Hei,\n\nVi i Lerkevik Data AS ønsker tilgang til testmiljøet gjennom en fiktiv "
        "virksomhet, og vi skal selv delegere tilgangen videre.\n\n"
        "Organisasjonsnummer: 930 000 019\nKontaktperson: Sølvi Aas, solvi.aas@lerkevik.test, "
        "tlf. 481 22 950\n\nDere skal vite at de tekniske detaljene i integrasjonen vår er "
        "klare, og at vi har testdata for begge rollene liggende i et eget skjema som "
        "vi gjerne deler med dere om det er til hjelp.\n\n"
    )
    holiday = "Vi gjør oppmerksom på at jeg har ferie fra 21. desember til 4. januar.\n"
    assert len(order) > 400  # the holiday comes after the opening an auto-reply speaks in
    assert screen({}, "solvi.aas@lerkevik.test", "Testtilgang", (), US, text=order + holiday) == ()
    assert "body.out-of-office" in screen(
        {}, "solvi.aas@lerkevik.test", "Testtilgang", (), US, text="Hei!\n" + holiday + order
    )


def test_precedence_auto_reply_is_screened_as_the_reply_rules_withhold_it() -> None:
    """One list: screening once missed ``auto_reply`` that the reply rules knew."""
    assert "precedence" in hits({"Precedence": "auto_reply"})
    assert is_automatic_precedence("auto_reply") and not is_automatic_precedence("normal")


@pytest.mark.parametrize(
    ("address", "robot"),
    [
        ("noreply42@eksempel.no", True),
        ("bounce-handler@eksempel.no", True),
        ("daemon.alerts@eksempel.no", True),
        ("noreply-selvbetjening@eksempel.no", True),
        ("ikke-svar@eksempel.no", True),
        ("ikkesvar@eksempel.no", True),
        ("varsel@eksempel.no", True),
        ("notifications@eksempel.no", True),
        ("donotreply@eksempel.no", True),
        ("MAILER-DAEMON@eksempel.no", True),
        ("bouncer.kari@eksempel.no", False),
        ("postmasterson@eksempel.no", False),
        ("varselsen@eksempel.no", False),
        ("kari@eksempel.no", False),
    ],
)
def test_one_robot_sender_rule_for_screening_and_the_reply_rules(address: str, robot: bool) -> None:
    assert is_robot_address(address) is robot
    assert reply_policy.is_robot_address is is_robot_address
    assert ("robot-sender" in hits(sender=address)) is robot


def test_our_own_address_comes_from_the_identity_not_from_the_code() -> None:
    ours = Identity.of("testtilgang@register.example.no", ["gammel@register.example.no"])
    for sender in ("Testtilgang@Register.example.no", "gammel@register.example.no"):
        assert "our-own-address" in screen({}, sender, "Hei", (), ours)
    assert "our-own-address" not in screen({}, "opendata.rrh@brreg.no", "Hei", (), ours)
    source = (Path(rules.screening.__file__)).read_text(encoding="utf-8")
    assert "@brreg.no" not in source and "@brreg.no" not in Path(reply_policy.__file__).read_text(
        encoding="utf-8"
    )


def test_a_bad_pattern_in_a_subject_group_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "screening.toml"
    path.write_text('order = ["subject.x"]\n[subject]\nx = ["(unclosed"]\n', encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_screening(path)
    assert "subject.x" in str(caught.value)

