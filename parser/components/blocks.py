"""minutes_blocks: the Doc's sentences, which never cross a block boundary.

Sentences end as spaCy's Sentencizer ends them: after a token of its
punctuation (".", "!", "?" and their kin in other scripts), at the next token
that is not punctuation. Abbreviations such as "Cllr." are one token (see
``parser.pipeline``), so they end none. Every block and list item starts a
sentence too: a hard-wrapped paragraph is one unit although it spans lines,
but a heading is never part of the paragraph under it. A page's running head
and number start nothing: a sentence runs on over a page break, and the
records made from it leave the furniture out of their text.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_PUNCT, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from ..pipeline import Sentences


class BlockSentences:
    """Sets ``doc._.sentences`` from the tokens' arrays.

    The rule is the Sentencizer's, computed over numpy arrays: its own loop
    makes a Token object per token, which cost more than the whole tokenizer.
    """

    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        self.punct = numpy.array(sorted(nlp.vocab.strings.add(c) for c in Sentencizer.default_punct_chars), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        text = doc._.source.text
        if not len(doc):
            doc._.sentences = Sentences([], text)
            return doc
        rows = doc.to_array([ORTH, IS_PUNCT, IDX])
        ends_sentence = numpy.isin(rows[:, 0], self.punct)
        # A sentence starts at a word (a token that is no punctuation) with an end mark since the word before it.
        words = numpy.flatnonzero(~ends_sentence & (rows[:, 1] == 0))
        marks = numpy.cumsum(ends_sentence)[words]
        starts = set(rows[words[1:][marks[1:] > marks[:-1]], 2].tolist())
        starts.update(block.start for block in layout.blocks)
        starts.update(block.body_start for block in layout.blocks if block.kind == "list")
        doc._.sentences = Sentences(sorted(starts), text)
        return doc


@Language.factory("minutes_blocks", default_config={"rules_dir": None})
def make_block_sentences(nlp: Language, name: str, rules_dir: str | None) -> BlockSentences:
    return BlockSentences(nlp, name, rules_dir)
