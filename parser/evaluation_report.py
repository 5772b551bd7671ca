"""``minutes eval``: parse the documents of a gold folder, score them, report per type, document and body."""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .evaluate import ATTRS, CORE, KINDS, Tally, score, summary


def run_eval(
    gold_dir: Path,
    docs_dir: Path | None,
    pred_dir: Path | None,
    ids: str | None,
    as_json: bool,
    markdown: Path | None,
    rules_dir: str | None,
) -> int:
    from . import MinutesError, parse_file

    err = Console(stderr=True, soft_wrap=True)
    if not gold_dir.is_dir():
        err.print(f"minutes: {gold_dir}: no such folder of gold files", markup=False)
        return 2
    docs_dir = docs_dir or gold_dir.parent / "docs"
    wanted = [i for i in (ids or "").split(",") if i] or sorted(p.stem for p in gold_dir.glob("*.json"))
    bodies = _bodies(gold_dir.parent / "MANIFEST.tsv")
    total = Tally()
    per_doc: dict[str, dict[str, float]] = {}
    by_body: dict[str, Tally] = defaultdict(Tally)
    failed = 0
    for doc_id in wanted:
        gold = json.loads((gold_dir / f"{doc_id}.json").read_text(encoding="utf-8"))
        pred: dict[str, Any] = {}
        if pred_dir is not None:
            path = pred_dir / f"{doc_id}.json"
            try:
                loaded = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
                pred = loaded if isinstance(loaded, dict) else {}
            except ValueError:
                pred = {}
        else:
            sources = sorted(p for p in docs_dir.glob(f"{doc_id}.*") if p.is_file())
            if not sources:
                err.print(f"minutes: {doc_id}: no document {doc_id}.* in {docs_dir}; scored as an empty parse", markup=False)
                failed += 1
            else:
                try:
                    pred = json.loads(parse_file(sources[0], rules_dir=rules_dir).to_json())
                except MinutesError as error:
                    err.print(f"minutes: {error}; scored as an empty parse", markup=False)
                    failed += 1
                except Exception as error:  # a bug must not stop the evaluation; it is reported with the file's name
                    err.print(f"minutes: {sources[0]}: internal error, please report it: {type(error).__name__}: {error}", markup=False)
                    failed += 1
        score(gold, pred, total)
        one = score(gold, pred)
        per_doc[doc_id] = {k: round(float(one.prf(k)["f1"]), 3) for k in KINDS}
        per_doc[doc_id]["core_f1"] = round(one.core_f1(), 3)
        score(gold, pred, by_body[bodies.get(doc_id) or (gold.get("meeting") or {}).get("body") or "(body not given)"])
    result = summary(total, per_doc, len(wanted))
    if as_json:
        sys.stdout.write(json.dumps(result, indent=1) + "\n")
    else:
        console = Console()
        for table in _tables(total, per_doc, by_body):
            console.print(table)
    if markdown is not None:
        markdown.write_text(_markdown(total, per_doc, by_body, len(wanted)), encoding="utf-8")
    return 1 if failed else 0


def _bodies(manifest: Path) -> dict[str, str]:
    """Document id → the body that published it, from a MANIFEST.tsv beside the gold, where there is one."""
    if not manifest.is_file():
        return {}
    with open(manifest, encoding="utf-8", newline="") as fh:
        return {row["id"]: row.get("body") or "" for row in csv.DictReader(fh, delimiter="\t") if row.get("id")}


def _tables(total: Tally, per_doc: dict[str, dict[str, float]], by_body: dict[str, Tally]) -> list[Table]:
    kinds = Table(title="Records", title_justify="left")
    for column in ("type", "P", "R", "F1", "gold", "pred", "match"):
        kinds.add_column(column, justify="left" if column == "type" else "right")
    for kind in KINDS:
        s = total.prf(kind)
        kinds.add_row(kind, f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}", str(s["gold"]), str(s["pred"]), str(s["match"]))
    kinds.add_row("core F1", "", "", f"{total.core_f1():.3f}", "", "", "", style="bold")
    attrs = Table(title="Attributes of matched records", title_justify="left")
    attrs.add_column("attribute")
    attrs.add_column("accuracy", justify="right")
    attrs.add_column("of", justify="right")
    for name in ATTRS:
        acc, n = total.accuracy(name)
        attrs.add_row(name, "-" if acc is None else f"{acc:.3f}", str(n))
    docs = Table(title="F1 per document", title_justify="left")
    docs.add_column("document")
    for kind in (*KINDS, "core_f1"):
        docs.add_column(kind[:5], justify="right")
    for doc_id, row in per_doc.items():
        docs.add_row(doc_id, *(f"{row[k]:.2f}" for k in (*KINDS, "core_f1")))
    bodies = Table(title="F1 per body", title_justify="left")
    bodies.add_column("body")
    for kind in (*CORE, "core_f1"):
        bodies.add_column(kind[:5], justify="right")
    for body, tally in sorted(by_body.items()):
        bodies.add_row(body, *(f"{tally.prf(k)['f1']:.2f}" for k in CORE), f"{tally.core_f1():.2f}")
    return [kinds, attrs, bodies, docs]


def _markdown(total: Tally, per_doc: dict[str, dict[str, float]], by_body: dict[str, Tally], docs: int) -> str:
    lines = [
        "# Accuracy",
        "",
        f"Written by `minutes eval` over {docs} hand-annotated documents (gold rules: the corpus's GOLD-FORMAT.md).",
        "",
        "| type | P | R | F1 | gold | pred | match |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in KINDS:
        s = total.prf(kind)
        lines.append(f"| {kind} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | {s['gold']} | {s['pred']} | {s['match']} |")
    lines += ["", f"Core F1 (attendees, questions, comments, resolutions): **{total.core_f1():.3f}**", ""]
    lines += ["| attribute | accuracy | of |", "|---|---:|---:|"]
    for name in ATTRS:
        acc, n = total.accuracy(name)
        lines.append(f"| {name} | {'-' if acc is None else f'{acc:.3f}'} | {n} |")
    lines += [
        "",
        "## Per body",
        "",
        "| body | attendees | questions | comments | resolutions | core F1 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for body, tally in sorted(by_body.items()):
        cells = " | ".join(f"{tally.prf(k)['f1']:.2f}" for k in CORE)
        lines.append(f"| {body} | {cells} | {tally.core_f1():.2f} |")
    lines += ["", "## Per document", "", "| document | " + " | ".join(KINDS) + " | core F1 |", "|---|" + "---:|" * (len(KINDS) + 1)]
    for doc_id, row in per_doc.items():
        lines.append(f"| {doc_id} | " + " | ".join(f"{row[k]:.2f}" for k in KINDS) + f" | {row['core_f1']:.2f} |")
    return "\n".join(lines) + "\n"
