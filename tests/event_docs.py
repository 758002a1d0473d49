"""Test documents for the event layer: segmented text with entities given by their surface forms."""

from __future__ import annotations

import re

from dossier.model import AnalysedDocument, Entity, Mention
from dossier.segment import Segmenter


def with_entities(
    text: str, entities: dict[str, tuple[str, list[str]]], published: str | None = None
) -> AnalysedDocument:
    """A segmented document with entities (id → type, surface forms), every occurrence of a form a mention."""
    doc = Segmenter()(AnalysedDocument(id="t", text=text, published=published))
    for eid, (etype, forms) in entities.items():
        mentions = [
            Mention(start=m.start(), end=m.end(), text=m.group())
            for form in forms
            for m in re.finditer(rf"\b{re.escape(form)}\b", text)
        ]
        doc.entities.append(Entity(id=eid, type=etype, name=forms[0], mentions=sorted(mentions, key=lambda m: m.start)))
    return doc
