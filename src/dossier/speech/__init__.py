"""The speech layer: quotations with cue, speaker, message, addressee, channel and relaying outlet."""

from __future__ import annotations

from dossier.model import AnalysedDocument
from dossier.speech.extract import Extractor, to_quotes
from dossier.speech.lexicon import SpeechLexicon, load_lexicon


class SpeechStage:
    """Pipeline stage: reads sentences, tokens, entities and times; writes `doc.quotes`."""

    name = "speech"

    def __init__(self, lex: SpeechLexicon):
        self.lex = lex

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument:
        if not doc.sentences or doc.tokens is None:
            return doc
        doc.quotes = to_quotes(doc, Extractor(doc, self.lex).run(), self.lex.hints)
        return doc


def make_stage(lang: str) -> SpeechStage:
    """The speech stage with the cue lexicon of language `lang`."""
    return SpeechStage(load_lexicon(lang))
