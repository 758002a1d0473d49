"""The HTML report: one self-contained page showing the article with every layer highlighted.

Layers overlap (a name inside a quotation inside an event sentence), so the text is cut at every span
boundary into flat segments; each segment carries the classes and hover details of all spans covering it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from dossier.model import AnalysedDocument, Quote
from dossier.render.terminal import entity_names

_TEMPLATES = Path(__file__).parent


@dataclass
class _Mark:
    start: int
    end: int
    css: str
    detail: str
    anchor: str | None = None  # element id this span links to (entity, quote)


@dataclass
class Segment:
    """A run of text covered by the same set of marks."""

    text: str
    classes: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)


def _marks(doc: AnalysedDocument) -> list[_Mark]:
    names = entity_names(doc)
    times = {t.id: t for t in doc.times}
    marks: list[_Mark] = []
    for e in doc.entities:
        for m in e.mentions:
            kind = "" if m.kind == "name" else f", {m.kind}"
            marks.append(_Mark(m.start, m.end, f"ent ent-{m.type or e.type}", f"{e.type} {e.name}{kind}", e.id))
    for t in doc.times:
        marks.append(_Mark(t.start, t.end, "time", f"{t.type} {t.value}", t.id))
    for q in doc.quotes:
        speaker = names.get(q.source.entity or "", q.source.text) if q.source else "unknown speaker"
        for m in q.message:
            marks.append(_Mark(m.start, m.end, f"msg msg-{q.kind}", f"{q.kind} quotation of {speaker}", q.id))
        for c in q.cue_parts or ([q.cue] if q.cue else []):
            marks.append(_Mark(c.start, c.end, "cue", f"cue of {q.id} ({speaker})", q.id))
        if q.source:
            marks.append(_Mark(q.source.start, q.source.end, "src", f"source of {q.id}: {speaker}", q.id))
    for v in doc.events:
        who = ", ".join(f"{names.get(p.entity, p.entity)} ({p.role})" for p in v.participants)
        when = times[v.time].value if v.time in times else "no date"
        for trig in v.triggers or [v.trigger]:
            marks.append(_Mark(trig.start, trig.end, "evt", f"event {v.type}, {v.modality}, {when}: {who}", v.id))
    for h in doc.cleaning.headings:
        marks.append(_Mark(h.start, h.end, "heading", "subheading"))
    for f in doc.cleaning.fragments:
        marks.append(_Mark(f.start, f.end, "fragment", f"fragment: {f.reason}"))
    return marks


def segments(doc: AnalysedDocument) -> list[list[Segment]]:
    """The text as paragraphs of flat segments, each with the marks covering it."""
    marks = _marks(doc)
    paragraphs = doc.paragraphs or [type("P", (), {"start": 0, "end": len(doc.text)})()]
    out = []
    for p in paragraphs:
        inside = [m for m in marks if m.start < p.end and m.end > p.start]
        cuts = sorted({p.start, p.end} | {max(p.start, min(p.end, x)) for m in inside for x in (m.start, m.end)})
        para = []
        for a, b in pairwise(cuts):
            covering = [m for m in inside if m.start <= a and m.end >= b]
            para.append(
                Segment(
                    text=doc.text[a:b],
                    classes=sorted({c for m in covering for c in m.css.split()}),
                    details=[m.detail for m in covering],
                    anchors=[m.anchor for m in covering if m.anchor],
                )
            )
        out.append(para)
    return out


def quotation_text(quote: Quote) -> str:
    """The message as the side panel shows it: in „…“ only when the words are verbatim (direct) and not yet quoted."""
    text = " … ".join(m.text for m in quote.message)
    if quote.kind != "direct" or text[:1] in "„\"»«‚":
        return text
    return f"„{text}“"


_PARTS_OF_DAY = {"TMO": " morning", "TAF": " afternoon", "TEV": " evening", "TNI": " night", "TDT": " daytime"}


def readable_date(value: str) -> str:
    """A TIMEX3 value as the timeline shows it: '2025-08-06TEV' reads '2025-08-06 evening'."""
    for code, words in _PARTS_OF_DAY.items():
        if value.endswith(code):
            return value[: -len(code)] + words
    return value


def safe_url(url: str | None) -> str | None:
    """The article URL if it is a web address; anything else (javascript:, data:) is not made a link."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html", "j2"]))


def render_report(docs: list[AnalysedDocument]) -> str:
    """One self-contained HTML page (inline CSS and JS) for one or more analysed documents."""
    template = _env().get_template("report.html.j2")
    views = []
    for doc in docs:
        names = entity_names(doc)
        times = {t.id: t for t in doc.times}
        events = sorted(doc.events, key=lambda v: (times[v.time].value if v.time in times else "~", v.sentence))
        heading = doc.title or Path(doc.meta.get("origin", "")).name or f"Article {doc.id[:10]}"
        views.append(
            {
                "doc": doc,
                "heading": heading,
                "paragraphs": segments(doc),
                "names": names,
                "times": times,
                "events": events,
                "url": safe_url(doc.url),
                "origin": doc.meta.get("origin"),
                "quote_text": quotation_text,
                "readable_date": readable_date,
            }
        )
    return template.render(views=views)
