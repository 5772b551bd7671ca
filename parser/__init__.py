"""minutes-parser: minutes of meetings → validated, source-grounded JSON.

    >>> from parser import parse_text
    >>> doc = parse_text("Present: Councillor A Jones (Chair), B Smith.\\n")
    >>> [a.name for a in doc.attendees]
    ['A Jones', 'B Smith']

The library is the product; the ``minutes`` command line is a thin layer over
:func:`parse_text`, :func:`parse_bytes` and :func:`parse_file`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import MinutesError, TooLarge

if TYPE_CHECKING:
    from models import Document

    from .readers.base import SourceText

__version__ = "0.1.0"

# Files larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def parse_source(source: SourceText, *, data: bytes | None = None, path: str | None = None, rules_dir: str | None = None) -> Document:
    """Parse text a reader has produced."""
    from .assemble import assemble
    from .layout import build_layout
    from .pipeline import build_nlp, make_doc

    nlp = build_nlp(rules_dir)
    layout = build_layout(source, rules_dir)
    doc = nlp(make_doc(nlp, source, layout))
    return assemble(source, layout, doc._.findings, data=data, path=path)


def parse_text(text: str, source: str | None = None, *, fmt: str = "text", rules_dir: str | None = None) -> Document:
    """Parse minutes given as a string. ``source`` is recorded as the document's path."""
    from .readers.markdown import markdown_to_text
    from .readers.text import normalise

    normalised = normalise(text, fmt)
    if fmt == "markdown":
        normalised = markdown_to_text(normalised.text)
    return parse_source(normalised, data=text.encode("utf-8"), path=source, rules_dir=rules_dir)


def parse_bytes(
    data: bytes, name: str | None = None, *, fmt: str | None = None, rules_dir: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Parse minutes in any supported format; the format is detected from the content."""
    from .readers import read

    if len(data) > max_bytes:
        raise TooLarge(f"the file is {len(data):,} bytes, over the limit of {max_bytes:,}")
    try:
        source = read(data, name, fmt)
    except MinutesError as err:
        raise (err.with_path(name) if name else err) from None
    return parse_source(source, data=data, path=name, rules_dir=rules_dir)


def parse_file(path: str | Path, *, fmt: str | None = None, rules_dir: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Parse one file of minutes."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(f"the file is {size:,} bytes, over the limit of {max_bytes:,}", str(path))
        data = path.read_bytes()
    except IsADirectoryError:
        raise MinutesError("is a directory, not a file", str(path)) from None
    except FileNotFoundError:
        raise MinutesError("no such file", str(path)) from None
    except PermissionError:
        raise MinutesError("permission denied", str(path)) from None
    return parse_bytes(data, str(path), fmt=fmt, rules_dir=rules_dir, max_bytes=max_bytes)


def read_file(path: str | Path, *, fmt: str | None = None) -> SourceText:
    """The text of a file as the parser sees it (what record offsets index)."""
    from .readers import read

    data = Path(path).read_bytes()
    try:
        return read(data, str(path), fmt)
    except MinutesError as err:
        raise err.with_path(str(path)) from None


__all__ = ["DEFAULT_MAX_BYTES", "MinutesError", "parse_bytes", "parse_file", "parse_source", "parse_text", "read_file"]
