"""minutes_questions: numbered and attributed questions, and questions reported in discussion.

A labelled question ("Question 3", "Question submitted by Councillor X") opens
a question region that runs to the next label or heading: what is written
there responds to it (minutes_comments makes those comments). A sentence
such as "Councillor X asked whether …" is a reported question.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import rules
from ..findings import Findings
from ..people import clean_name, is_group, same_person
from .speakers import Speakers, Speech
from .text import squash


class QuestionFinder:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        data = rules.load("questions", rules_dir)
        self.labels = [re.compile(p, re.I | re.S) for p in data["labels"]]
        self.answers = [re.compile(p, re.I | re.S) for p in data["answers"]]
        self.reported_cue = rules.cue(data["reported_cue"])
        self.reported = [re.compile(p, re.I | re.S) for p in data["reported"]]  # a sentence may run over lines
        self.not_questions = rules.regex(data["not_questions"])
        # Who asked, when the question closes a point: "Councillor Cole welcomed … and asked if …"
        self.subject = Speech(rules_dir)
        self.rules_dir = rules_dir

    def label_at(self, body: str) -> re.Match[str] | None:
        for pattern in self.labels:
            m = pattern.match(body)
            if m:
                return m
        return None

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        findings = doc._.findings
        speakers = Speakers(findings, self.rules_dir)
        text = doc._.source.text
        blocks = layout.blocks
        regions: list[tuple[int, int, str]] = []
        index = 0
        while index < len(blocks):
            block = blocks[index]
            body = layout.body(block) if block.kind != "heading" else text[block.start : block.end]
            m = self.label_at(body)
            item_number = None
            if m is None and block.kind == "heading" and block.number:
                # "6. Question submitted by Councillor L. Galvin": the item's number numbers the question
                m = self.label_at(layout.body(block))
                item_number = block.number.strip(" .)(")
            if m is None or (block.start < findings.header_end and block.kind != "heading"):
                index += 1
                continue
            rest = m.group("rest").strip() if m.group("rest") else ""
            q_start, q_end = block.start, block.end
            after = index + 1
            if not rest:
                # The question is the block under its label.
                if after < len(blocks) and blocks[after].kind != "heading" and not self.label_at(layout.body(blocks[after])):
                    q_end = blocks[after].end
                    rest = layout.body(blocks[after])
                    after += 1
                else:
                    index += 1
                    continue
            asker = speakers.resolve(m.groupdict().get("asker"))
            number = m.groupdict().get("number") or item_number
            found = findings.add(
                "questions",
                q_start,
                q_end,
                number=number,
                text=squash(rest),
                asked_by=asker,
                answered_by=speakers.resolve(m.groupdict().get("answerer")),
                kind="numbered" if number else ("member" if asker and not _public(asker) else "public"),
            )
            if asker and not is_group(asker) and not any(same_person(asker, a.fields["name"]) for a in findings.of("attendees")):
                # A named member of the public who puts a question attends the meeting (GOLD-FORMAT.md).
                raw = m.group("asker") or ""
                honorific = clean_name(raw)[1]
                findings.add(
                    "attendees",
                    block.start,
                    block.end,
                    claim=False,
                    name=asker,
                    honorific=honorific,
                    role=None,
                    status="in_attendance",
                    remote=False,
                    initials=None,
                )
            # Its region: to the next label, heading or decision.
            end = after
            while end < len(blocks) and blocks[end].kind != "heading":
                nxt = layout.body(blocks[end])
                if self.label_at(nxt) or findings.is_claimed(blocks[end].start, blocks[end].end):
                    break
                end += 1
            region_end = blocks[end - 1].end if end > after else q_end
            if end > after:
                regions.append((blocks[after].start, region_end, found.key))
            findings.claim(q_start, q_end)
            index = max(end, index + 1)
        doc.user_data["question_regions"] = regions
        in_region = _interval_test(regions)
        for block in blocks:
            if block.kind == "heading" or block.start < findings.header_end or in_region(block.start):
                continue
            for start, end in doc._.sentences.within(block.body_start, block.end):
                sentence = text[start:end]
                if block.bulleted and sentence.rstrip().endswith("?") and len(sentence.split()) >= 4:
                    # an item of a list of members' queries that asks: "• Does the Council have an integration policy?"
                    if not findings.is_claimed(start, end) and not self.not_questions.search(sentence):
                        _reported(findings, start, end, sentence, None)
                    continue
                if not self.reported_cue.search(sentence.lower()) or self.not_questions.search(sentence) or findings.is_claimed(start, end):
                    continue
                for pattern in self.reported:
                    m = pattern.match(sentence)
                    if not m:
                        continue
                    raw_asker = m.groupdict().get("asker")
                    asker = speakers.resolve(raw_asker, (start, end)) if raw_asker else None
                    if raw_asker and asker is None and (subject := self.subject.match(sentence)):
                        asker = speakers.resolve(subject.group("speaker"), (start, end))
                    if raw_asker and asker is None and not sentence.lower().startswith("in "):
                        # "The report asked …": no person asked; but a later pattern may find the asker
                        # the first one ran past ("Members referred to the statistics and asked what …")
                        continue
                    _reported(findings, start, end, sentence, asker)
                    break
        return doc


def _reported(findings: Findings, start: int, end: int, sentence: str, asker: str | None) -> None:
    """A question reported in the discussion, the whole sentence its text."""
    text = squash(sentence)
    findings.add("questions", start, end, claim=False, number=None, text=text, asked_by=asker, answered_by=None, kind="reported")


def _public(asker: str) -> bool:
    return "public" in asker.lower() or "resident" in asker.lower()


def _interval_test(regions: list[tuple[int, int, str]]):  # type: ignore[no-untyped-def]
    def inside(offset: int) -> bool:
        return any(a <= offset < b for a, b, _ in regions)

    return inside


@Language.factory("minutes_questions", default_config={"rules_dir": None})
def make_question_finder(nlp: Language, name: str, rules_dir: str | None) -> QuestionFinder:
    return QuestionFinder(nlp, name, rules_dir)
