"""Evaluation against the gold corpus: precision, recall and F1 per layer for a split directory.

    dossier eval corpus/de/dev [--json] [--layer times]
    python -m dossier.evaluate corpus/de/dev

Cleaning is scored on the raw source of each article; every later layer on the gold text, so that
system and gold offsets are comparable and a cleaning error does not count twice.
"""

from __future__ import annotations

import json
from pathlib import Path

from dossier.article import Article
from dossier.evaluate.layers import CleaningScorer, EntityScorer, EventScorer, QuoteScorer, SentenceScorer, TimeScorer

LAYERS = ("cleaning", "sentences", "entities", "times", "quotes", "events")


def run(split_dir: Path, pipeline=None, layers: list[str] | None = None) -> dict:
    """Scores of every layer (or the given ones) on one split; builds a pipeline if none is given."""
    from dossier.corpus import load_split
    from dossier.pipeline import Pipeline

    wanted = [layer for layer in LAYERS if not layers or layer in layers]
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
        articles += 1
        if "cleaning" in wanted:
            raw = source.read_text(encoding="utf-8")
            is_html = source.name.endswith(".html")
            article = (
                Article(html=raw, published=gold.published) if is_html else Article(text=raw, published=gold.published)
            )
            scorers["cleaning"].add(gold, pipeline.cleaner(article), scored_removals=not is_html)
        if set(wanted) - {"cleaning"}:
            system = pipeline.analyze_clean_text(gold.text, published=gold.published, doc_id=gold.id, title=gold.title)
            for layer in wanted:
                if layer != "cleaning":
                    scorers[layer].add(gold, system)
    return {"split": str(split_dir), "articles": articles} | {layer: scorers[layer].result() for layer in wanted}


def format_report(report: dict) -> str:
    """Readable tables, one per layer (rich, rendered to text)."""
    import io

    from rich.console import Console
    from rich.table import Table

    out = io.StringIO()
    console = Console(file=out, width=110)
    console.print(f"[bold]{report['split']}[/bold]: {report['articles']} articles")
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


def cli_eval(split_dir: Path, as_json: bool = False, layers: list[str] | None = None, markdown: bool = False) -> int:
    """What `dossier eval` does: print the report; exit code 2 when the split holds no gold documents."""
    if not split_dir.is_dir():
        print(f"error: {split_dir}: not a directory")
        return 2
    unknown = set(layers or []) - set(LAYERS)
    if unknown:
        print(f"error: unknown layer(s) {sorted(unknown)}; choose from {', '.join(LAYERS)}")
        return 2
    report = run(split_dir, layers=layers)
    if not report["articles"]:
        print(f"error: {split_dir}: no gold documents (*.json); compile the corpus first")
        return 2
    if markdown:
        from dossier.evaluate.markdown import format_markdown

        print(format_markdown(report))
    else:
        print(json.dumps(report, indent=2) if as_json else format_report(report))
    return 0
