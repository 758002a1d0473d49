"""The quotations view: one row per quotation with speaker, cue, kind, channel, relay and message."""

from __future__ import annotations

from dossier.model import AnalysedDocument, Quote
from dossier.render.rows import render_rows
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


def _quote_cell(row: dict[str, str], col: str) -> str:
    if col == "speaker":
        return row["speaker"] or "—"
    return shorten(row["message"], 70) if col == "message" else row[col]


def render_quotes(docs: list[AnalysedDocument], fmt: str = "table") -> str:
    """The quotations as a rich table (messages shortened), JSON or CSV (messages in full)."""
    rows = quote_rows(docs)
    return render_rows(rows, fmt, list(COLUMNS), f"Quotations ({len(rows)})", list(COLUMNS[:-1]), _quote_cell)
