"""The spaCy pipeline: a blank English Language with the minutes components.

The Doc's text is the document text, so every offset a component records is an
offset into the document. Tokenisation runs block by block (spaCy's tokenizer
slows down on long Docs once it meets a special case such as "Mr."), and the
blocks' tokens are joined into one Doc.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
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
    "minutes_resolutions",
    "minutes_questions",
    "minutes_comments",
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
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"rules_dir": rules_dir})
    return nlp


def make_doc(nlp: Language, source: SourceText, layout: Layout) -> Doc:
    """One Doc over the whole text, tokenised block by block."""
    from spacy.tokens import Doc

    text = source.text
    words: list[str] = []
    spaces: list[bool] = []
    cuts = [0]
    for line in layout.lines:
        cuts.append(line.start)
    cuts.append(len(text))
    pieces = [text[a:b] for a, b in itertools.pairwise(cuts) if b > a]
    for piece_doc in nlp.tokenizer.pipe(pieces):  # type: ignore[union-attr]
        for tok in piece_doc:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc._.layout = layout
    doc._.source = source
    doc._.findings = Findings(mask=bytearray(len(text)))
    return doc


class Sentences:
    """Sentence offsets of the Doc, for finding the sentences inside a block fast."""

    def __init__(self, doc: Doc) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for sent in doc.sents:
            text = sent.text
            stripped = text.rstrip()
            lead = len(text) - len(text.lstrip())
            if not stripped.strip():
                continue
            self.starts.append(sent.start_char + lead)
            self.ends.append(sent.start_char + len(stripped))

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect_left(self.ends, start + 1)
        j = bisect_right(self.starts, end - 1)
        return [(max(start, s), min(end, e)) for s, e in zip(self.starts[i:j], self.ends[i:j], strict=True)]
