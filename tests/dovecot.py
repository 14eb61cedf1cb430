"""A private Dovecot IMAP server for tests, and pytest fixtures around it.

``DovecotServer.start()`` writes a config into a fresh ``tempfile.mkdtemp()`` folder (mode
0755: Dovecot's own users must traverse it, which pytest's 0700 ``tmp_path`` parents forbid),
makes a self-signed certificate for 127.0.0.1, and runs ``dovecot -F -c CONFIG`` in the
foreground with its own base_dir, state_dir and log. It listens on two free ports of 127.0.0.1:
``port`` (plain IMAP with STARTTLS) and ``tls_port`` (implicit TLS). One passwd-file user
(``USER``/``PASSWORD``) owns a Maildir; when the tests run as root it is ``nobody``, since
Dovecot refuses uid 0 for mail processes. Dovecot treats a client from its own address as
secured, so plain LOGIN and XOAUTH2 work from 127.0.0.1. XOAUTH2's bearer token is checked
against the passwd-file like a password, so ``PASSWORD`` doubles as a valid access token.

With ``introspection_url`` set (``TokenIntrospection`` serves one on 127.0.0.1), a first
passdb of driver ``oauth2`` checks XOAUTH2 and OAUTHBEARER tokens by POSTing them to that URL
(RFC 7662 token introspection), as Dovecot does for a real OAuth2 provider; the passwd-file
passdb stays behind it for passwords.

Fixtures (import them into a conftest to use them; see tests/mailbox/conftest.py):

- ``dovecot`` (session): the running server; skipped with a reason if Dovecot is not installed
  (the root conftest turns that skip into a failure in CI).
- ``dovecot_clean`` (function): the same server with every folder but INBOX deleted and INBOX
  emptied, over IMAP, in a few milliseconds.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from imapclient import IMAPClient

USER = "intake@example.no"
PASSWORD = "dovecot-test-password"
DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")
START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0


def find_dovecot() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    return next((c for c in DOVECOT_CANDIDATES if os.access(c, os.X_OK)), None)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class DovecotServer:
    """One private Dovecot process. ``start()`` returns once both ports accept connections."""

    binary: str
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="brreg-dovecot-")))
    host: str = "127.0.0.1"
    port: int = 0
    tls_port: int = 0
    process: subprocess.Popen[bytes] | None = None
    introspection_url: str | None = None  # with it, an oauth2 passdb checks bearer tokens
    start_seconds: float = 0.0
    stop_seconds: float = 0.0

    @property
    def ca_file(self) -> Path:
        """The server's self-signed certificate, which is its own CA."""
        return self.workdir / "cert.pem"

    @property
    def log_file(self) -> Path:
        return self.workdir / "dovecot.log"

    @property
    def maildir(self) -> Path:
        return self.workdir / "home" / "Maildir"

    def start(self) -> DovecotServer:
        began = time.monotonic()
        self.workdir.chmod(0o755)
        self.port, self.tls_port = free_port(), free_port()
        self._make_certificate()
        config = self._write_config()
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._wait_until_listening()
        self.start_seconds = time.monotonic() - began
        return self

    def stop(self) -> None:
        """SIGTERM and wait (Dovecot takes about a second), then remove the work folder."""
        began = time.monotonic()
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process is not None and process.stderr is not None:
            process.stderr.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
        self.stop_seconds = time.monotonic() - began

    def client(self, *, tls: bool = False) -> IMAPClient:
        """A logged-in imapclient connection: "another client" for arranging and checking."""
        if tls:
            context = ssl.create_default_context(cafile=str(self.ca_file))
            imap = IMAPClient(self.host, port=self.tls_port, ssl_context=context, timeout=10)
        else:
            imap = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        imap.login(USER, PASSWORD)
        return imap

    # ------------------------------------------------------------------ internals

    def _make_certificate(self) -> None:
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", str(self.workdir / "key.pem"), "-out", str(self.ca_file),
                "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1",
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        (self.workdir / "key.pem").chmod(0o644)  # Dovecot reads it as root, but be plain

    def _write_config(self) -> Path:
        work = self.workdir
        home = work / "home"
        for sub in ("run", "state"):
            (work / sub).mkdir()
        home.mkdir()
        if os.geteuid() == 0:
            mail_user = pwd.getpwnam("nobody")
            os.chown(home, mail_user.pw_uid, mail_user.pw_gid)
            service_users = ""
        else:
            mail_user = pwd.getpwuid(os.geteuid())
            name = mail_user.pw_name
            service_users = (
                f"default_internal_user = {name}\n"
                f"default_internal_group = {grp.getgrgid(os.getegid()).gr_name}\n"
                f"default_login_user = {name}\n"
            )
        (work / "users").write_text(
            f"{USER}:{{PLAIN}}{PASSWORD}:{mail_user.pw_uid}:{mail_user.pw_gid}::{home}::\n",
            encoding="utf-8",
        )
        (work / "users").chmod(0o644)
        chroot = "  chroot =\n" if service_users else ""
        config = work / "dovecot.conf"
        config.write_text(
            f"""\
base_dir = {work}/run
state_dir = {work}/state
log_path = {self.log_file}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.ca_file}
ssl_key = <{work}/key.pem
auth_mechanisms = plain login xoauth2 oauthbearer
# A wrong-password test must not slow the logins after it: no failure delay, no penalty.
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
{service_users}
{self._oauth2_passdb()}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {work}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {work}/users
}}
service anvil {{
{chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
namespace inbox {{
  inbox = yes
  separator = .
  prefix =
}}
service imap-login {{
{chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
    ssl = yes
  }}
}}
""",
            encoding="utf-8",
        )
        return config

    def _oauth2_passdb(self) -> str:
        if self.introspection_url is None:
            return ""
        settings = self.workdir / "dovecot-oauth2.conf.ext"
        settings.write_text(
            f"introspection_url = {self.introspection_url}\n"
            "introspection_mode = post\n"
            "force_introspection = yes\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n",
            encoding="utf-8",
        )
        settings.chmod(0o644)
        return f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {settings}\n}}"

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        pending = {self.port, self.tls_port}
        while pending:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited at start-up:\n{self._diagnostics()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot did not listen within {START_TIMEOUT} s:\n"
                                   f"{self._diagnostics()}")
            for port in list(pending):
                with contextlib.suppress(OSError), socket.create_connection(
                    (self.host, port), timeout=0.2
                ):
                    pending.discard(port)
            if pending:
                time.sleep(0.01)

    def _diagnostics(self) -> str:
        stderr = b""
        process = self.process
        if process is not None and process.stderr is not None and process.poll() is not None:
            stderr = process.stderr.read()
        log = self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
        return stderr.decode(errors="replace") + log


# ---------------------------------------------------------------------- helpers for tests


def append(
    server: DovecotServer, messages: Iterable[bytes], folder: str = "INBOX", seen: bool = False
) -> None:
    """Deliver ``messages`` to ``folder`` (created if missing) with one MULTIAPPEND (RFC 3502)."""
    flags = [b"\\Seen"] if seen else []
    batch = [{"msg": raw, "flags": flags} for raw in messages]
    with contextlib.closing(_Session(server)) as session:
        imap = session.imap
        if not imap.folder_exists(folder):
            imap.create_folder(folder)
        if batch:
            imap.multiappend(folder, batch)


def reset(server: DovecotServer) -> None:
    """Delete every folder but INBOX (deepest first) and expunge everything in INBOX."""
    with contextlib.closing(_Session(server)) as session:
        imap = session.imap
        names = [name for _, _, name in imap.list_folders() if name.upper() != "INBOX"]
        for name in sorted(names, key=lambda n: n.count("."), reverse=True):
            imap.delete_folder(name)
        imap.select_folder("INBOX")
        uids = imap.search(["ALL"])
        if uids:
            imap.add_flags(uids, [b"\\Deleted"], silent=True)
            imap.uid_expunge(uids)
        imap.unselect_folder()


class _Session:
    def __init__(self, server: DovecotServer) -> None:
        self.imap = server.client()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.imap.logout()


# ---------------------------------------------------------------------- token introspection


class TokenIntrospection:
    """An RFC 7662 introspection endpoint on 127.0.0.1 for Dovecot's oauth2 passdb: a token is
    active (for ``USER``) when ``is_valid(token)`` says so. ``asked`` lists the tokens seen."""

    def __init__(self, is_valid: Callable[[str], bool]) -> None:
        self.is_valid = is_valid
        self.asked: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode("ascii", "replace"))
                token = (form.get("token") or [""])[0]
                owner.asked.append(token)
                active = owner.is_valid(token)
                body = {"active": "true" if active else "false"}
                if active:
                    body["username"] = USER
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/introspect"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# ---------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A private Dovecot for the whole session (start about 50 ms, stop about 1.1 s)."""
    binary = find_dovecot()
    if binary is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd, or "
                    "scripts/bootstrap.sh --dev)")
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (needed for the test certificate)")
    server = DovecotServer(binary)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def dovecot_clean(dovecot: DovecotServer) -> DovecotServer:
    """The session's Dovecot with an empty INBOX and no other folders."""
    reset(dovecot)
    return dovecot


@dataclass
class OAuth2Dovecot:
    """A Dovecot whose oauth2 passdb asks ``introspection``; set ``introspection.is_valid``."""

    server: DovecotServer
    introspection: TokenIntrospection


@pytest.fixture(scope="session")
def dovecot_oauth2() -> Iterator[OAuth2Dovecot]:
    """A second private Dovecot that checks bearer tokens by token introspection."""
    binary = find_dovecot()
    if binary is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd, or "
                    "scripts/bootstrap.sh --dev)")
    introspection = TokenIntrospection(lambda _token: False)
    server = DovecotServer(binary, introspection_url=introspection.url)
    try:
        server.start()
        yield OAuth2Dovecot(server, introspection)
    finally:
        server.stop()
        introspection.close()
