"""What Enhetsregisteret says about an organisation number, and what that means for an order.

Pure: the register adapters (``bot.register``) turn the register's answers into a
``RegisterAnswer``; ``judge`` says what one answer means for the order field that holds the
number: the value is invalid (unknown, deleted, removed: the vendor is asked), staff must look
(bankrupt, under liquidation, a sub-unit, the written name is another enterprise's), or all is
well. How names are compared is data (``register.toml``, read strictly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

from rules.fields import FieldPath
from rules.policy import PolicyError, load_toml, reject_unknown

DEFAULT_NAME_POLICY = Path(__file__).with_name("register.toml")


class RegisterStatus(StrEnum):
    """The one word for an answer; ``not_checked`` means the register could not be asked."""

    ACTIVE = "active"
    DELETED = "deleted"  # 200 with slettedato
    REMOVED = "removed"  # 410: removed for legal reasons
    UNKNOWN = "unknown"  # 404 on both /enheter and /underenheter
    SUB_UNIT = "sub_unit"  # an underenhet (a branch) of another enterprise
    BANKRUPT = "bankrupt"
    UNDER_LIQUIDATION = "under_liquidation"  # voluntary or compulsory
    NOT_CHECKED = "not_checked"  # the register did not answer usably (down, slow, garbage)


@dataclass(frozen=True, slots=True)
class RegisterAnswer:
    """The register's answer for one number. ``parent_*`` for a sub-unit; ``problem`` says
    why an answer is ``not_checked`` (no personal data, e.g. "HTTP 503")."""

    org_number: str
    status: RegisterStatus
    name: str | None = None
    org_form: str | None = None
    parent_number: str | None = None
    parent_name: str | None = None
    deleted_on: date | None = None
    problem: str | None = None

    @property
    def checked(self) -> bool:
        return self.status is not RegisterStatus.NOT_CHECKED


def not_checked(org_number: str, problem: str) -> RegisterAnswer:
    return RegisterAnswer(org_number, RegisterStatus.NOT_CHECKED, problem=problem)


def status_of_entity(
    *,
    deleted: bool,
    bankrupt: bool,
    under_liquidation: bool,
    sub_unit: bool,
) -> RegisterStatus:
    """The status of an entity the register knows, the gravest fact first."""
    if deleted:
        return RegisterStatus.DELETED
    if bankrupt:
        return RegisterStatus.BANKRUPT
    if under_liquidation:
        return RegisterStatus.UNDER_LIQUIDATION
    if sub_unit:
        return RegisterStatus.SUB_UNIT
    return RegisterStatus.ACTIVE


# ---------------------------------------------------------------------------- meaning


class Meaning(StrEnum):
    """What an answer means for the order field holding the number."""

    FINE = "fine"
    INVALID = "invalid"  # the value is invalid with ``reason``; the vendor is asked
    FLAG = "flag"  # staff must look (``flag``)
    PENDING = "pending"  # not checked yet; retried later


# Invalid reasons, in English like rules.checks' (replies and the digest translate them).
REASON_UNKNOWN = "not in Enhetsregisteret"
REASON_DELETED = "deleted in Enhetsregisteret"
REASON_REMOVED = "removed from Enhetsregisteret"
REGISTER_REASONS = frozenset({REASON_UNKNOWN, REASON_DELETED, REASON_REMOVED})
_INVALID = {
    RegisterStatus.UNKNOWN: REASON_UNKNOWN,
    RegisterStatus.DELETED: REASON_DELETED,
    RegisterStatus.REMOVED: REASON_REMOVED,
}
# Flags are "register_<what>_<party>", e.g. register_bankrupt_customer (digest words.toml).
FLAG_PREFIX = "register_"
_FLAG_WHAT = {
    RegisterStatus.BANKRUPT: "bankrupt",
    RegisterStatus.UNDER_LIQUIDATION: "liquidation",
    RegisterStatus.SUB_UNIT: "sub_unit",
}
NAME_MISMATCH = "name_mismatch"
ORG_NUMBER_PATHS = (FieldPath.APPLICANT_ORG_NUMBER, FieldPath.CUSTOMER_ORG_NUMBER)


def register_flag(what: str, path: FieldPath) -> str:
    """``register_<what>_<party>``: the party is the first part of ``path``."""
    return f"{FLAG_PREFIX}{what}_{path.value.split('.', 1)[0]}"


def is_register_flag(flag: str) -> bool:
    return flag.startswith(FLAG_PREFIX)


@dataclass(frozen=True, slots=True)
class Finding:
    """What one answer means for the number at ``path``: a meaning, the invalid ``reason``,
    the ``flags`` for staff, and the name score when a name was compared."""

    path: FieldPath
    meaning: Meaning
    reason: str | None = None
    flags: tuple[str, ...] = ()
    name_score: float | None = None


def judge(
    path: FieldPath,
    answer: RegisterAnswer,
    written_name: str | None,
    policy: NamePolicy | None = None,
) -> Finding:
    """What ``answer`` means for the number at ``path`` whose party is called ``written_name``.

    Unknown, deleted, removed: invalid with that reason. Not checked: pending. Otherwise
    flags: the status (bankrupt, liquidation, sub-unit) and a name mismatch when a written name
    differs from the register's (for a sub-unit, from both its own and its parent's name).
    """
    if answer.status is RegisterStatus.NOT_CHECKED:
        return Finding(path, Meaning.PENDING)
    if answer.status in _INVALID:
        return Finding(path, Meaning.INVALID, reason=_INVALID[answer.status])
    flags: list[str] = []
    if answer.status in _FLAG_WHAT:
        flags.append(register_flag(_FLAG_WHAT[answer.status], path))
    score = None
    if written_name and answer.name:
        policy = policy or default_name_policy()
        names = [answer.name] + ([answer.parent_name] if answer.parent_name else [])
        score = max(policy.score(written_name, name) for name in names)
        if not any(policy.same(written_name, name) for name in names):
            flags.append(register_flag(NAME_MISMATCH, path))
    return Finding(path, Meaning.FLAG if flags else Meaning.FINE, flags=tuple(flags),
                   name_score=score)  # fmt: skip


# ---------------------------------------------------------------------------- names


_PUNCTUATION = re.compile(r"[^\w&+]+")


@dataclass(frozen=True, slots=True)
class NamePolicy:
    """How written and registered names are compared (``register.toml``)."""

    mismatch_below: float
    legal_form_must_match: bool
    legal_forms: tuple[tuple[str, str], ...]  # (written spelling, code), longest first
    and_words: frozenset[str]

    def normalise(self, name: str) -> tuple[str, str | None]:
        """The name without punctuation, case and legal form, "and" words unified; and the
        legal form's code when the name carries one."""
        text = " " + " ".join(_PUNCTUATION.sub(" ", name.lower().replace("&", " & ")).split())
        text += " "
        form = None
        for spelling, code in self.legal_forms:
            needle = f" {spelling} "
            if needle in text:
                text = text.replace(needle, " ")
                form = form or code
        words = ["og" if word in self.and_words else word for word in text.split()]
        return " ".join(words), form

    def score(self, written: str, registered: str) -> float:
        """0-100: how alike the two names are, legal forms and case set aside."""
        a, _ = self.normalise(written)
        b, _ = self.normalise(registered)
        return float(fuzz.token_sort_ratio(a, b))

    def same(self, written: str, registered: str) -> bool:
        """True when the written name is taken to be the registered one."""
        (a, form_a), (b, form_b) = self.normalise(written), self.normalise(registered)
        if self.legal_form_must_match and form_a and form_b and form_a != form_b:
            return False
        return float(fuzz.token_sort_ratio(a, b)) >= self.mismatch_below


_POLICY_KEYS = ("mismatch_below", "legal_form_must_match", "legal_forms", "and_words")


def load_name_policy(path: Path = DEFAULT_NAME_POLICY) -> NamePolicy:
    """Read ``register.toml`` strictly (unknown keys and wrong types raise PolicyError)."""
    data = load_toml(path)
    reject_unknown(path, data, _POLICY_KEYS)
    threshold = data.get("mismatch_below")
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise PolicyError(path, "mismatch_below", "must be a number from 0 to 100")
    if not 0 <= threshold <= 100:
        raise PolicyError(path, "mismatch_below", "must be a number from 0 to 100")
    must_match = data.get("legal_form_must_match", True)
    if not isinstance(must_match, bool):
        raise PolicyError(path, "legal_form_must_match", "must be true or false")
    forms = data.get("legal_forms", {})
    if not isinstance(forms, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() for k, v in forms.items()
    ):
        raise PolicyError(path, "legal_forms", "must map written spellings to codes")
    and_table = data.get("and_words", {})
    if not isinstance(and_table, dict):
        raise PolicyError(path, "and_words", "must be a table with a list 'words'")
    reject_unknown(path, and_table, ("words",), prefix="and_words.")
    words = and_table.get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise PolicyError(path, "and_words.words", "must be a list of words")
    ordered = sorted(((" ".join(k.lower().split()), v) for k, v in forms.items()),
                     key=lambda item: -len(item[0]))  # fmt: skip
    return NamePolicy(float(threshold), must_match, tuple(ordered),
                      frozenset(w.lower() for w in words))  # fmt: skip


@cache
def default_name_policy() -> NamePolicy:
    return load_name_policy()
