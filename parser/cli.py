"""The ``minutes`` command line: arguments in, library calls, output out.

Data goes to stdout, diagnostics to stderr. Exit codes:

    0  every file parsed
    1  at least one file could not be parsed (the others were still written)
    2  the command was used wrongly (unknown option, missing argument)
"""

from __future__ import annotations

import itertools
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="minutes",
    help="Turn minutes of meetings (text, Markdown, HTML, PDF, DOCX) into validated, source-grounded JSON.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


def _err(message: str) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(message, markup=False)


def _read_or_exit(file: str, input_format: str | None = None):  # type: ignore[no-untyped-def]
    """The bytes and text of one file (- is stdin), or exit 1 with the file's name and the reason."""
    from . import MinutesError
    from .readers import read

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
        return data, read(data, file, input_format)
    except MinutesError as err:
        _err(f"minutes: {err.with_path(file)}")
    except OSError as err:
        _err(f"minutes: {file}: {err.strerror or err}")
    except Exception as err:  # a bug is reported with the file's name, never as a traceback
        _err(f"minutes: {file}: internal error, please report it: {type(err).__name__}: {err}")
    raise typer.Exit(EXIT_FAILED)


RulesOption = Annotated[
    Path | None,
    typer.Option(
        "--rules", help="Folder of rule files (same names as parser/rules/*.toml) added to the built-in rules.", show_default=False
    ),
]


@app.command(
    epilog=(
        "Examples:\n\n"
        "  minutes parse samples/uk-borough-council.txt\n\n"
        "  minutes parse minutes/*.pdf -o out/          (one JSON file per input)\n\n"
        "  minutes parse x.txt --format jsonl | jq 'select(.type==\"resolution\")'\n\n"
        "  cat x.txt | minutes parse -"
    )
)
def parse(
    files: Annotated[list[str], typer.Argument(help="Files of minutes; - reads standard input.", show_default=False)],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json: one Document per file; jsonl: one record a line.")
    ] = OutputFormat.json,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write here instead of stdout: a file, or a folder (one <name>.json per input).", show_default=False
        ),
    ] = None,
    compact: Annotated[bool, typer.Option("--compact", help="JSON on one line per document.")] = False,
    input_format: Annotated[
        str | None, typer.Option("--input-format", help="Force the reader: text, markdown, html, pdf, docx.", show_default=False)
    ] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Refuse files larger than this many megabytes.")] = 50.0,
    rules: RulesOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
) -> None:
    """Parse minutes into JSON."""
    from . import MinutesError, parse_bytes, parse_file
    from .writers import write_json, write_jsonl

    max_bytes = int(max_mb * 1024 * 1024)
    rules_dir = str(rules) if rules else None
    out_dir = output if output is not None and (output.is_dir() or (len(files) > 1 and output.suffix == "")) else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    sink = open(output, "w", encoding="utf-8") if output is not None and out_dir is None else sys.stdout  # noqa: SIM115
    failed = 0
    progress = _progress(len(files), quiet)
    try:
        for name in files:
            try:
                if name == "-":
                    doc = parse_bytes(sys.stdin.buffer.read(), "<stdin>", fmt=input_format, rules_dir=rules_dir, max_bytes=max_bytes)
                else:
                    doc = parse_file(name, fmt=input_format, rules_dir=rules_dir, max_bytes=max_bytes)
            except MinutesError as err:
                failed += 1
                _err(f"minutes: {err if err.path else f'{name}: {err}'}")
                continue
            except Exception as err:
                failed += 1
                _err(f"minutes: {name}: internal error, please report it: {type(err).__name__}: {err}")
                continue
            finally:
                if progress is not None:
                    progress.advance()
            target = sink
            if out_dir is not None:
                stem = Path(name).stem if name != "-" else "stdin"
                target = open(out_dir / f"{stem}.{output_format.value}", "w", encoding="utf-8")  # noqa: SIM115
            try:
                if output_format is OutputFormat.jsonl:
                    write_jsonl(doc, target)
                else:
                    write_json(doc, target, indent=None if compact else 2)
            finally:
                if target is not sink:
                    target.close()
    finally:
        if progress is not None:
            progress.stop()
        if sink is not sys.stdout:
            sink.close()
    if failed and not quiet and len(files) > 1:
        _err(f"minutes: {failed} of {len(files)} files could not be parsed")
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


class _Progress:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(transient=True, console=Console(stderr=True))
        self.task = self.bar.add_task("parsing", total=total)
        self.bar.start()

    def advance(self) -> None:
        self.bar.advance(self.task)

    def stop(self) -> None:
        self.bar.stop()


def _progress(total: int, quiet: bool) -> _Progress | None:
    """A progress bar on stderr for long batches, only when stderr is a terminal."""
    if quiet or total < 5 or not sys.stderr.isatty():
        return None
    return _Progress(total)


@app.command(epilog="Example:\n\n  minutes text report.pdf | sed -n 40,60p")
def text(
    file: Annotated[str, typer.Argument(help="A file of minutes; - reads standard input.", show_default=False)],
    pages: Annotated[
        bool, typer.Option("--pages", help="Mark page breaks with a line '--- page N ---' (the offsets then no longer match).")
    ] = False,
    input_format: Annotated[str | None, typer.Option("--input-format", help="Force the reader.", show_default=False)] = None,
) -> None:
    """Print the exact text that record offsets index."""
    _, source = _read_or_exit(file, input_format)
    if not pages or not source.page_starts:
        sys.stdout.write(source.text)
        return
    bounds = [*source.page_starts, len(source.text)]
    for number, (a, b) in enumerate(itertools.pairwise(bounds), 1):
        sys.stdout.write(f"--- page {number} ---\n")
        sys.stdout.write(source.text[a:b])


class RecordType(StrEnum):
    items = "items"
    attendees = "attendees"
    questions = "questions"
    comments = "comments"
    resolutions = "resolutions"


@app.command(
    epilog=(
        "Examples:\n\n"
        "  minutes review samples/uk-borough-council.txt\n\n"
        "  minutes review report.pdf --source            (the text, spans highlighted, unplaced text marked)\n\n"
        "  minutes review report.pdf --only questions --item 45\n\n"
        "  minutes review report.pdf --html review.html  (one self-contained page to share)"
    )
)
def review(
    file: Annotated[str, typer.Argument(help="A file of minutes.", show_default=False)],
    source: Annotated[bool, typer.Option("--source", help="Show the text with each record's span highlighted.")] = False,
    only: Annotated[RecordType | None, typer.Option("--only", help="Show one record type.", show_default=False)] = None,
    item: Annotated[str | None, typer.Option("--item", help="Show one item, by its number.", show_default=False)] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML page here instead.", show_default=False)] = None,
    pager: Annotated[bool, typer.Option("--pager/--no-pager", help="Page long output on a terminal.")] = True,
    rules: RulesOption = None,
) -> None:
    """Show what the parser found, and where, beside the source."""
    from rich.console import Console

    from . import parse_source
    from .review import review as render

    data, text = _read_or_exit(file)
    try:
        doc = parse_source(text, data=data, path=file, rules_dir=str(rules) if rules else None)
    except Exception as err:  # a bug is reported with the file's name, never as a traceback
        _err(f"minutes: {file}: internal error, please report it: {type(err).__name__}: {err}")
        raise typer.Exit(EXIT_FAILED) from None
    if html is not None:
        from .review_html import render_html

        html.write_text(render_html(doc, text), encoding="utf-8")
        _err(f"minutes: wrote {html}")
        return
    console = Console()
    parts = render(doc, text, show_source=source, only=only.value if only else None, item=item)
    if pager and console.is_terminal:
        with console.pager(styles=True):
            for part in parts:
                console.print(part)
    else:
        for part in parts:
            console.print(part)


@app.command(
    name="eval",
    epilog=(
        "Examples:\n\n"
        "  minutes eval ../shared/corpus/gold                 (parses ../shared/corpus/docs/<id>.*)\n\n"
        "  minutes eval gold/ minutes/ --json > scores.json\n\n"
        "  minutes eval gold/ minutes/ --markdown ACCURACY.md"
    ),
)
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files <id>.json (GOLD-FORMAT.md).", show_default=False)],
    docs_dir: Annotated[
        Path | None, typer.Argument(help="Folder with the documents <id>.* (default: docs/ beside the gold).", show_default=False)
    ] = None,
    pred_dir: Annotated[
        Path | None, typer.Option("--pred", help="Score these parses <id>.json instead of parsing.", show_default=False)
    ] = None,
    ids: Annotated[str | None, typer.Option("--ids", help="Only these ids, comma-separated.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Scores as JSON (the shape of the corpus scorer's --json).")] = False,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Also write the tables as Markdown to this file.", show_default=False)
    ] = None,
    rules: RulesOption = None,
) -> None:
    """Score the parser against hand-made gold: P/R/F1 per record type, per document and per body."""
    from .evaluation_report import run_eval

    code = run_eval(gold_dir, docs_dir, pred_dir, ids, as_json, markdown, str(rules) if rules else None)
    raise typer.Exit(code)


@app.command(epilog="Example:\n\n  minutes schema > minutes.schema.json")
def schema() -> None:
    """Print the JSON Schema of the output."""
    from models import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2))
    sys.stdout.write("\n")


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `minutes parse … | head`
        sys.stderr.close()
        sys.exit(EXIT_OK)


if __name__ == "__main__":
    main()
