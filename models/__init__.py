"""pydantic records: the output contract of minutes-parser."""

from .document import RECORD_LISTS, SCHEMA_VERSION, Document, json_schema
from .records import (
    STATUS_PRECEDENCE,
    Attendee,
    AttendeeStatus,
    Comment,
    CommentKind,
    Item,
    Meeting,
    Narrative,
    Question,
    QuestionKind,
    Record,
    Resolution,
    Source,
    Span,
    Unclassified,
    Warning,
)

__all__ = [
    "RECORD_LISTS",
    "SCHEMA_VERSION",
    "STATUS_PRECEDENCE",
    "Attendee",
    "AttendeeStatus",
    "Comment",
    "CommentKind",
    "Document",
    "Item",
    "Meeting",
    "Narrative",
    "Question",
    "QuestionKind",
    "Record",
    "Resolution",
    "Source",
    "Span",
    "Unclassified",
    "Warning",
    "json_schema",
]
