"""minutes eval scores by the rules of GOLD-FORMAT.md, and agrees with the corpus's own scorer."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys

import pytest

from parser.evaluate import Tally, person_match, score, sentences, summary

from .conftest import CORPUS, SHARED, needs_corpus


def test_a_parse_identical_to_gold_scores_one():
    gold = {
        "meeting": {"body": "Planning Committee", "date": "2024-05-09"},
        "attendees": [{"name": "Tom Hardy", "status": "chair"}],
        "questions": [{"number": "1", "text": "Is the road safe for children walking to school?"}],
        "comments": [{"text": "Officers said it was safe.", "question": "1"}],
        "resolutions": [{"number": "1", "text": "That permission be granted."}],
    }
    result = summary(score(gold, gold))
    assert all(result["kinds"][k]["f1"] == 1.0 for k in ("attendees", "questions", "comments", "resolutions"))
    assert result["attrs"]["meeting.date"] == [1.0, 1]


def test_names_match_by_surname_and_initials_but_not_across_surnames():
    assert person_match("Cllr J Hawkins", "Jenni Hawkins") == 0.9
    assert person_match("Shawn", "Shawn Nock") == 0.8
    assert person_match("N Armstrong", "A Armstrong") == 0.0
    assert person_match("Councillor Mac Cafferty (Chair)", "Mac Cafferty") == 1.0


def test_comments_are_scored_sentence_by_sentence():
    units = sentences([{"text": "The road is busy. Children cross it daily. Ok.", "question": "2"}])
    assert [u["text"] for u in units] == ["The road is busy.", "Children cross it daily. Ok."]
    assert all(u["question"] == "2" for u in units)
    gold = {"comments": [{"text": "The road is busy. Children cross it daily."}]}
    pred = {"comments": [{"text": "The road is busy."}, {"text": "Children cross it daily."}]}
    assert score(gold, pred).prf("comments")["f1"] == 1.0


def test_a_clause_matches_the_sentence_around_it():
    gold = {"resolutions": [{"text": "That the report be noted."}]}
    pred = {"resolutions": [{"text": "RESOLVED: That the report be noted, and that the Panel thanks the officers for their work today."}]}
    assert score(gold, pred).prf("resolutions")["match"] == 1


def test_comment_links_use_the_question_number_or_its_position():
    gold = {
        "questions": [{"number": None, "text": "Will the toilets reopen this summer?"}],
        "comments": [{"text": "They will reopen in May.", "question": "#1"}],
    }
    pred = {
        "questions": [{"id": "q1", "number": None, "text": "Will the toilets reopen this summer?"}],
        "comments": [{"text": "They will reopen in May.", "question": "q1"}],
    }
    assert score(gold, pred).accuracy("comment.question") == (1.0, 1)


def test_eval_command_reports_and_writes_markdown(tmp_path):
    gold_dir, docs_dir = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir()
    docs_dir.mkdir()
    (docs_dir / "m1.txt").write_text("Present: Councillor A Jones (Chair), B Smith\n\nRESOLVED: That the report be noted.\n")
    gold = {
        "meeting": {"body": None, "date": None},
        "attendees": [{"name": "A Jones", "status": "chair"}, {"name": "B Smith", "status": "present"}],
        "resolutions": [{"number": None, "text": "That the report be noted."}],
    }
    (gold_dir / "m1.json").write_text(json.dumps(gold))
    out = subprocess.run(
        [sys.executable, "-m", "parser", "eval", str(gold_dir), str(docs_dir), "--json", "--markdown", str(tmp_path / "A.md")],
        capture_output=True,
        check=True,
        timeout=120,
    )
    result = json.loads(out.stdout)
    assert result["kinds"]["attendees"]["f1"] == 1.0 and result["kinds"]["resolutions"]["f1"] == 1.0
    assert result["per_doc"]["m1"]["attendees"] == 1.0
    assert "| attendees | 1.000 | 1.000 | 1.000 |" in (tmp_path / "A.md").read_text()


@needs_corpus
def test_eval_agrees_with_the_corpus_scorer_on_every_gold_file(tmp_path):
    from parser import parse_file
    from parser.errors import MinutesError

    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    for gold in sorted((CORPUS / "gold").glob("*.json")):
        source = sorted((CORPUS / "docs").glob(f"{gold.stem}.*"))[0]
        with contextlib.suppress(MinutesError):
            (pred_dir / gold.name).write_text(parse_file(source).to_json())
    theirs = json.loads(
        subprocess.run(
            [sys.executable, str(SHARED / "tools" / "score.py"), str(CORPUS / "gold"), str(pred_dir), "--json", "--per-doc"],
            capture_output=True,
            check=True,
            timeout=300,
        ).stdout
    )
    ours = json.loads(
        subprocess.run(
            [sys.executable, "-m", "parser", "eval", str(CORPUS / "gold"), "--pred", str(pred_dir), "--json"],
            capture_output=True,
            check=True,
            timeout=300,
        ).stdout
    )
    for kind, values in theirs["kinds"].items():
        if kind == "core_f1":
            assert round(ours["kinds"][kind], 3) == round(values, 3)
            continue
        for key in ("p", "r", "f1"):
            assert round(ours["kinds"][kind][key], 3) == round(values[key], 3), (kind, key)
    for name, (acc, n) in theirs["attrs"].items():
        assert ours["attrs"][name][1] == n
        assert (acc is None and ours["attrs"][name][0] is None) or round(ours["attrs"][name][0], 3) == round(acc, 3)
    for doc_id, row in theirs["per_doc"].items():
        assert {k: ours["per_doc"][doc_id][k] for k in row} == row, doc_id


def test_tally_of_nothing_is_perfect_and_empty():
    assert Tally().prf("votes")["f1"] == 1.0
    with pytest.raises(KeyError):
        summary(Tally())["kinds"]["nonsense"]
