"""minutes_sections: which part of the minutes each block is in (attendance, questions, …).

Like medspaCy's Sectionizer, sections are recognised by their headings, the
headings kept as data in ``rules/sections.toml``. A section also starts at an
inline label ("PRESENT: …", "Apologies: …") and runs to the next heading or label.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .. import rules
from ..findings import Section
from ..layout import layout_rules
from ..people import is_name_list, people_rules


@dataclass(frozen=True)
class SectionRule:
    name: str
    status: str | None
    heading: re.Pattern[str]
    label: re.Pattern[str]
    gap_label: re.Pattern[str]  # the heading, then a column gap, then the list: "PRESENT   Rob Boyd (Chair)   RB"
    alternatives: str  # the headings as one alternation, for patterns built on them


def section_rules(rules_dir: str | None = None) -> list[SectionRule]:
    data = rules.load("sections", rules_dir)
    separator = rules.load("attendance", rules_dir)["label"]["separator"]
    out = []
    for section in data["section"]:
        alternatives = "|".join(f"(?:{p})" for p in section["headings"])
        out.append(
            SectionRule(
                name=section["name"],
                status=section.get("status"),
                heading=re.compile(rf"^(?:{alternatives})[\s:.\-–—]*$", re.I),
                # "PRESENT (four Councillors): - …": a note in brackets may stand between the label and its list.
                label=re.compile(rf"^(?:{alternatives})(?:\s*\([^)]{{0,60}}\))?{separator}(?=\S)", re.I),
                gap_label=re.compile(rf"^(?:{alternatives})[ \t]{{3,}}(?=\S)", re.I),
                alternatives=alternatives,
            )
        )
    return out


def classify_heading(title: str, table: list[SectionRule], reference_end: re.Pattern[str]) -> SectionRule | None:
    # a title printed over lines, its item reference at its end: "Apologies for Absence / (Item 1)"
    title = reference_end.sub("", " ".join(title.split())).strip("*_ ")
    for rule in table:
        if rule.heading.match(title):
            return rule
    return None


class Sectionizer:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        self.table = section_rules(rules_dir)
        self.reference_end = layout_rules(rules_dir).item_reference_end  # "… (Item 2)" ending a heading
        self.people = people_rules(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        findings = doc._.findings
        sections: list[Section] = []
        for index, block in enumerate(layout.blocks):
            if block.kind == "heading":
                rule = classify_heading(layout.body(block), self.table, self.reference_end)
                in_attendance = sections and sections[-1].name == "attendance" and sections[-1].label_end is None
                if rule is None and not block.number and in_attendance and is_name_list(layout.body(block), self.people):
                    findings.name_blocks.add(index)  # a roll call printed one name (or row) a line
                    continue
                gap = None if rule else self.gap_label(layout.body(block))
                if gap is not None:
                    # A table of names whose first row starts with the heading: the section's rows are its name lines.
                    gap_rule, gap_end = gap
                    findings.name_blocks.add(index)
                    list_start = block.body_start + gap_end
                    sections.append(Section(gap_rule.name, block.start, 0, gap_rule.status, heading_block=index, list_start=list_start))
                    continue
                name = rule.name if rule else "other"
                sections.append(Section(name, block.start, 0, rule.status if rule else None, heading_block=index))
                continue
            body = layout.body(block)
            for rule in self.table:
                m = rule.label.match(body)
                if m and rule.name in ("attendance", "declarations"):
                    # An inline label ("Present: A, B") covers its own block only.
                    sections.append(Section(rule.name, block.start, block.end, rule.status, label_end=block.body_start + m.end()))
                    break
        headed = [s for s in sections if s.label_end is None]
        for this, following in itertools.pairwise(headed):
            this.end = following.start
        if headed:
            headed[-1].end = len(doc._.source.text)
        findings.sections = sections
        return doc

    def gap_label(self, body: str) -> tuple[SectionRule, int] | None:
        """The attendance section a heading opens with its list after a column gap, and where the list starts."""
        for rule in self.table:
            m = rule.gap_label.match(body) if rule.name == "attendance" else None
            if m and is_name_list(body[m.end() :], self.people):
                return rule, m.end()
        return None


@Language.factory("minutes_sections", default_config={"rules_dir": None})
def make_sectionizer(nlp: Language, name: str, rules_dir: str | None) -> Sectionizer:
    return Sectionizer(nlp, name, rules_dir)
