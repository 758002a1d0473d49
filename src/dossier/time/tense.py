"""Tense of the clause around a time expression: past, future or unknown (present).

Cues come from the language pack: future auxiliaries and adverbs, past verb forms, Perfekt auxiliaries.
A weak Präteritum (`sagte`, `führte`) is recognised from the token's lemma. The clause is the stretch of
the sentence between commas, colons, dashes and quotation marks; without a cue there the whole sentence
decides.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from dossier.lang import LanguagePack
from dossier.model import AnalysedDocument, Token
from dossier.time.resolve import Tense

_BOUNDARIES = frozenset(",;:()„“”\"»«")  # not dashes: `hat am Mittwoch – trotz … – angekündigt`
_FRONT = ("APPR", "APPRART", "ART")  # what may stand before an expression that opens its sentence (Am, An dem)


@dataclass(frozen=True)
class TenseCues:
    """Word forms (lower case) that mark a clause's tense."""

    future: frozenset[str]
    past: frozenset[str]
    perfect_aux: frozenset[str]
    werden: frozenset[str]  # future auxiliaries that make the passive with a participle
    range_words: frozenset[str]  # `bis` after an expression: it starts a range, its preposition says nothing
    scheduled: frozenset[str]  # present-tense schedule words: future when nothing else shows a tense
    prepositions: dict[str, tuple[str, bool]]  # preposition → ("past" | "future", overrides the verb)
    habitual: frozenset[str] = frozenset()  # adverbs of habit: a clock time near them has no date (meist)
    between: frozenset[str] = frozenset()  # words that may stand between a preposition and its day (bis mindestens)
    then: frozenset[str] = frozenset()  # words naming an earlier time that `heute` is set against (früher, damals)
    prefixed_past: frozenset[str] = frozenset()  # past forms with a verb prefix: be+trat is past because trat is
    participle_prefixes: tuple[str, ...] = ()  # `verkündet` after `hat` is a participle although tagged finite
    participle_endings: tuple[str, ...] = ()  # lemma endings with the same effect (`informiert`: -ieren)
    expect: frozenset[str] = frozenset()  # verbs of expectation: their `dass` clause is about the future
    expect_conjunctions: frozenset[str] = frozenset()  # `dass`, `ob`
    perfect_infinitive: frozenset[str] = frozenset()  # `haben`: `soll … erfasst haben` is past
    weak_past_endings: tuple[str, ...] = ()  # stem + ending is a weak Präteritum (`sag` + `te`)
    infinitive_markers: frozenset[str] = frozenset()  # `zu`: the verb after it is an infinitive

    @classmethod
    def from_pack(cls, pack: LanguagePack, folder: str = "time") -> TenseCues:
        """Read the cue lists of a language pack."""

        def words(name: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in pack.lines(f"{folder}/{name}"))

        past = words("tense_past.txt")
        prefixed = frozenset(p + form for p in words("tense_verb_prefixes.txt") for form in past if len(form) > 2)
        return cls(
            words("tense_future.txt"),
            past,
            words("tense_perfect_aux.txt"),
            words("tense_werden.txt"),
            words("tense_range_words.txt"),
            words("tense_scheduled.txt"),
            {r[0].casefold(): (r[1], r[2] == "override") for r in pack.table(f"{folder}/tense_prepositions.tsv")},
            words("habitual.txt"),
            words("tense_preposition_gap.txt"),
            words("contrast_past.txt"),
            prefixed,
            tuple(sorted(words("tense_participle_prefixes.txt"))),
            tuple(sorted(words("tense_participle_endings.txt"))),
            frozenset(w.split()[0] for w in words("tense_expect.txt")),
            words("tense_expect_conjunctions.txt"),
            words("tense_perfect_infinitive.txt"),
            tuple(w.casefold() for w in pack.lines(f"{folder}/tense_weak_past_endings.txt")),
            words("tense_infinitive_markers.txt"),
        )


def weak_preterite(token: Token, endings: tuple[str, ...], after: Token | None = None) -> bool:
    """A full verb whose form is its lemma's stem plus a Präteritum ending (sagte, arbeitete).

    Out of context the tagger reads some of them as adjectives (`versammelten` → ADJA `versammelt`);
    such a form counts when no noun or adjective follows it.
    """
    pos, form, lemma = token.pos or "", token.text.casefold(), (token.lemma or "").casefold()
    if pos == "ADJA" and token.text[:1].islower() and lemma.endswith("t") and form in (lemma + "e", lemma + "en"):
        return after is None or not (after.pos or "").startswith(("NN", "NE", "ADJ"))
    if not pos.startswith("VV") or not lemma:
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    return any(form == stem + ending for ending in endings)


def strong_preterite(token: Token) -> bool:
    """A finite verb with a changed stem that is no present form (`brach`, `stiegen`; not `bricht`)."""
    pos, form, lemma = token.pos or "", token.text.casefold(), (token.lemma or "").casefold()
    if pos != "VVFIN" or len(lemma) < 4:
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return not form.startswith(stem) and not form.endswith("t")


def _cues(tokens: list[Token], cues: TenseCues) -> list[tuple[int, str]]:
    """(offset, tense) of every tense cue among the tokens."""
    forms = [t.text.casefold() for t in tokens]
    participles = [tokens[i].start for i in range(len(tokens)) if _participle(tokens, i, cues)]
    passive = any((t.pos or "").endswith("PP") for t in tokens)
    found = [
        (t.start, "future")
        for t, f in zip(tokens, forms, strict=True)
        if f in cues.future and not (passive and f in cues.werden)
    ]
    after: list[Token | None] = [*tokens[1:], None] if tokens else []
    found += [
        (t.start, "past")
        for t, f, nxt in zip(tokens, forms, after, strict=True)
        # a form tagged as participle (`werde … entschieden`) is no Präteritum even when it could be one
        if (t.pos != "VVPP" and (f in cues.past or (f in cues.prefixed_past and (t.pos or "").startswith("V"))))
        or weak_preterite(t, cues.weak_past_endings, nxt)
        or strong_preterite(t)
    ]
    if participles and any(f in cues.perfect_aux for f in forms):
        found += [(at, "past") for at in participles]
    markers = cues.infinitive_markers
    if _zu_infinitive(tokens, markers) and not any(_finite(tokens, i, markers) for i in range(len(tokens))):
        found.append((tokens[-1].start, "future"))  # `kündigte an, am Wochenende zu reisen`
    perfect = [tokens[i].start for i in range(len(tokens) - 1) if _perfect_infinitive(tokens, i, cues)]
    if perfect and not any(f in cues.werden for f in forms):  # `wird … gebaut haben` is Futur II
        return [(at, "past") for at in perfect]
    return found


def _perfect_infinitive(tokens: list[Token], i: int, cues: TenseCues) -> bool:
    """A participle before `haben` (`soll … erfasst haben`): the past, whatever modal stands before."""
    return tokens[i + 1].text.casefold() in cues.perfect_infinitive and _participle(tokens, i, cues)


def tokens_tense(tokens: list[Token], cues: TenseCues, at: int = 0) -> Tense:
    """Tense of the cue nearest to offset `at` (`hatte am Montag begonnen und soll …`: past); None if none."""
    found = _cues(tokens, cues)
    if found:
        return min(found, key=lambda c: abs(c[0] - at))[1]
    scheduled = any(t.text.casefold() in cues.scheduled for t in tokens) or _werden_passive(tokens, cues)
    return "future" if scheduled else None


def _werden_passive(tokens: list[Token], cues: TenseCues) -> bool:
    """A present passive (`wird … eingeführt`, `werde … entschieden`): news use it for what is scheduled."""
    werden = any((t.pos or "") == "VAFIN" and t.text.casefold() in cues.werden for t in tokens)
    return werden and any((t.pos or "").endswith("PP") for t in tokens)


def _own_present(token: Token, cues: TenseCues) -> bool:
    """A present-tense finite verb that makes a clause of its own: a full or modal verb, or `werden` in a
    passive (`am Freitag werde entschieden`); not `hat`/`ist`, whose participle may stand outside the clause."""
    pos = token.pos or ""
    return pos in ("VVFIN", "VMFIN") or (pos == "VAFIN" and token.text.casefold() in cues.werden)


def _final_infinitive(clause: list[Token]) -> bool:
    """A subordinate clause whose last verb is an infinitive form: the finite plural present (`dass die
    Schulen am Freitag geschlossen bleiben`), not a past form of its own."""
    verbs = [t for t in clause if (t.pos or "").startswith("V")]
    return bool(clause and clause[0].pos == "KOUS" and verbs and (verbs[-1].pos or "").endswith("INF"))


def _zu_infinitive(tokens: list[Token], markers: frozenset[str]) -> bool:
    """`zu` before a full verb (the tagger reads some such infinitives as finite: `zu Ende zu spielen`)."""
    return any(a.text.casefold() in markers and (b.pos or "").startswith("VV") for a, b in pairwise(tokens))


def _finite(tokens: list[Token], i: int, markers: frozenset[str]) -> bool:
    """A finite verb, not one right after `zu` (an infinitive the tagger read as finite)."""
    return (tokens[i].pos or "").endswith("FIN") and not (i and tokens[i - 1].text.casefold() in markers)


def _participle(tokens: list[Token], i: int, cues: TenseCues) -> bool:
    """A past participle; the tagger reads some as infinitives (`haben … beraten`), not after `zu`, and
    some as finite verbs (`hat … verkündet`: a form that is both, see `_participle_like`)."""
    pos = tokens[i].pos or ""
    if pos.endswith("PP"):
        return True
    if pos == "VVFIN":
        return _participle_like(tokens[i], cues)
    return pos == "VVINF" and (i == 0 or tokens[i - 1].text.casefold() not in cues.infinitive_markers)


def _participle_like(token: Token, cues: TenseCues) -> bool:
    """A finite form in -t that is also the participle: inseparable prefix (`verkündet`) or -ieren verb."""
    form, lemma = token.text.casefold(), (token.lemma or "").casefold()
    if not form.endswith("t") or form == lemma:
        return False
    return form.startswith(cues.participle_prefixes) or lemma.endswith(cues.participle_endings)


class TenseFinder:
    """Finds the tense of the clause around a character offset in one document."""

    def __init__(self, doc: AnalysedDocument, cues: TenseCues):
        self.text = doc.text
        self.tokens = doc.tokens or []
        self.starts = [t.start for t in self.tokens]
        self.cues = cues

    def clause(self, start: int, end: int, sentence: int | None) -> list[Token]:
        """The tokens of the clause around [start, end), without the expression's own."""
        if not self.tokens or sentence is None:
            return []
        lo, hi = self._sentence_range(sentence, start)
        return [t for t in self._clause(lo, hi, start) if t.end <= start or t.start >= end]

    def sentences_with(self, words: frozenset[str]) -> set[int | None]:
        """Indices of the sentences that hold one of the words."""
        return {t.sentence for t in self.tokens if t.text.casefold() in words}

    def verbless(self, at: int, sentence: int | None) -> bool:
        """Whether the sentence around `at` has no verb at all (a headline: `Urteil womöglich erst im Frühjahr`)."""
        if not self.tokens or sentence is None:
            return False
        lo, hi = self._sentence_range(sentence, at)
        return not any((t.pos or "").startswith("V") for t in self.tokens[lo:hi])

    def habitual(self, start: int, end: int, sentence: int | None) -> bool:
        """Whether the clause holds an adverb of habit (`beginnt meist gegen halb sieben`)."""
        return any(t.text.casefold() in self.cues.habitual for t in self.clause(start, end, sentence))

    def clause_tense(self, start: int, end: int, sentence: int | None) -> Tense:
        """Tense shown by the clause's own verbs only (not the reporting verb of the sentence)."""
        return tokens_tense(self.clause(start, end, sentence), self.cues, start)

    def _sentence_range(self, sentence: int, at: int) -> tuple[int, int]:
        lo = hi = bisect_right(self.starts, at)
        while lo > 0 and self.tokens[lo - 1].sentence == sentence:
            lo -= 1
        while hi < len(self.tokens) and self.tokens[hi].sentence == sentence:
            hi += 1
        return lo, hi

    def _clause(self, lo: int, hi: int, at: int) -> list[Token]:
        i = bisect_left(self.starts, at, lo, hi)
        a = i
        while a > lo and self.tokens[a - 1].text not in _BOUNDARIES:
            a -= 1
        b = i
        while b < hi and self.tokens[b].text not in _BOUNDARIES:
            b += 1
        return self.tokens[a:b]

    def _preposition(self, lo: int, start: int, end: int, hi: int) -> tuple[str, bool] | None:
        """Direction given by the preposition (and article) before: `für Samstag`, `vom Sonntag`;
        none for the start of a range (`vom 7. bis 9. Oktober`)."""
        after = bisect_left(self.starts, end, lo, hi)
        if after < hi and self.tokens[after].text.casefold() in self.cues.range_words:
            return None
        i = bisect_left(self.starts, start, lo) - 1
        while i >= lo and (
            (self.tokens[i].pos or "").startswith("ART") or self.tokens[i].text.casefold() in self.cues.between
        ):
            i -= 1
        return self.cues.prepositions.get(self.tokens[i].text.casefold()) if i >= lo else None

    def _fronted_present(self, start: int, end: int, lo: int, hi: int) -> bool:
        """A present full verb right after an expression that opens its sentence (verb second: `Am Samstag
        dirigiert sie`, `Am Dienstag fahren wir`), which the tagger may read as participle or infinitive."""
        i = bisect_left(self.starts, start, lo, hi) - 1
        while i >= lo and (self.tokens[i].pos or "") in _FRONT:
            i -= 1
        after = bisect_left(self.starts, end, lo, hi)
        if (i >= lo and not self.tokens[i].text.endswith((".", ":"))) or after >= hi:
            return False
        verb, nxt = self.tokens[after], self.tokens[after + 1] if after + 1 < hi else None
        form = verb.text.casefold()
        return (
            (verb.pos or "").startswith("VV")
            and form not in self.cues.past
            and form not in self.cues.prefixed_past
            and not weak_preterite(verb, self.cues.weak_past_endings, nxt)
            and not strong_preterite(verb)
        )

    def _expected(self, clause: list[Token], lo: int) -> bool:
        """A `dass`/`ob` clause after a verb of expectation in its sentence (`rechnet damit, dass …`)."""
        if not clause or clause[0].text.casefold() not in self.cues.expect_conjunctions:
            return False
        before = self.tokens[lo : bisect_left(self.starts, clause[0].start, lo)]
        return any(t.text.casefold() in self.cues.expect for t in before)

    def tense(self, start: int, end: int, sentence: int | None) -> Tense:
        """Tense of the clause containing [start, end); the sentence's when the clause shows none."""
        if not self.tokens or sentence is None:
            return None
        lo, hi = self._sentence_range(sentence, start)
        preposition = self._preposition(lo, start, end, hi)
        if preposition and preposition[1]:
            return preposition[0]
        if not preposition and self._fronted_present(start, end, lo, hi):
            return None
        clause = self.clause(start, end, sentence)
        found = tokens_tense(clause, self.cues, start)
        if found:
            return found
        if preposition:
            return preposition[0]
        if self._expected(clause, lo):
            return "future"
        if any(_own_present(t, self.cues) for t in clause) or _final_infinitive(clause):
            return None  # a present-tense finite verb of its own (also `werde entschieden`): the rest does not count
        rest = [t for t in self.tokens[lo:hi] if t.end <= start or t.start >= end]
        return tokens_tense(rest, self.cues, start)
