"""Split a mail's text into what the sender newly wrote and the history below or between it.

History is (1) quoted replies: an attribution line ("Den tir. 20. jan. 2026 kl. 14:12 skrev
X:", "On ... wrote:") and/or a run of "> " lines (RFC 3676 quoting), (2) Outlook header blocks
("Fra:/Sendt:/Til:/Emne:", often after a line of underscores or "-----Original Message-----"),
which Outlook writes unquoted, so they run to the next cue or the end, and (3) forwarded
messages ("---------- Forwarded message ---------", "Begin forwarded message:").

Text after a "> " run that is not itself a cue is new again: bottom-posted and inline answers
are the sender's. An Outlook block is a FORWARD in a mail whose subject says so ("VS:",
"Fwd:"), else a QUOTE. The cue patterns come from patterns/history.toml (history_cues.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.history_cues import Cues, default_cues
from parsers.letter import BlockKind, HistoryBlock

_MAX_HEADER_LINES = 12
# "Label: value" in a forwarded header ("From: X", "Dato: 5. jan.", "*Subject:* Hei").
_FIELD = re.compile(r"^\*?[^\W\d][\w .'-]{0,24}:\*?(?:\s|$)")


@dataclass(frozen=True, slots=True)
class _Block:
    kind: BlockKind
    header: tuple[str, ...]
    body: tuple[str, ...]
    end: int  # index of the first line after the block

    def history(self) -> HistoryBlock:
        return HistoryBlock(self.kind, "\n".join(self.header).strip(), _join(self.body))


def split_history(
    text: str, subject: str = "", cues: Cues | None = None
) -> tuple[str, tuple[HistoryBlock, ...]]:
    """Return (new text, history blocks in order). ``text`` uses \\n line endings."""
    scanner = _Scanner(text.split("\n"), subject, cues or default_cues())
    fresh: list[str] = []
    blocks: list[HistoryBlock] = []
    index = 0
    while index < len(scanner.lines):
        block = scanner.block_at(index)
        if block is None:
            fresh.append(scanner.lines[index])
            index += 1
        else:
            blocks.append(block.history())
            index = block.end
    return _join(fresh), tuple(blocks)


def _join(lines: list[str] | tuple[str, ...]) -> str:
    return "\n".join(lines).strip("\n")


def unquote(line: str) -> str:
    """One level of "> " quoting removed (">> x" and "> > x" keep one level)."""
    stripped = line.lstrip(" ")
    if not stripped.startswith(">"):
        return line
    return stripped[2:] if stripped.startswith("> ") else stripped[1:]


def _is_quoted(line: str) -> bool:
    return line.lstrip(" ").startswith(">")


class _Scanner:
    """Finds the history block, if any, that starts at a given line."""

    def __init__(self, lines: list[str], subject: str, cues: Cues) -> None:
        self.lines = lines
        self.cues = cues
        forwarded = bool(cues.forward_subject.match(subject))
        self.outlook_kind = BlockKind.FORWARD if forwarded else BlockKind.QUOTE

    def block_at(self, index: int) -> _Block | None:
        line = self.lines[index].strip()
        if not line:
            return None
        if _is_quoted(self.lines[index]):
            return self._quote_run(index, header=())
        if self._forward_marker(line):
            return self._headed(index, index + 1, BlockKind.FORWARD, (line,))
        outlook = self._outlook_cue(index)
        if outlook is not None:
            return self._headed(index, outlook[0], self.outlook_kind, outlook[1])
        width = self.reply_header(index, weak_ok=self._quote_follows(index))
        if width:
            header = tuple(s.strip() for s in self.lines[index : index + width])
            if self._quote_follows(index + width - 1):
                return self._quote_run(self._next_filled(index + width), header)
            return self._unquoted(index + width, BlockKind.QUOTE, header)
        return None

    # -- cues ------------------------------------------------------------------------------

    def _forward_marker(self, line: str) -> bool:
        return any(p.match(line) for p in self.cues.forward_markers)

    def reply_header(self, index: int, *, weak_ok: bool) -> int:
        """Lines (1 or 2, since clients wrap long attributions) of a reply header, else 0."""
        line = self.lines[index].strip()
        if any(p.match(line) for p in self.cues.reply_strong):
            return 1
        if weak_ok and any(p.match(line) for p in self.cues.reply_weak):
            return 1
        if index + 1 >= len(self.lines) or not self._may_wrap(line):
            return 0
        after = self.lines[index + 1].strip()
        if any(p.match(after) for p in self.cues.reply_strong):
            return 0  # the next line is the whole header on its own
        joined = f"{line} {after}"
        return 2 if any(p.match(joined) for p in self.cues.reply_strong) else 0

    @staticmethod
    def _may_wrap(line: str) -> bool:
        """A wrapped attribution's first half carries the date, so it has digits."""
        return bool(line) and not line.endswith(":") and any(ch.isdigit() for ch in line)

    def _outlook_header(self, index: int) -> bool:
        """A "From" label line and, before any blank line, a "Sent"/"Date" label line."""
        if index >= len(self.lines) or not self.cues.outlook_from.match(self.lines[index]):
            return False
        for line in self.lines[index + 1 : index + 5]:
            if not line.strip():
                return False
            if self.cues.outlook_sent.match(line.strip()):
                return True
        return False

    def _outlook_cue(self, index: int) -> tuple[int, tuple[str, ...]] | None:
        """Where an Outlook block's fields start and its marker line, if one starts here."""
        line = self.lines[index].strip()
        if self._outlook_header(index):
            return index, ()
        if not any(p.match(line) for p in self.cues.separators):
            return None
        after = self._next_filled(index + 1)
        if after <= index + 3 and self._outlook_header(after):
            return after, () if line.startswith("_") else (line,)
        if not line.startswith("_"):  # "-----Original Message-----" is a cue on its own
            return index + 1, (line,)
        return None

    def _is_cue(self, index: int) -> bool:
        """A line that starts another unquoted block (ends an Outlook or forwarded body)."""
        line = self.lines[index].strip()
        if not line or _is_quoted(self.lines[index]):
            return False
        if self._forward_marker(line) or self._outlook_cue(index) is not None:
            return True
        return any(p.match(line) for p in self.cues.reply_strong)

    # -- blocks ----------------------------------------------------------------------------

    def _headed(
        self, start: int, fields_at: int, kind: BlockKind, marker: tuple[str, ...]
    ) -> _Block:
        """A marker line, then header fields up to a blank line, then the body to the next cue."""
        first = self._next_filled(fields_at)
        fields: list[str] = []
        index = first
        if first < len(self.lines) and _FIELD.match(self.lines[first].strip()):
            while index < len(self.lines) and self.lines[index].strip():
                if len(fields) >= _MAX_HEADER_LINES:
                    break
                fields.append(self.lines[index].strip())
                index += 1
        else:
            index = fields_at
        return self._unquoted(max(index, start + 1), kind, marker + tuple(fields))

    def _unquoted(self, index: int, kind: BlockKind, header: tuple[str, ...]) -> _Block:
        end = index
        while end < len(self.lines) and not self._is_cue(end):
            end += 1
        return _Block(kind, header, tuple(self.lines[index:end]), end)

    def _quote_run(self, index: int, header: tuple[str, ...]) -> _Block:
        """Consecutive "> " lines (blank lines inside the run belong to it)."""
        end = index
        last_quoted = index
        while end < len(self.lines):
            if _is_quoted(self.lines[end]):
                last_quoted = end
            elif self.lines[end].strip():
                break
            end += 1
        body = [unquote(line) for line in self.lines[index : last_quoted + 1]]
        if not header:
            header, body = self._inner_header(body)
        return _Block(BlockKind.QUOTE, header, tuple(body), last_quoted + 1)

    def _inner_header(self, body: list[str]) -> tuple[tuple[str, ...], list[str]]:
        """iPhone Mail puts the attribution inside the quote: "> Den 12. feb. ... skrev X:"."""
        inner = _Scanner(body, "", self.cues)
        first = inner._next_filled(0)
        if first >= len(body):
            return (), body
        width = inner.reply_header(first, weak_ok=True)
        if not width:
            return (), body
        header = tuple(s.strip() for s in body[first : first + width])
        return header, body[first + width :]

    def _quote_follows(self, index: int) -> bool:
        after = self._next_filled(index + 1)
        return after < len(self.lines) and _is_quoted(self.lines[after])

    def _next_filled(self, index: int) -> int:
        while index < len(self.lines) and not self.lines[index].strip():
            index += 1
        return index
