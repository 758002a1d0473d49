"""The events layer (under construction: adds nothing yet)."""

from dossier.model import AnalysedDocument


class _Pending:
    name = "events"

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument:
        return doc


def make_stage(lang: str) -> _Pending:
    return _Pending()
