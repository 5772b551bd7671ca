"""The pipeline's components, one module per concern, registered as spaCy factories on import."""

from . import attendance, blocks, comments, items, meeting, questions, resolutions, sections

__all__ = ["attendance", "blocks", "comments", "items", "meeting", "questions", "resolutions", "sections"]
