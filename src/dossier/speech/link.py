"""Link quotation sources, addressees and relays to entities of the entity layer.

The source entity is the entity mentioned inside the source phrase (a person named in it wins over
an organisation: `der Präsident des BDI, Siegfried Russwurm` → Russwurm; `ein Sprecher der Stadtwerke`
→ Stadtwerke); compound prefixes and adjectives do not count (`die CDU-Politikerin` is not the CDU).
Without a mention, the phrase's head noun is matched against the entities' roles (`der Kanzler`), and
an age description (`der 55-Jährige`) means the last person named. A pronoun takes the entity layer's
resolution, else the speaker of the nearest preceding quotation, else the nearest preceding person.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.model import AnalysedDocument, Quote
from dossier.speech.grammar import PRONOUN_SOURCES

_KIND_RANK = {"name": 0, "role": 1, "metonym": 2, "pronoun": 3, "demonym": 9}
_TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    entity: str
    kind: str
    type: str


class Linker:
    """Mention index of one document, queried by span."""

    def __init__(self, doc: AnalysedDocument, anaphoric: tuple[str, ...] = ()):
        self.text = doc.text
        self.adjectives = {
            t.start for t in doc.tokens or [] if t.pos in ("ADJA", "ADJD") and t.text.islower()
        }
        self.anaphoric = anaphoric
        self.roles = [(e.id, [r.lower() for r in e.roles]) for e in doc.entities if e.roles]
        self.mentions = sorted(
            (
                _Mention(m.start, m.end, e.id, m.kind, m.type or e.type)
                for e in doc.entities
                for m in e.mentions
            ),
            key=lambda m: m.start,
        )

    def entity_in(self, start: int, end: int, exclude: tuple[int, int] | None = None) -> str | None:
        """The best entity mentioned inside [start, end), ignoring the relay phrase `exclude`."""
        inside = [
            m
            for m in self.mentions
            if start <= m.start
            and m.end <= end
            and m.kind != "demonym"
            and self._standalone(m)
            and not (exclude and exclude[0] <= m.start < exclude[1])
        ]
        if not inside:
            return None
        best = min(inside, key=lambda m: (_TYPE_RANK.get(m.type, 5), _KIND_RANK.get(m.kind, 5), -m.start))
        return best.entity

    def _standalone(self, m: _Mention) -> bool:
        """A mention that is a word of its own: no compound prefix (`CDU-Politikerin`), no adjective."""
        after = self.text[m.end : m.end + 2]
        compound = after[:1] == "-" and after[1:].isalpha()
        return not compound and m.start not in self.adjectives

    def by_description(self, start: int, end: int) -> str | None:
        """The entity a description without a name refers to: a role noun of a known entity
        (`der Kanzler`), or the last person named for an age description (`der 55-Jährige`)."""
        words = [w for w in self.text[start:end].split() if w[:1].isupper() or w[:1].isdigit()]
        if not words:
            return None
        head = words[-1].lower()
        if head.endswith(self.anaphoric):
            return self.person_before(start)
        fits = {eid for eid, roles in self.roles if any(r == head or r.endswith(head) for r in roles)}
        for m in reversed(self.mentions):
            if m.end <= start and m.entity in fits:
                return m.entity
        return next(iter(fits)) if len(fits) == 1 else None

    def person_before(self, offset: int) -> str | None:
        """The nearest person named before `offset` (fallback for unresolved pronouns)."""
        for m in reversed(self.mentions):
            if m.end <= offset and m.type == "PER" and m.kind in ("name", "role"):
                return m.entity
        return None


def resolve(
    doc: AnalysedDocument, quotes: list[Quote], inherited: dict[int, int], anaphoric: tuple[str, ...] = ()
) -> None:
    """Fill `entity` of sources, addressees and relays; quotes listed in `inherited` (index → index
    of the quotation they continue) take over that quotation's source."""
    linker = Linker(doc, anaphoric)
    for n, q in enumerate(quotes):
        if q.source is None and n in inherited:
            prev = quotes[inherited[n]]
            q.source = prev.source.model_copy() if prev.source else None
            continue
        if q.addressee is not None:
            q.addressee.entity = linker.entity_in(q.addressee.start, q.addressee.end)
        via = (q.via.start, q.via.end) if q.via and q.via.start is not None else None
        if q.via is not None and via is not None:
            q.via.entity = linker.entity_in(*via)
        if q.source is None:
            continue
        q.source.entity = linker.entity_in(q.source.start, q.source.end, exclude=via)
        if q.source.entity is None and q.source.text.lower() in PRONOUN_SOURCES:
            q.source.entity = _previous_speaker(quotes, n) or linker.person_before(q.source.start)
        elif q.source.entity is None:
            q.source.entity = linker.by_description(q.source.start, q.source.end)


def _previous_speaker(quotes: list[Quote], n: int) -> str | None:
    for q in reversed(quotes[:n]):
        if q.source is not None and q.source.entity is not None:
            return q.source.entity
    return None
