"""Page furniture: running heads and feet, and page numbers, at the edges of pages.

A line that stands at the top or bottom of most pages (numbers aside, so
"Page 2 of 7" and "Page 3 of 7" compare equal) is a running head or foot; so is
a page-number line at a page's edge. The PDF reader knows its pages; a text
file knows them by its form feeds; a Markdown export of a PDF marks them with
thematic breaks ("---") and often repeats a converter's note under each one.
The rules are data: rules/furniture.toml.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .. import rules
from .base import Furniture, SourceText

DIGITS = re.compile(r"\d+")
FURNITURE = rules.load("furniture")
PAGE_NUMBER = rules.regex(FURNITURE["page_number"])
PAGE_OF = rules.regex(FURNITURE["page_of"])
EDGE_LINES: int = FURNITURE["edge_lines"]
REPEAT_SHARE: float = FURNITURE["repeat_share"]


def edge_indexes(lines: list[str]) -> set[int]:
    """Indexes of the first and last EDGE_LINES non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])


def shape(line: str) -> str:
    """A line with its numbers blanked, so "Page 2 of 7" and "Page 3 of 7" compare equal."""
    return DIGITS.sub("#", " ".join(line.lower().split()))


def running_lines(pages: list[list[str]]) -> set[str]:
    """Shapes of lines that stand at the top or bottom of REPEAT_SHARE of the pages (3 pages or more)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        shapes = {shape(lines[i].strip()) for i in edge_indexes(lines)}
        counts.update(s for s in shapes if s)
    return {s for s, n in counts.items() if n >= max(3, int(len(pages) * REPEAT_SHARE))}


def is_furniture(line: str, at_edge: bool, running: set[str]) -> bool:
    """Whether a (stripped, non-blank) line of a page is furniture."""
    return (at_edge and (shape(line) in running or PAGE_NUMBER.match(line) is not None)) or PAGE_OF.match(line) is not None


def mark_running_lines(source: SourceText, page_starts: list[int]) -> SourceText:
    """Add to ``source.furniture`` the furniture of the pages that start at ``page_starts``.

    For readers whose text is made before its pages are known (text, Markdown): the
    lines keep their place in the text, and are only marked.
    """
    if len(page_starts) < 3:
        return source
    text = source.text
    bounds = [*sorted(set(page_starts) | {0}), len(text)]
    pages: list[list[tuple[int, str]]] = []
    for start, end in itertools.pairwise(bounds):
        offset, lines = start, []
        for line in text[start:end].split("\n"):
            lines.append((offset, line))
            offset += len(line) + 1
        pages.append(lines)
    running = running_lines([[line for _, line in page] for page in pages])
    known = {(f.start, f.end) for f in source.furniture}
    for page in pages:
        edge = edge_indexes([line for _, line in page])
        for i, (offset, line) in enumerate(page):
            stripped = line.strip()
            if not stripped or not is_furniture(stripped, i in edge, running):
                continue
            start = offset + len(line) - len(line.lstrip())
            span = (start, start + len(stripped))
            if span not in known:
                source.furniture.append(Furniture(*span))
    source.furniture.sort(key=lambda f: f.start)
    return source
