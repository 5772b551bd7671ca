"""Review a parse beside its source, in the terminal with rich.

This module owns all rendering of records (the models stay free of it): a
header with the meeting and counts, the attendance grouped by status, the
items as a tree with their questions (and the comments that answer them)
and resolutions, and, with ``source=True``, the document's text with every
record's span highlighted in its type's colour and unplaced text marked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from models import STATUS_PRECEDENCE, Document

from .assemble import coverage
from .readers.base import SourceText

# One colour per record type, shared by the tree, the legend and the highlighted source.
STYLES = {
    "items": "bold magenta",
    "attendees": "cyan",
    "questions": "bold yellow",
    "comments": "green",
    "resolutions": "bold blue",
    "votes": "bold red",
    "declarations": "italic cyan",
    "narrative": "",
}
UNPLACED = "bold white on red"
FURNITURE = "dim strike"
RECORD_TYPES = ("items", "attendees", "questions", "comments", "resolutions", "votes", "declarations")


def header(doc: Document, text: str) -> Panel:
    m = doc.meeting
    title = Text(m.body or "(body not stated)", style="bold")
    facts = Text()
    for label, value in (("date", m.date), ("time", m.start_time), ("venue", m.venue), ("source", doc.source.path)):
        if value:
            facts.append(f"{label}: ", style="dim").append(f"{value}  ")
    counts = Text()
    for kind in RECORD_TYPES:
        counts.append(f"{kind} ", style=STYLES[kind]).append(f"{len(getattr(doc, kind))}  ")
    placed = Text(f"coverage {coverage(doc, text):.0%} of the text in records; {len(doc.unclassified)} unplaced part(s)", style="dim")
    parts: list[RenderableType] = [title, facts, counts, placed]
    for warning in doc.warnings:
        parts.append(Text(f"warning: {warning.message}", style="yellow"))
    return Panel(Group(*parts), title="minutes review", title_align="left")


def attendance(doc: Document) -> Table:
    table = Table(title="Attendance", title_justify="left", expand=False, show_lines=False)
    table.add_column("status", style="dim", no_wrap=True)
    table.add_column("name", style=STYLES["attendees"])
    table.add_column("role", overflow="fold")
    by_status = sorted(doc.attendees, key=lambda a: (STATUS_PRECEDENCE.index(str(a.status)), a.span.start))
    for person in by_status:
        table.add_row(str(person.status), person.name, person.role or "")
    return table


def items_tree(doc: Document, only: str | None = None, item: str | None = None) -> Tree:
    """Items in order, each with its questions (and their comments), other comments and resolutions."""
    tree = Tree("Items", guide_style="dim")
    by_item: dict[str | None, dict[str, list]] = defaultdict(lambda: defaultdict(list))  # type: ignore[type-arg]
    for kind in ("questions", "comments", "resolutions", "votes", "declarations"):
        for record in getattr(doc, kind):
            by_item[record.item][kind].append(record)
    answers = defaultdict(list)
    for comment in doc.comments:
        if comment.question:
            answers[comment.question].append(comment)
    nodes: dict[str | None, Tree] = {}
    groups: list[tuple[str | None, Tree]] = []
    if by_item.get(None):
        groups.append((None, tree.add(Text("(before the first item)", style="dim"))))
    for it in doc.items:
        if item is not None and it.number != item and it.id != item:
            continue
        parent = nodes.get(it.parent, tree) if item is None else tree
        label = Text()
        if it.number:
            label.append(f"{it.number} ", style="bold")
        label.append(it.title, style=STYLES["items"])
        node = parent.add(label)
        nodes[it.id] = node
        groups.append((it.id, node))
    for key, node in groups:
        records = by_item.get(key, {})
        if only in (None, "questions", "comments"):
            for q in records.get("questions", []):
                label = Text("Q ", style="bold")
                if q.number:
                    label.append(f"{q.number}. ", style="bold")
                label.append(q.text, style=STYLES["questions"])
                if q.asked_by:
                    label.append(f"  — {q.asked_by}", style="dim")
                q_node = node.add(label)
                for c in answers.get(q.id, []):
                    q_node.add(_comment(c))
        if only in (None, "comments"):
            for c in records.get("comments", []):
                if not c.question:
                    node.add(_comment(c))
        if only in (None, "declarations"):
            for d in records.get("declarations", []):
                label = Text("INTEREST ", style="bold").append(f"{d.member}: ", style="bold")
                node.add(label.append(d.text, style=STYLES["declarations"]))
        if only in (None, "resolutions"):
            for r in records.get("resolutions", []):
                label = Text("RESOLVED ", style="bold")
                if r.number:
                    label.append(f"({r.number}) ", style="bold")
                node.add(label.append(r.text, style=STYLES["resolutions"]))
        if only in (None, "votes"):
            for v in records.get("votes", []):
                node.add(_vote(v))
    return tree


def _vote(v) -> Text:  # type: ignore[no-untyped-def]
    result = {"pass": "carried", "fail": "lost"}.get(v.result or "", "no result")
    label = Text("VOTE ", style="bold").append(f"{result} ", style=STYLES["votes"])
    if v.counts:
        label.append(" ".join(f"{k} {n}" for k, n in v.counts.items()) + " ", style="bold")
    if v.unanimous:
        label.append("unanimous ", style="bold")
    label.append(v.motion)
    movers = " / ".join(x for x in (v.mover, v.seconder) if x)
    if movers:
        label.append(f"  — {movers}", style="dim")
    for warning in v.warnings:
        label.append(f"  ⚠ {warning}", style="yellow")
    return label


def _comment(c) -> Text:  # type: ignore[no-untyped-def]
    label = Text("› ", style="dim").append(c.text, style=STYLES["comments"])
    if c.speaker:
        label.append(f"  — {c.speaker}", style="dim")
    return label


def legend() -> Text:
    out = Text("legend: ")
    for kind in RECORD_TYPES:
        out.append(f" {kind} ", style=STYLES[kind]).append(" ")
    out.append(" unplaced ", style=UNPLACED).append(" ").append(" page furniture ", style=FURNITURE)
    return out


def source_view(doc: Document, source: SourceText, only: str | None = None) -> Table:
    """The text itself, line by line, with line (and page) numbers and every span in its colour."""
    text = source.text
    styled = Text(text, no_wrap=False)
    kinds: Iterable[str] = RECORD_TYPES if only is None else (only,)
    for kind in kinds:
        for record in getattr(doc, kind):
            styled.stylize(STYLES[kind], record.span.start, record.span.end)
    for part in doc.unclassified:
        styled.stylize(FURNITURE if part.reason == "page furniture" else UNPLACED, part.span.start, part.span.end)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    offset = 0
    for number, line in enumerate(styled.split("\n", allow_blank=True), 1):
        page = source.page_at(offset)
        grid.add_row(f"p{page} {number}" if page else str(number), line)
        offset += len(line.plain) + 1
    return grid


def review(
    doc: Document, source: SourceText, *, show_source: bool = False, only: str | None = None, item: str | None = None
) -> list[RenderableType]:
    """What ``minutes review`` prints, as rich renderables."""
    parts: list[RenderableType] = [header(doc, source.text)]
    if show_source:
        parts += [legend(), source_view(doc, source, only)]
        return parts
    if only in (None, "attendees"):
        parts.append(attendance(doc))
    if only != "attendees":
        parts.append(items_tree(doc, only=only, item=item))
    return parts
