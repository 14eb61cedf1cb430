"""Words as a reader sees them: typos mended against the cue vocabulary, concepts by stem.

Vendors misspell the very words the cues look for (``fikitv``, ``delgere``,
``Kontaktpreson``, ``Telfonnr``). ``mend`` rewrites a word that is one edit (two for words
of twelve letters or more) away from a cue word into that word, so the cue patterns read
the text as meant.
Only words of at least five letters are mended, into cue words of at least six letters,
so names and short function words stay as written. ``concepts_in`` says which concepts of
the cue file's ``[concepts]`` table a text names, by the Snowball stem of each word: the
inflections ``delegere``/``delegeres``/``delegering``/``delegated`` all name *delegate*.
A concept's entry of three letters or fewer (``oss``, ``us``) matches only that word.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]
from rapidfuzz.distance import OSA

_WORD = re.compile(r"(?<![\w@.\-/])[^\W\d_]{5,}(?![\w@\-/]|\.\w)")
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_STEMMER = snowballstemmer.stemmer("norwegian")
_IN_NAME = re.compile(r"[A-ZÆØÅ][\w'’-]*[ \t]+$")


def _allowed_edits(word: str) -> int:
    return 1 if len(word) < 12 else 2


class Lexicon:
    """The cue vocabulary (for mending typos) and the concept stems (for reading meaning)."""

    def __init__(self, vocabulary: frozenset[str], concepts: dict[str, tuple[str, ...]]) -> None:
        self.vocabulary = vocabulary
        by_length: dict[int, list[str]] = {}
        for word in (w for w in vocabulary if len(w) >= 6):
            by_length.setdefault(len(word), []).append(word)
        self._by_length = {n: tuple(sorted(ws)) for n, ws in by_length.items()}
        # (form, exact): an entry of three letters or fewer is a whole word, else a stem.
        self.concepts = {
            name: tuple((s, True) if len(s) <= 3 else (_STEMMER.stemWord(s), False) for s in stems)
            for name, stems in concepts.items()
        }
        self._mend_word = lru_cache(maxsize=20_000)(self._nearest)
        self._concepts_of = lru_cache(maxsize=20_000)(self._word_concepts)

    def mend(self, text: str) -> str:
        """``text`` with each misspelt cue word replaced by the cue word it was meant as. A
        capitalised word right after another ("Per Olav Bakken") is a name: never mended."""
        return _WORD.sub(self._mend_match, text)

    def _mend_match(self, match: re.Match[str]) -> str:
        word = match.group()
        if word[0].isupper() and _IN_NAME.search(match.string, 0, match.start()):
            return word
        return self._mend_word(word)

    def _nearest(self, word: str) -> str:
        lower = word.lower()
        if lower in self.vocabulary:
            return word
        edits = _allowed_edits(lower)
        best: tuple[int, str] | None = None
        for length in range(len(lower) - edits, len(lower) + edits + 1):
            for candidate in self._by_length.get(length, ()):
                if candidate[0] != lower[0] and candidate[:2] != lower[:2][::-1]:
                    continue  # typos keep the first letter; the prefilter keeps this cheap
                distance = OSA.distance(lower, candidate, score_cutoff=edits)
                if distance <= edits and (best is None or distance < best[0]):
                    best = (distance, candidate)
        if best is None or _STEMMER.stemWord(lower) == _STEMMER.stemWord(best[1]):
            return word  # no cue word near, or only an inflection of one: as written
        return best[1].capitalize() if word[0].isupper() else best[1]

    def negated_in(self, text: str) -> frozenset[str]:
        """The concepts ``text`` names only right after a negation (see ``concepts_in``)."""
        named = self.concepts_in(text)
        every: set[str] = set()
        for token in _TOKEN.findall(text.lower()):
            every |= self._concepts_of(token)
        return frozenset(every - named)

    def concepts_in(self, text: str) -> frozenset[str]:
        """The concepts named in ``text`` (already mended), by the stems of its words. A
        concept within three words after a negation ("ikke via kunde", "not through a
        customer", "uten å involvere kundene") is not named; the negation concept is."""
        found: set[str] = set()
        negated_until = -1
        for index, token in enumerate(_TOKEN.findall(text.lower())):
            concepts = self._concepts_of(token)
            if "negation" in concepts:
                negated_until = index + 3
                found.add("negation")
            elif index > negated_until:
                found |= concepts
        return frozenset(found)

    def _word_concepts(self, token: str) -> frozenset[str]:
        stem = _STEMMER.stemWord(token)
        return frozenset(
            name
            for name, stems in self.concepts.items()
            if any(token == form if exact else stem.startswith(form) for form, exact in stems)
        )
