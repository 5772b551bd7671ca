"""What every reader returns: the document text and where its pages begin."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

# How a table row's cells are joined into one line of text, by every reader that sees cells (html, markdown, docx).
CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class Furniture:
    """Text a reader recognised as page furniture (running heads, page numbers)."""

    start: int
    end: int
    reason: str = "page furniture"


@dataclass
class SourceText:
    """A document's text, as the offsets of every record index it.

    ``page_starts`` holds the offset of each page's first character (empty for
    formats without pages). ``heading_lines`` holds offsets of lines the markup
    marks as headings (Markdown ``#``, HTML ``<h2>``, DOCX heading styles), so
    that layout does not have to guess them. ``front_matter_end`` is where a
    document's own metadata (Markdown's YAML front matter) ends: it belongs to
    the header, whatever its length, and is never a record's text.
    """

    text: str
    format: str
    page_starts: list[int] = field(default_factory=list)
    heading_lines: set[int] = field(default_factory=set)
    furniture: list[Furniture] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    front_matter_end: int = 0

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) or None

    def page_at(self, offset: int) -> int | None:
        """1-based page of the character at ``offset``; None without pages."""
        if not self.page_starts:
            return None
        return max(1, bisect_right(self.page_starts, offset))


class TextBuilder:
    """Accumulates text piece by piece, keeping page starts and headings."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.page_starts: list[int] = []
        self.heading_lines: set[int] = set()
        self.furniture: list[Furniture] = []

    def new_page(self) -> None:
        self.ensure_newline()
        self.page_starts.append(self.length)

    def ensure_newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add("\n")

    def add(self, piece: str) -> int:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start

    def line(self, text: str, *, heading: bool = False, furniture: str | None = None) -> None:
        """Add one line of text (a newline is appended)."""
        self.ensure_newline()
        start = self.add(text + "\n")
        if heading:
            self.heading_lines.add(start)
        if furniture:
            self.furniture.append(Furniture(start, start + len(text), furniture))

    def blank(self) -> None:
        self.ensure_newline()
        if not self.parts or self.parts[-1] != "\n" or (len(self.parts) > 1 and not self.parts[-2].endswith("\n")):
            self.add("\n")

    def build(self, fmt: str) -> SourceText:
        return SourceText(
            text="".join(self.parts),
            format=fmt,
            page_starts=self.page_starts,
            heading_lines=self.heading_lines,
            furniture=self.furniture,
        )
