"""Stories of the Microsoft 365 app-only token: MSAL against a fake Entra ID authority."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bot.auth import M365TokenProvider, TokenError
from tests.ops.conftest import SECRET_ENV, Clock, m365_config, provider
from tests.ops.fake_entra import EXPIRED_SECRET, NO_CONSENT, WRONG_SECRET, FakeEntra


def test_a_token_is_cached_until_shortly_before_it_expires(entra: FakeEntra) -> None:
    clock = Clock()
    tokens = provider(entra, clock, refresh_margin_seconds=300)
    assert tokens.token() == "token-1"
    clock.now += 3600 - 301
    assert tokens.token() == "token-1"  # still more than the margin left
    clock.now += 2
    assert tokens.token() == "token-2"  # within five minutes of expiry: a fresh one
    assert entra.issued == ["token-1", "token-2"]


def test_a_refused_token_is_replaced_by_a_fresh_one(entra: FakeEntra) -> None:
    tokens = provider(entra)
    assert tokens.token() == "token-1"
    tokens.invalidate()  # the IMAP or SMTP server said no
    assert tokens.token() == "token-2"


@pytest.mark.parametrize(
    ("answer", "code", "fix"),
    [
        (EXPIRED_SECRET, "AADSTS7000222", "has expired: create a new one"),
        (WRONG_SECRET, "AADSTS7000215", "not its Secret ID"),
        (NO_CONSENT, "AADSTS65001", "must grant admin consent"),
    ],
)
def test_entra_errors_say_what_to_fix_in_one_line(
    entra: FakeEntra, answer: object, code: str, fix: str
) -> None:
    entra.next_errors.append(answer)  # type: ignore[arg-type]
    with pytest.raises(TokenError) as raised:
        provider(entra).token()
    message = str(raised.value)
    assert code in message and fix in message and "\n" not in message


def test_a_wrong_tenant_names_the_tenant_id(entra: FakeEntra) -> None:
    with pytest.raises(TokenError, match=r"AADSTS90002.*m365.tenant_id.*Directory \(tenant\) ID"):
        provider(entra, tenant_id="contoso-typo").token()


def test_a_wrong_client_id_names_the_client_id(entra: FakeEntra) -> None:
    with pytest.raises(TokenError, match=r"AADSTS700016.*m365.client_id"):
        provider(entra, client_id="00000000-0000-0000-0000-000000000000").token()


def test_an_unset_secret_variable_is_named(entra: FakeEntra) -> None:
    tokens = M365TokenProvider(m365_config(), environ={}, http_client=entra)
    with pytest.raises(TokenError, match=f"m365.client_secret_env: variable {SECRET_ENV} is not set"):
        tokens.token()


def test_a_certificate_signs_an_assertion_instead_of_a_secret(
    entra: FakeEntra, tmp_path: Path
) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "2", "-subj", "/CN=brreg-intake"],
        check=True, capture_output=True,
    )  # fmt: skip
    both = tmp_path / "brreg-intake.pem"
    both.write_text(key.read_text() + cert.read_text())
    tokens = provider(entra, client_secret_env=None, certificate_file=both)
    assert tokens.token() == "token-1"
    assert len(entra.assertions) == 1 and entra.assertions[0].count(".") == 2  # a signed JWT


def test_a_certificate_file_without_the_key_is_explained(entra: FakeEntra, tmp_path: Path) -> None:
    only_cert = tmp_path / "cert.pem"
    only_cert.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    tokens = provider(entra, client_secret_env=None, certificate_file=only_cert)
    with pytest.raises(TokenError, match="must hold the private key and the certificate"):
        tokens.token()
