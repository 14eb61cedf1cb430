"""The language of a reply, and the plain words each language uses for fields and problems.

``detect_language(text)`` scores cue words in the sender's new text: Nynorsk markers
("ikkje", "eg", "ønskjer", "verksemd", "korleis", "kva", ...) against English ones ("the",
"we", "please", "would", ...) against Bokmål ones; a tie or no cue at all is Bokmål. The tables
name every FieldPath in plain words per language (``FIELD_WORDS`` for "what is missing",
``FIELD_LABELS`` for "what we understood") and translate ``rules.evaluate``'s English reasons
(``problem_words``).
"""

from __future__ import annotations

import re
from enum import StrEnum

from rules.fields import FieldPath
from rules.order import LegalBasis, OrderType


class Language(StrEnum):
    BOKMAL = "nb"
    NYNORSK = "nn"
    ENGLISH = "en"


def _cue_words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CUES: dict[Language, frozenset[str]] = {
    Language.NYNORSK: _cue_words(
        "ikkje eg ønskjer ynskjer verksemd verksemda korleis kva frå berre sjølv sjølve dykk "
        "dykkar noko nokon kvar kven mykje eit høyrer heiter skreiv vere fleire gjer helsing "
        "treng søkjer venleg"
    ),
    Language.ENGLISH: _cue_words(
        "the we please would our you your and is are of with access regards thanks thank "
        "hello dear could kind best order"
    ),
    Language.BOKMAL: _cue_words(
        "ikke jeg ønsker virksomhet virksomheten hvordan hva fra bare selv dere deres noe noen "
        "hver hvem mye et hører heter skrev være flere gjør hilsen vennlig trenger søker"
    ),
}
_WORD = re.compile(r"[a-zæøåéü]+", re.IGNORECASE)


def detect_language(text: str) -> Language:
    """The language ``text`` is written in, by counting cue words; Bokmål by default.

    Only words that tell the two written Norwegian standards apart count for them ("og", "er"
    count for neither); Nynorsk needs more cues than Bokmål, English at least two and more than
    both Norwegian counts together.
    """
    counts = dict.fromkeys(Language, 0)
    for word in _WORD.findall(text.lower()):
        for language, cues in _CUES.items():
            if word in cues:
                counts[language] += 1
    nynorsk, bokmal = counts[Language.NYNORSK], counts[Language.BOKMAL]
    english = counts[Language.ENGLISH]
    if english >= 2 and english > nynorsk + bokmal:
        return Language.ENGLISH
    return Language.NYNORSK if nynorsk > bokmal else Language.BOKMAL


def _table(nb: str, nn: str, en: str) -> dict[Language, str]:
    return {Language.BOKMAL: nb, Language.NYNORSK: nn, Language.ENGLISH: en}


FIELD_WORDS: dict[FieldPath, dict[Language, str]] = {
    FieldPath.ORDER_TYPE: _table(
        "hvilken av de to måtene dere ønsker tilgangen på",
        "kva for ein av dei to måtane de ønskjer tilgangen på",
        "which of the two ways you want the access",
    ),
    FieldPath.APPLICANT_ORG_NUMBER: _table(
        "organisasjonsnummeret til virksomheten deres",
        "organisasjonsnummeret til verksemda dykkar",
        "your organisation's organisation number",
    ),
    FieldPath.APPLICANT_NAME: _table(
        "navnet på virksomheten deres",
        "namnet på verksemda dykkar",
        "your organisation's name",
    ),
    FieldPath.APPLICANT_CONTACT_NAME: _table(
        "navnet på testansvarlig",
        "namnet på testansvarleg",
        "the name of the person responsible for testing",
    ),
    FieldPath.APPLICANT_CONTACT_EMAIL: _table(
        "e-postadressen til testansvarlig",
        "e-postadressa til testansvarleg",
        "the email address of the person responsible for testing",
    ),
    FieldPath.APPLICANT_CONTACT_PHONE: _table(
        "telefonnummeret til testansvarlig",
        "telefonnummeret til testansvarleg",
        "the phone number of the person responsible for testing",
    ),
    FieldPath.CUSTOMER_ORG_NUMBER: _table(
        "organisasjonsnummeret til kunden",
        "organisasjonsnummeret til kunden",
        "the customer's organisation number",
    ),
    FieldPath.CUSTOMER_NAME: _table(
        "navnet på kunden",
        "namnet på kunden",
        "the customer's name",
    ),
    FieldPath.CUSTOMER_CONTACT_NAME: _table(
        "navnet på kontaktpersonen hos kunden",
        "namnet på kontaktpersonen hos kunden",
        "the name of the contact person at the customer",
    ),
    FieldPath.CUSTOMER_CONTACT_EMAIL: _table(
        "e-postadressen til kontaktpersonen hos kunden",
        "e-postadressa til kontaktpersonen hos kunden",
        "the email address of the contact person at the customer",
    ),
    FieldPath.CUSTOMER_CONTACT_PHONE: _table(
        "telefonnummeret til kontaktpersonen hos kunden",
        "telefonnummeret til kontaktpersonen hos kunden",
        "the phone number of the contact person at the customer",
    ),
    FieldPath.PRODUCTION_CONTACT_NAME: _table(
        "navnet på produksjonsansvarlig",
        "namnet på produksjonsansvarleg",
        "the name of the person responsible for production",
    ),
    FieldPath.PRODUCTION_CONTACT_EMAIL: _table(
        "e-postadressen til produksjonsansvarlig",
        "e-postadressa til produksjonsansvarleg",
        "the email address of the person responsible for production",
    ),
    FieldPath.PRODUCTION_CONTACT_PHONE: _table(
        "telefonnummeret til produksjonsansvarlig",
        "telefonnummeret til produksjonsansvarleg",
        "the phone number of the person responsible for production",
    ),
    FieldPath.LEGAL_BASIS: _table(
        "grunnlaget for tilgangen (for eksempel rapporteringspliktig etter hvitvaskingsloven)",
        "grunnlaget for tilgangen (til dømes rapporteringspliktig etter kvitvaskingslova)",
        "the legal basis for access (for example a reporting entity under the AML Act)",
    ),
}
"""What is missing, in plain words: 'Vi mangler <words>.'"""

FIELD_LABELS: dict[FieldPath, dict[Language, str]] = {
    FieldPath.ORDER_TYPE: _table("Type bestilling", "Type bestilling", "Type of order"),
    FieldPath.APPLICANT_ORG_NUMBER: _table(
        "Organisasjonsnummer", "Organisasjonsnummer", "Organisation number"
    ),
    FieldPath.APPLICANT_NAME: _table("Virksomhet", "Verksemd", "Organisation"),
    FieldPath.APPLICANT_CONTACT_NAME: _table("Testansvarlig", "Testansvarleg", "Test contact"),
    FieldPath.APPLICANT_CONTACT_EMAIL: _table(
        "E-post til testansvarlig", "E-post til testansvarleg", "Test contact's email"
    ),
    FieldPath.APPLICANT_CONTACT_PHONE: _table(
        "Telefon til testansvarlig", "Telefon til testansvarleg", "Test contact's phone"
    ),
    FieldPath.CUSTOMER_ORG_NUMBER: _table(
        "Kundens organisasjonsnummer", "Organisasjonsnummeret til kunden", "Customer's number"
    ),
    FieldPath.CUSTOMER_NAME: _table("Kunde", "Kunde", "Customer"),
    FieldPath.CUSTOMER_CONTACT_NAME: _table(
        "Kontaktperson hos kunden", "Kontaktperson hos kunden", "Contact at the customer"
    ),
    FieldPath.CUSTOMER_CONTACT_EMAIL: _table(
        "E-post til kontaktpersonen hos kunden",
        "E-post til kontaktpersonen hos kunden",
        "Customer contact's email",
    ),
    FieldPath.CUSTOMER_CONTACT_PHONE: _table(
        "Telefon til kontaktpersonen hos kunden",
        "Telefon til kontaktpersonen hos kunden",
        "Customer contact's phone",
    ),
    FieldPath.PRODUCTION_CONTACT_NAME: _table(
        "Produksjonsansvarlig", "Produksjonsansvarleg", "Production contact"
    ),
    FieldPath.PRODUCTION_CONTACT_EMAIL: _table(
        "E-post til produksjonsansvarlig",
        "E-post til produksjonsansvarleg",
        "Production contact's email",
    ),
    FieldPath.PRODUCTION_CONTACT_PHONE: _table(
        "Telefon til produksjonsansvarlig",
        "Telefon til produksjonsansvarleg",
        "Production contact's phone",
    ),
    FieldPath.LEGAL_BASIS: _table("Grunnlag for tilgang", "Grunnlag for tilgang", "Legal basis"),
}
"""Short labels for 'what we understood': '<label>: <value>'."""

ORDER_TYPE_WORDS: dict[OrderType, dict[Language, str]] = {
    OrderType.FICTITIOUS_CUSTOMER: _table(
        "fiktiv virksomhet som dere delegerer tilgang fra selv (alternativ 1)",
        "fiktiv verksemd som de delegerer tilgang frå sjølve (alternativ 1)",
        "a fictitious enterprise you delegate access from yourselves (option 1)",
    ),
    OrderType.EXISTING_CUSTOMER: _table(
        "delegering fra en eksisterende kunde (alternativ 2)",
        "delegering frå ein eksisterande kunde (alternativ 2)",
        "delegation from an existing customer (option 2)",
    ),
    OrderType.DIRECT_ACCESS: _table(
        "direkte tilgang for virksomheten selv",
        "direkte tilgang for verksemda sjølv",
        "direct access for the enterprise itself",
    ),
}

LEGAL_BASIS_WORDS: dict[LegalBasis, dict[Language, str]] = {
    LegalBasis.REPORTING_ENTITY: _table(
        "rapporteringspliktig etter hvitvaskingsloven",
        "rapporteringspliktig etter kvitvaskingslova",
        "reporting entity under the Anti-Money Laundering Act",
    ),
    LegalBasis.PUBLIC_AUTHORITY: _table(
        "offentlig myndighet", "offentleg styresmakt", "public authority"
    ),
    LegalBasis.MEDIA: _table("media", "media", "media"),
    LegalBasis.CIVIL_SOCIETY: _table(
        "sivilsamfunnsorganisasjon", "sivilsamfunnsorganisasjon", "civil society organisation"
    ),
    LegalBasis.HIGHER_EDUCATION: _table(
        "universitet eller høyskole", "universitet eller høgskule", "university or college"
    ),
}

_PROBLEMS: dict[str, dict[Language, str]] = {
    "not nine digits": _table(
        "har ikke ni sifre", "har ikkje ni siffer", "does not have nine digits"
    ),
    "wrong check digit (mod 11)": _table(
        "har feil kontrollsiffer", "har feil kontrollsiffer", "has a wrong check digit"
    ),
    "too short": _table("er for kort", "er for kort", "is too short"),
    "too long": _table("er for langt", "er for langt", "is too long"),
    "wrong number of digits": _table(
        "har feil antall sifre", "har feil tal siffer", "has the wrong number of digits"
    ),
    "not a number in use": _table(
        "er ikke et nummer som er i bruk",
        "er ikkje eit nummer som er i bruk",
        "is not a number in use",
    ),
    "not a phone number": _table(
        "er ikke et telefonnummer", "er ikkje eit telefonnummer", "is not a phone number"
    ),
    # rules/register.py: what Enhetsregisteret said about an org number
    "not in Enhetsregisteret": _table(
        "finnes ikke i Enhetsregisteret; kontroller nummeret",
        "finst ikkje i Einingsregisteret; kontroller nummeret",
        "is not in the Central Coordinating Register for Legal Entities; please check it",
    ),
    "deleted in Enhetsregisteret": _table(
        "er slettet i Enhetsregisteret; kontroller nummeret",
        "er sletta i Einingsregisteret; kontroller nummeret",
        "is deleted in the Central Coordinating Register for Legal Entities; please check it",
    ),
    "removed from Enhetsregisteret": _table(
        "er fjernet fra Enhetsregisteret; kontroller nummeret",
        "er fjerna frå Einingsregisteret; kontroller nummeret",
        "is removed from the Central Coordinating Register for Legal Entities; please check it",
    ),
}
_FALLBACK_PROBLEM: dict[str, dict[Language, str]] = {
    "email": _table(
        "er ikke en gyldig e-postadresse",
        "er ikkje ei gyldig e-postadresse",
        "is not a valid email address",
    ),
    "org_number": _table(
        "er ikke et gyldig organisasjonsnummer",
        "er ikkje eit gyldig organisasjonsnummer",
        "is not a valid organisation number",
    ),
    "phone": _table(
        "er ikke et gyldig telefonnummer",
        "er ikkje eit gyldig telefonnummer",
        "is not a valid phone number",
    ),
}
_GENERIC_PROBLEM = _table("er ikke gyldig", "er ikkje gyldig", "is not valid")


def problem_words(path: FieldPath, reason: str, language: Language) -> str:
    """``rules.evaluate``'s English ``reason`` for ``path`` as a predicate in ``language``
    ("har feil kontrollsiffer"); an unknown reason (email syntax) gets a plain one per kind."""
    known = _PROBLEMS.get(reason.strip()) or _FALLBACK_PROBLEM.get(path.leaf, _GENERIC_PROBLEM)
    return known[language]
