"""Invented test data for the storage tests."""

from __future__ import annotations

from email.message import EmailMessage

from stdnum.no import fodselsnummer


def national_id(birth: str, individual: int) -> str:
    """A valid 11-digit number for ``birth`` (DDMMYY, day + 40 for a D-nummer) and the first
    individual number from ``individual`` on whose check digits exist."""
    for serial in range(individual, individual + 50):
        base = f"{birth}{serial:03d}"
        first = fodselsnummer.calc_check_digit1(base)
        if first == "10":
            continue
        second = fodselsnummer.calc_check_digit2(base + first)
        if second == "10":
            continue
        number = base + first + second
        assert fodselsnummer.is_valid(number)
        return number
    raise AssertionError("no valid number found")


FNR = national_id("150390", 123)  # born 15 March 1990
D_NUMMER = national_id("550390", 123)  # the same date as a D-nummer


def raw_mail(subject: str, body: str, message_id: str = "<m1@example.no>") -> bytes:
    """A small plain-text mail from an invented vendor."""
    message = EmailMessage()
    message["From"] = "Kari Nordmann <Kari.Nordmann@Leverandor.example.no>"
    message["To"] = "testtilgang@example.no"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message.set_content(body)
    return message.as_bytes()
