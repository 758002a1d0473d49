"""The event layer: what happened, is planned or threatened — with who, when, where."""

from __future__ import annotations

from dossier.events.extract import find_candidates
from dossier.events.lexicon import EventLexicon, load_lexicon
from dossier.events.merge import merge
from dossier.model import AnalysedDocument


class EventStage:
    """Finds event triggers, attaches participants, time, place and modality, merges repeats."""

    name = "events"

    def __init__(self, lexicon: EventLexicon):
        self.lexicon = lexicon

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument:
        doc.events = merge(find_candidates(doc, self.lexicon))
        return doc


def make_stage(lang: str) -> EventStage:
    """The event stage for a language pack's lexicon."""
    return EventStage(load_lexicon(lang))
