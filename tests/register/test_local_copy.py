"""The bulk import and the local copy as a register, on generated files in the real format."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.register.bulk import BulkFile, BulkFileError
from bot.register.local import LocalRegister
from rules.register import RegisterStatus
from storage.register import RegisterEntity, import_entities
from tests.register.bulkfile import entity_name, numbers, write_csv, write_json_gz
from tests.register.server import underenhet


def _import(sessions: sessionmaker[Session], path: Path, *, sub_units: bool = False) -> int:
    with sessions.begin() as session:
        return import_entities(session, BulkFile(path).rows(), sub_units=sub_units)


def _sub_units(path: Path, *pairs: tuple[str, str]) -> Path:
    path.write_text(json.dumps([underenhet(n, "AVDELING TEST", parent) for n, parent in pairs]))
    return path


def test_a_gzip_json_bulk_file_is_imported_and_answers_lookups(database: sessionmaker[Session], tmp_path: Path) -> None:
    first, second, *_ = islice(numbers(), 101)
    assert _import(database, write_json_gz(tmp_path / "enheter.json.gz", 101)) == 101
    _import(database, _sub_units(tmp_path / "underenheter.json"), sub_units=True)
    register = LocalRegister(database)
    active = register.lookup(second)
    assert (active.status, active.name) == (RegisterStatus.ACTIVE, entity_name(1))
    assert register.lookup(first).status is RegisterStatus.BANKRUPT  # entity 0: i % 50 == 0
    assert register.lookup("999999999").status is RegisterStatus.UNKNOWN


def test_the_csv_bulk_file_gives_the_same_entities(database: sessionmaker[Session], tmp_path: Path) -> None:
    assert _import(database, write_csv(tmp_path / "enheter.csv", 60)) == 60
    with database() as session:
        assert session.scalar(select(func.count()).select_from(RegisterEntity)) == 60
        row = session.get(RegisterEntity, next(islice(numbers(), 3, None)))
        assert row is not None and row.name == entity_name(3)


def test_an_import_replaces_the_copy_and_keeps_the_sub_units(database: sessionmaker[Session], tmp_path: Path) -> None:
    first, _second, third = islice(numbers(), 3)
    _import(database, write_json_gz(tmp_path / "big.json.gz", 3))
    _import(database, _sub_units(tmp_path / "underenheter.json", ("980000006", first)), sub_units=True)
    _import(database, write_json_gz(tmp_path / "small.json.gz", 1))
    register = LocalRegister(database)
    assert register.lookup(third).status is RegisterStatus.UNKNOWN  # gone from the new file
    sub_unit = register.lookup("980000006")
    assert sub_unit.status is RegisterStatus.SUB_UNIT
    assert sub_unit.parent_name == entity_name(0)


def test_records_that_are_no_entity_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "mixed.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        json.dump([{"organisasjonsnummer": "12"}, "text", {"organisasjonsnummer": next(numbers()), "navn": "X AS"}], out)
    bulk = BulkFile(path)
    assert [r.name for r in bulk.rows()] == ["X AS"]
    assert bulk.skipped == 2


def test_an_empty_local_copy_never_says_unknown(database: sessionmaker[Session], tmp_path: Path) -> None:
    register = LocalRegister(database)
    assert register.lookup(next(numbers())).status is RegisterStatus.NOT_CHECKED
    _import(database, write_json_gz(tmp_path / "enheter.json.gz", 2))
    # without the sub-units a missing number may be a sub-unit: still not known to be unknown
    assert register.lookup("999999999").status is RegisterStatus.NOT_CHECKED


def test_a_truncated_file_fails_the_import_and_keeps_the_old_copy(database: sessionmaker[Session], tmp_path: Path) -> None:
    whole = write_json_gz(tmp_path / "enheter.json.gz", 50)
    _import(database, whole)
    cut = tmp_path / "cut.json.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(BulkFileError):
        _import(database, cut)
    with database() as session:
        assert session.scalar(select(func.count()).select_from(RegisterEntity)) == 50
