"""Loaded only by the crash tests' ``brreg-intake`` processes (this folder is put on their
PYTHONPATH): the extractor raises for mail whose subject is ``BROKEN_SUBJECT``, so a real
``poll --once`` meets "a message that breaks the code" and must quarantine it.

Runs at interpreter start, before ``bot.intake`` imports ``extract`` by name.
"""

from __future__ import annotations

from typing import Any

import parsers.extract
from parsers.extract import Extraction
from parsers.letter import Letter

BROKEN_SUBJECT = "FEILTEST ødelagt bestilling"  # tests.intake.mails.BROKEN_SUBJECT
_real_extract = parsers.extract.extract


def _extract(letter: Letter, *args: Any, **kwargs: Any) -> Extraction:
    if letter.subject == BROKEN_SUBJECT:
        raise RuntimeError("the extractor broke on this message (crash test)")
    return _real_extract(letter, *args, **kwargs)


parsers.extract.extract = _extract
