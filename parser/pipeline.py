"""The spaCy pipeline: a blank English Language with the minutes components.

The Doc's text is the document text, so every offset a component records is an
offset into the document. Tokenisation runs block by block (spaCy's tokenizer
slows down on long Docs once it meets a special case such as "Mr."), and the
blocks' tokens are joined into one Doc.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .findings import Findings
from .layout import Layout
from .readers.base import SourceText

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The components in the order they run; each is registered in parser/components.
COMPONENTS: tuple[str, ...] = (
    "minutes_blocks",
    "minutes_sections",
    "minutes_meeting",
    "minutes_items",
    "minutes_attendance",
    "minutes_declarations",
    "minutes_resolutions",
    "minutes_questions",
    "minutes_comments",
    "minutes_votes",
    "minutes_participants",
)


def _register_extensions() -> None:
    from spacy.tokens import Doc

    for name in ("layout", "source", "findings", "sentences"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@lru_cache(maxsize=4)
def build_nlp(rules_dir: str | None = None) -> Language:
    """The pipeline, built once per process (and per rules folder)."""
    import spacy

    from . import components  # noqa: F401 - registers the factories

    _register_extensions()
    nlp = spacy.blank("en")
    _add_title_abbreviations(nlp, rules_dir)
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"rules_dir": rules_dir})
    return nlp


def _add_title_abbreviations(nlp: Language, rules_dir: str | None) -> None:
    """Title abbreviations such as "Cllr." are one token, so no sentence ends inside "On the proposal of Cllr. M. Sheehan"."""
    from spacy.attrs import ORTH

    from . import rules

    for word in rules.load("people", rules_dir)["abbreviations"]:
        for form in {word, word.lower(), word.upper(), word.capitalize()}:
            nlp.tokenizer.add_special_case(f"{form}.", [{ORTH: f"{form}."}])  # type: ignore[union-attr]


def make_doc(nlp: Language, source: SourceText, layout: Layout) -> Doc:
    """One Doc over the whole text, tokenised block by block."""
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc

    text = source.text
    words: list[str] = []
    spaces: list[bool] = []
    cuts = sorted({0, len(text), *(block.start for block in layout.blocks), *(line.start for line in layout.lines if line.furniture)})
    pieces = [text[a:b] for a, b in itertools.pairwise(cuts) if b > a]
    strings = nlp.vocab.strings
    for piece_doc in nlp.tokenizer.pipe(pieces):  # type: ignore[union-attr]
        # Through arrays: making a Token object per token costs more than the tokenizer.
        rows = piece_doc.to_array([ORTH, SPACY])
        words.extend(strings[int(orth)] for orth in rows[:, 0])
        spaces.extend(bool(flag) for flag in rows[:, 1])
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc._.layout = layout
    doc._.source = source
    doc._.findings = Findings(mask=bytearray(len(text)))
    return doc


class Sentences:
    """Sentence offsets of the Doc, for finding the sentences inside a block fast."""

    def __init__(self, doc: Doc, text: str) -> None:
        import numpy

        # From the arrays, as doc.sents would give them: each sentence runs to the next one's start.
        first_tokens = numpy.flatnonzero(doc.to_array("SENT_START") == 1)
        offsets = doc.to_array("IDX")[first_tokens].tolist() if len(doc) else []
        if not offsets or offsets[0] != 0:
            offsets.insert(0, 0)
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in zip(offsets, [*offsets[1:], len(text)], strict=True):
            piece = text[start:end]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            self.starts.append(start + lead)
            self.ends.append(start + lead + len(stripped))

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect_left(self.ends, start + 1)
        j = bisect_right(self.starts, end - 1)
        return [(max(start, s), min(end, e)) for s, e in zip(self.starts[i:j], self.ends[i:j], strict=True)]


def business_sentences(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """(block index, start, end) of every sentence after the header that is not in a heading."""
    layout = doc._.layout
    header_end = doc._.findings.header_end
    sentences = doc._.sentences
    for index, block in enumerate(layout.blocks):
        if block.kind == "heading" or block.start < header_end:
            continue
        for start, end in sentences.within(block.body_start, block.end):
            yield index, start, end
