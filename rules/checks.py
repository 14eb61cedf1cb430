"""Value checks and normal forms: org numbers (mod 11), phones (E.164), email syntax.

Each ``normalize_*`` turns text as written into the stored form, or None when the text holds no
such value; each ``*_problem`` says why a stored value is invalid, or None when it is valid.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.no import orgnr

DEFAULT_REGION = "NO"
_NON_DIGITS = re.compile(r"\D")


def normalize_org_number(text: str) -> str | None:
    """Nine digits with separators and an ``NO ... MVA`` wrapper removed, else None."""
    digits = _NON_DIGITS.sub("", text)
    return digits if len(digits) == 9 else None


def org_number_problem(value: str) -> str | None:
    if not re.fullmatch(r"[0-9]{9}", value):
        return "not nine digits"
    if not orgnr.is_valid(value):
        return "wrong check digit (mod 11)"
    return None


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str | None:
    """E.164 for a number as written; a number without a country code is Norwegian.

    An impossible number (too short, say) still gets its E.164 form so that it can be shown
    back to the sender; ``phone_problem`` flags it.
    """
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)  # pure; an order is evaluated several times on its way
def phone_problem(value: str) -> str | None:
    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return "not a phone number"
    if phonenumbers.is_valid_number(number):
        return None
    # Abroad, a number phonenumbers does not know may still be real (test and drama ranges,
    # new series): it passes when it has the length of that country's fixed-line or mobile
    # numbers. A four-digit German "+491234" has neither; Norway's plan is checked strictly.
    if number.country_code != 47:
        if _subscriber_length(number):
            return None
        lengths = _subscriber_lengths(number) or frozenset({0})
        short = len(phonenumbers.national_significant_number(number)) < min(lengths)
        return "too short" if short else "wrong number of digits"
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.TOO_SHORT:
        return "too short"
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        return "too long"
    if reason == phonenumbers.ValidationResult.INVALID_LENGTH:
        return "wrong number of digits"
    return "not a number in use"


def _subscriber_lengths(number: phonenumbers.PhoneNumber) -> frozenset[int] | None:
    """Lengths of fixed-line and mobile numbers in the number's country (None: no plan)."""
    region = phonenumbers.region_code_for_country_code(number.country_code or 0)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return None
    def of(*descs: phonenumbers.PhoneNumberDesc | None) -> frozenset[int]:
        return frozenset(n for d in descs if d is not None for n in d.possible_length if n > 0)

    return of(metadata.fixed_line, metadata.mobile) or of(metadata.general_desc)


def _subscriber_length(number: phonenumbers.PhoneNumber) -> bool:
    lengths = _subscriber_lengths(number)
    if lengths is None:  # a country code without a known plan: any possible length
        return bool(phonenumbers.is_possible_number(number))
    return len(phonenumbers.national_significant_number(number)) in lengths


def normalize_email(text: str) -> str:
    """The address as written, trimmed and lower-cased (kept even when malformed)."""
    return text.strip().strip("<>").strip().lower()


@lru_cache(maxsize=4096)
def email_problem(value: str) -> str | None:
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None
