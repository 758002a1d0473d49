"""Shared lookup for entity tests: which entity holds a mention found by its text."""

from __future__ import annotations

from dossier.model import AnalysedDocument, Entity, Mention


def mention_at(doc: AnalysedDocument, text: str, start_after: str = "") -> tuple[Entity, Mention] | tuple[None, None]:
    """(entity, mention) of the first mention `text` after `start_after`, or (None, None)."""
    offset = doc.text.index(text, doc.text.index(start_after) if start_after else 0)
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.start == offset:
                return entity, mention
    return None, None
