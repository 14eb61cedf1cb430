"""Who is asking: the staff member named by a trusted reverse proxy, or one who logged in with
HTTP Basic (RFC 7617) against a local file of scrypt-hashed passwords; and the CSRF token bound
to that name.

Proxy mode believes ``user_header`` only when the TCP peer is one of ``trusted_proxies``
(anyone else could send the header themselves). Password mode compares with
``hmac.compare_digest`` and hashes with ``hashlib.scrypt`` (n=2**14, r=8, p=1, a 16-byte salt).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.config import WebAuth, WebConfig
from rules.text_safety import staff_text_problem

NAME_MAX = 100
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class PasswordFileError(ValueError):
    """The password file cannot be read; ``str()`` names the file and line."""


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt-hex$hash-hex`` for one line of the password file."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    n, r, p = _SCRYPT["n"], _SCRYPT["r"], _SCRYPT["p"]
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        wanted = bytes.fromhex(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(wanted),
        )  # fmt: skip
    except ValueError:
        return False
    return hmac.compare_digest(got, wanted)


def read_password_file(path: Path) -> dict[str, str]:
    """``name:hash`` per line (``#`` comments and blank lines skipped) -> {name: hash}."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PasswordFileError(f"{path}: {exc.strerror}") from None
    users: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, stored = line.rpartition(":")
        if not sep or not name.strip() or not stored.startswith("scrypt$"):
            raise PasswordFileError(f"{path}:{number}: not 'name:scrypt$...'")
        users[name.strip()] = stored.strip()
    return users


def add_user(path: Path, name: str, password: str) -> None:
    """Add or replace ``name`` in the password file (created with mode 0600)."""
    problem = usable_name(name)
    if problem is not None:
        raise PasswordFileError(f"name {problem}")
    users = read_password_file(path) if path.exists() else {}
    users[name] = hash_password(password)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text("".join(f"{n}:{h}\n" for n, h in users.items()), encoding="utf-8")


def usable_name(name: str) -> str | None:
    """Why a staff name cannot go into the event log, or None."""
    problem = staff_text_problem(name)
    if problem is None and (len(name) > NAME_MAX or ":" in name):
        problem = "must be at most 100 characters without ':'"
    return problem


@dataclass(frozen=True)
class Authenticator:
    """Decides who a request comes from (None: nobody we know)."""

    config: WebConfig
    users: Mapping[str, str]
    local_user: str | None = None  # `web --local-user`: one person on their own machine

    @classmethod
    def from_config(cls, config: WebConfig, local_user: str | None = None) -> Authenticator:
        if local_user is not None:
            return cls(config, {}, local_user)
        if config.auth is WebAuth.PASSWORD and config.password_file is not None:
            return cls(config, read_password_file(config.password_file))
        return cls(config, {})

    def staff(self, headers: Mapping[str, str], peer: str | None) -> str | None:
        if self.local_user is not None:  # only from this machine, whatever the config says
            return self.local_user if peer is not None and _loopback(peer) else None
        if self.config.auth is WebAuth.PROXY:
            if peer is None or not self._trusted(peer):
                return None
            name = headers.get(self.config.user_header.lower(), "").strip()
        else:
            name = self._basic(headers.get("authorization", "")) or ""
        return name if name and usable_name(name) is None else None

    def _trusted(self, peer: str) -> bool:
        try:
            address = ipaddress.ip_address(peer)
        except ValueError:
            return False
        return any(
            address in ipaddress.ip_network(p, strict=False) for p in self.config.trusted_proxies
        )

    def _basic(self, header: str) -> str | None:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            name, sep, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        stored = self.users.get(name)
        if not sep or stored is None:
            hash_password(password)  # the same work for unknown names: no timing oracle
            return None
        return name if password_matches(password, stored) else None


def _loopback(peer: str) -> bool:
    try:
        return ipaddress.ip_address(peer).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class CsrfTokens:
    """A token per staff member: HMAC-SHA256 of the name under a key made at start-up. A form
    carries it; a POST without the right one is refused. A forged page on another site cannot
    read it (same-origin policy), and it is worthless for anyone else's name."""

    key: bytes

    @classmethod
    def fresh(cls) -> CsrfTokens:
        return cls(secrets.token_bytes(32))

    def token(self, staff: str) -> str:
        return hmac.new(self.key, staff.encode("utf-8"), hashlib.sha256).hexdigest()

    def valid(self, staff: str, token: str) -> bool:
        return hmac.compare_digest(self.token(staff), token)
