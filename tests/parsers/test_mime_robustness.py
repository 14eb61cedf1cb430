"""Every mail we have, and any bytes at all, read without raising (strict mode: bugs show)."""

from __future__ import annotations

import email
import sysconfig
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.mime import read_letter

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
CORPUS_MAILS = sorted([*CORPUS.glob("messages/*.eml"), *CORPUS.glob("threads/*/*.eml")])
# Bounces, read receipts and the like may have little or no text of their own.
MAY_BE_EMPTY = ("bounce", "lesekvittering")


def _stdlib_malformed() -> list[Path]:
    candidates = [
        Path(email.__file__).parent.parent / "test" / "test_email" / "data",
        Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data",
    ]
    for folder in candidates:
        found = sorted(folder.glob("msg_*.txt"))
        if found:
            return found
    return []


STDLIB_MAILS = _stdlib_malformed()


@pytest.mark.skipif(not CORPUS_MAILS, reason="shared corpus not found beside the repository")
@pytest.mark.parametrize("path", CORPUS_MAILS, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_corpus_mail_reads_with_text(path: Path) -> None:
    letter = read_letter(path.read_bytes(), strict=True)
    assert letter.sender is not None
    assert letter.text or any(word in path.name for word in MAY_BE_EMPTY)
    assert letter.text.endswith(letter.signature)
    assert "\r" not in letter.text
    assert all(not ("\ud800" <= ch <= "\udfff") for ch in letter.text + letter.subject)


@pytest.mark.skipif(not CORPUS_MAILS, reason="shared corpus not found beside the repository")
def test_quoted_corpus_mails_keep_history_out_of_the_text() -> None:
    by_name = {p.name: p for p in CORPUS_MAILS if p.parent.name == "messages"}
    letter = read_letter(by_name["m069_takk_sitert_bekreftelse.eml"].read_bytes(), strict=True)
    assert "921568665" not in letter.text
    assert "921568665" in letter.history[0].text


@pytest.mark.skipif(not STDLIB_MAILS, reason="the stdlib's email test data is not installed")
@pytest.mark.parametrize("path", STDLIB_MAILS, ids=lambda p: p.name)
def test_the_stdlib_malformed_test_messages_read(path: Path) -> None:
    letter = read_letter(path.read_bytes(), strict=True)
    assert isinstance(letter.text, str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    letter = read_letter(raw, strict=True)
    assert "\r" not in letter.text


_SEEDS = [p.read_bytes() for p in CORPUS_MAILS[:: max(1, len(CORPUS_MAILS) // 12)]] or [
    b"Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nhei\r\n--b--\r\n"
]


_JUNK = [b"=?utf-8?B?", b"\r\n--", b"\xc3", b"\x00", b"=\r\n", b">", b"<p ", b"\r\n\r\n"]


@st.composite
def _mutated_mail(draw: st.DrawFn) -> bytes:
    """A real mail with a slice cut out, bytes flipped and junk spliced in."""
    raw = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(0, len(raw) - 1)))
        action = draw(st.sampled_from(["cut", "flip", "splice"]))
        if action == "cut":
            del raw[at : at + draw(st.integers(1, 200))]
        elif action == "flip" and raw:
            raw[at] = draw(st.integers(0, 255))
        else:
            raw[at:at] = draw(st.sampled_from(_JUNK))
    return bytes(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_mail())
def test_mutated_corpus_mails_never_raise(raw: bytes) -> None:
    letter = read_letter(raw, strict=True)
    assert letter.text.endswith(letter.signature)


def _order_with_attachment(disposition: str, content_type: str = "application/pdf") -> bytes:
    return (
        "From: Kari Nordmann <kari@example.no>\r\nSubject: Bestilling\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Vi bestiller testtilgang for Eksempel AS, org.nr. 974760673.\r\n--b\r\n"
        f"Content-Type: {content_type}\r\nContent-Disposition: {disposition}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--b--\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("disposition", "content_type"),
    [
        ("attachment; filename*=utf-8''%E0%A4%A", "application/pdf"),
        ("attachment; filename*=x-unknown-charset''avtale%E5.pdf", "application/pdf"),
        # RFC 2231 sections with and without a number: email.utils.decode_params raises
        # TypeError (it sorts None against 0)
        ("attachment; filename*=avtale; filename*1=.pdf", "application/pdf"),
        ("attachment", "application/pdf; name*0=avtale; name*=.pdf"),
    ],
)
def test_a_malformed_rfc2231_filename_loses_only_the_name(
    disposition: str, content_type: str
) -> None:
    letter = read_letter(_order_with_attachment(disposition, content_type))

    assert "974760673" in letter.text
    assert [a.content_type for a in letter.attachments] == ["application/pdf"]
    assert not any(d.startswith("unreadable") for d in letter.defects)
