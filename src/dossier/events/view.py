"""The timeline view of events: one row per event, sorted by resolved date (undated last)."""

from __future__ import annotations

import csv
import io
import json

from rich.console import Console
from rich.table import Table

from dossier.model import AnalysedDocument
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


def render_events(docs: list[AnalysedDocument], fmt: str = "table") -> str:
    """The timeline as a rich table, JSON or CSV."""
    rows = timeline_rows(docs)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()
    table = Table(title=f"Timeline ({len(rows)} events)", title_justify="left")
    for col in ("date", "type", "participants", "place", "modality", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["date"] or "—",
            r["type"],
            r["participants"],
            r["place"],
            r["modality"],
            shorten(r["evidence"], 80),
        )
    out = io.StringIO()
    Console(file=out, width=160).print(table)
    return out.getvalue()
