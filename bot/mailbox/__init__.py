"""Mailbox adapters: the ``Mailbox`` port (``base``), IMAP (``imap``) and Maildir (``maildir``).

``open_mailbox`` picks the adapter the configuration names. Adapters are imported lazily so
that commands which never read mail do not pay for imapclient.
"""

from __future__ import annotations

from pathlib import Path

from bot.config import SAMPLE_MAIL, ImapAuth, M365Config, MailboxConfig, MailboxKind
from bot.mailbox.base import (
    FETCH_BATCH,
    FetchedMail,
    FolderListing,
    InsecureConnectionError,
    Mailbox,
    MailboxError,
    UidValidityChangedError,
)

__all__ = [
    "FETCH_BATCH",
    "FetchedMail",
    "FolderListing",
    "InsecureConnectionError",
    "Mailbox",
    "MailboxError",
    "UidValidityChangedError",
    "open_mailbox",
]


def open_mailbox(config: MailboxConfig, m365: M365Config | None = None) -> Mailbox:
    """A not-yet-connected mailbox for ``config``; use it as a context manager.

    IMAP connects on entering the context (or first use) and refuses an insecure configuration
    here, before connecting. With ``auth = "m365"`` it logs in with the process's shared
    Microsoft 365 token for ``m365``. The Maildir is created if missing.
    """
    if config.kind is MailboxKind.IMAP:
        from bot.auth import shared_provider
        from bot.mailbox.imap import ImapMailbox

        tokens = None
        if config.imap.auth is ImapAuth.M365:
            tokens = shared_provider(m365 if m365 is not None else M365Config())
        return ImapMailbox(config.imap, tokens=tokens)
    from bot.mailbox.maildir import MaildirMailbox

    if config.maildir.path is None:
        seed_demo_mailbox(config.maildir.effective_path)
    return MaildirMailbox(config.maildir.effective_path)


def seed_demo_mailbox(path: Path) -> None:
    """Deliver the bundled sample mail into a new Maildir at ``path`` (once: kept if there)."""
    if path.exists():
        return
    import mailbox

    path.parent.mkdir(parents=True, exist_ok=True)  # Maildir(create=True) makes one level only
    box = mailbox.Maildir(str(path), create=True)
    for eml in sorted(SAMPLE_MAIL.glob("*.eml")):
        box.add(eml.read_bytes())
