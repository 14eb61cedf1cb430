"""Finders for values in free text: organisation numbers, phone numbers, email addresses.

Each finder returns ``Found`` spans over the text it is given, with the value in its stored
form (nine digits; E.164; lower-cased address) and the name of the rule that found it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from rules.checks import DEFAULT_REGION, normalize_email, normalize_org_number, normalize_phone
from rules.national_id import find_national_ids


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: str
    raw: str
    rule: str


_SEP = r"(?:[ .\u00a0]|\r?\n)?"  # a hard-wrapped mail may break a number over two lines
# 3-3-3 digits with optional single separators, optionally in VAT form "NO ... MVA".
_ORG_NUMBER = re.compile(
    rf"(?<![\d+\-/])(?:NO{_SEP})?\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{3}}(?:{_SEP}MVA)?"
    r"(?![\d#]|[ .\u00a0\-]\d)",
)
# Labels of numbers that look like org numbers but are not (meeting ids, references, invoices).
_NOT_ORG_CONTEXT = re.compile(
    r"(?:ref\.?|referanse|id|møte-id|konferanse-id|faktura\w*|invoice|kid|konto\w*|account|"
    r"saksnr\.?|sak|ordre\w*|kundenummer|customer number)\W{0,3}$",
    re.IGNORECASE,
)


def find_org_numbers(text: str) -> list[Found]:
    """Nine-digit numbers in org-number form, not parts of phones, ids or account numbers."""
    found = []
    for match in _ORG_NUMBER.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        if _NOT_ORG_CONTEXT.search(before) or re.search(r"\d[ .\u00a0]$", before):
            continue  # a label saying it is something else, or the tail of a longer number
        value = normalize_org_number(match.group())
        if value:
            rule = "org-number-vat" if "MVA" in match.group() else "org-number"
            found.append(Found(match.start(), match.end(), value, match.group(), rule))
    return found


# Tolerant on purpose: a doubled @, a comma for a dot or a missing top-level domain are
# reported as written so that the sender can be asked to correct them.
_EMAIL = re.compile(r"[\w.+'-]+@@?[\w-]+(?:[.,]+[\w-]+)*", re.UNICODE)


def find_emails(text: str) -> list[Found]:
    found = []
    for match in _EMAIL.finditer(text):
        raw = match.group().rstrip(".,-")
        if "@" not in raw.strip("@"):
            continue
        found.append(
            Found(match.start(), match.start() + len(raw), normalize_email(raw), raw, "email")
        )
    return found


# A run of digits after a phone label that phonenumbers does not accept (too short, say).
_DIGIT_RUN = re.compile(r"(?:\+|00)?\d[\d \u00a0\-]{4,16}\d")


def find_phones(text: str) -> list[Found]:
    """Phone numbers by phonenumbers' matcher (possible numbers; Norwegian by default)."""
    found = []
    ids = find_national_ids(text)
    matcher = phonenumbers.PhoneNumberMatcher(
        text, DEFAULT_REGION, leniency=phonenumbers.Leniency.POSSIBLE
    )
    for match in matcher:
        if any(s.start <= match.start < s.end for s in ids):
            continue
        value = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        found.append(Found(match.start, match.end, value, match.raw_string, "phone-matcher"))
    return found


def phone_after_label(value_text: str, offset: int) -> Found | None:
    """The digits following a phone label, even when they cannot be a real number."""
    match = _DIGIT_RUN.search(value_text)
    if not match or len(re.sub(r"\D", "", match.group())) < 5:
        return None
    value = normalize_phone(match.group())
    if value is None:
        return None
    return Found(offset + match.start(), offset + match.end(), value, match.group(), "phone-label")
