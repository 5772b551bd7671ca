"""The pipeline's components, one module per concern, registered as spaCy factories on import."""

from . import attendance, blocks, comments, declarations, items, meeting, participants, questions, resolutions, sections, votes

__all__ = [
    "attendance",
    "blocks",
    "comments",
    "declarations",
    "items",
    "meeting",
    "participants",
    "questions",
    "resolutions",
    "sections",
    "votes",
]
