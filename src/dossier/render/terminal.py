"""The terminal summary of an analysed document: what a reader checks first, with colour via rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dossier.model import AnalysedDocument

_MAX_MESSAGE = 90


def shorten(text: str, limit: int = _MAX_MESSAGE) -> str:
    """One line of at most `limit` characters, with an ellipsis where cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def entity_names(doc: AnalysedDocument) -> dict[str, str]:
    """Entity id → canonical name."""
    return {e.id: e.name for e in doc.entities}


def heading(doc: AnalysedDocument) -> str:
    """What a reader calls the article: its title, else the file (and line) it came from, else its id."""
    return doc.title or doc.meta.get("origin") or f"Article {doc.id[:10]}"


def _header(doc: AnalysedDocument) -> Text:
    words = len(doc.text.split())
    head = Text(heading(doc), style="bold")
    head.append(
        f"\nid {doc.id[:16]} · published {doc.published or 'unknown'} · language {doc.language}"
        f" · {len(doc.paragraphs)} paragraphs · {len(doc.sentences)} sentences · {words} words",
        style="dim",
    )
    return head


def _cleaning(doc: AnalysedDocument) -> Table | Text:
    c = doc.cleaning
    if not (c.removed or c.headings or c.fragments):
        return Text("Cleaning: nothing removed, no headings, no fragments.", style="green")
    table = Table(title="Cleaning", title_justify="left", show_edge=False)
    table.add_column("what", style="cyan")
    table.add_column("why")
    table.add_column("text")
    for r in c.removed:
        table.add_row("removed", r.reason, shorten(r.text))
    for h in c.headings:
        table.add_row("heading", "subheading", shorten(h.text))
    for f in c.fragments:
        table.add_row("fragment", f.reason, shorten(f.text))
    return table


def _entities(doc: AnalysedDocument) -> Table:
    table = Table(title=f"Entities ({len(doc.entities)})", title_justify="left", show_edge=False)
    for col in ("type", "name", "roles", "aliases", "mentions", "kb"):
        table.add_column(col)
    style = {"PER": "magenta", "ORG": "blue", "LOC": "green", "MISC": "yellow"}
    for e in doc.entities:
        table.add_row(
            Text(e.type, style=style.get(e.type, "")),
            Text(e.name, style="bold"),
            shorten(", ".join(e.roles), 40),
            shorten(", ".join(a for a in e.aliases if a != e.name), 40),
            str(len(e.mentions)),
            e.kb or "",
        )
    return table


def _times(doc: AnalysedDocument) -> Table:
    table = Table(title=f"Times ({len(doc.times)})", title_justify="left", show_edge=False)
    for col in ("text", "type", "value"):
        table.add_column(col)
    for t in doc.times:
        table.add_row(t.text, t.type, Text(t.value, style="bold cyan"))
    return table


def _quotes(doc: AnalysedDocument) -> Table:
    names = entity_names(doc)
    table = Table(title=f"Quotations ({len(doc.quotes)})", title_justify="left", show_edge=False)
    for col in ("speaker", "cue", "kind", "channel / via", "message"):
        table.add_column(col)
    for q in doc.quotes:
        speaker = names.get(q.source.entity or "", q.source.text) if q.source else "?"
        via = " / ".join(x for x in (q.channel, q.via.text if q.via else None) if x)
        message = " … ".join(m.text for m in q.message)
        table.add_row(
            Text(speaker, style="bold"), q.cue.text if q.cue else "", q.kind, via, shorten(message, 70)
        )
    return table


def _events(doc: AnalysedDocument) -> Table:
    names = entity_names(doc)
    times = {t.id: t.value for t in doc.times}
    table = Table(title=f"Events ({len(doc.events)})", title_justify="left", show_edge=False)
    for col in ("date", "type", "participants", "place", "modality", "trigger"):
        table.add_column(col)
    for v in doc.events:
        people = ", ".join(f"{names.get(p.entity, p.entity)} ({p.role})" for p in v.participants)
        table.add_row(
            times.get(v.time or "", ""),
            Text(v.type, style="bold"),
            shorten(people, 50),
            names.get(v.place or "", ""),
            v.modality,
            v.trigger.text,
        )
    return table


def summary(doc: AnalysedDocument) -> Panel:
    """A rich renderable with the article's layers, for `dossier analyze`."""
    parts: list = [_header(doc), Text(""), _cleaning(doc)]
    for layer, render in (
        ("entities", _entities),
        ("times", _times),
        ("quotes", _quotes),
        ("events", _events),
    ):
        if getattr(doc, layer):
            parts += [Text(""), render(doc)]
    return Panel(Group(*parts), border_style="dim")


def print_summary(doc: AnalysedDocument, console: Console | None = None) -> None:
    """Print the summary of one analysed document to the console (a new one on stdout if none is given)."""
    (console or Console()).print(summary(doc))
