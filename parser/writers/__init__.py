"""Writers: a parsed Document out as JSON, JSON Lines (one record a line) and so on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from models import Document

# JSON Lines `type` of each list's records.
RECORD_TYPES = {
    "items": "item",
    "attendees": "attendee",
    "questions": "question",
    "comments": "comment",
    "resolutions": "resolution",
    "votes": "vote",
    "declarations": "declaration",
    "narrative": "narrative",
    "unclassified": "unclassified",
    "warnings": "warning",
}


def write_json(doc: Document, out: IO[str], indent: int | None = 2) -> None:
    out.write(doc.model_dump_json(indent=indent))
    out.write("\n")


def jsonl_records(doc: Document, name: str | None = None) -> Iterator[dict[str, Any]]:
    """The document's records one by one, each with its `type` and `doc` (the source's path)."""
    data = doc.model_dump(mode="json")
    ref = name or data["source"]["path"] or data["source"]["sha256"][:12]
    yield {"type": "meeting", "doc": ref, **data["meeting"]}
    for key, kind in RECORD_TYPES.items():
        for record in data[key]:
            yield {"type": kind, "doc": ref, **record}


def write_jsonl(doc: Document, out: IO[str], name: str | None = None) -> None:
    for record in jsonl_records(doc, name):
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
