"""The event layer: what happened, is planned or threatened — with who, when, where."""

from __future__ import annotations

from dossier.events.extract import find_candidates
from dossier.events.lexicon import EventLexicon, load_lexicon
from dossier.events.merge import merge
from dossier.events.model import MODEL_FILE, EventFilter
from dossier.events.roles import ROLES_FILE, RoleModel
from dossier.lang import get_pack
from dossier.model import AnalysedDocument


class EventStage:
    """Finds event triggers, attaches participants, time, place and modality, filters, merges repeats."""

    name = "events"

    def __init__(
        self, lexicon: EventLexicon, event_filter: EventFilter | None = None, roles: RoleModel | None = None
    ) -> None:
        self.lexicon = lexicon
        self.filter = event_filter
        self.roles = roles

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument:
        """Set `doc.events`: the candidates the filter keeps (all without one), with the role model's
        participants when there is one, repeats merged."""
        candidates = find_candidates(doc, self.lexicon)
        kept = [self.filter.keep(c) for c in candidates] if self.filter is not None else None
        if self.roles is not None:  # the filter was trained on the rules' participants; roles come after it
            for c in candidates:
                c.participants = self.roles.assign(c.options)
                c.method += "+roles:model"
        doc.events = merge(candidates, kept)
        return doc


def make_stage(lang: str) -> EventStage:
    """The event stage for a language pack: its lexicon and, once trained, its event filter and role model."""
    pack = get_pack(lang)
    model, roles = pack.root / "data" / MODEL_FILE, pack.root / "data" / ROLES_FILE
    always = frozenset(pack.lines("events/specific_types.txt"))
    return EventStage(
        load_lexicon(lang),
        EventFilter.load(model, always) if model.exists() else None,
        RoleModel.load(roles) if roles.exists() else None,
    )
