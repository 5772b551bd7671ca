"""Every record is grounded in its span, and nothing of the text is lost.

Checked on every sample, on generated text (hypothesis), and on every text
document of the shared corpus where it is present.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parser import parse_file, parse_text, read_file
from parser.errors import NoTextLayer

from .conftest import CORPUS, SAMPLES, needs_corpus

TEXT_FIELDS = {"items": "title", "questions": "text", "comments": "text", "resolutions": "text", "attendees": "name"}


def fold(text: str) -> str:
    return " ".join(text.split())


def assert_grounded(doc, text: str) -> None:
    """Span text holds the record's text; every non-blank line lies in some span."""
    assert doc.source.chars == len(text)
    furniture = [u.span for u in doc.unclassified if u.reason == "page furniture"]
    for kind, field in TEXT_FIELDS.items():
        for record in getattr(doc, kind):
            evidence = fold(text[record.span.start : record.span.end])
            for f in furniture:
                if record.span.start < f.end and f.start < record.span.end:
                    # A record over a page break: its text leaves the running head out.
                    evidence = fold(evidence.replace(fold(text[f.start : f.end]), " "))
            value = fold(getattr(record, field))
            assert value in evidence, f"{kind} {record.id}: {value!r} not in its span {evidence!r}"
    mask = bytearray(len(text))
    spans = [s for _, r in doc.records() for s in [r.span]] + [u.span for u in doc.unclassified]
    if doc.meeting.span is not None:
        spans.append(doc.meeting.span)
    for span in spans:
        mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            covered = any(mask[offset : offset + len(line)])
            assert covered, f"line {number} is in no record, narrative or unclassified part: {line!r}"
        offset += len(line) + 1


SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.is_file())


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_samples_are_grounded(path):
    assert_grounded(parse_file(path), read_file(path).text)


LINE = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80),
    st.sampled_from(
        [
            "Present: Councillor A Jones (Chair), B Smith and C Brown",
            "Apologies were received from Mr D Green.",
            "RESOLVED: (1) That the report be noted. (2) That it be published.",
            "Question 3",
            "Councillor Jones asked whether the road would be repaired?",
            "The Clerk replied that it would.",
            "12. PLANNING APPLICATIONS",
            "• a point made",
            "(a) That the plan be approved.",
            "",
            "   ",
        ]
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=25))
def test_any_text_is_grounded_and_nothing_is_lost(lines):
    text = "\n".join(lines)
    if not text.strip() or re.search(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", text):
        return
    doc = parse_text(text)
    normalised = re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text).replace("\f", "\n")
    assert_grounded(doc, normalised)


def corpus_docs(*suffixes):
    if not (CORPUS / "docs").is_dir():
        return []
    return sorted(p for p in (CORPUS / "docs").iterdir() if p.suffix in suffixes)


@needs_corpus
@pytest.mark.parametrize("path", corpus_docs(".txt", ".md"), ids=lambda p: p.name)
def test_corpus_text_documents_are_grounded(path):
    assert_grounded(parse_file(path), read_file(path).text)


@needs_corpus
@pytest.mark.parametrize("path", corpus_docs(".pdf", ".html", ".docx"), ids=lambda p: p.name)
def test_corpus_documents_parse_or_fail_clearly(path):
    from parser.errors import NoTextLayer

    try:
        doc = parse_file(path)
    except NoTextLayer as err:
        assert path.name in str(err) and "text layer" in str(err)
        return
    assert_grounded(doc, read_file(path).text)
    if path.suffix == ".pdf":
        assert all(r.span.page is not None for _, r in doc.records())


PAGE_FURNITURE = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", re.I)


@needs_corpus
def test_no_record_text_holds_page_furniture():
    for path in corpus_docs(".pdf"):
        try:
            doc = parse_file(path)
        except NoTextLayer:  # the scans are tested above
            continue
        for _, record in doc.records():
            value = getattr(record, "text", None) or getattr(record, "title", None) or ""
            assert not PAGE_FURNITURE.search(value), (path.name, record.id, value)


@needs_corpus
def test_the_same_minutes_as_pdf_and_docx_give_the_same_records():
    pdf = parse_file(CORPUS / "docs" / "uk-newbiggin-pc-2019-09-03-ordinary-pdf.pdf")
    docx = parse_file(CORPUS / "docs" / "uk-newbiggin-pc-2019-09-03-ordinary-docx.docx")
    assert [(i.number, i.title) for i in pdf.items] == [(i.number, i.title) for i in docx.items]
    assert [(a.name, a.status) for a in pdf.attendees] == [(a.name, a.status) for a in docx.attendees]
    assert [fold(r.text) for r in pdf.resolutions] == [fold(r.text) for r in docx.resolutions]
    assert [fold(c.text) for c in pdf.comments] == [fold(c.text) for c in docx.comments]
    assert pdf.meeting.date == docx.meeting.date == "2019-09-03"
