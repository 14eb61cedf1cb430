"""``ImapMailbox`` against the private Dovecot: commands used, TLS, login, refusals."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from bot.config import ImapAuth, ImapConfig, TlsMode
from bot.mailbox.base import InsecureConnectionError, MailboxError
from bot.mailbox.imap import ImapMailbox
from tests.dovecot import PASSWORD, DovecotServer, append
from tests.mailbox.conftest import PASSWORD_ENV, imap_config, make_mail

pytestmark = pytest.mark.integration

PROCESSED = "INBOX.processed"
ENV = {PASSWORD_ENV: PASSWORD}


@pytest.fixture
def commands(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts imapclient calls that send MOVE, COPY, STORE, EXPUNGE and FETCH commands."""
    counts: Counter[str] = Counter()
    for name in ("move", "copy", "add_flags", "uid_expunge", "expunge", "close_folder", "fetch"):
        original: Callable[..., Any] = getattr(IMAPClient, name)

        def spy(self: IMAPClient, *args: Any, _name: str = name, _orig: Any = original,
                **kwargs: Any) -> Any:
            counts[_name] += 1
            return _orig(self, *args, **kwargs)

        monkeypatch.setattr(IMAPClient, name, spy)
    return counts


def _deliver_and_list(server: DovecotServer, count: int) -> tuple[int, tuple[int, ...]]:
    append(server, [make_mail(n) for n in range(count)])
    imap = server.client()
    try:
        status = imap.folder_status("INBOX", ["UIDVALIDITY"])
        imap.select_folder("INBOX", readonly=True)
        return int(status[b"UIDVALIDITY"]), tuple(sorted(imap.search(["ALL"])))
    finally:
        imap.logout()


def test_reports_the_uidvalidity_the_server_has(dovecot_clean: DovecotServer) -> None:
    uidvalidity, uids = _deliver_and_list(dovecot_clean, 2)
    with ImapMailbox(imap_config(dovecot_clean), environ=ENV) as box:
        listing = box.list_uids("INBOX")
    assert (listing.uidvalidity, listing.uids) == (uidvalidity, uids)


def test_move_sends_one_uid_move_for_many_uids(
    dovecot_clean: DovecotServer, commands: Counter[str]
) -> None:
    _, uids = _deliver_and_list(dovecot_clean, 60)
    chosen = [uid for uid in uids if uid % 7 != 0]  # several ranges in one set
    with ImapMailbox(imap_config(dovecot_clean), environ=ENV) as box:
        assert "MOVE" in box.capabilities
        box.ensure_folder(PROCESSED)
        listing = box.list_uids("INBOX")
        box.move("INBOX", listing.uidvalidity, chosen, PROCESSED)
        assert len(box.list_uids(PROCESSED).uids) == len(chosen)
        assert box.list_uids("INBOX").uids == tuple(uid for uid in uids if uid % 7 == 0)
    assert commands["move"] == 1
    assert commands["copy"] == commands["uid_expunge"] == commands["expunge"] == 0
    assert commands["close_folder"] == 0


def test_copy_fallback_expunges_only_the_moved_uids(
    dovecot_clean: DovecotServer, commands: Counter[str]
) -> None:
    _, uids = _deliver_and_list(dovecot_clean, 10)
    staff_deleted = uids[-1]  # flagged \Deleted by someone else, not ours to expunge
    imap = dovecot_clean.client()
    imap.select_folder("INBOX")
    imap.add_flags([staff_deleted], [b"\\Deleted"], silent=True)
    imap.unselect_folder()
    imap.logout()
    commands.clear()
    with ImapMailbox(imap_config(dovecot_clean), environ=ENV, prefer_move=False) as box:
        box.ensure_folder(PROCESSED)
        listing = box.list_uids("INBOX")
        assert staff_deleted in listing.uids  # \Deleted but not expunged: still listed
        box.move("INBOX", listing.uidvalidity, uids[:5], PROCESSED)
        assert box.list_uids("INBOX").uids == uids[5:]
        assert len(box.list_uids(PROCESSED).uids) == 5
    assert (commands["copy"], commands["add_flags"], commands["uid_expunge"]) == (1, 1, 1)
    assert commands["move"] == commands["expunge"] == commands["close_folder"] == 0


def test_fetch_uses_one_command_per_batch_of_uids(
    dovecot_clean: DovecotServer, commands: Counter[str]
) -> None:
    _, uids = _deliver_and_list(dovecot_clean, 12)
    with ImapMailbox(imap_config(dovecot_clean), environ=ENV) as box:
        fetched = list(box.fetch_new("INBOX", set(), batch=5))
    assert [m.uid for m in fetched] == list(uids)
    assert commands["fetch"] == 3


def test_implicit_tls_with_the_private_ca(dovecot_clean: DovecotServer) -> None:
    append(dovecot_clean, [make_mail(1)])
    config = imap_config(
        dovecot_clean, port=dovecot_clean.tls_port, security=TlsMode.TLS,
        ca_file=dovecot_clean.ca_file,
    )  # fmt: skip
    with ImapMailbox(config, environ=ENV) as box:
        assert [m.raw for m in box.fetch_new("INBOX", set())] == [make_mail(1)]


def test_starttls_with_the_private_ca(dovecot_clean: DovecotServer) -> None:
    config = imap_config(dovecot_clean, security=TlsMode.STARTTLS, ca_file=dovecot_clean.ca_file)
    with ImapMailbox(config, environ=ENV) as box:
        assert box.list_uids("INBOX").uids == ()


def test_certificate_from_an_unknown_ca_is_rejected(dovecot: DovecotServer) -> None:
    config = imap_config(dovecot, port=dovecot.tls_port, security=TlsMode.TLS)  # system CAs
    with pytest.raises(MailboxError, match="certificate was rejected"):
        ImapMailbox(config, environ=ENV).connect()


def test_certificate_for_another_host_name_is_rejected(dovecot: DovecotServer) -> None:
    config = imap_config(
        dovecot, host="localhost", port=dovecot.tls_port, security=TlsMode.TLS,
        ca_file=dovecot.ca_file,
    )  # fmt: skip  # the certificate names IP 127.0.0.1 only
    with pytest.raises(MailboxError, match="certificate was rejected"):
        ImapMailbox(config, environ=ENV).connect()


@pytest.mark.parametrize("host", ["192.0.2.10", "imap.example.no", "127.0.0.1.example.no", "::2"])
def test_plaintext_to_a_non_loopback_host_is_refused_without_connecting(host: str) -> None:
    opened: list[Any] = []

    def factory(*args: Any, **kwargs: Any) -> Any:
        opened.append(args)
        raise AssertionError("must not connect")

    config = ImapConfig(
        host=host, security=TlsMode.PLAINTEXT, username="intake@example.no",
        password_env=PASSWORD_ENV,
    )  # fmt: skip
    with pytest.raises(InsecureConnectionError, match="loopback"):
        ImapMailbox(config, environ=ENV, client_factory=factory)
    assert opened == []


def test_password_from_a_file(dovecot_clean: DovecotServer, tmp_path: Path) -> None:
    secret = tmp_path / "imap-password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    config = imap_config(dovecot_clean, password_env=None, password_file=secret)
    with ImapMailbox(config, environ={}) as box:
        assert box.list_uids("INBOX").uidvalidity > 0


def test_wrong_password_is_a_clear_error_without_the_secret(dovecot: DovecotServer) -> None:
    with pytest.raises(MailboxError, match="refused") as caught:
        ImapMailbox(imap_config(dovecot), environ={PASSWORD_ENV: "not-the-password"}).connect()
    assert "not-the-password" not in str(caught.value)


def test_xoauth2_with_a_token_command(dovecot_clean: DovecotServer) -> None:
    # The test Dovecot checks a bearer token like a password (see tests/dovecot.py).
    command = (sys.executable, "-c", f"print({PASSWORD!r})")
    config = imap_config(
        dovecot_clean, auth=ImapAuth.XOAUTH2, password_env=None, token_command=command
    )
    with ImapMailbox(config) as box:
        assert box.list_uids("INBOX").uids == ()


def test_failing_token_command_is_reported(dovecot: DovecotServer) -> None:
    command = (sys.executable, "-c", "import sys; sys.exit('az: please log in')")
    config = imap_config(dovecot, auth=ImapAuth.XOAUTH2, password_env=None, token_command=command)
    with pytest.raises(MailboxError, match="exited with 1: az: please log in"):
        ImapMailbox(config).connect()


def test_a_dead_connection_closes_quietly(dovecot: DovecotServer) -> None:
    box = ImapMailbox(imap_config(dovecot), environ=ENV)
    box.connect()
    box._client.shutdown()  # the server went away
    box.close()
    box.close()
