"""minutes_resolutions: each decision, one record per numbered part.

"Resolved:- (1) That … (2) That …" gives two records numbered "1" and "2",
their texts without the marker; a sentence recording the body's own decision
("The minutes … were approved as a correct record") is one record, whole.
"""

from __future__ import annotations

import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import rules
from ..layout import Block, Layout
from .text import squash, words_of

LETTERED = re.compile(r"\(?[a-zA-Z]\)|[a-zA-Z][.)]")
AFTER_MARKER = re.compile(r"^(?:unanimously|accordingly)\s*", re.I)


class ResolutionFinder:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        data = rules.load("decisions", rules_dir)
        self.markers = [re.compile(p) for p in data["markers"]]
        self.part = re.compile(data["part"])
        self.inline_part = re.compile(data["inline_part"])
        self.sentences_cue = rules.cue(data["sentences_cue"])
        self.sentences = rules.regex(data["sentences"])
        self.not_decisions = rules.regex(data["not_decisions"])
        self.motion_result = rules.regex(data["motion_result"])
        self.motion_lead = rules.regex(data["motion_lead"])
        self.seconding = rules.regex(data["seconding"])
        self.bare_disposition = rules.regex(data["bare_disposition"])
        self.dispositions = rules.regex(data["dispositions"])
        self.item_start = re.compile(data["item_start"])

    def marker_at(self, body: str) -> re.Match[str] | None:
        """A decision marker opening ``body``: upper case, or followed by ":", "that", "(1)" or a number."""
        for pattern in self.markers:
            m = pattern.match(body)
            if not m:
                continue
            after = AFTER_MARKER.sub("", body[m.end("marker") :].lstrip())
            if (
                m.group("marker").isupper()
                or not after
                or after[0] in ":-–—("
                or after[0].isdigit()
                or after.startswith(("that ", "That "))
            ):
                return m
        return None

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        findings = doc._.findings
        text = doc._.source.text
        blocks = layout.blocks
        seen: list[set[str]] = []
        skip_until = -1
        previous: list[tuple[int, int]] = []  # the sentences of the paragraph before, where a motion may be stated
        previous_block: Block | None = None
        for index, block in enumerate(blocks):
            if block.kind == "heading" or index <= skip_until or block.start < findings.header_end:
                previous, previous_block = [], None
                continue
            body = layout.body(block)
            m = self.marker_at(body)
            if m is not None:
                marker = m.group("marker")
                rest_start = block.body_start + m.end()
                parts = self.split_parts(text, rest_start, block.end, first_start=block.start)
                lead_in = not parts or (len(parts) == 1 and parts[0][3].rstrip().endswith(":"))
                follow = index + 1
                if lead_in or (parts and parts[-1][2] is not None):
                    # Parts printed as the list after the marker: "RESOLVED:" / "(1) That …" / "(2) That …".
                    while follow < len(blocks):
                        nxt = blocks[follow]
                        if _is_part(nxt):
                            label = nxt.marker or nxt.number  # a part taken for a heading has a number, not a marker
                            number = label.strip("().") if label else None
                            parts.append((nxt.start, nxt.end, number, text[nxt.body_start : nxt.end]))
                            follow += 1
                            continue
                        after = blocks[follow + 1] if follow + 1 < len(blocks) else None
                        if after is None or not (_is_part(after) or _is_group_label(after, text)):
                            break
                        if lead_in and len(parts) <= 1 and nxt.kind == "para" and text[nxt.start : nxt.end].rstrip().endswith(":"):
                            follow += 1  # "County Council … is asked to agree the following:" before the parts
                            continue
                        if _is_group_label(nxt, text) and _is_part(after):
                            follow += 1  # "2025-26 Council Tax": a heading that groups the parts
                            continue
                        break
                    if lead_in and len(parts) > 1:
                        parts = parts[1:] if parts[0][2] is None else parts
                    if not parts and follow < len(blocks) and blocks[follow].kind == "para":
                        # "Proposed by …, seconded by …, and Resolved:" then the motion's words.
                        nxt = blocks[follow]
                        parts = [(block.start, nxt.end, None, text[nxt.body_start : nxt.end])]
                        follow += 1
                    skip_until = follow - 1
                for start, end, number, part_text in parts:
                    part_text = " ".join(part_text.split())
                    if not part_text or self.duplicate(part_text, seen):
                        continue
                    findings.add("resolutions", start, end, number=number, text=part_text, marker=marker)
                previous, previous_block = [], None
                continue
            earlier: list[tuple[int, int]] = []  # the block's sentences so far
            disposed = False  # the block's item was decided by a bare "Approved." after its words
            for start, end in doc._.sentences.within(block.body_start, block.end):
                sentence = text[start:end]
                if (
                    self.sentences_cue.search(sentence.lower())
                    and self.sentences.search(sentence)
                    and not self.not_decisions.search(sentence)
                ):
                    if self.motion_result.match(sentence):
                        if disposed:
                            # "Ordinance No. 2935, … Finally passed. X moved final passage …, which carried": one decision
                            findings.claim(start, end)
                            earlier.append((start, end))
                            continue
                        # "X moved approval of the minutes." / "Y seconded the motion, which carried …": a
                        # motion at the end of the paragraph before counts too
                        motion = self.motion_start(text, earlier or previous[-2:], start)
                        if motion == start and not earlier and previous_block is not None:
                            quoted = layout.quoted_above(index)
                            motion = quoted.body_start if quoted is not None else start
                        if motion == start and len(sentence.split()) <= 4 and self.resolved_next(layout, index):
                            # "Motion carried." / "(4) RESOLVED that …": the resolution that follows records it
                            findings.claim(start, end)
                            earlier.append((start, end))
                            continue
                        start = motion
                        sentence = text[start:end]
                    elif len(earlier) == 1 and self.bare_disposition.match(sentence.strip()):
                        # "Minutes of the meeting of … Approved.": the item's words, one sentence before it
                        # (after a paragraph of several, "Approved." stands alone)
                        start = earlier[0][0]
                        sentence = text[start:end]
                        disposed = True
                    items = self.disposed_items(text, start, end)
                    if items:
                        for a, b in items:
                            findings.add("resolutions", a, b, number=None, text=squash(text[a:b]), marker=None)
                        earlier.append((start, end))
                        continue
                    clean = " ".join(sentence.split())
                    if self.duplicate(clean, seen):
                        findings.claim(start, end)
                        continue
                    findings.add("resolutions", start, end, number=None, text=clean, marker=None)
                earlier.append((start, end))
            previous, previous_block = earlier, block
        return doc

    def resolved_next(self, layout: Layout, index: int) -> bool:
        """Whether the block after ``index`` opens with a decision marker."""
        following = layout.blocks[index + 1] if index + 1 < len(layout.blocks) else None
        return following is not None and following.kind != "heading" and self.marker_at(layout.body(following)) is not None

    def disposed_items(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each item in a run of items with their dispositions; none unless the sentence has two."""
        marks = list(self.dispositions.finditer(text, start, end))
        if len(marks) < 2:
            return []
        out = []
        previous_end = start
        for mark in marks:
            starts = list(self.item_start.finditer(text, previous_end, mark.start()))
            if starts:
                out.append((starts[-1].end(), mark.end()))
            previous_end = mark.end()
        return out

    def motion_start(self, text: str, earlier: list[tuple[int, int]], start: int) -> int:
        """Where the motion a result sentence reports is stated: "X moved …, seconded by Y. The motion carried 4-0."

        Back one sentence when it moves or seconds, and one more when that one only seconds.
        """
        if not earlier or not self.motion_lead.search(text[earlier[-1][0] : earlier[-1][1]]):
            return start
        last, before = text[earlier[-1][0] : earlier[-1][1]], text[earlier[-2][0] : earlier[-2][1]] if len(earlier) > 1 else ""
        if before and self.seconding.match(last) and self.motion_lead.search(before):
            return self.motion_clause(text, earlier[-2])
        return self.motion_clause(text, earlier[-1])

    def motion_clause(self, text: str, sentence: tuple[int, int]) -> int:
        """Where the motion's clause starts: after the last ";" before "moved" ("X stated …; moved approval of …")."""
        start, end = sentence
        lead = self.motion_lead.search(text, start, end)
        cut = text.rfind(";", start, lead.start()) if lead else -1
        if cut < 0:
            return start
        return cut + 1 + len(text[cut + 1 : end]) - len(text[cut + 1 : end].lstrip())

    def split_parts(self, text: str, start: int, end: int, first_start: int) -> list[tuple[int, int, str | None, str]]:
        """(start, end, number, text) of each part written after a marker in one block."""
        rest = text[start:end]
        lead = len(rest) - len(rest.lstrip(" :-–—\n"))
        start += lead
        rest = rest[lead:]
        if not rest.strip():
            return []
        cuts = [0] + [m.start() + 1 for m in self.inline_part.finditer(rest)] + [len(rest)]
        parts = []
        for i, (a, b) in enumerate(itertools.pairwise(cuts)):
            piece = rest[a:b]
            number = None
            m = self.part.match(piece)
            if m:
                number = m.group("number").strip("().")
                piece = piece[m.end() :]
            parts.append((first_start if i == 0 else start + a, start + b, number, piece.strip()))
        return parts

    @staticmethod
    def duplicate(text: str, seen: list[set[str]]) -> bool:
        """A decision recorded twice (a closing list of decisions) is kept once, the first time."""
        words = set(words_of(text))
        if len(words) < 4:
            return False
        for earlier in seen:
            if len(words & earlier) >= 0.9 * max(len(words), len(earlier)):
                return True
        seen.append(words)
        return False


def _is_part(block: Block) -> bool:
    """A numbered or lettered part of a decision ("(a) That …"), not a bullet point.

    A lettered part in Title Case ("(a) Adopt the Integrated Care Strategy Delivery Plan") may have been
    taken for a heading; under a decision's lead-in it is a part all the same (a numbered one is an item).
    """
    if block.kind == "heading":
        return block.number is not None and LETTERED.fullmatch(block.number) is not None
    return block.kind == "list" and not block.bulleted


def _is_group_label(block: Block, text: str) -> bool:
    """A short unnumbered line that heads a group of parts ("Capital Programme", "In addition:")."""
    words = text[block.start : block.end].split()
    if block.kind not in ("heading", "para") or block.number or not 0 < len(words) <= 8:
        return False
    return words[-1][-1] not in ".:;," or (words[-1][-1] == ":" and len(words) <= 3)


@Language.factory("minutes_resolutions", default_config={"rules_dir": None})
def make_resolution_finder(nlp: Language, name: str, rules_dir: str | None) -> ResolutionFinder:
    return ResolutionFinder(nlp, name, rules_dir)
