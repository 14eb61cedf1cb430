"""The enterprise-name finder: the lines it reads, and a vocabulary that does not grow for the
life of a running bot."""

from __future__ import annotations

import pytest

from parsers import names


def _vocabulary_size() -> int:
    nlp, _ = names._pipeline()
    return len(nlp.vocab.strings)


def _growth_over(texts: int) -> int:
    """How much the vocabulary grew while reading ``texts`` mails full of new words."""
    names.find_org_names("Fjordlys Data AS")
    sizes = []
    for n in range(texts):
        names.find_org_names(f"Bestilt av Kode{n}x Data AS, ordre{n}, saksnummer{n}q")
        sizes.append(_vocabulary_size())
    return max(sizes) - sizes[0]


def test_a_name_is_found_on_its_line_and_placed_in_the_whole_text() -> None:
    text = "Hei,\n\nvi er en leverandør.\nSøker: Nordlys Regnskap AS, Bergen\nHilsen Kari\n"

    [found] = names.find_org_names(text)

    assert found.text == "Nordlys Regnskap AS"
    assert text[found.start : found.end] == "Nordlys Regnskap AS"
    assert found.rule == "legal-form"


def test_a_line_without_a_legal_form_or_organisation_word_is_not_read() -> None:
    text = "Ola Nordmann\nFjellvegen 3\nTelefon 912 34 567\n"

    assert names._lines_that_may_name(text) == []
    assert names.find_org_names(text) == []


def test_the_pipeline_is_built_anew_so_new_words_are_not_kept_forever(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names._pipeline.cache_clear()
    monkeypatch.setattr(names, "RENEW_AFTER", 10**9)
    kept = _growth_over(60)

    names._pipeline.cache_clear()
    monkeypatch.setattr(names, "RENEW_AFTER", 10)
    renewed = _growth_over(60)

    per_mail = kept / 60
    assert per_mail >= 3  # every mail brings new words, and all of them stay
    assert renewed <= 11 * per_mail  # at most about ten mails' words before a new pipeline
