"""minutes_participants: people who took part without being listed as attending.

GOLD-FORMAT.md counts as attendees the people who report or present an item,
speak as members of the public, ask, move or second. The other components
note each named participant; here those not already in the attendance become
attendees, with the status their title gives ("Board Member Teague" present,
"Staff Member Sablan" officer, a chair's title chair, no title: in
attendance). "Joanne Carpenter, Participation and Engagement Manager,
introduced the report" also gives the officer's role.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from models import STATUS_PRECEDENCE

from .. import rules
from ..people import clean_name, is_officer_role, looks_like_name, people_rules, same_person, speaker_list, split_people, title_status
from ..pipeline import business_sentences
from .attendance import PROSE


class ParticipantFinder:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        self.people = people_rules(rules_dir)
        data = rules.load("people", rules_dir)
        self.member_titles = {t.lower() for t in data["member_titles"]}
        attendance = rules.load("attendance", rules_dir)
        self.presenting = re.compile(attendance["presenting"])
        self.presenters = re.compile(attendance["presenters"])
        self.presenters_cue = rules.cue(attendance["presenters_cue"])
        self.speaker_list_headings = rules.regex(attendance["speaker_list_headings"])
        self.speaker_item = re.compile(attendance["speaker_item"])
        self.reporters = [(re.compile(r["pattern"]), r["status"]) for r in attendance["reporter"]]

    def __call__(self, doc: Doc) -> Doc:
        findings = doc._.findings
        text = doc._.source.text
        known = [f.fields for f in findings.of("attendees")]
        # Officers named with their role as they present: "Joanne Carpenter, Participation and Engagement Manager, introduced …"
        for _, start, end in business_sentences(doc):
            m = self.presenting.match(text[start:end])
            if not m:
                continue
            name, honorific = clean_name(m.group("name"), self.people)
            role = " ".join(m.group("role").split())
            if not looks_like_name(name, self.people) or not is_officer_role(role, self.people):
                continue
            self.add(findings, known, name, honorific, start, end, status="officer", role=role)
        self.presenter_lists(doc, findings, known)
        self.speaker_lists(doc, findings, known)
        self.reporting(doc, findings, known)
        for name, honorific, start, end in findings.participants:
            role = findings.roles.get(name)
            status = title_status(honorific, self.people)
            if status is None and is_officer_role(role, self.people):
                status = "officer"  # "Ron Gale, Parking Manager, Bureau of Transportation: …"
            if status is None:
                status = "present" if honorific and honorific.lower() in self.member_titles else "in_attendance"
            self.add(findings, known, name, honorific, start, end, status=status, role=role)
        return doc

    def reporting(self, doc: Doc, findings, known) -> None:  # type: ignore[no-untyped-def]
        """People a line names as reporting or presenting ("District Manager's Report - L. Reynolds").

        A whole-line form is tried on every line, not only a block's first: a report's
        heading is often run into the list above it ("● … towed" / "Chairperson's Report – T. Meltzer").
        """
        text = doc._.source.text
        # a block's first line is read after its marker: "B)   Licensing & Permits Committee S. Cole"
        first_lines = {block.lines[0].start: block.body_start for block in doc._.layout.blocks}
        for line in doc._.layout.lines:
            if line.start < findings.header_end or line.furniture:
                continue
            body = text[first_lines[line.start] : line.end] if line.start in first_lines else line.text
            for pattern, given in self.reporters:
                if not pattern.pattern.startswith("^") and line.start not in first_lines:
                    continue  # a phrase within a paragraph ("… presentation by …") counts only at a block's head
                m = pattern.search(body)
                if m is None:
                    continue
                name, honorific = clean_name(m.group("name"), self.people)
                if not looks_like_name(name, self.people):
                    continue
                role = " ".join(m.groupdict().get("role", "").split()) or None
                status = given
                if given == "by role":
                    status = title_status(role, self.people) or ("officer" if is_officer_role(role, self.people) else "present")
                    role = None if status == "chair" else role
                self.add(findings, known, name, honorific, line.start, line.end, status=status, role=role)
                break

    def presenter_lists(self, doc: Doc, findings, known) -> None:  # type: ignore[no-untyped-def]
        """Everyone named before "introduced the item": a member by their title, anyone else an officer."""
        text = doc._.source.text
        for _, start, end in business_sentences(doc):
            sentence = text[start:end]
            if self.presenters_cue.search(sentence.lower()) is None:
                continue
            m = self.presenters.match(sentence)
            if m is None or PROSE.search(m.group("names")):
                continue
            for person in split_people(m.group("names"), start + m.start("names"), self.people):
                status = title_status(person.honorific, self.people)
                if status is None:
                    member = person.honorific and person.honorific.lower() in self.member_titles
                    status = "present" if member else "officer" if not person.honorific else "in_attendance"
                self.add(findings, known, person.name, person.honorific, start, end, status=status, role=person.role)

    def speaker_lists(self, doc: Doc, findings, known) -> None:  # type: ignore[no-untyped-def]
        """People at the head of each item of a list of speakers ("● Nina Shah - Elm Street Block Association - …")."""
        layout = doc._.layout
        for _, raw, at in speaker_list(layout, self.speaker_list_headings, self.speaker_item, self.people):
            if raw is None:
                continue
            block = layout.blocks[at]  # where the name stands, so the attendee's span holds it
            name, honorific = clean_name(raw, self.people)
            if looks_like_name(name, self.people):
                self.add(findings, known, name, honorific, block.start, block.end, status="in_attendance", role=None)

    def add(self, findings, known, name, honorific, start, end, *, status, role) -> None:  # type: ignore[no-untyped-def]
        for person in known:
            if same_person(str(person["name"]), name):
                if role and not person.get("role"):
                    person["role"] = role
                if status in ("chair", "vice_chair") and STATUS_PRECEDENCE.index(status) < STATUS_PRECEDENCE.index(str(person["status"])):
                    person["status"] = status  # "Chairperson's Report – T. Meltzer": listed as a member, and chaired
                return
        fields = {"name": name, "honorific": honorific, "role": role, "status": status, "remote": False, "initials": None}
        findings.add("attendees", start, end, claim=False, **fields)
        known.append(fields)


@Language.factory("minutes_participants", default_config={"rules_dir": None})
def make_participant_finder(nlp: Language, name: str, rules_dir: str | None) -> ParticipantFinder:
    return ParticipantFinder(nlp, name, rules_dir)
