"""The event layer: what happened, is planned or threatened — with who, when, where."""

from __future__ import annotations

from dossier.events.extract import find_candidates
from dossier.events.lexicon import EventLexicon, load_lexicon
from dossier.events.merge import merge
from dossier.events.model import MODEL_FILE, EventFilter
from dossier.lang import get_pack
from dossier.model import AnalysedDocument


class EventStage:
    """Finds event triggers, attaches participants, time, place and modality, filters, merges repeats."""

    name = "events"

    def __init__(self, lexicon: EventLexicon, event_filter: EventFilter | None = None):
        self.lexicon = lexicon
        self.filter = event_filter

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument:
        candidates = find_candidates(doc, self.lexicon)
        kept = [self.filter.keep(c) for c in candidates] if self.filter is not None else None
        doc.events = merge(candidates, kept)
        return doc


def make_stage(lang: str) -> EventStage:
    """The event stage for a language pack: its lexicon and, once trained, its event filter."""
    pack = get_pack(lang)
    model = pack.root / "data" / MODEL_FILE
    always = frozenset(pack.lines("events/specific_types.txt"))
    return EventStage(load_lexicon(lang), EventFilter.load(model, always) if model.exists() else None)
