"""Every sample in samples/ parses to exactly its expected records (samples/expected/<name>.json).

The expected files are written by hand from the sample's text, in the shape of
the corpus gold; they are what a careful reader would record, not a snapshot
of the parser's output.
"""

from __future__ import annotations

import json

import pytest

from parser import parse_file

from .conftest import SAMPLES, as_gold

EXPECTED = sorted((SAMPLES / "expected").glob("*.json"))


def sample_for(expected):
    matches = [p for p in SAMPLES.iterdir() if p.is_file() and p.stem == expected.stem]
    assert len(matches) == 1, f"one sample file named {expected.stem}.*"
    return matches[0]


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.stem)
@pytest.mark.parametrize("part", ["meeting", "items", "attendees", "questions", "comments", "resolutions", "votes", "declarations"])
def test_sample_parses_to_expected(expected, part):
    want = json.loads(expected.read_text())
    if part not in want:
        pytest.skip(f"{expected.name} states no {part}")
    got = as_gold(parse_file(sample_for(expected)))
    if part == "attendees":
        # The order people are listed in is not part of what is expected.
        key = lambda a: a["name"]  # noqa: E731
        assert sorted(got[part], key=key) == sorted(want[part], key=key)
    else:
        assert got[part] == want[part]


def test_there_are_enough_samples():
    assert len(EXPECTED) >= 8
