"""The intake commands a member of staff runs: ``ingest`` saved mail (twice, by mistake),
``orders export``, and ``quarantine list`` / ``replay`` once the bug is fixed. They run
in-process through the real command line parser, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from tests.intake.conftest import break_extractor
from tests.intake.mails import broken_mail, order_mail, out_of_office, vendor

Cli = Callable[..., tuple[int, str]]
"""``cli("orders", "export")``: run ``brreg-intake orders --config ... export``; (code, stdout)."""


@pytest.fixture
def cli(
    tmp_path: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    monkeypatch.delenv("BRREG_INTAKE_DATABASE_URL", raising=False)
    config = tmp_path / "brreg-intake.toml"
    config.write_text(f"[database]\nurl = {json.dumps(database_url)}\n", encoding="utf-8")

    def run(*argv: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main([*argv[:1], "--config", str(config), *argv[1:]])
        return code, capsys.readouterr().out

    return run


@pytest.fixture
def saved_mail(tmp_path: Path) -> Path:
    """A folder of .eml files a colleague saved from Outlook: three orders, an auto-reply,
    and one order that the (broken) extractor cannot handle."""
    folder = tmp_path / "lagret"
    folder.mkdir()
    mails = [order_mail(1), order_mail(2), out_of_office(3), broken_mail(4), order_mail(5)]
    for i, raw in enumerate(mails, start=1):
        (folder / f"{i:02d}.eml").write_bytes(raw)
    return folder


def test_ingesting_a_folder_twice_files_nothing_new_the_second_time(
    cli: Cli, saved_mail: Path
) -> None:
    code, out = cli("ingest", str(saved_mail))
    assert code == 0
    *files, summary = out.splitlines()
    assert summary == "ingested 5 file(s): new_order=4 screened=1"
    assert [line.rsplit("/", 1)[1] for line in files] == [
        "01.eml: new_order RRH-2026-0001", "02.eml: new_order RRH-2026-0002", "03.eml: screened",
        "04.eml: new_order RRH-2026-0003", "05.eml: new_order RRH-2026-0004",
    ]  # fmt: skip  (the references it filed, for staff to look up)

    code, out = cli("ingest", str(saved_mail))
    assert code == 0
    assert out.splitlines()[-1] == "ingested 5 file(s): duplicate=5"

    code, out = cli("orders", "export", "--format", "jsonl")
    orders = [json.loads(line) for line in out.splitlines()]
    assert len(orders) == 4


def test_orders_export_prints_one_json_object_per_order(cli: Cli, saved_mail: Path) -> None:
    cli("ingest", str(saved_mail))

    code, out = cli("orders", "export", "--format", "jsonl")

    assert code == 0
    orders = [json.loads(line) for line in out.splitlines()]
    assert [o["applicant"]["org_number"] for o in orders] == [
        vendor(n).org_number for n in (1, 2, 4, 5)
    ]
    assert len({o["reference"] for o in orders}) == 4
    assert all(o["reference"].startswith("RRH-") for o in orders)
    assert {o["status"] for o in orders} == {"ready"}
    assert [o["message_ids"] for o in orders] == [[vendor(n).message_id] for n in (1, 2, 4, 5)]


def test_a_quarantined_mail_is_listed_and_replayed_once_the_bug_is_fixed(
    cli: Cli, saved_mail: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as bug:
        break_extractor(bug)
        code, out = cli("ingest", str(saved_mail))
        assert out.splitlines()[-1] == "ingested 5 file(s): new_order=3 quarantined=1 screened=1"

        code, out = cli("quarantine", "list")
        assert code == 0
        [line] = out.splitlines()
        assert line.endswith("RuntimeError: the extractor broke on this message (test)")
        quarantine_id = line.split()[0]

        code, out = cli("quarantine", "replay", quarantine_id)  # still broken
        assert code == 1
        code, out = cli("quarantine", "list")
        assert len(out.splitlines()) == 1  # kept, for the next try

    code, out = cli("quarantine", "replay", quarantine_id)  # the fix is deployed

    assert code == 0
    assert out.startswith(f"replayed quarantine {quarantine_id}: new_order (RRH-")
    assert cli("quarantine", "list") == (0, "")
    _, out = cli("orders", "export", "--format", "jsonl")
    orders = [json.loads(line) for line in out.splitlines()]
    assert sorted(o["applicant"]["org_number"] for o in orders) == sorted(
        vendor(n).org_number for n in (1, 2, 4, 5)
    )
    code, out = cli("quarantine", "replay", quarantine_id)
    assert code == 1  # resolved: nothing to replay any more


def test_a_binary_file_is_not_filed_and_the_exit_status_says_so(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = tmp_path / "skjermbilde.eml"
    picture.write_bytes(bytes(range(256)) * 8)
    code, out = cli("ingest", str(picture))
    assert code == 1
    assert out.strip() == "ingested 0 file(s): (1 not filed)"
    assert main(["parse", str(picture)]) == 1
    assert "not an email" in capsys.readouterr().err
    assert cli("quarantine", "list") == (0, "")  # nothing filed


def test_replaying_a_still_unreadable_mail_keeps_it_quarantined(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.intake
    from parsers.extract import Extraction

    real = bot.intake.extract

    def unreadable(*args: object, **kwargs: object) -> Extraction:
        from dataclasses import replace

        return replace(real(*args, **kwargs), unreadable="not an email: binary content")  # type: ignore[arg-type]

    saved = tmp_path / "en.eml"
    saved.write_bytes(order_mail(1))
    with monkeypatch.context() as broken:
        broken.setattr(bot.intake, "extract", unreadable)
        cli("ingest", str(saved))
        code, out = cli("quarantine", "list")
        [line] = out.splitlines()
        code, _ = cli("quarantine", "replay", line.split()[0])
        assert code == 1
        code, out = cli("quarantine", "list")
        assert len(out.splitlines()) == 1  # still there for staff, not marked resolved


def test_the_readable_summary_keeps_to_one_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ugyldig: wrong check digit (mod 11)`` mixed Bokmål and English on one line."""
    saved = tmp_path / "feil-orgnr.eml"
    saved.write_bytes(
        b"From: kari@fjordsystemer.example.no\r\nTo: testtilgang@etat.example.no\r\n"
        b"Subject: Bestilling av testtilgang\r\nMessage-ID: <feil-1@fjordsystemer.example.no>\r\n"
        b"\r\nHei, vi vil bestille testtilgang med fiktiv kunde.\r\n"
        b"Org.nr 923456784, Fjordsystemer AS\r\n"
        b"Kontakt: Kari Nordmann, kari@fjordsystemer.example.no, 91234567\r\n"
    )
    assert main(["parse", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "(ugyldig: har feil kontrollsiffer)" in out and "check digit" not in out
    assert main(["parse", "--jsonl", str(saved)]) == 0
    assert "wrong check digit (mod 11)" in capsys.readouterr().out  # the code, in JSON
