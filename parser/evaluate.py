"""Score parses against hand-made gold, by the rules of the corpus's GOLD-FORMAT.md.

Texts are compared after normalising (NFKC, lower case, plain quotes and
dashes, leading list markers removed) as bags of words. Comments and
questions are scored sentence by sentence; resolutions, items and votes by
token F1 with a "clause inside its sentence" allowance; attendees by name
(surname, then first names or initials). Each gold record matches at most one
predicted record, best pairs first. Users who annotate their own minutes use
this to measure the parser on their council.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

KINDS = ("items", "attendees", "questions", "comments", "resolutions", "votes")
CORE = ("attendees", "questions", "comments", "resolutions")
ATTRS = (
    "meeting.date",
    "meeting.body",
    "attendee.status",
    "comment.question",
    "question.number",
    "resolution.number",
    "vote.result",
    "vote.counts",
)

# Words that are no part of a person's name when names are compared.
NAME_NOISE = frozenset(
    [
        "councillor",
        "councillors",
        "cllr",
        "cllrs",
        "cc",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "revd",
        "reverend",
        "alderman",
        "councilmember",
        "councilmembers",
        "councilman",
        "councilwoman",
        "mayor",
        "commissioner",
        "trustee",
        "the",
        "county",
        "deputy",
        "vice",
        "chair",
        "chairman",
        "chairwoman",
        "member",
        "members",
        "director",
        "honorary",
        "hon",
        "rt",
        "right",
        "baroness",
        "baron",
        "canon",
        "father",
        "senator",
        "rep",
        "representative",
        "supervisor",
        "alder",
        "alderperson",
    ]
)
LIST_MARKER = re.compile(r"^\s*(?:\(?[0-9ivxlcIVXLC]{1,6}[.)]|\(?[a-zA-Z][.)]|[•·\-–—*]|\([0-9a-zA-Z]{1,4}\))\s+")
PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
WORD = re.compile(r"[^\W_]+")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def normalise(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(PLAIN).lower()
    for _ in range(2):
        text = LIST_MARKER.sub("", text)
    return text


def words(text: str | None) -> list[str]:
    return WORD.findall(normalise(text))


def _overlap(a: str | None, b: str | None) -> tuple[float, float] | None:
    """Precision and recall of b's words against a's, or None when they share none."""
    wa, wb = Counter(words(a)), Counter(words(b))
    common = sum((wa & wb).values())
    if not common:
        return None
    return common / sum(wa.values()), common / sum(wb.values())


def token_f1(a: str | None, b: str | None) -> float:
    pr = _overlap(a, b)
    if pr is None:
        return 0.0
    p, r = pr
    return 2 * p * r / (p + r)


def clause_f1(a: str | None, b: str | None) -> float:
    """Token F1, raised to the match threshold when one text holds (nearly) all of the other's words."""
    pr = _overlap(a, b)
    if pr is None:
        return 0.0
    p, r = pr
    score = 2 * p * r / (p + r)
    if min(p, r) >= 0.2 and max(p, r) >= 0.9:
        score = max(score, 0.6)
    return score


def name_words(name: str | None) -> list[str]:
    name = re.sub(r"\([^)]*\)|@\w+", " ", name or "")
    return [w for w in words(name) if w not in NAME_NOISE]


def person_match(a: str | None, b: str | None) -> float:
    """1 for the same name, 0.9 for the same surname with agreeing first names or initials, 0.8 for first name alone."""
    na, nb = name_words(a), name_words(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    if na[-1] != nb[-1]:
        shorter, longer = sorted((na, nb), key=len)
        return 0.8 if len(shorter) == 1 and len(longer) > 1 and longer[0] == shorter[0] else 0.0
    shorter, longer = sorted((na[:-1], nb[:-1]), key=len)
    pool = list(longer)
    for part in shorter:
        hit = next((x for x in pool if x == part or (len(part) == 1 and x[0] == part) or (len(x) == 1 and part[0] == x)), None)
        if hit is None:
            return 0.0
        pool.remove(hit)
    return 0.9


def sentences(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each record split into sentences of three words or more, each keeping the record's other fields."""
    out: list[dict[str, Any]] = []
    for record in records:
        parts: list[str] = []
        pending = ""
        for piece in SENTENCE_BREAK.split((record.get("text") or "").strip()):
            pending = f"{pending} {piece}".strip() if pending else piece
            if len(words(pending)) >= 3:
                parts.append(pending)
                pending = ""
        if pending:
            if parts:
                parts[-1] = f"{parts[-1]} {pending}"
            else:
                parts.append(pending)
        out.extend({**record, "text": part} for part in parts)
    return out


def match(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], similarity: Callable[[dict[str, Any], dict[str, Any]], float], threshold: float
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one pairs, best similarity first."""
    candidates = sorted(
        ((s, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if (s := similarity(g, p)) >= threshold),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((gold[i], pred[j]))
    return pairs


def records(doc: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [r for r in (doc.get(kind) or []) if isinstance(r, dict)]


def question_keys(doc: dict[str, Any]) -> dict[str, str]:
    """A question's id or number → the key gold uses for it: its number, else "#k"."""
    keys: dict[str, str] = {}
    for k, q in enumerate(records(doc, "questions"), 1):
        key = str(q["number"]) if q.get("number") not in (None, "") else f"#{k}"
        for ref in (q.get("id"), q.get("number")):
            if ref not in (None, ""):
                keys[str(ref)] = key
    return keys


def simple_number(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return re.sub(r"[^0-9a-z]", "", str(value).lower()) or None


@dataclass
class Tally:
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, kind: str, gold: int, pred: int, matched: int) -> None:
        self.counts[kind, "gold"] += gold
        self.counts[kind, "pred"] += pred
        self.counts[kind, "match"] += matched

    def attr(self, name: str, ok: bool) -> None:
        self.counts[name, "n"] += 1
        self.counts[name, "ok"] += bool(ok)

    def prf(self, kind: str) -> dict[str, float | int]:
        g, p, m = self.counts[kind, "gold"], self.counts[kind, "pred"], self.counts[kind, "match"]
        precision = m / p if p else (1.0 if not g else 0.0)
        recall = m / g if g else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": precision, "r": recall, "f1": f1, "gold": g, "pred": p, "match": m}

    def accuracy(self, name: str) -> tuple[float | None, int]:
        n = self.counts[name, "n"]
        return (self.counts[name, "ok"] / n if n else None), n

    def core_f1(self) -> float:
        return sum(float(self.prf(k)["f1"]) for k in CORE) / len(CORE)


def score(gold: dict[str, Any], pred: dict[str, Any], tally: Tally | None = None) -> Tally:
    """Add one document's comparison to ``tally`` (a new one by default)."""
    tally = tally or Tally()
    gm, pm = gold.get("meeting") or {}, pred.get("meeting") or {}
    if gm.get("date"):
        tally.attr("meeting.date", str(pm.get("date") or "")[:10] == gm["date"])
    if gm.get("body"):
        tally.attr("meeting.body", clause_f1(gm["body"], pm.get("body") or "") >= 0.6)
    for kind in KINDS:
        g, p = records(gold, kind), records(pred, kind)
        if kind == "attendees":
            pairs = match(g, p, lambda a, b: person_match(a.get("name"), b.get("name")), 0.8)
        elif kind == "items":
            pairs = match(g, p, lambda a, b: clause_f1(a.get("title"), b.get("title")), 0.6)
        elif kind == "votes":
            pairs = match(g, p, lambda a, b: clause_f1(a.get("motion"), b.get("motion")), 0.5)
        elif kind in ("comments", "questions"):
            g, p = sentences(g), sentences(p)
            pairs = match(g, p, lambda a, b: token_f1(a.get("text"), b.get("text")), 0.6)
        else:
            pairs = match(g, p, lambda a, b: clause_f1(a.get("text"), b.get("text")), 0.6)
        tally.add(kind, len(g), len(p), len(pairs))
        for a, b in pairs:
            if kind == "attendees":
                tally.attr("attendee.status", (a.get("status") or "") == (b.get("status") or ""))
            elif kind in ("questions", "resolutions"):
                tally.attr(f"{kind[:-1]}.number", simple_number(a.get("number")) == simple_number(b.get("number")))
            elif kind == "votes":
                tally.attr("vote.result", (a.get("result") or None) == (b.get("result") or None))
                stated = a.get("counts") or {}
                got = b.get("counts") or {}
                tally.attr("vote.counts", all(got.get(k) == v for k, v in stated.items()))
            elif kind == "comments":
                keys = question_keys(pred)
                ref = b.get("question")
                key = keys.get(str(ref), str(ref)) if ref not in (None, "") else None
                tally.attr("comment.question", simple_number(key) == simple_number(a.get("question")))
    return tally


def summary(tally: Tally, per_doc: dict[str, dict[str, float]] | None = None, docs: int = 0) -> dict[str, Any]:
    """The JSON shape of ``minutes eval --json`` (the same as the corpus scorer's)."""
    kinds: dict[str, Any] = {k: tally.prf(k) for k in KINDS}
    kinds["core_f1"] = tally.core_f1()
    return {
        "kinds": kinds,
        "attrs": {name: list(tally.accuracy(name)) for name in ATTRS},
        "docs": docs,
        "per_doc": per_doc or {},
    }
