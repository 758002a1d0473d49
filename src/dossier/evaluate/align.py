"""Entity alignment: which system entity stands for which gold entity, by shared mention spans."""

from __future__ import annotations

from collections import Counter

from dossier.model import AnalysedDocument


def align_entities(gold: AnalysedDocument, system: AnalysedDocument) -> dict[str, str]:
    """System entity id → gold entity id, by the most mentions with the same span (names count double)."""
    gold_at = {(m.start, m.end): e.id for e in gold.entities for m in e.mentions}
    votes: dict[str, Counter] = {}
    for e in system.entities:
        for m in e.mentions:
            gid = gold_at.get((m.start, m.end))
            if gid is not None:
                votes.setdefault(e.id, Counter())[gid] += 2 if m.kind == "name" else 1
    return {sid: counter.most_common(1)[0][0] for sid, counter in votes.items()}
