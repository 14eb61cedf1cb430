"""The change feed keeps the local copy current; the commands and the [register] config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.cli import main
from bot.config import ConfigError, RegisterSource, parse_config
from bot.register.api import ApiRegister
from bot.register.bulk import BulkFile
from bot.register.feed import update_from_feeds
from bot.register.local import LocalRegister
from rules.register import RegisterStatus
from storage.register import SYNC_BULK, SYNC_SUB_UNITS, import_entities, record_sync
from tests.register.bulkfile import write_json_gz
from tests.register.numbers import ACTIVE, BANKRUPT, DELETED, REMOVED
from tests.register.server import FakeRegister, enhet, json_answer


def _changes(*rows: tuple[int, str, str]) -> dict[str, object]:
    return {
        "_embedded": {"oppdaterteEnheter": [
            {"oppdateringsid": i, "dato": "2026-12-02T05:00:00.000Z", "organisasjonsnummer": n,
             "endringstype": kind} for i, n, kind in rows
        ]},
        "page": {"size": 100, "totalElements": len(rows), "totalPages": 1, "number": 0},
    }  # fmt: skip


def test_the_feed_applies_new_changed_deleted_and_removed_entities(
    database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister, tmp_path: Path
) -> None:
    with database.begin() as session:
        import_entities(session, BulkFile(write_json_gz(tmp_path / "e.json.gz", 2)).rows(), sub_units=False)
        record_sync(session, SYNC_SUB_UNITS, rows=0)
    api_server.queue(
        "/oppdateringer/enheter",
        json_answer(_changes((501, ACTIVE, "Ny"), (502, BANKRUPT, "Endring"))),
        json_answer(_changes((503, DELETED, "Sletting"), (504, REMOVED, "Fjernet"))),
        json_answer({"page": {"size": 100, "totalElements": 0, "totalPages": 0, "number": 0}}),
    )
    api_server.entity(enhet(ACTIVE, "NYSTARTET AS"))
    api_server.entity(enhet(BANKRUPT, "GAMMEL AS", konkurs=True))

    report = update_from_feeds(database, api)

    assert (report.changes, report.pages) == (4, 2)
    local = LocalRegister(database)
    assert local.lookup(ACTIVE).name == "NYSTARTET AS"
    assert local.lookup(BANKRUPT).status is RegisterStatus.BANKRUPT
    assert local.lookup(DELETED).status is RegisterStatus.DELETED
    assert local.lookup(REMOVED).status is RegisterStatus.REMOVED
    # The first page asked from the bulk file's day; the next ones after the last id seen.
    feed = [p for p in api_server.requests if "/oppdateringer/enheter" in p]
    assert "dato=" in feed[0] and "oppdateringsid=503" in feed[1] and "oppdateringsid=505" in feed[2]


def test_the_feed_waits_for_a_bulk_import(database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister) -> None:
    report = update_from_feeds(database, api)
    assert report.changes == 0 and report.error
    assert api_server.requests == []


def test_the_feed_stops_when_the_register_is_down_and_keeps_its_place(
    database: sessionmaker[Session], api: ApiRegister, api_server: FakeRegister
) -> None:
    with database.begin() as session:
        record_sync(session, SYNC_BULK, rows=0)
        record_sync(session, "feed_enheter", position=700)
    api_server.down = True
    report = update_from_feeds(database, api)
    assert report.error == "HTTP 503"
    api_server.down = False
    api_server.requests.clear()
    update_from_feeds(database, api)
    assert "oppdateringsid=701" in api_server.requests[0]


def test_register_import_and_lookup_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/db.sqlite3"\n')
    bulk = write_json_gz(tmp_path / "enheter.json.gz", 5)
    subs = tmp_path / "underenheter.json"
    subs.write_text(json.dumps([]))
    assert main(["register", "import", str(bulk), "--config", str(config)]) == 0
    assert main(["register", "import", str(subs), "--config", str(config)]) == 0
    assert main(["register", "lookup", "999 999 999", "--config", str(config)]) == 0
    assert "999999999 unknown" in capsys.readouterr().out


def test_a_broken_bulk_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/db.sqlite3"\n')
    broken = tmp_path / "enheter.json"
    broken.write_text('[{"organisasjonsnummer": "921000009", "navn": ')
    assert main(["register", "import", str(broken), "--config", str(config)]) == 1
    assert "cannot be imported" in capsys.readouterr().err


def test_the_register_section_is_read_strictly() -> None:
    config = parse_config({"register": {"source": "api", "concurrency": 2}}, "c.toml")
    assert config.register.source is RegisterSource.API
    with pytest.raises(ConfigError, match=r"register\.sources"):
        parse_config({"register": {"sources": "api"}}, "c.toml")
    with pytest.raises(ConfigError, match=r"register\.api_url"):
        parse_config({"register": {"api_url": "http://data.example.no/api"}}, "c.toml")
    with pytest.raises(ConfigError, match=r"register\.concurrency"):
        parse_config({"register": {"concurrency": 0}}, "c.toml")
