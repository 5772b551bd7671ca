"""What the pipeline's components find, before it becomes validated records.

Each component adds :class:`Found` entries (a kind, character offsets and the
record's fields) to the Doc's ``doc._.findings``; :mod:`parser.assemble` turns
them into the pydantic Document. Offsets are into ``doc.text``, which is the
document text itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Found:
    kind: str  # items, attendees, questions, comments, resolutions
    start: int
    end: int
    fields: dict[str, Any]
    key: str = ""  # an id that other findings refer to (a question's "q3")


@dataclass(slots=True)
class Section:
    name: str  # attendance, declarations, questions, minutes, decisions, other
    start: int  # offset of the heading or label
    end: int  # offset where the next section begins
    status: str | None = None
    heading_block: int | None = None  # index of its heading block in the layout
    label_end: int | None = None  # for an inline label ("Present:"), where the list begins
    list_start: int | None = None  # for a heading run into its list ("PRESENT   Rob Boyd (Chair)   RB"), where the list begins


@dataclass
class Findings:
    sections: list[Section] = field(default_factory=list)
    meeting: dict[str, Any] = field(default_factory=dict)
    meeting_span: tuple[int, int] | None = None
    header_end: int = 0  # offset where the meeting's header ends and the business begins
    name_blocks: set[int] = field(default_factory=set)
    # People named as speaking, asking, moving or seconding: (name, title, start, end of the sentence).
    participants: list[tuple[str, str | None, int, int]] = field(
        default_factory=list
    )  # blocks layout took for headings that are lines of names
    # Roles people were given as they spoke ("Ron Gale, Parking Manager, Bureau of Transportation: …").
    roles: dict[str, str] = field(default_factory=dict)
    records: list[Found] = field(default_factory=list)
    mask: bytearray = field(default_factory=bytearray)  # 1 for each character a record took that no other may take
    warnings: list[str] = field(default_factory=list)
    counter: dict[str, int] = field(default_factory=dict)

    def add(self, record_type: str, start: int, end: int, claim: bool = True, **fields: Any) -> Found:
        n = self.counter.get(record_type, 0) + 1
        self.counter[record_type] = n
        found = Found(record_type, start, end, fields, key=f"{record_type[0]}{n}")
        self.records.append(found)
        if claim:
            self.claim(start, end)
        return found

    def claim(self, start: int, end: int) -> None:
        if len(self.mask) < end:
            self.mask.extend(bytes(end - len(self.mask)))
        self.mask[start:end] = b"\x01" * (end - start)

    def of(self, kind: str) -> list[Found]:
        return [f for f in self.records if f.kind == kind]

    def is_claimed(self, start: int, end: int) -> bool:
        """Whether most of start..end is already another record's."""
        size = max(1, end - start)
        return self.mask.count(1, start, end) >= 0.5 * size
