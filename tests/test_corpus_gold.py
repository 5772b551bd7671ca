"""The seed document parses to exactly its gold, scored by the shared corpus's own scorer."""

from __future__ import annotations

import json
import subprocess
import sys

from parser import parse_file

from .conftest import CORPUS, SHARED, needs_corpus

SEED = "uk-rotherham-2012-safeguarding-consultation"


@needs_corpus
def test_seed_scores_f1_one_for_every_record_type(tmp_path):
    doc = parse_file(CORPUS / "docs" / f"{SEED}.txt")
    (tmp_path / f"{SEED}.json").write_text(doc.to_json())
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(CORPUS / "gold"), str(tmp_path), "--ids", SEED, "--json"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    scores = json.loads(result.stdout)
    for kind in ("attendees", "questions", "comments", "resolutions"):
        assert scores["kinds"][kind]["f1"] == 1.0, (kind, scores["kinds"][kind])
    assert scores["attrs"]["comment.question"][0] == 1.0
    assert scores["attrs"]["attendee.status"][0] == 1.0
