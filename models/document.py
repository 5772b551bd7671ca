"""The whole parse of one set of minutes, validated as one unit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import Field, model_validator

from .records import (
    Attendee,
    Comment,
    Declaration,
    Item,
    Meeting,
    Narrative,
    Question,
    Record,
    Resolution,
    Source,
    Span,
    Strict,
    Unclassified,
    Vote,
    Warning,
)

SCHEMA_VERSION = "1.0"

# The lists of a Document that hold records, in output order.
RECORD_LISTS: tuple[str, ...] = (
    "items",
    "attendees",
    "questions",
    "comments",
    "resolutions",
    "votes",
    "declarations",
    "narrative",
)


class Document(Strict):
    schema_version: str = SCHEMA_VERSION
    source: Source
    meeting: Meeting = Field(default_factory=Meeting)
    items: list[Item] = []
    attendees: list[Attendee] = []
    questions: list[Question] = []
    comments: list[Comment] = []
    resolutions: list[Resolution] = []
    votes: list[Vote] = []
    declarations: list[Declaration] = []
    narrative: list[Narrative] = []
    unclassified: list[Unclassified] = []
    warnings: list[Warning] = []

    def records(self) -> Iterator[tuple[str, Record]]:
        """Every record with the name of the list it is in."""
        for name in RECORD_LISTS:
            for record in getattr(self, name):
                yield name, record

    def spans(self) -> Iterator[Span]:
        for _, record in self.records():
            yield record.span
        for part in self.unclassified:
            yield part.span
        if self.meeting.span is not None:
            yield self.meeting.span

    @model_validator(mode="after")
    def _consistent(self) -> Document:
        """Ids unique, references resolve, spans inside the text."""
        ids: set[str] = set()
        for _, record in self.records():
            if record.id in ids:
                raise ValueError(f"duplicate record id {record.id!r}")
            ids.add(record.id)
        for part in self.unclassified:
            if part.id in ids:
                raise ValueError(f"duplicate record id {part.id!r}")
            ids.add(part.id)
        item_ids = {item.id for item in self.items}
        question_ids = {q.id for q in self.questions}
        for name, record in self.records():
            if record.item is not None and record.item not in item_ids:
                raise ValueError(f"{name} {record.id}: item {record.item!r} does not exist")
        for item in self.items:
            if item.parent is not None and item.parent not in item_ids:
                raise ValueError(f"item {item.id}: parent {item.parent!r} does not exist")
        resolution_ids = {r.id for r in self.resolutions}
        for vote in self.votes:
            if vote.resolution is not None and vote.resolution not in resolution_ids:
                raise ValueError(f"vote {vote.id}: resolution {vote.resolution!r} does not exist")
        for comment in self.comments:
            if comment.question is not None and comment.question not in question_ids:
                raise ValueError(f"comment {comment.id}: question {comment.question!r} does not exist")
        limit = self.source.chars
        for span in self.spans():
            if span.end > limit:
                raise ValueError(f"span {span.start}..{span.end} runs past the text ({limit} chars)")
        return self

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the output, as ``minutes schema`` prints it."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "minutes-parser Document"
    return schema
