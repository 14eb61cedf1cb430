"""`brreg-intake parse` as people and scripts use it: every file answered, bad input too."""

from __future__ import annotations

import email
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.commands.parse import parse_file
from parsers.api import parse_email
from tests.mail import make_mail

ORDER = make_mail(
    "Hei,\n\nVi ønsker en fiktiv virksomhet i testmiljøet.\nOrgnr: 974 760 673\nNavn: Fjellkode AS\n"
    "Kontaktperson: Nina Ny, nina@fjellkode.no\n",
    sender="Nina Ny <nina@fjellkode.no>",
)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_jsonl_answers_every_file_and_goes_on_after_bad_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [
        write(tmp_path, "a_order.eml", ORDER),
        write(tmp_path, "b_empty.eml", b""),
        write(tmp_path, "c_binary.eml", bytes(range(256)) * 4),
    ]
    assert main(["parse", "--jsonl", *map(str, files)]) == 1  # issue 10: bad files fail the run
    captured = capsys.readouterr()
    assert "b_empty.eml: empty file" in captured.err and "c_binary.eml: not an email" in captured.err
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["file"] for line in lines] == [str(f) for f in files]
    assert lines[0]["order_type"] == "fictitious_customer"
    assert lines[0]["missing"] == ["applicant.contact.phone"]
    assert lines[1]["error"] == "empty file"
    assert lines[2]["error"].startswith("not an email")


def test_a_missing_path_is_a_clear_error_before_any_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "order.eml", ORDER)
    assert main(["parse", "--jsonl", str(good), str(tmp_path / "nowhere.eml")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "nowhere.eml" in captured.err


def test_a_folder_gives_its_eml_files_in_name_order_and_json_is_an_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "2.eml", ORDER)
    write(tmp_path, "1.eml", ORDER)
    write(tmp_path, "notes.txt", b"not mail")
    assert main(["parse", "--json", str(tmp_path)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [Path(i["file"]).name for i in items] == ["1.eml", "2.eml"]


def test_the_readable_summary_names_what_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["parse", str(write(tmp_path, "order.eml", ORDER))])
    out = capsys.readouterr().out
    assert "fictitious_customer" in out
    assert "974760673" in out
    assert "— mangler" in out


def test_parse_needs_no_config_database_or_network(tmp_path: Path) -> None:
    path = write(tmp_path, "order.eml", ORDER)
    cli = Path(sys.executable).with_name("brreg-intake")
    proc = subprocess.run(
        [str(cli), "parse", "--jsonl", str(path)], cwd=tmp_path, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, check=True,
    )
    assert json.loads(proc.stdout)["applicant"]["org_number"] == "974760673"
    assert not (tmp_path / "var").exists()


def _stdlib_malformed() -> list[Path]:
    folder = Path(email.__file__).parent.parent / "test" / "test_email" / "data"
    return sorted(folder.glob("msg_*.txt"))


@pytest.mark.parametrize("path", _stdlib_malformed(), ids=lambda p: p.name)
def test_the_standard_librarys_malformed_messages_never_crash_parse(path: Path) -> None:
    result = parse_file(path)
    assert "order_type" in result or not result["error"].startswith(("Error", "Exception"))
    assert "Traceback" not in json.dumps(result)


def test_the_standard_librarys_malformed_messages_are_there() -> None:
    assert len(_stdlib_malformed()) >= 40


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash_the_parser(raw: bytes) -> None:
    extraction = parse_email(raw)
    assert extraction.unreadable is not None or extraction.to_dict()["order_type"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_orders_never_crash_the_parser(data: st.DataObject) -> None:
    raw = bytearray(ORDER)
    for _ in range(data.draw(st.integers(1, 20))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    parse_email(bytes(raw)).to_dict()
