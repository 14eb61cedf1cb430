"""``MaildirMailbox`` specifics beyond the shared contract (tests/mailbox/test_contract.py)."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from bot.config import MailboxConfig, MaildirConfig
from bot.mailbox import open_mailbox
from bot.mailbox.base import MailboxError
from bot.mailbox.maildir import UIDLIST, MaildirMailbox
from tests.mailbox.conftest import make_mail


def _deliver(root: Path, *numbers: int) -> list[str]:
    box = mailbox.Maildir(root, create=True)
    return [box.add(make_mail(n)) for n in numbers]


def test_uids_persist_in_a_sidecar_and_are_never_reused(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    keys = _deliver(root, 1, 2, 3)
    with MaildirMailbox(root) as box:
        first = box.list_uids("INBOX")
    assert first.uids == (1, 2, 3)
    stored = json.loads((root / UIDLIST).read_text())
    assert stored["uidvalidity"] == first.uidvalidity
    assert sorted(stored["uids"]) == sorted(keys)
    mailbox.Maildir(root).remove(keys[2])  # staff deleted the newest
    _deliver(root, 4)
    with MaildirMailbox(root) as box:
        again = box.list_uids("INBOX")
    assert again.uids == (1, 2, 4)
    assert again.uidvalidity == first.uidvalidity


def test_folder_names_map_to_maildir_plus_plus(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    with MaildirMailbox(root) as box:
        box.ensure_folder("INBOX.processed")
        box.ensure_folder("INBOX.Behandlet-æøå")
        short, full = box.list_uids("processed"), box.list_uids("INBOX.processed")
        assert short.uidvalidity == full.uidvalidity  # the same folder
        assert box.list_uids("inbox").folder == "inbox"  # INBOX is case-insensitive
    assert (root / ".processed" / "cur").is_dir()
    assert (root / ".Behandlet-&AOYA+ADl-" / "cur").is_dir()  # modified UTF-7, as Dovecot


def test_move_keeps_the_file_name_and_its_flags(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    (key,) = _deliver(root, 1)
    (root / "new" / key).rename(root / "cur" / f"{key}:2,S")
    with MaildirMailbox(root) as box:
        box.ensure_folder("INBOX.processed")
        listing = box.list_uids("INBOX")
        box.move("INBOX", listing.uidvalidity, listing.uids, "INBOX.processed")
    assert (root / ".processed" / "cur" / f"{key}:2,S").read_bytes() == make_mail(1)


@pytest.mark.parametrize("name", ["INBOX/a//b", "INBOX..x", ".hidden", "INBOX."])
def test_invalid_folder_names_are_refused(tmp_path: Path, name: str) -> None:
    with MaildirMailbox(tmp_path / "Maildir") as box, pytest.raises(MailboxError):
        box.ensure_folder(name)


def test_missing_maildir_without_create_and_closed_mailbox(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match="no Maildir"):
        MaildirMailbox(tmp_path / "absent", create=False)
    box = MaildirMailbox(tmp_path / "Maildir")
    box.close()
    with pytest.raises(MailboxError, match="closed"):
        box.list_uids("INBOX")


def test_a_corrupt_uid_list_is_a_mailbox_error(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    _deliver(root, 1)
    (root / UIDLIST).write_text("{not json", encoding="utf-8")
    with MaildirMailbox(root) as box, pytest.raises(MailboxError, match="unreadable"):
        box.list_uids("INBOX")


def test_open_mailbox_picks_the_maildir_adapter(tmp_path: Path) -> None:
    config = MailboxConfig(maildir=MaildirConfig(path=tmp_path / "Maildir"))
    with open_mailbox(config) as box:
        assert isinstance(box, MaildirMailbox)
        assert box.list_uids("INBOX").uids == ()


def test_new_keys_get_uids_in_delivery_order_despite_unpadded_microseconds(
    tmp_path: Path,
) -> None:
    root = tmp_path / "Maildir"
    mailbox.Maildir(root, create=True)
    keys = ["1764000000.M99999P7Q1.host", "1764000000.M100000P7Q2.host", "1764000001.M5P7Q3.host"]
    for number, key in enumerate(keys):
        (root / "new" / key).write_bytes(make_mail(number))
    with MaildirMailbox(root) as box:
        listing = box.list_uids("INBOX")
        fetched = list(box.fetch("INBOX", listing.uidvalidity, listing.uids))
    assert [m.raw for m in fetched] == [make_mail(0), make_mail(1), make_mail(2)]
