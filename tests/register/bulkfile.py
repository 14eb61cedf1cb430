"""Generated bulk files in Enhetsregisteret's formats, streamed to disk (any size, flat memory).

``write_json_gz(path, n)`` writes what ``/enheter/lastned`` serves: a gzip'd JSON array of
entity objects with the fields the register fills in (addresses, industry codes, dates ...),
one in 50 bankrupt, one in 80 under liquidation. ``write_csv(path, n)`` writes the CSV file's
shape. Entity ``i`` has the ``i``-th mod-11-valid number from 810 000 000 and the name
``entity_name(i)`` (invented words).
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stdnum.no import orgnr

_WORDS = ("Fjell", "Bekk", "Havbris", "Lyng", "Tinde", "Skarv", "Nordvik", "Elve", "Myr", "Sol")
_TRADES = ("Data", "Regnskap", "Bygg", "Analyse", "Eiendom", "Konsult", "Lønn", "Transport")


def numbers() -> Iterator[str]:
    n = 810_000_000
    while True:
        if orgnr.is_valid(str(n)):
            yield str(n)
        n += 1


def entity_name(i: int) -> str:
    return f"{_WORDS[i % 10]}{_WORDS[(i // 10) % 10].lower()} {_TRADES[i % 8]} {i} AS".upper()


def entity(i: int, number: str) -> dict[str, Any]:
    return {
        "organisasjonsnummer": number,
        "navn": entity_name(i),
        "organisasjonsform": {
            "kode": "AS",
            "beskrivelse": "Aksjeselskap",
            "_links": {"self": {"href": "https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/AS"}},
        },
        "registreringsdatoEnhetsregisteret": "2019-08-21",
        "registrertIMvaregisteret": i % 3 == 0,
        "naeringskode1": {"kode": "62.010", "beskrivelse": "Programmeringstjenester"},
        "antallAnsatte": i % 40,
        "harRegistrertAntallAnsatte": True,
        "forretningsadresse": {
            "land": "Norge", "landkode": "NO", "postnummer": "0150", "poststed": "OSLO",
            "adresse": [f"Eksempelgata {i % 200 + 1}"], "kommune": "OSLO", "kommunenummer": "0301",
        },
        "institusjonellSektorkode": {"kode": "2100", "beskrivelse": "Private aksjeselskaper mv."},
        "registrertIForetaksregisteret": True,
        "registrertIStiftelsesregisteret": False,
        "registrertIFrivillighetsregisteret": False,
        "konkurs": i % 50 == 0,
        "underAvvikling": i % 80 == 0,
        "underTvangsavviklingEllerTvangsopplosning": False,
        "maalform": "Bokmål",
        "_links": {"self": {"href": f"https://data.brreg.no/enhetsregisteret/api/enheter/{number}"}},
    }  # fmt: skip


def write_json_gz(path: Path, count: int, *, level: int = 1) -> Path:
    """The JSON bulk file (one object per line inside the array, as the register's is not
    pretty-printed either way: ijson reads both)."""
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=level) as out:
        out.write("[")
        for i, number in zip(range(count), numbers(), strict=False):
            if i:
                out.write(",\n")
            out.write(json.dumps(entity(i, number), ensure_ascii=False))
        out.write("]")
    return path


CSV_HEADER = [
    "organisasjonsnummer", "navn", "organisasjonsform.kode", "organisasjonsform.beskrivelse",
    "registreringsdatoEnhetsregisteret", "forretningsadresse.poststed", "konkurs",
    "underAvvikling", "underTvangsavviklingEllerTvangsopplosning",
]  # fmt: skip


def write_csv(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for i, number in zip(range(count), numbers(), strict=False):
            writer.writerow([number, entity_name(i), "AS", "Aksjeselskap", "2019-08-21", "OSLO",
                             str(i % 50 == 0).lower(), str(i % 80 == 0).lower(), "false"])  # fmt: skip
    return path
