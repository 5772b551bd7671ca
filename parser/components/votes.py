"""minutes_votes: motions put to the meeting — mover, seconder, result, counts and named voters.

A vote starts at a sentence that moves or seconds a motion, gives numbers
("carried 5-2", "34 In Favor 1 Opposed"), a roll call ("Ayes: A, B"), or
records a decision taken by all ("unanimously agreed"). A motion sentence
without a result takes the result from the next sentence or block when that
one only reports it ("The motion carried 4-0."). What is inferred rather
than read (a result from the numbers alone) is listed in ``assumptions``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .. import rules
from ..layout import Layout, layout_rules
from ..people import people_rules, split_people
from ..readers.base import CELL_SEPARATOR
from .items import TRAILING_REF
from .speakers import Speakers
from .text import squash

# A heading's own number ("282. Remote meetings …"): not part of its title (nor is its "(Item 13)", TRAILING_REF).
LEADING_NUMBER = re.compile(r"^\s*\d{1,4}[.)]\s+")
DIGIT = re.compile(r"\d")
WORD = re.compile(r"[a-z]+")
# A line that is only a count: "For (12)", "Against (42)", "Abstain (7)".
TALLY_HEADING = re.compile(r"^(?:for|against|abstain\w*|in favou?r|opposed|ayes|noes|yeas|nays)\s*[:(]?\s*\d{1,3}\)?$", re.I)
NONE_NAMES = re.compile(r"^\s*(?:none|nil|n/a|-)\s*$", re.I)


@dataclass
class Motion:
    start: int
    end: int
    motion: str
    mover: str | None = None
    seconder: str | None = None
    result: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    voters: dict[str, list[str]] = field(default_factory=dict)
    unanimous: bool = False
    assumptions: list[str] = field(default_factory=list)
    titled: bool = False  # the motion's words are the heading or list item the vote stands under


class VoteFinder:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        self.name = name
        self.people = people_rules(rules_dir)
        data = rules.load("votes", rules_dir)
        self.trigger = rules.cue(data["trigger"])
        self.mover_trigger = rules.cue(data["mover_trigger"])
        self.movers = [rules.regex(p) for p in data["movers"]]
        self.passed = rules.regex(data["pass"])
        self.failed = rules.regex(data["fail"])
        self.withdrawn = rules.regex(data["withdrawn"])
        self.motion_words = rules.regex(data["motion_words"])
        self.unanimous = rules.regex(data["unanimous"])
        self.dash_counts = rules.regex(data["dash_counts"])
        self.dash_context = rules.regex(data["dash_context"])
        number = rules.words(list(data["number_words"]))
        # Numbers are mostly figures: the patterns that also read words run only where a number word is.
        self.counts = [(c["key"], rules.regex(c["pattern"].replace("{number}", "(?!)"))) for c in data["counts"]]
        self.word_counts = [(c["key"], rules.regex(c["pattern"].replace("{number}", rf"\b(?:{number})"))) for c in data["counts"]]
        self.yes_short = re.compile(data["yes_short"])
        self.item_before = re.compile(data["item_before"])
        self.item_note = rules.regex(data["item_note"])
        self.tally_window = data["tally_window"]
        self.voter_lists = [(c["key"], rules.regex(c["pattern"])) for c in data["voter_lists"]]
        self.dash_third: dict[str, str] = data["dash_third"]
        self.puts_vote = rules.regex(data["puts_vote"])
        self.conditional = rules.regex(data["conditional"])
        self.moved_motion = re.compile(data["moved_motion"])
        self.number_words: dict[str, int] = data["number_words"]
        self.tally_words = frozenset(data["tally_words"])
        # The words of a tally, of who moved, and counts in words: none of them says what was moved.
        self.no_motion_words = self.tally_words | frozenset(data["mover_words"]) | frozenset(self.number_words)
        self.minor_words = layout_rules(rules_dir).minor_words  # a line ending on one ("… the authority of") goes on
        self.refers_back = rules.regex(data["refers_back"])
        self.notice_words = rules.regex(data["notice_words"])
        self.notice_mover = [rules.regex(p) for p in data["notice_mover"]]
        self.result_cell = rules.regex(data["result_cell"])
        self.row_label = rules.regex(data["row_label"])
        self.row_lines = data["row_lines"]
        self.rules_dir = rules_dir

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        findings = doc._.findings
        text = doc._.source.text
        speakers = Speakers(findings, self.rules_dir)
        units: list[tuple[int, int, int, int]] = []  # sentence start, end, how many headings came before it, its block
        attendance = [(s.start, s.end) for s in findings.sections if s.name == "attendance"]
        headings = 0
        for index, block in enumerate(layout.blocks):
            if block.kind == "heading":
                label = text[block.start : block.end].rstrip()
                if TALLY_HEADING.match(label) and block.start >= findings.header_end:
                    # "Abstain (7)" printed on a line of its own, which layout took for a heading: a tally line
                    units.append((block.start, block.end, headings, index))
                    continue
                # a label ("Proposed Amount:") inside a motion's text starts no new matter
                headings += not label.endswith(":")
                continue
            if block.start < findings.header_end or any(a <= block.start < b for a, b in attendance):
                continue
            for start, end in doc._.sentences.within(block.body_start, block.end):
                units.append((start, end, headings, index))
        motions = self.table_rows(layout, findings.header_end, attendance, text)
        in_rows = [(m.start, m.end) for m in motions]
        last_motion: tuple[int, Motion] | None = None  # the motion a following tally may belong to, and where it was
        last_put: int | None = None  # the last sentence that put a motion to the vote
        for i, (start, end, section, block_index) in enumerate(units):
            if any(a <= start < b for a, b in in_rows):
                continue
            sentence = text[start:end]
            if not self.trigger.search(sentence.lower()) or self.conditional.search(sentence):
                continue
            if self.yes_short.search(sentence):
                # the first item may begin a sentence or two before its mark ("… Contract No. 32000289)  (Y-5)")
                motions.extend(self.item_votes(text, start, end, units[max(0, i - 2)][0]))
                continue
            if self.puts_vote.search(sentence):
                last_put = i  # "… put to the vote the amendment and the voting was as follows:" then "For (12)"
            vote_put = last_put is not None and i - last_put <= self.tally_window
            result = self.result_of(sentence)
            counts, voters = self.read_counts(sentence, speakers, result, vote_put)
            motion = self.read(sentence, start, end, speakers, result, counts, voters)
            if motion is None:
                # "Absent: Board Member Stone." after a roll-call vote belongs to it, but is no vote alone.
                # So is "Abstain (7)" after a sentence that put the vote.
                put_here = vote_put and last_motion is not None and last_put is not None and last_put >= last_motion[0]
                near = last_motion is not None and units[last_motion[0]][2] == section and i - last_motion[0] <= self.tally_window
                if (voters or (put_here and counts)) and last_motion is not None and (near or put_here):
                    for key, names in voters.items():
                        last_motion[1].voters.setdefault(key, names)
                    for key, value in counts.items():
                        last_motion[1].counts.setdefault(key, value)
                    last_motion[1].end = max(last_motion[1].end, end)
                continue
            head, line_break, last_line = sentence.rstrip().rpartition("\n")
            last_line = last_line.strip()
            tally_line = last_line[:1].isupper() and DIGIT.search(last_line) is not None and self.bare_tally(last_line)
            head_words = head.split()
            head_ends_phrase = len(head_words) >= 3 and head_words[-1].lower() not in self.minor_words
            if line_break and motion.mover is None and tally_line and head_ends_phrase:
                # "3. 45 West Broadway, … new application for a / on premise full liquor license – Resolution /
                # Voted was 37 in favor, 0 opposed": a tally on a line of its own, wrapped into the lines above it
                # (no full stop between them), votes on what those lines say.
                motion.motion, motion.titled = squash(head), True
            stated = self.stated_motion(sentence)
            tally_only = motion.mover is None and (bool(motion.voters) or not stated or self.puts_vote.search(sentence) is not None)
            same_item = (
                last_motion is not None
                and units[last_motion[0]][2] == section
                # a list item between them is a new matter: "1. … / Voted 37 in favor / 2. … / Voted 35 in favor"
                # (but not one that puts the motion above to the vote: "(8) … the Chairman put to the vote the amendment")
                and not any(
                    layout.blocks[k].kind == "list" and not self.puts_vote.search(text[layout.blocks[k].start : layout.blocks[k].end])
                    for k in range(units[last_motion[0]][3] + 1, block_index)
                )
            )
            # A bare result ("Amendment lost.") belongs to the motion above that awaits one, however long its text.
            awaiting = last_motion is not None and last_motion[1].result is None and not motion.counts and not motion.voters
            # A tally right after a sentence that put the vote ("For (12)", "Abstain (7)") is that motion's, across labels.
            put_here = vote_put and last_motion is not None and last_put is not None and last_put >= last_motion[0]
            if (
                tally_only
                and last_motion is not None
                and (same_item or put_here)
                and (i - last_motion[0] <= self.tally_window or awaiting or put_here)
            ):
                # "For (57) … Against (0)" / "Motion carried." / "Ayes: …": the result of the motion moved above.
                waiting = last_motion[1]
                waiting.end = max(waiting.end, end)
                waiting.result = waiting.result or motion.result
                waiting.seconder = waiting.seconder or motion.seconder
                for key, value in motion.counts.items():
                    waiting.counts.setdefault(key, value)
                for key, names in motion.voters.items():
                    waiting.voters.setdefault(key, names)
                waiting.unanimous = waiting.unanimous or motion.unanimous
                continue
            opens_block = start == layout.blocks[block_index].body_start
            # ("Approved – PWh Seconded – RW" under "4 Approval of Previous Minutes" likewise)
            if opens_block and ((tally_only and self.bare_tally(sentence)) or (motion.mover and not stated)):
                # "Vote was passed by 26 in favor, 7 opposed" under "1. Enforcement of Parking Regulations":
                # the vote is on what the heading or list item above it names.
                self.take_title(motion, layout, block_index, text)
            elif motion.mover and not stated and i > 0 and units[i - 1][3] == block_index and not (last_motion and last_motion[0] == i - 1):
                # "The minutes of … were approved.  Prop. JT, 2nd DC, five agreed": the sentence before the
                # proposer, in the same paragraph, says what was voted on.
                before_start, before_end = units[i - 1][0], units[i - 1][1]
                if self.stated_motion(text[before_start:before_end]):
                    motion.motion, motion.start = squash(text[before_start:before_end]), before_start
            if opens_block and self.refers_back.search(sentence):
                self.take_quoted(motion, layout, block_index, text)
            if motion.mover is None and motion.seconder and not stated:
                self.take_notice(motion, layout, block_index, text, speakers)
            quote_runs_on = sentence.count("“") > sentence.count("”") and not quote_closes_soon(text, end)
            if motion.mover is not None and quote_runs_on:
                # "Mr Meade proposed, and Mr Cannon seconded the motion that “The County Council resolves; 1. To …":
                # a quotation of many parts, named by its heading
                motion.motion = self.heading_title(layout, block_index, text) or motion.motion
            elif sentence.rstrip().endswith(":") and motion.mover is not None:
                # "Mr Brady proposed, and Ms Meade seconded the following amendment:" then the amendment's words
                self.take_following(motion, layout, block_index, text)
            motions.append(motion)
            last_motion = (i, motion)
        resolutions = findings.of("resolutions")
        starts = sorted(m.start for m in motions)
        for motion in motions:
            if motion.result is None and (motion.mover or motion.seconder):
                # "Proposed by Councillor Galvin; Seconded by Councillor Collins;" / "And Resolved:" / "“That …”":
                # a decision recorded right after a motion, before any other, is what it carried, in its words.
                following = next((s for s in starts if s > motion.start), len(text))
                carried = next(
                    (r for r in resolutions if motion.end <= r.start < min(motion.end + 200, following)),
                    None,
                )
                if carried is not None:
                    motion.result = "pass"
                    motion.assumptions.append("passed: a resolution follows it")
                    if not self.stated_motion(motion.motion):
                        motion.motion = str(carried.fields["text"])
            if (
                motion.result is None
                and motion.unanimous
                and (motion.mover or motion.seconder)
                and not self.withdrawn.search(text[motion.start : motion.end])
            ):
                # "Prop. MT, 2nd SC, all in favour." / "M/S Hyman/Radding Unanimous.": moved, and all voted for it
                motion.result = "pass"
                motion.assumptions.append("passed: moved, and all in favour")
            # The decision a vote carried: one it overlaps, or one recorded right after it ("… carried. RESOLVED: …"),
            # before the next vote begins.
            next_vote = next((s for s in starts if s > motion.start), len(text))
            decided = next(
                (
                    r
                    for r in resolutions
                    if motion.result == "pass"
                    and r.end > motion.start
                    and r.start < min(motion.end + 200, next_vote)
                    # a vote on a titled matter decides only what lies within it, not a long sentence around it
                    and (not motion.titled or r.start >= motion.start)
                ),
                None,
            )
            within = decided is not None and decided.start >= motion.start and decided.end <= motion.end
            if decided is not None and within and motion.titled and motion.mover is None:
                # "Vote was passed by 26 in favor …" found as a decision: what was decided is the heading's matter.
                decided.start, decided.fields["text"] = motion.start, motion.motion
            if decided is not None and decided.start < motion.start and decided.end >= motion.end:
                # "X moved approval of the minutes." / "Y seconded the motion, which carried …": the decision
                # reaches back to the motion's words, and so does the vote
                motion.motion, motion.start = str(decided.fields["text"]), decided.start
            if decided is None and motion.titled and motion.result == "pass":
                # What the heading names was decided: the heading's words are the decision's.
                decided = findings.add("resolutions", motion.start, motion.end, claim=False, number=None, text=motion.motion, marker=None)
            # "X stated …; moved final passage of the Ordinance." "Y seconded the motion, which carried …": the
            # motion and its mover are in the sentence that opens the vote's, or in the one before it
            sentences = doc._.sentences
            at = bisect_right(sentences.starts, motion.start) - 1 if motion.mover is None else -1
            for a, b in [(sentences.starts[k], sentences.ends[k]) for k in (at, at - 1) if k >= 0]:
                moved = self.moved_motion.search(text[a:b])
                mover = speakers.resolve(moved.group("mover"), (a, b)) if moved else None
                if moved is not None and mover is not None:
                    motion.mover, motion.motion, motion.start = mover, squash(moved.group("motion")).rstrip(" ."), min(a, motion.start)
                    break
            findings.add(
                "votes",
                motion.start,
                motion.end,
                claim=False,
                motion=motion.motion,
                mover=motion.mover,
                seconder=motion.seconder,
                result=motion.result,
                counts=motion.counts,
                voters=motion.voters,
                unanimous=motion.unanimous,
                resolution=decided.key if decided else None,
                assumptions=motion.assumptions,
                warnings=[],
            )
        return doc

    def table_rows(self, layout: Layout, header_end: int, skip: list[tuple[int, int]], text: str) -> list[Motion]:
        """Votes of a table with a result column: one per line that ends in a result cell."""
        lines = [line for line in layout.lines if not line.furniture and line.start >= header_end]
        motions: list[Motion] = []
        row_start = 0  # index of the first line after the row above
        for index, line in enumerate(lines):
            if not (line.text[-1].isdigit() or line.text[-1] in ")aA"):
                continue  # a result cell ends in its count ("41-0", "40-0-1(PNE)") or "N/A"
            cell = self.result_cell.search(line.text)
            if cell is None or any(a <= line.start < b for a, b in skip):
                continue
            first = index
            for back in range(index, max(row_start, index - self.row_lines) - 1, -1):
                if self.row_label.match(lines[back].text):
                    first = back
                    break
            row_start = index + 1
            start = lines[first].start
            end = line.start + cell.start("result")
            label = self.row_label.match(lines[first].text)
            matter = squash(text[start + (label.end() if label else 0) : end])
            if len(matter.split()) < 2:
                continue  # "Approved   41-0" alone: the matter is elsewhere
            motion = Motion(start, line.end, matter, titled=True)
            motion.result = self.result_of(cell.group("result"))
            counts, _ = self.read_counts(cell.group(0), None, motion.result)
            motion.counts = counts
            motions.append(motion)
        return motions

    def take_following(self, motion: Motion, layout: Layout, block_index: int, text: str) -> None:
        """Make the block after a motion's announcement ("… seconded the following amendment:") its motion.

        A motion of many parts is named by the heading it stands under.
        """
        if block_index + 1 >= len(layout.blocks):
            return
        nxt = layout.blocks[block_index + 1]
        if (
            text[nxt.start : nxt.end].rstrip().endswith(":")
            and len(text[nxt.start : nxt.end].split()) <= 4
            and block_index + 2 < len(layout.blocks)
        ):
            nxt = layout.blocks[block_index + 2]  # "Proposed Purpose:" labels the words that follow
        words = squash(text[nxt.body_start : nxt.end]).strip('“”"')
        if len(words.split()) < 3:
            return
        motion.motion = words
        motion.end = max(motion.end, nxt.end)
        after = layout.blocks[layout.blocks.index(nxt) + 1] if nxt is not layout.blocks[-1] else None
        announced = text[motion.start : layout.blocks[block_index].end]
        quote_runs_on = announced.count("“") > announced.count("”") and "”" not in text[nxt.start : nxt.end]
        if quote_runs_on or (nxt.bulleted and after is not None and after.bulleted):
            # A motion of many parts ("… seconded the motion that “This County Council resolves to:" / "• Agree …"
            # / "• Write to …"): GOLD-FORMAT names it by its heading ("Motion for Time Limited Debate 1 – …").
            title = self.heading_title(layout, block_index, text)
            if title:
                motion.motion = title

    def heading_title(self, layout: Layout, block_index: int, text: str) -> str | None:
        """The title of the nearest heading above a block ("Motion for Time Limited Debate 1 – …"), number and
        item reference left out; headings that are only a reference ("(Item 9)") are passed over."""
        for block in reversed(layout.blocks[:block_index]):
            if block.kind != "heading":
                continue
            first_line = text[block.body_start : block.lines[0].end]
            title = squash(LEADING_NUMBER.sub("", TRAILING_REF.sub("", first_line))).strip(" :.-–—")
            if len(title.split()) >= 2:
                return title
        return None

    def take_quoted(self, motion: Motion, layout: Layout, block_index: int, text: str) -> None:
        """Make the quoted words in the paragraphs just above (up to three) the motion."""
        quoted = layout.quoted_above(block_index)
        if quoted is not None:
            motion.motion = squash(text[quoted.body_start : layout.blocks[block_index - 1].end])
            motion.start = quoted.start

    def take_notice(self, motion: Motion, layout: Layout, block_index: int, text: str, speakers: Speakers) -> None:
        """A bare "X seconded the Motion." under a notice of motion: the notice's words, and who moved it.

        The blocks above are read back to the item's heading: the nearest "I will move … that …" gives
        the words, and "In proposing the Motion, X …" or the heading's "submitted by X" the mover.
        """
        words: tuple[str, int] | None = None
        mover = None
        for back in range(block_index - 1, max(block_index - 8, -1), -1):
            block = layout.blocks[back]
            body = squash(text[block.body_start : block.end])
            if words is None and (m := self.notice_words.search(body)):
                words = (m.group("motion"), block.start)
            for pattern in self.notice_mover if mover is None else ():
                if found := pattern.search(body):
                    mover = speakers.resolve(found.group("mover"))
                    break
            if block.kind == "heading":
                break
        if words is not None:
            motion.motion, motion.start = words
            motion.mover = mover

    def bare_tally(self, sentence: str) -> bool:
        """Whether the sentence is a tally and nothing else: "Vote was passed by 26 in favor, 7 opposed"."""
        return len([w for w in re.findall(r"[A-Za-z]+", sentence) if w.lower() not in self.tally_words]) <= 2

    def take_title(self, motion: Motion, layout: Layout, block_index: int, text: str) -> None:
        """Make the heading or list item right above a vote's block its motion, over short lines between."""
        blocks = layout.blocks
        index = block_index - 1
        while index >= 0 and CELL_SEPARATOR in text[blocks[index].start : blocks[index].end]:
            index -= 1
        if index < block_index - 1:
            # A table just above ("Payment of Bills | Nett | VAT", "Total | £420.42 | …"), whose bold rows look
            # like headings: the vote is on the sentence that introduced it ("That the following payments are approved:").
            intro = squash(text[blocks[index].body_start : blocks[index].end]) if index >= 0 else ""
            if blocks[index].kind == "para" and intro.endswith(":") and len(intro.split()) >= 3:
                motion.motion, motion.start, motion.titled = intro, blocks[index].start, True
            return
        while index >= 0 and blocks[index].kind == "para" and len(text[blocks[index].start : blocks[index].end].split()) <= 3:
            index -= 1  # "Resolution" wrapped onto a line of its own
        if index < 0 or blocks[index].kind not in ("heading", "list"):
            return
        above = blocks[index]
        title = squash(text[above.body_start : blocks[block_index - 1].end])
        if len(title.split()) < 2:
            return
        motion.motion, motion.start, motion.titled = title, above.start, True

    def read(
        self,
        sentence: str,
        start: int,
        end: int,
        speakers: Speakers,
        result: str | None,
        counts: dict[str, int],
        voters: dict[str, list[str]],
    ) -> Motion | None:
        """The vote a sentence records, or None; ``result``, ``counts`` and ``voters`` are read from it already."""
        mover = seconder = None
        for pattern in self.movers if self.mover_trigger.search(sentence.lower()) else ():
            m = pattern.search(sentence)
            if m:
                groups = m.groupdict()
                mover = speakers.resolve(groups.get("mover"), (start, end)) or _tidy(groups.get("mover"))
                seconder = speakers.resolve(groups.get("seconder"), (start, end)) or _tidy(groups.get("seconder"))
                break
        unanimous = bool(self.unanimous.search(sentence))
        has_motion = mover is not None or bool(self.motion_words.search(sentence))
        decided_by_all = unanimous and result == "pass"
        tallied = "yes" in counts or "no" in counts
        if not (mover or seconder or tallied or decided_by_all or (has_motion and result is not None)):
            return None  # "Absent: X" alone is a roll call, not a vote
        motion = Motion(start, end, squash(sentence), mover, seconder, result, counts, voters, unanimous)
        yes, no = counts.get("yes"), counts.get("no")
        if motion.result is None and yes is not None and no is not None and yes != no:
            motion.result = "pass" if yes > no else "fail"
            motion.assumptions.append("result inferred from the counts")
        return motion

    def stated_motion(self, sentence: str) -> bool:
        """Whether the sentence says what was moved, not only how the vote went.

        A list of voters' names ("Mr Baldock, Mr Brady, … Dr Sullivan" / "Against (42)") says nothing moved.
        """
        if len(self.people.titled_name.findall(sentence)) >= 4 and sentence.count(",") >= 3:
            return False
        words = [w for w in re.findall(r"[A-Za-z]+", sentence) if w.lower() not in self.no_motion_words]
        return len(words) >= 6

    def item_votes(self, text: str, start: int, end: int, before_start: int) -> list[Motion]:
        """One vote per "(Y-5)" mark, on the item whose text precedes it.

        The first mark's item may begin in the sentence before (``before_start``):
        "*43 Authorize a grant …" / "(Ordinance)  (Y-5) 184350".
        """
        out = []
        previous_end = start
        for m in self.yes_short.finditer(text, start, end):
            starts = list(self.item_before.finditer(text, previous_end, m.start()))
            if not starts and previous_end == start:
                starts = list(self.item_before.finditer(text, before_start, m.start()))
            begin = starts[-1].end() if starts else previous_end
            motion_text = self.item_note.sub("", squash(text[begin : m.start()]))
            previous_end = m.end()
            if len(motion_text.split()) < 3:
                continue  # the item's words are not beside its mark; no vote to report on nothing
            vote = Motion(begin, m.end(), motion_text, counts={"yes": int(m.group("n"))}, titled=True)
            vote.result = self.result_of(text[m.end() : m.end() + 40])
            if vote.result is None:
                vote.result = "pass"
                vote.assumptions.append("result inferred from the yes votes with none against")
            out.append(vote)
        return out

    def result_of(self, sentence: str) -> str | None:
        if self.withdrawn.search(sentence):
            return None
        if self.failed.search(sentence):
            return "fail"
        if self.passed.search(sentence):
            return "pass"
        return None

    def read_counts(
        self, sentence: str, speakers: Speakers | None = None, result: str | None = None, vote_put: bool = False
    ) -> tuple[dict[str, int], dict[str, list[str]]]:
        """Counts and named voters; numbers are read only in a sentence about a vote, or just after one that put it."""
        counts: dict[str, int] = {}
        voters: dict[str, list[str]] = {}
        # Roll-call lists are "Ayes: …" or "Noes – …"; without such a separator there are none to look for.
        lists = self.voter_lists if (":" in sentence or "–" in sentence or " - " in sentence) else ()
        for key, pattern in lists:
            m = pattern.search(sentence)
            if m:
                names_text = m.group("names")
                if NONE_NAMES.match(names_text):
                    counts[key] = 0
                    continue
                names = [(speakers.resolve(p.name) if speakers else None) or p.name for p in split_people(names_text)]
                if names:
                    voters[key] = names
                    counts[key] = len(names)
        in_words = not self.number_words.keys().isdisjoint(WORD.findall(sentence.lower()))
        if not (in_words or DIGIT.search(sentence)) or not (result or vote_put or self.motion_words.search(sentence)):
            return counts, voters  # no numbers, or numbers in a sentence about something else
        for key, pattern in self.word_counts if in_words else self.counts:
            if key in counts:
                continue
            m = pattern.search(sentence)
            if m:
                value = next(g for g in m.groupdict().values() if g)
                counts[key] = int(value) if value.isdigit() else self.number_words[value.lower()]
        if "yes" not in counts and self.dash_context.search(sentence):
            m = self.dash_counts.search(sentence)
            if m and not re.search(r"\d{4}-\d{1,5}", m.group(0)):
                counts["yes"], counts["no"] = int(m.group("yes")), int(m.group("no"))
                if m.group("abstain"):
                    third = self.dash_third.get((m.group("third") or "").lower(), "abstain")
                    counts[third] = int(m.group("abstain"))
        return counts, voters


def _tidy(raw: str | None) -> str | None:
    if not raw:
        return None
    return " ".join(raw.split()).strip(" ,.;:") or None


def quote_closes_soon(text: str, end: int) -> bool:
    """Whether a quotation opened before ``end`` closes within a sentence's reach after it (300 characters)."""
    close = text.find("”", end)
    return close != -1 and close - end <= 300


@Language.factory("minutes_votes", default_config={"rules_dir": None})
def make_vote_finder(nlp: Language, name: str, rules_dir: str | None) -> VoteFinder:
    return VoteFinder(nlp, name, rules_dir)
