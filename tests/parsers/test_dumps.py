"""A pasted dump (a list of hundreds of addresses, a log line, garbage) is not a contact line:
only its first few values are read, so the people built from it stay few and the work per
mail stays bounded; text past the cap is kept in the raw bytes only."""

from __future__ import annotations

from parsers.extract import extract
from parsers.facts import MAX_VALUES_PER_UNIT, TextIndex, scan_unit
from parsers.mime import MAX_TEXT_CHARS, read_letter
from parsers.order_cues import default_order_cues
from parsers.units import cut_units
from tests.mail import make_mail


def test_a_line_of_five_hundred_addresses_gives_only_its_first_few() -> None:
    dump = ", ".join(f"bruker{i}@liste.test" for i in range(500))
    text = f"Hei,\nhar dere disse i registeret?\n{dump}\n"
    cues = default_order_cues()
    index = TextIndex.of(text)
    facts = [scan_unit(u, text, cues, "body", i, index) for i, u in enumerate(cut_units(text, cues))]
    emails = [p.email for f in facts for p in (*f.persons, *f.loose) if p.email]
    assert 0 < len(emails) == MAX_VALUES_PER_UNIT < 20  # a few, not five hundred
    assert emails[0] == "bruker0@liste.test"
    mail = make_mail(text, sender="Kari Nordmann <kari@example.no>")
    assert extract(read_letter(mail)).order.applicant.contact.email != "bruker499@liste.test"


def test_text_past_the_cap_is_not_read() -> None:
    late = "Organisasjonsnummer: 974 760 673"
    mail = make_mail("Hei,\n" + "bla " * (MAX_TEXT_CHARS // 4) + "\n" + late + "\n",
                     sender="Kari Nordmann <kari@example.no>")  # fmt: skip
    letter = read_letter(mail)
    assert late not in letter.text and "text-truncated" in letter.defects
