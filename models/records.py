"""The records a parse produces: the output contract of minutes-parser.

Field names follow ``GOLD-FORMAT.md`` of the shared corpus (and Popolo / Open
Civic Data where they fit), so a parse can be scored against gold directly.
Every record carries a :class:`Span` into the document's text: ``text[start:end]``
is the evidence the record was read from.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, PositiveInt, model_validator


class Strict(BaseModel):
    """Base for every record: unknown fields are an error, not silently kept."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False, use_enum_values=True)


class Span(Strict):
    """Where a record came from: character offsets into the document text.

    ``line`` and ``end_line`` are 1-based line numbers of the first and last
    character; ``page`` and ``end_page`` are 1-based pages where the format has pages.
    """

    start: NonNegativeInt
    end: NonNegativeInt
    line: PositiveInt
    end_line: PositiveInt
    page: PositiveInt | None = None
    end_page: PositiveInt | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span ends before it starts ({self.start}..{self.end})")
        if self.end_line < self.line:
            raise ValueError(f"span's end_line {self.end_line} is before its line {self.line}")
        return self


class AttendeeStatus(StrEnum):
    """Capacity in which a person is recorded at the meeting (GOLD-FORMAT.md)."""

    chair = "chair"
    vice_chair = "vice_chair"
    present = "present"
    substitute = "substitute"
    in_attendance = "in_attendance"
    officer = "officer"
    apologies = "apologies"
    absent = "absent"


# Most specific first: a person listed twice keeps the earlier status in this list.
STATUS_PRECEDENCE: tuple[str, ...] = tuple(s.value for s in AttendeeStatus)


class QuestionKind(StrEnum):
    numbered = "numbered"
    public = "public"
    member = "member"
    reported = "reported"


class CommentKind(StrEnum):
    point = "point"
    answer = "answer"
    statement = "statement"


class Record(Strict):
    """Fields every record shares: a document-unique id, its item and its evidence."""

    id: str
    item: str | None = Field(default=None, description="id of the agenda item the record sits in")
    span: Span


class Meeting(Strict):
    body: str | None = Field(default=None, description="the committee or body as the minutes name it")
    authority: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d\d-\d\d$", description="ISO date")
    start_time: str | None = Field(default=None, pattern=r"^\d\d:\d\d$")
    end_time: str | None = Field(default=None, pattern=r"^\d\d:\d\d$")
    venue: str | None = None
    span: Span | None = Field(default=None, description="the header text the meeting was read from")


class Item(Record):
    number: str | None = Field(description='as printed: "45", "1.4", "7(a)"')
    title: str
    order: PositiveInt
    parent: str | None = Field(default=None, description="id of the item this one nests in")


class Attendee(Record):
    name: str = Field(description="as written, without honorific")
    honorific: str | None = None
    role: str | None = None
    organisation: str | None = None
    status: AttendeeStatus
    remote: bool = False


class Question(Record):
    number: str | None = None
    text: str
    asked_by: str | None = None
    answered_by: str | None = None
    kind: QuestionKind


class Comment(Record):
    text: str
    speaker: str | None = None
    question: str | None = Field(default=None, description="id of the question it responds to")
    kind: CommentKind


class Resolution(Record):
    number: str | None = None
    text: str = Field(description='the decision without its marker, keeping "That …"')
    marker: str | None = Field(description="the decision marker as printed, e.g. RESOLVED, Agreed")


VoteOption = Literal["yes", "no", "abstain", "absent", "recused"]


class Vote(Record):
    """A motion put to the meeting (Open Civic Data's vote options)."""

    motion: str = Field(description="the words that state what was voted on")
    mover: str | None = None
    seconder: str | None = None
    result: Literal["pass", "fail"] | None = None
    counts: dict[VoteOption, NonNegativeInt] = {}
    voters: dict[VoteOption, list[str]] = {}
    unanimous: bool = False
    resolution: str | None = Field(default=None, description="id of the resolution the vote decided")
    assumptions: list[str] = Field(default=[], description="what the parser inferred rather than read")
    warnings: list[str] = Field(default=[], description="where the minutes disagree with themselves")

    @model_validator(mode="after")
    def _counts_and_voters_agree(self) -> Vote:
        """Counts and named voters disagreeing: keep both, say so (never drop or "fix" either)."""
        for option, names in self.voters.items():
            stated = self.counts.get(option)
            if stated is not None and stated != len(names):
                message = f"{option}: the count is {stated} but {len(names)} voter(s) are named"
                if message not in self.warnings:
                    self.warnings.append(message)
        return self


class Declaration(Record):
    """A declaration of interest: who, in which item, what kind of interest."""

    member: str
    text: str
    interest: Literal["pecuniary", "personal", "prejudicial", "other", "none"] | None = None
    about_item: str | None = Field(default=None, description="the item number the interest is declared in, as printed")


class Narrative(Record):
    """Text of an item that is no record: reports, procedure, headings that group items."""

    kind: Literal["text", "heading", "header"] = "text"


class Unclassified(Strict):
    """Text no rule could place. Reported, never dropped."""

    id: str
    span: Span
    reason: str


class Warning(Strict):
    message: str
    span: Span | None = None


class Source(Strict):
    path: str | None = None
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    format: Literal["text", "markdown", "html", "pdf", "docx"]
    chars: NonNegativeInt = Field(description="length of the document text the spans index")
    pages: PositiveInt | None = None
