"""minutes_declarations: declarations of interest — who declared, in which item, what kind."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import rules
from ..pipeline import business_sentences
from .speakers import Speakers
from .text import squash

KINDS = {"pecuniary": "pecuniary", "disclosable pecuniary": "pecuniary", "personal": "personal", "prejudicial": "prejudicial"}


class DeclarationFinder:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        data = rules.load("declarations", rules_dir)
        self.declared_cue = rules.cue(data["declared_cue"])
        self.declared = [rules.regex(p) for p in data["declared"]]
        self.none = rules.regex(data["none"])
        self.rules_dir = rules_dir

    def __call__(self, doc: Doc) -> Doc:
        findings = doc._.findings
        text = doc._.source.text
        speakers = Speakers(findings, self.rules_dir)
        for _, start, end in business_sentences(doc):
            sentence = text[start:end]
            if self.declared_cue.search(sentence.lower()) is None or self.none.search(sentence):
                continue
            for pattern in self.declared:
                m = pattern.match(sentence)
                if not m:
                    continue
                member = speakers.resolve(m.group("member"))
                if member is None:
                    break
                kind = " ".join((m.groupdict().get("kind") or "").lower().split())
                findings.add(
                    "declarations",
                    start,
                    end,
                    claim=True,
                    member=member,
                    text=squash(sentence),
                    interest=KINDS.get(kind, "other" if kind else None),
                    about_item=(m.groupdict().get("item") or "").strip(".,;") or None,
                )
                break
        return doc


@Language.factory("minutes_declarations", default_config={"rules_dir": None})
def make_declaration_finder(nlp: Language, name: str, rules_dir: str | None) -> DeclarationFinder:
    return DeclarationFinder(nlp, name, rules_dir)
