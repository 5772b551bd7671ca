"""DOCX with python-docx: paragraphs and tables in body order, list numbers as a reader sees them.

python-docx does not compute automatic numbering, so the numbers ("1.",
"(a)", "ii.") are rendered here from numbering.xml: each paragraph's numId
and level (direct or through its style), the level's format and text
pattern, and counters that restart when a higher level advances. Headers and
footers are kept as page furniture.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from ..errors import BrokenFile, EmptyInput
from .base import CELL_SEPARATOR, SourceText, TextBuilder

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def _roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("none", ""):
        return ""
    return str(n)


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Levels per numId, and the running counters of each list."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    abstract_of: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_part(cls, element: Any) -> Numbering:
        numbering = cls()
        if element is None:
            return numbering
        abstract: dict[str, dict[int, Level]] = {}
        for absnum in element.iter(f"{W}abstractNum"):
            levels: dict[int, Level] = {}
            for lvl in absnum.iter(f"{W}lvl"):
                level = Level()
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                level.fmt = fmt.get(f"{W}val") if fmt is not None else "decimal"
                level.text = text.get(f"{W}val") if text is not None else ""
                level.start = int(start.get(f"{W}val")) if start is not None else 1
                levels[int(lvl.get(f"{W}ilvl"))] = level
            abstract[absnum.get(f"{W}abstractNumId")] = levels
        for num in element.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                num_id = num.get(f"{W}numId")
                numbering.abstract_of[num_id] = ref.get(f"{W}val")
                numbering.levels[num_id] = abstract.get(ref.get(f"{W}val"), {})
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "•"
        key = self.abstract_of.get(num_id, num_id)
        counts = self.counters.setdefault(key, [0] * 9)
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else levels[ilvl].start
        text = level.text
        for n in range(ilvl + 1):
            lvl = levels.get(n, Level())
            value = counts[n] or lvl.start
            text = text.replace(f"%{n + 1}", format_number(value, lvl.fmt))
        return text


def read_docx(data: bytes) -> SourceText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise BrokenFile(f"the DOCX cannot be opened ({err})") from None
    try:
        numbering_part = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        numbering_part = None
    numbering = Numbering.from_part(numbering_part)
    style_numbering = _style_numbering(document)
    heading_styles = {s.style_id for s in document.styles if s.type == 1 and (s.name or "").lower().startswith(("heading", "title"))}
    out = TextBuilder()
    for section in document.sections[:1]:
        for para in section.header.paragraphs:
            if para.text.strip():
                out.line(" ".join(para.text.split()), furniture="page furniture")
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            _paragraph(child, out, numbering, style_numbering, heading_styles)
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = []
                for cell in row.iter(f"{W}tc"):
                    text = " ".join("".join(t.text or "" for t in cell.iter(f"{W}t")).split())
                    if text:
                        cells.append(text)
                if cells:
                    out.line(CELL_SEPARATOR.join(cells))
            out.blank()
    for section in document.sections[:1]:
        for para in section.footer.paragraphs:
            if para.text.strip():
                out.line(" ".join(para.text.split()), furniture="page furniture")
    result = out.build("docx")
    if not result.text.strip():
        raise EmptyInput("the DOCX has no text")
    return result


def _style_numbering(document: Any) -> dict[str, tuple[str, int]]:
    """numId and level that paragraph styles give (numbering set on the style, not the paragraph)."""
    found: dict[str, tuple[str, int]] = {}
    for style in document.styles:
        element = style.element
        ppr = element.find(f"{W}pPr")
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        if numpr is None:
            continue
        num = numpr.find(f"{W}numId")
        lvl = numpr.find(f"{W}ilvl")
        if num is not None:
            found[style.style_id] = (num.get(f"{W}val"), int(lvl.get(f"{W}val")) if lvl is not None else 0)
    return found


def _paragraph(
    p: Any, out: TextBuilder, numbering: Numbering, style_numbering: dict[str, tuple[str, int]], heading_styles: set[str]
) -> None:
    parts: list[str] = []
    for node in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    text = "".join(parts).replace("\u00a0", " ")
    ppr = p.find(f"{W}pPr")
    style_id = None
    num: tuple[str, int] | None = None
    if ppr is not None:
        style = ppr.find(f"{W}pStyle")
        style_id = style.get(f"{W}val") if style is not None else None
        numpr = ppr.find(f"{W}numPr")
        if numpr is not None:
            num_el, lvl_el = numpr.find(f"{W}numId"), numpr.find(f"{W}ilvl")
            if num_el is not None:
                num = (num_el.get(f"{W}val"), int(lvl_el.get(f"{W}val")) if lvl_el is not None else 0)
    if num is None and style_id in style_numbering:
        num = style_numbering[style_id]
    if not text.strip():
        out.blank()
        return
    label = numbering.label(*num) if num and num[0] != "0" else ""
    heading = style_id in heading_styles
    lines = [
        " ".join(line.replace("\t", "   ").split()) if "\t" not in line.strip() else line.strip().replace("\t", "   ")
        for line in text.split("\n")
    ]
    first = True
    for line in lines:
        if not line.strip():
            continue
        if first and label:
            line = f"{label} {line}"
        out.line(line, heading=heading)
        first = False
