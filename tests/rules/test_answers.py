"""Judging an answer to one of our orders: a machine's, one that looks like a machine's, or a
person's; and which changes of one that looks automatic are held for staff."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.answers import AnswerKind, held_for_staff, judge_answer, load_answer_cues
from rules.order import Contact, Order, OrderType, Party
from rules.policy import PolicyError

KARI = Contact("Kari Lyng", "kari@lyngdata.example.no", None)
OLD = Order(OrderType.FICTITIOUS_CUSTOMER, Party("930000019", "Lyngdata AS", KARI))


def test_a_screened_answer_is_automatic_and_may_change_nothing() -> None:
    judged = judge_answer(("subject.out-of-office",), "Fraværsmelding", "", quotes=False)
    assert judged.kind is AnswerKind.AUTOMATIC and not judged.may_change


@pytest.mark.parametrize(
    "text",
    ["Jeg er i permisjon. Kontakt Per.", "I'm currently away. Call Per on 917 77 888.",
     "Ved hastesaker, ring sentralbordet."],
)  # fmt: skip
def test_absence_words_in_the_new_text_look_automatic(text: str) -> None:
    judged = judge_answer((), "Re: Testtilgang", text, quotes=False)
    assert judged.kind is AnswerKind.LOOKS_AUTOMATIC and judged.cues == ("body.absence",)


def test_a_person_answers_and_may_quote() -> None:
    text = "Telefon: 915 55 123. Jeg går ut i permisjon i mai, så Per overtar da."
    assert judge_answer((), "Re: Testtilgang", text, quotes=False).kind is AnswerKind.HUMAN
    assert judge_answer((), "SV: Testtilgang", "Ok", quotes=True).kind is AnswerKind.HUMAN_QUOTING


def test_a_looks_automatic_answer_may_fill_but_not_replace_or_complete() -> None:
    judged = judge_answer((), "Re: x", "Jeg er i permisjon.", quotes=False)
    filled = Order(OLD.order_type, Party("930000019", "Lyngdata AS",
                                         Contact(KARI.name, KARI.email, "+4791555123")))  # fmt: skip
    assert held_for_staff(judged, OLD, filled, was_ready=False, becomes_ready=False) == ()
    assert held_for_staff(judged, OLD, filled, was_ready=False, becomes_ready=True) == ("ready",)
    per = Order(OLD.order_type, Party("930000019", "Lyngdata AS", Contact("Per Kollega")))
    assert held_for_staff(judged, OLD, per, False, False) == ("applicant.contact",)
    human = judge_answer((), "Re: x", "Ny kontakt: Per Kollega", quotes=False)
    assert held_for_staff(human, OLD, per, False, True) == ()


def test_an_unknown_key_in_the_answer_cues_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "answers.toml"
    path.write_text('[headers]\nx = ["y"]\n', encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_answer_cues(path)
    assert "answers.toml" in str(caught.value) and "headers" in str(caught.value)
