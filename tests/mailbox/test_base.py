"""Pure helpers of the mailbox port: UID sets, batching, listings."""

from __future__ import annotations

import pytest

from bot.mailbox.base import FolderListing, batched, uid_set


def test_uid_set_compresses_runs_and_never_names_other_uids() -> None:
    assert uid_set([9, 1, 2, 3, 7, 10, 2]) == ["1:3,7,9:10"]
    assert uid_set([5]) == ["5"]
    assert uid_set([]) == []


def test_uid_set_splits_only_when_a_command_line_would_grow_too_long() -> None:
    assert len(uid_set(range(1, 1001))) == 1  # 1,000 consecutive UIDs: "1:1000"
    assert len(uid_set(range(1, 2001, 2))) == 1  # 1,000 scattered UIDs: still one command
    many = uid_set(range(1, 20000, 2))  # 10,000 scattered UIDs
    assert len(many) > 1 and all(len(s) <= 8000 for s in many)
    named = {int(part) for s in many for part in s.split(",")}
    assert named == set(range(1, 20000, 2))


def test_uid_set_rejects_non_positive_uids() -> None:
    with pytest.raises(ValueError):
        uid_set([0, 1])


def test_batched_sorts_deduplicates_and_splits() -> None:
    assert list(batched([5, 1, 3, 3, 2, 4], 2)) == [[1, 2], [3, 4], [5]]
    assert list(batched([], 500)) == []
    with pytest.raises(ValueError):
        list(batched([1], 0))


def test_unrecorded_compares_uidvalidity_too() -> None:
    listing = FolderListing("INBOX", 7, (1, 2, 3))
    assert listing.unrecorded({(7, 2), (8, 3)}) == [1, 3]
