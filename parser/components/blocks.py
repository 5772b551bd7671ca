"""minutes_blocks: sentences never cross a line of layout's blocks or a block boundary."""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline import Sentences


class BlockSentences:
    """Starts a sentence at every block (and every list item), after the sentencizer has run.

    Within a block, the sentencizer's boundaries stand; a block of a hard-wrapped
    paragraph is one unit although it spans lines.
    """

    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        starts = {block.start for block in layout.blocks} | {block.body_start for block in layout.blocks if block.kind == "list"}
        for line in layout.lines:
            if line.furniture:
                starts.add(line.start)
        # Set through the array: the token attribute's setter rechecks the whole Doc each time.
        sent_starts = doc.to_array("SENT_START")
        offsets = doc.to_array("IDX")
        forced = numpy.isin(offsets, numpy.fromiter(starts, dtype=offsets.dtype, count=len(starts)))
        forced[0] = False
        sent_starts[forced] = 1
        doc.from_array(["SENT_START"], sent_starts)  # type: ignore[arg-type]
        doc._.sentences = Sentences(doc, doc._.source.text)
        return doc


@Language.factory("minutes_blocks", default_config={"rules_dir": None})
def make_block_sentences(nlp: Language, name: str, rules_dir: str | None) -> BlockSentences:
    return BlockSentences(nlp, name, rules_dir)
