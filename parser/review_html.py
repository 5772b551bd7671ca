"""Review as one self-contained HTML page: the source with highlighted spans, the structure beside it.

No network: styles and the few lines of script are inline. Hovering a
highlighted span shows its record(s) in the side panel. The text is cut at
every span boundary into runs, each run marked with the records covering it,
so overlapping records (a question that is also an answer) need no nesting.
"""

from __future__ import annotations

import html
import itertools
import json
from collections import defaultdict

from models import STATUS_PRECEDENCE, Document

from .readers.base import SourceText

COLOURS = {
    "items": "#e9d5ff",
    "attendees": "#cffafe",
    "questions": "#fef08a",
    "comments": "#bbf7d0",
    "resolutions": "#bfdbfe",
    "votes": "#fecdd3",
    "declarations": "#e0e7ff",
}
KINDS = tuple(COLOURS)
# Chromium switches for opening the page headless and offline, as the screenshot script and the browser test do:
# the page must work with no network and nothing fetched.
OFFLINE_BROWSER_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#111;background:#fafafa}
header{padding:12px 20px;background:#1f2937;color:#fff}
header h1{font-size:18px;margin:0 0 4px}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(280px,2fr);gap:16px;padding:16px 20px}
pre{white-space:pre-wrap;word-wrap:break-word;background:#fff;border:1px solid #ddd;padding:12px;margin:0;
 font:13px/1.5 ui-monospace,Menlo,Consolas,monospace}
.r{border-radius:2px;cursor:pointer}
.r:hover{outline:2px solid #111}
.unplaced{background:#fecaca;text-decoration:underline wavy #b91c1c}
.furniture{color:#999;text-decoration:line-through}
aside{position:sticky;top:8px;align-self:start;max-height:96vh;overflow:auto}
#panel{background:#fff;border:1px solid #ddd;padding:8px;min-height:60px;white-space:pre-wrap;font:12px ui-monospace,Menlo,monospace}
.legend span{display:inline-block;padding:0 6px;margin:2px;border-radius:2px}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;font-size:13px}
ul{padding-left:18px}li{margin:2px 0}
"""

SCRIPT = """
const records = JSON.parse(document.getElementById('records').textContent);
const panel = document.getElementById('panel');
function show(ids){panel.textContent = ids.split(' ').map(id => JSON.stringify(records[id], null, 1)).join('\\n\\n');}
document.querySelectorAll('[data-ids]').forEach(el => {
  el.addEventListener('mouseenter', () => show(el.dataset.ids));
  el.addEventListener('focus', () => show(el.dataset.ids));
});
"""


def _runs(doc: Document, text: str) -> str:
    """The text as HTML, cut at every span boundary; each run carries the ids of its records."""
    events: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for kind in KINDS:
        for record in getattr(doc, kind):
            if record.span.end > record.span.start:
                events[record.span.start].append((1, kind, record.id))
                events[record.span.end].append((-1, kind, record.id))
    for part in doc.unclassified:
        kind = "furniture" if part.reason == "page furniture" else "unplaced"
        events[part.span.start].append((1, kind, part.id))
        events[part.span.end].append((-1, kind, part.id))
    cuts = sorted({0, len(text), *events})
    active: dict[str, str] = {}
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        for delta, _kind, rid in events.get(a, []):
            if delta < 0:
                active.pop(rid, None)
        for delta, kind, rid in events.get(a, []):
            if delta > 0:
                active[rid] = kind
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        kinds = set(active.values())
        ids = " ".join(active)
        if kinds <= {"furniture", "unplaced"}:
            out.append(f'<span class="{" ".join(sorted(kinds))}" data-ids="{ids}">{piece}</span>')
            continue
        # The most specific record's colour shows; all of them show on hover.
        top = next(k for k in ("resolutions", "votes", "questions", "declarations", "comments", "attendees", "items") if k in kinds)
        out.append(
            f'<span class="r k-{" k-".join(sorted(kinds))}" style="background:{COLOURS[top]}" data-ids="{ids}" tabindex="0">{piece}</span>'
        )
    return "".join(out)


def _structure(doc: Document) -> str:
    e = html.escape
    parts = ["<h2>Attendance</h2><table><tr><th>name</th><th>role</th><th>status</th></tr>"]
    for a in sorted(doc.attendees, key=lambda a: STATUS_PRECEDENCE.index(str(a.status))):
        parts.append(f'<tr data-ids="{a.id}"><td>{e(a.name)}</td><td>{e(a.role or "")}</td><td>{e(str(a.status))}</td></tr>')
    parts.append("</table><h2>Items</h2><ul>")
    answers = defaultdict(list)
    for c in doc.comments:
        if c.question:
            answers[c.question].append(c)
    by_item: dict[str | None, list[str]] = defaultdict(list)
    for q in doc.questions:
        sub = "".join(f'<li data-ids="{c.id}">› {e(c.text)}</li>' for c in answers[q.id])
        by_item[q.item].append(f'<li data-ids="{q.id}"><b>Q{" " + e(q.number) if q.number else ""}</b> {e(q.text)}<ul>{sub}</ul></li>')
    for c in doc.comments:
        if not c.question:
            by_item[c.item].append(f'<li data-ids="{c.id}">› {e(c.text)}</li>')
    for r in doc.resolutions:
        by_item[r.item].append(f'<li data-ids="{r.id}"><b>RESOLVED{" (" + e(r.number) + ")" if r.number else ""}</b> {e(r.text)}</li>')
    for v in doc.votes:
        counts = " ".join(f"{k} {n}" for k, n in v.counts.items())
        result = {"pass": "carried", "fail": "lost"}.get(v.result or "", "no result")
        by_item[v.item].append(f'<li data-ids="{v.id}"><b>VOTE {e(result)}</b> {e(counts)} {e(v.motion)}</li>')
    for d in doc.declarations:
        by_item[d.item].append(f'<li data-ids="{d.id}"><b>INTEREST</b> {e(d.member)}: {e(d.text)}</li>')
    if by_item.get(None):
        parts.append(f"<li><i>before the first item</i><ul>{''.join(by_item[None])}</ul></li>")
    for it in doc.items:
        number = f"<b>{e(it.number)}</b> " if it.number else ""
        parts.append(f'<li data-ids="{it.id}">{number}{e(it.title)}<ul>{"".join(by_item.get(it.id, []))}</ul></li>')
    parts.append("</ul>")
    return "".join(parts)


def render_html(doc: Document, source: SourceText) -> str:
    e = html.escape
    m = doc.meeting
    records = {r.id: {"type": kind, **r.model_dump(mode="json")} for kind, r in doc.records() if kind != "narrative"}
    records.update({u.id: {"type": "unclassified", **u.model_dump(mode="json")} for u in doc.unclassified})
    counts = " · ".join(f"{kind} {len(getattr(doc, kind))}" for kind in KINDS)
    legend = "".join(f'<span style="background:{c}">{k}</span>' for k, c in COLOURS.items())
    legend += '<span class="unplaced">unplaced</span><span class="furniture">page furniture</span>'
    data = json.dumps(records, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: {e(m.body or doc.source.path or "minutes")}</title><style>{CSS}</style></head>
<body><header><h1>{e(m.body or "(body not stated)")}</h1>
<div>{e(m.date or "")} {e(m.venue or "")} — {e(doc.source.path or "")}</div><div>{counts}</div></header>
<div class="layout"><main><div class="legend">{legend}</div><pre id="source">{_runs(doc, source.text)}</pre></main>
<aside><h2>Record</h2><div id="panel">Hover a highlighted span to see its record.</div>{_structure(doc)}</aside></div>
<script type="application/json" id="records">{data}</script><script>{SCRIPT}</script></body></html>
"""
