"""The cue file is policy that staff edit: a mistake in it stops start-up, naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.order_cues import CUES_FILE, load_order_cues
from rules.policy import PolicyError


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = CUES_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "order_cues.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_an_unknown_key_in_a_new_table_names_the_key(tmp_path: Path) -> None:
    path = _edited(tmp_path, "[relations]\n", "[relations]\ncustomer_of = [\"kunde av\"]\n")
    with pytest.raises(PolicyError, match=r"relations\.customer_of"):
        load_order_cues(path)


def test_a_confidence_outside_zero_to_one_is_refused(tmp_path: Path) -> None:
    path = _edited(tmp_path, "review_below = 0.6", "review_below = 6")
    with pytest.raises(PolicyError, match=r"confidence\.review_below"):
        load_order_cues(path)


def test_a_misspelt_cue_word_is_mended_into_a_word_of_the_file() -> None:
    lexicon = load_order_cues().lexicon
    assert lexicon.mend("Kontaktpreson og fikitv") == "Kontaktperson og fiktiv"
    assert lexicon.mend("Solbakken Marianne") == "Solbakken Marianne"  # names stay as written
    assert "delegate" in lexicon.concepts_in("tilgangen skal delegeres til oss")
    assert "customer" not in lexicon.concepts_in("uten å involvere kundene våre")


def test_names_and_inflections_are_not_mended() -> None:
    lexicon = load_order_cues().lexicon
    assert lexicon.mend("Kontakt: Per Olav Bakken") == "Kontakt: Per Olav Bakken"
    assert lexicon.mend("bestillingen av testtilgangen") == "bestillingen av testtilgangen"
