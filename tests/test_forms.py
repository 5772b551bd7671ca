"""Forms real minutes use, one per test, in minutes written for these tests.

Each test shows a way bodies write something down and what the parser makes of it.
"""

from __future__ import annotations

from parser import parse_text


def test_a_motion_seconded_and_passed_in_three_sentences_is_one_vote_and_one_decision() -> None:
    doc = parse_text(
        "Present: Board Members Alvarez, Brook and Chen\n\n"
        "4. Design Review\n\n"
        "Board Member Alvarez made a motion to approve the design changes with the added conditions. "
        "Board Member Brook seconded the motion. The motion passed 3-0.\n"
    )
    assert [(v.mover, v.seconder, v.result, v.counts) for v in doc.votes] == [("Alvarez", "Brook", "pass", {"yes": 3, "no": 0})]
    assert [r.text for r in doc.resolutions] == [
        "Board Member Alvarez made a motion to approve the design changes with the added conditions. "
        "Board Member Brook seconded the motion. The motion passed 3-0."
    ]


def test_a_seconder_and_the_result_in_one_sentence_belong_to_the_motion_before() -> None:
    # Hard-wrapped at about 80 characters, as a PDF's text comes out.
    doc = parse_text(
        "3. Minutes\n\n"
        "The minutes of the regular meeting of July 7 were presented to the Board for its\n"
        "approval. Member Okafor moved to accept the minutes as they were presented. Board\n"
        "Member Lindqvist seconded, and the motion was carried by a 4-0 vote.\n\n"
        "4. Consent Calendar\n\n"
        "The Executive Secretary explained that the calendar held three routine items and\n"
        "that the list of eligible candidates for the position of Fire Engineer had been\n"
        "extended for a further six months in line with the rules of the Board.\n"
    )
    assert [(v.mover, v.seconder, v.counts) for v in doc.votes] == [("Okafor", "Lindqvist", {"yes": 4, "no": 0})]
    assert [r.text for r in doc.resolutions] == [
        "Member Okafor moved to accept the minutes as they were presented. "
        "Board Member Lindqvist seconded, and the motion was carried by a 4-0 vote."
    ]


def test_a_title_case_line_with_a_sentence_ending_inside_is_prose_not_a_heading() -> None:
    doc = parse_text(
        "5. Consent Calendar\n\n"
        "Member Linda Okafor moved to accept the Regular Agenda Items. Member\n"
        "Lindqvist seconded and the motion passed by a 4-0 vote.\n"
    )
    assert [i.title for i in doc.items] == ["Consent Calendar"]
    assert [(v.mover, v.seconder) for v in doc.votes] == [("Linda Okafor", "Lindqvist")]


def test_a_bare_tally_under_each_list_item_is_a_vote_on_that_item_and_decides_it() -> None:
    doc = parse_text(
        "B) Licensing Committee\n\n"
        "1. 12 Harbor Street, Gull Cafe LLC, new application for a wine and beer license – Resolution\n"
        "Vote was passed by 30 in favor, 2 opposed, 1 abstained and 0 recused\n"
        "2. 40 Pearl Street, Lantern Bar Inc., alteration of a full liquor license – Resolution\n"
        "Voted was 33 in favor, 0 opposed, 0 abstained and 0 recused\n"
    )
    assert [(v.motion, v.result, v.counts) for v in doc.votes] == [
        (
            "12 Harbor Street, Gull Cafe LLC, new application for a wine and beer license – Resolution",
            "pass",
            {"yes": 30, "no": 2, "abstain": 1, "recused": 0},
        ),
        (
            "40 Pearl Street, Lantern Bar Inc., alteration of a full liquor license – Resolution",
            "pass",
            {"yes": 33, "no": 0, "abstain": 0, "recused": 0},
        ),
    ]
    assert [r.text for r in doc.resolutions] == [v.motion for v in doc.votes]
    assert [v.resolution for v in doc.votes] == [r.id for r in doc.resolutions]


def test_a_sentence_that_names_its_matter_keeps_its_own_words_under_a_heading() -> None:
    doc = parse_text("2. Approval of Agenda\n\nThe agenda for the October meeting was unanimously approved.\n")
    assert [r.text for r in doc.resolutions] == ["The agenda for the October meeting was unanimously approved."]


def test_a_motion_was_made_then_seconded_and_approved_is_one_decision() -> None:
    doc = parse_text(
        "7. Grants\n\n"
        "A motion was made that the Ranch pay $8,000 towards the grant if it is received. "
        "The motion was seconded and unanimously approved.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "A motion was made that the Ranch pay $8,000 towards the grant if it is received. The motion was seconded and unanimously approved."
    ]


def test_a_table_with_a_result_column_gives_a_vote_per_row_and_decides_the_approved_ones() -> None:
    doc = parse_text(
        "Harbor Community Board\nFull Board Meeting, February 1, 2023\n\n"
        "1. Business Session\n\n"
        "Action Items                                   Result\n"
        "Parks Committee\n"
        "Item 01: Letter to Parks Department re lighting in\n"
        "Riverside Playground                           Approved   38-0\n"
        "Item 02: Letter to DOT re speed humps on Elm Street   Approved   36-0-2(PNE)\n"
        "Item 03: Letter to SLA re 12 Dock Street - Pier Bar LLC   WITHDRAWN   N/A\n"
    )
    assert [(v.motion, v.result, v.counts) for v in doc.votes] == [
        ("Letter to Parks Department re lighting in Riverside Playground", "pass", {"yes": 38, "no": 0}),
        ("Letter to DOT re speed humps on Elm Street", "pass", {"yes": 36, "no": 0, "recused": 2}),
        ("Letter to SLA re 12 Dock Street - Pier Bar LLC", None, {}),
    ]
    assert [r.text for r in doc.resolutions] == [
        "Letter to Parks Department re lighting in Riverside Playground",
        "Letter to DOT re speed humps on Elm Street",
    ]


def test_a_flattened_consent_agenda_gives_a_vote_and_a_decision_per_marked_item() -> None:
    # City council minutes whose agenda column came out of the PDF as one run of text per line.
    doc = parse_text(
        "Riverton City Council, March 2, 2022\n\n"
        "Item Nos. 11 and 16 were pulled for discussion and the balance of the Consent Agenda was adopted on a Y-4 roll call.\n"
        "COMMUNICATIONS  12 Request of Ann Lowe to address Council regarding street trees  (Communication)  PLACED ON FILE  "
        "13 Request of Raj Patel to address Council regarding park hours  (Communication)  PLACED ON FILE\n"
        "CONSENT AGENDA  *14 Accept a grant of $40,000 from the State Library for after-school reading programs\n"
        "(Ordinance)  (Y-4) 17201  *15 Authorize a contract with Civic Paving Inc. for sidewalk repairs  (Ordinance)  (Y-4) 17202\n"
    )
    assert [(v.motion, v.result, v.counts) for v in doc.votes] == [
        (
            "Item Nos. 11 and 16 were pulled for discussion and the balance of the Consent Agenda was adopted on a Y-4 roll call.",
            "pass",
            {"yes": 4},
        ),
        ("Accept a grant of $40,000 from the State Library for after-school reading programs", "pass", {"yes": 4}),
        ("Authorize a contract with Civic Paving Inc. for sidewalk repairs", "pass", {"yes": 4}),
    ]
    assert [r.text for r in doc.resolutions] == [
        "Item Nos. 11 and 16 were pulled for discussion and the balance of the Consent Agenda was adopted on a Y-4 roll call.",
        "Request of Ann Lowe to address Council regarding street trees (Communication) PLACED ON FILE",
        "Request of Raj Patel to address Council regarding park hours (Communication) PLACED ON FILE",
        "Accept a grant of $40,000 from the State Library for after-school reading programs",
        "Authorize a contract with Civic Paving Inc. for sidewalk repairs",
    ]


def test_people_at_the_head_of_a_list_of_public_speakers_attended() -> None:
    doc = parse_text(
        "Harbor Community Board\nFull Board Meeting, May 2, 2023\n\n"
        "Public Session\n"
        "A) Comments by members of the public (1-2 minutes per speaker)\n"
        "● Nina Shah - Elm Street Block Association - speaking about trash pickup\n"
        "● Omar Reyes, Pier 9 Tenants - on the ferry timetable\n"
        "B) Updates from Elected Officials\n"
        "● Dana Cole, Council Member Ortiz’s Office - updates on the budget\n"
        "● Assemblymember Luis Vega -\n"
    )
    people = {(a.name, a.status) for a in doc.attendees}
    speakers = {"Nina Shah", "Omar Reyes", "Dana Cole", "Luis Vega"}
    assert {(name, "in_attendance") for name in speakers} <= people
    assert not any(a.name in ("Ortiz", "Elm Street Block Association") for a in doc.attendees)


def test_a_line_that_names_who_reports_makes_them_an_attendee() -> None:
    doc = parse_text(
        "Harbor Community Board\nFull Board Meeting, May 2, 2023\n\n"
        "1. Business Session\n\n"
        "Chairperson’s Report – T. Ruiz\n"
        "● Thanked the venue for the space\n"
        "District Manager’s Report - L. Okoro\n"
        "● The office moves in June\n"
        "A)   Parks & Waterfront Committee J. Brandt\n"
        "1. Pier 9 lighting - Presentation by Leslie Marsh, Harbor Trust - Resolution\n"
    )
    people = {(a.name, a.status, a.role) for a in doc.attendees}
    assert ("T. Ruiz", "chair", None) in people
    assert ("L. Okoro", "officer", "District Manager") in people
    assert ("J. Brandt", "present", "Parks & Waterfront Committee") in people
    assert ("Leslie Marsh", "in_attendance", None) in people


def test_an_attendance_grid_gives_each_member_their_status() -> None:
    rows = [
        "Ana Ruiz P Y Y N",
        "Tom Baker P Y Y Y",
        "Lee Chan A",
        "Joe Park P Y PNE Y",
        "Mia Stone E",
        "Sam Ortiz P Y Y Y",
    ]
    doc = parse_text(
        "Harbor Community Board\nFull Board Meeting, May 2, 2023\n\n1. Votes\n\nATTENDANCE KEY\nP=Present\nA=Absent\nE=Excused\n"
        + "\n".join(rows)
        + "\n"
    )
    assert {(a.name, a.status) for a in doc.attendees} == {
        ("Ana Ruiz", "present"),
        ("Tom Baker", "present"),
        ("Lee Chan", "absent"),
        ("Joe Park", "present"),
        ("Mia Stone", "apologies"),
        ("Sam Ortiz", "present"),
    }


def test_a_list_of_names_one_a_line_ends_where_the_business_begins() -> None:
    # Exported from a web page: no line is marked as a heading.
    doc = parse_text(
        "Data Board Minutes 11th January 2011\n"
        "Present\n"
        "Francis Moore (Chair)\n"
        "Professor Nina Shah\n"
        "Officials\n"
        "Katie Dean (Cabinet Office)\n"
        "Gus Jarvis (Home Office)\n"
        "Welcome and introductions\n"
        "Actions from the last meeting were agreed.\n"
        "Inviting DfT to attend the Board - plan in place\n"
    )
    assert sorted(a.name for a in doc.attendees) == ["Francis Moore", "Gus Jarvis", "Katie Dean", "Nina Shah"]


def test_in_a_transcript_courtesies_introductions_and_roll_call_votes_are_no_comments() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Mayor Lopez: Karla, can you please call the roll.\n"
        "Fish: Here.\n"
        "Mayor Lopez: Please read item 38.\n"
        "Fish: And --\n"
        "Mayor Lopez: Introduce yourself.\n"
        "Ron Gale, Parking Manager, Bureau of Transportation: Good morning. My name is Ron Gale. "
        "Each garage will have automated entry and exit.\n"
        "Fish: Will the kiosks take cash?\n"
        "Ron Gale: Yes. They take cash and cards.\n"
        "Fish: Thank you, mayor, commissioner Fritz, council members.\n"
        "Mayor Lopez: Call the vote.\n"
        "Fish: I vote aye.\n"
        "Mayor Lopez: Aye.\n"
    )
    assert [(c.speaker, c.text) for c in doc.comments] == [
        ("Ron Gale", "Each garage will have automated entry and exit."),
        ("Ron Gale", "Yes."),
        ("Ron Gale", "They take cash and cards."),
    ]
    assert [(q.asked_by, q.text) for q in doc.questions] == [("Fish", "Will the kiosks take cash?")]


def test_a_short_turn_that_asks_is_one_question_and_the_next_turn_answers_it() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Mayor Lopez: Any questions from council?\n"
        "Fritz: The projection is for $11 million a year in revenue. How much do we currently get.\n"
        "Ron Gale: About $9 million. The increase comes from validation sales.\n"
        "Fritz: Thanks.\n"
        "Mayor Lopez: Any other discussion?\n"
    )
    assert [(q.asked_by, q.text) for q in doc.questions] == [
        ("Fritz", "The projection is for $11 million a year in revenue. How much do we currently get.")
    ]
    assert [(c.speaker, c.text, c.question) for c in doc.comments] == [
        ("Ron Gale", "About $9 million.", doc.questions[0].id),
        ("Ron Gale", "The increase comes from validation sales.", doc.questions[0].id),
    ]


def test_a_question_word_that_opens_a_statement_does_not_make_a_turn_a_question() -> None:
    doc = parse_text(
        "Technical Architecture Group\nFebruary 27, 2018\n\n"
        "1. Layout API\n\n"
        "Dan: Are edges expensive to compute?\n"
        "Ian: The border box is cheap. What he means is that you need extra work for the other boxes.\n"
        "Dan: So it is not onerous?\n"
        "Ian: When you perform a registered layout, you name its input properties first.\n"
        "Alex: Why use a generator here.\n"
        "Ian: It keeps the function synchronous.\n"
    )
    assert [(q.asked_by, q.text) for q in doc.questions] == [
        ("Dan", "Are edges expensive to compute?"),
        ("Dan", "So it is not onerous?"),
        ("Alex", "Why use a generator here."),
    ]
    assert [(c.speaker, c.question) for c in doc.comments] == [
        ("Ian", doc.questions[0].id),
        ("Ian", doc.questions[0].id),
        ("Ian", doc.questions[1].id),
        ("Ian", doc.questions[2].id),
    ]


def test_a_known_speaker_s_turn_run_on_after_a_sentence_with_one_space_is_their_own() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Saltzman: I would not want to raise rates downtown.\n"
        "Adams: It did well this holiday season.\n"
        "Saltzman: Relative to? Adams: Relative to last year. We have no plans to raise rates.\n"
        "Saltzman: Will rate increases come to us?\n"
        "Adams: They always come to us.\n"
    )
    assert [(q.asked_by, q.text) for q in doc.questions] == [
        ("Saltzman", "Relative to?"),
        ("Saltzman", "Will rate increases come to us?"),
    ]
    assert [(c.speaker, c.text) for c in doc.comments][2:4] == [
        ("Adams", "Relative to last year."),
        ("Adams", "We have no plans to raise rates."),
    ]


def test_a_sentence_that_goes_on_with_an_answer_answers_the_same_question() -> None:
    doc = parse_text(
        "TRANSPORTATION COMMISSION\nMINUTES OF THE MEETING OF FEBRUARY 22, 2017\n\n"
        "5. Paratransit Program Budget\n\n"
        "Commissioner Bellows asked staff if they will always receive that amount from the sales tax. "
        "Ms Chan replied that sales tax revenue was unusually high this year. "
        "She went on to say they budgeted conservatively for next year.\n"
    )
    asked = doc.questions[0].id
    assert [(c.speaker, c.question) for c in doc.comments] == [("Chan", asked), ("Chan", asked)]


def test_an_answer_given_following_a_query_is_a_comment_on_that_query() -> None:
    doc = parse_text(
        "STOKE MILL PARISH COUNCIL\nMinutes of the meeting held on 2nd August 2017\n\n"
        "Present: Cllr J Morris (Chair), Cllr P White, Cllr A Green.\n\n"
        "45/17 Planning\n\n"
        "Following a query JM advised that the development would pay for the footway lighting. "
        "In answer to a query about the odour, PW advised that the plant had been inspected.\n"
    )
    assert len(doc.questions) == 2
    assert [(c.speaker, c.question) for c in doc.comments] == [("J Morris", doc.questions[0].id), ("P White", doc.questions[1].id)]


def test_a_speaker_s_lead_in_makes_each_item_of_the_list_after_it_their_point() -> None:
    doc = parse_text(
        "OPEN DATA BOARD\nMinutes of the meeting held on 11 January 2011\n\n"
        "Present: Francis Moore (Chair), Nina Shah, Tom Steel.\n\n"
        "1. Public Data Corporation\n\n"
        "Tom Steel reiterated the three objectives for the corporation:\n\n"
        "1. It will make data freely available.\n"
        "2. It will be a centre of excellence.\n"
        "3. It can attract private investment.\n\n"
        "2. Strategy\n\n"
        "Nina Shah suggested that the strategy reflect two aims:\n\n"
        "• Accountability through open performance data.\n"
        "• Growth through open datasets.\n"
    )
    # a lead-in is a comment only when it says something itself ("suggested that …")
    assert [(c.speaker, c.text) for c in doc.comments] == [
        ("Tom Steel", "It will make data freely available."),
        ("Tom Steel", "It will be a centre of excellence."),
        ("Tom Steel", "It can attract private investment."),
        ("Nina Shah", "Nina Shah suggested that the strategy reflect two aims:"),
        ("Nina Shah", "Accountability through open performance data."),
        ("Nina Shah", "Growth through open datasets."),
    ]


def test_points_reported_without_naming_who_made_them_are_comments() -> None:
    doc = parse_text(
        "Falls Ranch Board\nOctober 16, 2019\n\n"
        "5. Lake Area\n\n"
        "Concern was expressed about potential liability. "
        "There was also some discussion about the open house planned for Saturday. "
        "Others thought a straw poll of the residents would be a good idea. "
        "Members were informed that the footpath would reopen in May. "
        "The lake was drained in March.\n"
    )
    assert [(c.speaker, c.text) for c in doc.comments] == [
        (None, "Concern was expressed about potential liability."),
        (None, "There was also some discussion about the open house planned for Saturday."),
        (None, "Others thought a straw poll of the residents would be a good idea."),
        (None, "Members were informed that the footpath would reopen in May."),
    ]


def test_speakers_named_with_whom_they_speak_for_or_after_a_topic_phrase() -> None:
    doc = parse_text(
        "Govanhill Community Council\nGeneral Meeting, 3 March 2025\n\n"
        "4. Housing\n\n"
        "Kirsty for Wheatley Housing said the waiting list had grown over the past year. "
        "On the question of cycle storage Cllr Hutchison noted plans for new cycle lockers. "
        "Ruby and also our Secretary raised the issue of rehousing larger households.\n"
    )
    assert [c.speaker for c in doc.comments] == ["Kirsty", "Hutchison", "Ruby and our Secretary"]


def test_resolved_with_a_lead_in_and_parts_grouped_under_headings_and_short_labels() -> None:
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the Budget Meeting, 13 February 2025\n\n"
        "6. Budget 2025-26\n\n"
        "(12) RESOLVED that:\n"
        "County Council, having given due regard to the Section 25 report, is asked to agree the\n"
        "following:\n"
        "Capital Programme\n"
        "(a) The 10-year capital programme of £1,419m from 2025-26.\n"
        "(b) The directorate capital programmes as set out in appendix A.\n"
        "Council Tax\n"
        "(c) To increase Council Tax band rates by the maximum permitted.\n"
        "In addition:\n"
        "(d) To note the rising cost pressures on the Council's budget.\n\n"
        "7. Treasury Management\n"
    )
    assert [(r.number, r.text) for r in doc.resolutions] == [
        ("a", "The 10-year capital programme of £1,419m from 2025-26."),
        ("b", "The directorate capital programmes as set out in appendix A."),
        ("c", "To increase Council Tax band rates by the maximum permitted."),
        ("d", "To note the rising cost pressures on the Council's budget."),
    ]


def test_a_speaker_named_with_where_they_live_is_the_person() -> None:
    doc = parse_text(
        "Alameda City Council\nRegular Meeting, January 18, 2005\n\n"
        "(05-037) Casino Resolution\n\n"
        "Michael John Torrey, Alameda, stated that the land trust should be opposed.\n"
    )
    assert [(c.speaker, c.text) for c in doc.comments] == [
        ("Michael John Torrey", "Michael John Torrey, Alameda, stated that the land trust should be opposed.")
    ]
    assert ("Michael John Torrey", "in_attendance") in {(a.name, a.status) for a in doc.attendees}


def test_items_of_a_list_of_members_queries_that_ask_are_questions() -> None:
    doc = parse_text(
        "Wexford County Council\nMinutes of the meeting of 10 March 2025\n\n"
        "8. Chief Executive's Report\n\n"
        "The Chief Executive responded to queries from the Elected Members regarding the following:\n\n"
        "•  Does the Council have an integration policy in place?\n"
        "•  Query why 2024 housing figures are included in the March report.\n"
        "•  Request for more information on anti-social behaviour cases.\n"
        "•  The new library opening hours were welcomed.\n\n"
        "Cllr. T. Forde requested that information be provided to all Councillors on the process.\n"
    )
    assert [q.text for q in doc.questions] == [
        "Does the Council have an integration policy in place?",
        "Query why 2024 housing figures are included in the March report.",
        "Request for more information on anti-social behaviour cases.",
        "Cllr. T. Forde requested that information be provided to all Councillors on the process.",
    ]


def test_a_question_put_to_someone_at_the_end_of_a_point_or_answered_in_the_same_sentence_is_a_question() -> None:
    doc = parse_text(
        "Falls Ranch Board\nOctober 16, 2019\n\n"
        "Present: Susan Morton, Chris Heine, Ed Lane.\n\n"
        "3. Roads\n\n"
        "Susan Morton indicated that the new form (CP-4 for Rock Removal) was sent to members on 9/14/19 and asked "
        "the group if they had received any feedback. "
        "Ed Lane asked the cost to date and Chris Heine replied about $6,900. "
        "There was a discussion about fire pits and a question from a new resident about the rules.\n"
    )
    assert [q.text.split()[:2] for q in doc.questions] == [["Susan", "Morton"], ["Ed", "Lane"], ["There", "was"]]
    assert doc.questions[1].asked_by == "Ed Lane"
    answer = next(c for c in doc.comments if c.speaker == "Chris Heine")
    assert answer.question == doc.questions[1].id


def test_a_motion_announced_with_a_colon_is_the_words_that_follow_and_a_bare_result_is_its_result() -> None:
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the Budget Meeting, 13 February 2025\n\n"
        "6. Budget 2025-26\n\n"
        "(7) Mr Brady proposed, and Ms Meade seconded the following amendment:\n"
        "Proposed Purpose:\n"
        "“To fund a feasibility study into home to school transport from general reserves.”\n"
        "Proposed Funding Source:\n"
        "“See the revised appendices, as proposed by the Labour Group.”\n"
        "(8) Following the debate, the Chairman put the amendment to the vote.\n"
        "Amendment lost.\n"
    )
    assert [(v.motion, v.mover, v.seconder, v.result) for v in doc.votes] == [
        ("To fund a feasibility study into home to school transport from general reserves.", "Brady", "Meade", "fail")
    ]


def test_an_update_heading_is_no_question_but_an_update_sought_is() -> None:
    doc = parse_text(
        "Data Board Minutes 11th January 2011\n\n"
        "1. Matters arising\n\n"
        "Update on work programme\n"
        "Update sought on the publication plan for high value datasets.\n"
        "The Chair, Minister for the Cabinet Office, suggested that the strategy reflect two rubrics.\n"
    )
    assert [q.text for q in doc.questions] == ["Update sought on the publication plan for high value datasets."]
    assert [c.speaker for c in doc.comments] == ["The Chair"]


def test_a_speaker_labelled_with_a_staff_role_is_an_officer() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Mayor Lopez: Please go ahead.\n"
        "Ron Gale, Parking Manager, Bureau of Transportation: Each garage will have automated entry.\n"
        "Fritz: Will the kiosks take cash?\n"
        "Ron Gale: They take cash and cards.\n"
        "Fritz: Thanks.\n"
    )
    assert ("Ron Gale", "officer", "Parking Manager, Bureau of Transportation") in {(a.name, a.status, a.role) for a in doc.attendees}


def test_a_report_heading_run_into_the_list_above_still_names_who_chaired() -> None:
    doc = parse_text(
        "Harbor Community Board\nFull Board Meeting, May 2, 2023\n\n"
        "1. Business Session\n\n"
        "● Move cars before the race or they will be towed\n"
        "Chairperson’s Report – T. Ruiz\n"
        "A)   Executive Committee T. Ruiz\n"
    )
    assert [(a.name, a.status) for a in doc.attendees] == [("T. Ruiz", "chair")]


def test_a_chat_log_with_lower_case_nicknames_is_a_transcript() -> None:
    doc = parse_text(
        "Technical Group Teleconference\n27 February 2018\n\n"
        "1. Layout API\n\n"
        "ian: Each child produces a fragment that you position.\n"
        "alex: Can they be any property or just the custom ones?\n"
        "ian: Any property.\n"
        "alex: That seems quite important.\n"
        "ian: It is hard for an engine to support at first.\n"
        "note: the explainer is out of date.\n"
    )
    assert [(q.asked_by, q.text) for q in doc.questions] == [("alex", "Can they be any property or just the custom ones?")]
    assert ("ian", "Any property.") in {(c.speaker, c.text) for c in doc.comments}
    assert not any(c.speaker == "note" for c in doc.comments)


def test_a_chat_nickname_in_camel_case_is_a_speaker_and_a_question_may_invert_after_a_clause() -> None:
    doc = parse_text(
        "Technical Group Teleconference\n27 February 2018\n\n"
        "1. Layout API\n\n"
        "ianK: Each child produces a fragment that you position.\n"
        "plinss: When you have too many children to fit, can you hand the rest to something else...\n"
        "ianK: Yes, that is fragmentation. Chrome cannot do that easily yet.\n"
        "plinss: That seems quite important.\n"
        "ianK: We are prioritising what is most useful.\n"
    )
    assert [(q.asked_by, q.text) for q in doc.questions] == [
        ("plinss", "When you have too many children to fit, can you hand the rest to something else...")
    ]
    asked = doc.questions[0].id
    assert [(c.speaker, c.text, c.question) for c in doc.comments][1:3] == [
        ("ianK", "Yes, that is fragmentation.", asked),
        ("ianK", "Chrome cannot do that easily yet.", asked),
    ]


def test_every_answer_after_a_question_is_linked_until_the_asker_speaks_on() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Fritz: How will revenue increase under the new contract?\n"
        "Ron Gale: Validation sales to businesses will grow.\n"
        "Adams: If I can add to that. Fewer cashiers also means lower costs.\n"
        "Fritz: I would like annual reports on the garages.\n"
        "Fish: The housing bureau supports this contract.\n"
    )
    asked = doc.questions[0].id
    assert [(c.speaker, c.question) for c in doc.comments] == [
        ("Ron Gale", asked),
        ("Adams", asked),
        ("Adams", asked),
        ("Fritz", None),
        ("Fish", None),
    ]


def test_the_chair_asking_for_more_questions_or_for_testimony_asks_no_question() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Saltzman: Will rate increases come to us?\n"
        "Adams: They always come to us. I appreciate your comment. Anything more?\n"
        "Saltzman: No, thank you.\n"
        "Adams: This is an emergency ordinance, anyone wish to testify on item number 61?\n"
        "Moore-Love: No one signed up.\n"
    )
    assert [(q.asked_by, q.text) for q in doc.questions] == [("Saltzman", "Will rate increases come to us?")]
    assert [(c.speaker, c.text) for c in doc.comments][:2] == [
        ("Adams", "They always come to us."),
        ("Adams", "I appreciate your comment."),
    ]


def test_thanks_condolences_and_good_wishes_are_courtesies_not_comments() -> None:
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the meeting of 19 December 2024\n\n"
        "5. Leader's Update\n\n"
        "Mr Thomas expressed his thanks to the highways teams for their work during the storms. "
        "Mr Murphy, on behalf of the Council, expressed his condolences to the family. "
        "Mr Hook welcomed Mr Mallon to the Council and wished Members a restful Christmas. "
        "The Leader responded to some of the points made by the Group Leaders. "
        "Mr Brady said that the deadline for proposals was too short.\n"
    )
    assert [(c.speaker, c.text) for c in doc.comments] == [("Brady", "Mr Brady said that the deadline for proposals was too short.")]


def test_each_item_of_a_list_of_public_speakers_is_what_that_speaker_said() -> None:
    doc = parse_text(
        "COMMUNITY BOARD 7\nMINUTES\nDATE: Tuesday, April 25, 2023\n\n"
        "Public Session\n"
        "A) Comments by members of the public (1-2 minutes per speaker)\n"
        "● Nina Shah - Elm Street Block Association - speaking about trash pickup\n"
        "● Bob Tanner - concerned about the dust from the garage collapse\n\n"
        "Business Session\n"
        "● The March minutes were adopted.\n"
    )
    assert [(c.speaker, c.text) for c in doc.comments] == [
        ("Nina Shah", "Nina Shah - Elm Street Block Association - speaking about trash pickup"),
        ("Bob Tanner", "Bob Tanner - concerned about the dust from the garage collapse"),
    ]


def test_a_public_speaker_s_name_above_their_points_speaks_each_point() -> None:
    doc = parse_text(
        "COMMUNITY BOARD 7\nFebruary 2023 Full Board Minutes\n\n"
        "Public Session Speakers\n\n"
        "John Contreras\n(Elm Recreation\nCenter)\n\n"
        "● The Elm Recreation Center will host a paint night on February 10.\n"
        "● The center also hosts free youth sports.\n\n"
        "Remarks from Elected Officials and Representatives\n\n"
        "● The Council Member's office is hiring.\n"
    )
    assert [(c.speaker, c.text) for c in doc.comments] == [
        ("John Contreras", "The Elm Recreation Center will host a paint night on February 10."),
        ("John Contreras", "The center also hosts free youth sports."),
    ]


def test_a_list_after_the_following_update_is_a_report_not_comments() -> None:
    doc = parse_text(
        "COMMUNITY BOARD 7\nFebruary 2023 Full Board Minutes\n\n"
        "1. District Manager's Report\n\n"
        "The District Manager gave the following update:\n"
        "● Meetings will remain virtual until further notice.\n"
        "● The street fair schedule is on the website.\n\n"
        "2. Parks\n\n"
        "Members made the following points:\n"
        "● The playground needs new surfacing.\n"
    )
    assert [c.text for c in doc.comments] == ["The playground needs new surfacing."]


def test_points_from_the_floor_under_public_participation_are_comments() -> None:
    doc = parse_text(
        "STOKE MILL PARISH COUNCIL\nMinutes of the meeting held on 2nd August 2017\n\n"
        "Present: Cllr J Taylor (Chair), Cllr C Sampson, Cllr A Green.\n\n"
        "48/17 Public Participation - Information or Suggestions for Next Meeting\n\n"
        "• There was ivy over the wall between the chip shop and the offices.\n"
        "• Dog Bin on Wretton Road – JT advised it had been installed.\n\n"
        "49/17 Date and Time of Next Meeting\n\n"
        "• Wednesday 6 September 2017 at 7.00 pm.\n"
    )
    assert [(c.speaker, c.text) for c in doc.comments] == [
        (None, "There was ivy over the wall between the chip shop and the offices."),
        ("J Taylor", "Dog Bin on Wretton Road – JT advised it had been installed."),
    ]


def test_a_speaker_named_after_their_role_is_the_person_not_the_role() -> None:
    doc = parse_text(
        "CIVIL SERVICE BOARD\nMinutes of the Regular Meeting of October 6, 2010\n\n"
        "Present: Avonnet Peeler (President), Linda McHugh.\nStaff: Nancy Willis, Executive Secretary.\n\n"
        "1. Eligible Lists\n\n"
        "Member McHugh asked whether the applicants would be told. "
        "Executive Secretary Willis stated that the City could notify the applicants.\n"
    )
    assert [(c.speaker, c.question) for c in doc.comments] == [("Nancy Willis", doc.questions[0].id)]


def test_the_lettered_points_after_in_response_to_comments_and_questions_it_was_said_are_comments() -> None:
    doc = parse_text(
        "Borsetshire County Council\nCorporate Parenting Panel, 29 October 2024\n\n"
        "6. Regional Adoption Agency Annual Report (Item 6)\n\n"
        "1. Ms Coombs introduced the report.\n"
        "2. In response to comments and questions asked it was said:\n"
        "a. Most children placed for adoption were under two years of age.\n"
        "b. Elected Members were welcome to sit on adoption panels.\n"
        "3. The next annual report is due in March 2025.\n"  # the lead-in's sibling: its list has ended
        "4. RESOLVED that the Panel note the report.\n"
    )
    assert [c.text for c in doc.comments] == [
        "Most children placed for adoption were under two years of age.",
        "Elected Members were welcome to sit on adoption panels.",
    ]


def test_a_listed_point_that_reports_a_question_is_the_question_and_the_sentences_after_it_answer_it() -> None:
    doc = parse_text(
        "Borsetshire County Council\nCorporate Parenting Panel, 29 October 2024\n\n"
        "7. Youth Justice Update\n\n"
        "In response to comments and questions asked it was said:\n"
        "a. A Member questioned the impact of the new outcome measure. Mr Reed shared that it would take a "
        "full year of tracking before success could be judged.\n"
        "b. Elected Members were welcome to visit the service.\n"
    )
    assert [q.text for q in doc.questions] == ["A Member questioned the impact of the new outcome measure."]
    assert [(c.text.split()[0], c.question) for c in doc.comments] == [("Mr", doc.questions[0].id), ("Elected", None)]


def test_a_question_and_its_answer_in_one_sentence_are_a_question_and_an_answer() -> None:
    doc = parse_text(
        "Minutes of the Full Governing Body Meeting held on 23 March 2020\n\n"
        "Present: Heather Poustie (Headteacher), Anne Bell (Chair), Tom Reed.\n\n"
        "5. Headteacher's Report\n\n"
        "Governors asked whether there is any extra funding for these arrangements and Heather Poustie explained "
        "that there is no additional funding. "
        "Tom Reed inquired about the reading scheme, to which Heather Poustie responded that it starts in May.\n"
    )
    assert len(doc.questions) == 2
    assert [(c.speaker, c.question, c.text[:30]) for c in doc.comments] == [
        ("Heather Poustie", doc.questions[0].id, "Governors asked whether there "),
        ("Heather Poustie", doc.questions[1].id, "Tom Reed inquired about the re"),
    ]


def test_apologies_reported_in_a_sentence_under_an_apologies_heading() -> None:
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the meeting of 19 December 2024\n\n"
        "270. Apologies for Absence\n"
        "The Democratic Services Manager reported apologies from Mr Baldock, Mrs\n"
        "Bruneau, Sir Paul Carter and Mr Webb.\n"
        "The Chairman reported apologies from Mr Cooke.\n"
    )
    assert [(a.name, a.status) for a in doc.attendees] == [
        ("Baldock", "apologies"),
        ("Bruneau", "apologies"),
        ("Paul Carter", "apologies"),
        ("Webb", "apologies"),
        ("Cooke", "apologies"),
    ]


def test_speakers_at_a_hearing_listed_with_where_they_live() -> None:
    doc = parse_text(
        "Alameda City Council\nRegular Meeting, January 18, 2005\n\n"
        "(05-040) Relocation Assistance\n\n"
        # hard-wrapped at about 70 characters, as a PDF's text comes out
        "The City Attorney explained that the two meeting nights constitute one\n"
        "meeting and that stated speakers can speak at tonight's meeting or on\n"
        "February 1, but not at both, and the Council agreed to hear them now.\n"
        "Proponents: Regina Tillman, Alameda; Steven Garner, Alameda; Frank\n"
        "Skiles, Alameda; Janet Gibson, Alameda Unified School District.\n"
        "Opponents: Dominic Pasanisi, Alameda; Fern Wallace, Alameda; Kathy\n"
        "Lautz, Apartment Owners Association.\n"
    )
    assert [(a.name, a.status) for a in doc.attendees] == [
        ("Regina Tillman", "in_attendance"),
        ("Steven Garner", "in_attendance"),
        ("Frank Skiles", "in_attendance"),
        ("Janet Gibson", "in_attendance"),
        ("Dominic Pasanisi", "in_attendance"),
        ("Fern Wallace", "in_attendance"),
        ("Kathy Lautz", "in_attendance"),
    ]


def test_the_tally_after_a_paragraph_that_puts_the_vote_is_that_motions() -> None:
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the Budget Meeting, 13 February 2025\n\n"
        "6. Budget 2025-26\n\n"
        "(7) Mr Hood proposed, and Mr Lewis seconded the following amendment:\n"
        "Proposed Purpose:\n"
        "“Allocate up to £75k from general reserves to a study of home to school transport.”\n"
        "(8) Following the debate, the Chairman put to the vote the amendment set out in paragraph 7\n"
        "above and the voting was as follows:\n"
        "For (12)\n"
        "Mr Baldock, Mr Brady, Mr Campkin\n"
        "Against (42)\n"
        "Mr Baker, Mr Bartlett, Mr Beaney\n"
        "Abstain (7)\n"
        "Mr Chittenden, Mr Hook\n"
        "Amendment lost.\n"
    )
    assert [(v.motion, v.mover, v.result, v.counts) for v in doc.votes] == [
        (
            "Allocate up to £75k from general reserves to a study of home to school transport.",
            "Hood",
            "fail",
            {"yes": 12, "no": 42, "abstain": 7},
        )
    ]


def test_turns_run_together_on_one_line_each_keep_their_own_speaker() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "Present: Commissioners Fritz and Adams\n\n"
        "1. Evaluation Panel\n\n"
        "Adams: Please read item 38.\n"
        "Gale: The bureau recommends the contract with the panel's scores attached.\n"
        "Fritz: Is this the same panel as last year?   Gale:  Correct.    Moody:  That is the panel that scored "
        "the bids.    Adams: The chair of the panel is a retired engineer.\n"
        "Fritz: Thank you.\n"
    )
    assert [(c.speaker, c.text) for c in doc.comments][1:] == [
        ("Moody", "That is the panel that scored the bids."),
        ("Adams", "The chair of the panel is a retired engineer."),
    ]


def test_a_point_of_view_reported_without_a_speaker_adds_no_attendee() -> None:
    doc = parse_text(
        "Minutes of the Meeting of Riverton County Council held on Monday 10th March 2025\n\n"
        "Present: Cllr. Ger Walsh, Cllr. Pat Doyle\n\n"
        "1. Roads Programme\n\n"
        "•  Dissatisfaction expressed at a cut in storm damage funding for roads.\n"
        "•  View expressed that the road crews are too few to carry out the work.\n"
        "•  Cllr. Doyle expressed concern at the state of regional roads.\n"
    )
    assert sorted(a.name for a in doc.attendees) == ["Ger Walsh", "Pat Doyle"]


def test_a_long_list_of_apologies_reported_in_a_sentence_wrapped_mid_name() -> None:
    # Hard-wrapped at about 80 characters, as a PDF's text comes out.
    doc = parse_text(
        "MINUTES of a meeting of the County Council held in the Council Chamber, County\n"
        "Hall, Maidstone on Thursday, 13 February 2025.\n"
        "PRESENT: Mr B Adeyemi (Chairman), Mr N Baxter\n"
        "1. Apologies for Absence\n"
        "The Democratic Services Manager reported apologies from Mr Alan Ashworth-Lee,\n"
        "Mr Colin Bray, Mr Tim Carrow, Mr Neil Cotter, Mrs Tracy Dunn, MBE, Mr Jeremy\n"
        "Knight, MBE, Ms Jane Hollis, Mrs Sally Hurst, Mr Tomas Mallory, Mr Mike\n"
        "Sorrell, Mrs Megan McAllister, Mr James McKee, Ms Laura Parkin and Mr Charles\n"
        "Simms.\n"
        "2. Minutes\n"
        "RESOLVED that the minutes of the meeting held on 19 December 2024 are a correct record.\n"
    )
    apologies = [a.name for a in doc.attendees if a.status == "apologies"]
    assert apologies == [
        "Alan Ashworth-Lee", "Colin Bray", "Tim Carrow", "Neil Cotter", "Tracy Dunn", "Jeremy Knight", "Jane Hollis",
        "Sally Hurst", "Tomas Mallory", "Mike Sorrell", "Megan McAllister", "James McKee", "Laura Parkin",
        "Charles Simms",
    ]  # fmt: skip


def test_everyone_named_before_introduced_the_item_took_part() -> None:
    doc = parse_text(
        "MINUTES of a meeting of the Corporate Parenting Panel held on Tuesday, 29 October 2024.\n"
        "PRESENT: Mrs T Dean (Chair), Mr A Kennedy\n"
        "5. Apprenticeships for Care Leavers\n"
        "1) Carol Smyth, Assistant Director for Corporate Parenting and apprentices\n"
        "from the Virtual School, Nathan Mowbray, Jake Phillips and Kieran Bullock\n"
        "introduced the item.\n"
        "2) Mr Kennedy asked how many care leavers had started an apprenticeship this year.\n"
    )
    assert [(a.name, a.status) for a in doc.attendees] == [
        ("T Dean", "chair"),
        ("A Kennedy", "present"),
        ("Carol Smyth", "officer"),
        ("Nathan Mowbray", "officer"),
        ("Jake Phillips", "officer"),
        ("Kieran Bullock", "officer"),
    ]


def test_a_man_and_a_woman_of_the_same_name_are_two_members_and_a_label_may_start_a_line_of_the_list() -> None:
    doc = parse_text(
        "MINUTES of a meeting of the County Council held in the Council Chamber, County\n"
        "Hall, Maidstone on Thursday, 19 December 2024.\n"
        "PRESENT: Mr B Adeyemi (Chairman), Mrs P T Cole, Mr P Cole, Ms J Meade, Mr J\n"
        "Meade, Mr D Murphy and Ms L Wright\n"
        "IN ATTENDANCE: Mr J Cook (Democratic Services Manager) and Mr B Watts\n"
        "(General Counsel)\n"
        "1. Apologies for Absence\n"
        "The Chairman reported apologies from Mr Cooke.\n"
    )
    assert [(a.honorific, a.name, a.status) for a in doc.attendees] == [
        ("Mr", "B Adeyemi", "chair"),
        ("Mrs", "P T Cole", "present"),
        ("Mr", "P Cole", "present"),
        ("Ms", "J Meade", "present"),
        ("Mr", "J Meade", "present"),
        ("Mr", "D Murphy", "present"),
        ("Ms", "L Wright", "present"),
        ("Mr", "J Cook", "officer"),
        ("Mr", "B Watts", "officer"),
        ("Mr", "Cooke", "apologies"),
    ]


def test_a_numbered_heading_that_labels_a_question_numbers_it_and_the_reply_answers_it() -> None:
    doc = parse_text(
        "Minutes of the Meeting of the Riverside Municipal District held on 1st October 2024\n\n"
        "Present: Councillors M. Nolan, T. Quirke and P. Daly\n\n"
        "QUESTIONS\n\n"
        "6. Question submitted by Councillor T. Quirke\n\n"
        "I will ask at the next Meeting what the current status is with regard to the installation\n"
        "of a public toilet in the Square.\n\n"
        "REPLY: Capital funding is not currently provided for public toilets. The District will\n"
        "keep the matter under review.\n\n"
        "7. Question submitted by Councillor P. Daly\n\n"
        "I will ask at the next Meeting if road lining can be renewed at the junctions of the\n"
        "housing estates on the Killarney Road.\n\n"
        "REPLY: Road lining will be renewed on a priority basis this year.\n"
    )
    assert [(q.number, q.asked_by, q.text[:40]) for q in doc.questions] == [
        ("6", "T. Quirke", "I will ask at the next Meeting what the "),
        ("7", "P. Daly", "I will ask at the next Meeting if road l"),
    ]
    assert [(c.question, c.kind, c.text) for c in doc.comments] == [
        (
            doc.questions[0].id,
            "answer",
            "Capital funding is not currently provided for public toilets. The District will keep the matter under review.",
        ),
        (doc.questions[1].id, "answer", "Road lining will be renewed on a priority basis this year."),
    ]


def test_members_questioning_a_matter_and_asking_at_the_end_of_a_point_are_questions() -> None:
    doc = parse_text(
        "MINUTES of a meeting of the Corporate Parenting Panel held on Tuesday, 29 October 2024.\n"
        "PRESENT: Mrs T Dean (Chair), Mr A Kennedy\n"
        "6. Sufficiency Strategy\n"
        "1. The Assistant Director introduced the report.\n"
        "2. In response to comments and questions asked it was said:\n"
        "a. A Member questioned the timeline for the outcomes of the foster carer survey.\n"
        "b. Members referred to the statistics and asked what the service planned to do to improve\n"
        "the ones in the red.\n"
        "c. The number of children waiting for a school place was also questioned.\n"
        "d. Mr Kennedy noted that the strategy had been well received by the district councils.\n"
    )
    assert [(q.asked_by, q.text) for q in doc.questions] == [
        ("A Member", "A Member questioned the timeline for the outcomes of the foster carer survey."),
        ("Members", "Members referred to the statistics and asked what the service planned to do to improve the ones in the red."),
        (None, "The number of children waiting for a school place was also questioned."),
    ]


def test_an_item_decided_by_a_bare_disposition_and_motions_seconded_which_carried() -> None:
    # Hard-wrapped at about 70 characters, as a PDF's text comes out.
    doc = parse_text(
        "MINUTES OF THE REGULAR CITY COUNCIL MEETING\n"
        "TUESDAY - - JANUARY 18, 2005 - - 7:30 P.M.\n\n"
        "AGENDA CHANGES\n\n"
        "(05-027) Councilmember Ortega moved that the Public Hearing to consider\n"
        "an Appeal of the Harbor Bay design review be moved to the Consent\n"
        "Calendar. Councilmember Lindqvist seconded the motion, which carried\n"
        "by the following voice vote: Ayes: Councilmembers Lindqvist, Ortega\n"
        "and Mayor Baker - 3. Absent: Councilmember Kaur - 1.\n\n"
        "CONSENT CALENDAR\n\n"
        "(*05-032) Minutes of the Special City Council Meeting held on January 4,\n"
        "2005. Approved.\n\n"
        "(05-040) Ordinance No. 2935, amending the municipal code to add a new\n"
        "section on benefit assessments. Finally passed. Councilmember Ortega\n"
        "moved final passage of the Ordinance. Councilmember Kaur seconded the\n"
        "motion, which carried by unanimous voice vote - 4.\n\n"
        "(05-041) Recommendation to approve a contract with Stanton Architects.\n"
        "Councilmember Kaur stated the contract is one step closer to opening\n"
        "the theatre; moved approval of the staff recommendation.\n"
        "Councilmember Ortega seconded the motion, which carried by unanimous\n"
        "voice vote - 4.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "(05-027) Councilmember Ortega moved that the Public Hearing to consider an Appeal of the Harbor Bay design review be "
        "moved to the Consent Calendar. Councilmember Lindqvist seconded the motion, which carried by the following "
        "voice vote: Ayes: Councilmembers Lindqvist, Ortega and Mayor Baker - 3.",
        "(*05-032) Minutes of the Special City Council Meeting held on January 4, 2005. Approved.",
        "(05-040) Ordinance No. 2935, amending the municipal code to add a new section on benefit assessments. Finally passed.",
        "moved approval of the staff recommendation. Councilmember Ortega seconded the motion, which carried by unanimous voice vote - 4.",
    ]


def test_a_seconding_paragraph_reaches_back_to_the_motion_in_the_paragraph_before() -> None:
    doc = parse_text(
        "MINUTES OF THE SPECIAL COMMUNITY IMPROVEMENT COMMISSION MEETING\n"
        "TUESDAY - - JANUARY 18, 2005 - - 7:25 P.M.\n\n"
        "ROLL CALL - Present: Commissioners Kaur, Ortega and Chair Baker - 3.\n\n"
        "AGENDA ITEM\n\n"
        "Commissioner Ortega moved approval of the contract for design review services.\n\n"
        "Commissioner Kaur seconded the motion, which carried by unanimous voice vote - 4.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "Commissioner Ortega moved approval of the contract for design review services. "
        "Commissioner Kaur seconded the motion, which carried by unanimous voice vote - 4."
    ]


def test_a_bare_motion_carried_before_the_resolution_it_carried_is_not_a_second_decision() -> None:
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the Budget Meeting, 13 February 2025\n\n"
        "5. Section 25 Report\n\n"
        "(3) The Chairman put the motion to the vote and the voting was as follows:\n"
        "For (52)\n"
        "Mr Adeyemi, Mr Baxter, Mrs Cole\n"
        "Against (0)\n\n"
        "Motion carried.\n\n"
        "(4) RESOLVED that the County Council noted the report and agreed to have due regard to its contents.\n"
    )
    assert [r.text for r in doc.resolutions] == ["that the County Council noted the report and agreed to have due regard to its contents."]


def test_a_quoted_notice_of_motion_then_who_proposed_and_seconded_it_and_how_it_went() -> None:
    doc = parse_text(
        "Minutes of Meeting of Riverside County Council Held on Monday 10th March 2025\n\n"
        "Present: Cllr. Ann Byrne, Cllr. Tom Walsh, Cllr. Joe Nolan\n\n"
        "12. Notices of Motion\n\n"
        "12.1 Cllr. Ann Byrne\n"
        "“This Council calls on the Minister for Transport to fund the ring road bypass so that the\n"
        "village is freed of through traffic.\n"
        "If passed this motion is to be circulated to all Oireachtas members. “\n\n"
        "The motion was proposed by Cllr. A.M. Byrne, seconded by Cllr. T. Walsh and agreed by all.\n\n"
        "12.2 Cllr. Joe Nolan\n"
        '"This council asks that vacant properties bought by the council be kept as council housing."\n\n'
        "The motion was proposed by Cllr. J. Nolan, seconded by Cllr. T. Walsh and defeated on a show of hands.\n"
    )
    assert [r.text[:40] for r in doc.resolutions] == ["“This Council calls on the Minister for "]
    assert [(v.motion[:40], v.mover, v.seconder, v.result) for v in doc.votes] == [
        ("“This Council calls on the Minister for ", "Ann Byrne", "Tom Walsh", "pass"),
        ('"This council asks that vacant propertie', "Joe Nolan", "Tom Walsh", "fail"),
    ]


def test_a_motion_made_in_one_sentence_and_approved_in_the_next_is_one_vote_on_its_words() -> None:
    doc = parse_text(
        "Fox Creek Ranch Association\nBoard Meeting Minutes, October 16, 2019\n\n"
        "Present: Dana Ruiz (President), Lee Park, Sam Ortiz\n\n"
        "1. Grants\n\n"
        "The county offers two wildfire grants this year. A motion was made that the Ranch pays $8,000 towards\n"
        "the grant work if the grants are received. The motion was seconded and unanimously approved.\n"
    )
    assert [(v.motion, v.result, v.resolution) for v in doc.votes] == [
        (
            "A motion was made that the Ranch pays $8,000 towards the grant work if the grants are received. "
            "The motion was seconded and unanimously approved.",
            "pass",
            doc.resolutions[0].id,
        )
    ]


def test_a_present_table_run_on_from_its_heading_with_each_members_initials() -> None:
    doc = parse_text(
        "Ashby Community Council\n"
        "Minutes of Meeting held on Tuesday 2nd September 2008\n"
        "1 Police Report\n"
        "Sergeant Innes reported that there had been no incidents of note in the area since the\n"
        "last meeting and that a beat constable would visit the villages in turn each month.\n"
        "PRESENT   Rob Boyle (Chair)   RB   Ray Allen   RA\n"
        "Gail Doran   GD   Neil Robson   NR\n"
        " Paul Whitehouse   PWh   Dick Noakes   DN\n"
        " Rob Weatherall   RW Audrey Crookshank   AC\n"
        "• Post Road Access MC had forwarded the information to the roads department. No further\n"
        "action.\n"
        "2 Apologies for Absence\n"
        "Ian Lorimer (IL)\n"
    )
    assert [(a.name, a.status) for a in doc.attendees] == [
        ("Rob Boyle", "chair"),
        ("Ray Allen", "present"),
        ("Gail Doran", "present"),
        ("Neil Robson", "present"),
        ("Paul Whitehouse", "present"),  # "PWh" is his initials, not another member
        ("Dick Noakes", "present"),
        ("Rob Weatherall", "present"),
        ("Audrey Crookshank", "present"),  # after "RW", the gap before her name lost
        ("Ian Lorimer", "apologies"),
    ]


def test_approved_and_seconded_by_initials_under_an_item_is_a_vote_on_the_item() -> None:
    doc = parse_text(
        "Ashby Community Council\n"
        "Minutes of Meeting held on Tuesday 2nd September 2008\n"
        "PRESENT   Rob Boyle (Chair)   RB   Ray Allen   RA\n"
        " Paul Whitehouse   PWh   Dick Noakes   DN\n"
        "3 Apologies for Absence\n"
        "Ian Lorimer (IL)\n"
        "4 Approval of Previous Minutes\n"
        "Approved – PWh Seconded – RA\n"
        "5 Matters Arising\n"
        "The bus shelter is still to be repaired.\n"
    )
    assert [(v.motion, v.mover, v.seconder, v.result) for v in doc.votes] == [
        ("Approval of Previous Minutes", "Paul Whitehouse", "Ray Allen", "pass")
    ]
    assert [r.text for r in doc.resolutions] == ["Approved – PWh Seconded – RA"]


def test_minutes_moved_as_correct_a_reply_endorsed_a_question_raised_and_a_shared_view() -> None:
    doc = parse_text(
        "Ashfield Community Council\nGeneral Meeting, 3 March 2025\n\n"
        "Present: Robert Preece (Chair), Esme Clarke, Ali Khan\n\n"
        "2. Minutes\n\n"
        "The minutes of the February meeting were distributed. These were moved as correct by Robert Preece\n"
        "and Esme Clarke.\n\n"
        "3. Housing\n\n"
        "A more general question was raised about housing supply and current demand. It was agreed that\n"
        "the level of close repairs was not good but the record for house repairs was better. The reply to\n"
        "the council's consultation as distributed was endorsed by those present.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "These were moved as correct by Robert Preece and Esme Clarke.",
        "The reply to the council's consultation as distributed was endorsed by those present.",
    ]
    assert [q.text for q in doc.questions] == ["A more general question was raised about housing supply and current demand."]


def test_questions_put_in_their_own_words_after_a_query_and_queried_with_any_object() -> None:
    doc = parse_text(
        "MINUTES OF THE WESTON PARISH COUNCIL MEETING HELD ON THURSDAY 2 MARCH 2017\n\n"
        "PRESENT: Pam Bell (PB), Claire Carr (CC) – Chair, Paula Kemp (PK)\n\n"
        "01/17 Apologies for absence. Apologies were received and accepted from Clare Wills and Tom Fry.\n\n"
        "03/17 Recording of the meeting. CC asked “Will anyone present be filming or recording this meeting?”\n"
        "No member of the public advised that they would.\n\n"
        "07/17 Handyman's Report. The Handyman had cleared the leaves from the flower beds. During the\n"
        "meeting a parishioner queried concrete left from the removal of the old goal posts and CC assured\n"
        "them that it would be removed. After a query from CC, PB advised that more may be known about the\n"
        "fire piles next month.\n"
    )
    assert [(q.asked_by, q.text[:40]) for q in doc.questions] == [
        ("Claire Carr", "CC asked “Will anyone present be filming"),  # CC: her initials in the list
        ("a parishioner", "During the meeting a parishioner queried"),
        (None, "After a query from CC, PB advised that m"),
    ]
    assert [(a.name, a.status) for a in doc.attendees if a.status == "apologies"] == [
        ("Clare Wills", "apologies"),
        ("Tom Fry", "apologies"),
    ]


def test_proposed_seconded_and_resolved_then_the_words_and_a_notice_of_motion_seconded() -> None:
    doc = parse_text(
        "Minutes of Meeting of the Municipal District of Riverside held on 1st October 2014\n\n"
        "PRESENT: Councillors M. Nolan, T. Quirke, P. Daly and F. Foley\n\n"
        "1. Adoption of Minutes:\n\n"
        "Circulated, copy of draft Minutes of Meeting held on 3rd September, 2014.\n\n"
        "Proposed by Councillor Quirke;\n"
        "Seconded by Councillor Daly;\n"
        "And Resolved:\n\n"
        "“That, the draft Minutes, as circulated, be taken as read and adopted.”\n\n"
        "13. Notice of Motion submitted by Councillor F. Foley\n\n"
        "I will move at the next Meeting that the Council links up the crash barrier on the new\n"
        "section of road at the bridge.\n\n"
        "In proposing the Motion, Councillor Foley stressed the importance of linking up the barrier.\n\n"
        "Councillor Nolan seconded the Motion.\n\n"
        "REPLY: The barrier will be linked up when funding allows.\n"
    )
    assert [(v.motion, v.mover, v.seconder, v.result) for v in doc.votes] == [
        ("“That, the draft Minutes, as circulated, be taken as read and adopted.”", "T. Quirke", "P. Daly", "pass"),
        ("that the Council links up the crash barrier on the new section of road at the bridge.", "F. Foley", "M. Nolan", None),
    ]
    assert doc.votes[0].assumptions == ["passed: a resolution follows it"]


def test_a_motion_of_many_parts_is_named_by_the_heading_it_stands_under() -> None:
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the meeting held on 19 December 2024\n\n"
        "281. Motions for Time Limited Debate\n"
        "(Item 12)\n\n"
        "Motion for Time Limited Debate 1 – Integrated Care Strategy\n\n"
        "1) Mr Brady proposed, and Ms Meade seconded the motion that “This County Council resolves to:\n"
        "• Agree that all decisions must align with the Integrated Care Strategy objectives.\n"
        "• Ask the Cabinet to report each year on how the strategy has been followed.”\n"
        "2) Following the debate, the motion was put to the vote and was lost.\n"
    )
    assert [(v.motion, v.mover, v.seconder, v.result) for v in doc.votes] == [
        ("Motion for Time Limited Debate 1 – Integrated Care Strategy", "Brady", "Meade", "fail")
    ]


def test_a_tally_label_run_onto_the_names_before_it_still_counts_for_the_motion_put() -> None:
    # Hard-wrapped, as a PDF's text comes out: "Against (42)" ends the block of the names above it.
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the Budget Meeting, 13 February 2025\n\n"
        "6. Budget 2025-26\n\n"
        "(7) Mr Hood proposed, and Mr Lewis seconded the following amendment:\n"
        "Proposed Purpose:\n"
        "“Allocate up to £75k from general reserves to a study of home to school transport across\n"
        "the county.”\n"
        "(8) Following the debate, the Chairman put to the vote the amendment set out in paragraph\n"
        "7 above and the voting was as follows:\n"
        "For (12)\n"
        "Mr Baldock, Mr Brady, Mr Campkin, Ms Constantine, Ms Dawkins, Ms Grehan, Mr Lehmann,\n"
        "Mr Lewis, Ms Meade, Mr Stepto, Dr Sullivan, Mr Hood\n"
        "Against (42)\n"
        "Mr Baker, Mr Bartlett, Mr Beaney, Mrs Bell, Mrs Binks, Mr Bond, Mr Booth, Mr Brazier,\n"
        "Amendment lost.\n"
    )
    assert [(v.mover, v.result, v.counts.get("yes"), v.counts.get("no")) for v in doc.votes] == [("Hood", "fail", 12, 42)]


def test_a_quoted_motion_of_numbered_parts_is_named_by_its_heading_and_a_step_still_to_be_agreed_is_no_vote() -> None:
    # Hard-wrapped, as a PDF's text comes out.
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the meeting held on 19 December 2024\n\n"
        "281. Motions for Time Limited Debate\n"
        "(Item 12)\n\n"
        "Motion for Time Limited Debate 3 – Family Farm Tax\n\n"
        "5) Mr Meade proposed, and Mr Cannon seconded the motion that “The County Council\n"
        "resolves; 1. To declare our complete solidarity with the farmers of the county in opposing\n"
        "the change to the long-established Inheritance Tax Relief for Agricultural Land. 2. To\n"
        "recognise the monumental importance of farming to the local economy, which contributes in\n"
        "excess of £405m annually to our local economy and supports over 13,250 jobs. 3. To commend\n"
        "the hard work and resilience of the county's farmers and to acknowledge the contribution\n"
        "that its farms make to the food security of the United Kingdom. 4. To request that the\n"
        "Leader writes to the Chancellor of the Exchequer to outline the Council's dismay.”\n"
        "6) Following points raised in the debate on paragraph 4 of the motion, the General Counsel\n"
        "advised that the letter could incorporate the points raised and be agreed by the Leader.\n"
        "7) Following the debate, the Chairman put the motion set out in paragraph 5 to the vote\n"
        "and the voting was as follows.\n"
        "For (35)\n"
        "Against (0)\n"
        "Abstain (9)\n"
        "Motion carried.\n"
    )
    assert [(v.motion, v.mover, v.result, v.counts) for v in doc.votes] == [
        ("Motion for Time Limited Debate 3 – Family Farm Tax", "Meade", "pass", {"yes": 35, "no": 0, "abstain": 9})
    ]


def test_lettered_parts_in_title_case_under_resolved_are_parts_not_items() -> None:
    doc = parse_text(
        "Borsetshire County Council\nMinutes of the Cabinet meeting held on 30 January 2025\n\n"
        "91. Integrated Care Strategy Delivery Plan\n\n"
        "1. The Director of Public Health introduced the report and noted the work behind it.\n"
        "4. RESOLVED that Cabinet agree to:\n"
        "(a) Adopt the Integrated Care Strategy Delivery Plan\n"
        "(b) Delegate authority to the Director of Public Health to make non-substantial revisions to the plan.\n"
        "92. Commissioning Plan for Education Provision\n"
    )
    assert [(r.number, r.text) for r in doc.resolutions] == [
        ("a", "Adopt the Integrated Care Strategy Delivery Plan"),
        ("b", "Delegate authority to the Director of Public Health to make non-substantial revisions to the plan."),
    ]
    assert [i.title for i in doc.items] == ["Integrated Care Strategy Delivery Plan", "Commissioning Plan for Education Provision"]


def test_minutes_agreed_as_a_true_record_agreed_and_signed_and_agreed_to_pay() -> None:
    doc = parse_text(
        "Newbury Parish Council\nMinutes of the meeting held on 3 September 2019\n\n"
        "Present: Cllr A Hill (Chair), Cllr B Moss, Cllr C Dale\n\n"
        "3. Minutes of the last meeting\n\n"
        "All agreed this was a true record and they were signed by the Chair.\n\n"
        "4. Minutes of the Finance Committee\n\n"
        "Agreed and signed.\n\n"
        "5. Finance\n\n"
        "Village Bus Donation requested, agreed to pay £ 65.00\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "All agreed this was a true record and they were signed by the Chair.",
        "Agreed and signed.",
        "Village Bus Donation requested, agreed to pay £ 65.00",
    ]


def test_a_notice_of_motion_proposed_with_a_point_and_a_reply_to_it() -> None:
    doc = parse_text(
        "Minutes of Meeting of the Municipal District of Riverside held on 1st October 2014\n\n"
        "PRESENT: Councillors M. Nolan, T. Quirke, P. Daly and F. Foley\n\n"
        "12. Notice of Motion submitted by Councillor F. Foley\n\n"
        "I will move at the next Meeting that the Council cuts the hedges within the speed limit areas.\n\n"
        "In proposing the Motion, Councillor Foley stated that hedge cutting was required as a matter of urgency.\n\n"
        "Councillor Nolan seconded the Motion.\n\n"
        "REPLY: Hedge cutting is legally the responsibility of the landowner. The Council cuts hedges at\n"
        "junctions from time to time for safety.\n\n"
        "Any further cutting would need a budget of its own, which the Council does not have this\n\n"
        "year.\n\n"  # the tail of a line a scan broke off into a paragraph of its own
        "13. Date of Next Meeting\n\n"
        "The next meeting will be held on 5th November 2014.\n"
    )
    assert [(c.speaker, c.kind, c.question, c.text[:45]) for c in doc.comments] == [
        ("F. Foley", "statement", None, "In proposing the Motion, Councillor Foley sta"),
        (None, "answer", None, "Hedge cutting is legally the responsibility o"),
        (None, "answer", None, "Any further cutting would need a budget of it"),  # the reply goes on
        # and "year." is no answer of its own
    ]


def test_several_councillors_named_after_one_plural_title_speak_together() -> None:
    doc = parse_text(
        "Minutes of Meeting of Riverside County Council Held on Monday 10th March 2025\n\n"
        "Present: Cllr. Ann Byrne, Cllr. Tom Walsh, Cllr. Joe Nolan, Cllr. Mary Kehoe\n\n"
        "5. Standing Orders\n\n"
        "Cllr.’s A. Byrne, T. Walsh, and J. Nolan expressed their opposition to the amendment of Standing Order 29. "
        "Cllrs. M. Kehoe and T. Walsh expressed their support for the amendment.\n"
    )
    assert [c.speaker for c in doc.comments] == ["Ann Byrne and Tom Walsh and Joe Nolan", "Mary Kehoe and Tom Walsh"]


def test_an_application_granted_or_denied_in_one_word_is_decided() -> None:
    doc = parse_text(
        "MINUTES OF THE LICENSING SUB-COMMITTEE\n"
        "MONDAY, 3 JUNE 2024\n\n"
        "APPLICATIONS\n\n"
        "(24-113) Application for a premises licence for the Old Forge Cafe, 4 Mill Lane. Granted.\n\n"
        "(24-120) Application to vary the hours of the Crown Inn, Market Street. Denied.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "(24-113) Application for a premises licence for the Old Forge Cafe, 4 Mill Lane. Granted.",
        "(24-120) Application to vary the hours of the Crown Inn, Market Street. Denied.",
    ]


def test_the_chair_taking_a_transcript_through_its_business_makes_no_comments_and_ends_the_question_before() -> None:
    doc = parse_text(
        "CITY COUNCIL MEETING TRANSCRIPT\n"
        "MARCH 2, 2022 9:30 AM\n\n"
        "41. Accept the annual report of the Parks Bureau\n\n"
        "Hales: Good morning. Item 41 roll.\n"
        "Novick: Aye.\n"
        "Hales: 41 is approved. That takes us to item 42.\n\n"
        "42. Authorize a contract for street lighting\n\n"
        "Fish: How many lights will the contract replace?\n"
        "Hales: No one signed up. Item 42 roll.\n"
        "Novick: I support this; the new lights save energy.\n"
        "Hales: Aye. 42 is approved. We stand adjourned.\n"
    )
    assert [q.text for q in doc.questions] == ["How many lights will the contract replace?"]
    # Novick speaks after the roll was called: no answer to Fish's question
    assert [(c.speaker, c.text, c.question) for c in doc.comments] == [("Novick", "I support this; the new lights save energy.", None)]


def test_actions_or_proposals_that_were_agreed_are_decisions() -> None:
    doc = parse_text(
        "PARKS WORKING GROUP\nMinutes of the meeting held on 4 March 2024\n\n"
        "Present: Ann Lee (Chair), Raj Patel, Tom Steel.\n\n"
        "1. Actions from the last meeting\n\n"
        "Actions from the last meeting were agreed - see Paper PW(3)1.\n\n"
        "2. Bench replacement\n\n"
        "The proposals for new benches on the green were agreed. Raj Patel noted that two benches were beyond repair.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "Actions from the last meeting were agreed - see Paper PW(3)1.",
        "The proposals for new benches on the green were agreed.",
    ]


def test_action_points_the_adjournment_the_next_meeting_and_a_new_member_welcomed_are_no_comments() -> None:
    doc = parse_text(
        "CIVIL SERVICE BOARD\nMinutes of the Regular Meeting of October 6, 2010\n\n"
        "Present: Avonnet Peeler (President), Linda McHugh, Tom Steel.\n\n"
        "1. Dog Fouling\n\n"
        "TS confirmed he had contacted the dog warden about fouling on the green. "
        "TS to contact the warden again in March.\n\n"
        "2. Other Business\n\n"
        "President Peeler welcomed new Board member Jose Villaflor. "
        "Member McHugh said that the training had been useful. "
        "There was discussion that the next meeting of the Board will be held on January 5, 2011. "
        "President Peeler asked for a motion to adjourn the meeting.\n"
    )
    assert [c.text for c in doc.comments] == [
        "TS confirmed he had contacted the dog warden about fouling on the green.",
        "Member McHugh said that the training had been useful.",
    ]


def test_a_matter_therefore_questioned_is_a_question() -> None:
    doc = parse_text(
        "Borsetshire County Council\nCorporate Parenting Panel, 29 October 2024\n\n"
        "8. Virtual School\n\n"
        "The figures showed a widening gap. The effectiveness of prioritisation was therefore questioned.\n"
    )
    assert [q.text for q in doc.questions] == ["The effectiveness of prioritisation was therefore questioned."]


def test_a_guest_s_presentation_after_a_stage_note_is_no_comment_but_their_answers_are() -> None:
    doc = parse_text(
        "Design Review Teleconference\n27 February 2018\n\nPresent: Alex, Dan, Kim\n\n"
        "## Grid Layout API\n\n"
        "Kim: (Gives an intro to the API, presenting the explainer)\n\n"
        "...It is part of the layout family of APIs.\n\n"
        "Example: A tiled gallery needs script today.\n\n"
        "Alex: Are edges expensive to compute?\n\n"
        "Kim: The border box is cheap.\n\n"
        "...The next argument is the list of children.\n\n"
        "Alex: Who checks the sizes?\n\n"
        "Kim: The engine does.\n\n"
        "## Client Hints\n\n"
        "Dan: We should ask for more feedback.\n\n"
        "...Nobody has written to us yet.\n",
        fmt="markdown",
    )
    assert [(c.speaker, c.text) for c in doc.comments] == [
        ("Kim", "The border box is cheap."),
        ("Kim", "The engine does."),
        ("Dan", "We should ask for more feedback."),
        ("Dan", "Nobody has written to us yet."),
    ]


def test_more_ways_of_reporting_a_point_and_the_clauses_that_may_stand_before_the_speaker() -> None:
    doc = parse_text(
        "CITY COUNCIL\nMinutes of the Regular Meeting of January 18, 2005\n\n"
        "Present: Councilmembers Daysog, Gilmore, Matarrese; Mayor Johnson.\nStaff: Nancy Willis, Executive Secretary.\n\n"
        "1. Casino Proposal\n\n"
        "Executive Secretary Willis told the Board that the reference was in Section 4 of the rules. "
        "Councilmember Gilmore referred to the 7 November meeting and the debate on the casino. "
        "Councilmember Matarrese called for a full Council meeting on the matter. "
        "Mayor Johnson concurred with Councilmember Matarrese. "
        "Councilmember Daysog sought a commitment that staff attend the next meeting. "
        "Under discussion, Councilmember Daysog stated that he opposes the casino. "
        "Regarding the tube, Councilmember Gilmore noted that the new panels are dark. "
        "Following a comment Mayor Johnson advised that she would write to the operator. "
        "Councilmember Gilmore referred to the figures and asked what the cost would be.\n"
    )
    assert [c.speaker for c in doc.comments] == [
        "Nancy Willis",
        "Gilmore",
        "Matarrese",
        "Johnson",
        "Daysog",
        "Daysog",
        "Gilmore",
        "Johnson",
    ]
    assert [q.asked_by for q in doc.questions] == ["Gilmore"]


def test_a_point_reported_in_the_present_tense_is_a_comment() -> None:
    doc = parse_text(
        "HACKERSPACE ANNUAL MEETING\nMarch 12, 2013\n\nPresent: Loki, Jon, Graham\n\n"
        "1. Policy\n\n"
        "Loki proposes a working committee be formed to draft the policy. "
        "Jon urges people to keep conversation on topic on the list.\n"
    )
    assert [c.speaker for c in doc.comments] == ["Loki", "Jon"]


def test_in_a_transcript_the_chair_s_clarifying_and_procedural_questions_are_not_put_but_a_member_s_are() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Adams: Welcome. What are we looking at.\n"
        "Moody: A five-year contract for the garages.\n"
        "Fritz: How will this be coordinated with the street meters?\n"
        "Adams: This pre-dates your position, your question is what exactly?\n"
        "Fritz: Is there any kind of committee or point person?\n"
        "Adams: The budget committee looked at the street spaces.\n"
        "Fritz: If we wanted that to happen, does this contract allow us to tell the operator.\n"
        "Adams: Yes.\n"
        "Adams: Is there any other discussion?\n"
    )
    assert [q.text for q in doc.questions] == [
        "How will this be coordinated with the street meters?",
        "Is there any kind of committee or point person?",
        "If we wanted that to happen, does this contract allow us to tell the operator.",
    ]


def test_a_turn_run_on_after_a_running_head_s_page_number_is_its_speaker_s_own() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Fritz: Will the kiosks take cash?\n"
        "Geason: The kiosks take cash and cards.\n"
        "Fritz: Thank you.\n"
        "Saltzman: Who staffs the exits?\n"
        "Geason: A remote attendant does.  January 12, 2022  12 of 18 Fritz: How is the revenue expected to grow?\n"
        "Geason: Through validation sales.\n"
    )
    assert [(q.asked_by, q.text) for q in doc.questions][-1] == ("Fritz", "How is the revenue expected to grow?")


def test_an_asker_cut_off_mid_sentence_leaves_the_question_open_for_the_next_answer() -> None:
    doc = parse_text(
        "Riverton City Council\nJanuary 12, 2022\n\n"
        "1. Parking Garages\n\n"
        "Fritz: How is the revenue expected to increase?\n"
        "Geason: Cashiers lose revenue; kiosks do not.\n"
        "Fritz: So the projection is for --\n"
        "Adams: Validation sales will bring in more revenue.\n"
        "Fritz: Thank you.\n"
        "Adams: Next item.\n"
    )
    asked = doc.questions[0].id
    assert [(c.speaker, c.question) for c in doc.comments] == [("Geason", asked), ("Adams", asked)]


def test_asked_that_is_a_request_and_a_councillor_s_query_is_a_query() -> None:
    doc = parse_text(
        "STOKE MILL PARISH COUNCIL\nMinutes of the meeting held on 2nd August 2017\n\n"
        "Present: Cllr J Morris (Chair), Cllr P White, Cllr A Green.\n\n"
        "45/17 Odour Complaints\n\n"
        "CM asked that if any people had experiences then the company would be pleased to hear from them. "
        "In answer to a Councillor’s query about plans to triple production, PW advised that there were none.\n"
    )
    assert [q.text.split()[:3] for q in doc.questions] == [["In", "answer", "to"]]
    assert [(c.speaker, c.question) for c in doc.comments][-1] == ("P White", doc.questions[0].id)


def test_various_questions_raised_are_a_question_and_members_informed_after_a_query_is_its_answer() -> None:
    doc = parse_text(
        "MUNICIPAL DISTRICT OF WESTFIELD\nMinutes of the meeting held on 1st October 2014\n\n"
        "1. Road Works Scheme\n\n"
        "The Members raised various questions regarding roads in their area and the Director stated that the "
        "report covered the District only.\n\n"
        "2. Fire Station\n\n"
        "The Members also queried if the vacancy was going to be filled. "
        "Members were informed that the positions were being advertised.\n"
    )
    assert [q.text.split()[:4] for q in doc.questions] == [["The", "Members", "raised", "various"], ["The", "Members", "also", "queried"]]
    assert [c.question for c in doc.comments] == [doc.questions[0].id, doc.questions[1].id]


def test_an_issue_raised_of_how_and_an_update_requested_are_questions_but_the_requested_information_is_not() -> None:
    doc = parse_text(
        "CITY COUNCIL\nMinutes of the Regular Meeting of January 18, 2005\n\n"
        "Present: Councilmembers Daysog, Matarrese, Sullivan.\n\n"
        "1. Housing\n\n"
        "Councilmember Sullivan raised the issue of how the number of allowed units is calculated. "
        "Councilmember Daysog requested an Off Agenda Report update on the Section 8 funding. "
        "Councilmember Matarrese stated that he would like to have the requested\ninformation by February. "
        "The Parish Council requested a report from the Village Hall.\n"
    )
    assert [q.asked_by for q in doc.questions] == ["Sullivan", "Daysog"]


def test_members_points_listed_after_the_chief_executive_responded_go_on_past_who_left_or_took_the_chair() -> None:
    doc = parse_text(
        "Wexford County Council\nMinutes of the meeting of 10 March 2025\n\n"
        "8. Chief Executive's Report\n\n"
        "The Chief Executive responded to a wide range of queries from the Elected Members regarding the following:\n\n"
        "•  View expressed that the number of road crews is not sufficient.\n"
        "Cllr. J. Owens left the meeting at this point\n"
        "•  Request for funding for a night-time economy officer.\n"
        "Cllr. O. Walsh assumed the Chair as Cllr. G. Carthy excused himself from the meeting.\n"
        "•  Housing commended for delivery of units in Gorey.\n\n"
        "9. Correspondence\n\n"
        "The letter from the Department was noted.\n"
    )
    assert [c.text for c in doc.comments] == [
        "View expressed that the number of road crews is not sufficient.",
        "Request for funding for a night-time economy officer.",
        "Housing commended for delivery of units in Gorey.",
    ]


def test_prop_with_its_full_stop_ends_no_sentence_so_prop_and_2nd_give_the_mover_and_seconder() -> None:
    doc = parse_text(
        "STOKE MILL PARISH COUNCIL\nMinutes of the meeting held on 2nd August 2017\n\n"
        "Present: Cllr J Taylor (Chair), Cllr D Clements, Cllr A Green.\n\n"
        "33/17 Co-option\n\n"
        "The Chair advised that a letter of application had been received from Jim Neal.\n\n"
        "Prop. JT, 2nd DC, All in favour.\n\n"
        "RESOLVED: That Jim Neal is approved to be Parish Councillor with immediate effect.\n"
    )
    assert [(v.mover, v.seconder, v.result, v.resolution) for v in doc.votes] == [("J Taylor", "D Clements", "pass", doc.resolutions[0].id)]


def test_a_motion_moved_after_a_statement_and_seconded_in_the_next_sentence_is_one_vote_with_its_mover() -> None:
    doc = parse_text(
        "CITY COUNCIL\nMinutes of the Regular Meeting of January 18, 2005\n\n"
        "Present: Councilmembers Daysog, deHaan, Matarrese, Mayor Johnson.\n\n"
        "1. Budget Ordinance\n\n"
        "Councilmember Matarrese stated the Ordinance provides some hope; moved final passage of the Ordinance. "
        "Councilmember Daysog seconded the motion, which carried by unanimous voice vote - 4.\n"
    )
    assert [(v.motion, v.mover, v.seconder, v.result) for v in doc.votes] == [
        ("final passage of the Ordinance", "Matarrese", "Daysog", "pass")
    ]


def test_a_declarations_heading_printed_over_lines_with_its_item_reference_still_opens_the_declarations() -> None:
    doc = parse_text(
        "KENT COUNTY COUNCIL\nMINUTES of a meeting of the County Council held on 13 February 2025\n\n"
        "PRESENT: Mr B J Sweetland (Chairman), Mr N Baker.\n\n"
        "287. Declarations of Disclosable Pecuniary Interests or Other Significant\n"
        "Interests in items on the agenda\n"
        "(Item 2)\n\n"
        "(1) The General Counsel advised that Members need not declare the interests on the Register.\n"
        "(2) Ms Meade declared an interest that she was a carer.\n"
    )
    assert doc.comments == []
    assert [d.member for d in doc.declarations] == ["Meade"]


def test_asking_someone_to_explain_is_a_question_but_asking_them_to_act_is_a_request() -> None:
    doc = parse_text(
        "GOVAN COMMUNITY COUNCIL\nMinutes of the General Meeting, 3 March 2025\n\n"
        "Present: Alan Grant (Chair), Clair Dickson (Secretary), Tom Reid.\n\n"
        "3. Housing\n\n"
        "Alan Grant asked initially for the housing association representatives to identify their responsibilities. "
        "The Secretary asked the Clerk to write to the council about the bins.\n"
    )
    assert [q.asked_by for q in doc.questions] == ["Alan Grant"]


def test_a_lower_case_label_seen_once_of_no_one_present_is_code_not_a_chat_nickname() -> None:
    doc = parse_text(
        "Design Review Teleconference\n27 February 2018\n\nPresent: Alex, Dan, Kim, David\n\n"
        "## Grid Layout API\n\n"
        "Kim: (Gives an intro to the API, presenting the explainer)\n\n"
        "...You use this by the display property.\n\n"
        "display: layout(centering);\n\n"
        "...Overflow is handled for you.\n\n"
        "alex: Are edges expensive to compute?\n\n"
        "Kim: The border box is cheap.\n\n"
        "alex: Who checks the sizes?\n\n"
        "david: Does that stop sizing by content?\n\n"
        "Kim: The engine does.\n",
        fmt="markdown",
    )
    assert [c.speaker for c in doc.comments] == ["Kim", "Kim"]
    assert [q.asked_by for q in doc.questions] == ["alex", "alex", "david"]


def test_a_proposer_and_tally_after_a_decision_in_its_paragraph_is_a_vote_on_that_decision_with_counts_in_words() -> None:
    doc = parse_text(
        "Present: Cllrs A Brown (AB), C Dale (CD), E Fox, G Hill, J King, L Moss, N Owen\n\n"
        "12/24   Minutes of the Meeting held on 3 May 2024\n\n"
        "The minutes of the meeting held on 3 May 2024 were approved.      Prop. AB, 2nd CD, five agreed, two abstained.\n"
    )
    assert [(v.motion, v.counts) for v in doc.votes] == [
        ("The minutes of the meeting held on 3 May 2024 were approved.", {"yes": 5, "abstain": 2})
    ]


def test_counts_written_in_words_are_read() -> None:
    doc = parse_text(
        "1. Allotments\n\nCouncillor Reed moved that the rents rise by 3%. The motion was carried with seven in favour and two against.\n"
    )
    assert [v.counts for v in doc.votes] == [{"yes": 7, "no": 2}]


def test_a_vote_under_a_table_is_on_the_sentence_that_introduced_the_table_and_all_in_favour_carries_it() -> None:
    doc = parse_text(
        "Present: Cllrs A Brown (AB), C Dale (CD), E Fox\n\n"
        "## 14/24 Approval of Payments\n\n"
        "That the following payments presented are approved:\n\n"
        "| **Payee** | **Net** | **VAT** |\n|---|---|---|\n| Street lights | 55.59 | 2.78 |\n| **Total** | **£55.59** | **£2.78** |\n\n"
        "Prop. AB, 2nd CD, all in favour.\n",
        fmt="markdown",
    )
    assert [(v.motion, v.result, v.unanimous) for v in doc.votes] == [("That the following payments presented are approved:", "pass", True)]


def test_a_tally_line_wrapped_into_the_matter_above_it_votes_on_that_matter_which_is_resolved() -> None:
    doc = parse_text(
        "COMMUNITY BOARD 9 FULL BOARD MEETING\n\nMinutes of the meeting of 4 March 2025\n\n"
        "LICENSING COMMITTEE\n\n"
        "1. 12 Harbour Street, Blue Door Cafe LLC d/b/a Blue Door, new application for a wine and beer\n"
        "on premise liquor license for a cafe with a rear garden – Resolution\n"
        "Voted was 35 in favor, 0 opposed, 0 abstained and 0 recused\n"
        "2. 40 Mill Lane, Corner Bistro LLC, alteration of a full liquor license to add a sidewalk cafe – Resolution\n"
        "Voted was 34 in favor, 1 opposed, 0 abstained and 0 recused\n"
    )
    matters = [
        "12 Harbour Street, Blue Door Cafe LLC d/b/a Blue Door, new application for a wine and beer "
        "on premise liquor license for a cafe with a rear garden – Resolution",
        "40 Mill Lane, Corner Bistro LLC, alteration of a full liquor license to add a sidewalk cafe – Resolution",
    ]
    assert [v.motion for v in doc.votes] == matters
    assert [v.counts["yes"] for v in doc.votes] == [35, 34]
    assert [r.text for r in doc.resolutions] == matters


def test_an_election_won_by_default_or_by_ballot_is_a_decision() -> None:
    doc = parse_text(
        "Riverside Tenants Association\nAnnual General Meeting, 4 March 2025\n\n"
        "5. Election of officers\n\n"
        "Priya has been nominated for Treasurer and wins by default.\n\n"
        "Two members stood for Secretary and a ballot was held. Tom wins.\n\n"
        "The new officers thanked the members.\n"
    )
    assert [r.text for r in doc.resolutions] == ["Priya has been nominated for Treasurer and wins by default.", "Tom wins."]


def test_apologies_accepted_and_payments_approved_are_decisions() -> None:
    doc = parse_text(
        "Little Marsh Parish Council\nMinutes of the meeting held on 6 March 2025\n\n"
        "Present: Cllrs A Brown (Chair), C Dale, E Fox\n\n"
        "1. Apologies\n\nApologies were received and accepted from Cllr G Hill.\n\n"
        "2. Finance\n\nThe bank reconciliation was circulated. The payments were considered and approved.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "Apologies were received and accepted from Cllr G Hill.",
        "The payments were considered and approved.",
    ]


def test_the_council_agreeing_after_discussion_is_a_decision() -> None:
    doc = parse_text(
        "Little Marsh Parish Council\nMinutes of the meeting held on 6 March 2025\n\n"
        "3. Playing field\n\n"
        "The goal posts need new concrete. After discussion the Parish Council agreed to ask the Clerk for three quotes.\n"
    )
    assert [r.text for r in doc.resolutions] == ["After discussion the Parish Council agreed to ask the Clerk for three quotes."]


def test_a_guests_summary_given_as_a_list_is_a_report_not_points_made() -> None:
    doc = parse_text(
        "Little Marsh Parish Council\nMinutes of the meeting held on 6 March 2025\n\n"
        "4. Quarry traffic\n\n"
        "DH gave the following summary of events to date:\n\n"
        "• Lorry numbers had risen since the new pit opened in January.\n"
        "• A traffic count would be taken in April.\n\n"
        "Cllr Dale said that the verges on Mill Lane were being damaged.\n"
    )
    assert [c.text for c in doc.comments] == ["Cllr Dale said that the verges on Mill Lane were being damaged."]


def test_a_register_of_the_years_meetings_gives_each_governor_the_last_mark_and_a_resigned_row_is_no_one() -> None:
    doc = parse_text(
        "OAKFIELD PRIMARY SCHOOL GOVERNING BOARD\nFull Governing Board   DATE   10/03/2025\n\n"
        "GOVERNOR ATTENDANCE\n"
        "MARY ATKINS   Co-opted   09/2027   P   P   P   P\n"
        "JOHN BELL   Parent   09/2026   P   S   P   P\n"
        "RUTH COLE   LA   01/2028   P   P   P   S\n"
        "SAM DRAKE   Staff   12/2026   P   P\n"
        "NINA EVANS   Co-opted   09/2025   P   A   P   A\n"
        "OWEN FOX   Parent   09/2025   P   P   07/01/2025\n"
        "VACANT   Parent\n"
        "P – Present   S – Sanctioned   A – Absent\n\n"
        "Chaired by   Mary Atkins   Clerked by   Lee Green\n\n"
        "1. Apologies\n\nApologies from Ruth Cole were sanctioned.\n"
    )
    statuses = {a.name: a.status for a in doc.attendees}  # names as printed, so each stands in its span
    assert {name: statuses.get(name) for name in ("JOHN BELL", "RUTH COLE", "SAM DRAKE", "NINA EVANS", "OWEN FOX")} == {
        "JOHN BELL": "present",
        "RUTH COLE": "apologies",
        "SAM DRAKE": "present",
        "NINA EVANS": "absent",
        "OWEN FOX": None,
    }
