"""The timeline view of events: one row per event, sorted by resolved date (undated last)."""

from __future__ import annotations

from dossier.model import AnalysedDocument
from dossier.render.rows import render_rows
from dossier.render.terminal import shorten

_COLUMNS = ["date", "type", "participants", "place", "modality", "trigger", "evidence", "article"]


def timeline_rows(docs: list[AnalysedDocument]) -> list[dict[str, str]]:
    """Events of all documents as flat rows, sorted by date value, then article and sentence."""
    rows = []
    for doc in docs:
        names = {e.id: e.name for e in doc.entities}
        times = {t.id: t.value for t in doc.times}
        for v in doc.events:
            s = doc.sentences[v.sentence] if v.sentence < len(doc.sentences) else None
            rows.append(
                {
                    "date": times.get(v.time or "", ""),
                    "type": v.type,
                    "participants": ", ".join(f"{names.get(p.entity, p.entity)} ({p.role})" for p in v.participants),
                    "place": names.get(v.place or "", ""),
                    "modality": v.modality,
                    "trigger": v.trigger.text,
                    "evidence": doc.text[s.start : s.end] if s else "",
                    "article": doc.title or doc.id,
                    "_order": f"{v.sentence:06d}",
                }
            )
    rows.sort(key=lambda r: (r["date"] == "", r["date"], r["article"], r["_order"]))
    for r in rows:
        del r["_order"]
    return rows


def _event_cell(row: dict[str, str], col: str) -> str:
    if col == "date":
        return row["date"] or "—"
    return shorten(row["evidence"], 80) if col == "evidence" else row[col]


def render_events(docs: list[AnalysedDocument], fmt: str = "table") -> str:
    """The timeline as a rich table, JSON or CSV."""
    rows = timeline_rows(docs)
    shown = ["date", "type", "participants", "place", "modality", "evidence"]
    return render_rows(rows, fmt, _COLUMNS, f"Timeline ({len(rows)} events)", shown, _event_cell)
