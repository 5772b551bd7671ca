"""minutes_meeting: the body, date, times and venue, from the header of the minutes."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from .. import rules

MONTHS = {m[:3]: i for i, m in enumerate(rules.load("meeting")["months"], 1)}
TIME = re.compile(r"(?P<h>\d{1,2})(?:[.:](?P<m>\d\d))?\s*(?P<ap>[ap])?", re.I)


def parse_date(m: re.Match[str], order: str = "dmy") -> str | None:
    """An ISO date from a match of one of the date patterns, or None if it is no real date."""
    groups = m.groupdict()
    try:
        year = int(groups["year"])
        if year < 100:
            year += 2000 if year < 50 else 1900
        if groups.get("month"):
            month = MONTHS[groups["month"][:3].lower()]
            day = int(groups["day"])
        elif groups.get("mm"):
            month, day = int(groups["mm"]), int(groups["day"])
        else:
            a, b = int(groups["a"]), int(groups["b"])
            if a > 12 or (order == "dmy" and b <= 12):
                day, month = a, b
            else:
                month, day = a, b
        return date(year, month, day).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


def parse_time(text: str) -> str | None:
    m = TIME.match(text.strip())
    if not m:
        return None
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if m.group("ap") and m.group("ap").lower() == "p" and hour < 12:
        hour += 12
    if m.group("ap") and m.group("ap").lower() == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


class MeetingReader:
    def __init__(self, nlp: Language, name: str, rules_dir: str | None = None) -> None:
        data = rules.load("meeting", rules_dir)
        self.header_lines = data["header_lines"]
        self.header_sentence_words = data["header_sentence_words"]
        self.header_like = rules.regex(data["header_like"])
        self.order = data["numeric_order"]
        self.dates = [rules.regex(p) for p in data["dates"]]
        self.body_phrases = [rules.regex(p) for p in data["body_phrases"]]
        self.body_words = rules.regex(data["body_words"])
        self.not_body = rules.regex(data["not_body"])
        self.body_trailing = rules.regex(data["body_trailing"])
        self.specific_body = rules.regex(data["specific_body_words"])
        self.start_time = [rules.regex(p) for p in data["start_time"]]
        self.end_time = [rules.regex(p) for p in data["end_time"]]
        self.venue = [rules.regex(p, re.M) for p in data["venue"]]

    def find_date(self, text: str) -> tuple[str, int, int] | None:
        best: tuple[str, int, int] | None = None
        for pattern in self.dates:
            for m in pattern.finditer(text):
                iso = parse_date(m, self.order)
                if iso and (best is None or m.start() < best[1]):
                    best = (iso, m.start(), m.end())
                    break
        return best

    def __call__(self, doc: Doc) -> Doc:
        layout = doc._.layout
        findings = doc._.findings
        text = doc._.source.text
        # The header: up to the first section, numbered item or long paragraph.
        header_end = 0
        for block in layout.blocks:
            if block.line > self.header_lines:
                break
            # A bare "MINUTES" title does not end the header; a numbered item or the attendance does.
            if block.number or any(s.start == block.start and s.name not in ("other", "minutes") for s in findings.sections):
                break
            if block.kind != "heading":
                body = text[block.start : block.end]
                if len(body) > 200 or (
                    body.rstrip().endswith(".") and len(body.split()) >= self.header_sentence_words and not self.header_like.search(body)
                ):
                    break
            header_end = block.end
        header_end = max(header_end, doc._.source.front_matter_end)  # front matter is the header, however long
        findings.header_end = header_end
        header = text[:header_end]
        meeting: dict[str, object] = {}
        lines = [ln for ln in layout.lines if ln.end <= header_end] or layout.lines[:1]
        # The date: in the header's own lines first, then the front matter's "date:" and "title:", then its
        # other keys ("created: 27/1/2011" is when the page was made, not the meeting).
        front = doc._.source.front_matter_end
        candidates = sorted(
            lines,
            key=lambda ln: (ln.start < front, not ln.text.lower().startswith(("date:", "title:"))),
        )
        for line in candidates:
            found = self.find_date(line.text)
            if found:
                meeting["date"] = found[0]
                break
        else:
            # A date broken over two lines ("… 3rd" / "September 2019").
            found = self.find_date(" ".join(line.text for line in lines if not line.text.lower().startswith("date:")))
            if found:
                meeting["date"] = found[0]
        body = self.find_body(lines)
        if body:
            meeting["body"] = body
        for key, patterns in (("start_time", self.start_time), ("end_time", self.end_time)):
            scope = header if key == "start_time" else text[-3000:]
            for pattern in patterns:
                m = pattern.search(scope)
                if m and parse_time(m.group("time")):
                    meeting[key] = parse_time(m.group("time"))
                    break
        for pattern in self.venue:
            m = pattern.search(header)
            if m:
                meeting["venue"] = m.group("venue").strip()
                break
        findings.meeting = meeting
        if header_end:
            findings.meeting_span = (layout.lines[0].start, header_end)
        return doc

    def find_body(self, lines: list) -> str | None:  # type: ignore[type-arg]
        texts = [line.text for line in lines if not line.text.lower().startswith(("title:", "date:", "type:"))]
        # Line by line, then the header as one text: "… MEETING OF THE MUNICIPAL DISTRICT" / "OF NEWCASTLE WEST HELD IN …"
        for candidate in [*texts, " ".join(texts)]:
            for pattern in self.body_phrases:
                m = pattern.search(candidate)
                if m and self.body_words.search(m.group("body")):
                    return self.tidy(m.group("body"))
        candidates = []
        for line in lines:
            if line.text.lower().startswith(("title:", "date:", "type:")):
                continue
            for candidate in re.split(r"\s+[–—-]\s+|[–—]\s*|,\s+(?=\w+day\b|\d)", line.text):
                if self.body_words.search(candidate) and not self.not_body.search(candidate) and len(candidate) <= 100:
                    candidates.append(candidate)
        # A committee named under its council's name is the body (GOLD-FORMAT.md: not the parent authority).
        specific = [c for c in candidates if self.specific_body.search(c)]
        chosen = (specific or candidates or [None])[0]
        if chosen is None:
            # Last, a front-matter title: "title: Transparency Board Minutes 11th January 2011".
            for line in lines:
                if line.text.lower().startswith("title:"):
                    title = re.split(r"\s+(?:minutes|meeting)\b|\s+\d", line.text[6:].strip(" \"'"), flags=re.I)[0]
                    if self.body_words.search(title):
                        chosen = title
                        break
        return self.tidy(chosen) if chosen else None

    def tidy(self, body: str) -> str:
        body = self.body_trailing.sub("", body.strip(" .,:;*_-–—")) or body
        return _tidy(body)


def _tidy(body: str) -> str:
    body = body.strip(" .,:;*_-–—")
    if body.isupper():
        body = body.title().replace("'S ", "'s ").replace("’S ", "’s ")
    return body


@Language.factory("minutes_meeting", default_config={"rules_dir": None})
def make_meeting_reader(nlp: Language, name: str, rules_dir: str | None) -> MeetingReader:
    return MeetingReader(nlp, name, rules_dir)
