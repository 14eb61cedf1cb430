"""A fake Microsoft Entra ID authority for MSAL: an in-process, requests-like HTTP client.

MSAL's ``ConfidentialClientApplication`` takes ``http_client=``; this one answers the OpenID
configuration of its tenant and the token endpoint (client credentials with a secret or a
certificate assertion), and answers like Entra ID does for the errors an administrator meets
(``AADSTS90002`` unknown tenant, ``AADSTS7000222`` expired secret, ...). Nothing leaves the
process.
"""

from __future__ import annotations

import json
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

AUTHORITY_HOST = "https://login.entra.test"
TENANT = "11111111-2222-3333-4444-555555555555"
CLIENT_ID = "66666666-7777-8888-9999-000000000000"
SECRET = "fiktiv-hemmelighet"


@dataclass
class Response:
    status_code: int
    text: str
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "application/json"})

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise OSError(f"HTTP {self.status_code}")


def _error(status: int, error: str, code: int, text: str) -> Response:
    body = {"error": error, "error_description": f"AADSTS{code}: {text}", "error_codes": [code]}
    return Response(status, json.dumps(body))


EXPIRED_SECRET = _error(401, "invalid_client", 7000222, "The provided client secret keys for app are expired.")
WRONG_SECRET = _error(401, "invalid_client", 7000215, "Invalid client secret provided.")
NO_CONSENT = _error(400, "invalid_grant", 65001, "The user or administrator has not consented.")


@dataclass
class FakeEntra:
    """Issues ``token-1``, ``token-2``... valid for ``expires_in`` seconds; ``next_errors`` are
    answered (in order) to the next token requests instead."""

    expires_in: int = 3600
    next_errors: list[Response] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)
    revoked: set[str] = field(default_factory=set)  # issued, then revoked by the test
    assertions: list[str] = field(default_factory=list)  # client_assertion JWTs received
    lock: threading.Lock = field(default_factory=threading.Lock)

    def valid(self, token: str) -> bool:
        """What a resource server (IMAP, SMTP) decides about ``token``."""
        return token in self.issued and token not in self.revoked

    @property
    def authority(self) -> str:
        return f"{AUTHORITY_HOST}/{TENANT}"

    def get(self, url: str, params: Any = None, headers: Any = None, **_: Any) -> Response:
        path = urlsplit(url).path
        tenant = path.strip("/").split("/")[0]
        if tenant != TENANT:
            return _error(400, "invalid_tenant", 90002, f"Tenant '{tenant}' not found.")
        if path.endswith("/.well-known/openid-configuration"):
            base = urlsplit(url)._replace(path=f"/{TENANT}", query="").geturl()
            return Response(200, json.dumps({
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "issuer": f"{AUTHORITY_HOST}/{TENANT}/v2.0",
            }))  # fmt: skip
        return Response(404, "{}")

    def post(self, url: str, params: Any = None, data: Any = None, headers: Any = None, **_: Any) -> Response:
        form = data if isinstance(data, dict) else {k: v[0] for k, v in parse_qs(data or "").items()}
        with self.lock:
            if self.next_errors:
                return self.next_errors.pop(0)
            if form.get("client_id") != CLIENT_ID:
                return _error(400, "unauthorized_client", 700016, "Application not found in the directory.")
            if "client_assertion" in form:
                self.assertions.append(str(form["client_assertion"]))
            elif form.get("client_secret") != SECRET:
                return WRONG_SECRET
            token = f"token-{len(self.issued) + 1}"
            self.issued.append(token)
        body = {"token_type": "Bearer", "expires_in": self.expires_in, "access_token": token}
        return Response(200, json.dumps(body))

    def close(self) -> None:
        pass


class EntraServer:
    """``FakeEntra`` over HTTPS on 127.0.0.1 (MSAL insists on https), for commands that run
    MSAL's own HTTP client: point ``REQUESTS_CA_BUNDLE`` at the certificate."""

    def __init__(self, entra: FakeEntra, context: ssl.SSLContext) -> None:
        owner = entra

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, response: Response) -> None:
                data = response.text.encode()
                self.send_response(response.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._answer(owner.get(f"https://{self.headers['Host']}{self.path}"))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._answer(owner.post(self.path, data=self.rfile.read(length).decode()))

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def authority_host(self) -> str:
        return f"https://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
