"""The same minutes as text, PDF and DOCX give the same records; each reader's own duties."""

from __future__ import annotations

import json

import pytest

from parser import parse_file, read_file
from parser.errors import BrokenFile, EmptyInput
from parser.readers.markdown import read_markdown
from parser.readers.pdf import page_lines

from .conftest import SAMPLES, as_gold

TWINS = ["uk-borough-council-pdf.pdf", "uk-borough-council-docx.docx"]


@pytest.mark.parametrize("name", TWINS)
def test_pdf_and_docx_twins_give_the_text_samples_records(name):
    want = json.loads((SAMPLES / "expected" / "uk-borough-council.json").read_text())
    got = as_gold(parse_file(SAMPLES / name))
    for part in ("meeting", "items", "questions", "comments", "resolutions"):
        assert got[part] == want[part], part
    key = lambda a: a["name"]  # noqa: E731
    assert sorted(got["attendees"], key=key) == sorted(want["attendees"], key=key)


def test_pdf_two_column_attendance_is_read_by_column():
    text = read_file(SAMPLES / "uk-borough-council-pdf.pdf").text
    assert "Councillor Helen Marsh (Chair)   Councillor David Okafor (Vice-Chair)" in text


def test_pdf_running_heads_and_page_numbers_are_furniture_in_no_record():
    doc = parse_file(SAMPLES / "uk-borough-council-pdf.pdf")
    text = read_file(SAMPLES / "uk-borough-council-pdf.pdf").text
    furniture = [u for u in doc.unclassified if u.reason == "page furniture"]
    assert any(text[u.span.start : u.span.end].startswith("Page ") for u in furniture)
    assert doc.source.pages and doc.source.pages >= 2
    for _, record in doc.records():
        evidence = text[record.span.start : record.span.end]
        assert "Page " not in evidence and "Cabinet - 7 November 2023" not in evidence
        assert record.span.page is not None


def test_pdf_hyphen_marks_join_words_at_a_line_end_and_stay_hyphens_inside_a_line():
    # pdfium writes U+FFFE for a hyphen it thinks soft: at a line end the word goes on below,
    # inside a line it is a hyphen the PDF drew ("Barrington-King", "non-executive").
    raw = "apologies from Mr Paul Barrington\ufffeKing and the non\ufffeexecu\ufffe\r\ntive members\r\n"
    assert page_lines(raw) == ["apologies from Mr Paul Barrington-King and the non-executive members", ""]


def test_docx_list_numbers_are_rendered_as_printed():
    text = read_file(SAMPLES / "uk-borough-council-docx.docx").text
    assert "41. APOLOGIES FOR ABSENCE" in text and "45. LEISURE CENTRE CONTRACT" in text


def test_form_feeds_are_page_breaks():
    from parser import parse_text

    doc = parse_text("Present: Councillor A Jones (Chair)\n\fRESOLVED: That the report be noted.\n")
    assert doc.source.pages == 2
    assert doc.resolutions[0].span.page == 2


def test_markdown_markup_is_not_left_in_record_texts():
    from parser import parse_text

    doc = parse_text(
        "## Present\n\n* **Cllr A Jones** — *Chair*\n\n## 1. Finance\n\n**RESOLVED:** That the _budget_ be approved.\n", fmt="markdown"
    )
    assert [a.name for a in doc.attendees] == ["A Jones"]
    assert doc.resolutions[0].text == "That the budget be approved."


def test_markdown_front_matter_is_the_header_however_long_and_dates_the_meeting_by_its_title():
    from parser import parse_text

    resources = [
        f"    - filename: TB(4){n} paper - 11.01.11.pdf\n      url: https://example.org/TB(4){n}.pdf\n      mimetype: application/pdf"
        for n in range(6)
    ]
    keys = ["title: Transparency Board Minutes 11th January 2011", "summary: ", "layout: post", "permalink: /library/tb"]
    dates = ["created: 27/1/2011", "revised: 31/3/2014"]
    front = "\n".join(["---", *keys, *dates, "resources:", *resources, "categories:", "    - Government", "---", ""])
    body = "<p>Minutes of a meeting held on 11 January at the Cabinet Office:</p>\n<p>Present</p>\n<ul><li>Francis Moore</li></ul>\n"
    doc = parse_text(front + "\n" + body, fmt="markdown")
    assert doc.meeting.date == "2011-01-11"  # the title's date, not the page's "created:"
    assert doc.comments == []  # "layout: post" is no speaker's turn, a resource's URL no point made


def test_raw_html_in_markdown_keeps_its_paragraphs_and_lists():
    from parser import parse_text

    body = (
        "<p>Present</p>\n<ul><li>Francis Moore (<strong>Chair</strong>)</li>\n<li>Nina Shah</li>\n</ul>"
        "<p>Public Data Corporation</p>\n"
        "<p>The Chair reiterated the objectives for the corporation:</p>\n"
        "<ol><li>It will make data freely available.</li>\n<li>It can attract private investment.</li>\n</ol>"
        "<p>The announcement was made on 12th January.</p>\n"
        "<script>trackVisit();</script>\n"
    )
    source = read_markdown(body.encode())
    assert "1. It will make data freely available.\n2. It can attract private investment.\n" in source.text
    assert "<" not in source.text
    assert "trackVisit" not in source.text
    doc = parse_text(body, fmt="markdown")
    assert [(a.name, a.status) for a in doc.attendees] == [("Francis Moore", "chair"), ("Nina Shah", "present")]
    assert [c.text for c in doc.comments] == ["It will make data freely available.", "It can attract private investment."]


@pytest.mark.parametrize(
    ("data", "error"),
    [(b"%PDF-1.7\n%%EOF", BrokenFile), (b"<html><body><nav>Home</nav></body></html>", EmptyInput)],
    ids=["truncated-pdf", "html-with-only-chrome"],
)
def test_broken_documents_raise_a_clear_error(tmp_path, data, error):
    from parser import parse_bytes

    with pytest.raises(error):
        parse_bytes(data, "x")


def test_a_comment_that_runs_over_a_page_break_keeps_the_furniture_out_and_no_comment_is_only_furniture(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "board.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    for number in (1, 2, 3):
        c.setFont("Helvetica", 10)
        c.drawString(72, 800, "Civil Service Board Minutes")
        lines = {
            1: [
                "CIVIL SERVICE BOARD",
                "Minutes of the Regular Meeting of October 6, 2010",
                "",
                "1. Eligible Lists",
                "",
                "Mr. Low stated that the City wants to be able to recruit for the specialisations that it needs without",
            ],
            2: ["having to close an existing eligible list.", "", "2. Training", "", "Member McHugh stated that the training was useful."],
            3: ["3. Adjournment", "", "The meeting was adjourned at 6:30 p.m."],
        }[number]
        for i, line in enumerate(lines):
            c.drawString(72, 760 - 14 * i, line)
        c.drawString(72, 40, f"City of Riverton   Page {number} of 3")
        c.showPage()
    c.save()
    doc = parse_file(pdf)
    texts = [comment.text for comment in doc.comments]
    assert all(texts)
    assert (
        texts[0] == "Mr. Low stated that the City wants to be able to recruit for the specialisations that it needs "
        "without having to close an existing eligible list."
    )


def test_running_heads_between_form_feeds_and_a_note_under_every_markdown_page_break_are_furniture():
    from parser import parse_text

    pages = [
        "Page 1 of 3\nPresent: Councillor A Jones (Chair), Councillor B Khan.\n",
        "Page 2 of 3\nCouncillor Khan said that the roof needed repair.\n",
        "Page 3 of 3\nRESOLVED: That the report be noted.\n",
    ]
    text = "\f".join(pages)
    doc = parse_text(text)
    assert [text[u.span.start : u.span.end] for u in doc.unclassified if u.reason == "page furniture"] == [
        "Page 1 of 3",
        "Page 2 of 3",
        "Page 3 of 3",
    ]
    note = "*Scanned page, text may contain errors.*\n\n"
    markdown = "# Parish Council, 1 October 2014\n\n---\n" + note + "Present: Councillor A Jones (Chair), Councillor B Khan.\n\n"
    markdown += "---\n" + note + "Councillor Khan said that the roof needed repair.\n\n"
    markdown += "---\n" + note + "Councillor Jones said that the work should wait.\n"
    doc = parse_text(markdown, fmt="markdown")
    assert [c.text for c in doc.comments] == [
        "Councillor Khan said that the roof needed repair.",
        "Councillor Jones said that the work should wait.",
    ]
    assert sum(u.reason == "page furniture" for u in doc.unclassified) == 3
