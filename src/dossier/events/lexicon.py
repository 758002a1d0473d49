"""The event lexicon of a language pack: triggers, exclusions, context requirements, modality cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dossier.lang import LanguagePack, LexiconError, get_pack

KINDS = ("noun", "verb", "suffix")
LEARNED_FILE = "events/learned_triggers.tsv"  # written by `python -m dossier.events.train`


@dataclass(frozen=True)
class EventLexicon:
    """Trigger lemmas by kind, suffixes longest first, and the regexes that qualify them."""

    nouns: dict[str, str]
    verbs: dict[str, str]
    suffixes: tuple[tuple[str, str], ...]
    exclude: frozenset[str]
    requires: dict[str, re.Pattern[str]]
    modality: tuple[tuple[str, re.Pattern[str]], ...]
    claim_cues: frozenset[str]
    retype: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(default_factory=dict)
    not_happenings: frozenset[str] = frozenset()  # verbs that never name a happening (dated-verb rule)
    receiving: frozenset[str] = frozenset()  # verbs whose subject receives the event (award beneficiary)
    undergoing: frozenset[str] = frozenset()  # triggers whose subject undergoes the event (the dead)
    # an inflected planning participle before a noun (`geplante `), which plans that noun, not the trigger
    attributive_plan: re.Pattern[str] = re.compile(r"(?!)")
    # words opening a comma stretch that lists more members of the one before (`, darunter …`)
    list_continuation: re.Pattern[str] = re.compile(r"(?!)")
    passive_auxiliaries: frozenset[str] = frozenset()  # forms of `werden` that make a participle passive
    conjunctions: frozenset[str] = frozenset()  # words after which a conjunct shares the first's preposition
    agent_conjunctions: frozenset[str] = frozenset()  # words joining a name to the agent, who then acts too
    pair_conjunctions: frozenset[str] = frozenset()  # words joining the second party of `zwischen X und Y`
    place_prepositions: frozenset[str] = frozenset()  # a place after them is where the event happens
    party_prepositions: frozenset[str] = frozenset()  # a place after them can be a party to the event
    genitive_prepositions: frozenset[str] = frozenset()  # after a noun they stand for a genitive (`Zentrum von`)
    referring_determiners: frozenset[str] = frozenset()  # before a noun trigger: it likely refers back
    # (preposition, role, condition: "" for any event, an event type, or "hostile"), first match wins
    preposition_roles: tuple[tuple[str, str, str], ...] = ()
    between_prepositions: frozenset[str] = frozenset()  # govern a pair: agent, then partner (`zwischen`)
    struck_prepositions: frozenset[str] = frozenset()  # a place after them is a party only when struck at
    reflexive_passives: tuple[tuple[str, str], ...] = ()  # (reflexive pronoun, verb lemma): `ließ sich festnehmen`
    infinitive_particles: frozenset[str] = frozenset()  # before a verb: a zu-infinitive (`zu schließen`)
    _noun_cache: dict[str, str | None] = field(default_factory=dict, init=False, compare=False, repr=False)

    def prepositions_of(self, role: str) -> frozenset[str]:
        """Prepositions that give `role` to the name they govern in some event (`gegen`, `auf` → target)."""
        return frozenset(prep for prep, given, _ in self.preposition_roles if given == role)

    def context_type(self, lemma: str, sentence_text: str) -> str | None:
        """The type a lemma takes in this sentence's setting (`Verhandlung` before a court → trial), if any."""
        return next((t for t, rx in self.retype.get(lemma, ()) if rx.search(sentence_text)), None)

    def noun_type(self, lemma: str) -> str | None:
        """Event type of a noun lemma: exact entry, else the longest trigger suffix of a compound (cached:
        the suffix scan is the stage's hot spot and news vocabulary repeats)."""
        low = lemma.lower()
        if low not in self._noun_cache:
            if len(self._noun_cache) > 200_000:  # a long-running process: keep memory bounded
                self._noun_cache.clear()
            self._noun_cache[low] = self._noun_type(low)
        return self._noun_cache[low]

    def _noun_type(self, low: str) -> str | None:
        if low in self.exclude:
            return None
        if low in self.nouns:
            return self.nouns[low]
        for suffix, event_type in self.suffixes:
            if low.endswith(suffix):
                return event_type
        return None

    def verb_type(self, lemma: str) -> str | None:
        """The event type a verb lemma names, or None when it names none."""
        return self.verbs.get(lemma.lower())


@cache
def load_lexicon(lang: str, learned_triggers: bool = True) -> EventLexicon:
    """Read and check the event data files of a language pack once per process (without the learned
    triggers when training, so learning does not depend on its own earlier output)."""
    pack = get_pack(lang)
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    learned = learned_triggers and (pack.root / "data" / LEARNED_FILE).exists()
    rows = pack.table("events/triggers.tsv") + (pack.table(LEARNED_FILE) if learned else [])
    for row in rows:
        if len(row) != 3 or row[2] not in KINDS:
            raise LexiconError(f"events/triggers.tsv: bad row {row!r} (lemma, type, noun|verb|suffix)")
        lemma, event_type, kind = row[0].lower(), row[1], row[2]
        {"noun": nouns, "verb": verbs, "suffix": suffixes}[kind].setdefault(lemma, event_type)
    requires = {row[0].lower(): re.compile(row[1]) for row in pack.table("events/requires.tsv")}
    modality = tuple((row[0], re.compile(row[1], re.IGNORECASE)) for row in pack.table("events/modality.tsv"))
    retype: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
    for lemma, event_type, rx in pack.table("events/retype.tsv"):
        retype[lemma.lower()] = (*retype.get(lemma.lower(), ()), (event_type, re.compile(rx)))
    return EventLexicon(
        nouns=nouns,
        verbs=verbs,
        suffixes=tuple(sorted(suffixes.items(), key=lambda kv: -len(kv[0]))),
        exclude=frozenset(w.lower() for w in pack.lines("events/exclude.txt")),
        requires=requires,
        modality=modality,
        claim_cues=frozenset(w.lower() for w in pack.lines("events/claim_cues.txt")),
        retype=retype,
        not_happenings=frozenset(w.lower() for w in pack.lines("events/not_happenings.txt")),
        receiving=frozenset(w.lower() for w in pack.lines("events/receiving_verbs.txt")),
        undergoing=frozenset(w.lower() for w in pack.lines("events/undergoing.txt")),
        attributive_plan=re.compile(rf"\b({_any_of(pack, 'attributive_plans.txt')})e[nmrs]?\s+(?=\w)"),
        list_continuation=re.compile(rf"\s*({_any_of(pack, 'list_continuations.txt')})\b"),
        passive_auxiliaries=_words(pack, "passive_auxiliaries.txt"),
        conjunctions=_words(pack, "conjunctions.txt"),
        agent_conjunctions=_words(pack, "agent_conjunctions.txt"),
        pair_conjunctions=_words(pack, "pair_conjunctions.txt"),
        place_prepositions=_words(pack, "place_prepositions.txt"),
        party_prepositions=_words(pack, "party_prepositions.txt"),
        genitive_prepositions=_words(pack, "genitive_prepositions.txt"),
        referring_determiners=_words(pack, "referring_determiners.txt"),
        preposition_roles=_preposition_roles(pack),
        between_prepositions=_words(pack, "between_prepositions.txt"),
        struck_prepositions=_words(pack, "struck_prepositions.txt"),
        reflexive_passives=_pairs(pack, "reflexive_passives.tsv"),
        infinitive_particles=_words(pack, "infinitive_particles.txt"),
    )


def _preposition_roles(pack: LanguagePack) -> tuple[tuple[str, str, str], ...]:
    """Rows of `preposition_roles.tsv` as (preposition, role, condition), the condition "" when none."""
    rows = []
    for row in pack.table("events/preposition_roles.tsv"):
        if len(row) not in (2, 3):
            raise LexiconError(f"events/preposition_roles.tsv: bad row {row!r} (preposition, role[, condition])")
        rows.append((row[0], row[1], row[2] if len(row) == 3 else ""))
    return tuple(rows)


def _pairs(pack: LanguagePack, name: str) -> tuple[tuple[str, str], ...]:
    """Rows of a two-column events/ table."""
    rows = pack.table(f"events/{name}")
    if any(len(row) != 2 for row in rows):
        raise LexiconError(f"events/{name}: every row needs two columns")
    return tuple((row[0], row[1]) for row in rows)


def _words(pack: LanguagePack, name: str) -> frozenset[str]:
    """The words of an events/ list file as written (function words, matched against tokens as the file says)."""
    return frozenset(pack.lines(f"events/{name}"))


def _any_of(pack: LanguagePack, name: str) -> str:
    """A regex alternation of the literal words of an events/ list file, in file order."""
    return "|".join(map(re.escape, pack.lines(f"events/{name}")))
