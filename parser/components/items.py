"""minutes_items: agenda items and minute headings, with their numbers and nesting.

Numbered headings are items; unnumbered headings only group them ("PART ONE"),
unless the minutes number none of their headings: then every heading after
the meeting's header is an item (GOLD-FORMAT.md).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

TRAILING_REF = re.compile(r"\s*\((?:item|minute)\s+[\w.]+\)\s*$", re.I)


def parent_number(number: str) -> str | None:
    """ "1.4" → "1"; "7(a)" → "7"; "19.09.01" → "19.09"; None for a top-level number."""
    n = number.strip().rstrip(".)")
    m = re.match(r"^(.*\d)\s*\([a-z]{1,2}\)$", n, re.I)
    if m:
        return m.group(1)
    if re.fullmatch(r"\d+(?:\.\d+)+", n):
        return n.rsplit(".", 1)[0]
    m = re.fullmatch(r"(\d+)-[A-Za-z]", n)  # "7-A" under "7"
    return m.group(1) if m else None


def is_letter(number: str) -> bool:
    return bool(re.fullmatch(r"\(?[a-zA-Z]{1,2}[.)]?", number.strip()))


class ItemFinder:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        findings = doc._.findings
        headings = [b for i, b in enumerate(layout.blocks) if b.kind == "heading" and i not in findings.name_blocks]
        numbered = [b for b in headings if b.number]
        after_header = [b for b in headings if b.start >= findings.header_end or b.number]
        # A stray number ("7 Station Road") does not make a document of numbered items.
        mostly_numbered = len(numbered) >= 1 and len(numbered) >= 0.3 * len(after_header)
        chosen = numbered if mostly_numbered else after_header
        if not mostly_numbered:
            # Unnumbered minutes: a label ("Actions:", "Due:") is no item.
            chosen = [b for b in chosen if not doc._.source.text[b.start : b.end].rstrip().endswith(":")]
        by_number: dict[str, str] = {}
        last_top: str | None = None
        order = 0
        for block in chosen:
            title = TRAILING_REF.sub("", doc._.source.text[block.body_start : block.lines[0].end]).strip(" :.-–—*_")
            if not title:
                continue
            order += 1
            number = block.number
            parent = None
            if number:
                parent_no = parent_number(number)
                if parent_no and parent_no in by_number:
                    parent = by_number[parent_no]
                elif is_letter(number) and last_top:
                    parent = last_top
            found = findings.add("items", block.start, block.end, number=_clean_number(number), title=title, order=order, parent=parent)
            if number:
                by_number[_clean_number(number) or number] = found.key
                if not is_letter(number) and parent is None:
                    last_top = found.key
        return doc


def _clean_number(number: str | None) -> str | None:
    if number is None:
        return None
    number = re.sub(r"^(?:item|minute|agenda item)\s+", "", number.strip(), flags=re.I)
    return number.rstrip(".:") or None


@Language.factory("minutes_items", default_config={"rules_dir": None})
def make_item_finder(nlp: Language, name: str, rules_dir: str | None) -> ItemFinder:
    return ItemFinder(nlp, name, rules_dir)
