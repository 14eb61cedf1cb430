"""Quoted replies and forwarded mail are history; what the sender newly wrote is the text."""

from __future__ import annotations

import pytest

from parsers.history import split_history
from parsers.letter import BlockKind, HistoryBlock
from parsers.mime import read_letter
from tests.parsers.mails import html_mail, plain_mail

NEW = "Telefonnummeret er 977 12 345.\n\nEirik"
OLD = "Takk for bestillingen.\n\nMed vennlig hilsen\nBrønnøysundregistrene"


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


@pytest.mark.parametrize(
    "attribution",
    [
        "Den tir. 20. jan. 2026 kl. 14:12 skrev Kjetil Høyland <kjetil@example.no>:",
        "On Mon, Jan 5, 2026 at 10:04 AM Kari Nordmann <kari@example.no> wrote:",
        "Den 28.01.2026 09:21, skreiv post@example.no:",
        "5. jan. 2026 kl. 10:04 skrev post@example.no:",
        "Den 5 jan. 2026 kl. 10:04 skrev Sven Svensson <sven@example.se>:",
        "Am 05.01.2026 um 10:04 schrieb Kari Nordmann <kari@example.no>:",
        "Kari Nordmann <kari@example.no> skrev:",
    ],
)
def test_a_reply_header_and_its_quote_are_one_quote_block(attribution: str) -> None:
    text, history = split_history(f"{NEW}\n\n{attribution}\n{_quoted(OLD)}")
    assert text == NEW
    assert history == (HistoryBlock(BlockKind.QUOTE, attribution, OLD),)


def test_a_reply_header_wrapped_over_two_lines_is_one_header() -> None:
    header = "Den tir. 20. jan. 2026 kl. 14:12 skrev Kjetil Høyland <\nkjetil@example.no>:"
    text, history = split_history(f"{NEW}\n\n{header}\n{_quoted(OLD)}")
    assert text == NEW
    assert history[0].header == header
    assert history[0].text == OLD


def test_iphone_puts_the_reply_header_inside_the_quote() -> None:
    header = "Den 12. feb. 2026 kl. 21:11 skrev post@example.no:"
    body = f"{NEW}\n\nSendt fra min iPhone\n\n> {header}\n>\n{_quoted(OLD)}"
    text, history = split_history(body)
    assert text == f"{NEW}\n\nSendt fra min iPhone"
    assert history == (HistoryBlock(BlockKind.QUOTE, header, OLD),)


def test_an_unattributed_quote_is_history_and_a_bottom_posted_answer_is_new() -> None:
    body = "> Hvilket organisasjonsnummer?\n\nDet er 912 345 672.\n\n> Og telefon?\n\n912 34 567"
    text, history = split_history(body)
    assert text == "Det er 912 345 672.\n\n\n912 34 567"
    assert [b.text for b in history] == ["Hvilket organisasjonsnummer?", "Og telefon?"]


def test_a_sentence_saying_skrev_is_not_a_reply_header() -> None:
    body = "Kunden skrev til oss i går:\nVi trenger tilgang.\nMvh Kari"
    assert split_history(body) == (body, ())


OUTLOOK = {
    "no": "Fra: Brønnøysundregistrene <post@example.no>\nSendt: tirsdag 20. januar 2026 13:16\n"
    "Til: Berit <berit@example.no>\nEmne: Re: Testtilgang",
    "en": "From: Registry <post@example.no>\nSent: Thursday, February 19, 2026 2:06 PM\n"
    "To: Oliver <oliver@example.no>\nSubject: Re: Test access",
    "sv": "Från: Registret <post@example.no>\nSkickat: den 20 januari 2026 13:16\n"
    "Till: Sven <sven@example.se>\nÄmne: SV: Testtilgang",
    "da": "Fra: Registret <post@example.no>\nSendt: 20. januar 2026 13:16\n"
    "Til: Mette <mette@example.dk>\nCc: Jens <jens@example.dk>\nEmne: SV: Testtilgang",
}


@pytest.mark.parametrize("language", sorted(OUTLOOK))
def test_an_outlook_header_block_runs_to_the_end_as_a_quote(language: str) -> None:
    header = OUTLOOK[language]
    body = f"{NEW}\n\n________________________________\n{header}\n\n{OLD}\n"
    text, history = split_history(body, subject="SV: Testtilgang")
    assert text == NEW
    assert history == (HistoryBlock(BlockKind.QUOTE, header, OLD),)


@pytest.mark.parametrize("subject", ["VS: Bestilling", "Fwd: Bestilling", "FW: Order", "WG: Frage"])
def test_an_outlook_block_in_a_forwarded_mail_is_a_forward(subject: str) -> None:
    _, history = split_history(f"{NEW}\n\n{OUTLOOK['no']}\n\n{OLD}", subject=subject)
    assert history[0].kind is BlockKind.FORWARD


def test_original_message_markers_and_a_chain_of_outlook_blocks() -> None:
    first = "Fra: Berit\nSendt: onsdag 21. januar 2026 08:40\nTil: Registeret\nEmne: SV: Test"
    body = (
        f"{NEW}\n\n-----Opprinnelig melding-----\n{first}\n\nForrige svar\n\n"
        f"-----Original Message-----\n{OUTLOOK['en']}\n\n{OLD}"
    )
    text, history = split_history(body, subject="SV: Testtilgang")
    assert text == NEW
    assert [(b.kind, b.text) for b in history] == [
        (BlockKind.QUOTE, "Forrige svar"),
        (BlockKind.QUOTE, OLD),
    ]
    assert history[0].header == f"-----Opprinnelig melding-----\n{first}"


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Videresendt melding ----------",
        "---------- Forwarded message ---------",
        "-------- Forwarded Message --------",
        "Begin forwarded message:",
        "Videresendt e-post:",
        "Start på videresendt e-post:",
    ],
)
def test_forwarded_blocks_keep_their_header_fields(marker: str) -> None:
    fields = (
        "From: Line <line@example.no>\nDate: 29. jan. 2026 13:05\nSubject: Tilgang\n"
        "To: Sarah <sarah@example.no>"
    )
    body = f"Se bestillingen fra kunden under.\n\n{marker}\n\n{fields}\n\n{OLD}"
    text, history = split_history(body, subject="Fwd: Tilgang")
    assert text == "Se bestillingen fra kunden under."
    assert history == (HistoryBlock(BlockKind.FORWARD, f"{marker}\n{fields}", OLD),)


def test_a_line_of_underscores_alone_is_not_history() -> None:
    body = "Mvh\nMehmet\n\n__________________________\nMicrosoft Teams-møte\nMøte-ID: 382 914 657"
    assert split_history(body) == (body, ())


def test_gmail_html_blockquote_is_history() -> None:
    html = (
        '<div dir="ltr"><div>Ja, alternativ 1.</div><div><br></div><div>Eldbjørg</div>'
        '<div class="gmail_quote"><div class="gmail_attr">Den ons. 28. jan. 2026 kl. 09:21 skrev '
        '&lt;<a href="mailto:post@example.no">post@example.no</a>&gt;:</div>'
        '<blockquote class="gmail_quote"><div>Hvilken løsning ønsker dere?</div></blockquote>'
        "</div></div>"
    )
    letter = read_letter(html_mail(html, subject="Re: Testtilgang"), strict=True)
    assert letter.text == "Ja, alternativ 1.\n\nEldbjørg"
    assert letter.history == (
        HistoryBlock(BlockKind.QUOTE, "Den ons. 28. jan. 2026 kl. 09:21 skrev <post@example.no>:",
                     "Hvilken løsning ønsker dere?"),
    )


def test_read_letter_splits_history_in_plain_mail_and_keeps_the_signature_in_text() -> None:
    attribution = "On Mon, Jan 5, 2026 at 10:04 AM <post@example.no> wrote:"
    body = f"Hei,\n\nDet er 977 12 345.\n\nMvh\nEirik\n\n{attribution}\n{_quoted(OLD)}\n"
    letter = read_letter(plain_mail(body, subject="Re: Testtilgang"), strict=True)
    assert letter.text == "Hei,\n\nDet er 977 12 345.\n\nMvh\nEirik"
    assert letter.signature == "Mvh\nEirik"
    assert letter.main_text.strip() == "Hei,\n\nDet er 977 12 345."
    assert letter.history[0].text == OLD
