"""Every reply type rendered in Bokmål, Nynorsk and English, and the language it is chosen by."""

from __future__ import annotations

import pytest

from bot.replies.language import Language, detect_language
from bot.replies.render import render_body, reply_subject, strip_subject
from rules.evaluate import evaluate
from rules.order import Contact, Order, OrderType, Party
from rules.reply_policy import ReplyKind

REF = "RRH-2026-0042"
GAPPY = Order(
    OrderType.FICTITIOUS_CUSTOMER,
    applicant=Party(
        "912345679", "Lyngdata AS", Contact("Kari Nordvang", "kari@lyngdata.example.no", "+479174")
    ),
)
UNSPECIFIED = Order(
    OrderType.UNSPECIFIED,
    applicant=Party(
        "912345629", "Lyngdata AS", Contact("Kari Nordvang", "kari@lyngdata.example.no", None)
    ),
)
COMPLETE = Order(
    OrderType.FICTITIOUS_CUSTOMER,
    applicant=Party(
        "912345629",
        "Lyngdata AS",
        Contact("Kari Nordvang", "kari@lyngdata.example.no", "+4791234567"),
    ),
)

WORDS: dict[Language, dict[str, str]] = {
    Language.BOKMAL: {
        "invalid_org": "Organisasjonsnummeret til virksomheten deres (912 345 679) har feil kontrollsiffer.",
        "invalid_phone": "Telefonnummeret til testansvarlig (+479174) er for kort.",
        "missing_phone": "- telefonnummeret til testansvarlig",
        "option1": "1. Fiktiv virksomhet:",
        "option2": "2. Delegering fra en eksisterende kunde:",
        "receipt": "Vi setter opp tilgangen i testmiljøet (TT02) og sender dere en e-post",
        "production": "åpner vi bare tilgang til testmiljøet (TT02)",
    },
    Language.NYNORSK: {
        "invalid_org": "Organisasjonsnummeret til verksemda dykkar (912 345 679) har feil kontrollsiffer.",
        "invalid_phone": "Telefonnummeret til testansvarleg (+479174) er for kort.",
        "missing_phone": "- telefonnummeret til testansvarleg",
        "option1": "1. Fiktiv verksemd:",
        "option2": "2. Delegering frå ein eksisterande kunde:",
        "receipt": "Vi set opp tilgangen i testmiljøet (TT02) og sender dykk ein e-post",
        "production": "opnar vi berre tilgang til testmiljøet (TT02)",
    },
    Language.ENGLISH: {
        "invalid_org": "Your organisation's organisation number (912 345 679) has a wrong check digit.",
        "invalid_phone": "The phone number of the person responsible for testing (+479174) is too short.",
        "missing_phone": "- the phone number of the person responsible for testing",
        "option1": "1. Fictitious enterprise:",
        "option2": "2. Delegation from an existing customer:",
        "receipt": "we set up the access in the test environment (TT02) and email you",
        "production": "we only open access to the test environment (TT02)",
    },
}


@pytest.mark.parametrize("language", list(Language))
def test_a_request_names_each_invalid_value_with_its_reason_and_repeats_what_was_understood(
    language: Language,
) -> None:
    checked = evaluate(GAPPY)
    body = render_body(ReplyKind.REQUEST, language, reference=REF, order=GAPPY, checked=checked)
    assert WORDS[language]["invalid_org"] in body
    assert WORDS[language]["invalid_phone"] in body
    assert REF in body
    assert "Lyngdata AS" in body and "kari@lyngdata.example.no" in body
    assert "Kari Nordvang" in body
    assert "912 345 679)" in body  # shown formatted in the problem, not repeated as understood


@pytest.mark.parametrize("language", list(Language))
def test_an_unspecified_order_asks_which_of_the_two_ways_and_names_what_is_missing(
    language: Language,
) -> None:
    checked = evaluate(UNSPECIFIED)
    body = render_body(
        ReplyKind.REQUEST, language, reference=REF, order=UNSPECIFIED, checked=checked
    )
    first, second = WORDS[language]["option1"], WORDS[language]["option2"]
    assert first in body and second in body
    assert body.index(first) < body.index(second)
    assert WORDS[language]["missing_phone"] in body
    assert "912 345 629" in body
    assert REF in body


@pytest.mark.parametrize("language", list(Language))
def test_a_complete_order_gets_a_receipt_with_its_reference_and_what_happens_next(
    language: Language,
) -> None:
    body = render_body(
        ReplyKind.RECEIPT, language, reference=REF, order=COMPLETE, checked=evaluate(COMPLETE)
    )
    assert REF in body
    assert WORDS[language]["receipt"] in body
    assert "912 345 629" in body and "+4791234567" in body


@pytest.mark.parametrize("language", list(Language))
def test_a_production_request_is_told_only_the_test_environment_is_open(language: Language) -> None:
    body = render_body(ReplyKind.PRODUCTION, language)
    assert WORDS[language]["production"] in body
    assert "RRH-" not in body


def test_a_request_without_its_order_is_refused() -> None:
    with pytest.raises(ValueError, match="reference"):
        render_body(ReplyKind.REQUEST, Language.BOKMAL)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hei,\n\nVi ønsker tilgang til testmiljøet. Kan dere hjelpe oss med hvordan vi gjør det?",
            Language.BOKMAL,
        ),
        (
            "Hei,\n\nEg er kontaktperson og vi ønskjer tilgang. Korleis gjer vi det, og kva treng de?",
            Language.NYNORSK,
        ),
        (
            "Hello,\n\nWe would like access to the test environment. Please let us know.",
            Language.ENGLISH,
        ),
        ("Org.nr. 912 345 629", Language.BOKMAL),
        ("", Language.BOKMAL),
        (
            "Sogndal Systemutvikling AS ønskjer tilgang til testmiljøet for RRH-API-a.",
            Language.NYNORSK,
        ),
    ],
)
def test_the_language_is_the_one_the_sender_wrote_in(text: str, language: Language) -> None:
    assert detect_language(text) is language


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Testtilgang RRH", "Re: [RRH-2026-0042] Testtilgang RRH"),
        ("Re: SV: Sv: VS: AW: Fwd: FW: Testtilgang", "Re: [RRH-2026-0042] Testtilgang"),
        ("RE: Testtilgang [RRH-2026-0042]", "Re: [RRH-2026-0042] Testtilgang"),
        ("Re: [RRH-2026-0001] Re: Testtilgang", "Re: [RRH-2026-0042] Testtilgang"),
        ("", "Re: [RRH-2026-0042] Tilgang til testmiljøet for RRH"),
    ],
)
def test_the_subject_carries_the_reference_once_after_one_re(original: str, expected: str) -> None:
    assert reply_subject(original, REF, Language.BOKMAL) == expected


def test_the_subject_is_one_line_of_bounded_length() -> None:
    stripped = strip_subject("Re: line one\r\nBcc: victim@example.org\x00\u2028" + "x" * 500)
    assert "\r" not in stripped and "\n" not in stripped and "\x00" not in stripped
    assert len(stripped) <= 200
