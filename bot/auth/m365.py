"""App-only access tokens from Microsoft Entra ID for IMAP and SMTP (client credentials).

``M365TokenProvider.token()`` asks MSAL's ``ConfidentialClientApplication`` for a token for
``m365.scope`` (``https://outlook.office365.com/.default``: IMAP.AccessAsApp, SMTP.SendAsApp),
keeps it until ``refresh_margin_seconds`` before it expires, and ``invalidate()`` drops it
when a server refuses it, so the next ``token()`` fetches a new one (a token can be revoked or
the clock skewed before its stated expiry).

The credential: ``certificate_file`` (a PEM file with the private key and the certificate whose
public part is uploaded to the app registration) or a client secret from ``client_secret_env``
or ``client_secret_file``. Errors are ``TokenError`` with one line saying what to fix; the
Entra ID error codes (``AADSTS...``) that an administrator meets most are named in ``HINTS``.
Neither the secret nor the token is ever logged.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from bot.config import M365_AUTHORITY_HOST, ConfigError, M365Config, read_secret

log = logging.getLogger(__name__)


class TokenError(Exception):
    """No token could be had. ``str()`` is one line an administrator can act on."""


# AADSTS code -> what to fix (Microsoft's error code reference, "AADSTS error codes").
HINTS: Mapping[int, str] = {
    7000222: "the client secret has expired: create a new one under the app registration's "
    "'Certificates & secrets' and put its value where m365.client_secret_env/_file points",
    7000215: "the client secret is wrong: use the secret's Value (not its Secret ID) from the "
    "app registration's 'Certificates & secrets'",
    700027: "the certificate is not accepted: upload its public part (the .cer/.pem) to the app "
    "registration's 'Certificates & secrets', or check m365.certificate_file",
    90002: "m365.tenant_id names no tenant: use the Directory (tenant) ID from the app "
    "registration's Overview page",
    900023: "m365.tenant_id is not a valid tenant ID or domain: use the Directory (tenant) ID",
    700016: "m365.client_id is unknown in this tenant: use the Application (client) ID from the "
    "app registration's Overview page, and check m365.tenant_id",
    65001: "admin consent is missing: an administrator must grant admin consent for the app's "
    "Office 365 Exchange Online permissions (IMAP.AccessAsApp, SMTP.SendAsApp)",
    1002012: "m365.scope is not valid: use https://outlook.office365.com/.default",
    500011: "the resource in m365.scope is not in this tenant: use "
    "https://outlook.office365.com/.default",
}

_CODE = re.compile(r"AADSTS(\d+)")
_PEM_BLOCK = re.compile(r"-----BEGIN ([A-Z ]+)-----\s.*?-----END \1-----", re.DOTALL)

def explain(result: Mapping[str, Any] | str) -> str:
    """One line for an MSAL error result (or an exception's text): the fix if the code is known."""
    if isinstance(result, str):
        codes = [int(c) for c in _CODE.findall(result)]
        text = result
    else:
        codes = [int(c) for c in result.get("error_codes") or []]
        text = str(result.get("error_description") or result.get("error") or "unknown error")
        codes += [int(c) for c in _CODE.findall(text)]
    for code in codes:
        if code in HINTS:
            return f"Microsoft 365 token refused (AADSTS{code}): {HINTS[code]}"
    first = text.strip().splitlines()[0] if text.strip() else "unknown error"
    return f"Microsoft 365 token refused: {first[:300]}"


class M365TokenProvider:
    """Thread-safe cache of one app-only token; see the module docstring."""

    def __init__(
        self,
        config: M365Config,
        *,
        environ: Mapping[str, str] | None = None,
        http_client: Any = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._config = config
        self._environ = environ
        self._http_client = http_client  # a requests-like client (tests); None: MSAL's own
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def token(self) -> str:
        """A valid access token, from the cache unless it is within the margin of expiry."""
        with self._lock:
            margin = self._config.refresh_margin_seconds
            if self._token is None or self._clock() >= self._expires_at - margin:
                self._token, self._expires_at = self._fetch()
            return self._token

    def invalidate(self) -> None:
        """Forget the cached token (the server refused it); the next ``token()`` fetches one."""
        with self._lock:
            self._token = None

    def _fetch(self) -> tuple[str, float]:
        # A new MSAL application each time: MSAL's own cache would hand back the refused
        # token, or one inside our margin, until its expiry. One fetch an hour is cheap.
        app = self._application()
        try:
            result = app.acquire_token_for_client(scopes=[self._config.scope])
        except ValueError as exc:  # MSAL: OIDC discovery failed (e.g. an unknown tenant)
            raise TokenError(explain(_chain_text(exc))) from None
        except OSError as exc:
            where = self._config.authority_host
            raise TokenError(f"Microsoft 365 token: cannot reach {where}: {exc}") from None
        if not isinstance(result, Mapping) or "access_token" not in result:
            raise TokenError(explain(result if isinstance(result, Mapping) else str(result)))
        expires_in = float(result.get("expires_in") or 0)
        log.info("Microsoft 365 token fetched, valid for %d s", int(expires_in))
        return str(result["access_token"]), self._clock() + expires_in

    def _application(self) -> Any:
        import msal  # lazy: only the commands that log in pay for it

        cfg = self._config
        extra: dict[str, Any] = {"timeout": cfg.timeout_seconds}
        if self._http_client is not None:
            extra["http_client"] = self._http_client
        if cfg.authority_host.rstrip("/") != M365_AUTHORITY_HOST:
            # A sovereign cloud or a test authority: MSAL knows neither, so it must not check.
            extra.update(validate_authority=False, instance_discovery=False)
        try:
            return msal.ConfidentialClientApplication(
                cfg.client_id,
                client_credential=self._credential(),
                authority=cfg.authority,
                **extra,
            )
        except ValueError as exc:  # MSAL: OIDC discovery failed (e.g. an unknown tenant)
            raise TokenError(explain(_chain_text(exc))) from None

    def _credential(self) -> str | dict[str, str]:
        cfg = self._config
        if cfg.certificate_file is None:
            try:
                return read_secret(
                    "m365", cfg.client_secret_env, cfg.client_secret_file, self._environ
                )
            except ConfigError as exc:
                key = exc.key.replace("password_env", "client_secret_env").replace(
                    "password_file", "client_secret_file"
                )
                raise TokenError(f"Microsoft 365 client secret: {key}: {exc.problem}") from None
        try:
            pem = cfg.certificate_file.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            name = str(cfg.certificate_file)
            raise TokenError(f"m365.certificate_file {name!r} cannot be read: {exc}") from None
        return certificate_credential(pem, str(cfg.certificate_file))


def _chain_text(exc: BaseException) -> str:
    """The exception's text with its causes' (MSAL wraps the server's answer in a cause)."""
    texts: list[str] = []
    current: BaseException | None = exc
    while current is not None and len(texts) < 5:
        texts.append(str(current))
        current = current.__cause__ or current.__context__
    return " | ".join(texts)


def certificate_credential(pem: str, name: str) -> dict[str, str]:
    """MSAL's credential for a PEM with a private key and a certificate (any order).

    MSAL (1.35 and later) computes the SHA-256 thumbprint from ``public_certificate``.
    """
    blocks = {m.group(1): m.group(0) for m in _PEM_BLOCK.finditer(pem)}
    key = next((v for k, v in blocks.items() if k.endswith("PRIVATE KEY")), None)
    cert = blocks.get("CERTIFICATE")
    if key is None or cert is None:
        raise TokenError(
            f"m365.certificate_file {name!r} must hold the private key and the certificate "
            "(PEM); e.g. cat key.pem cert.pem > that file"
        )
    return {"private_key": key, "public_certificate": cert}
