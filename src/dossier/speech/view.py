"""The quotations view: one row per quotation with speaker, cue, kind, channel, relay and message."""

from __future__ import annotations

import csv
import io
import json

from rich.console import Console
from rich.table import Table

from dossier.model import AnalysedDocument, Quote
from dossier.render.terminal import shorten

COLUMNS = ("speaker", "cue", "kind", "channel", "via", "message", "article")


def _cue(q: Quote) -> str:
    parts = q.cue_parts or ([q.cue] if q.cue else [])
    return " … ".join(p.text for p in parts)


def quote_rows(docs: list[AnalysedDocument]) -> list[dict[str, str]]:
    """Quotations of all documents as flat rows in text order; the speaker is the canonical entity
    name when the source is linked, else the source text."""
    rows = []
    for doc in docs:
        names = {e.id: e.name for e in doc.entities}
        for q in doc.quotes:
            src = q.source
            speaker = names.get(src.entity or "", src.text) if src else ""
            via = (names.get(q.via.entity or "", q.via.text)) if q.via else ""
            rows.append(
                {
                    "speaker": speaker,
                    "cue": _cue(q),
                    "kind": q.kind,
                    "channel": q.channel or "",
                    "via": via,
                    "message": " […] ".join(m.text for m in q.message),
                    "article": doc.title or doc.id,
                }
            )
    return rows


def render_quotes(docs: list[AnalysedDocument], fmt: str = "table") -> str:
    """The quotations as a rich table (messages shortened), JSON or CSV (messages in full)."""
    rows = quote_rows(docs)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r} (table, json, csv)")
    table = Table(title=f"Quotations ({len(rows)})", title_justify="left")
    for col in COLUMNS[:-1]:
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["speaker"] or "—", r["cue"], r["kind"], r["channel"], r["via"], shorten(r["message"], 70)
        )
    out = io.StringIO()
    Console(file=out, width=160).print(table)
    return out.getvalue()
