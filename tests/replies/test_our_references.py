"""Our own reference in a mail is never read as a value (issue 12: ``[RRH-2026-0077]`` became
the phone +4720260077)."""

from __future__ import annotations

from parsers.extract import extract
from parsers.mime import read_letter
from rules.identity import Identity
from tests.replies.mails import as_bytes, message


def _phone_of(subject: str, body: str) -> str | None:
    raw = as_bytes(message("Kari <kari@lyngdata.example.no>", subject, body, "<r1@lyngdata.example.no>"))
    found = extract(read_letter(raw), identity=Identity.default()).found
    return found.applicant.contact.phone


def test_our_reference_in_the_text_is_no_phone() -> None:
    body = ("Hei,\n\nVi ønsker tilgang til testmiljøet via fiktiv virksomhet.\n"
            "Organisasjonsnummer: 930 000 019\nKontaktperson: Kari Lyng\n"
            "Saken gjelder RRH-2026-0077.\nEmne: Re: [RRH-2026-0077] Testtilgang RRH\n")  # fmt: skip
    assert _phone_of("Re: [RRH-2026-0077] Testtilgang RRH", body) is None


def test_a_phone_next_to_our_reference_is_still_read() -> None:
    body = ("Hei,\n\nVi ønsker tilgang til testmiljøet via fiktiv virksomhet.\n"
            "Organisasjonsnummer: 930 000 019\nKontaktperson: Kari Lyng\n"
            "Telefon: 915 55 123 (gjelder RRH-2026-0077)\n")  # fmt: skip
    assert _phone_of("Re: [RRH-2026-0077] Testtilgang RRH", body) == "+4791555123"


def test_the_reference_format_is_the_identity_s() -> None:
    ours = Identity.of("testtilgang@register.example.no")
    assert ours.mask_references("[RRH-2026-0077] og rrh-2026-12345") == (
        "[RRH-####-####] og rrh-####-#####"
    )
    assert ours.is_our_message_id("<rrh-2026-0001-1.ab@register.example.no>")
    assert not ours.is_our_message_id("<rrh-2026-0001-1.ab@brreg.no>")
