"""Evaluation against the gold corpus: precision, recall and F1 per layer for a split directory.

    dossier eval corpus/de/dev [--json] [--layer times]
    dossier eval corpus/de/dev --against second-annotator/dev   # inter-annotator agreement
    python -m dossier.evaluate corpus/de/dev

Cleaning is scored on the raw source of each article; every later layer on the gold text, so that
system and gold offsets are comparable and a cleaning error does not count twice.
"""

from __future__ import annotations

import json
from pathlib import Path

from dossier.article import Article
from dossier.evaluate.layers import CleaningScorer, EntityScorer, EventScorer, QuoteScorer, SentenceScorer, TimeScorer
from dossier.model import AnalysedDocument

LAYERS = ("cleaning", "sentences", "entities", "times", "quotes", "events")


def run(split_dir: Path, pipeline=None, layers: list[str] | None = None, against: Path | None = None) -> dict:
    """Scores of every layer (or the given ones) on one split; builds a pipeline if none is given.

    With `against`, a second annotation of the same articles (compiled JSON with the same file names) takes
    the system's place: the scores are then the agreement of two annotators, the ceiling a system can reach.
    Articles the second annotation lacks are skipped, and cleaning (scored on the raw source) is left out.
    """
    from dossier.corpus import load_split
    from dossier.pipeline import Pipeline

    wanted = [layer for layer in LAYERS if (not layers or layer in layers) and not (against and layer == "cleaning")]
    if against is None:
        pipeline = pipeline or Pipeline(detect_language=False)
    scorers = {
        "cleaning": CleaningScorer(),
        "sentences": SentenceScorer(),
        "entities": EntityScorer(),
        "times": TimeScorer(),
        "quotes": QuoteScorer(),
        "events": EventScorer(),
    }
    articles = 0
    for gold, source in load_split(split_dir):
        second = against / f"{gold.id}.json" if against else None
        if second is not None and not second.exists():
            continue
        articles += 1
        if "cleaning" in wanted:
            raw = source.read_text(encoding="utf-8")
            is_html = source.name.endswith(".html")
            article = (
                Article(html=raw, published=gold.published) if is_html else Article(text=raw, published=gold.published)
            )
            scorers["cleaning"].add(gold, pipeline.cleaner(article), scored_removals=not is_html)
        if set(wanted) - {"cleaning"}:
            if second is not None:
                system = AnalysedDocument.model_validate_json(second.read_text(encoding="utf-8"))
            else:
                system = pipeline.analyze_clean_text(
                    gold.text, published=gold.published, doc_id=gold.id, title=gold.title
                )
            for layer in wanted:
                if layer != "cleaning":
                    scorers[layer].add(gold, system)
    header = {"split": str(split_dir), "articles": articles} | ({"against": str(against)} if against else {})
    return header | {layer: scorers[layer].result() for layer in wanted}


def format_report(report: dict) -> str:
    """Readable tables, one per layer (rich, rendered to text)."""
    import io

    from rich.console import Console
    from rich.table import Table

    out = io.StringIO()
    console = Console(file=out, width=110)
    against = f", scored against the second annotation {report['against']}" if "against" in report else ""
    console.print(f"[bold]{report['split']}[/bold]: {report['articles']} articles{against}")
    for layer in LAYERS:
        if layer not in report:
            continue
        table = Table(title=layer, title_justify="left")
        for col in ("measure", "P", "R", "F1", "acc", "gold", "system / n"):
            table.add_column(col, justify="left" if col == "measure" else "right")
        for name, m in report[layer].items():
            if "f1" in m:
                table.add_row(
                    name,
                    f"{m['precision']:.3f}",
                    f"{m['recall']:.3f}",
                    f"[bold]{m['f1']:.3f}[/bold]",
                    "",
                    str(m["gold"]),
                    str(m["system"]),
                )
            elif "accuracy" in m:
                table.add_row(name, "", "", "", f"[bold]{m['accuracy']:.3f}[/bold]", "", str(m["n"]))
            else:
                table.add_row(name, "", "", "", "n/a", "", "")
        console.print(table)
    return out.getvalue()


def cli_eval(
    split_dir: Path,
    as_json: bool = False,
    layers: list[str] | None = None,
    markdown: bool = False,
    against: Path | None = None,
) -> int:
    """What `dossier eval` does: print the report; exit code 2 when the split holds no gold documents."""
    for directory in (split_dir, against):
        if directory is not None and not directory.is_dir():
            print(f"error: {directory}: not a directory")
            return 2
    unknown = set(layers or []) - set(LAYERS)
    if unknown:
        print(f"error: unknown layer(s) {sorted(unknown)}; choose from {', '.join(LAYERS)}")
        return 2
    report = run(split_dir, layers=layers, against=against)
    if not report["articles"]:
        where = f"{split_dir} and {against} share" if against else f"{split_dir}: holds"
        print(f"error: {where} no gold documents (*.json); compile the corpus first")
        return 2
    if markdown:
        from dossier.evaluate.markdown import format_markdown

        print(format_markdown(report))
    else:
        print(json.dumps(report, indent=2) if as_json else format_report(report))
    return 0
