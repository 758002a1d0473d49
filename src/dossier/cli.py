"""The `dossier` command line: analyse articles, print views, evaluate against the gold corpus."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from dossier.errors import DossierError, InputError

if TYPE_CHECKING:  # the analysis stack is imported lazily, when a command needs it
    from dossier.model import AnalysedDocument

app = typer.Typer(
    help="dossier reads German news articles and turns them into knowledge a person can check.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
_PROGRESS_FROM = 6  # show a progress bar from this many inputs on (and use workers from twice that)
_CORES = os.cpu_count() or 1


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"


FilesArg = Annotated[list[Path], typer.Argument(help="Files (.txt .html .jsonl .warc), directories, or - for stdin.")]
PublishedOpt = Annotated[
    str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD), anchors relative dates.")
]
MaxSizeOpt = Annotated[float, typer.Option("--max-size", help="Largest input file in MB.")]
WorkersOpt = Annotated[
    int, typer.Option("--workers", "-j", min=1, help="Processes for many articles (default: all cores).")
]


def _check_date(value: str | None) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD", param_hint="--published") from None


class _Run:
    """Reads inputs, analyses them with one pipeline, and counts what failed."""

    def __init__(self, files: list[Path], published: str | None, max_size_mb: float, workers: int = 1):
        from dossier.pipeline import Pipeline

        self.files = files
        self.published = _check_date(published)
        self.max_bytes = int(max_size_mb * 1024 * 1024)
        self.pipeline = Pipeline()
        self.workers = workers
        self.failed = 0
        self.worst = 0  # highest exit code among the failures

    def _articles(self) -> Iterator:
        from dossier.ingest import read_path

        for path in self.files:
            for item in read_path(path, self.max_bytes):
                if isinstance(item, InputError):
                    self._fail(item)
                    continue
                if self.published:
                    item.published = self.published
                yield item

    def _fail(self, error: DossierError) -> None:
        self.failed += 1
        self.worst = max(self.worst, error.exit_code)
        err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)

    def documents(self) -> Iterator:
        """Analysed documents; errors are reported on stderr and counted, the rest goes on."""
        from rich.progress import Progress

        articles = list(self._articles())
        workers = self.workers if len(articles) >= 2 * _PROGRESS_FROM else 1
        with Progress(console=err, transient=True, disable=len(articles) < _PROGRESS_FROM) as progress:
            task = progress.add_task("analysing", total=len(articles))
            for result in self.pipeline.analyze_many(articles, workers=workers):
                if isinstance(result, DossierError):
                    self._fail(result)
                else:
                    yield result
                progress.advance(task)

    def exit_code(self, produced: int) -> int:
        """0 if all went well, 1 if some inputs failed, the failure's own code if all failed."""
        if self.failed and not produced:
            return self.worst
        return 1 if self.failed else 0


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)  # never leave a half-written report behind
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DossierError(f"{output}: cannot write the output ({exc.strerror})") from None
    err.print(f"wrote {output}")


def _check_output(output: Path | None) -> None:
    """Refuse an output path that cannot be written before spending minutes on the analysis."""
    if output is None:
        return
    if output.is_dir():
        raise typer.BadParameter(f"{output} is a directory; give a file name", param_hint="--output")
    if not output.resolve().parent.is_dir():
        raise typer.BadParameter(f"the directory {output.parent} does not exist", param_hint="--output")


@app.command()
def analyze(
    files: FilesArg,
    published: PublishedOpt = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format", "-f", help="text summary, JSON (Lines), or HTML; default: from the -o suffix, else text"
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
    tokens: Annotated[bool, typer.Option("--tokens", help="Include tokens (POS, lemma) in JSON.")] = False,
    max_size: MaxSizeOpt = 10.0,
    workers: WorkersOpt = _CORES,
) -> None:
    """Analyse articles and print a summary, the dossier/1 JSON, or an HTML report."""
    _check_output(output)
    run = _Run(files, published, max_size, workers)
    docs = list(run.documents())
    if not tokens:
        for doc in docs:
            doc.tokens = None
    if docs:  # when every input failed, write nothing: an existing -o file stays as it was
        _write(_render(docs, fmt or _format_of(output), files, output), output)
    raise typer.Exit(run.exit_code(len(docs)))


def _format_of(output: Path | None) -> OutputFormat:
    """The format an output file's suffix asks for (report.html → HTML), so -o alone does what it says."""
    suffix = output.suffix.lower() if output else ""
    if suffix in (".html", ".htm"):
        return OutputFormat.html
    return OutputFormat.json if suffix in (".json", ".jsonl") else OutputFormat.text


_ONE_ARTICLE_FILES = (".txt", ".html", ".htm")


def _render(docs: list[AnalysedDocument], fmt: OutputFormat, files: list[Path], output: Path | None) -> str:
    """The analysed documents in the asked format; JSON is pretty for one article file, JSON Lines otherwise."""
    if fmt is OutputFormat.json:
        single = len(files) == 1 and (str(files[0]) == "-" or files[0].name.lower().endswith(_ONE_ARTICLE_FILES))
        if single and len(docs) == 1:
            return docs[0].to_json(indent=2)
        return "".join(d.to_json() + "\n" for d in docs)
    if fmt is OutputFormat.html:
        from dossier.render.html import render_report

        return render_report(docs)
    from dossier.render.terminal import print_summary

    to_terminal = output is None and sys.stdout.isatty()
    console = Console(record=True, file=io.StringIO(), width=None if to_terminal else 140, force_terminal=to_terminal)
    for doc in docs:
        print_summary(doc, console)
    return console.export_text(styles=to_terminal)


class ViewFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


ViewFormatOpt = Annotated[ViewFormat, typer.Option("--format", "-f", help="table, json or csv")]


def _view(files: list[Path], published: str | None, max_size: float, render: Callable[[list], str]) -> None:
    """Analyse the inputs, print one view of all of them, exit with the run's code."""
    run = _Run(files, published, max_size)
    docs = list(run.documents())
    if docs or not run.failed:
        _write(render(docs), None)
    raise typer.Exit(run.exit_code(len(docs)))


@app.command()
def quotes(
    files: FilesArg,
    published: PublishedOpt = None,
    fmt: ViewFormatOpt = ViewFormat.table,
    max_size: MaxSizeOpt = 10.0,
) -> None:
    """Print who said what: speaker, cue, kind, channel, via and message, one row per quotation."""
    from dossier.speech.view import render_quotes

    _view(files, published, max_size, lambda docs: render_quotes(docs, fmt.value))


@app.command()
def events(
    files: FilesArg,
    published: PublishedOpt = None,
    fmt: ViewFormatOpt = ViewFormat.table,
    max_size: MaxSizeOpt = 10.0,
) -> None:
    """Print a timeline of the events: date, type, participants, place, modality, evidence."""
    from dossier.events.view import render_events

    _view(files, published, max_size, lambda docs: render_events(docs, fmt.value))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the dossier/1 document."""
    from dossier.model import json_schema

    _write(json.dumps(json_schema(), indent=2, ensure_ascii=False), None)


@app.command(name="eval")
def evaluate(
    split: Annotated[Path, typer.Argument(help="A corpus split directory, e.g. corpus/de/dev.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    layer: Annotated[list[str] | None, typer.Option("--layer", help="Only these layers (repeatable).")] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Markdown tables (as in docs/quality.md).")] = False,
    against: Annotated[
        Path | None,
        typer.Option(
            help="A second annotation of the split's articles (compiled JSON) to score instead of the system."
        ),
    ] = None,
) -> None:
    """Score every layer against the gold annotations of a corpus split (precision, recall, F1)."""
    from dossier.evaluate import cli_eval

    raise typer.Exit(cli_eval(split, as_json, layer, markdown, against))


def main() -> None:
    """Entry point that turns dossier errors into one clear line and an exit code."""
    try:
        app()
    except DossierError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
