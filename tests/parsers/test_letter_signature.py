"""The signature is the block from the last sign-off to the end, and nothing more."""

from __future__ import annotations

import pytest

from parsers.signature import find_signature

BODY = "Hei,\n\nVi ønsker testtilgang. Org.nr. 912 345 672."


@pytest.mark.parametrize(
    "sign_off",
    ["Med vennlig hilsen", "Vennlig hilsen", "Mvh", "MVH", "Hilsen", "Vennleg helsing", "Helsing",
     "Beste hilsen", "Best regards,", "Kind regards", "Regards", "Cheers", "Thanks,",
     "Med venlig hilsen", "Med vänliga hälsningar", "Med hilsen"],
)
def test_a_sign_off_opens_the_signature(sign_off: str) -> None:
    signature = f"{sign_off}\nKari Nordmann\nAcme AS\norg.nr. 912 345 672\nTlf. 912 34 567"
    assert find_signature(f"{BODY}\n\n{signature}") == signature


@pytest.mark.parametrize("line", ["Hilsen Line", "mvh usman", "Mvh Kari Nordmann", "Thanks, Emma"])
def test_a_sign_off_with_a_name_on_the_same_line(line: str) -> None:
    assert find_signature(f"{BODY}\n\n{line}\nAcme AS") == f"{line}\nAcme AS"


def test_the_last_sign_off_wins() -> None:
    text = f"Hilsen fra alle oss\n\n{BODY}\n\nMvh\nKari"
    assert find_signature(text) == "Mvh\nKari"


def test_a_delimiter_below_a_sign_off_belongs_to_it() -> None:
    assert find_signature(f"{BODY}\n\nMvh\n--\nEven\nAurora AS") == "Mvh\n--\nEven\nAurora AS"
    assert find_signature(f"{BODY}\n\n--\nEven\nAurora AS") == "--\nEven\nAurora AS"


def test_takk_paragraphs_and_bullet_lists_are_not_signatures() -> None:
    text = (
        "Takk for raskt svar!\n\nVi trenger:\n- org.nr. 912 345 672\n- kontakt: Kari\n\n"
        "Takk på forhånd!"
    )
    assert find_signature(text) == ""
    assert find_signature(f"{text}\n\nHilsen\nKari") == "Hilsen\nKari"


def test_a_sign_off_word_inside_a_sentence_is_prose() -> None:
    assert find_signature("Hilsen fra oss alle til dere i Brønnøysund, vi gleder oss.") == ""
    assert find_signature("Regards to the team and thanks for the quick help with 2 things") == ""


def test_a_bare_sender_name_at_the_end_is_a_signature() -> None:
    assert find_signature(f"{BODY}\n\nEirik", sender_name="Eirik Haugland") == "Eirik"
    assert find_signature(f"{BODY}\n\nJon Olav\n\nSendt fra min iPhone", "Jon Olav Fiskå") == (
        "Jon Olav\n\nSendt fra min iPhone"
    )
    assert find_signature(f"{BODY}\n\nEirik", sender_name="") == ""


def test_client_boilerplate_is_a_signature_only_without_a_sign_off() -> None:
    assert find_signature(f"{BODY}\n\nSendt fra min iPhone") == "Sendt fra min iPhone"
    assert find_signature(f"{BODY}\n\nmvh usman\n\nSendt fra min iPhone") == (
        "mvh usman\n\nSendt fra min iPhone"
    )
