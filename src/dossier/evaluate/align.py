"""Entity alignment: which system entity stands for which gold entity, by their mentions."""

from __future__ import annotations

from collections import Counter

from dossier.model import AnalysedDocument

NAME_KINDS = ("name", "metonym")


def align_entities(gold: AnalysedDocument, system: AnalysedDocument) -> dict[str, str]:
    """System entity id → gold entity id with the most overlapping name mentions.

    A name mention overlapping a gold name mention is two votes (so `Trumps` still meets `Trump`);
    another mention with exactly the span of a gold mention is one vote, which only decides for system
    entities that have no name in common with any gold entity.
    """
    gold_names = [(m.start, m.end, e.id) for e in gold.entities for m in e.mentions if m.kind in NAME_KINDS]
    gold_at = {(m.start, m.end): e.id for e in gold.entities for m in e.mentions}
    votes: dict[str, Counter] = {}
    for e in system.entities:
        counter = Counter()
        for m in e.mentions:
            if m.kind in NAME_KINDS:
                counter.update({gid: 2 for start, end, gid in gold_names if start < m.end and m.start < end})
            elif (m.start, m.end) in gold_at:
                counter[gold_at[(m.start, m.end)]] += 1
        if counter:
            votes[e.id] = counter
    return {sid: counter.most_common(1)[0][0] for sid, counter in votes.items()}
