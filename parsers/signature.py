"""Find the signature at the end of a mail's new text.

The signature starts at the LAST sign-off line ("Med vennlig hilsen", "Mvh", "Hilsen Line",
"Best regards", "Thanks,") or "-- " delimiter (RFC 3676 section 4.3) and runs to the end of the
text. A sign-off a few lines above a delimiter opens the signature ("Mvh" / "-- " / name).
Client boilerplate ("Sendt fra min iPhone") is the signature only when nothing else is.

Deliberately narrow (facts.md: mail-parser-reply's rule swallows these): a paragraph starting
with "Takk" ("Takk på forhånd!") and bulleted lists ("- org.nr") are never sign-offs; a sign-off
line holds the phrase and at most a short name, nothing else.
"""

from __future__ import annotations

import re

from parsers.history_cues import Cues, default_cues

# A delimiter this close below a sign-off belongs to it ("Mvh\n-- \nKari").
_SIGN_OFF_REACH = 6
# How many filled lines from the end a bare name ("Eirik") may stand.
_NAME_REACH = 3


def find_signature(text: str, sender_name: str = "", cues: Cues | None = None) -> str:
    """The trailing signature block of ``text`` (starting with its sign-off line), or "".

    Without a sign-off, a short line near the end made only of words of ``sender_name`` (the
    From display name) opens the signature: many replies end in just "Eirik".
    """
    cues = cues or default_cues()
    lines = text.split("\n")
    start = _signature_start(lines, cues)
    if start is None or (lines[start].strip() and _is_device(lines[start], cues)):
        start = _name_line(lines, sender_name, before=start) or start
    if start is None:
        return ""
    return "\n".join(lines[start:]).strip()


def _signature_start(lines: list[str], cues: Cues) -> int | None:
    sign_off = delimiter = device = None
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line or len(line) > 80:
            continue
        if cues.sign_off.match(line):
            sign_off = index
        elif any(p.match(line) for p in cues.delimiters):
            delimiter = index
        elif any(p.match(line) for p in cues.devices):
            device = index
    if delimiter is not None and (sign_off is None or delimiter > sign_off):
        near = sign_off is not None and delimiter - sign_off <= _SIGN_OFF_REACH
        return sign_off if near else delimiter
    if sign_off is not None:
        return sign_off
    return device


def _is_device(line: str, cues: Cues) -> bool:
    return any(p.match(line.strip()) for p in cues.devices)


def _name_line(lines: list[str], sender_name: str, before: int | None) -> int | None:
    """The first of the last few filled lines that is nothing but the sender's name words."""
    names = set(_words(sender_name))
    if not names:
        return None
    end = len(lines) if before is None else before
    filled = [i for i in range(end) if lines[i].strip()][-_NAME_REACH:]
    for index in filled:
        words = _words(lines[index])
        if words and len(words) <= 4 and set(words) <= names:
            return index
    return None


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
