"""Rules are data: a council's house style is added by a folder of TOML files, not by code."""

from __future__ import annotations

from pathlib import Path

import pytest

from parser import parse_text, rules

MINUTES = "1. Parks\n\nCouncillor Ward opined that the new benches were too low.\n"


def test_a_verb_of_speech_added_in_a_rules_folder_makes_a_comment(tmp_path: Path) -> None:
    assert parse_text(MINUTES).comments == []
    (tmp_path / "comments.toml").write_text("speech_verbs = ['opined']\n", encoding="utf-8")
    doc = parse_text(MINUTES, rules_dir=str(tmp_path))
    assert [(c.speaker, c.text) for c in doc.comments] == [("Ward", "Councillor Ward opined that the new benches were too low.")]


def test_a_cue_is_written_in_lower_case_because_it_runs_on_lower_cased_text() -> None:
    assert rules.cue(r"\bmov|\(\s*y\s*-").search("(y-5) moved")
    with pytest.raises(ValueError, match="lower case"):
        rules.cue("Moved")


def test_a_sentence_without_the_cue_word_is_not_tried_against_a_list_with_a_cue(tmp_path: Path) -> None:
    text = "1. Planning\n\nCouncillor Ward pondered whether the hedge was protected.\n"
    pattern = "reported = ['^(?P<asker>.{2,80}?)\\s+pondered\\s+whether']\n"
    without_cue, with_cue = tmp_path / "pattern-only", tmp_path / "pattern-and-cue"
    for folder, extra in ((without_cue, ""), (with_cue, "reported_cue = 'ask|ponder'\n")):
        folder.mkdir()
        (folder / "questions.toml").write_text(pattern + extra, encoding="utf-8")
    # The pattern alone is not enough: the list's cue turns the sentence away ...
    assert parse_text(text, rules_dir=str(without_cue)).questions == []
    # ... until the cue has the new word too.
    doc = parse_text(text, rules_dir=str(with_cue))
    assert [(q.asked_by, q.text) for q in doc.questions] == [("Ward", "Councillor Ward pondered whether the hedge was protected.")]
