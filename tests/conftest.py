"""Shared fixtures and helpers: where the samples and the shared corpus are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

needs_corpus = pytest.mark.skipif(
    not (CORPUS / "docs").is_dir(),
    reason="../shared/corpus is not beside this checkout (it is in CI and the team's workspace, not in a fresh clone)",
)


def as_gold(doc: Any) -> dict[str, Any]:
    """A parse in the shape of the corpus gold (GOLD-FORMAT.md), for comparing with expected files."""
    data = doc.model_dump(mode="json")
    keys = {}
    for k, q in enumerate(data["questions"], 1):
        keys[q["id"]] = q["number"] if q["number"] else f"#{k}"
    return {
        "meeting": {"body": data["meeting"]["body"], "date": data["meeting"]["date"]},
        "items": [{"number": i["number"], "title": i["title"]} for i in data["items"]],
        "attendees": [{"name": a["name"], "status": a["status"], "role": a["role"]} for a in data["attendees"]],
        "questions": [{"number": q["number"], "text": q["text"], "asked_by": q["asked_by"]} for q in data["questions"]],
        "comments": [{"text": c["text"], "question": keys.get(c["question"]), "speaker": c["speaker"]} for c in data["comments"]],
        "resolutions": [{"number": r["number"], "text": r["text"]} for r in data["resolutions"]],
        "votes": [{k: v[k] for k in ("motion", "mover", "seconder", "result", "counts", "unanimous")} for v in data["votes"]],
        "declarations": [{k: d[k] for k in ("member", "interest", "about_item")} for d in data["declarations"]],
    }
