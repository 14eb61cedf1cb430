"""HTML body to the text a reader sees.

Only what a reader sees is the sender's (corpus README): comments, <head>, <style>, <script>
and elements hidden by inline CSS (display:none, visibility:hidden, mso-hide:all, font-size 0
or 1px, white text) are dropped; spam and phishing hide text there. Layout becomes lines:
block elements and <br> break lines, a table row is one line with its cells joined by " | ",
list items start with "- ", and <blockquote> content (Gmail's gmail_quote, Apple's
type="cite") is prefixed "> " so that the history splitter treats it as quoted history.
The parser is the stdlib-backed "html.parser": no compiled dependency, and lenient.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

_INVISIBLE_TAGS = frozenset(
    {"head", "style", "script", "title", "meta", "link", "noscript", "template", "xml", "object"}
)
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "ul",
        "caption",
        "body",
        "html",
    }
)
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
_WHITE = frozenset({"#fff", "#ffffff", "white", "rgb(255,255,255)", "#fefefe", "#fffffe"})
_TINY = re.compile(r"^(?:0|0?\.\d+|1)(?:px|pt|em|rem|%)?$|^0(?:\.0+)?[a-z%]*$")
_SPACE_RUN = re.compile(r"[ \t\n\r\f\v]+")


class _Out:
    """Text with pending line breaks: a block asks for "at least n newlines", <br> adds one."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = 0

    def text(self, value: str) -> None:
        if not value or (value.isspace() and (self.pending or not self.parts)):
            return  # whitespace at the start of a line is not shown
        if self.pending and self.parts:
            self.parts.append("\n" * self.pending)
        self.pending = 0
        self.parts.append(value)

    def at_least(self, count: int) -> None:
        self.pending = max(self.pending, count)

    def br(self) -> None:
        self.pending += 1

    def result(self) -> str:
        return "".join(self.parts)


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, one visual line per line, blank lines collapsed."""
    soup = BeautifulSoup(html, "html.parser")
    out = _Out()
    _render_children(soup, out, pre=False)
    visible = out.result().replace("\u00a0", " ")  # &nbsp; is an ordinary space to a reader
    lines = [re.sub(" {2,}", " ", line).strip() for line in visible.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def is_hidden(tag: Tag) -> bool:
    """True when a reader cannot see the element (by tag, attribute or inline CSS).

    White text counts as hidden unless the element or an ancestor paints a non-white
    background (a newsletter's white-on-blue heading is visible).
    """
    if tag.name in _INVISIBLE_TAGS or tag.has_attr("hidden"):
        return True
    white = tag.name == "font" and str(tag.get("color", "")).strip().lower() in _WHITE
    for prop, value in _declarations(tag):
        if _hides(prop, value):
            return True
        white = white or (prop == "color" and value in _WHITE)
    return white and not _on_coloured_background(tag)


def _declarations(tag: Tag) -> list[tuple[str, str]]:
    """Inline CSS as (property, value) pairs, lower-cased, spaces and !important removed."""
    style = tag.get("style")
    if not isinstance(style, str) or not style:
        return []
    pairs = []
    for declaration in style.lower().split(";"):
        prop, _, value = declaration.partition(":")
        pairs.append((prop.strip(), value.replace(" ", "").replace("!important", "")))
    return pairs


def _hides(prop: str, value: str) -> bool:
    if prop == "display":
        return value == "none"
    if prop == "visibility":
        return value in {"hidden", "collapse"}
    if prop == "mso-hide":
        return value == "all"  # Outlook's own way of hiding
    if prop == "font-size":
        return bool(_TINY.match(value))
    if prop == "max-height":
        return value in {"0", "0px"}  # preheader trick: max-height:0;overflow:hidden
    if prop == "opacity":
        return value in {"0", "0.0", ".0"}
    return False


def _on_coloured_background(tag: Tag) -> bool:
    """The nearest background set on ``tag`` or its ancestors is not white."""
    node: Tag | None = tag
    while node is not None and node.name != "[document]":
        colour = str(node.get("bgcolor", "")).strip().lower()
        for prop, value in _declarations(node):
            if prop in {"background", "background-color"}:
                colour = value
        if colour and colour not in {"transparent", "none", "inherit"}:
            return not any(colour.startswith(white) for white in _WHITE)
        node = node.parent
    return False


def _render_children(node: Tag, out: _Out, *, pre: bool) -> None:
    for child in node.children:
        _render(child, out, pre=pre)


def _render(node: PageElement, out: _Out, *, pre: bool) -> None:
    if isinstance(node, NavigableString):
        if not isinstance(node, _NOT_TEXT):
            out.text(str(node) if pre else _SPACE_RUN.sub(" ", str(node)))
        return
    if not isinstance(node, Tag) or is_hidden(node):
        return
    name = node.name
    if name == "br":
        out.br()
    elif name == "blockquote":
        _render_quote(node, out)
    elif name == "tr":
        _render_row(node, out)
    elif name in {"p", "pre"}:
        gap = 1 if "msonormal" in " ".join(node.get_attribute_list("class")).lower() else 2
        out.at_least(gap)
        _render_children(node, out, pre=pre or name == "pre")
        out.at_least(gap)
    elif name == "li":
        out.at_least(1)
        out.text("- ")
        _render_children(node, out, pre=pre)
        out.at_least(1)
    elif name in _BLOCK_TAGS:
        out.at_least(1)
        _render_children(node, out, pre=pre)
        out.at_least(1)
    else:  # inline: a, span, b, font, o:p, ...
        _render_children(node, out, pre=pre)


def _render_quote(node: Tag, out: _Out) -> None:
    inner = _Out()
    _render_children(node, inner, pre=False)
    lines = [line.strip() for line in inner.result().strip("\n").split("\n")]
    out.at_least(1)
    out.text("\n".join(f"> {line}" if line else ">" for line in lines))
    out.at_least(1)


def _render_row(node: Tag, out: _Out) -> None:
    cells: list[str] = []
    for cell in node.find_all(["td", "th"], recursive=False):
        if is_hidden(cell):
            continue
        inner = _Out()
        _render_children(cell, inner, pre=False)
        text = inner.result().strip()
        if text:
            cells.append(text)
    if len(cells) > 1:  # a data row on one line; a layout cell keeps its paragraphs
        cells = [re.sub(r"\n{2,}", "\n", cell) for cell in cells]
    out.at_least(1)
    out.text(" | ".join(cells))
    out.at_least(1)
