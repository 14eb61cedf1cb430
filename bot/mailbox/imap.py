"""``ImapMailbox``: the mailbox port over IMAP4rev1 (RFC 3501) with imapclient.

Connection security: implicit TLS (port 993, RFC 8314) or STARTTLS (port 143, RFC 3501 section
6.2.1), both with certificate and host name checking by ``ssl.create_default_context`` (an
optional ``ca_file`` replaces the system CAs, for a private CA or tests). Plaintext is refused
unless the configuration asks for it *and* the host is a loopback address; the refusal happens
before any socket is opened.

Login: a password (from ``password_env`` or ``password_file``, see ``bot.config.read_secret``),
XOAUTH2 with an access token printed by ``token_command`` (any provider), or XOAUTH2 with a
Microsoft 365 app-only token (``auth = "m365"``, ``bot.auth``): a refused token is dropped from
the cache and one fresh token is tried before the login counts as refused.

Folder names: the configuration writes hierarchy with "/" (``INBOX/processed``); the server's
own separator (``LIST "" "INBOX"``, RFC 3501 6.3.8: "." on Dovecot, "/" on Microsoft 365)
replaces it before a name goes on the wire.

imapclient 4.1.0 quirks (facts.md): ``fetch`` with a range string raises, so fetches use
explicit UID lists; MOVE/COPY/STORE/EXPUNGE take a compressed UID set string, which imapclient
passes through untouched. CONDSTORE is not used (Microsoft 365 lacks it).

Never used, on purpose: ``\\Seen`` (reads are ``BODY.PEEK[]``), ``CLOSE`` (it expunges every
``\\Deleted`` message, including ones staff flagged), plain ``EXPUNGE`` (same reason).
"""

from __future__ import annotations

import logging
import ssl
import subprocess
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from types import TracebackType
from typing import Any, Self

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from bot.auth import TokenError, TokenSource
from bot.config import ImapAuth, ImapConfig, TlsMode, is_loopback, read_secret
from bot.mailbox.base import (
    FETCH_BATCH,
    FetchedMail,
    FolderListing,
    InsecureConnectionError,
    MailboxError,
    UidValidityChangedError,
    batched,
    uid_set,
)

log = logging.getLogger(__name__)

TOKEN_COMMAND_TIMEOUT = 60.0
_DELETED = b"\\Deleted"

ClientFactory = Callable[..., Any]
"""Builds the IMAP client; ``IMAPClient`` itself unless a test substitutes a spy."""


def check_security(config: ImapConfig) -> None:
    """Raise ``InsecureConnectionError`` unless the configured connection may carry a password.

    Plaintext is acceptable only to a loopback address (``localhost``, 127.0.0.0/8, ``::1``),
    where nothing crosses a network. Host names other than ``localhost`` are not resolved.
    """
    if config.security is TlsMode.PLAINTEXT and not is_loopback(config.host):
        raise InsecureConnectionError(
            f"refusing a plaintext IMAP connection to {config.host!r}: plaintext is allowed only "
            'to a loopback address; use security = "tls" or "starttls"'
        )


class ImapMailbox:
    """The ``Mailbox`` port over one IMAP connection (not thread-safe; one per worker).

    The connection opens on ``connect()``, on entering the context manager, or on first use.
    ``prefer_move=False`` forces the COPY fallback even where the server offers MOVE (tests).
    """

    def __init__(
        self,
        config: ImapConfig,
        *,
        prefer_move: bool = True,
        environ: Mapping[str, str] | None = None,
        client_factory: ClientFactory = IMAPClient,
        tokens: TokenSource | None = None,
    ) -> None:
        check_security(config)
        if not config.host:
            raise MailboxError("mailbox.imap.host is not configured")
        self._config = config
        self._prefer_move = prefer_move
        self._environ = environ
        self._client_factory = client_factory
        self._tokens = tokens
        if config.auth is ImapAuth.M365 and tokens is None:
            raise MailboxError('mailbox.imap.auth = "m365" needs a token source ([m365])')
        self._client: Any = None
        self._separator: str | None = None
        self._selected: tuple[str, bool, int] | None = None  # folder, read-only, UIDVALIDITY

    # ----------------------------------------------------------------- connection

    def connect(self) -> None:
        """Open, secure and authenticate the connection, unless it is open already."""
        if self._client is not None:
            return
        cfg = self._config
        check_security(cfg)  # again, right before the socket: the guarantee stays local
        where = f"{cfg.host}:{cfg.effective_port}"
        context = _tls_context(cfg) if cfg.security is not TlsMode.PLAINTEXT else None
        with _errors(f"connecting to {where}"):
            client = self._client_factory(
                cfg.host,
                port=cfg.effective_port,
                ssl=cfg.security is TlsMode.TLS,
                ssl_context=context,
                timeout=cfg.timeout_seconds,
            )
        try:
            if cfg.security is TlsMode.STARTTLS:
                with _errors(f"STARTTLS with {where}"):
                    client.starttls(context)
            self._login(client, where)
        except BaseException:
            _shutdown_quietly(client)
            raise
        self._client = client
        self._selected = None
        log.info("IMAP connected to %s (%s, %s)", where, cfg.security.value, cfg.auth.value)

    def _login(self, client: Any, where: str) -> None:
        cfg = self._config
        if cfg.auth is ImapAuth.M365:
            self._login_m365(client, where)
            return
        try:
            if cfg.auth is ImapAuth.XOAUTH2:
                client.oauth2_login(cfg.username, self._access_token())
            else:
                secret = read_secret(
                    "mailbox.imap", cfg.password_env, cfg.password_file, self._environ
                )
                client.login(cfg.username, secret)
        except LoginError:
            raise MailboxError(f"login to {where} was refused ({cfg.auth.value})") from None
        except (IMAPClientError, OSError) as exc:
            raise MailboxError(f"login to {where} failed: {exc}") from exc

    def _login_m365(self, client: Any, where: str) -> None:
        """XOAUTH2 with the cached token; if refused, once more with a fresh one."""
        tokens = self._tokens
        assert tokens is not None  # checked in __init__
        user = self._config.username
        for attempt in (1, 2):
            try:
                client.oauth2_login(user, tokens.token())
                return
            except TokenError as exc:
                raise MailboxError(str(exc)) from None
            except LoginError:
                tokens.invalidate()
                if attempt == 1:
                    log.info("IMAP login with the cached token refused; fetching a new token")
            except (IMAPClientError, OSError) as exc:
                raise MailboxError(f"login to {where} failed: {exc}") from exc
        raise MailboxError(
            f"login to {where} was refused with a fresh Microsoft 365 token: check that the "
            "app has IMAP.AccessAsApp with admin consent, that New-ServicePrincipal was run for "
            "it, and Add-MailboxPermission gives it FullAccess to mailbox.imap.username"
        )

    def _access_token(self) -> str:
        """Run ``token_command`` (no shell) and return the token it prints on stdout."""
        command = list(self._config.token_command)
        if not command:
            raise MailboxError("mailbox.imap.token_command is not configured")
        name = command[0]
        try:
            done = subprocess.run(  # an argv list from the config: no shell
                command, capture_output=True, text=True, timeout=TOKEN_COMMAND_TIMEOUT, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise MailboxError(f"token_command {name!r} could not run: {exc}") from None
        if done.returncode != 0:
            reason = (done.stderr.strip().splitlines() or [""])[-1][:200]
            raise MailboxError(f"token_command {name!r} exited with {done.returncode}: {reason}")
        token = done.stdout.strip()
        if not token or any(c.isspace() for c in token):
            raise MailboxError(f"token_command {name!r} did not print one access token")
        return token

    def close(self) -> None:
        """LOGOUT (never CLOSE, which would expunge) and drop the connection. Idempotent."""
        client, self._client, self._selected = self._client, None, None
        self._separator = None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # a dead connection is closed as well as it can be
            _shutdown_quietly(client)

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def capabilities(self) -> frozenset[str]:
        """The server's capabilities after login, upper case (``"MOVE"``, ``"UIDPLUS"``...)."""
        with _errors("CAPABILITY"):
            raw = self._connected().capabilities()
        return frozenset(c.decode("ascii").upper() if isinstance(c, bytes) else c for c in raw)

    def _connected(self) -> Any:
        if self._client is None:
            self.connect()
        return self._client

    def _select(self, folder: str, *, writable: bool, fresh: bool = False) -> tuple[Any, int]:
        """Select ``folder`` (EXAMINE when read-only suffices) and return its UIDVALIDITY."""
        client = self._connected()
        current = self._selected
        if fresh or current is None or current[0] != folder or (writable and current[1]):
            with _errors(f"selecting folder {folder!r}"):
                response = client.select_folder(self._wire(folder), readonly=not writable)
            uidvalidity = response.get(b"UIDVALIDITY")
            if not isinstance(uidvalidity, int):  # mandatory in RFC 3501 section 6.3.1
                raise MailboxError(f"folder {folder!r}: the server sent no UIDVALIDITY")
            self._selected = current = (folder, not writable, uidvalidity)
        return client, current[2]

    def _select_expecting(self, folder: str, uidvalidity: int, *, writable: bool) -> Any:
        client, actual = self._select(folder, writable=writable)
        if actual != uidvalidity:
            raise UidValidityChangedError(folder, uidvalidity, actual)
        return client

    # ----------------------------------------------------------------- the port

    def list_uids(self, folder: str) -> FolderListing:
        """``UID SEARCH ALL`` after a fresh EXAMINE: every message, ``\\Seen`` or not.

        Messages flagged ``\\Deleted`` but not yet expunged are listed too: whether to keep
        them is the database's decision, and dropping them could lose mail.
        """
        client, uidvalidity = self._select(folder, writable=False, fresh=True)
        with _errors(f"listing folder {folder!r}"):
            found = client.search(["ALL"])
        uids = tuple(sorted(int(uid) for uid in found))
        log.debug("folder %r: %d messages, UIDVALIDITY %d", folder, len(uids), uidvalidity)
        return FolderListing(folder, uidvalidity, uids)

    def fetch(
        self, folder: str, uidvalidity: int, uids: Iterable[int], batch: int = FETCH_BATCH
    ) -> Iterator[FetchedMail]:
        """``UID FETCH <uids> (BODY.PEEK[])`` in batches; see ``Mailbox.fetch``.

        The UIDVALIDITY check happens before this returns; the fetching happens as the
        iterator is consumed, and each batch re-checks the selection (a ``move`` in between
        may have re-selected).
        """
        chunks = list(batched(uids, batch))
        self._select_expecting(folder, uidvalidity, writable=False)
        return self._fetch_chunks(folder, uidvalidity, chunks)

    def _fetch_chunks(
        self, folder: str, uidvalidity: int, chunks: list[list[int]]
    ) -> Iterator[FetchedMail]:
        for chunk in chunks:
            client = self._select_expecting(folder, uidvalidity, writable=False)
            with _errors(f"fetching {len(chunk)} messages from {folder!r}"):
                # BODY.PEEK[] leaves \Seen alone (RFC 3501 section 6.4.5); the reply is BODY[].
                response = client.fetch(chunk, [b"BODY.PEEK[]"])
            for uid in chunk:
                raw = response.get(uid, {}).get(b"BODY[]")
                if raw is None:  # expunged by someone else since the listing
                    continue
                yield FetchedMail(folder, uidvalidity, uid, bytes(raw))

    def fetch_new(
        self, folder: str, recorded: Container[tuple[int, int]], batch: int = FETCH_BATCH
    ) -> Iterator[FetchedMail]:
        listing = self.list_uids(folder)
        return self.fetch(folder, listing.uidvalidity, listing.unrecorded(recorded), batch)

    def move(self, folder: str, uidvalidity: int, uids: Iterable[int], target: str) -> None:
        """Move ``uids`` to ``target``: one ``UID MOVE`` per UID set (RFC 6851) where offered.

        Otherwise (or with ``prefer_move=False``) ``UID COPY``, ``UID STORE +FLAGS.SILENT
        (\\Deleted)`` and ``UID EXPUNGE`` of exactly that set (RFC 4315 section 2.1), so no
        other message flagged ``\\Deleted`` is expunged. A server with neither MOVE nor
        UIDPLUS is refused rather than risk a plain EXPUNGE. The fallback is not atomic: a
        crash between COPY and EXPUNGE leaves a copy in both folders (never none).
        """
        sets = uid_set(uids)
        if not sets:
            return
        client = self._select_expecting(folder, uidvalidity, writable=True)
        capabilities = self.capabilities
        wire_target = self._wire(target)
        with _errors(f"moving messages from {folder!r} to {target!r}"):
            if self._prefer_move and "MOVE" in capabilities:
                for uid_range in sets:
                    client.move(uid_range, wire_target)
            elif "UIDPLUS" in capabilities:
                for uid_range in sets:
                    client.copy(uid_range, wire_target)
                    client.add_flags(uid_range, [_DELETED], silent=True)
                    client.uid_expunge(uid_range)
            else:
                raise MailboxError(
                    "the server offers neither MOVE (RFC 6851) nor UIDPLUS (RFC 4315); "
                    "refusing to expunge without them"
                )
        log.info("moved messages from %r to %r in %d UID set(s)", folder, target, len(sets))

    def folder_exists(self, name: str) -> bool:
        """True if ``name`` (written with "/") exists on the server. Changes nothing."""
        client = self._connected()
        with _errors(f"looking for folder {name!r}"):
            return bool(client.folder_exists(self._wire(name)))

    @property
    def separator(self) -> str | None:
        """The server's hierarchy separator (``LIST "" "INBOX"``); None for a flat server."""
        if self._separator is None:
            client = self._connected()
            with _errors("LIST (hierarchy separator)"):
                listed = client.list_folders("", "INBOX")
            raw = listed[0][1] if listed else None
            sep = raw.decode("ascii") if isinstance(raw, bytes) else raw
            self._separator = sep or ""  # NIL: a flat name space (RFC 3501 6.3.8)
        return self._separator or None

    def _wire(self, name: str) -> str:
        """``name`` as the server spells it: "/" in the config becomes its separator."""
        if "/" not in name:
            return name
        sep = self.separator
        return name if sep in (None, "/") else name.replace("/", sep)

    def ensure_folder(self, name: str) -> None:
        """``CREATE`` and ``SUBSCRIBE`` ``name`` unless it exists (a lost race is fine)."""
        client = self._connected()
        wire = self._wire(name)
        with _errors(f"creating folder {name!r}"):
            if client.folder_exists(wire):
                return
            try:
                client.create_folder(wire)
            except IMAPClientError:
                if not client.folder_exists(wire):
                    raise
                return
        try:  # so that mail clients show it; not needed for our own use
            client.subscribe_folder(wire)
        except IMAPClientError:
            log.warning("folder %r was created but could not be subscribed", name)
        log.info("created folder %r", name)


def _tls_context(config: ImapConfig) -> ssl.SSLContext:
    """Certificate and host name checking on, TLS 1.2 or later (Python's defaults)."""
    cafile = str(config.ca_file) if config.ca_file is not None else None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise MailboxError(f"mailbox.imap.ca_file {cafile!r} cannot be used: {exc}") from None


@contextmanager
def _errors(action: str) -> Iterator[None]:
    """Turn imapclient, TLS and socket errors into ``MailboxError`` naming the action."""
    try:
        yield
    except MailboxError:
        raise
    except ssl.SSLCertVerificationError as exc:
        problem = f"the server's certificate was rejected: {exc.verify_message}"
        raise MailboxError(f"{action}: {problem}") from exc
    except (IMAPClientError, OSError) as exc:
        raise MailboxError(f"{action}: {exc}") from exc


def _shutdown_quietly(client: Any) -> None:
    with suppress(Exception):  # already failing; nothing more to do
        client.shutdown()
