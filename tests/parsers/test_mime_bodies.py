"""read_letter: headers, body choice, charsets and attachments, as a reader would see them."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from parsers import mime
from parsers.letter import Address
from parsers.mime import read_letter
from tests.parsers.mails import html_mail, plain_mail, raw_mail

ORDER = "Hei,\n\nVi ønsker testtilgang til RRH.\nOrg.nr.: 912 345 672\n\nMvh\nKari Nordmann\n"


def test_a_plain_mail_gives_its_text_headers_and_addresses() -> None:
    letter = read_letter(plain_mail(ORDER, Cc="Ola <OLA@Example.no>"), strict=True)

    assert letter.text == ORDER.strip()
    assert letter.subject == "Testtilgang RRH"
    assert letter.sender == Address("Kari Nordmann", "kari@example.no")
    assert letter.to == (Address("", "opendata.rrh@brreg.no"),)
    assert letter.cc == (Address("Ola", "ola@example.no"),)
    assert letter.message_id == "<m1@example.no>"
    assert letter.date == datetime(2026, 1, 5, 9, 4, tzinfo=UTC)
    assert letter.headers["subject"] == "Testtilgang RRH"
    assert letter.content_types == ("text/plain",)
    assert letter.defects == ()


def test_reply_ids_are_kept_in_order() -> None:
    raw = plain_mail(ORDER, In_Reply_To="<b@brreg.no>", References="<a@example.no> <b@brreg.no>")
    letter = read_letter(raw, strict=True)
    assert letter.in_reply_to == "<b@brreg.no>"
    assert letter.references == ("<a@example.no>", "<b@brreg.no>")


def test_rfc2047_headers_are_decoded_and_an_encoded_comma_stays_in_the_name() -> None:
    raw = raw_mail(
        "From: =?windows-1252?Q?Gr=F8nvold=2C_Hilde?= <hilde@example.no>\n"
        "To: opendata.rrh@brreg.no\n"
        "Subject: =?utf-8?Q?Bl=C3=A5b=C3=A6r?= =?utf-8?B?IOKAkyB0ZXN0?=",
        b"Hei\r\n",
    )
    letter = read_letter(raw, strict=True)
    assert letter.subject == "Blåbær – test"
    assert letter.sender == Address("Grønvold, Hilde", "hilde@example.no")


def test_raw_8bit_headers_keep_their_letters() -> None:
    utf8 = raw_mail("From: Åge Sætre <age@example.no>\nSubject: blåbær", b"hei")
    latin1 = "Subject: blåbær\r\n\r\nhei".encode("latin-1")
    assert read_letter(utf8, strict=True).subject == "blåbær"
    assert read_letter(utf8, strict=True).sender == Address("Åge Sætre", "age@example.no")
    assert read_letter(latin1, strict=True).subject == "blåbær"


def test_quoted_printable_and_base64_bodies_are_decoded() -> None:
    qp = raw_mail(
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable',
        b"Vi =C3=B8nsker tilgang til testmilj=C3=B8et, org.nr. 912 3=\r\n45 672.\r\n",
    )
    b64 = raw_mail(
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        base64.encodebytes("Vi ønsker tilgang.\r\nKari\r\n".encode()),
    )
    expected = "Vi ønsker tilgang til testmiljøet, org.nr. 912 345 672."
    assert read_letter(qp, strict=True).text == expected
    assert read_letter(b64, strict=True).text == "Vi ønsker tilgang.\nKari"


def test_undeclared_latin1_8bit_is_read_as_windows_1252() -> None:
    raw = raw_mail("Content-Transfer-Encoding: 8bit", "Vår kontakt: Åse Øvrebø".encode("latin-1"))
    assert read_letter(raw, strict=True).text == "Vår kontakt: Åse Øvrebø"


def test_curly_quotes_labelled_iso_8859_1_are_windows_1252() -> None:
    body = "løsningen med “fiktiv virksomhet” – takk".encode("cp1252")
    headers = "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit"
    raw = raw_mail(headers, body)
    assert read_letter(raw, strict=True).text == "løsningen med “fiktiv virksomhet” – takk"


def test_utf8_bytes_under_a_wrong_label_and_mojibake_are_repaired() -> None:
    wrong_label = raw_mail("Content-Type: text/plain; charset=us-ascii", "Grønvold".encode())
    mojibake = plain_mail("Vi Ã¸nsker tilgang til testmiljÃ¸et")
    assert read_letter(wrong_label, strict=True).text == "Grønvold"
    assert read_letter(mojibake, strict=True).text == "Vi ønsker tilgang til testmiljøet"


def test_control_characters_surrogates_and_crlf_are_cleaned_and_text_is_nfc() -> None:
    body = "A\x00B\x07C\r\nnorsk o\u0308 e\u0301\u200b\r\nslutt\r\n".encode()
    raw = raw_mail("Content-Type: text/plain; charset=utf-8", body)
    assert read_letter(raw, strict=True).text == "ABC\nnorsk ö é\nslutt"


def test_an_html_only_mail_gives_its_visible_text_only() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<p>Hei,</p><!-- org.nr. 999 999 999 -->"
        '<div style="display:none">Kontaktperson: Skjult Person</div>'
        '<p style="color:#ffffff;font-size:1px">ring 400 00 000</p>'
        "<table><tr><td>Org.nr.</td><td>912&nbsp;345&nbsp;672</td></tr>"
        "<tr><td>Navn</td><td>Acme AS</td></tr></table>"
        "<p>Mvh<br>Kari</p></body></html>"
    )
    letter = read_letter(html_mail(html), strict=True)
    assert letter.text == "Hei,\n\nOrg.nr. | 912 345 672\nNavn | Acme AS\n\nMvh\nKari"
    assert letter.signature == "Mvh\nKari"


def test_plain_text_wins_over_html_unless_it_is_trivially_short() -> None:
    both = html_mail("<p>HTML-versjonen</p>", plain="Tekstversjonen av bestillingen vår.")
    empty_plain = html_mail("<p>Bestillingen står i HTML-delen.</p>", plain=" \n")
    assert read_letter(both, strict=True).text == "Tekstversjonen av bestillingen vår."
    assert read_letter(empty_plain, strict=True).text == "Bestillingen står i HTML-delen."


def test_format_flowed_soft_breaks_are_joined() -> None:
    raw = raw_mail(
        "Content-Type: text/plain; charset=utf-8; format=flowed",
        "Vi vil gjerne få tilgang til testmiljøet for \r\nRRH.\r\n\r\n-- \r\nKari\r\n".encode(),
    )
    letter = read_letter(raw, strict=True)
    assert letter.text == "Vi vil gjerne få tilgang til testmiljøet for RRH.\n\n--\nKari"
    assert letter.signature == "--\nKari"


def test_text_attachments_are_read_and_others_listed() -> None:
    message = EmailMessage()
    message["From"] = "kari@example.no"
    message["Subject"] = "Bestilling"
    message.set_content("Se vedlegg.")
    csv = b"orgnr;navn\n912345672;Acme AS\n"
    message.add_attachment(csv, "text", "csv", filename="b.csv")
    message.add_attachment(b"%PDF-1.4", "application", "pdf", filename="avtale.pdf")
    letter = read_letter(message.as_bytes(policy=SMTP), strict=True)

    assert letter.text == "Se vedlegg."
    assert [(a.filename, a.content_type) for a in letter.attachments] == [
        ("b.csv", "text/csv"), ("avtale.pdf", "application/pdf")]
    assert letter.attachments[0].text == "orgnr;navn\n912345672;Acme AS\n"
    assert letter.attachments[1].text is None


def test_a_calendar_part_is_listed_among_the_content_types() -> None:
    message = EmailMessage()
    message["Subject"] = "Møte"
    message.set_content("Kan vi ta et møte?")
    message.add_alternative("BEGIN:VCALENDAR\nEND:VCALENDAR\n", subtype="calendar")
    letter = read_letter(message.as_bytes(policy=SMTP), strict=True)
    assert letter.content_types == ("multipart/alternative", "text/plain", "text/calendar")
    assert letter.text == "Kan vi ta et møte?"


def test_a_mail_forwarded_as_attachment_becomes_a_forward_block() -> None:
    inner = EmailMessage()
    inner["From"] = "Line <line@example.no>"
    inner["Subject"] = "Bestilling"
    inner.set_content("Kontaktperson: Line, 912 34 567")
    outer = EmailMessage()
    outer["Subject"] = "VS: Bestilling"
    outer.set_content("Se vedlagt.")
    outer.add_attachment(inner)
    letter = read_letter(outer.as_bytes(policy=SMTP), strict=True)
    assert letter.text == "Se vedlagt."
    assert [(b.kind.value, b.header, b.text) for b in letter.history] == [
        ("forward", "From: Line <line@example.no>\nSubject: Bestilling",
         "Kontaktperson: Line, 912 34 567")]


def test_empty_and_garbage_input_give_an_empty_letter_with_a_defect() -> None:
    empty = read_letter(b"")
    junk = read_letter(b"\x00\xff\x01binary\x00junk" * 20)
    assert (empty.text, empty.defects) == ("", ("empty-message",))
    assert junk.text == ""
    assert "binary-text" in junk.defects


def test_an_internal_error_is_raised_not_hidden_as_the_senders_fault(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(raw: bytes) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(mime, "_read", broken)
    with pytest.raises(RuntimeError):
        read_letter(b"Subject: x\r\n\r\nhei")


def test_rfc2231_parameters_with_raw_8bit_bytes_do_not_stop_the_parser() -> None:
    raw = (
        b"Content-Type: multipart/mixed; boundary*=\"ans\xe4-x3.4''b\"\r\n\r\n"
        b"--b\r\nContent-Type: text/plain; charset*=\"\xe4''x\"\r\n\r\nhei\r\n--b--\r\n"
    )
    assert isinstance(read_letter(raw, strict=True).text, str)


def test_when_the_stdlib_parser_raises_the_mail_is_parsed_again_from_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def crashing(data: bytes, policy: object) -> None:
        raise UnicodeEncodeError("utf-8", "\udce4", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(mime, "message_from_bytes", crashing)
    raw = raw_mail("Subject: Bestilling", "Vi ønsker tilgang.".encode())
    letter = read_letter(raw, strict=True)
    assert letter.subject == "Bestilling"
    assert letter.text == "Vi ønsker tilgang."
    assert letter.defects == ("parser-retry:UnicodeEncodeError",)
