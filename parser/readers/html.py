"""HTML with selectolax (lexbor): block structure from the markup, page chrome left out.

Headings (<h1>–<h6>, and a paragraph that is wholly <strong>) are marked as
headings; list items keep a visible marker; a table row becomes one line with
its cells separated by " | "; <br> breaks a line. Entities are decoded and
non-breaking spaces become spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import rules
from ..errors import EmptyInput
from .base import CELL_SEPARATOR, SourceText, TextBuilder
from .text import decode

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "address",
        "figure",
        "figcaption",
        "hr",
        "center",
        "fieldset",
        "legend",
        "caption",
    ]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
ITEM_NUMBER_CELL = re.compile(r"^(?:item\s+)?[\dA-Za-z]{1,4}(?:[./-]\d{1,4})*[.)]?$", re.I)


@lru_cache(maxsize=4)
def _html_rules(rules_dir: str | None = None) -> tuple[str, list[str]]:
    data = rules.load("html", rules_dir)
    return ", ".join(data["chrome"]), list(data["content"])


def read_html(data: bytes) -> SourceText:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(decode(data))
    chrome, content = _html_rules()
    root = None
    for selector in content:
        root = tree.css_first(selector)
        if root is not None and (root.text(strip=True) or "").strip():
            break
        root = None
    root = root or tree.body or tree.root
    if root is None:
        raise EmptyInput("the HTML page has no body")
    for node in root.css(chrome):
        node.decompose()
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    result = walker.out.build("html")
    if not result.text.strip():
        raise EmptyInput("the HTML page has no text outside its navigation and scripts")
    return result


def render_fragment(html: str, out: TextBuilder) -> None:
    """HTML inside another format (a Markdown file's raw HTML blocks) into ``out``, with the block structure a page gets."""
    from selectolax.lexbor import LexborHTMLParser

    root = LexborHTMLParser(html).body
    if root is None:
        return
    for node in root.css(_html_rules()[0]):
        node.decompose()  # scripts, styles and navigation say nothing here either
    walker = _Walker(out)
    walker.walk(root)
    walker.flush()


class _Walker:
    def __init__(self, out: TextBuilder | None = None) -> None:
        self.out = out if out is not None else TextBuilder()
        self.line: list[str] = []
        self.heading = False
        self.prefix = ""
        self.lists: list[list[int]] = []  # per open list: next number, or -1 for bullets

    def flush(self) -> None:
        text = " ".join("".join(self.line).replace("\u00a0", " ").split())
        if text:
            self.out.line(self.prefix + text, heading=self.heading)
            self.prefix = ""
        self.line = []
        self.heading = False

    def walk(self, node: LexborNode) -> None:
        child = node.child
        while child is not None:
            self.visit(child)
            child = child.next

    def visit(self, node: LexborNode) -> None:
        tag = node.tag
        if tag == "-text":
            self.line.append(node.text_content or "")
            return
        if tag in ("-comment", "-doctype") or tag is None:
            return
        if tag == "br":
            self.flush()
            return
        if tag == "tr":
            self.flush()
            cells = [
                " ".join((cell.text(separator=" ") or "").replace("\u00a0", " ").split())
                for cell in node.iter()
                if cell.tag in ("td", "th")
            ]
            cells = [c for c in cells if c]
            if len(cells) == 1 or (cells and _has_blocks(node)):
                # Layout tables: one cell of running text, or cells full of paragraphs. A first cell
                # holding only an item number ("12.", ModernGov) prefixes the item's title.
                tds = [c for c in node.iter() if c.tag in ("td", "th")]
                if len(tds) > 1 and ITEM_NUMBER_CELL.match(cells[0]):
                    self.prefix = cells[0] + " "
                    for td in tds[1:]:
                        self.walk(td)
                else:
                    self.walk(node)
                self.flush()
            elif cells:
                self.out.line(CELL_SEPARATOR.join(cells))
            return
        if tag in ("ul", "ol"):
            self.flush()
            self.lists.append([int(node.attributes.get("start") or 1) if tag == "ol" else -1])
            self.walk(node)
            self.lists.pop()
            self.flush()
            return
        if tag == "li":
            self.flush()
            number = self.lists[-1][0] if self.lists else -1
            if number >= 0:
                self.prefix = f"{number}. "
                self.lists[-1][0] = number + 1
            else:
                self.prefix = "• "
            self.walk(node)
            self.flush()
            return
        if tag in HEADINGS or (tag == "p" and _wholly_strong(node)):
            self.flush()
            self.heading = True
            self.walk(node)
            self.flush()
            return
        if tag in BLOCKS:
            self.flush()
            self.walk(node)
            self.flush()
            if tag in ("p", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr"):
                self.out.blank()
            return
        self.walk(node)


def _wholly_strong(node: LexborNode) -> bool:
    text = (node.text() or "").strip()
    if not text or len(text) > 120:
        return False
    strong = "".join((s.text() or "") for s in node.css("strong, b"))
    return strong.strip() == text


def _has_blocks(node: LexborNode) -> bool:
    return node.css_first("p, div, ul, ol, h1, h2, h3, h4, table") is not None
