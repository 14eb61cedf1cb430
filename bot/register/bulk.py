"""Reading Enhetsregisteret's bulk files as a stream of ``EntityRow`` (bounded memory).

The JSON file (``/enheter/lastned``, gzip, a JSON array of entity objects) is read with
ijson's C parser one object at a time; the CSV file (``/enheter/lastned/csv``) with the csv
module. Gzip or not is told by the first bytes; JSON or CSV by the first character (``[``).
A record that is not an entity (no nine-digit number) is skipped and counted; a file that is
cut short or not JSON/CSV raises BulkFileError (the caller's transaction then keeps the old
copy).
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ijson

from bot.register.entity import NotAnEntityError, csv_columns, csv_row, entity_row
from storage.register import EntityRow

GZIP_MAGIC = b"\x1f\x8b"
READ_BUFFER = 1 << 16  # ijson's C parser slows down a lot with larger buffers (measured)


class BulkFileError(ValueError):
    """The file is no bulk file or is cut short (``str()`` says where)."""


@dataclass
class BulkFile:
    """One bulk file; iterate ``rows()`` once. ``skipped`` counts records that were no entity."""

    path: Path
    skipped: int = 0

    def rows(self) -> Iterator[EntityRow]:
        with io.BufferedReader(io.FileIO(self.path, "r"), READ_BUFFER) as handle:
            if handle.peek(2)[:2] == GZIP_MAGIC:
                with gzip.GzipFile(fileobj=handle, mode="rb") as unzipped:
                    yield from self._read(unzipped)
            else:
                yield from self._read(handle)

    def _read(self, raw: Any) -> Iterator[EntityRow]:
        head = raw.peek(64)[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
        try:
            if head.startswith(b"["):
                yield from self._json(raw)
            else:
                yield from self._csv(raw)
        except ijson.JSONError as exc:
            raise BulkFileError(f"not valid JSON: {exc}".splitlines()[0]) from None
        except (csv.Error, UnicodeDecodeError, EOFError, OSError, zlib.error) as exc:
            raise BulkFileError(f"unreadable: {exc}") from None

    def _json(self, raw: Any) -> Iterator[EntityRow]:
        for item in ijson.items(raw, "item", use_float=True, buf_size=READ_BUFFER):
            if not isinstance(item, dict):
                self.skipped += 1
                continue
            try:
                row = entity_row(item)
            except NotAnEntityError:
                self.skipped += 1
                continue
            yield row

    def _csv(self, raw: Any) -> Iterator[EntityRow]:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        first = text.readline()
        delimiter = ";" if first.count(";") > first.count(",") else ","
        header = next(csv.reader([first], delimiter=delimiter))
        columns = csv_columns(header)
        for cells in csv.reader(text, delimiter=delimiter):
            try:
                row = csv_row(cells, columns)
            except NotAnEntityError:
                self.skipped += 1
                continue
            yield row

