"""PDF with pypdfium2: text in reading order, page by page, running heads and page numbers marked.

pypdfium2 marks a hyphen at a line end with U+FFFE (or U+0002) and keeps the
line break; such words are rejoined. The same mark inside a line is a hyphen
the PDF drew there ("Barrington-King"), and is kept as one. Lines repeated at the top or bottom of
most pages, and page-number lines, are page furniture: kept in the text (so
offsets stay honest) but never part of a record.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import BrokenFile, EncryptedFile, NoTextLayer
from .base import SourceText, TextBuilder
from .furniture import FURNITURE, edge_indexes, is_furniture, running_lines

HYPHEN_MARK = re.compile(r"[\ufffe\x02](?:\r?\n|$)")
INLINE_HYPHEN_MARK = re.compile(r"[\ufffe\x02]")
COLUMN_GAP: float = FURNITURE["column_gap"]


def page_lines(raw: str) -> list[str]:
    """A page's lines from pdfium's text: words hyphenated at a line end rejoined, other marked hyphens kept."""
    raw = INLINE_HYPHEN_MARK.sub("-", HYPHEN_MARK.sub("", raw)).replace("\r\n", "\n").replace("\r", "\n")
    return raw.split("\n")


def read_pdf(data: bytes) -> SourceText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        message = str(err).lower()
        if "password" in message:
            raise EncryptedFile() from None
        raise BrokenFile(f"the PDF cannot be opened ({err})") from None
    try:
        pages: list[list[str]] = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                raw = textpage.get_text_range()
                if len(raw) == textpage.count_chars():
                    raw = _mark_column_gaps(textpage, raw)
                textpage.close()
            finally:
                page.close()
            pages.append(page_lines(raw))
    except pdfium.PdfiumError as err:
        raise BrokenFile(f"the PDF is damaged ({err})") from None
    finally:
        pdf.close()
    if not pages:
        raise BrokenFile("the PDF has no pages")
    chars = sum(len(line.strip()) for page in pages for line in page)
    if chars < 20 * len(pages) and chars < 200:
        raise NoTextLayer(f"the PDF's {len(pages)} page(s) have no text layer (a scan?); OCR it first (e.g. with ocrmypdf)")
    furniture = running_lines(pages)
    out = TextBuilder()
    for number, lines in enumerate(pages):
        out.new_page()
        edge = edge_indexes(lines)
        for i, line in enumerate(lines):
            stripped = line.strip()
            if not stripped:
                continue
            reason = "page furniture" if is_furniture(stripped, i in edge, furniture) else None
            out.line(line.rstrip() + (" " if line.endswith(" ") else ""), furniture=reason)
        del number
    return out.build("pdf")


def _mark_column_gaps(textpage: Any, raw: str) -> str:
    """Widen the gap between two columns of one line to three spaces.

    pdfium joins the cells of a table row, or the two columns of an attendance
    list, with a single space; its text rectangles show where the gap is. Three
    spaces are what the rest of the parser reads as a column break.
    """
    cuts: list[int] = []
    previous: tuple[float, float, float, float] | None = None
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        height = max(1.0, top - bottom)
        if previous is not None and abs(top - previous[3]) < 0.5 * height and left - previous[2] > max(12.0, COLUMN_GAP * height):
            index = textpage.get_index(left + 0.5, (bottom + top) / 2, 2, 2)
            if index is not None and 0 < index < len(raw):
                cuts.append(index)
        previous = (left, bottom, right, top)
    for index in sorted(set(cuts), reverse=True):
        before = index - 1 if raw[index - 1] == " " else index
        raw = raw[:before] + "   " + raw[index:]
    return raw
