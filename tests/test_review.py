"""minutes review: the terminal view rendered to text, and the HTML page in a real browser."""

from __future__ import annotations

import shutil

import pytest
from rich.console import Console

from parser import parse_file, read_file
from parser.review import review
from parser.review_html import OFFLINE_BROWSER_FLAGS, render_html

from .conftest import CORPUS, SAMPLES, needs_corpus


def render(path, width: int = 80, **options) -> str:
    console = Console(record=True, width=width, color_system=None, file=open("/dev/null", "w"))  # noqa: SIM115
    for part in review(parse_file(path), read_file(path), **options):
        console.print(part)
    return console.export_text()


def test_terminal_view_nests_answers_under_their_question_and_fits_80_columns():
    out = render(SAMPLES / "uk-borough-council.txt")
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    question = next(i for i, line in enumerate(lines) if "Q Will the Council reopen" in line)
    answer = next(i for i, line in enumerate(lines) if "Councillor Ellis said" in line)
    assert answer > question
    assert lines[answer].index("›") > lines[question].index("Q")  # indented beneath it
    assert "Head of Finance" in out and "apologies" in out and "Mary Quinn" in out
    assert "RESOLVED (2) That the Head of Finance" in out


@needs_corpus
def test_seed_review_shows_twelve_questions_with_their_comments_the_officers_and_the_resolutions():
    out = render(CORPUS / "docs" / "uk-rotherham-2012-safeguarding-consultation.txt")
    for n in range(1, 13):
        assert f"Q {n}. " in out
    assert out.count("›") == 19
    assert "Performance and Quality Manager" in out and "Service Improvement Officer" in out
    assert "RESOLVED (1)" in out and "RESOLVED (2)" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_source_view_marks_spans_and_unplaced_text():
    out = render(SAMPLES / "uk-borough-council-pdf.pdf", show_source=True)
    assert "legend:" in out and "unplaced" in out
    assert "p1 1" in out and "p2 " in out  # page and line in the margin


def test_only_and_item_narrow_the_view():
    out = render(SAMPLES / "uk-borough-council.txt", only="resolutions", item="45")
    assert "RESOLVED (1)" in out and "Attendance" not in out and "Q Will" not in out
    assert "41 APOLOGIES" not in out


def test_html_page_is_self_contained():
    path = SAMPLES / "uk-borough-council.txt"
    page = render_html(parse_file(path), read_file(path))
    assert "<script src" not in page and "<link" not in page and "http://" not in page and "https://" not in page
    for kind in ("k-questions", "k-comments", "k-resolutions", "k-attendees", "k-items"):
        assert kind in page


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (apt-get install chromium); .ci/run installs it")
def test_html_page_in_a_real_browser_shows_the_record_on_hover(tmp_path):
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    path = SAMPLES / "uk-borough-council.txt"
    page_file = tmp_path / "review.html"
    page_file.write_text(render_html(parse_file(path), read_file(path)), encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=BROWSER, args=list(OFFLINE_BROWSER_FLAGS))
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        for kind in ("questions", "comments", "resolutions", "attendees", "items"):
            assert page.locator(f"#source .k-{kind}").count() > 0, kind
        page.locator("#source .k-resolutions").last.hover()
        assert "Head of Finance be authorised" in page.locator("#panel").text_content()
        browser.close()
    assert errors == []


@needs_corpus
@pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (apt-get install chromium); .ci/run installs it")
def test_the_largest_corpus_document_page_is_small_and_opens_fast(tmp_path):
    import time

    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    texts = [p for p in (CORPUS / "docs").iterdir() if p.suffix in (".txt", ".md", ".pdf", ".html", ".docx")]
    largest = max(texts, key=lambda p: len(read_file(p).text) if p.name != "us-alameda-2005-03-28-planning-board.pdf" else 0)
    page_file = tmp_path / "review.html"
    page_file.write_text(render_html(parse_file(largest), read_file(largest)), encoding="utf-8")
    assert page_file.stat().st_size < 5_000_000
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=BROWSER, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        started = time.perf_counter()
        page.goto(page_file.as_uri(), wait_until="load")
        elapsed = time.perf_counter() - started
        browser.close()
    assert elapsed < 2.0, f"{largest.name}: {elapsed:.2f} s"


def test_votes_and_declarations_show_under_their_items_with_counts_and_result():
    out = render(SAMPLES / "us-community-board-votes.txt")
    assert "VOTE carried yes 3 no 1 absent 1" in out
    assert "VOTE no result Board Member Baker moved to defer" in out
    assert "INTEREST Kim Lee:" in out
