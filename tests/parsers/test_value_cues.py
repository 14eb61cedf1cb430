"""The value cue file is read strictly: a typo in a key stops start-up and names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.value_cues import CUES_FILE, load_value_cues
from rules.policy import PolicyError


def test_the_shipped_cue_file_loads() -> None:
    cues = load_value_cues()
    assert cues.phone_word.search("Tlf.: 412 34 567")
    assert cues.org_foreign.search("USt-ID:")
    assert cues.region_of_word["sverige"] == "SE"


def test_an_unknown_key_names_the_file_and_the_key(tmp_path: Path) -> None:
    broken = tmp_path / "value_cues.toml"
    broken.write_text(CUES_FILE.read_text(encoding="utf-8").replace("short_labels", "short_lables"))
    with pytest.raises(PolicyError) as caught:
        load_value_cues(broken)
    assert caught.value.key == "phone.short_lables"
    assert caught.value.path == str(broken)


def test_a_region_must_be_a_country_code(tmp_path: Path) -> None:
    broken = tmp_path / "value_cues.toml"
    broken.write_text(CUES_FILE.read_text(encoding="utf-8") + '\n[region.extra]\n')
    with pytest.raises(PolicyError):
        load_value_cues(broken)
