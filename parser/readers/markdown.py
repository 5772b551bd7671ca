"""Markdown: the text a reader sees, with the markup understood rather than kept.

markdown-it-py (CommonMark, with tables) parses the source; headings and
wholly-bold paragraphs are marked as headings for layout; list items keep a
visible marker ("•", "3."); table rows become one line with cells separated
by " | "; YAML front matter's top-level keys are kept as plain ``key: value``
lines, since a title or date there may be all a document says about its
meeting, and they belong to the header. Raw HTML blocks, which Markdown
allows and converted minutes are often made of, are read by the HTML reader's
walker, so their paragraphs, lists and headings keep their shape.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import CELL_SEPARATOR, SourceText, TextBuilder
from .furniture import mark_running_lines
from .html import render_fragment
from .text import decode, normalise

if TYPE_CHECKING:
    from markdown_it.token import Token

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S)


def read_markdown(data: bytes) -> SourceText:
    return markdown_to_text(normalise(decode(data), "markdown").text)


def markdown_to_text(source: str) -> SourceText:
    from markdown_it import MarkdownIt

    out = TextBuilder()
    match = FRONT_MATTER.match(source)
    front_matter_end = 0
    if match:
        for line in match.group(1).splitlines():
            if line.strip() and not line.startswith((" ", "\t", "-")):
                out.line(line.strip())  # top-level keys only: nested lists (resources, categories) say nothing of the meeting
        front_matter_end = out.length
        out.blank()
        source = source[match.end() :]
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    breaks = _render(tokens, out)
    result = out.build("markdown")
    result.front_matter_end = front_matter_end
    # A Markdown export of a PDF marks each page with a thematic break and may repeat a note under it ("Scanned
    # page, text may contain errors."): furniture, as a running head is, though the breaks are no pages we count.
    return mark_running_lines(result, breaks)


def _render(tokens: list[Token], out: TextBuilder) -> list[int]:
    """Render the tokens into ``out``; the offsets of the thematic breaks ("---")."""
    breaks: list[int] = []
    lists: list[list[int | str]] = []  # per open list: [next number or -1 for bullets, delimiter]
    prefix = ""
    heading = False
    row: list[str] | None = None
    for tok in tokens:
        kind = tok.type
        if kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
            out.blank()
        elif kind == "bullet_list_open":
            lists.append([-1, ""])
        elif kind == "ordered_list_open":
            lists.append([int(tok.attrGet("start") or 1), tok.markup or "."])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            out.blank()
        elif kind == "list_item_open":
            number, delim = lists[-1] if lists else (-1, "")
            indent = "  " * (len(lists) - 1)
            if isinstance(number, int) and number >= 0:
                prefix = f"{indent}{tok.info or number}{delim} "
                lists[-1][0] = number + 1
            else:
                prefix = f"{indent}• "
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            cells = [c for c in row if c]
            if cells:
                out.line(CELL_SEPARATOR.join(cells))
            row = None
        elif kind == "table_close":
            out.blank()
        elif kind == "inline":
            text = _inline(tok)
            if row is not None:
                row.append(" ".join(text.split()))
                continue
            bold = _wholly_strong(tok)
            for n, line in enumerate(text.split("\n")):
                line = line.strip()
                if not line:
                    continue
                if n == 0 and prefix:
                    line, prefix = prefix + line, ""
                out.line(line, heading=heading or bold)
        elif kind == "paragraph_close" and not lists:
            out.blank()
        elif kind in ("fence", "code_block"):
            for line in tok.content.splitlines():
                if line.strip():
                    out.line(line.rstrip())
            out.blank()
        elif kind == "html_block":
            # Raw HTML is Markdown too, and converted minutes are often all <p> and <ul>: read it as a page is read,
            # so its lists and headings keep their shape.
            render_fragment(tok.content, out)
        elif kind == "hr":
            out.blank()
            breaks.append(out.length)
    return breaks


def _inline(tok: Token) -> str:
    parts: list[str] = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "html_inline" and child.content.lower().startswith("<br"):
            parts.append("\n")
    return "".join(parts).replace("\u00a0", " ")


def _wholly_strong(tok: Token) -> bool:
    """A paragraph that is bold from end to end reads as a heading in converted minutes."""
    children = [c for c in tok.children or [] if not (c.type == "text" and not c.content.strip())]
    return (
        len(children) >= 3
        and children[0].type == "strong_open"
        and children[-1].type == "strong_close"
        and sum(c.type == "strong_open" for c in children) == 1
    )
