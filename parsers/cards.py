"""Calendar files and vCards a person attaches, as the text a reader sees in them.

A vendor may put the whole order in the description of a calendar entry (RFC 5545: folded
lines, escaped commas and newlines) or the contact in a vCard (RFC 6350 / 2426: FN, ORG,
EMAIL, TEL, possibly as a ``tel:`` URI). Both are turned into plain lines the extractor
already reads: the description's text, and a labelled contact line
``Kontaktperson hos <ORG>: <FN>`` with ``E-post:`` and ``Telefon:`` below it.
"""

from __future__ import annotations

import re

CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})
VCARD_TYPES = frozenset({"text/vcard", "text/x-vcard", "text/directory"})
CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb")
VCARD_SUFFIXES = (".vcf", ".vcard")

_FOLD = re.compile(r"\r?\n[ \t]")
_ESCAPE = re.compile(r"\\([nN,;\\])")


def is_card(content_type: str, filename: str) -> bool:
    name = filename.lower()
    return (
        content_type in CALENDAR_TYPES | VCARD_TYPES
        or name.endswith(CALENDAR_SUFFIXES)
        or name.endswith(VCARD_SUFFIXES)
    )


def card_text(raw: str) -> str:
    """The readable text of a calendar file or vCard; "" when it is neither."""
    lines = _FOLD.sub("", raw).splitlines()
    if any(line.upper().startswith("BEGIN:VCARD") for line in lines):
        return _vcard(lines)
    if any(line.upper().startswith("BEGIN:VCALENDAR") for line in lines):
        return _calendar(lines)
    return ""


def _property(line: str) -> tuple[str, str]:
    """(name, value) of a content line ``NAME;PARAM=x:value`` (parameters dropped)."""
    head, _, value = line.partition(":")
    return head.partition(";")[0].upper(), value


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _calendar(lines: list[str]) -> str:
    parts = []
    for line in lines:
        name, value = _property(line)
        if name in ("SUMMARY", "DESCRIPTION", "COMMENT"):
            parts.append(_unescape(value).strip())
    return "\n\n".join(p for p in parts if p)


def _vcard(lines: list[str]) -> str:
    fields: dict[str, str] = {}
    for line in lines:
        name, value = _property(line)
        value = _unescape(value).strip()
        if name == "TEL":
            value = re.sub(r"^tel:", "", value, flags=re.IGNORECASE).replace("-", " ")
        if name == "ORG":
            value = value.split(";")[0].strip()
        if value and name not in fields:
            fields[name] = value
    person = fields.get("FN")
    if not person:
        return ""
    label = f"Kontaktperson hos {fields['ORG']}" if "ORG" in fields else "Kontaktperson"
    out = [f"{label}: {person}"]
    if "EMAIL" in fields:
        out.append(f"E-post: {fields['EMAIL']}")
    if "TEL" in fields:
        out.append(f"Telefon: {fields['TEL']}")
    return "\n".join(out)
