"""Undo format=flowed soft line breaks (RFC 3676), as Thunderbird and Apple Mail send them.

A line ending in a space is "flowed": it continues on the next line of the same quote depth.
The signature delimiter "-- " is never flowed (section 4.3). With DelSp=yes the trailing space
was inserted by the sender and is removed when joining (section 4.2). Space-stuffing (a leading
space added before "From ", ">" or " ") is undone.
"""

from __future__ import annotations


def unflow(text: str, *, delsp: bool = False) -> str:
    """Join soft-broken lines of a format=flowed body; ``text`` uses \\n line endings."""
    out: list[str] = []
    carry: str | None = None
    carry_depth = 0
    for raw in text.split("\n"):
        depth, line = _split_quote(raw)
        if carry is not None and depth == carry_depth:
            line = carry + line
        elif carry is not None:
            out.append(_quoted(carry_depth, carry))
        carry = None
        if line.endswith(" ") and line != "-- ":
            carry, carry_depth = (line[:-1] if delsp else line), depth
        else:
            out.append(_quoted(depth, line))
    if carry is not None:
        out.append(_quoted(carry_depth, carry))
    return "\n".join(out)


def _split_quote(line: str) -> tuple[int, str]:
    depth = len(line) - len(line.lstrip(">"))
    rest = line[depth:]
    if rest.startswith(" "):
        rest = rest[1:]  # space-stuffing (RFC 3676 section 4.4)
    return depth, rest


def _quoted(depth: int, line: str) -> str:
    return f"{'>' * depth} {line}" if depth else line
