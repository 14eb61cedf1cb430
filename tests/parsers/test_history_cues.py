"""The history cue file is data read by a strict loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.history_cues import DEFAULT_CUES, default_cues, load_cues
from rules.policy import PolicyError


def _copy_with(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_CUES.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "history.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_shipped_cue_file_loads_once() -> None:
    assert default_cues() is default_cues()
    assert default_cues().sign_off.match("Med vennlig hilsen")


def test_an_unknown_key_names_the_file_and_the_key(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "[forward]\n", "[forward]\nmarkerz = []\n")
    with pytest.raises(PolicyError) as caught:
        load_cues(path)
    assert caught.value.key == "forward.markerz"
    assert str(path) in str(caught.value)


def test_an_unknown_table_is_refused(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "[forward]\n", "[extra]\nx = 1\n\n[forward]\n")
    with pytest.raises(PolicyError, match=r"'extra'"):
        load_cues(path)


def test_a_regex_that_does_not_compile_is_refused(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "'^begin forwarded message", "'^(begin forwarded message")
    with pytest.raises(PolicyError, match=r"forward\.markers"):
        load_cues(path)


def test_a_missing_key_is_refused(tmp_path: Path) -> None:
    text = DEFAULT_CUES.read_text(encoding="utf-8")
    start = text.index("forward_subject =")
    path = tmp_path / "history.toml"
    path.write_text(text[:start] + text[text.index("\n", start) + 1 :], encoding="utf-8")
    with pytest.raises(PolicyError, match=r"outlook\.forward_subject"):
        load_cues(path)
