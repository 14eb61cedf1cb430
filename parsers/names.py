"""Enterprise and person names in free text.

Enterprise names come from spaCy's Norwegian tokenizer (``spacy.blank("nb")``, no trained
model) and a Matcher built from the legal forms and organisation words in order_cues.toml:
capitalised words ending in a legal form (``Aune & Holm Advokater AS``), words before or after
an organisation word (``Solvik kommune``, ``Foreininga Ope Eigarskap``). Person names are read
after a cue as a run of capitalised words (``Kontaktperson hos oss blir utvikler Ingrid
Solheim-Bakke``), skipping titles and small words in between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from parsers.order_cues import OrderCues, default_order_cues

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int
    end: int
    text: str
    rule: str


@cache
def _pipeline() -> tuple[Language, Matcher]:
    import spacy  # deferred: spaCy costs 1.5 s to import, and only the extractor needs it
    from spacy.matcher import Matcher

    nlp = spacy.blank("nb")
    cues = default_order_cues()
    forms = sorted(cues.legal_forms)
    org_words = sorted(cues.org_words)
    # A word of a name: capitalised (or "&"), and not a word that starts sentences and labels.
    # Token attributes, not a Python extension: the Matcher checks them without calling back.
    part: dict[str, Any] = {
        # Any lower-case first letter excludes the word: "Vi är X AB" (Swedish "är").
        "TEXT": {"REGEX": r"^(?:&|[^\W\d_a-zæøåäöüéèáàóòúùíìâêôçñß][\w'’.\-]*)$"},
        "LOWER": {"NOT_IN": sorted(cues.not_name_words)},
    }
    matcher = Matcher(nlp.vocab)
    matcher.add(
        "legal-form",
        [
            [{**part, "OP": "{1,6}"}, {"ORTH": {"IN": forms}}, {"ORTH": {"IN": forms}, "OP": "?"}],
            # "Steinvik Data A/S": the tokenizer splits A/S into three tokens.
            [{**part, "OP": "{1,6}"}, {"ORTH": "A"}, {"ORTH": "/"}, {"ORTH": "S"}],
            # "Sogn og Fjordane Revisjon SA", "Fagernes Regnskap og Rådgivning AS": a
            # lower-case "og" between name words.
            [
                {**part, "OP": "{1,3}"},
                {"LOWER": {"IN": ["og", "and"]}},
                {**part, "OP": "{1,4}"},
                {"ORTH": {"IN": forms}},
            ],
            # "Rypefjell Data as" mid-sentence: a lower-case form after two name words.
            # Not after a form already written: "uses Bryggeriet AS as its supplier".
            [
                {**part, "ORTH": {"NOT_IN": forms}, "OP": "{2,6}"},
                {"ORTH": {"IN": ["as", "asa"]}},
            ],
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "org-word",
        [
            [{**part, "OP": "{1,4}"}, {"LOWER": {"IN": org_words}}],
            [{"LOWER": {"IN": org_words}, "IS_TITLE": True}, {**part, "OP": "{1,3}"}],
            [{"LOWER": {"IN": org_words}, "IS_TITLE": True}, {"LOWER": "i"}, part],
            # "Tilsynet for pengeinnsamlinger", "Direktoratet for forvaltning"
            [
                {"LOWER": {"IN": org_words}, "IS_TITLE": True},
                {"LOWER": {"IN": ["for", "på"]}},
                {"IS_ALPHA": True, "IS_LOWER": True, "LENGTH": {">=": 4}},
            ],
        ],
        greedy="LONGEST",
    )
    return nlp, matcher


RENEW_AFTER = 2000
"""Texts read by one pipeline before it is built anew. spaCy keeps every new word of every
mail in its vocabulary (about 1.2 MB per 1,000 mails here) for as long as the pipeline lives,
and a running bot reads mail for months; a new pipeline costs 0.1 s, 0.05 ms a mail.
(spaCy's ``memory_zone`` frees the words too, but made parsing 40% slower here.)"""
_read = [0]  # texts read by the current pipeline


def find_org_names(text: str) -> list[NameSpan]:
    """Enterprise names in ``text``, longest first where they overlap, in text order."""
    _read[0] += 1
    if _read[0] > RENEW_AFTER:
        _pipeline.cache_clear()
        _read[0] = 1
    nlp, matcher = _pipeline()
    spans = []
    for offset, line in _lines_that_may_name(text):
        doc = nlp.make_doc(line)
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            spans.append(
                NameSpan(
                    offset + span.start_char, offset + span.end_char, span.text,
                    nlp.vocab.strings[match_id],
                )
            )  # fmt: skip
    spans = [_unwrapped(text, span) for span in spans]
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[NameSpan] = []
    for found in spans:
        if kept and found.start < kept[-1].end:
            continue
        kept.append(found)
    return kept


# The capitalised words that end a hard-wrapped prose line, after a small word or a comma:
# "... en av kundene våre, Fjellro\nUtleie AS (org.nr. ...)" names "Fjellro Utleie AS".
_WRAPPED_HEAD = re.compile(r"(?<=[\w,] )((?:[A-ZÆØÅ][\w&'.-]*[ ]){0,2}[A-ZÆØÅ][\w&'.-]*)[ ]?$")
_PROSE_LINE = 40  # a signature's "Kari Nordmann" line above "Fjellro AS" is no wrapped prose


def _unwrapped(text: str, span: NameSpan) -> NameSpan:
    """A name found at the start of a line that a hard wrap cut off from its first words."""
    if span.start == 0 or text[span.start - 1] != "\n":
        return span
    line_start = text.rfind("\n", 0, span.start - 1) + 1
    previous = text[line_start : span.start - 1]
    head = _WRAPPED_HEAD.search(previous)
    if len(previous) < _PROSE_LINE or head is None:
        return span
    words = head.group(1).split()
    if any(w.lower() in default_order_cues().not_name_words for w in words):
        return span
    start = line_start + head.start(1)
    return NameSpan(start, span.end, " ".join(text[start : span.end].split()), span.rule)


def _lines_that_may_name(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` (with their offsets) that hold a legal form or an organisation
    word: only there can the Matcher find a name. A newline is a token of its own to spaCy's
    tokenizer and matches no pattern, so no name crosses one, and the tokenizer cuts each
    line as it cuts it within the whole text: the same names, for a fraction of the work
    (most lines of a mail name nothing)."""
    anchor = _anchor()
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if anchor.search(line):
            found.append((offset, line))
        offset += len(line) + 1
    return found


@cache
def _anchor() -> re.Pattern[str]:
    """Any legal form or organisation word, case ignored, not inside a longer run of letters
    (looser than the Matcher's tokens: a line it passes over cannot match)."""
    cues = default_order_cues()
    words = {*cues.legal_forms, *cues.org_words, "as", "asa", "a/s"}
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.IGNORECASE)


_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "der", "den", "bin", "al", "el", "la", "le", "di"}
)
_STOP_PUNCT = ",;:()[]<>|–—/"


def person_name_after(text: str, cues: OrderCues, max_skip: int = 8) -> tuple[int, int] | None:
    """The span of a person's name at the start of ``text`` (after at most ``max_skip`` small
    words such as "er", "blir", "vår utvikler", "on our side will be our backend lead"), or
    None. A name has two to five words."""
    words = list(_WORD.finditer(text))
    # "Driftsavdelingen v/ Turid Lia": the person comes after "v/" (ved, attention of).
    via = next(
        (i for i, w in enumerate(words[:4]) if w.group().lower() in ("v/", "att:", "attn:")), None
    )
    if via is not None:
        words = words[via + 1 :]
    index = 0
    while index < len(words) and index < max_skip:
        word = words[index].group().strip(",:;-–()")
        if not word:
            index += 1
            continue
        if _is_title(word, cues) and index + 1 < len(words):
            index += 1  # "Statsautorisert revisor Kari Ås": titles, capitalised or not
            continue
        if word[:1].isupper():
            break
        if word.lower() in cues.placeholders:
            return None
        index += 1
    run = _name_run(text, words[index:], cues)
    if run is None and index < len(words) and index > 0:
        return _first_name_only(words, index, cues)
    return run


_COPULA = frozenset({"er", "blir", "vert", "is", "be", "will"})
_FIRST_NAME_END = re.compile(r"^[\w'’-]+(?=[,.;:–—]|$)")


def _first_name_only(
    words: list[re.Match[str]], index: int, cues: OrderCues
) -> tuple[int, int] | None:
    """ "Kontaktpersonen der blir Hilde – hun har fått beskjed": a contact given by first
    name only, right after "er"/"blir"/"is" and ending its clause, is recorded as written."""
    if words[index - 1].group().lower() not in _COPULA:
        return None
    word = words[index]
    bare = _FIRST_NAME_END.match(word.group())
    following = words[index + 1].group() if index + 1 < len(words) else ""
    if bare is None and following not in ("–", "—", "-"):
        return None
    name = bare.group() if bare else word.group()
    lower = name.lower()
    if not name[:1].isupper() or not _NAME_WORD.fullmatch(name) or len(name) < 3:
        return None
    if lower in cues.not_name_words or lower in cues.titles or name in cues.legal_forms:
        return None
    if lower in cues.org_words or lower in cues.placeholders:
        return None
    return word.start(), word.start() + len(name)


def _name_run(text: str, words: list[re.Match[str]], cues: OrderCues) -> tuple[int, int] | None:
    taken: list[re.Match[str]] = []
    for word in words:
        raw = word.group().lstrip("(")
        bare = raw.rstrip(_STOP_PUNCT + ".")
        upper = bare[:1].isupper()
        if not _NAME_WORD.fullmatch(bare or "-") or not (upper or (taken and bare in _PARTICLES)):
            break
        if bare in cues.legal_forms or bare.lower() in cues.org_words:
            return None  # "Kystlys Software AS" is an enterprise, not a person
        if not taken and bare.lower() in cues.not_name_words:
            return None
        taken.append(word)
        if len(taken) == 5 or raw != bare:
            break
    if len(taken) < 2:
        return None
    first = taken[0]
    start = first.start() + len(first.group()) - len(first.group().lstrip("("))
    end = taken[-1].start() + len(taken[-1].group().rstrip(_STOP_PUNCT + "."))
    return start, end


_BRIDGE = re.compile(r"^[\s,]*(?:[a-zæøå]+\s+){0,3}$")


def person_name_before(text: str, cues: OrderCues) -> tuple[int, int] | None:
    """A name that ends ``text`` but for a few small words: "kollegaen min Thomas Vang
    overtar som" (before "kontaktperson"), "Ola Nordmann blir"."""
    words = list(_WORD.finditer(text))
    for first in range(len(words) - 1, -1, -1):
        span = _name_run(text, words[first:], cues)
        if span is None:
            continue
        starts_run = first == 0 or not words[first - 1].group()[:1].isupper()
        if starts_run and _BRIDGE.match(text[span[1] :]):
            return span
        if not _BRIDGE.match(text[span[1] :]):
            return None
    return None


def clean_person_name(name: str, cues: OrderCues) -> str:
    """Drop titles and a trailing role in parentheses: "ansvarlig redaktør Trygve Løken",
    "IT-ansvarlig Kristian Bøe" (a title word before the name, also capitalised)."""
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip(" ,;:-–")
    words = [w for w in name.split() if w.lower().strip(",.") not in cues.titles or w[:1].isupper()]
    while len(words) > 2 and _is_title(words[0], cues):
        words = words[1:]
    return " ".join(words)


def _is_title(word: str, cues: OrderCues) -> bool:
    bare = word.lower().strip(",.").rsplit("-", 1)[-1]
    return bare in cues.titles or bare.endswith(cues.title_suffixes)


# Sloppy writers put everything in lower case: "vi i fjellkode as", "kontakt der er arne hoel".
# Only in a unit with no capital letter at all, and only with unambiguous legal forms
# ("da" and "sa" are everyday words).
_LOWER_FORMS = frozenset({"as", "asa", "ans", "nuf"})
_LOWER_CLAUSE_FORMS = frozenset({"sa", "da", "ba"})
_LOWER_WORD = re.compile(r"[a-zæøåé][a-zæøåé-]*")


def is_sloppy(text: str) -> bool:
    return not any(c.isupper() for c in text) and any(c.isalpha() for c in text)


def sloppy_org_names(text: str, cues: OrderCues) -> list[NameSpan]:
    """Lower-case enterprise names ending in a legal form, at most three words before it."""
    words = list(_WORD.finditer(text))
    found = []
    for i, word in enumerate(words):
        form = word.group().strip(".,;:()")
        ends = word.group() != word.group().rstrip(".,;:)") or i + 1 == len(words)
        # "sa", "da", "ba" are everyday words too: a form only at the end of a clause.
        if form not in _LOWER_FORMS and not (form in _LOWER_CLAUSE_FORMS and ends):
            continue
        j, opened = i, 0
        while j > 0 and i - j < 3:
            prev = words[j - 1].group()
            if prev.startswith("(") and _LOWER_WORD.fullmatch(prev[1:]):
                j, opened = j - 1, 1  # "(brimstein it as, orgnr ...)": the name opens there
                break
            if prev != prev.strip(".,;:()") or not _LOWER_WORD.fullmatch(prev):
                break
            if prev in cues.function_words:
                break
            j -= 1
        if j < i:
            start = words[j].start() + (opened if j < i else 0)
            end = word.start() + len(word.group().rstrip(".,;:()"))
            found.append(NameSpan(start, end, text[start:end], "lower-case-name"))
    return found


def sloppy_person_after(text: str, cues: OrderCues) -> tuple[int, int] | None:
    """Two or three lower-case words after small words: "der er arne hoel mob ..."."""
    if is_placeholder(text, cues):
        return None
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words) and i < 6 and _skippable(words[i].group().strip(",:;-"), cues):
        i += 1
    taken = []
    for word in words[i : i + 3]:
        bare = word.group().rstrip(",.;:")
        if not _LOWER_WORD.fullmatch(bare) or bare in cues.function_words:
            break
        taken.append(word)
        if bare != word.group():
            break
    if len(taken) < 2:
        return None
    return taken[0].start(), taken[-1].start() + len(taken[-1].group().rstrip(",.;:"))


def _skippable(word: str, cues: OrderCues) -> bool:
    """A small word or a title before a lower-case name ("blir sjefen min per olav")."""
    return not word or word in cues.function_words or word in cues.titles or _is_title(word, cues)


_CAPITALISED_RUN = re.compile(
    r"(?<![\w@.])[A-ZÆØÅ][\w'’-]+(?:\s+(?:[A-ZÆØÅ][\w'’-]+|van|von|de|der|den)){1,3}"
)
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ö": "o", "ä": "a", "ü": "u"})


def name_of_address(text: str, address: str, cues: OrderCues) -> tuple[int, int] | None:
    """The span of a person's name in ``text`` that the address is made of ("Ørjan Lid" for
    orjan.lid@...): a contact named without a label is still tied to their address."""
    local = [t for t in re.split(r"[._+-]", address.split("@", 1)[0].lower()) if t]
    if not local:
        return None
    for match in _CAPITALISED_RUN.finditer(text):
        words = [w for w in match.group().split() if w.lower() not in cues.titles]
        if any(w.lower() in cues.not_name_words or w in cues.legal_forms for w in words):
            continue
        folded = [w.lower().translate(_FOLD) for w in words]
        first, last = local[0], local[-1]
        if (first == folded[0] and (len(local) == 1 or last == folded[-1])) or (
            len(local) == 1 and first == folded[0][0] + folded[-1]
        ):
            start = match.start() + match.group().find(words[0])
            return start, match.end()
    return None


def is_placeholder(text: str, cues: OrderCues) -> bool:
    """ "TBC", "(kommer)", "ikke avklart ennå": written where a value should be, not a value."""
    bare = re.sub(r"[\s().,:;!–—-]+", " ", text).strip().lower()
    return not bare or any(bare == p or bare.startswith(p + " ") for p in cues.placeholders)
