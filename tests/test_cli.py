"""The command line: data on stdout, diagnostics on stderr, documented exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from .conftest import SAMPLES

SAMPLE = SAMPLES / "uk-borough-council.txt"


def minutes(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "parser", *args], input=stdin, capture_output=True, timeout=120, check=False)


def test_parse_prints_one_document_that_validates_against_the_schema():
    result = minutes("parse", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    schema = json.loads(minutes("schema").stdout)
    jsonschema.validate(doc, schema)
    assert doc["meeting"]["date"] == "2023-11-07"
    assert result.stderr == b""


def test_every_sample_validates_against_the_schema():
    from parser import parse_file

    schema = json.loads(minutes("schema").stdout)
    for path in SAMPLES.iterdir():
        if path.is_file():
            jsonschema.validate(json.loads(parse_file(path).to_json()), schema)


def test_jsonl_gives_one_typed_record_a_line():
    result = minutes("parse", str(SAMPLE), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    types = {row["type"] for row in rows}
    assert {"meeting", "item", "attendee", "question", "comment", "resolution"} <= types
    assert all(row["doc"] == str(SAMPLE) for row in rows)
    assert sum(row["type"] == "resolution" for row in rows) == 3


def test_stdin_is_read_with_a_dash():
    result = minutes("parse", "-", stdin=SAMPLE.read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)["source"]["path"] == "<stdin>"


def test_text_prints_exactly_what_offsets_index():
    from parser import parse_file

    text = minutes("text", str(SAMPLE)).stdout.decode()
    doc = parse_file(SAMPLE)
    for q in doc.questions:
        assert " ".join(q.text.split()) in " ".join(text[q.span.start : q.span.end].split())


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"%PDF-1.4\n garbage that is no pdf", "PDF"),
        (b"PK\x03\x04 not really a zip", "damaged"),
    ],
    ids=["empty", "blank", "binary", "broken-pdf", "broken-zip"],
)
def test_bad_input_is_reported_with_the_file_name_and_a_reason(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = minutes("parse", str(bad))
    assert result.returncode == 1
    message = result.stderr.decode()
    assert "bad.txt" in message and reason.lower() in message.lower()
    assert "Traceback" not in message
    assert result.stdout == b""


def test_a_batch_goes_on_after_a_bad_file(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    result = minutes("parse", str(bad), str(SAMPLE), "-o", str(out))
    assert result.returncode == 1
    assert (out / "uk-borough-council.json").is_file()
    assert "empty.txt" in result.stderr.decode()


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Minutes\n" * 200_000)
    result = minutes("parse", str(big), "--max-mb", "1")
    assert result.returncode == 1 and "limit" in result.stderr.decode()


def test_usage_errors_exit_2_and_help_has_examples():
    assert minutes("parse").returncode == 2
    assert minutes("parse", str(SAMPLE), "--format", "xml").returncode == 2
    assert b"Examples" in minutes("parse", "--help").stdout


def test_encodings_are_detected(tmp_path):
    from parser import parse_file

    text = "Present: Councillor Zoë Brontë (Chair)\n\nRESOLVED: That the café be approved.\n"
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        path = tmp_path / f"m-{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        doc = parse_file(path)
        assert [a.name for a in doc.attendees] == ["Zoë Brontë"], encoding
        assert doc.resolutions[0].text == "That the café be approved."
