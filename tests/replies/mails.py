"""Invented mail for the reply stories: vendor orders with gaps, and machine-generated mail
(bounces, out-of-office replies, list mail, our own replies coming back, robot senders).

No real person or company is named; domains end in ``.example.no`` or ``.example``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from stdnum.no import orgnr

OUR_ADDRESS = "opendata.rrh@brreg.no"
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def org_number(n: int) -> str:
    """The ``n``-th invented organisation number with a valid mod-11 check digit."""
    base = 93_000_000 + n * 13
    while True:
        body = f"{base:08d}"
        for check in "0123456789":
            if orgnr.is_valid(body + check):
                return body + check
        base += 1


def spaced(org: str) -> str:
    return f"{org[:3]} {org[3:6]} {org[6:]}"


def wrong_check_digit(org: str) -> str:
    """``org`` with its last digit changed so that the mod-11 check fails."""
    for digit in "0123456789":
        candidate = org[:8] + digit
        if candidate != org and not orgnr.is_valid(candidate):
            return candidate
    raise AssertionError(org)


def message(
    sender: str,
    subject: str,
    body: str,
    message_id: str,
    *,
    headers: dict[str, str] | None = None,
    when: datetime = T0,
    to: str = OUR_ADDRESS,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def as_bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    phone: str  # as written
    e164: str


@dataclass(frozen=True)
class GapOrder:
    """A vendor order with something missing or invalid, and what the reply must name."""

    name: str
    raw: bytes
    sender: str
    expect_words: tuple[str, ...]  # phrases the Bokmål/Nynorsk/English reply must contain


_STEMS = [
    "Fjordkode",
    "Lyngdata",
    "Tindesoft",
    "Havbrisk",
    "Nordlysdata",
    "Skogkode",
    "Elvedata",
    "Myrsoft",
    "Polarkode",
    "Fossedata",
    "Kystkode",
    "Bergsoft",
    "Vestdata",
    "Trollkode",
    "Midnattsdata",
    "Lundekode",
    "Ravndata",
    "Orrsoft",
    "Måkekode",
    "Ternedata",
    "Sildesoft",
    "Torskkode",
    "Laksedata",
    "Hvalsoft",
]


def _vendor(n: int) -> tuple[str, str, Person]:
    stem = _STEMS[n % len(_STEMS)]
    company = f"{stem} AS"
    domain = f"{stem.lower().replace('å', 'a')}.example.no"
    mobile = f"9{(n * 7919) % 10_000_000:07d}"
    person = Person(
        f"Kari Nordvang{n}", f"kari@{domain}", f"{mobile[:3]} {mobile[3:5]} {mobile[5:]}",
        f"+47{mobile}",
    )  # fmt: skip
    return company, domain, person


def gap_orders() -> list[GapOrder]:
    """Twelve vendor orders, each with a gap of its own, in the three languages."""
    orders: list[GapOrder] = []

    def add(name: str, n: int, subject: str, body: str, *words: str) -> None:
        _, domain, person = _vendor(n)
        raw = as_bytes(
            message(f"{person.name} <{person.email}>", subject, body, f"<gap-{n}@{domain}>",
                    when=T0)
        )  # fmt: skip
        orders.append(GapOrder(name, raw, person.email, words))

    for n, (name, subject, fields, words) in enumerate(_NB_GAPS, start=1):
        company, _, person = _vendor(n)
        org = org_number(n)
        lines = fields.format(
            org=spaced(org), bad=spaced(wrong_check_digit(org)), company=company,
            name=person.name, email=person.email, phone=person.phone,
        )  # fmt: skip
        body = (
            f"Hei,\n\n{company} ønsker tilgang til testmiljøet for RRH. Vi ønsker at dere "
            f"oppretter en fiktiv virksomhet, slik at vi kan delegere tilgangen selv.\n\n{lines}\n\n"
            f"Med vennlig hilsen\n{person.name}\n{company}\n"
        )
        add(name, n, subject, body, *words)
    n = 20
    company, _, person = _vendor(n)
    add(
        "english-missing-phone", n, "Test access RRH",
        f"Hello,\n\n{company} would like access to the RRH test environment. We would like you to "
        "create a fictitious enterprise so that we can delegate the access ourselves.\n\n"
        f"Organisation number: {spaced(org_number(n))}\nContact person: {person.name}\n"
        f"Email: {person.email}\n\nPlease let us know if you need anything else.\n\n"
        f"Best regards\n{person.name}\n{company}\n",
        "the phone number of the person responsible for testing",
    )  # fmt: skip
    n = 21
    company, _, person = _vendor(n)
    add(
        "nynorsk-missing-phone", n, "Tilgang til testmiljøet",
        f"Hei,\n\n{company} ønskjer tilgang til testmiljøet for RRH. Vi ønskjer at de opprettar "
        "ei fiktiv verksemd, slik at vi kan delegere tilgangen frå henne sjølve.\n\n"
        f"Organisasjonsnummer: {spaced(org_number(n))}\nKontaktperson: {person.name}\n"
        f"E-post: {person.email}\n\nVenleg helsing\n{person.name}\n{company}\n",
        "telefonnummeret til testansvarleg",
    )  # fmt: skip
    n = 22
    company, _, person = _vendor(n)
    add(
        "unspecified", n, "Tilgang til RRH",
        f"Hei,\n\n{company} ønsker tilgang til testmiljøet for RRH-API-ene.\n\n"
        f"Organisasjonsnummer: {spaced(org_number(n))}\nKontaktperson: {person.name}\n"
        f"E-post: {person.email}\nTelefon: {person.phone}\n\n"
        f"Med vennlig hilsen\n{person.name}\n{company}\n",
        "Fiktiv virksomhet", "Delegering fra en eksisterende kunde",
    )  # fmt: skip
    return orders


_NB_GAPS: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "missing-phone",
        "Testtilgang RRH",
        "Organisasjonsnummer: {org}\nKontaktperson: {name}\nE-post: {email}",
        ("telefonnummeret til testansvarlig",),
    ),
    (
        "missing-org-number",
        "Bestilling av testtilgang",
        "Kontaktperson: {name}\nE-post: {email}\nTelefon: {phone}",
        ("organisasjonsnummeret til virksomheten deres",),
    ),
    (
        "wrong-check-digit",
        "Testtilgang til RRH",
        "Organisasjonsnummer: {bad}\nKontaktperson: {name}\nE-post: {email}\nTelefon: {phone}",
        ("har feil kontrollsiffer",),
    ),
    (
        "short-phone",
        "Testmiljø RRH",
        "Organisasjonsnummer: {org}\nKontaktperson: {name}\nE-post: {email}\nTelefon: 917 42 05",
        ("har feil antall sifre", "+479174205"),
    ),
    (
        "missing-contact-name",
        "RRH test",
        "Organisasjonsnummer: {org}\nE-post til testansvarlig: {email}\nTelefon: {phone}",
        ("navnet på testansvarlig",),
    ),
    (
        "missing-email-and-phone",
        "Testtilgang",
        "Organisasjonsnummer: {org}\nKontaktperson: Ola Testmann",
        ("telefonnummeret til testansvarlig",),
    ),
    (
        "phone-and-org-missing",
        "Ønsker testtilgang",
        "Kontaktperson: {name}\nE-post: {email}",
        ("organisasjonsnummeret til virksomheten deres", "telefonnummeret til testansvarlig"),
    ),
    (
        "bad-org-and-missing-phone",
        "Tilgang testmiljø RRH",
        "Organisasjonsnummer: {bad}\nKontaktperson: {name}\nE-post: {email}",
        ("har feil kontrollsiffer", "telefonnummeret til testansvarlig"),
    ),
    (
        "missing-phone-2",
        "SV: Testtilgang",
        "Org.nr.: {org}\nTestansvarlig: {name}, {email}",
        ("telefonnummeret til testansvarlig",),
    ),
]
