"""Plain text: bytes → str with the encoding detected, newlines and page breaks normalised."""

from __future__ import annotations

import codecs
import re

from ..errors import BinaryInput, EmptyInput, EncodingProblem
from .base import SourceText
from .furniture import mark_running_lines

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, carriage return and form feed: text has almost none.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def decode(data: bytes) -> str:
    """Decode text whose encoding is not declared: BOM, then UTF-8, then detection."""
    if not data.strip():
        raise EmptyInput()
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise EncodingProblem(f"the text starts with a {encoding} byte-order mark but is not {encoding}: {err.reason}") from None
    utf16 = _bare_utf16(data)
    if utf16:
        return data.decode(utf16)
    if b"\x00" in data[:65536]:
        raise BinaryInput()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise BinaryInput("the file is neither text in a known encoding nor a supported document format")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise EncodingProblem(f"the text looked like {best.encoding} but does not decode as it: {err}") from None


def _bare_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def normalise(text: str, fmt: str = "text") -> SourceText:
    """Newlines to ``\\n``; a form feed starts a new page and becomes a newline; running heads are marked."""
    text = NEWLINES.sub("\n", text)
    if CONTROL.search(text[:100_000]) and len(CONTROL.findall(text[:100_000])) > 0.01 * min(len(text), 100_000):
        raise BinaryInput()
    text = CONTROL.sub(" ", text)
    page_starts: list[int] = []
    if "\f" in text:
        page_starts = [0]
        for match in re.finditer("\f", text):
            if match.end() < len(text):
                page_starts.append(match.end())
        text = text.replace("\f", "\n")
    if not text.strip():
        raise EmptyInput("the file holds only white space")
    source = SourceText(text=text, format=fmt, page_starts=page_starts)
    # pdftotext's running heads and page numbers, between its form feeds (Markdown is rendered, then marked)
    return mark_running_lines(source, page_starts) if fmt == "text" else source


def read_text(data: bytes) -> SourceText:
    return normalise(decode(data))
