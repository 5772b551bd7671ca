"""Layout: how lines become headings, list items and paragraphs."""

from __future__ import annotations

from parser.layout import build_layout
from parser.readers.text import normalise


def blocks(text: str) -> list[tuple[str, str | None, str]]:
    layout = build_layout(normalise(text))
    return [(b.kind, b.number, text[b.start : b.end]) for b in layout.blocks]


def test_a_heading_over_its_item_reference_takes_the_number():
    got = blocks("Participation Team update\n(Item 4)\nThe Manager introduced the report.\n")
    assert got[0] == ("heading", "4", "Participation Team update\n(Item 4)")


def test_a_numbered_sentence_that_goes_on_is_a_paragraph_not_an_item():
    text = "1. Mrs Chandler and Mr Rayner declared a personal interest\nin item 5 as members of the trust.\n"
    assert [kind for kind, _, _ in blocks(text)] == ["list"]


def test_numbered_titles_are_items():
    got = blocks("41. APOLOGIES FOR ABSENCE\n\nApologies were received.\n\n7-A Parking Ordinance\n")
    assert got[0][:2] == ("heading", "41")
    assert got[2][:2] == ("heading", "7-A")


def test_a_label_with_content_is_no_heading():
    assert blocks("\nBOARD VOTE: 3 In Favor 0 Opposed 0 Abstained\n\n")[0][0] == "para"
    assert blocks("\nPresent: Councillor A Jones (Chair), B Smith\n\n")[0][0] == "para"


def test_a_wrapped_list_stays_one_block_across_an_open_bracket():
    lines = [
        "IN ATTENDANCE: James Clapson (Democratic Services Officer), Kevin Kasaven, Joanne Carpenter (Participation and",
        "Engagement Manager), Alice Gleave (Interim Assistant Director for SEND Operations) and Robin Cahill (Senior",
        "Commissioner)",
    ]
    filler = ["This paragraph is here so that the document has enough lines to be read as wrapped text at all."] * 8
    got = blocks("\n".join(lines) + "\n\n" + "\n".join(filler) + "\n")
    assert got[0][2].startswith("IN ATTENDANCE") and got[0][2].endswith("Commissioner)")


def test_lines_of_a_whole_paragraph_document_stay_separate():
    text = "Question 1\nIs there anything missing?\nNo mention of the voluntary sector\nClarification required on Indicators\n"
    assert len(blocks(text)) == 4


def test_a_sentence_does_not_end_inside_a_title_abbreviation():
    from parser import parse_text

    doc = parse_text(
        "1. Minutes\n\nOn the proposal of Cllr. M. Sheehan, seconded by Cllr. J. Owens, the Council resolved to adopt the minutes.\n"
    )
    assert [v.mover for v in doc.votes] == ["M. Sheehan"] and doc.votes[0].seconder == "J. Owens"
    assert doc.resolutions[0].text.startswith("On the proposal of Cllr. M. Sheehan")


def test_an_inline_attendance_label_covers_its_own_block_only():
    from parser import parse_text

    doc = parse_text(
        "Present: Councillor A Jones (Chair), Councillor B Smith\n\n"
        "Councillor Smith said that the road was unsafe.\n\n"
        "Moved by Councillor Jones, seconded by Councillor Smith, to repair it. Carried 2-0.\n"
    )
    assert [c.speaker for c in doc.comments] == ["B Smith"]
    assert doc.votes[0].counts == {"yes": 2, "no": 0}


def test_an_abbreviation_after_a_bracket_does_not_end_the_sentence():
    from parser import parse_text

    doc = parse_text("1. Roads\n\nCouncillor Byrne said that the works (e.g. resurfacing) would follow (Dr. Patel's survey) in May.\n")
    assert [c.text for c in doc.comments] == [
        "Councillor Byrne said that the works (e.g. resurfacing) would follow (Dr. Patel's survey) in May."
    ]


def test_a_date_wrapped_between_its_day_and_month_stays_in_its_paragraph_but_a_row_of_figures_ends():
    filler = ["This paragraph is here so that the document has enough lines going on from one to the next"] * 8
    text = (
        "RESOLVED that the minutes of the meetings held on 19 December 2024 and 9\n"
        "January 2025 be approved as a correct record.\n"
        "The Council agreed to pay the grass cutting contractor the sum of £ 65.00\n"
        "The Councillors then discussed the state of the play area at some length.\n\n" + "\n".join(filler) + "\n"
    )
    got = [body for _, _, body in blocks(text)]
    assert got[0].endswith("held on 19 December 2024 and 9\nJanuary 2025 be approved as a correct record.")
    assert got[1] == "The Council agreed to pay the grass cutting contractor the sum of £ 65.00"


def test_in_unnumbered_minutes_a_label_ending_in_a_colon_is_no_item():
    from parser import parse_text

    doc = parse_text(
        "<p>Minutes of the Open Data Board held on 11 January 2011</p>\n"
        "<p>Present</p>\n<ul><li>Francis Moore (Chair)</li>\n<li>Nina Shah</li>\n</ul>"
        "<h3>Welcome and introductions</h3>\n"
        "<p>The Chair welcomed members.</p>\n"
        "<h3>Public Data Corporation</h3>\n"
        "<p>The steering group met for the first time on 6th January.</p>\n"
        "<p>Actions:</p>\n<p>The team will publish the announcement.</p>\n<p>Due:</p>\n<p>immediately</p>\n",
        fmt="markdown",
    )
    assert [i.title for i in doc.items] == ["Present", "Welcome and introductions", "Public Data Corporation"]


def test_a_paragraph_a_scan_split_before_a_lower_case_word_is_one_paragraph():
    text = (
        "Councillor Scanlan asked that road markings be provided at junctions leading towards their main\n\n"
        "thoroughfare.\n\n"
        "REPLY: Maintenance funds are limited this year.\n\n"
        "The work was finished.\n\n"
        "e-mail addresses were circulated.\n"  # a sentence that starts in lower case after one that ended
    )
    assert [body.split()[0] for _, _, body in blocks(text)] == ["Councillor", "REPLY:", "The", "e-mail"]


def test_a_line_after_a_blank_goes_on_with_a_sentence_left_on_a_small_word_or_holds_only_its_tail():
    text = (
        "• Query why 2024 housing figures are included in the\n\n"
        "March 2025 report.\n"
        "• Query if there is any change to the operating times of Rescue\n\n"
        "117?\n\n"
        "Cllr. J. Owens left the meeting at this point\n"
    )
    assert [body.split()[-1] for _, _, body in blocks(text)] == ["report.", "117?", "point"]


def test_a_numbered_title_over_two_lines_and_its_item_reference_below_are_one_heading():
    got = blocks(
        "287. Declarations of Disclosable Pecuniary Interests or Other Significant\n"
        "Interests in items on the agenda\n"
        "(Item 2)\n"
        "(1) Ms Meade declared an interest that she was a carer.\n"
        "289. Chairman's Announcements\n"
        "(Item 4)\n"
        "The Chairman advised Members of the sad passing of Mr Balfour.\n"
    )
    assert [(kind, number) for kind, number, _ in got] == [("heading", "287"), ("list", None), ("heading", "289"), ("para", None)]


def test_a_sentence_starts_after_closing_marks_the_vocabulary_has_never_seen():
    # The pipeline keeps one lexical attribute of spaCy's twenty, IS_PUNCT: sentences end by it.
    from parser import parse_text

    doc = parse_text("1. Roads\n\nCouncillor Byrne said the road was unsafe.» Councillor Patel said it would be mended in May.\n")
    assert [c.text for c in doc.comments] == [
        "Councillor Byrne said the road was unsafe.»",
        "Councillor Patel said it would be mended in May.",
    ]


def test_a_line_that_starts_with_the_hyphen_of_a_broken_compound_goes_on_with_the_paragraph():
    text = (
        "The treasurer said that the debt recovery programme was going well. It was agreed to write\n"
        "-off a sum of £78.20 owed for school dinners since last year.\n"
    )
    layout = build_layout(normalise(text, "text"))
    assert [b.kind for b in layout.blocks] == ["para"]
