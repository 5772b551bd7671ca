"""Findings → a validated :class:`models.Document`, with nothing of the text lost.

Every record gets its span (offsets, lines, pages) and the item it sits in.
Text that no record covers becomes narrative (inside an item, or the
meeting's header) or ``unclassified`` with a reason; so every non-blank line
of the source ends up somewhere the output reports.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from typing import Any

from models import Document, Meeting, Source, Span
from models import Warning as ParseWarning

from .findings import Findings
from .layout import Layout
from .readers.base import SourceText

ORDER = ("items", "attendees", "questions", "comments", "resolutions", "votes", "declarations")
# Fields a component keeps for its own use that are not part of the record.
PRIVATE = {"initials"}


class Spans:
    """Offsets → Span, with line and page numbers."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        text = source.text
        self.line_starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            self.line_starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def line_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset)

    def __call__(self, start: int, end: int) -> Span:
        last = max(start, end - 1)
        page = self.source.page_at(start)
        return Span(
            start=start,
            end=end,
            line=self.line_of(start),
            end_line=self.line_of(last),
            page=page,
            end_page=self.source.page_at(last) if page is not None else None,
        )


def assemble(source: SourceText, layout: Layout, findings: Findings, data: bytes | None = None, path: str | None = None) -> Document:
    spans = Spans(source)
    text = source.text
    item_found = sorted(findings.of("items"), key=lambda f: f.start)
    item_starts = [f.start for f in item_found]

    def item_at(offset: int) -> str | None:
        i = bisect_right(item_starts, offset)
        return item_found[i - 1].key if i else None

    lists: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ORDER}
    covered: list[tuple[int, int]] = []
    furniture = [(f.start, f.end) for f in source.furniture]
    for found in sorted(findings.records, key=lambda f: (f.start, f.end)):
        fields = {k: v for k, v in found.fields.items() if k not in PRIVATE}
        if furniture:
            _drop_furniture(fields, found.start, found.end, furniture, text)
            if found.kind == "comments" and not fields.get("text"):
                continue  # a "sentence" that was only a running head or page number; nothing refers to a comment
        record = {"id": found.key, "span": spans(found.start, found.end), **fields}
        if found.kind != "items":
            record["item"] = item_at(found.start)
        lists[found.kind].append(record)
        covered.append((found.start, found.end))
    covered = _union(covered)

    narrative: list[dict[str, Any]] = []
    unclassified: list[dict[str, Any]] = []
    has_items = bool(item_found)
    for block in layout.blocks:
        pieces = _uncovered(block.start, block.end, covered, text)
        partly_placed = pieces != [(block.start, block.end)]
        for start, end in pieces:
            if partly_placed and not any(ch.isalnum() for ch in text[start:end]) and not _whole_line(text, start, end):
                continue  # ", " between two names, a ":" after a label: the block is placed
            item = item_at(start)
            if block.kind == "heading":
                kind = "heading"
            elif start < findings.header_end:
                kind = "header"
            else:
                kind = "text"
            if item is not None or not has_items or partly_placed or kind in ("header", "heading"):
                narrative.append({"id": f"n{len(narrative) + 1}", "item": item, "kind": kind, "span": spans(start, end)})
            else:
                unclassified.append(
                    {
                        "id": f"u{len(unclassified) + 1}",
                        "span": spans(start, end),
                        "reason": "before the first agenda item, and no rule placed it",
                    }
                )
    for part in source.furniture:
        if text[part.start : part.end].strip():
            unclassified.append({"id": f"u{len(unclassified) + 1}", "span": spans(part.start, part.end), "reason": part.reason})

    meeting = Meeting(**findings.meeting, span=spans(*findings.meeting_span) if findings.meeting_span else None)
    warnings = [ParseWarning(message=m) for m in [*source.warnings, *findings.warnings]]
    raw = data if data is not None else text.encode("utf-8")
    return Document.model_validate(
        {
            "source": Source(
                path=path,
                sha256=hashlib.sha256(raw).hexdigest(),
                format=source.format,  # type: ignore[arg-type]
                chars=len(text),
                pages=source.pages,
            ),
            "meeting": meeting,
            **lists,
            "narrative": narrative,
            "unclassified": unclassified,
            "warnings": warnings,
        }
    )


def _uncovered(start: int, end: int, covered: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Pieces of start..end that no record covers, trimmed, with some text in them."""
    pieces: list[tuple[int, int]] = []
    pos = start
    i = max(0, bisect_right(covered, (start, 10**12)) - 1)
    while i < len(covered) and covered[i][0] < end:
        a, b = covered[i]
        if b > pos and a < end:
            if a > pos:
                pieces.append((pos, a))
            pos = max(pos, b)
        i += 1
    if pos < end:
        pieces.append((pos, end))
    out = []
    for a, b in pieces:
        piece = text[a:b]
        stripped = piece.strip()
        if not stripped:
            continue
        lead = len(piece) - len(piece.lstrip())
        out.append((a + lead, a + lead + len(stripped)))
    return out


def _drop_furniture(fields: dict[str, Any], start: int, end: int, furniture: list[tuple[int, int]], text: str) -> None:
    """A record that runs over a page break keeps the running head and page number out of its text."""
    inside = [" ".join(text[a:b].split()) for a, b in furniture if start < b and a < end]
    if not inside:
        return
    for key in ("text", "title"):
        value = fields.get(key)
        if isinstance(value, str):
            for piece in inside:
                value = value.replace(piece, " ")
            fields[key] = " ".join(value.split())


def _whole_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : line_end if line_end >= 0 else len(text)].strip()


def _union(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(intervals):
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def coverage(doc: Document, text: str) -> float:
    """The share of the text's non-space characters that lie in records (not narrative)."""
    mask = bytearray(len(text))
    for name, record in doc.records():
        if name == "narrative":
            continue
        mask[record.span.start : record.span.end] = b"\x01" * (record.span.end - record.span.start)
    total = sum(1 for ch in text if not ch.isspace())
    placed = sum(1 for ch, m in zip(text, mask, strict=True) if m and not ch.isspace())
    return placed / total if total else 1.0
