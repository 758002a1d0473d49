"""Link quotation sources, addressees and relays to entities of the entity layer.

The source entity is the entity mentioned inside the source phrase (a person named in it wins over
an organisation: `der Präsident des BDI, Siegfried Russwurm` → Russwurm; `ein Sprecher der Stadtwerke`
→ Stadtwerke); compound prefixes and adjectives do not count (`die CDU-Politikerin` is not the CDU).
Without a mention, the phrase's head noun is matched against the entities' roles (`der Kanzler`), and
an age description (`der 55-Jährige`) or a plain description (`sagte der Rathauschef`) the last person
named whose gender fits (from the first name), an organisation noun (`des Unternehmens`) the last
organisation. A pronoun takes the entity layer's resolution, else the speaker of the nearest preceding
quotation whose gender fits, else the nearest fitting person.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from dossier.model import AnalysedDocument, Quote
from dossier.speech.grammar import DATIVE_SOURCES, PRONOUN_SOURCES

_KIND_RANK = {"name": 0, "role": 1, "metonym": 2, "pronoun": 3, "demonym": 9}
_TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    entity: str
    kind: str
    type: str


@dataclass(frozen=True)
class Hints:
    """Language knowledge for linking descriptions: endings of age descriptions, organisation nouns,
    the gender a determiner or pronoun signals, first names with their gender."""

    anaphoric: tuple[str, ...] = ()
    org_nouns: tuple[str, ...] = ()
    indefinite: frozenset[str] = frozenset()
    person_endings: tuple[str, ...] = ()
    government: tuple[str, ...] = ()
    home: tuple[str, ...] = ()
    municipal: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    attach_preps: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    gender_words: dict[str, str] = field(default_factory=dict)
    first_names: dict[str, str] = field(default_factory=dict)


class Linker:
    """Mention index of one document, queried by span."""

    def __init__(self, doc: AnalysedDocument, hints: Hints):
        self.text = doc.text
        self.sentence_starts = [s.start for s in doc.sentences]
        self.hints = hints
        self.adjectives = {t.start for t in doc.tokens or [] if t.pos in ("ADJA", "ADJD") and t.text.islower()}
        self.roles = [(e.id, [r.lower() for r in e.roles]) for e in doc.entities if e.roles]
        self.outlets = {  # media and platforms relay or receive statements; they are not the speakers meant
            e.id for e in doc.entities if e.name in hints.platforms or set(e.name.lower().split()) & hints.media
        }
        self.gender = {e.id: hints.first_names.get(e.name.split()[0], "") for e in doc.entities if e.name}
        self.types = {e.id: e.type for e in doc.entities}
        self.names = {e.id: e.name or "" for e in doc.entities}
        self.by_name = {e.name.lower(): e.id for e in doc.entities if e.name and e.mentions}
        self.mentions = sorted(
            (_Mention(m.start, m.end, e.id, m.kind, m.type or e.type) for e in doc.entities for m in e.mentions),
            key=lambda m: m.start,
        )

    def entity_in(self, start: int, end: int, exclude: tuple[int, int] | None = None) -> str | None:
        """The best entity mentioned inside [start, end), ignoring the relay phrase `exclude`; else one
        whose mention starts inside and runs on (`die Bundesagentur` of `Bundesagentur für Arbeit`)."""
        inside = [
            m
            for m in self.mentions
            if start <= m.start
            and m.end <= end
            and m.kind != "demonym"
            and self._standalone(m)
            and not (exclude and exclude[0] <= m.start < exclude[1])
        ]
        attached = {m for m in inside if m.start > start and self._attached(m.start)}
        inside = [m for m in inside if not (m in attached and m.type == "LOC")]  # `ein Sprecher in Budapest`
        if not inside:
            running = [m for m in self.mentions if start <= m.start < end < m.end and m.kind == "name"]
            return running[0].entity if running else None
        best = min(
            inside,
            key=lambda m: (m in attached, _TYPE_RANK.get(m.type, 5), _KIND_RANK.get(m.kind, 5), -m.start),
        )
        return best.entity

    def body_of_person(self, start: int, end: int, entity: str | None) -> bool:
        """`hieß es aus dem Vorstand`: a phrase after aus without a name is a body, never a person the
        entity layer resolved the noun to."""
        words = self.text[max(0, start - 5) : start].split()
        if not words or words[-1] != "aus" or self.types.get(entity or "") != "PER":
            return False
        return not any(m.kind == "name" for m in self.mentions if start <= m.start and m.end <= end)

    def _attached(self, offset: int) -> bool:
        """A mention right after a preposition (`Keßler von Lindqvist`, `ein Sprecher in Budapest`)
        names what the speaker belongs to or where, not the speaker."""
        before = self.text[max(0, offset - 6) : offset].split()
        return bool(before) and self.text[offset - 1] == " " and before[-1].lower() in self.hints.attach_preps

    def _standalone(self, m: _Mention) -> bool:
        """A mention that is a word of its own: no compound prefix (`CDU-Politikerin`), no adjective."""
        after = self.text[m.end : m.end + 2]
        compound = after[:1] == "-" and after[1:].isalpha()
        return not compound and m.start not in self.adjectives

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def can_speak(self, entity: str | None, pronoun: str) -> bool:
        """Whether a pronoun speaker may be this entity: places never speak; a masculine pronoun means
        a person."""
        etype = self.types.get(entity or "")
        return etype not in ("LOC", "MISC") and not (etype == "ORG" and self.hints.gender_words.get(pronoun) == "m")

    def fits(self, entity: str, gender: str) -> bool:
        return not gender or self.gender.get(entity, "") in ("", "u", gender)

    def by_description(self, start: int, end: int) -> str | None:
        """The entity a description without a name refers to (see the module docstring)."""
        words = self.text[start:end].split()
        cut = next((n for n, w in enumerate(words) if n and w.lower() in self.hints.attach_preps), len(words))
        at = self.text[start:end].find(" " + words[cut] + " ") if cut < len(words) else -1
        if at > 0:  # `Regierungskreise in Wien`: the head comes before the attached phrase
            end, words = start + at, words[:cut]
        named = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
        if not named:
            return None
        head = self._group_head(named[-1].lower().strip('„“»«"'))
        gender = self.hints.gender_words.get(words[0].lower(), "")
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        if words[0].lower() in self.hints.indefinite and inside:
            return inside[-1].entity  # `ein EU-Diplomat`, `ein Nasa-Sprecher`: the organisation named in it
        if head.endswith(tuple(self.hints.media)) and words[0].lower() in self.hints.gender_words:
            return self.before_outlet(start) or self.before(start, "ORG", "", outlets=True)  # `das Blatt`
        named_in = [m for m in inside if m.kind == "name" and self.text[m.end : m.end + 1] == "-"]
        if head.endswith(self.hints.org_nouns) and named_in:  # `aus der SPD-Spitze`: the organisation in it
            return named_in[-1].entity
        country = [m for m in inside if m.kind == "demonym" and self.text[m.start].islower()]
        if head.endswith(self.hints.org_nouns) and country:  # `der ukrainischen Regierung`, not `das Münchner Blatt`
            return country[0].entity
        fits = {eid for eid, roles in self.roles if any(r == head or r.endswith(head) for r in roles)}
        for m in reversed(self.mentions):
            if m.end <= start and m.entity in fits:
                return m.entity
        if len(fits) == 1:
            return next(iter(fits))
        if head.startswith(self.hints.government):  # `ein Regierungssprecher`: the country the text is about
            placed = at > 0 or self._attached_after(end)  # `ein Regierungssprecher in Budapest`
            home = self.home() if not placed and self._speaker_compound(named[-1]) else None
            return home or self.most_named(start, "LOC") or self.before(start, "ORG", "")
        if head.endswith(self.hints.municipal):  # `aus der Stadtverwaltung`: the town
            return self.most_named(start, "LOC")
        if head.endswith(self.hints.org_nouns):
            return self.called(start, head) or self.before(start, "ORG", "")
        if words[0].lower() in self.hints.indefinite:
            return None
        person = head.endswith(self.hints.anaphoric) or head.endswith(self.hints.person_endings)
        plural = gender == "f" or (words[0].lower() == "der" and self._after_noun(start))  # `Angaben der Ermittler`
        if person and plural and head.endswith("er"):  # `die Forscher`: a group, their organisation
            return self.before(start, "ORG", "")
        if person and words[0].lower() in self.hints.gender_words:
            return self.before(start, "PER", gender) or self.after(end, gender)
        return None

    def _after_noun(self, start: int) -> bool:
        """Whether the phrase follows a noun (`Angaben der Ermittler`): its `der` is a genitive, so a
        noun in -er without -in is a plural group, not one man."""
        before = self.text[max(0, start - 30) : start].split()
        return bool(before) and before[-1][:1].isupper() and before[-1].isalpha()

    def _attached_after(self, end: int) -> bool:
        """Whether a phrase attached by a preposition follows (`… in Washington`, `… aus Wien`)."""
        nxt = self.text[end : end + 8].split()
        return bool(nxt) and self.text[end : end + 1] == " " and nxt[0].lower() in self.hints.attach_preps

    def _speaker_compound(self, word: str) -> bool:
        """`Regierungssprecher`, `Regierungskreisen`: a speaker or group built on a government noun,
        not the bare noun (`die Regierung` of a foreign country the text is about)."""
        low = word.lower()
        return any(low.startswith(g) and len(low) > len(g) + 2 for g in self.hints.government)

    def home(self) -> str | None:
        """The home government or country (`home.txt`, in order) if the text names it as an entity."""
        for name in self.hints.home:
            found = self.by_name.get(name.lower())
            if found is not None:
                return found
        return None

    def after(self, offset: int, gender: str) -> str | None:
        """The first person named after `offset` whose gender fits: a description that comes before
        the name (`sagte der 61-Jährige` in a lead, the name in the next paragraph)."""
        return next(
            (
                m.entity
                for m in self.mentions
                if m.start >= offset and m.type == "PER" and m.kind == "name" and self.fits(m.entity, gender)
            ),
            None,
        )

    def before(self, offset: int, etype: str, gender: str, outlets: bool = False) -> str | None:
        """The nearest entity of type `etype` named before `offset` whose gender fits (outlets only
        when asked for: they relay or receive statements)."""
        for m in reversed(self.mentions):
            if (
                m.end <= offset
                and m.type == etype
                and m.kind in ("name", "role")
                and self.fits(m.entity, gender)
                and (outlets or m.entity not in self.outlets)
            ):
                return m.entity
        return None

    def before_outlet(self, offset: int) -> str | None:
        """The outlet named last before `offset` (`das Blatt`: the paper, not the party it wrote about)."""
        return next((m.entity for m in reversed(self.mentions) if m.end <= offset and m.entity in self.outlets), None)

    def called(self, offset: int, head: str) -> str | None:
        """The organisation last called by the head noun before `offset`: `aus Unternehmenskreisen` is the
        company the text has called `das Unternehmen`, not merely the organisation named last."""
        for m in reversed(self.mentions):
            if m.end <= offset and m.type == "ORG" and m.kind != "pronoun" and m.entity not in self.outlets:
                named = f"{self._class_noun(m.start)} {self.text[m.start : m.end]} {self.names[m.entity]}"
                if self._names_head(named, head):
                    return m.entity
        return None

    def _class_noun(self, offset: int) -> str:
        """The capitalised word right before a name (`das Busunternehmen Mainland-Verkehr`)."""
        words = self.text[max(0, offset - 40) : offset].split()
        return words[-1] if words and words[-1][:1].isupper() and self.text[offset - 1 : offset] == " " else ""

    @staticmethod
    def _names_head(name: str, head: str) -> bool:
        """Whether a name contains the head noun as a word or a compound's end: `des Verbands` in
        `Verband kommunaler Unternehmen`, `der Messe` in `Leipziger Buchmesse`."""
        stem = head.rstrip("s")
        words = [w.rstrip("s") for w in name.lower().replace("-", " ").split()]
        return any(w == stem or (len(stem) > 4 and w.endswith(stem)) for w in words)

    def most_named(self, offset: int, etype: str) -> str | None:
        """The entity of type `etype` named most often before `offset` (the town an article is about)."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.end <= offset and m.type == etype and m.kind == "name":
                counts[m.entity] = counts.get(m.entity, 0) + 1
        return max(counts, key=lambda e: counts[e]) if counts else None

    def _group_head(self, head: str) -> str:
        """`konzernkreisen` → `konzern`: an anonymous group is read by the word it is built on."""
        for ending in self.hints.groups:
            if head.endswith(ending) and len(head) > len(ending) + 2:
                return head[: -len(ending)].rstrip("s")
        return head


def resolve(doc: AnalysedDocument, quotes: list[Quote], inherited: dict[int, int], hints: Hints) -> None:
    """Fill `entity` of sources, addressees and relays; quotes listed in `inherited` (index → index
    of the quotation they continue) take over that quotation's source."""
    linker = Linker(doc, hints)
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
        if linker.body_of_person(q.source.start, q.source.end, q.source.entity):
            head = q.source.text.split()[-1].lower()
            q.source.entity = linker.called(q.source.start, head) or linker.before(q.source.start, "ORG", "")
        pronoun = q.source.text.lower() in PRONOUN_SOURCES | DATIVE_SOURCES
        if pronoun and n and quotes[n - 1].source and quotes[n - 1].source.entity:
            prev = quotes[n - 1]
            gender = hints.gender_words.get(q.source.text.lower(), "")
            gap = linker.sentence_of(q.message[0].start) - linker.sentence_of(prev.message[-1].start)
            if gap <= 1 and linker.fits(prev.source.entity, gender):
                q.source.entity = prev.source.entity
        if pronoun and not linker.can_speak(q.source.entity, q.source.text.lower()):
            q.source.entity = None  # `sie` resolved to a town, `er` to a company: look for a person
        if q.source.entity is None and pronoun:
            gender = hints.gender_words.get(q.source.text.lower(), "")
            q.source.entity = _previous_speaker(quotes, n, linker, q.source.text.lower()) or linker.before(
                q.source.start, "PER", gender
            )
        elif q.source.entity is None:
            q.source.entity = linker.by_description(q.source.start, q.source.end)


def _previous_speaker(quotes: list[Quote], n: int, linker: Linker, pronoun: str) -> str | None:
    """The speaker of the nearest earlier quotation the pronoun can mean (gender fits). `er` means an
    organisation only right after its own quotation (its spokesman: `…, teilte die Firma mit. …, sagte
    er.`), never one quoted further back (`sagte er einmal`, the author, not his publisher)."""
    gender = linker.hints.gender_words.get(pronoun, "")
    here = linker.sentence_of(quotes[n].message[0].start) if quotes[n].message else -1
    for k in range(n - 1, -1, -1):
        q = quotes[k]
        entity = q.source.entity if q.source is not None else None
        if entity is None or not linker.fits(entity, gender):
            continue
        near = k == n - 1 and bool(q.message) and here - linker.sentence_of(q.message[-1].start) <= 1
        if near or linker.can_speak(entity, pronoun):
            return entity
    return None
