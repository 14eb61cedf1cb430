"""Invented vendor mail for the intake stories, the crash soak and the benchmark.

``order_mail(n)`` is a complete fictitious-customer order from vendor number ``n``: every
vendor has its own (valid, invented) organisation number, company, contact, Norwegian mobile
number and Message-ID, so ``n`` distinct orders file as ``n`` distinct orders. Around them
come the other kinds of mail an intake mailbox gets: an out-of-office reply (screened) and a
question that is no order. No real person or company is named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from stdnum.no import orgnr

INTAKE_ADDRESS = "opendata.rrh@brreg.no"
BROKEN_SUBJECT = "FEILTEST ødelagt bestilling"
"""A subject the stories make the extractor fail on (by monkeypatching it): our bug, not the
sender's, so the message must be quarantined."""


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FIRST = _words(
    "Kari Ola Ingrid Lars Sigrid Per Astrid Nils Marte Eirik Solveig Jon Hilde Knut Tone"
)
_LAST = _words(
    "Fjellheim Strandvik Lyngmo Bergslien Nordvang Solbakken Haugdal Elvestad Myrvold "
    "Tindeland Skogvik Dalsrud Brattli Holmevik Vikstrøm Åsmundrud Kvernli Sandøy Granli"
)
_STEM = _words(
    "Fjord Nordlys Vestkyst Lyng Berg Skog Havbris Tinde Elve Myr Midnattsol Polar Fossekall "
    "Trollheim Kyst"
)
_TRADE = _words("Data Kode Systemer Regnskap Lønn Analyse Integrasjon Digital Programvare Konsult")
_TOWN = _words(
    "Bergen Tromsø Bodø Molde Hamar Skien Lillehammer Arendal Harstad Førde Gjøvik Narvik Alta "
    "Kongsberg Halden"
)
_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


@dataclass(frozen=True)
class Vendor:
    """One invented system vendor: what its order mail says, and what should be filed."""

    number: int
    org_number: str
    company: str
    contact: str
    email: str
    phone: str  # as written in the mail: "912 34 567"
    e164: str  # as filed: "+4791234567"
    message_id: str


def org_number(n: int) -> str:
    """The ``n``-th invented organisation number with a valid mod-11 check digit."""
    base = 91_000_000 + n * 7
    while True:  # a few 8-digit bodies have no valid check digit (remainder 10): skip them
        body = f"{base:08d}"
        for check in "0123456789":
            if orgnr.is_valid(body + check):
                return body + check
        base += 1


def vendor(n: int) -> Vendor:
    first, last = _FIRST[n % len(_FIRST)], _LAST[(n // len(_FIRST)) % len(_LAST)]
    stem = _STEM[n % len(_STEM)]
    trade = _TRADE[(n // len(_STEM)) % len(_TRADE)]
    town = _TOWN[(n // (len(_STEM) * len(_TRADE))) % len(_TOWN)]
    company = f"{stem}{trade.lower()} {town} AS"
    domain = f"{stem}{trade}-{town}-{n}".lower().translate(_ASCII) + ".example.no"
    email = f"{first}.{last}".lower().translate(_ASCII) + f"@{domain}"
    digits = f"{(n * 7919) % 10_000_000:07d}"
    mobile = ("9" if n % 2 else "4") + digits
    return Vendor(
        number=n,
        org_number=org_number(n),
        company=company,
        contact=f"{first} {last}",
        email=email,
        phone=f"{mobile[:3]} {mobile[3:5]} {mobile[5:]}",
        e164=f"+47{mobile}",
        message_id=f"<bestilling-{n:06d}@{domain}>",
    )


def _message(
    sender: str, subject: str, body: str, message_id: str, n: int, headers: dict[str, str] | None
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = INTAKE_ADDRESS
    msg["Subject"] = subject
    sent = datetime(2026, 3, 2, 8, 0, tzinfo=UTC) + timedelta(minutes=n)
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")  # as IMAP delivers


def order_mail(n: int, *, subject: str = "Bestilling av testtilgang RRH") -> bytes:
    """A complete order for a fictitious customer from vendor ``n``, as Outlook writes it."""
    v = vendor(n)
    body = (
        "Hei,\n\n"
        f"{v.company} er systemleverandør og ønsker tilgang til testmiljøet for API-ene i "
        "Register over reelle rettighetshavere. Vi ønsker å delegere tilgangen selv via en "
        "fiktiv virksomhet.\n\n"
        f"Organisasjonsnummer: {v.org_number}\n"
        f"Organisasjonsnavn: {v.company}\n"
        f"Kontaktperson: {v.contact}\n"
        f"E-post: {v.email}\n"
        f"Telefon: {v.phone}\n\n"
        "Gi beskjed om dere trenger noe mer fra oss.\n\n"
        f"Med vennlig hilsen\n\n{v.contact}\nTeknisk prosjektleder\n{v.company}\n"
    )
    return _message(f"{v.contact} <{v.email}>", subject, body, v.message_id, n, None)


def broken_mail(n: int) -> bytes:
    """An order whose subject the stories make the extractor crash on."""
    return order_mail(n, subject=BROKEN_SUBJECT)


def out_of_office(n: int) -> bytes:
    """An automatic reply: screened, never an order."""
    v = vendor(n)
    return _message(
        f"{v.contact} <{v.email}>",
        "Automatisk svar: Testtilgang RRH",
        f"Jeg er på ferie og tilbake mandag. Hilsen {v.contact}\n",
        f"<fravaer-{n:06d}@{v.email.split('@')[1]}>",
        n,
        {"Auto-Submitted": "auto-replied"},
    )


def question(n: int) -> bytes:
    """A vendor asking about the API: mail, but no order."""
    v = vendor(n)
    return _message(
        f"{v.contact} <{v.email}>",
        "Spørsmål om dokumentasjonen",
        "Hei,\n\nHvor finner vi dokumentasjonen av feilkodene i API-et? Vi fant den ikke på "
        f"nettsidene.\n\nHilsen\n{v.contact}\n",
        f"<sporsmal-{n:06d}@{v.email.split('@')[1]}>",
        n,
        None,
    )


@dataclass(frozen=True)
class Backlog:
    """A mailbox backlog: the mail in delivery order, and what each kind should become."""

    mails: list[bytes]
    order_vendors: list[int]  # one filed order each
    broken: int = 0  # mails that break the extractor (when it is made to): quarantined
    screened: int = 0
    questions: int = 0

    @property
    def orders(self) -> int:
        return len(self.order_vendors)


def backlog(count: int, *, start: int = 0, broken_every: int = 0) -> Backlog:
    """``count`` messages: mostly orders, every 10th an out-of-office, every 25th a question,
    and with ``broken_every`` every so many an order that breaks the extractor."""
    mails: list[bytes] = []
    orders: list[int] = []
    kinds = {"broken": 0, "screened": 0, "questions": 0}
    for n in range(start, start + count):
        if broken_every and n % broken_every == broken_every - 1:
            mails.append(broken_mail(n))
            kinds["broken"] += 1
        elif n % 10 == 9:
            mails.append(out_of_office(n))
            kinds["screened"] += 1
        elif n % 25 == 24:
            mails.append(question(n))
            kinds["questions"] += 1
        else:
            mails.append(order_mail(n))
            orders.append(n)
    return Backlog(mails, orders, **kinds)
