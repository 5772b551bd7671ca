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

from .. import rules
from ..people import clean_name, is_officer_role, looks_like_name, people_rules, title_status
from ..pipeline import business_sentences
from .attendance import same_person


class ParticipantFinder:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        self.people = people_rules(rules_dir)
        data = rules.load("people", rules_dir)
        self.member_titles = {t.lower() for t in data["member_titles"]}
        self.presenting = re.compile(rules.load("attendance", rules_dir)["presenting"])

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
        for name, honorific, start, end in findings.participants:
            status = title_status(honorific, self.people)
            if status is None:
                status = "present" if honorific and honorific.lower() in self.member_titles else "in_attendance"
            self.add(findings, known, name, honorific, start, end, status=status, role=None)
        return doc

    def add(self, findings, known, name, honorific, start, end, *, status, role) -> None:  # type: ignore[no-untyped-def]
        for person in known:
            if same_person(str(person["name"]), name):
                if role and not person.get("role"):
                    person["role"] = role
                return
        fields = {"name": name, "honorific": honorific, "role": role, "status": status, "remote": False, "initials": None}
        findings.add("attendees", start, end, claim=False, **fields)
        known.append(fields)


@Language.factory("minutes_participants", default_config={"rules_dir": None})
def make_participant_finder(nlp: Language, name: str, rules_dir: str | None) -> ParticipantFinder:
    return ParticipantFinder(nlp, name, rules_dir)
