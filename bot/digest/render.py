"""The digest as mail: a subject, plain text and HTML from Jinja2 templates, and a CSV of the
ready orders, packed as the outbox body of kind ``digest``.

Templates live in ``bot/digest/templates`` with the Norwegian words (``words.toml``). HTML
templates (``*.html.j2``) are autoescaped: every piece of vendor text is escaped. Every value
a template prints passes ``rules.text_safety.shown`` first (the environment's ``finalize``):
no control, escape, bidi or line-separator character and no national id reaches the digest;
the CSV's cells pass ``spreadsheet_cell`` (no formulas). The HTML
uses tables and inline styles only (Outlook renders it; no classes, no external images,
fonts or links), so opening it loads nothing from the network.

Display formats: org numbers ``912 345 672``, phones in the international format of
``phonenumbers`` (``+47 912 34 567``), times in the digest's time zone (``kl. 07.05``).
"""

from __future__ import annotations

import csv
import io
import json
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from bot.digest.content import Digest, Problem, ReadyOrder
from rules.fields import FieldPath
from rules.text_safety import shown, spreadsheet_cell

TEMPLATES = Path(__file__).with_name("templates")
CSV_FILENAME = "klare-bestillinger.csv"
CSV_DELIMITER = ";"  # what Excel expects with Norwegian regional settings


@dataclass(frozen=True, slots=True)
class RenderedDigest:
    subject: str
    text: str
    html: str
    csv: str

    def outbox_body(self) -> str:
        """The outbox body agreed for kind ``digest``: JSON with text, html and attachments."""
        attachment = {"filename": CSV_FILENAME, "content_type": "text/csv", "content": self.csv}
        return json.dumps(
            {"text": self.text, "html": self.html, "attachments": [attachment]},
            ensure_ascii=False,
        )


@cache
def words() -> dict[str, Any]:
    with (TEMPLATES / "words.toml").open("rb") as handle:
        return tomllib.load(handle)


def render(digest: Digest, *, page_url: str = "") -> RenderedDigest:
    """``page_url``: the review page's base URL (``web.base_url``); each order links to it."""
    env = environment(ZoneInfo(digest.timezone))
    page = page_url.rstrip("/")
    context = {"d": digest, "w": words(), "notes": ready_notes(digest), "page": page}
    return RenderedDigest(
        subject=" ".join(env.get_template("subject.txt.j2").render(context).split()),
        text=env.get_template("digest.txt.j2").render(context),
        html=env.get_template("digest.html.j2").render(context),
        csv=ready_csv(digest, ZoneInfo(digest.timezone)),
    )


def environment(zone: ZoneInfo) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=shown_value,
    )
    env.filters.update(
        orgnr=format_org_number,
        phone=format_phone,
        value=format_value,
        when=lambda at: format_when(at, zone),
        day=format_day,
        field=field_label,
        problem=problem_text,
        flag=lambda flag: words()["flags"].get(flag, flag),
        review_reason=review_reason_text,
        otype=lambda t: words()["order_types"].get(str(t), str(t)),
        status=lambda s: words()["statuses"].get(str(s), str(s)),
        hours=lambda h: f"{h:.0f}",
    )
    return env


def shown_value(value: Any) -> Any:
    """What a template prints: text as ``rules.text_safety.shown`` makes it, one line each.
    Markup (a macro's output) was made of values that passed here already."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return shown(value)
    return value


def ready_notes(digest: Digest) -> dict[str, list[str]]:
    """What the attention section says about each ready order, to show on its card too: its
    flags, possible duplicates, and fields the thread contradicted itself on."""
    w = words()
    notes: dict[str, list[str]] = {}
    for flagged in digest.flagged:
        notes.setdefault(flagged.reference, []).extend(
            w["flags"].get(flag, flag) for flag in flagged.flags
        )
    for group in digest.duplicates:
        for reference in group.references:
            others = ", ".join(r for r in group.references if r != reference)
            notes.setdefault(reference, []).append(f"{w['notes']['duplicate']} {others}")
    for unsure in digest.unsure:
        fields = ", ".join(dict.fromkeys(field_label(c.path).lower() for c in unsure.conflicts))
        notes.setdefault(unsure.reference, []).append(f"{w['notes']['unsure']} {fields}")
    return notes


def format_org_number(value: str) -> str:
    """``912345672`` as ``912 345 672``; anything else unchanged."""
    return f"{value[:3]} {value[3:6]} {value[6:]}" if len(value) == 9 and value.isdigit() else value


def format_phone(value: str) -> str:
    """E.164 in the international format (``+47 912 34 567``); unparsable text unchanged."""
    try:
        number = phonenumbers.parse(value, "NO")
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def format_value(value: str, path: FieldPath) -> str:
    if path.leaf == "org_number":
        return format_org_number(value)
    if path.leaf == "phone":
        return format_phone(value)
    if path is FieldPath.LEGAL_BASIS:
        return str(words()["legal_bases"].get(value, value))
    return value


def format_day(day: date) -> str:
    """``mandag 2. mars 2026``"""
    w = words()
    return f"{w['weekdays'][day.weekday()]} {day.day}. {w['months'][day.month - 1]} {day.year}"


def format_when(at: datetime | None, zone: ZoneInfo) -> str:
    """``2. mars 2026 kl. 07.05`` in ``zone``; ``–`` for no time."""
    if at is None:
        return "–"
    local = at.astimezone(zone)
    return f"{local.day}. {words()['months'][local.month - 1]} {local.year} kl. {local:%H.%M}"


def review_reason_text(reason: str) -> str:
    """Why the reader sent a mail to staff, in Bokmål (words.toml [review_reasons]; a reason
    not listed there is said with the ``other`` words, never in English)."""
    table = words()["review_reasons"]
    return str(table.get(reason, table["other"]))


def field_label(path: FieldPath | str) -> str:
    return str(words()["fields"].get(str(path), str(path)))


def problem_text(problem: Problem) -> str:
    """``Kontaktperson, telefon: er for kort`` (plain words, no value)."""
    w = words()
    if problem.reason is None:
        reason = w["problems"]["missing"]
    else:
        reason = w["problems"].get(problem.reason) or w["problems_by_leaf"].get(
            problem.path.leaf, w["problems"]["other"]
        )
    return f"{field_label(problem.path)}: {reason}"


CSV_PATHS = tuple(p for p in FieldPath if p is not FieldPath.ORDER_TYPE)


def ready_csv(digest: Digest, zone: ZoneInfo) -> str:
    """The ready orders, one row each, values as shown in the digest. A text cell that a
    spreadsheet would read as a formula gets a leading apostrophe (OWASP CSV injection)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    headers = ["Referanse", "Type", *(field_label(p) for p in CSV_PATHS), "Emne", "Mottatt"]
    writer.writerow(headers + _register_headers())
    for order in digest.ready:
        row = _csv_row(order, zone) + _register_names(digest, order.reference)
        writer.writerow([spreadsheet_cell(c) for c in row])
    return out.getvalue()


_REGISTER_PATHS = (FieldPath.APPLICANT_ORG_NUMBER, FieldPath.CUSTOMER_ORG_NUMBER)


def _register_headers() -> list[str]:
    """The register's names go last, so the columns before them keep their places."""
    return [words()["register"]["csv_applicant"], words()["register"]["csv_customer"]]


def _register_names(digest: Digest, reference: str) -> list[str]:
    lines = {line.path: line for line in digest.register.get(reference, ())}
    return [(line.registered_name or "") if (line := lines.get(p)) else "" for p in _REGISTER_PATHS]


def _csv_row(order: ReadyOrder, zone: ZoneInfo) -> list[str]:
    values = {f.path: format_value(f.value, f.path) for f in order.fields}
    return [
        order.reference,
        str(words()["order_types"].get(str(order.order_type), str(order.order_type))),
        *(values.get(p, "") for p in CSV_PATHS),
        order.subject or "",
        format_when(order.arrived_at, zone) if order.arrived_at else "",
    ]
