"""IMAP with Microsoft 365 app-only tokens against a real Dovecot whose oauth2 passdb checks
each bearer token at a local introspection endpoint; the tokens come from MSAL talking to a
fake Entra ID. Also: folder names written with "/" reach the server with its own separator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.auth import M365TokenProvider
from bot.config import ImapAuth
from bot.mailbox import MailboxError
from bot.mailbox.imap import ImapMailbox
from tests.dovecot import DovecotServer, OAuth2Dovecot, append, reset
from tests.mailbox.conftest import ImapStore, imap_config, make_mail
from tests.ops.conftest import provider
from tests.ops.fake_entra import EXPIRED_SECRET, FakeEntra

pytestmark = pytest.mark.integration


@pytest.fixture
def entra(dovecot_oauth2: OAuth2Dovecot) -> Iterator[FakeEntra]:
    """Dovecot accepts exactly the tokens this authority issued and the test did not revoke."""
    authority = FakeEntra()
    dovecot_oauth2.introspection.asked.clear()
    dovecot_oauth2.introspection.is_valid = authority.valid
    yield authority
    dovecot_oauth2.introspection.is_valid = lambda _t: False


def m365_mailbox(
    server: DovecotServer, entra: FakeEntra, tokens: M365TokenProvider | None = None
) -> ImapMailbox:
    config = imap_config(server, auth=ImapAuth.M365, password_env=None)
    return ImapMailbox(config, tokens=tokens or provider(entra))


def test_the_app_token_logs_in(dovecot_oauth2: OAuth2Dovecot, entra: FakeEntra) -> None:
    append(dovecot_oauth2.server, [make_mail(1)])
    with m365_mailbox(dovecot_oauth2.server, entra) as box:
        assert len(box.list_uids("INBOX").uids) >= 1
    assert dovecot_oauth2.introspection.asked == ["token-1"]


def test_a_revoked_token_is_replaced_by_a_fresh_one(
    dovecot_oauth2: OAuth2Dovecot, entra: FakeEntra
) -> None:
    tokens = provider(entra)
    with m365_mailbox(dovecot_oauth2.server, entra, tokens):
        pass
    entra.revoked.add("token-1")  # before its stated expiry
    with m365_mailbox(dovecot_oauth2.server, entra, tokens) as box:
        box.list_uids("INBOX")
    assert dovecot_oauth2.introspection.asked == ["token-1", "token-1", "token-2"]


def test_a_refused_fresh_token_names_what_to_check(
    dovecot_oauth2: OAuth2Dovecot, entra: FakeEntra
) -> None:
    dovecot_oauth2.introspection.is_valid = lambda _t: False  # no mailbox permission
    with pytest.raises(MailboxError, match="Add-MailboxPermission") as raised:
        m365_mailbox(dovecot_oauth2.server, entra).connect()
    assert "\n" not in str(raised.value)
    assert dovecot_oauth2.introspection.asked == ["token-1", "token-2"]


def test_an_unusable_secret_is_a_mailbox_error_naming_the_fix(
    dovecot_oauth2: OAuth2Dovecot, entra: FakeEntra
) -> None:
    entra.next_errors.append(EXPIRED_SECRET)
    with pytest.raises(MailboxError, match=r"AADSTS7000222.*create a new one"):
        m365_mailbox(dovecot_oauth2.server, entra).connect()


def test_folders_written_with_a_slash_use_the_servers_separator(
    dovecot_clean: DovecotServer,
) -> None:
    """Dovecot here separates with "." (Microsoft 365 with "/"); the config says "/"."""
    append(dovecot_clean, [make_mail(1), make_mail(2)])
    with ImapStore(dovecot_clean).open() as box:
        assert isinstance(box, ImapMailbox)
        assert box.separator == "."
        assert not box.folder_exists("INBOX/processed")
        box.ensure_folder("INBOX/processed")
        assert box.folder_exists("INBOX/processed")
        listing = box.list_uids("INBOX")
        box.move("INBOX", listing.uidvalidity, listing.uids, "INBOX/processed")
        assert len(box.list_uids("INBOX/processed").uids) == 2
    imap = dovecot_clean.client()
    try:
        names = {name for _, _, name in imap.list_folders()}
    finally:
        imap.logout()
    assert "INBOX.processed" in names and "INBOX/processed" not in names
    reset(dovecot_clean)
