"""Letter: one email reduced to what a reader sees, with history and signature told apart."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Address:
    """A mailbox from a header: display name (may be empty) and lower-cased address."""

    name: str
    address: str


class BlockKind(StrEnum):
    QUOTE = "quote"  # a reply's quoted history ("> ...", "On ... wrote:", Outlook "Fra:/Sendt:")
    FORWARD = "forward"  # a forwarded message ("Videresendt melding", "Forwarded message")


@dataclass(frozen=True, slots=True)
class HistoryBlock:
    """Earlier mail below the new text: its header lines as written, and its text unquoted."""

    kind: BlockKind
    header: str
    text: str


@dataclass(frozen=True, slots=True)
class Attachment:
    """A text attachment that was read (.txt, .csv, text/plain); others are listed, not read."""

    filename: str
    content_type: str
    text: str | None


@dataclass(frozen=True, slots=True)
class Letter:
    """What one email says, as a reader sees it.

    ``text`` is the sender's new text (quoted history and forwarded blocks removed), with
    ``\\n`` line endings and visible text only; it ends with ``signature`` when one was found
    (the block after a sign-off such as "Med vennlig hilsen" or "--"). ``history`` holds the
    quoted and forwarded blocks in order. ``headers`` has lower-cased names (first value of each).
    """

    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    date: datetime | None
    headers: MappingProxyType[str, str]
    content_types: tuple[str, ...]
    text: str
    signature: str
    history: tuple[HistoryBlock, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = field(default=())

    @property
    def main_text(self) -> str:
        """The new text without its signature."""
        if self.signature and self.text.endswith(self.signature):
            return self.text[: len(self.text) - len(self.signature)]
        return self.text
