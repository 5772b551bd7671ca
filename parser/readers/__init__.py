"""Readers: one module per format, each turning bytes into :class:`SourceText`.

The reader is chosen by content first (a PDF is a PDF whatever its name), the
file's extension only deciding between plain text and Markdown.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from io import BytesIO

from ..errors import BinaryInput, BrokenFile, EmptyInput
from .base import SourceText

FORMATS = ("text", "markdown", "html", "pdf", "docx")
HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|table|p|h[1-6])\b", re.I | re.S
)
MARKDOWN_SIGNS = re.compile(r"^(?:---\s*$|#{1,6}\s+\S|\*\*[^*\n]+\*\*|\|.*\|\s*$)", re.M)


def detect_format(data: bytes, name: str | None = None) -> str:
    """The format of ``data``: by its content, the name's extension breaking ties for text."""
    head = data[:2048]
    if not data.strip():
        raise EmptyInput()
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            raise BrokenFile("the file starts like a ZIP archive (DOCX) but is damaged") from None
        raise BinaryInput("the file is a ZIP archive but not a Word document (DOCX)")
    if head.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):
        raise BinaryInput("the file is an old Word (.doc) or RTF document: save it as DOCX, PDF or text first")
    suffix = (name or "").lower().rsplit(".", 1)[-1] if name and "." in name else ""
    if suffix in ("htm", "html", "xhtml") or HTML_START.match(head):
        return "html"
    if suffix in ("md", "markdown", "mdown"):
        return "markdown"
    if suffix in ("txt", "text"):
        return "text"
    sample = head.decode("utf-8", "ignore")
    if len(MARKDOWN_SIGNS.findall(sample)) >= 2:
        return "markdown"
    return "text"


def reader_for(fmt: str) -> Callable[[bytes], SourceText]:
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf
    if fmt == "docx":
        from .docx import read_docx

        return read_docx
    if fmt == "html":
        from .html import read_html

        return read_html
    if fmt == "markdown":
        from .markdown import read_markdown

        return read_markdown
    from .text import read_text

    return read_text


def read(data: bytes, name: str | None = None, fmt: str | None = None) -> SourceText:
    """Bytes → SourceText, with the format detected unless given."""
    fmt = fmt or detect_format(data, name)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    return reader_for(fmt)(data)


__all__ = ["FORMATS", "SourceText", "detect_format", "read", "reader_for"]
