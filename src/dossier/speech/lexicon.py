"""The cue lexicon of a language pack: speech verbs with their forms, fixed cues, channels, outlets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from dossier.lang import LanguagePack, LexiconError, get_pack
from dossier.speech.link import Hints

_INSEPARABLE = ("be", "er", "ver", "ent", "zer", "ge", "emp", "miss", "wider", "hinter", "über", "unter")


@dataclass(frozen=True)
class CueVerb:
    """One cue verb: its infinitive, separable particle (or ''), frames (`c`, `n`, `t`, `x`, `r`, `f`, `p`, `z`)."""

    lemma: str
    particle: str
    frames: str


ANY_VERB = CueVerb("", "", "")


@dataclass(frozen=True)
class FormHit:
    """A word form of a cue verb: finite forms may need their particle later in the clause."""

    verb: CueVerb
    finite: bool
    needs_particle: bool


@dataclass(frozen=True)
class SpeechLexicon:
    """Everything the speech layer reads from the language pack, indexed for lookups by form."""

    forms: dict[str, tuple[FormHit, ...]]
    fixed: tuple[tuple[tuple[str, ...], str], ...]
    channels: tuple[str, ...]
    platforms: frozenset[str]
    media: frozenset[str]
    relay: tuple[tuple[tuple[str, ...], str], ...]
    konjunktiv: frozenset[str]
    causative: frozenset[str]
    content_preps: frozenset[str]
    hints: Hints
    impersonal_preps: frozenset[str]
    reported_mood: frozenset[str]
    quoting_stems: tuple[str, ...]
    contrast: frozenset[str]
    governed: dict[str, frozenset[str]]
    own: frozenset[str]
    nouns: frozenset[str]
    particles: frozenset[str]
    conditional: frozenset[str]
    not_speakers: tuple[str, ...]
    duration_adverbs: frozenset[str]
    perfect_aux: frozenset[str]
    attributive_time_preps: frozenset[str]
    turn_speakers: frozenset[str]
    adverb_phrases: frozenset[tuple[str, ...]]
    continuation_mood: frozenset[str]
    oblique: frozenset[str]
    first_person: frozenset[str]  # `ich`, `wir`: a Konjunktiv sentence with them continues no quotation
    receiving: frozenset[str]  # `bekommen`, `erhalten` after a cue participle: the subject is the recipient
    passive_aux: frozenset[str]  # `wurde`, `wird` before a cue participle: a passive, the speaker unnamed
    rate_words: frozenset[str]  # `Euro`, `mehr` before a set time: the rate of an amount (`350 Euro mehr im Monat`)
    other_sense: dict[str, frozenset[str]]  # verb → noun endings of objects that give it another sense
    konjunktiv_endings: tuple[str, ...]  # `-e`: a finite full verb so ending is a Konjunktiv I (`treffe`)
    past_endings: tuple[str, ...]  # `-te`, `-urde`: unless it ends so, a past form (`machte`, `wurde`)

    def content_preps_of(self, verb: CueVerb) -> frozenset[str]:
        """Prepositions that open the reported content of `verb`: its own (governed.tsv), else any."""
        return self.governed.get(verb.lemma, self.content_preps)

    @cached_property
    def fixed_by_first(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """Fixed cues indexed by their first word (longest first), for one lookup per token."""
        index: dict[str, list] = {}
        for words, role in self.fixed:
            index.setdefault(words[0], []).append((words, role))
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def impersonal_verbs(self) -> frozenset[str]:
        """The verbs of impersonal cues (`hieß` of `hieß es`), also found inverted (`wie es … hieß`)."""
        return frozenset(words[0] for words, role in self.fixed if role == "hiess")

    def verb_forms(self, form: str) -> tuple[FormHit, ...]:
        return self.forms.get(form.lower(), ())

    def is_media(self, word: str) -> bool:
        """An outlet word, also as the head of a compound (`Staatsagentur`, `Nachrichtensender`)."""
        low = word.lower()
        return low in self.media or any(low.endswith(m) and len(m) > 4 for m in self.media)

    def is_channel_noun(self, word: str) -> bool:
        """A channel noun, also as the head of a compound (`Fernsehinterview`)."""
        low = word.lower()
        return any(low == c or (low.endswith(c) and len(low) > len(c) + 2) for c in self.channels)


def weak_forms(stem: str) -> tuple[list[str], list[str]]:
    """Finite forms and the participle stem of a weak verb stem (`sag` → sagt, sagte …; `gesagt`)."""
    hard_nasal = stem[-1:] in "nm" and stem[-2:-1] not in "aeiouäöülrhmn"  # rechn-et, atm-et
    e = "e" if stem.endswith(("t", "d", "chn")) or hard_nasal else ""
    finite = [stem + "e", stem + e + "st", stem + e + "t", stem + "en", stem + e + "te", stem + e + "ten"]
    if stem.endswith(("el", "er")):
        finite += [stem + "n", stem[:-2] + stem[-1] + "e"]
    return finite, [stem + e + "t"]


def _stem(infinitive: str) -> str:
    if infinitive.endswith("en"):
        return infinitive[:-2]
    return infinitive[:-1]


def _participle(base: str, part_stem: str) -> str:
    if base.endswith("ieren") or base.startswith(_INSEPARABLE):
        return part_stem
    return "ge" + part_stem


def forms_of(verb: CueVerb, irregular: list[str]) -> dict[str, FormHit]:
    """Every word form of a cue verb mapped to how it appears (finite, split from its particle …)."""
    base = verb.lemma[len(verb.particle) :]
    finite, part_stems = weak_forms(_stem(base))
    participles = [_participle(base, p) for p in part_stems]
    finite += [f for f in irregular if not f.startswith("ge") or f == base]
    participles += [f for f in irregular if f.startswith("ge") and f != base]
    out: dict[str, FormHit] = {}
    p = verb.particle
    if " " in p:  # a particle of several words (`in Aussicht stellen`) is never joined to the verb
        return {f: FormHit(verb, finite=f in finite, needs_particle=True) for f in [*participles, base, *finite]}
    for f in [*participles, base]:
        out[p + f] = FormHit(verb, finite=False, needs_particle=False)
    for f in finite:  # after the participles: `betont` is finite unless an auxiliary says otherwise
        out[f] = FormHit(verb, finite=True, needs_particle=bool(p))
        if p:
            out[p + f] = FormHit(verb, finite=True, needs_particle=False)
    if p:
        out[p + "zu" + base] = FormHit(verb, finite=False, needs_particle=False)
    return out


def _word_rows(pack_table: list[list[str]], name: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = []
    for row in pack_table:
        if len(row) != 2:
            raise LexiconError(f"speech/{name}: bad row {row!r}")
        rows.append((tuple(row[0].lower().split()), row[1]))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def load_lexicon(lang: str) -> SpeechLexicon:
    """Read and check the speech data files of a language pack once per process."""
    pack = get_pack(lang)
    forms: dict[str, list[FormHit]] = {}
    for row in pack.table("speech/verbs.tsv"):
        if len(row) not in (2, 3) or not set(row[1]) <= set("cntxrfpz"):
            raise LexiconError(f"speech/verbs.tsv: bad row {row!r} (verb, frames, [forms])")
        particle, _, base = row[0].rpartition("|")
        verb = CueVerb(lemma=particle + base, particle=particle.lower(), frames=row[1])
        irregular = row[2].split("|") if len(row) == 3 else []
        for form, hit in forms_of(verb, irregular).items():
            forms.setdefault(form, []).append(hit)
    media = frozenset(_lowered(pack, "media.txt"))
    platforms = frozenset(pack.lines("speech/platforms.txt"))
    relay = _word_rows(pack.table("speech/relay.tsv"), "relay.tsv")
    lemmas = {h.verb.lemma for v in forms.values() for h in v}
    return SpeechLexicon(
        forms={k: tuple(v) for k, v in forms.items()},
        fixed=_word_rows(pack.table("speech/preps.tsv"), "preps.tsv"),
        channels=_lowered(pack, "channels.txt"),
        platforms=platforms,
        media=media,
        relay=relay,
        konjunktiv=frozenset(pack.lines("speech/konjunktiv.txt")),
        causative=frozenset(pack.lines("speech/causative.txt")),
        content_preps=frozenset(_lowered(pack, "content_preps.txt")),
        quoting_stems=tuple(" ".join(w) for w, role in relay if role == "quoting"),
        reported_mood=frozenset(pack.lines("speech/konjunktiv.txt") + pack.lines("speech/konjunktiv2.txt")),
        impersonal_preps=frozenset(_lowered(pack, "impersonal_preps.txt")),
        hints=Hints(
            anaphoric=_lowered(pack, "anaphoric.txt"),
            org_nouns=_lowered(pack, "org_nouns.txt"),
            person_endings=_lowered(pack, "person_endings.txt"),
            government=_lowered(pack, "government.txt"),
            home=tuple(pack.lines("speech/home.txt")),
            municipal=_lowered(pack, "municipal.txt"),
            groups=_lowered(pack, "groups.txt"),
            attach_preps=frozenset(_lowered(pack, "attach_preps.txt")),
            media=media,
            platforms=platforms,
            gender_words={row[0].lower(): row[1] for row in pack.table("speech/gender.tsv") if row[1] != "-"},
            indefinite=frozenset(
                row[0].lower() for row in pack.table("speech/gender.tsv") if row[2:] == ["indef"]
            ),
            first_names={row[0]: row[1] for row in pack.table("entities/first_names.tsv") if len(row) == 2},
        ),
        contrast=frozenset(pack.lines("speech/contrast.txt")),
        own=frozenset(_lowered(pack, "own.txt")),
        nouns=frozenset(_lowered(pack, "nouns.txt")),
        particles=frozenset(_lowered(pack, "particles.txt")),
        conditional=frozenset(_lowered(pack, "conditional.txt")),
        not_speakers=_lowered(pack, "not_speakers.txt"),
        duration_adverbs=frozenset(_lowered(pack, "duration_adverbs.txt")),
        perfect_aux=frozenset(_lowered(pack, "perfect_aux.txt")),
        attributive_time_preps=frozenset(_lowered(pack, "attributive_time_preps.txt")),
        turn_speakers=frozenset(pack.lines("speech/turn_speakers.txt")),
        adverb_phrases=frozenset(tuple(line.split()) for line in _lowered(pack, "adverb_phrases.txt")),
        oblique=frozenset(_lowered(pack, "oblique.txt")),
        first_person=frozenset(_lowered(pack, "first_person.txt")),
        receiving=frozenset(_lowered(pack, "receiving.txt")),
        passive_aux=frozenset(_lowered(pack, "passive_aux.txt")),
        rate_words=frozenset(pack.lines("speech/rate_words.txt")),
        konjunktiv_endings=_endings(pack, "mood"),
        past_endings=_endings(pack, "past"),
        continuation_mood=frozenset(pack.lines("speech/konjunktiv.txt") + pack.lines("speech/konjunktiv_plural.txt")),
        governed=_by_cue_verb(pack, "governed.tsv", lemmas),
        other_sense=_by_cue_verb(pack, "other_sense.tsv", lemmas),
    )


def _lowered(pack: LanguagePack, name: str) -> tuple[str, ...]:
    """The lines of a speech word list, lower-cased (the lists are matched against lower-cased words)."""
    return tuple(w.lower() for w in pack.lines(f"speech/{name}"))


def _endings(pack: LanguagePack, kind: str) -> tuple[str, ...]:
    """The verb endings of one kind (`mood`, `past`) in konjunktiv_endings.tsv."""
    rows = pack.table("speech/konjunktiv_endings.tsv")
    if any(len(row) != 2 or row[1] not in ("mood", "past") for row in rows):
        raise LexiconError("speech/konjunktiv_endings.tsv: rows must be ending<TAB>mood|past")
    return tuple(row[0] for row in rows if row[1] == kind)


def _by_cue_verb(pack: LanguagePack, name: str, lemmas: set[str]) -> dict[str, frozenset[str]]:
    """A table of cue verb → `|`-separated words (governed prepositions, object noun endings); every
    verb must be one of `lemmas`, the cue verbs."""
    out = {}
    for row in pack.table(f"speech/{name}"):
        lemma = row[0].replace("|", "") if len(row) == 2 else ""
        if lemma not in lemmas:
            raise LexiconError(f"speech/{name}: bad row or unknown verb {row!r}")
        out[lemma] = frozenset() if row[1] == "-" else frozenset(row[1].lower().split("|"))
    return out
