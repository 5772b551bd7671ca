"""minutes_attendance: who was there, in what capacity, and who sent apologies.

People come from attendance sections (a heading or a label such as
"PRESENT:" followed by names), and from sentences such as "Apologies were
received from …" or "X, Role, and Y, Role, to report." A person listed twice
keeps the most specific status (chair > … > absent), as GOLD-FORMAT.md asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from models import STATUS_PRECEDENCE

from .. import rules
from ..people import (
    PeopleRules,
    Person,
    clean_name,
    initials_of,
    is_officer_role,
    looks_like_name,
    people_rules,
    same_person,
    split_people,
    titles_differ,
)
from .sections import section_rules

COUNT_TAIL = re.compile(r"\s*[–—-]\s*\d+\.?\s*$|\s*\(\d+\)\s*$|,\s*\d+\.?\s*$")
PROSE = re.compile(r"\b(?:had|has|have|was|is|agreed|would|will|there)\b")
# A list given after a label ends with its sentence: "PRESENT: A, B and C. Eleven members of the public …"
LIST_END = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")
NONE_WORDS = re.compile(r"^\s*(?:none|nil|n/a|no apologies.*|there were no.*)\s*\.?\s*$", re.I)


@dataclass(frozen=True)
class SentenceRule:
    pattern: re.Pattern[str]
    status: str
    remote: bool
    cue: re.Pattern[str] | None  # tried on the lower-cased sentence first; the pattern runs only where it matches


class AttendanceReader:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        data = rules.load("attendance", rules_dir)
        self.sentence_rules = [
            SentenceRule(
                re.compile(s["pattern"], re.I | re.S),
                s["status"],
                s.get("remote", False),
                rules.cue(s["cue"]) if "cue" in s else None,
            )
            for s in data["sentence"]
        ]
        self.people = people_rules(rules_dir)
        table = [r for r in section_rules(rules_dir) if r.name == "attendance"]
        separator = data["label"]["separator"]
        labels = "|".join(f"(?:{r.alternatives})(?:\\s*\\([^)]{{0,60}}\\))?{separator}" for r in table)
        # A label inside a list: "Roll Call - Present: A, B. Absent: C.", or at the head of a line of it
        # ("… and Ms L Wright" / "IN ATTENDANCE: Mr J Cook (Democratic Services Manager)").
        self.inner_label = re.compile(rf"(?:^|(?<=[.;])\s+|\s+[–—-]\s+|\n[ \t]*)(?P<label>{labels})", re.I)
        # A label inside a paragraph: "… at 9:30 A.M.  THOSE PRESENT WERE: Mayor Adams, Presiding; …"
        self.label_anywhere = re.compile(rf"(?:^|\s{{2,}}|(?<=[.;])\s+)(?P<label>{labels})(?=\S)", re.I)
        self.table = table
        grid = data["grid"]
        self.grid_rows = [re.compile(row) for row in grid["rows"]]
        self.grid_codes: dict[str, str] = grid["codes"]
        self.grid_min_rows: int = grid["min_rows"]

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        findings = doc._.findings
        found: list[tuple[Person, str]] = []
        in_sections: set[int] = set()
        for section in findings.sections:
            if section.name != "attendance":
                continue
            for index, block in enumerate(layout.blocks):
                if block.start < section.start or block.start >= section.end:
                    continue
                if block.kind == "heading" and index not in findings.name_blocks:
                    if block.start > section.start:
                        break  # the next heading ends the list ("Officials" / … / "Matters arising")
                    continue
                if section.list_start and index not in findings.name_blocks:
                    break  # a table of names run on from its heading ends at the first line that is not names
                begin = section.label_end if section.label_end and block.start == section.start else block.body_start
                if section.list_start and block.start == section.start:
                    begin = section.list_start  # "PRESENT   Rob Boyd (Chair)   RB": the names after the heading
                if section.label_end and block.start != section.start:
                    break  # an inline label covers its own block only
                body = doc._.source.text[begin : block.end]
                if section.label_end:
                    cut = LIST_END.search(body)
                    body = body[: cut.start()] if cut else body
                if NONE_WORDS.match(body):
                    in_sections.add(index)
                    continue
                if len(body.split()) > 60 and not section.label_end:
                    continue  # a paragraph of prose, not a list of names
                if not section.label_end and block.kind == "para" and _not_a_name_line(body, self.people):
                    if in_sections:
                        break  # "Welcome and introductions": the business has begun
                    continue  # "The Manager reported apologies from …": a sentence, for the sentence rules
                people = self.read_list(body, begin, section.status or "present")
                if people:
                    in_sections.add(index)
                    found.extend(people)
        text = doc._.source.text
        sentences = doc._.sentences
        for index, block in enumerate(layout.blocks):
            if index in in_sections or block.kind == "heading":
                continue
            for start, end in sentences.within(block.body_start, block.end):
                sentence = text[start:end]
                # Labels end in ":" or a dash; most sentences have neither, and the search is long.
                label = self.label_anywhere.search(sentence) if (":" in sentence or "–" in sentence or " - " in sentence) else None
                if label is not None:
                    # "… held at 9.30 a.m. THOSE PRESENT WERE: Mayor Adams, Presiding; …" in the middle of a paragraph.
                    status = self.status_of_label(label.group("label")) or "present"
                    found.extend(self.read_list(sentence[label.end() :], start + label.end(), status))
                    findings.claim(start + label.start(), end)
                    continue
                lowered = sentence.lower()
                for rule in self.sentence_rules:
                    if rule.cue is not None and rule.cue.search(lowered) is None:
                        continue
                    m = rule.pattern.match(sentence)
                    if not m:
                        continue
                    if PROSE.search(m.group("names")) or len(m.group("names").split()) > 100:
                        break  # "Lime Kiln Road – There had been a report …": prose, not a list of people
                    named = split_people(m.group("names"), start + m.start("names"), self.people)
                    for person in named:
                        person.remote = person.remote or rule.remote
                        found.append((person, rule.status))
                    if named:
                        findings.claim(start, end)
                    break
        found.extend(self.grid(layout, findings))
        self.emit(found, findings)
        return doc

    def grid(self, layout, findings) -> list[tuple[Person, str]]:  # type: ignore[no-untyped-def]
        """Members of an attendance grid, one a line with their code: "Gwen Billig P Y YY Y", "PAUL EVEMY  LA  P  S  P"."""
        out: list[tuple[Person, str]] = []
        run: list[tuple[Person, str]] = []
        for line in [*layout.lines, None]:
            m = None
            if line is not None and not line.furniture:
                m = next(filter(None, (row.match(line.text) for row in self.grid_rows)), None)
            name = clean_name(m.group("name"), self.people) if m else None
            if m and name and looks_like_name(name[0], self.people):
                person = Person(name[0], line.start, line.end, honorific=name[1])
                run.append((person, self.grid_codes[m.group("code")]))
                continue
            if len(run) >= self.grid_min_rows:
                out.extend(run)
                for person, _ in run:
                    findings.claim(person.start, person.end)
            run = []
        return out

    def read_list(self, body: str, offset: int, status: str) -> list[tuple[Person, str]]:
        """People of a list whose section gives ``status``; inner labels switch it."""
        parts: list[tuple[int, int, str]] = []
        pos, current = 0, status
        for m in self.inner_label.finditer(body):
            if m.start() > pos:
                parts.append((pos, m.start(), current))
            current = self.status_of_label(m.group("label")) or current
            pos = m.end()
        parts.append((pos, len(body), current))
        out: list[tuple[Person, str]] = []
        for a, b, st in parts:
            chunk = COUNT_TAIL.sub("", body[a:b])
            if NONE_WORDS.match(chunk):
                continue
            for person in split_people(chunk, offset + a, self.people):
                out.append((person, st))
        return out

    def status_of_label(self, label: str) -> str | None:
        label = re.sub(r"\s*\([^)]*\)", "", label).strip(" :-–—")
        for rule in self.table:
            if rule.heading.match(label):
                return rule.status
        return None

    def emit(self, found: list[tuple[Person, str]], findings) -> None:  # type: ignore[no-untyped-def]
        merged: list[tuple[Person, str]] = []
        for person, section_status in found:
            status = person.status or section_status
            if status in ("present", "in_attendance") and is_officer_role(person.role, self.people):
                status = "officer"
            if status == "chair" and section_status in ("apologies", "absent"):
                status = section_status
            same = next(
                (
                    i
                    for i, (p, _) in enumerate(merged)
                    if same_person(p.name, person.name) and not titles_differ(p.honorific, person.honorific, self.people)
                ),
                None,
            )
            if same is None:
                merged.append((person, status))
                continue
            kept, kept_status = merged[same]
            best = min(kept_status, status, key=STATUS_PRECEDENCE.index)
            if len(person.name) > len(kept.name):
                person.role = person.role or kept.role
                person.initials = person.initials or kept.initials
                merged[same] = (person, best)
            else:
                kept.role = kept.role or person.role
                kept.initials = kept.initials or person.initials
                merged[same] = (kept, best)
        for person, status in merged:
            findings.add(
                "attendees",
                person.start,
                person.end,
                claim=True,
                name=person.name,
                honorific=person.honorific,
                role=person.role,
                status=status,
                remote=person.remote,
                initials=person.initials or initials_of(person.name),
            )


# Lower-case words that join names in a list ("A Jones and B Smith", "Head of Policy"), beside a name's particles.
LIST_WORDS = frozenset(("and", "&", "of", "for", "the"))


def _not_a_name_line(body: str, people: PeopleRules) -> bool:
    """A line of a list of names holds names (and joining words) up to its first comma or bracket; this one has other words."""
    head = re.split(r"[,(;:–—]|\s-\s", body, maxsplit=1)[0]
    words = re.findall(r"[^\W\d_][\w'’.-]*", head)
    return any(w[0].islower() and w not in LIST_WORDS and w not in people.particles for w in words)


@Language.factory("minutes_attendance", default_config={"rules_dir": None})
def make_attendance_reader(nlp: Language, name: str, rules_dir: str | None) -> AttendanceReader:
    return AttendanceReader(nlp, name, rules_dir)
