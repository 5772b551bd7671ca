"""minutes_comments: points made in the discussion, linked to the question they answer.

Three sources: what is written in a question's region (each list item or line
a point, a "REPLY:" an answer); the items of a list after a lead-in such as
"Members made the following points:"; and sentences with a verb of speech
("Councillor X said …"), with the sentences that go on with them.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from .. import rules
from ..layout import Layout
from ..people import speaker_list
from .speakers import Speakers, Speech
from .text import squash

MIN_REPLY_WORDS = 4  # a paragraph going on with a reply says something in at least this many words


def marker_style(marker: str | None) -> str | None:
    """How a list marker counts: "3." and "(12)" → "number", "a." and "(b)" → "letter", else None."""
    label = (marker or "").strip(" ().")
    if label.isdigit():
        return "number"
    if len(label) == 1 and label.isalpha():
        return "letter"
    return None


TOPIC_DASH = re.compile(r"\s[–—-]\s")  # "Flies – CS advised …": a list item's topic, then what was said


class CommentFinder:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        data = rules.load("comments", rules_dir)
        self.lead_ins = rules.regex(data["lead_ins"])
        self.speech = Speech(rules_dir)
        self.answer_verbs = rules.regex(data["answer_verbs"])
        self.not_comments = rules.regex(data["not_comments"])
        self.no_point_verbs = frozenset(data["no_point_verbs"])
        self.action_points = rules.regex(data["action_points"])
        self.business_cue = rules.cue(data["business_cue"])
        self.business = rules.regex(data["business"])
        self.pronouns = rules.regex(data["pronouns"])
        self.impersonal = rules.regex(data["impersonal"])
        self.turn = re.compile(data["turn"])
        self.min_turns = data["min_turns"]
        self.turn_continues = re.compile(data["turn_continues"])
        self.presentation_note = rules.regex(data["presentation_note"])
        self.not_turn_comments = rules.regex(data["not_turn_comments"])
        self.not_turn_questions = rules.regex(data["not_turn_questions"])
        self.turn_interrogative = rules.regex(data["turn_interrogative"])
        self.max_question_turn: int = data["max_question_turn"]
        self.not_speakers = {w.lower() for w in data["not_speakers"]}
        self.public_speaker_headings = rules.regex(data["public_speaker_headings"])
        self.report_lead_ins = rules.regex(data["report_lead_ins"])
        self.interjections = rules.regex(data["interjections"])
        self.answer_clause = re.compile(data["answer_clause"], re.S)
        self.speaker_item = re.compile(rules.load("attendance", rules_dir)["speaker_item"])
        questions = rules.load("questions", rules_dir)
        self.answers = [re.compile(p, re.I | re.S) for p in questions["answers"]]
        self.turn_question = re.compile(questions["turn_question"])
        self.open_question: tuple[str, str] | None = None  # the last question put in a transcript, and who put it
        self.rules_dir = rules_dir

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        findings = doc._.findings
        speakers = Speakers(findings, self.rules_dir)
        text = doc._.source.text
        regions: list[tuple[int, int, str]] = doc.user_data.get("question_regions", [])
        skip = {(s.start, s.end) for s in findings.sections if s.name in ("attendance", "declarations")}
        no_comment_zones = [(s.start, s.end) for s in findings.sections if s.name in ("attendance", "declarations", "minutes")]
        done: set[int] = set()
        # 1. What stands in a labelled question's region responds to it.
        for r_start, r_end, key in regions:
            answering = False
            for index, block in enumerate(layout.blocks):
                if block.start < r_start or block.start >= r_end or block.kind == "heading":
                    continue
                body = layout.body(block)
                answerer = None
                for pattern in self.answers:
                    m = pattern.match(body)
                    if m:
                        answering = True
                        answerer = speakers.resolve(m.groupdict().get("answerer"))
                        body = m.group("rest")
                        answerer = answerer or self.speaker_of(body, speakers)
                        break
                if not body.strip() or findings.is_claimed(block.start, block.end):
                    continue
                findings.add(
                    "comments",
                    block.start,
                    block.end,
                    text=squash(body),
                    speaker=answerer,
                    question=key,
                    kind="answer" if answering else "point",
                )
                done.add(index)
        # 2. Transcript-like minutes: each sentence of a speaker's turn.
        done |= self.turns(doc, findings, speakers, done)
        done |= self.public_speakers(doc, findings, speakers, done)
        # 3. Lists after a lead-in, and 4. sentences of speech.
        last_question: tuple[str, int, str | None] | None = None  # key, block index, asker
        questions_by_start = {f.start: f for f in findings.of("questions") if f.fields["kind"] == "reported"}
        blocks = layout.blocks
        lead_speaker: str | None = None
        lead_marker_kind: str | None = None
        lead_style: str | None = None  # how the list item holding the lead-in is numbered ("3." → "number")
        replying = False  # a REPLY outside a question's region goes on ...
        replier: str | None = None  # ... given by this one
        for index, block in enumerate(blocks):
            if block.kind == "heading":
                lead_speaker, lead_marker_kind, last_question, replying = None, None, None, False
                continue
            if index in done or block.start < findings.header_end:
                continue
            if any(a <= block.start < b for a, b in no_comment_zones) or (block.start, block.end) in skip:
                continue
            body = layout.body(block)
            if (
                lead_marker_kind is not None
                and block.kind == "list"
                and block.bulleted == (lead_marker_kind == "bullet")
                # "3. In response to … it was said:" / "a. …" / "b. …" / "4. RESOLVED …": the lead-in's own sibling ends its list
                and (lead_style is None or marker_style(block.marker) != lead_style)
            ):
                item = doc._.sentences.within(block.body_start, block.end)
                if any(start in questions_by_start for start, _ in item):
                    # "● A Member questioned the impact of Outcome 22. Mr Read shared that …": a question and its answer
                    self.item_answers(findings, item, text, questions_by_start, speakers, lead_speaker)
                elif not findings.is_claimed(block.start, block.end):
                    findings.add("comments", block.start, block.end, text=squash(body), speaker=lead_speaker, question=None, kind="point")
                continue
            if lead_marker_kind is not None and block.kind == "para" and self.interjections.search(body):
                continue  # "Cllr. J. Owens left the meeting at this point" between two points: the list goes on
            lead_marker_kind = None
            reply = next((m for pattern in self.answers if (m := pattern.match(body))), None)
            if reply is not None and reply.group("rest").strip() and not findings.is_claimed(block.start, block.end):
                # "REPLY: Hedge cutting is legally the responsibility of the landowner …" under a notice of motion
                # (a reply to a labelled question is read with its question above): an answer, to no question.
                answerer = speakers.resolve(reply.groupdict().get("answerer"))
                answer = squash(reply.group("rest"))
                findings.add("comments", block.start, block.end, text=answer, speaker=answerer, question=None, kind="answer")
                replying, replier = True, answerer
                continue
            if replying and block.kind == "para" and not block.number and not findings.is_claimed(block.start, block.end):
                # the reply's next paragraphs, up to the next heading, numbered item or list: still the reply
                # (but not the tail of a line that a scan broke off into a paragraph: "storms.", "2013/2014.")
                if len(body.split()) >= MIN_REPLY_WORDS:
                    findings.add("comments", block.start, block.end, text=squash(body), speaker=replier, question=None, kind="answer")
                continue
            replying = False
            previous_speaker: str | None = None
            previous_link: str | None = None  # the question the comment before answered
            for start, end in doc._.sentences.within(block.body_start, block.end):
                sentence = text[start:end]
                question = questions_by_start.get(start)
                if question is not None:
                    last_question = (question.key, index, question.fields.get("asked_by"))
                    self.question_comment(findings, question, start, end, sentence, speakers)
                    previous_speaker = None
                    continue
                if findings.is_claimed(start, end):
                    previous_speaker = None
                    continue
                # A lead-in ends with a colon or dash; most sentences do not, and the search is long.
                leads_in = sentence.rstrip().endswith((":", ":-", "-"))
                lead = self.lead_ins.search(sentence) if leads_in else None
                nxt = blocks[index + 1] if index + 1 < len(blocks) else None
                if leads_in and self.report_lead_ins.search(sentence):
                    previous_speaker = None  # "The District Manager gave the following update:": a report follows
                    continue
                if lead:
                    lead_speaker = speakers.resolve(lead.groupdict().get("speaker")) if lead.groupdict().get("speaker") else None
                    lead_marker_kind = ("bullet" if nxt.bulleted else "number") if nxt is not None and nxt.kind == "list" else None
                    lead_style = marker_style(block.marker) if block.kind == "list" else None
                    previous_speaker = None
                    continue
                if leads_in and nxt is not None and nxt.kind == "list" and end >= block.end - 2:
                    # "The Chair reiterated the three key objectives:" then the list: each item is the Chair's point
                    said = self.speech.match(sentence)
                    if said is None:
                        speaker = None
                    elif self.pronouns.match(sentence):
                        speaker = previous_speaker  # "She shared the following:" after her own point
                    else:
                        speaker = speakers.resolve(said.group("speaker"), (start, end))
                    if said is not None and speaker is not None and self.not_comments.search(sentence) is None:
                        lead_speaker, lead_marker_kind = speaker, "bullet" if nxt.bulleted else "number"
                        lead_style = marker_style(block.marker) if block.kind == "list" else None
                        if re.match(r"\s*that\b", sentence[said.end() :], re.I):
                            # "… suggested that the strategy reflect the two rubrics:": the lead-in says something too
                            findings.add("comments", start, end, text=squash(sentence), speaker=speaker, question=None, kind="statement")
                        previous_speaker = None
                        continue
                if self.action_points.match(sentence) or (
                    self.business_cue.search(sentence.lower()) is not None and self.business.search(sentence) is not None
                ):
                    previous_speaker = None  # "TS to contact the dog warden.", "… moved to adjourn.": the business, no point
                    continue
                speaker = self.speaker_of(sentence, speakers, (start, end))
                if speaker is not None and self.not_comments.search(sentence) is not None:
                    speaker = None  # "X reported that …": a report, not a point made
                continued = (
                    speaker is None and previous_speaker is not None and (self.pronouns.match(sentence) or not self.speech.match(sentence))
                )
                if continued:
                    speaker = previous_speaker  # "He added that …": still their point
                if speaker is None:
                    previous_speaker = None
                    if self.impersonal.search(sentence) and self.not_comments.search(sentence) is None:
                        # "Concern was expressed about potential liability.": a point made, by no one named; "Members
                        # were informed that …" just after a question: its answer
                        answers = last_question is not None and index - last_question[1] <= 1 and self.answer_verbs.search(sentence)
                        link = last_question[0] if answers and last_question is not None else None
                        kind = "answer" if link else "statement"
                        findings.add("comments", start, end, text=squash(sentence), speaker=None, question=link, kind=kind)
                    continue
                link = None
                kind = "statement"
                if continued and previous_link is not None:
                    link, kind = previous_link, "answer"  # "She went on to say …" after an answer: still the answer
                elif (
                    last_question is not None
                    and index - last_question[1] <= 1
                    and speaker != last_question[2]
                    and self.answer_verbs.search(sentence)
                ):
                    link, kind = last_question[0], "answer"
                findings.add("comments", start, end, text=squash(sentence), speaker=speaker, question=link, kind=kind)
                previous_speaker, previous_link = speaker, link
        return doc

    def turns(self, doc: Doc, findings, speakers: Speakers, done: set[int]) -> set[int]:  # type: ignore[no-untyped-def]
        """Comments from "Name: text" turns; the blocks they took."""
        layout = doc._.layout
        text = doc._.source.text
        starts: list[tuple[int, int, int, str]] = []  # block index, turn start, text start, speaker
        roles: dict[str, str] = {}  # a speaker's role, where their label gives one
        for index, block in enumerate(layout.blocks):
            if index in done or block.start < findings.header_end or text.find(":", block.start, block.end) == -1:
                continue  # a turn is "Name: …"; a block without a colon has none
            for m in self.turn.finditer(text, block.start, block.end):
                raw = m.group("speaker")
                if raw.lower() in self.not_speakers or raw.lower().split()[0] in self.not_speakers:
                    continue
                starts.append((index, m.start(), m.end(), raw))
                if m.group("role"):
                    roles[raw] = " ".join(m.group("role").split())
        speakers_seen = Counter(raw for *_, raw in starts)
        # a lower-case label seen once, of no one present, is code or a note, not a chat nickname ("display: grid;")
        present = {word.lower() for a in findings.of("attendees") for word in str(a.fields.get("name") or "").split()}
        starts = [t for t in starts if not (t[3][0].islower() and speakers_seen[t[3]] == 1 and t[3].lower() not in present)]
        speakers_seen = Counter(raw for *_, raw in starts)
        if len(starts) < self.min_turns or speakers_seen.most_common(1)[0][1] < 2:
            return set()  # labels here and there ("Role: …"), not a conversation
        starts = self.run_in_turns(text, layout, starts, [raw for raw, n in speakers_seen.items() if n >= 2])
        taken: set[int] = set()
        self.open_question = None
        by_block: dict[int, list[tuple[int, int, int, str]]] = {}
        for turn in starts:
            by_block.setdefault(turn[0], []).append(turn)
        last_speaker: str | None = None
        presenter: str | None = None  # who gave a presentation under this heading
        for index, block in enumerate(layout.blocks):
            turns = by_block.get(index)
            if not turns:
                if last_speaker and block.kind != "heading" and self.turn_continues.match(text[block.start : block.end]):
                    if last_speaker != presenter:  # the presenter going on: the presentation, no point made
                        self.turn_comments(doc, findings, block.start, block.end, last_speaker)
                    taken.add(index)
                elif block.kind == "heading":
                    last_speaker, presenter = None, None
                    self.open_question = None
                continue
            taken.add(index)
            bounds = [t[1] for t in turns[1:]] + [block.end]
            for (_, turn_start, text_start, raw), end in zip(turns, bounds, strict=True):
                speaker = speakers.resolve(raw, (turn_start, end)) or raw
                if raw in roles:
                    findings.roles.setdefault(speaker, roles[raw])
                last_speaker = speaker
                if self.presentation_note.match(text[text_start:end]):
                    presenter = speaker  # "IanK: (Gives an intro to the API)"
                    continue
                self.turn_comments(doc, findings, text_start, end, speaker)
        return taken

    def public_speakers(self, doc: Doc, findings, speakers: Speakers, done: set[int]) -> set[int]:  # type: ignore[no-untyped-def]
        """Items of a list of public speakers ("● Nina Shah - Elm Street Block Association - on trash pickup"); the blocks taken."""
        layout = doc._.layout
        text = doc._.source.text
        taken: set[int] = set()
        for index, name, at in speaker_list(layout, self.public_speaker_headings, self.speaker_item):
            block = layout.blocks[index]
            if index in done or findings.is_claimed(block.start, block.end):
                continue
            body = text[block.body_start : block.end]
            speaker: str | None
            if name is not None:
                named = layout.blocks[at]  # remembered as a participant where the name stands
                speaker = speakers.resolve(name, (named.start, named.end)) or name
            else:
                # "• Field next to the Playing Field needed cutting.": a point from the floor. After its topic, its own
                # words may name who made it: "Dog Bin on Wretton Road – JT advised it had been installed."
                said = TOPIC_DASH.split(squash(body), maxsplit=1)[-1]
                speaker = self.speaker_of(said, speakers, (block.start, block.end))
            findings.add("comments", block.start, block.end, text=squash(body), speaker=speaker, question=None, kind="point")
            taken.add(index)
        return taken

    def run_in_turns(
        self, text: str, layout: Layout, starts: list[tuple[int, int, int, str]], known: list[str]
    ) -> list[tuple[int, int, int, str]]:
        """Turns run on after a sentence with one space ("Saltzman: Relative to? Adams: Because …").

        Only a label already seen to start turns counts there: after a single space a capitalised word and a colon
        is as often a label inside a sentence ("Note: …").
        """
        if not known:
            return starts
        run_in = re.compile(rf"(?<=[.?!\d] )(?P<speaker>{rules.words(known)}):[ \t]+(?=\S)")
        found = {turn[1] for turn in starts}
        added = [
            (index, m.start(), m.end(), m.group("speaker"))
            for index in sorted({turn[0] for turn in starts})
            for m in run_in.finditer(text, layout.blocks[index].start, layout.blocks[index].end)
            if m.start() not in found
        ]
        return sorted(starts + added, key=lambda turn: turn[1]) if added else starts

    def turn_comments(self, doc: Doc, findings, start: int, end: int, speaker: str) -> None:  # type: ignore[no-untyped-def]
        """A turn's sentences: one question when a short turn asks, else comments (answers to a question just put)."""
        text = doc._.source.text
        kept: list[tuple[int, int, str]] = []
        for s_start, s_end in doc._.sentences.within(start, end):
            sentence = text[s_start:s_end].strip()
            lead = len(sentence) - len(self.turn_continues.sub("", sentence))
            if not any(ch.isalnum() for ch in sentence) or findings.is_claimed(s_start, s_end):
                continue
            body = squash(sentence[lead:])
            asks = body.endswith("?") or self.turn_interrogative.search(body) is not None
            if self.not_turn_comments.search(body) or (asks and self.not_turn_questions.search(body)):
                continue  # "Thank you.", "My name is …", "Is there a second?"
            kept.append((s_start + lead, s_end, body))
        if not kept:
            if self.open_question is not None and self.open_question[1] != speaker:
                self.open_question = None  # another speaker took the business on ("Item 58 roll."): the question is behind us
            return
        asking = [self.turn_question.search(body) is not None or self.turn_interrogative.search(body) is not None for *_, body in kept]
        if any(asking) and len(kept) <= self.max_question_turn:
            q = findings.add(
                "questions",
                kept[0][0],
                kept[-1][1],
                number=None,
                text=squash(text[kept[0][0] : kept[-1][1]]),  # the turn as printed, a courtesy inside it too
                asked_by=speaker,
                answered_by=None,
                kind="reported",
            )
            self.open_question = (q.key, speaker)
            return
        answering = False
        for (s_start, s_end, body), asks in zip(kept, asking, strict=True):
            if asks and self.turn_question.search(body):
                q = findings.add("questions", s_start, s_end, number=None, text=body, asked_by=speaker, answered_by=None, kind="reported")
                self.open_question = (q.key, speaker)
                continue
            # The next speaker's turn answers the question put before it.
            link = None
            if self.open_question is not None and self.open_question[1] != speaker:
                link = self.open_question[0]
                answering = True
            kind = "answer" if link else "statement"
            findings.add("comments", s_start, s_end, text=body, speaker=speaker, question=link, kind=kind)
        if not answering and self.open_question is not None and self.open_question[1] == speaker:
            # Everyone who speaks after a question answers it (GOLD-FORMAT links each answer, not only the
            # first) until its asker speaks on without asking again.
            self.open_question = None

    def question_comment(self, findings, question, start: int, end: int, sentence: str, speakers: Speakers) -> None:  # type: ignore[no-untyped-def]
        """The comment a sentence that reports a question makes too, if any."""
        # "In response to a question from X, the Director confirmed …", or "A governor asked when … and
        # Heather Poustie advised that …": the question, and its answer in the same sentence.
        responds = re.match(r"^in (?:response|answer|reply) to", sentence, re.I) is not None
        answerer = self.speaker_of(sentence, speakers) if responds else self.answerer_in(sentence, speakers, (start, end))
        if responds or (answerer is not None and answerer != question.fields.get("asked_by")):
            speaker, answers = answerer, True
        elif (speech := self.speech.match(sentence)) is not None and speech.group("verb").lower() not in self.no_point_verbs:
            # "Councillor Cole welcomed the crossing and asked if …": a point made, and a question.
            # "Following a query, JM advised that …": someone else's answer to the question it reports.
            speaker = speakers.resolve(speech.group("speaker"))
            answers = speaker != question.fields.get("asked_by") and self.answer_verbs.search(speech.group("verb")) is not None
        else:
            return
        findings.add(
            "comments",
            start,
            end,
            claim=False,
            text=squash(sentence),
            speaker=speaker,
            question=question.key if answers else None,
            kind="answer" if answers else "statement",
        )

    def item_answers(  # type: ignore[no-untyped-def]
        self, findings, item: list[tuple[int, int]], text: str, questions_by_start: dict, speakers: Speakers, lead_speaker: str | None
    ) -> None:
        """A list item that reports a question: the question is no point made, the sentences after it answer it."""
        question = None
        for start, end in item:
            sentence = text[start:end]
            if start in questions_by_start:
                question = questions_by_start[start]
                self.question_comment(findings, question, start, end, sentence, speakers)
                continue
            if findings.is_claimed(start, end) or not sentence.strip():
                continue
            speaker = self.speaker_of(sentence, speakers, (start, end)) or lead_speaker
            link = question.key if question is not None and speaker != question.fields.get("asked_by") else None
            findings.add(
                "comments",
                start,
                end,
                text=squash(sentence),
                speaker=speaker,
                question=link,
                kind="answer" if link else "point",
            )

    def answerer_in(self, sentence: str, speakers: Speakers, at: tuple[int, int]) -> str | None:
        """Who answers in the clause after a question in the same sentence ("…, to which the Director responded …")."""
        answered = self.answer_clause.search(sentence)
        return speakers.resolve(answered.group("answerer"), at) if answered is not None else None

    def speaker_of(self, sentence: str, speakers: Speakers, at: tuple[int, int] | None = None) -> str | None:
        m = self.speech.match(sentence)
        if m is None:
            return None
        return speakers.resolve(m.group("speaker"), at)


@Language.factory("minutes_comments", default_config={"rules_dir": None})
def make_comment_finder(nlp: Language, name: str, rules_dir: str | None) -> CommentFinder:
    return CommentFinder(nlp, name, rules_dir)
