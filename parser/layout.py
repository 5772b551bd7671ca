"""Lines → blocks: headings, list items and paragraphs, each with exact offsets.

Hard-wrapped text (most PDFs, e-mailed minutes) breaks sentences across lines;
layout joins such lines into one block so that later stages see whole
paragraphs and list items. A document whose lines are whole paragraphs (the
width of its lines varies freely) keeps one block per line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import rules
from .readers.base import SourceText

LETTER = re.compile(r"[^\W\d_]")
WORD = re.compile(r"[^\W_][\w'’.-]*")


# Marks that open quoted words, such as a motion printed as proposed: "“This Council calls on …”".
QUOTES = "\"“‘'"


@dataclass(slots=True)
class Line:
    number: int  # 1-based
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # the line without surrounding white space
    soft_wrap: bool = False  # the extractor left a space before the newline
    heading_hint: bool = False
    furniture: bool = False
    blank_before: bool = False
    blank_after: bool = False


@dataclass(slots=True)
class Block:
    kind: str  # "heading", "list", "para"
    lines: list[Line]
    marker: str | None = None  # a list item's bullet or enumerator, as printed
    number: str | None = None  # a heading's item number, as printed
    body_start: int = 0  # offset after the marker or number
    end: int = 0

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def end_line(self) -> int:
        return self.lines[-1].number

    @property
    def bulleted(self) -> bool:
        """A list item with a bullet ("•", "-"), not an enumerator ("1.", "(a)", "ii)")."""
        return self.kind == "list" and bool(self.marker) and not (self.marker[0].isalnum() or self.marker[0] == "(")  # type: ignore[index]


@dataclass
class Layout:
    text: str
    lines: list[Line]
    blocks: list[Block] = field(default_factory=list)
    width: int = 0
    wrapped: bool = False

    def body(self, block: Block) -> str:
        """A block's text after its marker or number, lines joined as printed."""
        return self.text[block.body_start : block.end]

    def quoted_above(self, index: int, reach: int = 3) -> Block | None:
        """The nearest of the ``reach`` paragraphs above block ``index`` that opens a quotation, within its item.

        A motion is often quoted above the sentence that says who proposed it ("“This Council calls on …”" /
        "The motion was proposed by …").
        """
        for back in range(index - 1, max(index - reach - 1, -1), -1):
            block = self.blocks[back]
            if block.kind == "heading":
                return None
            if self.text[block.body_start] in QUOTES:
                return block
        return None


@dataclass(frozen=True)
class LayoutRules:
    bullet: re.Pattern[str]
    enumerator: re.Pattern[str]
    item_number: list[re.Pattern[str]]
    item_reference: re.Pattern[str]
    item_reference_end: re.Pattern[str]
    minor_words: frozenset[str]
    max_chars: int
    max_words: int
    max_commas: int
    no_heading_end: re.Pattern[str]
    inner_sentence_end: re.Pattern[str]
    never_heading: re.Pattern[str]
    standalone: re.Pattern[str]
    after_figure: re.Pattern[str]
    known_heading: re.Pattern[str]
    label_line: re.Pattern[str]
    max_width: int
    long_line: float
    min_wrapped_share: float


@lru_cache(maxsize=8)
def layout_rules(rules_dir: str | None = None) -> LayoutRules:
    data = rules.load("layout", rules_dir)
    sections = rules.load("sections", rules_dir)
    known = [pattern for section in sections["section"] for pattern in section["headings"]]
    return LayoutRules(
        bullet=rules.regex(data["bullet"]),
        enumerator=rules.regex(data["enumerator"]),
        item_number=[re.compile(p) for p in data["item_number"]],  # case matters: "A." is a number, "a " is not
        item_reference=rules.regex(data["item_reference"]),
        item_reference_end=rules.regex(data["item_reference_end"]),
        minor_words=frozenset(data["minor_words"]),
        max_chars=data["heading"]["max_chars"],
        max_words=data["heading"]["max_words"],
        max_commas=data["heading"]["max_commas"],
        no_heading_end=rules.regex(data["heading"]["no_heading_end"]),
        inner_sentence_end=re.compile(data["heading"]["inner_sentence_end"]),
        never_heading=rules.regex(data["heading"]["never"]),
        standalone=rules.regex(data["heading"]["standalone"]),
        after_figure=re.compile(data["wrap"]["after_figure"]),
        known_heading=rules.regex([rf"^(?:{p})[\s:.\-–—]*$" for p in known]),
        label_line=rules.regex([rf"^(?:{p})\s*(?::-|:|–|—)\s*\S" for p in known]),
        max_width=data["wrap"]["max_width"],
        long_line=data["wrap"]["long_line"],
        min_wrapped_share=data["wrap"]["min_wrapped_share"],
    )


def split_lines(source: SourceText) -> list[Line]:
    text = source.text
    furniture = sorted((f.start, f.end) for f in source.furniture)
    lines: list[Line] = []
    pos = 0
    number = 0
    fi = 0
    previous_blank = True
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = length
        number += 1
        raw = text[pos:nl]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            end = start + len(stripped)
            while fi < len(furniture) and furniture[fi][1] <= start:
                fi += 1
            is_furniture = fi < len(furniture) and furniture[fi][0] <= start < furniture[fi][1]
            line = Line(
                number=number,
                start=start,
                end=end,
                text=stripped,
                soft_wrap=raw.endswith(" "),
                heading_hint=pos in source.heading_lines,
                furniture=is_furniture,
                blank_before=previous_blank,
            )
            if lines and previous_blank:
                lines[-1].blank_after = True
            lines.append(line)
            previous_blank = False
        else:
            previous_blank = True
        pos = nl + 1
    if lines:
        lines[-1].blank_after = True
    return lines


def measure_width(lines: list[Line], r: LayoutRules) -> tuple[int, bool]:
    """The wrap width (90th percentile of line lengths) and whether the text is hard-wrapped.

    Hard-wrapped text has many long lines that stop mid-sentence; text whose
    lines are whole paragraphs has few, however short its lines are.
    """
    body = [line for line in lines if not line.furniture]
    lengths = sorted(len(line.text) for line in body)
    if len(lengths) < 8:
        return (lengths[-1] if lengths else 0), False
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    if width > r.max_width:
        return width, False
    wrapped = 0
    for line, following in itertools.pairwise(body):
        long_line = len(line.text) >= 0.8 * width and not following.blank_before
        goes_on = (line.text[-1] not in ".:?!" and not line.text.endswith(":-")) or following.text[0].islower()
        if long_line and goes_on:
            wrapped += 1
    return width, wrapped >= r.min_wrapped_share * len(body)


def build_layout(source: SourceText, rules_dir: str | None = None) -> Layout:
    r = layout_rules(rules_dir)
    lines = split_lines(source)
    width, wrapped = measure_width(lines, r)
    result = Layout(text=source.text, lines=lines, width=width, wrapped=wrapped)
    blocks = result.blocks
    current: Block | None = None
    following = {id(a): b for a, b in itertools.pairwise(lines)}
    for line in lines:
        if line.furniture:
            continue  # furniture never starts, ends or joins a block
        if current is not None and current.kind == "heading" and (not line.blank_before or not current.number):
            ref = r.item_reference.match(line.text)
            tail = r.item_reference_end.search(line.text) if ref is None and not line.blank_before else None
            after_ref = following.get(id(line))
            title_goes_on = current.lines[-1].text[-1] not in ".:;?!" and len(line.text) <= r.max_chars
            if (
                title_goes_on
                and not line.blank_before
                and after_ref is not None
                and not after_ref.blank_before
                and r.item_reference.match(after_ref.text)
            ):
                tail = tail or r.item_reference.match(after_ref.text)  # the title's second line, its reference below it
                if tail is not None:
                    current.lines.append(line)
                    current.end = line.end
                    continue
            if ref or (tail and title_goes_on):
                # "Apologies (Item 1)" printed on two lines; "287. Declarations of … Significant" /
                # "Interests in items on the agenda (Item 2)": one title over two lines, its reference at its end
                current.number = current.number or (ref or tail).group("number")  # type: ignore[union-attr]
                current.lines.append(line)
                current.end = line.end
                continue
        bullet = r.bullet.match(line.text)
        marker = bullet or r.enumerator.match(line.text)
        if (
            current is not None
            and current.kind != "heading"
            and marker is None
            and not line.heading_hint
            and not any(p.match(line.text) for p in r.item_number)
            and not r.standalone.match(line.text)
            and (_unclosed(source.text, current.start, current.end) or _continues(current.lines[-1], line, width, wrapped, r))
        ):
            current.lines.append(line)  # a wrapped paragraph or list goes on, however its line looks
            current.end = line.end
            continue
        heading = None if bullet and not line.heading_hint else _heading(line, r, wrapped, current)
        after = following.get(id(line))
        if heading is None and after is not None and r.item_reference.match(after.text) and len(line.text) <= r.max_chars:
            # "Participation Team update" over "(Item 4)": a heading, whatever its case.
            heading = Block("heading", [line], body_start=line.start, end=line.end)
        if heading is not None and not line.heading_hint and after is not None and not after.blank_before and after.text[:1].islower():
            heading = None  # "1. Mrs Chandler declared …" / "an interest in …": a numbered paragraph, not a heading
        if heading is not None:
            current = heading
            blocks.append(current)
            continue
        if marker is not None:
            current = Block("list", [line], marker=marker.group("marker"), body_start=line.start + marker.end(), end=line.end)
            blocks.append(current)
            continue
        if (
            current is not None
            and current.kind != "heading"
            and not r.standalone.match(line.text)
            and _continues(current.lines[-1], line, width, wrapped, r)
        ):
            current.lines.append(line)
            current.end = line.end
            continue
        current = Block("para", [line], body_start=line.start, end=line.end)
        blocks.append(current)
    return result


def _continues(prev: Line, line: Line, width: int, wrapped: bool, r: LayoutRules) -> bool:
    """Whether ``line`` goes on with the block that ``prev`` ends."""
    first = line.text[0]
    if line.blank_before:
        # "… from a number of housing estates towards their main" / (blank) / "thoroughfare.": a scan or a page
        # break split the paragraph, for no new paragraph starts in lower case after a sentence left open
        # ("… are included in the" / (blank) / "March 2025 report.": a sentence never ends on "the")
        if prev.text[-1] in ".?!:;" or prev.text.endswith(":-"):
            return False
        # nor does a paragraph hold only the last word or two of a sentence ("… operating times of Rescue" / "117?")
        tail = len(line.text.split()) <= 2 and line.text[-1] in ".?!"
        return first.islower() or tail or prev.text.rsplit(None, 1)[-1].lower() in r.minor_words
    if first.islower() or first in ",;)&" or line.text[:2].lower() in ("e.", "i."):
        return True
    if first == "-" and line.text[1:2].islower():
        return True  # "… It was agreed to write" / "-off a sum of £78.20": a compound broken before its hyphen
    if prev.text.endswith((",", " and", "&")):
        return True  # "Commissioners Fish, Fritz," / "Leonard and Saltzman, 5."
    if not wrapped:
        return False
    if prev.text.endswith((":", ":-")) or r.standalone.match(prev.text):
        return False
    long_prev = len(prev.text) >= r.long_line * width
    if prev.text[-1].isdigit() and first.isupper() and not r.after_figure.match(line.text):
        return False  # "… agreed to pay £ 65.00" / "The Councillors …": a row of figures ends there
    if prev.text[-1] in ".!?":
        return long_prev and prev.soft_wrap and len(prev.text) >= 0.8 * width
    return long_prev or (prev.soft_wrap and len(prev.text) >= 0.45 * width)


def _unclosed(text: str, start: int, end: int) -> bool:
    """A bracket opened in the block and not yet closed: the next line goes on with it."""
    piece = text[start:end]
    return piece.count("(") > piece.count(")") and len(piece) - piece.rfind("(") < 200


def _heading(line: Line, r: LayoutRules, wrapped: bool, current: Block | None) -> Block | None:
    """A heading block for ``line``, with its item number, or None."""
    text = line.text
    if r.never_heading.search(text) or r.standalone.match(text) or r.label_line.match(text):
        return None  # "Present: A, B and C" is a list with its label, not a heading
    number = None
    body_offset = 0
    for pattern in r.item_number:
        m = pattern.match(text)
        if m:
            number = m.group("number").strip()
            body_offset = m.end()
            break
    title = text[body_offset:]
    if not title or len(title) > r.max_chars or len(WORD.findall(title)) > r.max_words:
        return None
    if (r.no_heading_end.search(title) or title.count(",") > r.max_commas) and not line.heading_hint:
        return None
    if title.endswith("?"):
        return None
    if number is None and not line.heading_hint and r.inner_sentence_end.search(title):
        return None
    if number is None and not line.heading_hint and re.search(r":\s+\S+\s+\S+\s+\S+", title):
        return None  # "BOARD VOTE: 3 In Favor 0 Opposed": a label and its content, not a heading
    known = r.known_heading.match(title) is not None
    letters = LETTER.findall(title)
    if not letters:
        return None
    caps = sum(c.isupper() for c in letters) / len(letters)
    isolated = line.blank_before or line.blank_after
    if current is not None and current.kind != "heading" and not line.blank_before and title[0].islower():
        return None
    if line.heading_hint or known:
        pass
    elif number is not None:
        # "1. Apologies" is an item; "1. RESOLVED that …" or "(2) That the …" are not.
        if not title[0].isupper() or _sentence_like(title) or (caps < 0.7 and not _title_case(title, r) and not isolated):
            return None
        lettered = number[0] in "(" or (len(number) <= 2 and number[-1] in ".)" and number[0].isalpha())
        if lettered and caps < 0.7 and not _title_case(title, r):
            return None
        if lettered and current is not None and current.kind != "heading" and _leads_in(current):
            return None  # "RESOLVED that Cabinet agree to:" / "(a) Adopt the Delivery Plan": a part, however Title Case
    elif caps >= 0.7 and len(letters) >= 3:
        if len(title.split()) == 1 and not isolated and not wrapped:
            return None
    elif _title_case(title, r) and (isolated or wrapped):
        if len(text.split()) < 2 and not isolated:
            return None
    else:
        return None
    start = line.start + body_offset
    return Block("heading", [line], number=number, body_start=start, end=line.end)


def _leads_in(block: Block) -> bool:
    """Whether a block ends with a colon: what follows is its list."""
    return block.lines[-1].text.rstrip().endswith(":")


def _sentence_like(title: str) -> bool:
    lowered = title.lower()
    return lowered.startswith(("that ", "resolved", "agreed", "the ", "it was ")) and len(title.split()) > 5


def _title_case(title: str, r: LayoutRules) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title)]
    significant = [w for w in words if w.lower() not in r.minor_words]
    if not significant:
        return False
    upper = sum(1 for w in significant if w[0].isupper())
    return upper / len(significant) >= 0.75
