"""The spaCy pipeline: a blank English Language with the minutes components.

The Doc's text is the document text, so every offset a component records is an
offset into the document. The whole text is tokenised in one call, which is
faster than tokenising block by block and joining the pieces into one Doc.
"""

from __future__ import annotations

import gc
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


# How many distinct whitespace-separated chunks the tokenizer remembers the split of. spaCy's default,
# 10,000, is full after a few dozen minutes, and from then on every chunk it has not cached goes through
# the affix rules again on every document (about ten times slower than a cache hit). An entry costs about
# 200 bytes (measured), so a full cache holds about 50 MB, less than the vocabulary it points into.
TOKENIZER_CACHE_SIZE = 250_000


def _register_extensions() -> None:
    from spacy.tokens import Doc

    for name in ("layout", "source", "findings", "sentences"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@lru_cache(maxsize=4)
def build_nlp(rules_dir: str | None = None) -> Language:
    """The pipeline, built once per process (and per rules folder)."""
    import spacy
    from spacy.attrs import IS_PUNCT

    from . import components  # noqa: F401 - registers the factories

    _register_extensions()
    nlp = spacy.blank("en")
    _keep_abbreviations_whole(nlp, rules_dir)
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"rules_dir": rules_dir})
    # The components read the text and its offsets; of a word's lexical attributes only IS_PUNCT is read
    # (minutes_blocks ends sentences with it). spaCy computes twenty of them, in Python, for every word it
    # meets for the first time, and stores their strings: keeping only IS_PUNCT makes tokenising the
    # corpus PDFs' new words 0.9 s -> 0.55 s (measured), and the vocabulary's strings a quarter fewer.
    getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]  # set in vocab.pyx, not in its stub
    nlp.vocab.lex_attr_getters = {IS_PUNCT: getters[IS_PUNCT]}  # type: ignore[attr-defined]
    # The model, the rules and the libraries loaded with them (about 100,000 objects) live as long as the
    # process. Python's cycle collector would walk them all on every full collection, again and again
    # through a batch: moved to the permanent generation, they are skipped (12-18% of a PDF batch's time,
    # measured). The garbage made while loading is collected first, so none of it is kept.
    gc.collect()
    gc.freeze()
    return nlp


def _keep_abbreviations_whole(nlp: Language, rules_dir: str | None) -> None:
    """Abbreviations such as "Cllr." and "e.g." stay one token, so no sentence ends inside "On the proposal of Cllr. M. Sheehan".

    They are kept whole by the tokenizer's ``token_match``, not as special
    cases: spaCy stops caching a Doc's words once it meets a special case (its
    issue #1250), which made tokenising a long document 2-4 times slower. The
    abbreviations are spaCy's own English exceptions that end in a full stop,
    plus those of rules/people.toml (titles) and rules/layout.toml.
    """
    import re

    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer

    from . import rules

    words = {key[:-1] for key in English.Defaults.tokenizer_exceptions if key.endswith(".") and len(key) > 1}
    words.update(rules.load("people", rules_dir)["abbreviations"])
    words.update(rules.load("layout", rules_dir)["abbreviations"])
    # An opening bracket or quote may lead ("(Mr. K. Lehane)"): the tokenizer strips it and the
    # full stop in one step, so the pattern must take the abbreviation with it.
    pattern = re.compile(rf"[(\[{{\"'“‘]*(?:{rules.words(sorted(words))})\.", re.I)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    tokenizer.rules = {}
    tokenizer.token_match = pattern.fullmatch
    tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE


def make_doc(nlp: Language, source: SourceText, layout: Layout) -> Doc:
    """One Doc over the whole text, so every token offset is a document offset."""
    doc = nlp.make_doc(source.text)
    doc._.layout = layout
    doc._.source = source
    doc._.findings = Findings(mask=bytearray(len(source.text)))
    return doc


class Sentences:
    """Sentence offsets of the Doc, for finding the sentences inside a block fast."""

    def __init__(self, offsets: list[int], text: str) -> None:
        """``offsets``: where each sentence starts, in order; each runs to the next one's start."""
        if not offsets or offsets[0] != 0:
            offsets = [0, *offsets]
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
