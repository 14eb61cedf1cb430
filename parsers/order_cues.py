"""Cue words and patterns for the extractor, from patterns/order_cues.toml (strict loader)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from parsers.lexicon import Lexicon
from rules.policy import PolicyError, load_toml, reject_unknown

CUES_FILE = Path(__file__).with_name("patterns") / "order_cues.toml"
CONCEPTS = (
    "fictitious",
    "delegate",
    "customer",
    "us",
    "ourselves",
    "existing",
    "uncertain",
    "negation",
)
CONFIDENCE_KEYS = (
    "request",
    "order_block_with_question",
    "answer_with_order_details",
    "not_an_order",
    "order_like_facts",
    "review_below",
    "type_words",
    "type_direct",
    "type_both_sides",
    "type_weak_words",
    "type_structure",
    "type_none",
    "field_strong",
    "field_inferred",
    "field_header",
    "field_other",
    "signature_factor",
)
_MENDED_TABLES = ("labels", "roles", "order_types", "self")

_SCHEMA: dict[str, tuple[str, ...]] = {
    "labels": ("org_number", "org_name", "person", "email", "phone", "legal_basis", "order_kind"),
    "roles": ("customer", "own", "vendor", "test", "production", "same_person", "on_behalf"),
    "names": ("not_name_words", "function_words", "name_intro"),
    "self": ("phrases", "links", "pronouns", "subjects"),
    "switchboard": ("phrases",),
    "sender": ("role_mailboxes",),
    "columns": ("test", "production"),
    "relations": (
        "client",
        "parent",
        "vendor_of_ours",
        "chosen",
        "latter",
        "client_after",
        "own_after",
        "client_verbs",
        "client_preps",
    ),
    "placeholders": ("phrases",),
    "titles": ("words", "suffixes"),
    "legal_forms": ("words", "org_words"),
    "legal_basis": (
        "reporting_entity",
        "public_authority",
        "media",
        "civil_society",
        "higher_education",
    ),
    "order_types": ("fictitious_customer", "existing_customer", "direct_access", "undecided"),
    "regex": ("request", "ask", "favour", "production", "not_requested", "auto_reply"),
    "scope": ("third_party",),
    "lexicon": ("words",),
    "confidence": CONFIDENCE_KEYS,
    "field_rules": ("strong", "inferred", "header"),
    "concepts": CONCEPTS,
}


def phrase_regex(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive alternation; a phrase matches only as whole words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in ordered)
    if not ordered:
        return re.compile(rf"(?<![\w@.-])(?:{body})(?![\w@-])", re.IGNORECASE)
    # The first-letter class makes most positions fail on one test instead of every phrase.
    first = _initials(tuple(ordered))
    return re.compile(rf"(?<![\w@.-])(?={first})(?:{body})(?![\w@-])", re.IGNORECASE)


@dataclass(frozen=True)
class OrderCues:
    """Compiled cue patterns; ``labels``, ``roles`` and the like map a kind to its regex."""

    labels: dict[str, re.Pattern[str]]
    roles: dict[str, re.Pattern[str]]
    self_contact: re.Pattern[str]
    switchboard: re.Pattern[str]
    role_mailboxes: frozenset[str]
    column_roles: dict[str, str]  # a table column header (lower case) -> the role it names
    relations: dict[str, re.Pattern[str]]
    client_via: re.Pattern[str]  # "leverer <up to three words> til" right before a name
    placeholders: frozenset[str]
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]
    not_name_words: frozenset[str]
    function_words: frozenset[str]
    name_intro: re.Pattern[str]
    legal_forms: frozenset[str]
    org_words: frozenset[str]
    legal_basis: dict[str, re.Pattern[str]]
    order_types: dict[str, re.Pattern[str]]
    request: tuple[re.Pattern[str], ...]
    ask: tuple[re.Pattern[str], ...]
    favour: tuple[re.Pattern[str], ...]  # a question asking the register to act
    third_party: re.Pattern[str]
    production: tuple[re.Pattern[str], ...]
    not_requested: tuple[re.Pattern[str], ...]
    auto_reply: tuple[re.Pattern[str], ...]
    lexicon: Lexicon
    confidence: dict[str, float]
    field_rules: dict[str, str]  # evidence rule -> strong, inferred or header

    @property
    def production_any(self) -> re.Pattern[str]:
        return _any_of(self.production)

    @property
    def not_requested_any(self) -> re.Pattern[str]:
        return _any_of(self.not_requested)

    @property
    def request_any(self) -> re.Pattern[str]:
        return _any_of(self.request)

    @property
    def ask_any(self) -> re.Pattern[str]:
        return _any_of(self.ask)


@cache
def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One alternation of ``patterns`` (all case-insensitive): one scan instead of many."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(path, key, "must be a list of strings")
    return tuple(value)


def _regexes(path: Path, key: str, value: Any) -> tuple[re.Pattern[str], ...]:
    out = []
    for item in _strings(path, key, value):
        try:
            out.append(re.compile(item, re.IGNORECASE))
        except re.error as exc:
            raise PolicyError(path, key, f"bad regular expression {item!r}: {exc}") from None
    return tuple(out)


def load_order_cues(path: Path = CUES_FILE) -> OrderCues:
    """Read and compile the cue file; PolicyError names the file and key of any fault."""
    data = load_toml(path)
    reject_unknown(path, data, _SCHEMA)
    tables: dict[str, dict[str, tuple[str, ...]]] = {}
    for table, keys in _SCHEMA.items():
        raw = data.get(table)
        if not isinstance(raw, dict):
            raise PolicyError(path, table, "missing table")
        reject_unknown(path, raw, keys, prefix=f"{table}.")
        if table not in ("regex", "confidence"):
            tables[table] = {k: _strings(path, f"{table}.{k}", raw.get(k, [])) for k in keys}
    rx = data["regex"]

    def compiled(table: str) -> dict[str, re.Pattern[str]]:
        return {k: phrase_regex(v) for k, v in tables[table].items()}

    return OrderCues(
        labels=compiled("labels"),
        roles=compiled("roles"),
        self_contact=_self_contact(tables),
        switchboard=phrase_regex(tables["switchboard"]["phrases"]),
        relations=compiled("relations"),
        client_via=_client_via(tables["relations"]),
        column_roles={
            w.lower(): role for role, words in tables["columns"].items() for w in words
        },
        role_mailboxes=frozenset(w.lower() for w in tables["sender"]["role_mailboxes"]),
        placeholders=frozenset(p.lower() for p in tables["placeholders"]["phrases"]),
        titles=frozenset(w.lower() for w in tables["titles"]["words"]),
        title_suffixes=tuple(w.lower() for w in tables["titles"]["suffixes"]),
        not_name_words=frozenset(w.lower() for w in tables["names"]["not_name_words"]),
        function_words=frozenset(w.lower() for w in tables["names"]["function_words"]),
        name_intro=phrase_regex(tables["names"]["name_intro"]),
        legal_forms=frozenset(tables["legal_forms"]["words"]),
        org_words=frozenset(w.lower() for w in tables["legal_forms"]["org_words"]),
        legal_basis=compiled("legal_basis"),
        order_types=compiled("order_types"),
        request=_regexes(path, "regex.request", rx.get("request", [])),
        ask=_regexes(path, "regex.ask", rx.get("ask", [])),
        favour=_regexes(path, "regex.favour", rx.get("favour", [])),
        third_party=phrase_regex(tables["scope"]["third_party"]),
        production=_regexes(path, "regex.production", rx.get("production", [])),
        not_requested=_regexes(path, "regex.not_requested", rx.get("not_requested", [])),
        auto_reply=_regexes(path, "regex.auto_reply", rx.get("auto_reply", [])),
        lexicon=_lexicon(tables),
        confidence=_confidence(path, data["confidence"]),
        field_rules={rule: kind for kind, rules in tables["field_rules"].items() for rule in rules},
    )


def _self_contact(tables: dict[str, dict[str, tuple[str, ...]]]) -> re.Pattern[str]:
    """The listed phrases, or any contact label linked to a first-person word: "Kontaktperson
    blir meg", "Testansvarlig hos oss: undertegnede", "Contact person will be me"."""
    labels = tables["labels"]["person"] + tables["roles"]["test"] + tables["roles"]["production"]
    label = "|".join(_words(w) for w in sorted(set(labels), key=len, reverse=True))
    links = "|".join(_words(w) for w in sorted(set(tables["self"]["links"]), key=len, reverse=True))
    me = "|".join(_words(w) for w in tables["self"]["pronouns"])
    side = r"(?:\s+(?:hos|hjå|for|on|at|i)\s+(?:oss|us|our\s+side|vår\s+side|meg))?"
    # A first-letter class before each alternation: most positions fail on one test.
    linked = (
        rf"(?<![\w@.-])(?={_initials(labels)})(?:{label}){side}\s*(?::|(?:{links})\b)\s*"
        rf"(?:{me})(?![\w@-])"
    )
    subjects = "|".join(_words(w) for w in tables["self"]["subjects"])
    # The other way round: "Æ e kontaktperson sjøl", "Jeg blir testansvarlig", "I am the contact".
    said = (
        rf"(?<![\w@.-])(?={_initials(tables['self']['subjects'])})(?:{subjects})\s+(?:{links})\s+"
        rf"(?:the\s+|our\s+|en\s+)?"
        rf"(?:{label})(?![\w@-])"
    )
    listed = phrase_regex(tables["self"]["phrases"]).pattern
    return re.compile(f"{listed}|{linked}|{said}", re.IGNORECASE)


def _initials(phrases: tuple[str, ...]) -> str:
    letters = {p[0].lower() for p in phrases if p} | {p[0].upper() for p in phrases if p}
    return "[" + "".join(re.escape(c) for c in sorted(letters)) + "]"


def _words(phrase: str) -> str:
    return re.escape(phrase).replace("\\ ", r"\s+")


def _client_via(relations: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in relations["client_verbs"])
    preps = "|".join(re.escape(p) for p in relations["client_preps"])
    return re.compile(
        rf"\b(?:{verbs})\b(?:\s+[^\s.,;:!?]+){{0,3}}?\s+(?:{preps})[\s,:]*$", re.IGNORECASE
    )


def _confidence(path: Path, raw: dict[str, Any]) -> dict[str, float]:
    out = {}
    for key in CONFIDENCE_KEYS:
        value = raw.get(key)
        if not isinstance(value, int | float) or not 0 <= value <= 1:
            raise PolicyError(path, f"confidence.{key}", "must be a number from 0 to 1")
        out[key] = float(value)
    return out


def _lexicon(tables: dict[str, dict[str, tuple[str, ...]]]) -> Lexicon:
    """Mend into the listed words and every word of the phrase tables; concepts as listed."""
    words = {w.lower() for w in tables["lexicon"]["words"]}
    for table in _MENDED_TABLES:
        for phrases in tables[table].values():
            words |= {w.lower() for p in phrases for w in re.findall(r"[^\W\d_]+", p)}
    concepts = {k: tuple(s.lower() for s in v) for k, v in tables["concepts"].items()}
    return Lexicon(frozenset(words), concepts)


@cache
def default_order_cues() -> OrderCues:
    return load_order_cues()
