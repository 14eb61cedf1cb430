"""HTML to the text a reader sees."""

from __future__ import annotations

import pytest

from parsers.html_text import html_to_text


@pytest.mark.parametrize(
    "hidden",
    [
        '<span style="display:none">X</span>',
        '<span style="DISPLAY: none !important">X</span>',
        '<span style="visibility:hidden">X</span>',
        '<span style="font-size:0">X</span>',
        '<span style="font-size:1px">X</span>',
        '<span style="color:#fff">X</span>',
        '<span style="color: #FFFFFF">X</span>',
        '<font color="white">X</font>',
        '<span style="mso-hide:all">X</span>',
        "<!-- X -->",
        "<script>X</script>",
        "<style>X</style>",
    ],
)
def test_text_hidden_from_a_reader_is_dropped(hidden: str) -> None:
    assert html_to_text(f"<p>Hei {hidden}du</p>") == "Hei du"


def test_white_text_on_a_coloured_background_is_visible() -> None:
    html = '<table><tr><td style="background:#0b5cab;color:#fff">Nyhetsbrev</td></tr></table>'
    assert html_to_text(html) == "Nyhetsbrev"


def test_layout_becomes_lines() -> None:
    html = (
        "<div>Hei,</div><div><br></div>"
        "<div>Org.nr.&nbsp;912&nbsp;345&nbsp;672<br>Navn: Acme AS</div>"
        "<ul><li>en</li><li>to</li></ul>"
        "<table><tr><th>Felt</th><th>Verdi</th></tr>"
        "<tr><td>Telefon</td><td>912 34 567</td></tr></table>"
    )
    assert html_to_text(html) == (
        "Hei,\n\nOrg.nr. 912 345 672\nNavn: Acme AS\n- en\n- to\nFelt | Verdi\nTelefon | 912 34 567"
    )


def test_blockquotes_are_prefixed_like_quoted_mail() -> None:
    html = "<p>Svar</p><blockquote>Spørsmål<br>linje to<blockquote>eldre</blockquote></blockquote>"
    assert html_to_text(html) == "Svar\n\n> Spørsmål\n> linje to\n> > eldre"
