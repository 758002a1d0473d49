"""Quotation extraction: direct quotes with their attribution, indirect and reported speech by cue.

Order of work per document: (1) quoted statements and the cue clause next to them, (2) headline and
interview colons (`Merz: „…“`), (3) every remaining cue in every sentence (speech verbs with their
particles, `laut`, `zufolge`, `nach Angaben`, `hieß es`, `so`), (4) continuations without a cue
(a Konjunktiv sentence or a bare quote after a quotation keeps its speaker), (5) speaker entities.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from dossier.model import AnalysedDocument, Quote, QuoteSource, Span, Token, Via
from dossier.speech.grammar import (
    DATIVE_SOURCES,
    FINITE,
    PRONOUN_SOURCES,
    is_punct,
    np_backward,
    np_forward,
)
from dossier.speech.lexicon import ANY_VERB, FormHit, SpeechLexicon
from dossier.speech.link import Hints, resolve
from dossier.speech.quotes import QUOTE_CHARS, Quoted, find_quoted

_SUBORD = frozenset({"dass", "daß", "ob"})
_CLAUSE_STOP = frozenset({",", ";", ":", "–", "—", "(", ")"})
_DEMONSTRATIVE = frozenset({"das", "dies"})
# a clause-final infix `zu`-infinitive the tagger does not know (`schönzurechnen`, `herauszugeben`);
# not `un-zu-` adjectives (`unzufrieden`)
_INFIX_ZU = re.compile(r"(?!un)[a-zäöü]{2,}zu[a-zäöüß]{2,}(?:en|ern|eln)")


@dataclass
class Draft:
    """A quotation being built, with token-level bookkeeping before it becomes a `Quote`."""

    kind: str
    message: list[tuple[int, int]]
    method: str
    sentence: int
    cue: list[tuple[int, int]] = field(default_factory=list)
    source: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    channel: tuple[int, int] | None = None
    via: tuple[int, int] | None = None
    inherits: Draft | None = None  # the quotation whose speaker a continuation keeps


def _name_starts(doc: AnalysedDocument) -> set[int]:
    """Start offsets of the capitalised words inside name mentions of people and organisations."""
    return {
        m.start + w.start()
        for e in doc.entities
        if e.type in ("PER", "ORG")
        for m in e.mentions
        if m.kind == "name"
        for w in re.finditer(r"\w+", m.text)
    }


def _as_name(tok: Token) -> Token:
    """A capitalised word of a name that the tagger read out of context as another word class
    (`Stephan Weil` with `Weil` as a conjunction, `Sebastian Kurz` with `Kurz` as an adjective)."""
    if tok.text[:1].isupper() and tok.pos in ("KOUS", "ADJD", "ADV", "VVFIN", "VVIMP", "KON", "APPR"):
        return tok.model_copy(update={"pos": "NE"})
    return tok


def _end_before_period(toks: list[Token]) -> int:
    """End index of a sentence's tokens without a last punctuation token tagged `$.` (`.`, `?`, `!`, …)."""
    return len(toks) - 1 if toks and toks[-1].pos == "$." else len(toks)


def _clause_start(toks: list[Token], i: int, stops: frozenset[str] = _CLAUSE_STOP) -> int:
    """Index of the first token of the clause token i stands in: right after the last stop before it."""
    return next((m + 1 for m in range(i - 1, -1, -1) if toks[m].text in stops), 0)


class Extractor:
    """Runs the rules over one document; build once per document (holds per-document state)."""

    def __init__(self, doc: AnalysedDocument, lex: SpeechLexicon):
        self.doc, self.lex, self.text = doc, lex, doc.text
        self.sents: list[list[Token]] = [[] for _ in doc.sentences]
        names = _name_starts(doc)
        for tok in doc.tokens or []:
            self.sents[tok.sentence].append(_as_name(tok) if tok.start in names else tok)
        self.sent_starts = [s.start for s in doc.sentences]
        paragraphs = [(p.start, p.end) for p in doc.paragraphs]
        self.para_end = {start: end for start, end in reversed(paragraphs) if start < end}  # by its start
        self.quoted = find_quoted(self.text, paragraphs)
        self.statements = [q for q in self.quoted if self._is_statement(q)]
        self.statement_starts = [q.open_at for q in self.statements]
        self.used: set[int] = set()  # start offsets of tokens already used as cue or source
        self._trailing: dict[int, int] = {}
        self.particle_len: dict[tuple[int, int], int] = {}  # (sentence, last token) → words of a particle
        self.drafts: list[Draft] = []
        self.sets = [(t.start, t.end) for t in doc.times if t.type == "SET"]  # habitual times

    # -- helpers -------------------------------------------------------------------------------

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence a character offset stands in."""
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def tok_index(self, si: int, offset: int) -> int:
        """Index of the first token of sentence `si` starting at or after `offset`."""
        toks = self.sents[si]
        for i, t in enumerate(toks):
            if t.start >= offset:
                return i
        return len(toks)

    def in_statement(self, offset: int) -> bool:
        """Whether `offset` lies inside a quoted statement (marks included)."""
        k = bisect_right(self.statement_starts, offset) - 1
        return k >= 0 and offset < self.statements[k].outer_end

    def in_term(self, offset: int) -> bool:
        """Whether `offset` lies inside quoted words that are no statement (a term, a title)."""
        return any(q.start <= offset < q.end for q in self.quoted) and not self.in_statement(offset)

    def _is_heading(self, q: Quoted) -> bool:
        """A whole paragraph in quotation marks without final punctuation: a quoted subheading."""
        return self.para_end.get(q.open_at) == q.outer_end and self.text[q.end - 1 : q.end] not in (".", "!", "?")

    def _is_statement(self, q: Quoted) -> bool:
        """A quoted stretch that is a statement, not a term, title, scare quote or quoted subheading."""
        if self._is_heading(q):
            return False  # `„Perfide und kaltherzig“` as a subheading: see `headings()`
        words = sum(1 for w in self.text[q.start : q.end].split() if any(c.isalnum() for c in w))
        before = self.text[: q.open_at].rstrip()[-1:]
        after = self.text[q.outer_end :].lstrip()[:1]
        at_start = q.open_at in self.para_end or before in ("", ":", ".", "!", "?") or q.open_at in self.sent_starts
        if after[:1].islower() and self.text[q.end - 1 : q.end] not in (".", "!", "?"):
            return False  # a title as subject: `„Das Haus am Wehr“ kommt im April in die Kinos`
        if words >= 3 and (at_start or before == ","):
            return True
        return words >= 1 and after == "," and at_start

    def cue_hit(self, si: int, i: int, stop: int) -> tuple[FormHit, int | None] | None:
        """The cue verb at token i and the index of its separated particle, if the clause has it."""
        toks = self.sents[si]
        if toks[i].text.lower() in self.lex.causative:
            return self._causative(si, i, stop)
        hits = self.lex.verb_forms(toks[i].text)
        if not hits or (toks[i].text[:1].isupper() and i > 0):
            return None
        for hit in hits:
            if hit.needs_particle:
                m = self._particle_after(si, i, stop, hit) if hit.finite else None
                m = m if m is not None else self._particle_before(si, i, hit)
                if m is not None:
                    return hit, m
        plain = [h for h in hits if not h.needs_particle]
        return (plain[0], None) if plain else None

    def _particle_words(self, si: int, m: int, hit: FormHit) -> bool:
        """Whether the cue's particle (one word or several: `in Aussicht`) ends at token m."""
        words = hit.verb.particle.split()
        toks = self.sents[si]
        found = m + 1 >= len(words) and [t.text.lower() for t in toks[m + 1 - len(words) : m + 1]] == words
        if found and len(words) > 1:
            self.particle_len[(si, m)] = len(words)
        return found

    def _particle_after(self, si: int, i: int, stop: int, hit: FormHit) -> int | None:
        """The clause-final particle of a finite cue (`wies … zurück`, `stellte … in Aussicht`)."""
        toks = self.sents[si]
        for m in range(i + 1, stop):
            if self._particle_words(si, m, hit) and (
                m + 1 >= len(toks) or is_punct(toks[m + 1]) or toks[m + 1].pos == "KON"
            ):
                return m
        return None

    def _particle_before(self, si: int, i: int, hit: FormHit) -> int | None:
        """A particle written apart right before its verb at the clause end (`in Aussicht gestellt`,
        `wie die Stadt bekannt gab`); prepositional particles are always joined (`mitteilte`)."""
        toks = self.sents[si]
        multi = " " in hit.verb.particle
        if i < 1 or not self._particle_words(si, i - 1, hit) or not (multi or toks[i - 1].pos in ("ADJD", "ADV")):
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return i - 1 if nxt is None or is_punct(nxt) or nxt.pos in ("KON", "VAFIN", "VAINF", "VMFIN") else None

    def _causative(self, si: int, i: int, stop: int) -> tuple[FormHit, int | None] | None:
        """`ließ erklären`: the speech verb in the infinitive joins `lassen` as the cue's second part."""
        toks = self.sents[si]
        for m in range(i + 1, stop):
            hits = [h for h in self.lex.verb_forms(toks[m].text) if not h.finite or toks[m].text.endswith("en")]
            if hits and toks[m].text[:1].islower():
                return FormHit(hits[0].verb, finite=True, needs_particle=False), m
        return None

    def _np(self, toks: list[Token], j: int, stop: int) -> tuple[int, int] | None:
        return np_forward(toks, j, stop, self.lex.media)

    def is_finite(self, tok: Token) -> bool:
        """A finite verb; cue verbs by the lexicon, since out of context `behauptet` is tagged VVPP."""
        if tok.pos in FINITE:
            return True
        return tok.text[:1].islower() and any(h.finite for h in self.lex.verb_forms(tok.text))

    def clause_end(self, si: int, i: int) -> int:
        """Index of the first clause stop (comma, dash, `$.`, a quotation) from token i on, skipping quoted terms."""
        toks = self.sents[si]
        for m in range(i, len(toks)):
            if toks[m].text in QUOTE_CHARS:
                if self.in_statement(toks[m].start):
                    return m
                continue
            if self.in_term(toks[m].start):
                continue  # `sprach vom „Tag, auf den wir gewartet haben“`: a comma inside quoted words
            if toks[m].text in _CLAUSE_STOP or toks[m].pos == "$.":
                return m
        return len(toks)

    def span(self, si: int, a: int, b: int) -> tuple[int, int]:
        """Character offsets of the tokens a..b-1 of sentence `si`."""
        toks = self.sents[si]
        return (toks[a].start, toks[b - 1].end)

    def add(self, draft: Draft) -> None:
        """Keep a draft and mark its cue words as used, so no other rule takes them."""
        for a, _ in draft.cue:
            self.used.add(a)
        self.drafts.append(draft)

    def covered(self, offset: int) -> bool:
        """Whether an offset lies inside the message of a draft kept so far."""
        return any(a <= offset < b for d in self.drafts for a, b in d.message)

    # -- (1) direct quotes ---------------------------------------------------------------------

    def direct(self) -> None:
        """(1) Every quotation in marks becomes a direct draft, attributed after or before it where a cue is found."""
        consumed: set[int] = set()
        for q in self.statements:
            if q.open_at in consumed:
                continue
            draft = self._attribute_after(q, consumed) or self._attribute_before(q)
            if draft is None:
                draft = Draft("direct", list(q.parts), "rule:direct-bare", self.sentence_of(q.start))
            self.add(draft)

    def headings(self) -> None:
        """A subheading that is a bare quotation (`„Ich habe alles verloren“`) is a direct quote without
        cue or source (guidelines §5); it names no speaker, so it continues nothing."""
        for q in self.quoted:
            if q.depth == 0 and self._is_heading(q) and len(self.text[q.start : q.end].split()) >= 2:
                self.add(Draft("direct", list(q.parts), "rule:heading-quote", self.sentence_of(q.start)))

    def _attribute_after(self, q: Quoted, consumed: set[int]) -> Draft | None:
        """`„…“, sagte Merz.` / `„…“, so der Präsident.` / `„…“, sagte er, „…“` (interrupted) /
        `„…“: So verteidigt X den Kompromiss.`"""
        pos = q.outer_end
        rest = self.text[pos:]
        if not rest.lstrip().startswith((",", ":")):
            return None
        si = self.sentence_of(pos + len(rest) - len(rest.lstrip()))
        i = self.tok_index(si, pos) + 1
        toks = self.sents[si]
        if i < len(toks) and rest.lstrip()[0] == ":":
            if self.fixed_role(si, i)[0] != "so":
                return None
            i += 1
        if i >= len(toks):
            return None
        got = self._v1_cue(si, i)
        if got is None:
            return None
        cue, src, end = got
        draft = Draft("direct", list(q.parts), "rule:direct-after", si, cue=cue, source=src)
        self._frame_details(draft, si, i, end)
        nxt = next((s for s in self.statements if s.open_at > pos), None)
        if nxt is not None and end < len(toks) and toks[end].text == "," and nxt.open_at == toks[end].end + 1:
            draft.message += nxt.parts
            draft.method = "rule:direct-interrupted"
            consumed.add(nxt.open_at)
        return draft

    def _v1_cue(self, si: int, i: int) -> tuple[list[tuple[int, int]], tuple[int, int] | None, int] | None:
        """A cue clause that starts with its verb (`sagte er`, `fügte er hinzu`, `hatte er … gesagt`,
        `so der Präsident`): cue spans, source span and the clause's end token."""
        toks = self.sents[si]
        end = self.clause_end(si, i)
        role, width = self.fixed_role(si, i)
        if role == "so":
            src = self._np(toks, i + 1, end)
            if src is None:
                return None
            noun = next((m for m in range(*src) if toks[m].pos == "NN"), None)
            if noun is not None and toks[noun].text.lower() in self.lex.nouns:
                return [self.span(si, noun, noun + 1)], self._noun_source(si, noun + 1, end), end
            return [self.span(si, i, i + 1)], self.span(si, *src), end
        if role == "hiess":
            return [self.span(si, i, i + width)], self._aus_source(si, i + width, end), end
        verb_at, hit = i, self.cue_hit(si, i, end)
        if hit is None and toks[i].pos in ("VAFIN", "VMFIN"):
            verb_at = next((m for m in range(end - 1, i, -1) if self.cue_hit(si, m, end)), -1)
            hit = self.cue_hit(si, verb_at, end) if verb_at > 0 else None
        if hit is None:
            return None
        cue = self.cue_spans(si, verb_at, hit[0], hit[1])
        j = i + 2 if i + 1 < end and toks[i + 1].pos == "PRF" else i + 1  # `erinnert sich ihre Freundin`
        src = self._np(toks, self._skip_adverbs(si, j), len(toks))  # an apposition may follow a comma
        return cue, (self.span(si, *src) if src else None), end

    def _noun_source(self, si: int, j: int, end: int) -> tuple[int, int] | None:
        """The speaker after a speech noun: its genitive or `von` phrase (`die Kritik der Opposition`)."""
        toks = self.sents[si]
        j += 1 if j < end and toks[j].text.lower() in ("von", "vom") else 0
        src = self._np(toks, j, end) if j < end and toks[j].pos in ("ART", "NE", "NN", "ADJA") else None
        return self.span(si, *src) if src else None

    def _aus_source(self, si: int, j: int, end: int) -> tuple[int, int] | None:
        """`hieß es (am Abend) aus Regierungskreisen in Wien` / `im Weißen Haus` / `beim Verband`: the
        noun phrase after the preposition, unless it names a channel (`in dem Schreiben`)."""
        toks = self.sents[si]
        j = self._skip_leading(si, self._skip_adverbs(si, j), end)
        if j < end and toks[j].pos in ("APPR", "APPRART") and toks[j].text.lower() not in self.lex.impersonal_preps:
            j = self._skip_leading(si, self._pp_end(si, j) or j, end)  # `hieß es zur Begründung aus …`
        if j < end and toks[j].text.lower() in self.lex.impersonal_preps:
            name = self._quoted_name(si, j + 1 + (toks[j + 1].pos == "ART" if j + 1 < end else 0), end)
            if name is not None:
                return name  # `im „Handelsblatt“`: the name inside the marks
            stop = end if end < len(toks) else len(toks)
            last = stop - 1 if stop and toks[stop - 1].pos == "$." else stop
            got = self._np(toks, j + 1, last)
            if got and self.lex.is_channel_noun(toks[got[1] - 1].text):
                # `in einem Leitartikel der Zeitung`: the genitive after the channel (§5; the genitive of an
                # outlet is no part of the noun phrase, see `np_forward`); no genitive: no source
                of = got[1] < last and toks[got[1]].text in ("der", "des")
                genitive = self._np(toks, got[1], last) if of else None
                return self.span(si, *genitive) if genitive else None
            if got and not self.lex.is_channel_noun(toks[got[1] - 1].text):
                head = next((m for m in range(*got) if toks[m].pos == "NN"), None)
                if head is not None and self.lex.is_channel_noun(toks[head].text) and head + 1 < got[1]:
                    return self.span(si, head + 1, got[1])  # `in einer Erklärung der Gruppe`: the genitive
                return self.span(si, got[0], max(got[1], last))
        return None

    def _quoted_name(self, si: int, j: int, end: int) -> tuple[int, int] | None:
        """A capitalised name in quotation marks starting at token j (`„Süddeutsche Zeitung“`)."""
        toks = self.sents[si]
        if j + 2 >= end or toks[j].text not in QUOTE_CHARS or not toks[j + 1].text[:1].isupper():
            return None
        close = next((m for m in range(j + 1, min(end, j + 6)) if toks[m].text in QUOTE_CHARS), None)
        return self.span(si, j + 1, close) if close else None

    def _attribute_before(self, q: Quoted) -> Draft | None:
        """`Merz sagte: „…“`, `Merz: „…“` (headline, interview), `hatte … gemahnt, „…“`."""
        head = self.text[: q.open_at].rstrip()
        mark = head[-1:]
        if mark not in (":", ","):
            return None
        si = self.sentence_of(len(head) - 1)
        toks = self.sents[si]
        k = self.tok_index(si, len(head) - 1)
        start = self._clause_start(si, k)
        for i in range(k - 1, start - 1, -1):
            role, width = self.fixed_role(si, i)
            if role == "hiess" and i + width == k:  # `In der „Abendpost“ heißt es: „…“`
                src = self._aus_source(si, start, i) or self._aus_source(si, i + width, k)
                draft = Draft("direct", list(q.parts), "rule:direct-before", si, cue=[self.span(si, i, k)], source=src)
                self._frame_details(draft, si, start, k)
                return draft
            hit = self.cue_hit(si, i, k + 1)
            if hit is not None and toks[i].start not in self.used:
                cue = self.cue_spans(si, i, hit[0], hit[1])
                src = self._subject(si, start, i, hit[0])
                draft = Draft("direct", list(q.parts), "rule:direct-before", si, cue=cue, source=src)
                lead = self._reported_lead(si, i, k, q)
                if lead is not None:  # `…, sagte sie, „…“` after reported words: one mixed quote
                    draft.kind, draft.message, draft.method = "mixed", lead, "rule:mixed-lead"
                self._frame_details(draft, si, start, k)
                return draft
        if mark == ":" and self._speaker_label(si, start, k, named=False):
            return Draft(
                "direct",
                list(q.parts),
                "rule:headline",
                si,
                cue=[self.span(si, k, k + 1)],
                source=self.span(si, start, k),
            )
        return self._colon_clause(q, si, start, k) if mark == ":" else None

    def _reported_lead(self, si: int, i: int, k: int, q: Quoted) -> list[tuple[int, int]] | None:
        """Reported words in the Konjunktiv that a quotation after a comma goes on with: before the cue
        clause (`[Die Nachbarn hätten Angst], sagte sie, „[viele lassen das Licht brennen]“`) or between
        the cue and the quotation (`Er sagt, [er werde … gehen, „einfach, weil ich es kann“]`)."""
        toks = self.sents[si]
        if toks[k].text != ",":
            return None
        if i > 0 and toks[i - 1].text == ",":
            first = self._message_start(si, i - 1)
            if first is not None and self._reported_mood(toks[first : i - 1]):
                return [self.span(si, first, i - 1), *q.parts]
            return None
        comma = next((m for m in range(i + 1, k) if toks[m].text in _CLAUSE_STOP), None)
        if comma is None or toks[comma].text != ",":
            return None
        m = comma + 1 + (comma + 1 < k and toks[comma + 1].text.lower() in _SUBORD)
        if k - m < 3 or not self._reported_mood(toks[m:k]):
            return None
        return [(toks[m].start, q.outer_end)]

    def _colon_clause(self, q: Quoted, si: int, start: int, k: int) -> Draft | None:
        """`Hoang sieht das gelassen: „…“`: a main clause without a speech verb that introduces the
        quotation with a colon; its finite verb is the cue, its subject the speaker."""
        toks = self.sents[si]
        if k - start < 3 or self._subordinate(toks[start], start == 0):
            return None
        verbs = [i for i in range(start, k) if toks[i].pos == "VVFIN" and toks[i].text.islower()]
        if len(verbs) != 1 or toks[verbs[0]].start in self.used:
            return None
        i = verbs[0]
        src = self._subject(si, start, i, FormHit(ANY_VERB, finite=True, needs_particle=False))
        if src is None or self.sents[si][self.tok_index(si, src[0])].pos == "ADJA":
            return None  # `Scharfe Worte findet …`, `herrschte gähnende Leere`: no speaker
        return Draft("direct", list(q.parts), "rule:direct-colon", si, cue=[self.span(si, i, i + 1)], source=src)

    def _colon_report(self, si: int) -> Draft | None:
        """`Eggers sieht das ähnlich: Wichtiger sei es, …`: a main clause without a speech verb whose
        colon opens a Konjunktiv clause reports its subject's words; like a colon before a quotation
        (`rule:direct-colon`), its finite verb is the cue."""
        toks = self.sents[si]
        k = next((m for m, t in enumerate(toks) if t.text == ":"), None)
        last = _end_before_period(toks)
        if k is None or k < 3 or last - k < 4 or toks[k + 1].text in QUOTE_CHARS or self.in_statement(toks[k].start):
            return None
        if self._subordinate(toks[0]) or not self._reported_mood(toks[k + 1 : last]):
            return None
        verbs = [i for i in range(k) if toks[i].pos == "VVFIN" and toks[i].text.islower()]
        if len(verbs) != 1 or toks[verbs[0]].start in self.used:
            return None
        if any(self.cue_hit(si, m, last) or self.fixed_role(si, m)[0] for m in [*verbs, *range(k + 1, last)]):
            return None  # a speech verb takes its colon clause itself; `…: Man habe …, hieß es aus …`
        i = verbs[0]
        src = self._subject(si, 0, i, FormHit(ANY_VERB, finite=True, needs_particle=False))
        if src is None or toks[self.tok_index(si, src[0])].pos == "ADJA":
            return None
        msg = [self.span(si, k + 1, last)]
        return Draft("indirect", msg, "rule:colon-report", si, cue=[self.span(si, i, i + 1)], source=src)

    def _clause_start(self, si: int, k: int) -> int:
        toks = self.sents[si]
        for m in range(k - 1, -1, -1):
            if toks[m].text in (";", ":") or (toks[m].text in QUOTE_CHARS and self.in_statement(toks[m].start)):
                return m + 1
        return 0

    def _speaker_label(self, si: int, a: int, b: int, named: bool = True) -> bool:
        """A short name before a colon at the start of a paragraph: a headline or interview speaker
        (`named`: a name must be among the words; before a quotation mark any noun will do)."""
        toks = self.sents[si]
        if not 0 < b - a <= 5 or a != 0:
            return False
        para = self.doc.paragraphs[self.doc.sentences[si].paragraph]
        if toks[a].start != para.start:
            return False
        words = toks[a:b]
        return all(t.text[:1].isupper() and t.pos != "CARD" for t in words if t.text != "-") and (
            not named or any(t.pos == "NE" or self.mention_at(t.start, t.end) for t in words)
        )

    def mention_at(self, start: int, end: int) -> bool:
        """Whether the span lies inside a mention of an entity."""
        return any(m.start <= start and end <= m.end for e in self.doc.entities for m in e.mentions)

    # -- (2) interview colons without quotation marks ------------------------------------------

    def interview(self) -> None:
        """`Petersen: Herr Kühne, …` — a paragraph opened by a speaker label is that speaker's turn (the
        outlet's own questions too); a subheading `Müller: Wir bleiben im Rennen` is indirect (the
        wording is the editor's)."""
        for p in self.doc.paragraphs:
            si = self.sentence_of(p.start)
            toks = self.sents[si]
            k = next((m for m, t in enumerate(toks[:6]) if t.text == ":"), None)
            if k is None or k + 1 >= len(toks) or toks[k + 1].text in QUOTE_CHARS:
                continue
            if not self._speaker_label(si, 0, k) or self.covered(toks[k + 1].start):
                continue
            end = p.end - 1 if self.text[p.end - 1] in ".!?" else p.end
            heading = end == p.end and len(self.doc.sentences) > si + 1 and self.sentence_of(p.end - 1) == si
            self.add(
                Draft(
                    "indirect" if heading else "direct",
                    [(toks[k + 1].start, end)],
                    "rule:interview",
                    si,
                    cue=[self.span(si, k, k + 1)],
                    source=self.span(si, 0, k),
                )
            )

    # -- (3) cues in running text --------------------------------------------------------------

    def cues(self) -> None:
        """(3) Every remaining cue (speech verbs, fixed phrases, `wie es …`) and colon report, by sentence."""
        turns = {si for d in self.drafts if d.method == "rule:interview" for a, b in d.message for si in self._of(a, b)}
        for si, toks in enumerate(self.sents):
            if self._heading(si):
                continue
            colon = self._colon_report(si) if si not in turns else None
            if colon is not None and not self._duplicate(colon):
                self._frame_details(colon, si, 0, len(toks))
                self.add(colon)
            for i, tok in enumerate(toks):
                if tok.start in self.used or self.in_statement(tok.start):
                    continue
                role, width = self.fixed_role(si, i)
                draft = self._fixed(si, i, role, width) if role else self._verb(si, i) or self._wie_es(si, i)
                if si in turns and not self._third_party(draft):
                    continue  # in an interview turn only a third party's speech is a quote of its own
                if si not in turns and self._author(draft):
                    continue  # `Morgen berichten wir über …`: the paper itself speaking, no quotation
                if self._habitual(draft):
                    continue  # `bietet jeden Donnerstag eine Beratung an`: a habit, no statement
                if draft is not None and draft.message and not self._duplicate(draft):
                    if draft.kind != "direct" and any(
                        c in QUOTE_CHARS for a, b in draft.message for c in self.text[a:b]
                    ):
                        draft.kind = "mixed"
                    self._frame_details(draft, si, 0, len(toks))
                    self.add(draft)

    def _habitual(self, draft: Draft | None) -> bool:
        """A set time (`jeden Donnerstag`, `jeden Vormittag`) in the reporting clause, outside the message:
        a habitual act (`bietet … eine Sprechstunde an`, `schreibt jeden Vormittag`), no reported statement."""
        if draft is None or draft.kind == "direct" or not self.sets or not draft.cue:
            return False
        si = draft.sentence
        toks = self.sents[si]
        i = self.tok_index(si, draft.cue[0][0])
        a, b = toks[_clause_start(toks, i)].start, toks[min(self.clause_end(si, i + 1), len(toks) - 1)].end
        for x, _ in self.sets:
            k = self.tok_index(si, x)
            rate = k > 0 and (toks[k - 1].pos == "CARD" or toks[k - 1].text in self.lex.rate_words)
            if a <= x < b and not rate and not any(m <= x < n for m, n in draft.message):
                return True  # not `350 Euro mehr im Monat`: a rate belongs to an amount
        return False

    def _author(self, draft: Draft | None) -> bool:
        """A first-person speaker outside quoted words and interview turns: the writer or the paper."""
        if draft is None or draft.source is None:
            return False
        return self.text[draft.source[0] : draft.source[1]].lower() in self.lex.first_person

    def _third_party(self, draft: Draft | None) -> bool:
        """A speaker named inside an interview turn who is neither the turn's speaker nor the interlocutor."""
        if draft is None or draft.source is None:
            return False
        words = self.text[draft.source[0] : draft.source[1]].split()
        own = self.lex.turn_speakers
        # also capitalised (`Ich`), but a capitalised `Ihr` is mostly the possessive (`Ihr Sprecher`)
        return not any(w in own or (w.lower() in own and w != "Ihr") for w in words)

    def _of(self, a: int, b: int) -> range:
        """Indices of the sentences that the text span [a, b) starts or lies in."""
        return range(self.sentence_of(a), self.sentence_of(max(a, b - 1)) + 1)

    def _heading(self, si: int) -> bool:
        """A short paragraph of one sentence without final punctuation: a heading, not reported speech."""
        sent = self.doc.sentences[si]
        para = self.doc.paragraphs[sent.paragraph]
        toks = self.sents[si]
        whole = sent.start == para.start and sent.end == para.end
        return whole and len(toks) <= 10 and self.text[sent.end - 1] not in '.!?“”«»"'

    def _duplicate(self, draft: Draft) -> bool:
        a, b = draft.message[0]
        return any(x < b and a < y for d in self.drafts if d.method != "rule:interview" for x, y in d.message)

    def _verb(self, si: int, i: int) -> Draft | None:
        toks = self.sents[si]
        hit = self.cue_hit(si, i, len(toks))
        if hit is None or i < self._trailing_cue(si):  # `Der Preis würdige …, hieß es`: part of the message
            return None
        verb, particle = hit
        if self._received(si, i, verb) or (i > 0 and toks[i - 1].text == "," and self._other_particle(si, i, particle)):
            return None  # `zugesagt bekommen`; `Als …, meldete die Firma Insolvenz an`
        verb = self._perfect(si, i, verb)
        cue = self.cue_spans(si, i, verb, particle)
        if i > 0 and toks[i - 1].text == "," and not self._contrast_predicate(si, i):
            after = self._after_message(si, i, cue)
            cs = _clause_start(toks, i, frozenset(":"))  # after `15.10 Uhr:`
            appositive = np_backward(toks, cs, i) is not None or self._relative_subject(toks[cs : i - 1])
            if after is not None or not appositive:  # else `X, Y, sagte` / `X, der …, sagte`
                return after
        aux_v1 = i > 1 and not verb.finite and self._v1_aux(si, i)
        if aux_v1 is not None and aux_v1 is not False:
            draft = self._after_message(si, aux_v1, cue)
            if draft is not None:  # else `Während …, hatte er eingeräumt, …`: its own complement follows
                return draft
        wie = self._wie(si, i)
        if wie is not None:
            return self._wie_clause(si, wie, i, cue)
        if i <= 1 and toks[0].text.lower() in _DEMONSTRATIVE and i == 1 and si > 0:
            return self._demonstrative(si, i, cue)
        if "r" in verb.verb.frames:
            return self._stance(si, i, verb)
        if "f" in verb.verb.frames:
            return self._judgement(si, i, verb, cue)
        draft = self._main_clause(si, i, verb, particle, cue)
        end = self.clause_end(si, i + 1)
        if draft is not None and end < len(toks) and toks[end].text == ",":
            draft.via = self.relay_wie(si, end + 1) or draft.via
        return draft

    def _other_sense(self, verb: FormHit, obj: tuple[int, int]) -> bool:
        """An object whose head noun gives the cue verb another sense (`bestreitet das Heimspiel`)."""
        endings = self.lex.other_sense.get(verb.verb.lemma)
        if not endings:
            return False
        si = self.sentence_of(obj[0])
        nouns = [t.text.lower() for t in self.sents[si] if obj[0] <= t.start < obj[1] and t.pos in ("NN", "NE")]
        return bool(nouns) and nouns[0].endswith(tuple(endings))

    def _passive(self, si: int, i: int, verb: FormHit) -> bool:
        """A cue participle with a passive auxiliary of its clause (`wurden aufgefordert`, `wird …
        vorgeworfen`, `werden auf … geschätzt`) and no perfect `haben`."""
        toks = self.sents[si]
        if verb.finite or not (toks[i].pos == "VVPP" or toks[i].text.endswith("t")):
            return False
        clause = toks[_clause_start(toks, i) : i]
        return any(t.text.lower() in self.lex.passive_aux for t in clause) and not any(
            t.text.lower() in self.lex.perfect_aux for t in clause
        )

    def _received(self, si: int, i: int, verb: FormHit) -> bool:
        """`hat drei Referendarinnen zugesagt bekommen`: a participle before a verb of receiving."""
        toks = self.sents[si]
        return not verb.finite and i + 1 < len(toks) and toks[i + 1].text.lower() in self.lex.receiving

    def _perfect(self, si: int, i: int, verb: FormHit) -> FormHit:
        """A clause-final cue form after a form of `haben` in its clause is the participle, also when it
        looks finite (`hat den Angriff bedauert`, `hatte auf eine Strafe plädiert`)."""
        toks = self.sents[si]
        if not verb.finite or verb.needs_particle or (i + 1 < len(toks) and not is_punct(toks[i + 1])):
            return verb
        for m in range(i - 1, -1, -1):
            if toks[m].text in _CLAUSE_STOP:
                return verb
            if toks[m].text.lower() in self.lex.perfect_aux:
                return FormHit(verb.verb, finite=False, needs_particle=False)
        return verb

    def _contrast_predicate(self, si: int, i: int) -> bool:
        """`lobte X, warnte aber vor Y`: a second predicate of the same subject (a contrast word right
        after the verb), not a cue clause after its message."""
        toks = self.sents[si]
        return i + 1 < len(toks) and toks[i + 1].text.lower() in self.lex.contrast - {"und", "sondern"}

    def cue_spans(self, si: int, i: int, verb: FormHit, particle: int | None) -> list[tuple[int, int]]:
        """The cue spans of the verb at i: with its particle as a second span (`[wies] … [zurück]`), one
        span where the particle comes first (`[in Aussicht gestellt]`); a causative `ließ` stays
        outside like an auxiliary (`ließ … [mitteilen]`, guidelines §2.2, as the newer writers mark it)."""
        if particle is None:
            return [self.span(si, i, i + 1)]
        if self.sents[si][i].text.lower() in self.lex.causative:
            return [self.span(si, particle, particle + 1)]
        start = self._predicate_start(si, particle, verb)
        if particle < i:
            return [self.span(si, start, i + 1)]
        return [self.span(si, i, i + 1), self.span(si, start, particle + 1)]

    def _predicate_start(self, si: int, particle: int, verb: FormHit) -> int:
        """Where the particle's cue span starts: at its first word (`in Aussicht`); an `als` predicate
        before it belongs to the cue (`[sah] es [als erwiesen an]`, guidelines §5)."""
        toks = self.sents[si]
        if " " in verb.verb.particle:
            return self._particle_first(si, particle)
        if particle >= 2 and toks[particle - 2].text == "als" and toks[particle - 1].pos in ("ADJD", "VVPP"):
            return particle - 2
        return particle

    def _trailing_cue(self, si: int) -> int:
        """Index of the comma before a cue clause that closes the sentence with its speaker (`…, sagte ein
        Sprecher.`, `…, hieß es aus Kreisen.`, `…, so die Ministerin.`), else -1: verbs before it are
        inside the reported message."""
        if si not in self._trailing:
            toks, found = self.sents[si], -1
            for c in range(len(toks) - 3, 1, -1):
                if toks[c].text != "," or not self._closing_cue(si, c + 1):
                    continue
                found = c
                break
            self._trailing[si] = found
        return self._trailing[si]

    def _closing_cue(self, si: int, j: int) -> bool:
        toks = self.sents[si]
        role, width = self.fixed_role(si, j)
        if role == "hiess":
            return True
        hits = self.lex.verb_forms(toks[j].text) if toks[j].text[:1].islower() else ()
        if not (role == "so" or any(h.finite for h in hits)) or self._contrast_predicate(si, j):
            return False
        k = self._skip_adverbs(si, j + (width or 1))
        return k < len(toks) and self._np(toks, k, len(toks)) is not None and self.clause_end(si, k) >= len(toks) - 1

    def _stance(self, si: int, i: int, verb: FormHit) -> Draft | None:
        """`X zeigte sich „sehr erfreut“`: a shown attitude is reported speech only when it quotes the
        speaker's words (a plain `zeigte sich enttäuscht` says nothing); the cue is the verb alone (the
        guidelines' cue is the speech word; `sich` is no particle), the message the predicate after it."""
        toks = self.sents[si]
        if i + 2 >= len(toks) or toks[i + 1].text != "sich" or self._in_subordinate(si, i):
            return None
        a = self._skip_phrases(si, i + 2, self.lex.content_preps)
        last = _end_before_period(toks)
        b = a
        while b < last and not (toks[b].text in _CLAUSE_STOP and not self._contrast(si, b)):
            b += 1
        if b <= a or (toks[a].pos not in ("ADJD", "ADJA", "VVPP", "ADV") and toks[a].text not in QUOTE_CHARS):
            return None
        if not any(t.text in QUOTE_CHARS for t in toks[a:b]):
            return None
        src = self._subject(si, 0, i, verb)
        cue = [self.span(si, i, i + 1)]
        return Draft("reported", [self.span(si, a, b)], "rule:stance", si, cue=cue, source=src)

    def _contrast(self, si: int, k: int) -> bool:
        """A comma that only links two predicates (`enttäuscht, aber nicht überrascht`)."""
        toks = self.sents[si]
        return toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].text in self.lex.contrast

    def _judgement(self, si: int, i: int, verb: FormHit, cue: list[tuple[int, int]]) -> Draft | None:
        """`X hält eine Einigung für wahrscheinlich`: a judgement verb with its `für` phrase."""
        toks = self.sents[si]
        end = self.clause_end(si, i + 1)
        fuer = next((m for m in range(i + 1, end - 1) if toks[m].text == "für"), None)
        if self._in_subordinate(si, i) or fuer is None:
            return None
        if toks[fuer + 1].text[:1].isupper():  # `hält eine Sprechstunde für Studierende`: no judgement
            return None
        src = self._subject(si, 0, i, verb)
        if end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].text.lower() in _SUBORD:
            msg = self.span(si, end + 2, self._message_end(si, end + 2))  # `hält es für möglich, dass …`
            return Draft("indirect", [msg], "rule:judgement", si, cue=cue, source=src)
        src_end = self.tok_index(si, src[1]) if src else i + 1
        a = self._skip_adverbs(si, src_end if src and src[0] > toks[i].start else i + 1)
        return (
            Draft("reported", [self.span(si, a, end)], "rule:judgement", si, cue=cue, source=src) if end > a else None
        )

    def _v1_aux(self, si: int, i: int) -> int | None:
        """`…, hatte er bereits am Donnerstag gesagt`: the auxiliary right after the comma."""
        toks = self.sents[si]
        for m in range(i - 1, 0, -1):
            if toks[m].text in _CLAUSE_STOP:
                return None
            if toks[m].pos in ("VAFIN", "VMFIN") and toks[m - 1].text == ",":
                return m
        return None

    def _after_message(self, si: int, i: int, cue: list[tuple[int, int]], parenthetical: bool = False) -> Draft | None:
        """`<message>, sagte X.` and `<message>, sagte X, <message>` (the source inside); after a
        parenthetical `so X` any finite clause continues the message (`Sanktionen, so X, wirkten nur …`)."""
        toks = self.sents[si]
        comma = i - 1
        src = self._np(toks, self._skip_adverbs(si, i + 1), len(toks))  # an apposition may follow a comma
        if src is None or toks[src[0]].text.lower() in self.lex.oblique:
            return None  # `X, Y, sagte dem WDR, …`: a dative is the addressee, the speaker stands before
        second = self._continuation(si, src[1], parenthetical)
        first = 0 if second is not None and comma > 0 else self._message_start(si, comma)
        if first is None or self.covered(toks[first].start):
            return None
        msg = [self.span(si, first, comma)] + ([second] if second else [])
        kind = "mixed" if any(c in QUOTE_CHARS for a, b in msg for c in self.text[a:b]) else "indirect"
        return Draft(kind, msg, "rule:after", si, cue=cue, source=src and self.span(si, *src))

    def _message_start(self, si: int, comma: int) -> int | None:
        """Start token of a reported clause ending at `comma`: the sentence start, after a time stamp."""
        toks = self.sents[si]
        start = 0
        for m in range(comma):
            if toks[m].text == ":" and m < 6:
                start = m + 1
        words = [t for t in toks[start:comma] if not is_punct(t)]
        has_verb = any(  # `werden`/`können` are tagged as infinitives out of context
            self.is_finite(t) or t.text in self.lex.konjunktiv or t.pos in ("VAINF", "VMINF") for t in toks[start:comma]
        )
        if not words or (self._subordinate(words[0]) and not self._main_after(toks[start:comma])):
            return None
        if self._relative_subject(toks[start:comma]):
            return None
        return start if len(words) >= 3 and has_verb else None

    def _relative_subject(self, toks: list[Token]) -> bool:
        """`Stephan Weil (SPD), dessen Land …, sagte`: a noun phrase with a relative clause is the
        speaker, not a message."""
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is None or comma + 1 >= len(toks):
            return False
        relative = toks[comma + 1].pos in ("PRELS", "PRELAT") or toks[comma + 1].text in ("dessen", "deren")
        # a relative clause to the end, not `Die Meiler, die …, würden … genommen` nor a list `X, die schwache Y`
        rest = toks[comma + 1 :]
        one_clause = len(rest) > 2 and all(t.text != "," for t in rest) and rest[1].pos not in ("ADJA", "NN", "NE")
        verb_last = self.is_finite(toks[-1]) or (one_clause and toks[-1].pos in ("VVPP", "VVINF"))  # `verwendet`
        article = toks[comma + 1].pos in ("ART", "PDS") and verb_last
        # a relative clause in the Konjunktiv, or after a clause that ends in a particle, belongs to
        # reported words (`… bereiteten ein Sanktionspaket vor, das sich gegen Banken richte, sagte er`)
        reported = any(t.text in self.lex.konjunktiv or self._konjunktiv_one(t) for t in toks[comma + 1 :])
        reported = reported or toks[comma - 1].pos in ("APPR", "PTKVZ")  # a clause ends in a particle, no noun
        return (relative or article) and not reported and not any(self.is_finite(t) for t in toks[:comma])

    def _main_after(self, toks: list[Token]) -> bool:
        """A subordinate clause followed by its main clause (`Sollte …, werde …`, `Ob …, sei offen`)."""
        return any(t.text == "," and self.is_finite(toks[k + 1]) for k, t in enumerate(toks[:-1]))

    @staticmethod
    def _subordinate(first: Token, sentence_start: bool = True) -> bool:
        """A clause opened by a conjunction or, at a sentence start, a finite auxiliary (`Wie er
        schrieb`, `Sollte die EU …`) is no main clause: it cannot be a message nor hold its cue."""
        conditional = sentence_start and first.pos in ("VMFIN", "VAFIN")
        return first.pos in ("KOUS", "PWAV", "PRELS", "KOKOM") or first.text == "Wie" or conditional

    def _continuation(self, si: int, k: int, any_mood: bool = False) -> tuple[int, int] | None:
        """After `…, bekräftigt der Kanzler` a comma and a Konjunktiv clause continue the message; with
        `any_mood` (after a parenthetical `so X`) also a clause that opens with a finite verb."""
        toks = self.sents[si]
        if k + 1 >= len(toks) or toks[k].text != ",":
            return None
        rest = toks[k + 1 :]
        # after a parenthetical `so X` the clause goes on (`Sanktionen, so Aldinger, wirkten nur …`,
        # `Der Vorschlag sei, so Müller, unbrauchbar`), unless a relative clause on the speaker follows
        clause = rest[: self._first_stop(rest, len(rest))]
        body = clause[:-1] if len(clause) > 1 and clause[-1].pos == "$." else clause
        verb_last = self.is_finite(body[-1])
        relative = rest[0].pos in ("KON", "KOUS") or (rest[0].pos in ("PRELS", "PRELAT", "ART") and verb_last)
        finite_first = any_mood and not relative
        if not finite_first and not any(t.text in self.lex.konjunktiv or t.pos in ("VMFIN", "VAFIN") for t in rest[:8]):
            return None
        last = _end_before_period(toks)
        return self.span(si, k + 1, last) if last > k + 1 else None

    def _wie(self, si: int, i: int) -> int | None:
        toks = self.sents[si]
        for m in range(i - 1, max(-1, i - 20), -1):  # `Wie die „Times of Israel“ unter Berufung auf … berichtete`
            if toks[m].text.lower() == "wie" and (m == 0 or toks[m - 1].text in (",", ":")):
                return m
            if toks[m].text in _CLAUSE_STOP or toks[m].pos in FINITE:
                return None
        return None

    def _wie_clause(self, si: int, wie: int, i: int, cue: list[tuple[int, int]]) -> Draft | None:
        """`Wie X mitteilte, <message>.` and `<message>, wie X sagte.`"""
        toks = self.sents[si]
        aus = wie + 1 < i and toks[wie + 1].text.lower() == "aus"  # `wie aus Regierungskreisen verlautete`
        src = self._np(toks, wie + 1 + aus, i)
        last = _end_before_period(toks)
        if wie == 0 or toks[wie - 1].text == ":":  # also after a time stamp `16.05 Uhr: Wie …`
            comma = next((m for m in range(i, len(toks)) if toks[m].text == ","), None)
            if comma is None or comma + 1 >= last:
                return None
            msg = self.span(si, comma + 1, last)
        else:
            if wie < 3:
                return None
            msg = self.span(si, 0, wie - 1)
        kind = "mixed" if any(c in QUOTE_CHARS for c in self.text[msg[0] : msg[1]]) else "indirect"
        return Draft(kind, [msg], "rule:wie", si, cue=cue, source=src and self.span(si, *src))

    def relay_wie(self, si: int, j: int) -> tuple[int, int] | None:
        """`…, wie die Staatsagentur Tass meldete.` closing a speech clause: an outlet relays what the
        clause's own speaker said (via), it is not the speaker; the span of the outlet's name."""
        toks = self.sents[si]
        last = _end_before_period(toks)
        if j + 2 >= last or toks[j].text.lower() != "wie" or not self.lex.verb_forms(toks[last - 1].text):
            return None
        np = toks[j + 1 : last - 1]
        if not any(t.pos == "NN" and self.lex.is_media(t.text) for t in np) or any(t.text == "," for t in np):
            return None
        named = self._last_name(np)
        return (named[0].start, named[-1].end) if named else (np[0].start, np[-1].end)

    def _wie_es(self, si: int, i: int) -> Draft | None:
        """`…, wie es aus Regierungskreisen hieß`: the impersonal cue inverted in a `wie` clause; the cue
        is the verb, the source the phrase after the preposition."""
        toks = self.sents[si]
        if toks[i].text.lower() not in self.lex.impersonal_verbs:
            return None
        wie = self._wie(si, i)
        if wie is None or wie + 1 >= i or toks[wie + 1].text.lower() != "es":
            return None
        draft = self._wie_clause(si, wie, i, [self.span(si, i, i + 1)])
        if draft is not None:
            draft.source = self._aus_source(si, wie + 2, i)
        return draft

    def _demonstrative(self, si: int, i: int, cue: list[tuple[int, int]]) -> Draft | None:
        """`Das berichtete die New York Times.`: the demonstrative is the reported content (it stands for
        the previous sentence, which the corpus does not mark again)."""
        toks = self.sents[si]
        src = self._np(toks, self._skip_adverbs(si, i + 1), self.clause_end(si, i + 1))
        msg = self.span(si, 0, 1)
        return Draft("reported", [msg], "rule:demonstrative", si, cue=cue, source=src and self.span(si, *src))

    def _skip_adverbs(self, si: int, j: int) -> int:
        toks = self.sents[si]
        while j < len(toks) and toks[j].pos in ("ADV", "PROAV", "PAV") and not toks[j].text[:1].isupper():
            j += 1
        return j

    def _main_clause(
        self, si: int, i: int, verb: FormHit, particle: int | None, cue: list[tuple[int, int]]
    ) -> Draft | None:
        """`X sagte, dass …` / `X sagte, <Konjunktiv>` / `X forderte <NP>` / `X hat <NP> angekündigt`."""
        if self._in_subordinate(si, i) or self._reflexive_excluded(si, i, verb):
            return None
        if self._other_particle(si, i, particle) or self._embedded(si, i, verb) or self._verdict(si, i, verb):
            return None
        if self._passive(si, i, verb):
            return None  # `Anwohner wurden aufgefordert, …`: the subject is addressed, the speaker unnamed
        src = self._subject(si, 0, i, verb)
        if src is None and "t" in verb.verb.frames:  # thought verbs need a named thinker
            return None
        comp = self._complement(si, i, particle, self.lex.governed.get(verb.verb.lemma, frozenset()))
        if comp is not None and "c" not in verb.verb.frames and (comp[0] == "indirect" or "n" not in verb.verb.frames):
            comp = None  # `sprachen von Erleichterung darüber, dass …`: the clause belongs to the content
        if comp is not None:
            kind, msg = comp
            if src is None and verb.finite:  # `Söder hatte am Montag erklärt, …` (erklärt also finite)
                src = self._subject(si, 0, i, FormHit(verb.verb, finite=False, needs_particle=False))
            return Draft(kind, [msg], f"rule:{kind}-clause", si, cue=cue, source=src)
        if "n" not in verb.verb.frames or src is None:
            return None
        if "t" in verb.verb.frames and not (self._speaker_like(*src) or self._pronoun(src)):
            return None  # `Der Fall erinnert an …`: a thought needs a person or organisation as thinker
        preps = self.lex.content_preps_of(verb.verb)
        swapped = self._fronted_object(si, i, particle, src)
        if swapped is not None:  # `Eine Schlichtung lehnt Weselsky ab`: the speaker stands after the verb
            src, msg = swapped
            if self._other_sense(verb, msg[0]):
                return None
            return Draft("reported", msg, "rule:reported", si, cue=cue, source=src)
        obj = self._object(si, i, particle, src, preps)
        if obj is not None and self._other_sense(verb, obj):
            return None  # `bestreitet am Samstag das Heimspiel`: the verb in another sense
        if obj is not None and "p" in verb.verb.frames:
            obj = self._governed_phrase(si, obj, preps)  # `gratulierte ihm zum Sieg`: past the dative
            if not self._content_start(obj[0], preps, True):  # `begründete den Schritt am Mittwoch mit …`
                obj = self._governed_later(si, i, particle, preps) or obj
        elif obj is not None and verb.verb.lemma in self.lex.governed and not self._holds_prep(si, obj, preps):
            later = self._governed_later(si, i, particle, preps)  # `bat X in einem Brief um Hilfe`
            obj = later if later is not None and later[0] >= obj[1] else obj
        if obj is None or not self._content_start(obj[0], preps, "p" in verb.verb.frames):
            return None
        obj = self._content_phrase(si, obj)
        if obj is None:
            return None
        obj = self._extend_content(si, obj) if obj[0] > self.sents[si][i].start else obj  # content after the cue
        msg = self._with_condition(si, obj, particle)
        kind = "mixed" if any(c in QUOTE_CHARS for a, b in msg for c in self.text[a:b]) else "reported"
        if kind == "reported" and "t" in verb.verb.frames and self._reflexive_next(si, i):
            return None  # `erinnert sich an lange Nachmittage`: a memory, unless quoted words are recalled
        return Draft(kind, msg, "rule:reported", si, cue=cue, source=src)

    def _fronted_object(
        self, si: int, i: int, particle: int | None, src: tuple[int, int]
    ) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
        """A fronted object and the speaker after the finite cue (`Warnstreiks schloss ein Sprecher der
        IG Metall aus`): the phrase after the verb names a person or organisation and the one before
        does not, or the one before is no subject (`Den Sachschaden schätzt die Polizei auf …`); after
        the speaker only adverbs, or a prepositional phrase that is a second message span."""
        toks = self.sents[si]
        if not self.is_finite(toks[i]) or src[1] > toks[i].start or (i > 0 and toks[i - 1].pos == "KON"):
            return None
        end = self._cue_clause_end(si, i, particle)
        after = self._np(toks, i + 1, end)
        first = next(m for m, t in enumerate(toks) if t.start >= src[0])
        oblique = toks[first].text.lower() in self.lex.oblique
        if after is None or after[0] != i + 1:
            return None
        tail = [t for t in toks[after[1] : end] if t.pos not in ("ADV", "PTKNEG")]
        if tail and toks[after[1]].pos not in ("APPR", "APPRART"):
            return None
        named = self._speaker_like(toks[after[0]].start, toks[after[1] - 1].end) and not self._speaker_like(*src)
        if not (oblique or named):
            return None
        if not any(t.pos in ("NN", "NE") for t in toks if src[0] <= t.start < src[1]):
            return None
        msg = [src] + ([self.span(si, after[1], end)] if tail else [])
        return self.span(si, *after), msg

    def _cue_clause_end(self, si: int, i: int, particle: int | None) -> int:
        """Where the clause of a finite cue at i ends: at its particle, else at the clause end."""
        if particle is not None and particle > i:
            return self._particle_first(si, particle)
        return self.clause_end(si, i + 1)

    def _pronoun(self, src: tuple[int, int]) -> bool:
        """Whether a source span is a pronoun that may be a speaker (`er`, `sie`)."""
        return self.text[src[0] : src[1]].lower() in PRONOUN_SOURCES

    def _speaker_like(self, a: int, b: int) -> bool:
        """Whether a text span holds a mention of a person or organisation."""
        return any(
            a <= m.start and m.end <= b and (m.type or e.type) in ("PER", "ORG") and m.kind != "pronoun"
            for e in self.doc.entities
            for m in e.mentions
        )

    def _with_condition(self, si: int, obj: tuple[int, int], particle: int | None) -> list[tuple[int, int]]:
        """Reported content with the condition that follows it (`mit Warnstreiks, falls …`); after the
        verb's particle the condition is a second span (`Gegenmaßnahmen` … `falls die Zölle kämen`)."""
        toks = self.sents[si]
        k = self.tok_index(si, obj[1])
        after_particle = particle is not None and k == self._particle_first(si, particle)
        k = particle + 1 if after_particle and particle is not None else k
        if k + 2 >= len(toks) or toks[k].text != "," or toks[k + 1].text.lower() not in self.lex.conditional:
            return [obj]
        end = self._message_end(si, k + 1)
        stop = next((m for m in range(k + 2, end) if toks[m].text in _CLAUSE_STOP), end)
        cond = self.span(si, k + 1, stop)
        return [obj, cond] if after_particle else [(obj[0], cond[1])]

    def _holds_prep(self, si: int, obj: tuple[int, int], preps: frozenset[str]) -> bool:
        """Whether a phrase holds one of the prepositions that open the verb's content."""
        return any(t.text.lower() in preps for t in self.sents[si] if obj[0] <= t.start < obj[1])

    def _governed_later(self, si: int, i: int, particle: int | None, preps: frozenset[str]) -> tuple[int, int] | None:
        """The prepositional object of a `p` verb further on in its clause, past an object and adjuncts."""
        toks = self.sents[si]
        end = self._cue_clause_end(si, i, particle)
        a = next((m for m in range(i + 1, end) if toks[m].text.lower() in preps), None)
        if a is None:
            return None
        b = self._cut_channel(si, a, self._cut_adverbs(si, a, min(end, self._object_end(si, a))))
        return self.span(si, a, b) if b > a + 1 else None

    def _governed_phrase(self, si: int, obj: tuple[int, int], preps: frozenset[str]) -> tuple[int, int] | None:
        """The part of a content phrase from the first preposition the verb governs on."""
        toks = [t for t in self.sents[si] if obj[0] <= t.start < obj[1]]
        first = next((t for t in toks if t.text.lower() in preps), None)
        return (first.start, obj[1]) if first is not None else obj

    def _content_phrase(self, si: int, obj: tuple[int, int]) -> tuple[int, int] | None:
        """Reported content names something: trailing function words are dropped (`mit Kosten von`)
        and a phrase without a noun, name or quoted words is none (`ab`, `mehrfach`, `für sie`)."""
        toks = [t for t in self.sents[si] if obj[0] <= t.start < obj[1]]
        while toks and toks[-1].pos in ("APPR", "APPRART", "ART", "KON", "PTKVZ", "ADV", "ADJD"):  # `… scharf`
            toks.pop()
        if not toks or toks[0].pos == "KON":
            return None
        if not any(t.pos in ("NN", "NE", "NNA") or t.text in QUOTE_CHARS for t in toks):
            return None
        return (toks[0].start, toks[-1].end)

    def _extend_content(self, si: int, obj: tuple[int, int]) -> tuple[int, int]:
        """Reported content runs on over a comma into a relative clause on its noun (`von einem Gipfel,
        der die Risse offengelegt habe`) and over further items of a list (`den Verlust des Partners,
        den Wegzug der Kinder und …`)."""
        toks = self.sents[si]
        k = self.tok_index(si, obj[1])
        while k + 1 < len(toks) and toks[k].text == ",":
            stops = (m for m in range(k + 1, len(toks)) if toks[m].text in _CLAUSE_STOP or toks[m].pos == "$.")
            nxt = next(stops, len(toks))
            part = toks[k + 1 : nxt]
            if not part:
                break
            finite = [t for t in part if t.pos in FINITE]
            opener = part[1] if part[0].pos in ("APPR", "APPRART") and len(part) > 1 else part[0]  # `mit dem …`
            relative = opener.pos in ("PRELS", "ART", "PWAV") and finite and finite[-1] is part[-1]
            correlate = toks[k - 1].pos in ("PROAV", "PAV") and part[0].text.lower() in _SUBORD  # `darüber, dass`
            relative = relative or correlate
            verbal = any((t.pos or "").startswith("V") or t.text == "zu" for t in part)
            item = part[0].pos in ("ART", "PPOSAT", "ADJA", "NN") and not verbal and any(t.pos == "NN" for t in part)
            if not (relative or item):
                break
            obj, k = (obj[0], part[-1].end), nxt
        return obj

    def _content_start(self, offset: int, preps: frozenset[str], needs_preposition: bool = False) -> bool:
        """Reported content is a noun phrase or a prepositional object, not a place (`in Berlin`) nor
        a pronoun (`äußerte sich`); verbs marked `p` take only the prepositional object (`sprach von`)."""
        si = self.sentence_of(offset)
        k = self.tok_index(si, offset)
        toks = self.sents[si]
        tok = toks[k]
        if tok.pos in ("PPER", "PRF", "PIS"):  # but `lobten es als „Krimi …“`: the pronoun has a predicate
            return k + 2 < len(toks) and toks[k + 1].text == "als" and toks[k + 2].pos not in ("$.", "$,")
        zu = tok.text.lower() == "zu" and k + 1 < len(toks) and toks[k + 1].pos in ("ART", "PPOSAT", "ADJA", "NN")
        if tok.pos not in ("APPR", "APPRART") and not zu:  # `zu einem „Triumph“` read as an infinitive `zu`
            return not needs_preposition
        return tok.text.lower() in preps

    def _in_subordinate(self, si: int, i: int) -> bool:
        toks = self.sents[si]
        cs = _clause_start(toks, i, _CLAUSE_STOP - {"(", ")"})
        if cs > 0 and cs + 1 < i and self._prepositional_relative(toks[cs : i + 1]):
            return True  # `…, zu dem Verdi aufgerufen hatte`: a relative clause
        return cs < i and self._subordinate(toks[cs], cs == 0)

    def _verdict(self, si: int, i: int, verb: FormHit) -> bool:
        """`verurteilte die Angeklagte zu lebenslanger Haft`: verbs marked `z` are no cue with a `zu` phrase."""
        if "z" not in verb.verb.frames:
            return False
        toks = self.sents[si]
        start = _clause_start(toks, i)
        return any(t.text.lower() in ("zu", "zum", "zur") for t in toks[start : self.clause_end(si, i + 1)])

    def _embedded(self, si: int, i: int, verb: FormHit) -> bool:
        """`Der Kanzler habe ihn aufgefordert, …`: a cue whose clause is itself in the Konjunktiv I is
        part of someone else's reported speech, not a new quotation."""
        toks = self.sents[si]
        if verb.finite:
            return toks[i].text in self.lex.konjunktiv
        aux = next((t for t in reversed(toks[:i]) if t.pos in ("VAFIN", "VMFIN") or t.text in _CLAUSE_STOP), None)
        return aux is not None and aux.text in self.lex.konjunktiv

    def _other_particle(self, si: int, i: int, particle: int | None) -> bool:
        """`Die Firma meldete Insolvenz an`: a finite cue whose clause ends in a particle it does not
        take is another verb (anmelden)."""
        toks = self.sents[si]
        if particle is not None or not self.is_finite(toks[i]):
            return False
        end = self.clause_end(si, i + 1)
        end = next((m for m in range(i + 1, end - 1) if toks[m].pos == "KON" and self.is_finite(toks[m + 1])), end)
        last = toks[end - 1] if end - 1 > i else None  # the clause of this verb: not `… und kündigte … an`
        return last is not None and last.text in self.lex.particles and (end >= len(toks) or is_punct(toks[end]))

    def _reflexive_next(self, si: int, i: int) -> bool:
        """`sich` right after the cue or its speaker (`erinnert sich`, `erinnert sich Weber`)."""
        return any(t.text == "sich" for t in self.sents[si][i + 1 : i + 4])

    def _reflexive_excluded(self, si: int, i: int, verb: FormHit) -> bool:
        """`hat sich gemeldet` is no statement: verbs marked `x` are no cue next to `sich`."""
        if "x" not in verb.verb.frames:
            return False
        toks = self.sents[si]
        return any(t.text == "sich" for t in toks[max(0, i - 6) : i + 3])

    def _subject(self, si: int, start: int, i: int, verb: FormHit) -> tuple[int, int] | None:
        """The speaker of a cue: the noun phrase before it (or before its auxiliary), else right after
        the finite verb (`Am Sonntag sagte Trump`), else the first subject of a coordination."""
        toks = self.sents[si]
        finite = i
        if not verb.finite:
            finite = next((m for m in range(i - 1, start - 1, -1) if toks[m].pos in ("VAFIN", "VMFIN")), i)
        cs = start
        for m in range(finite - 1, start - 1, -1):
            if toks[m].text in (";", ":") or (toks[m].text in QUOTE_CHARS and self.in_statement(toks[m].start)):
                cs = m + 1
                break
        coordinated = toks[finite - 1].pos == "KON" or (
            toks[finite - 1].text == "," and self._contrast_predicate(si, finite)
        )
        if finite > cs and coordinated:  # `… und behauptete`, `…, warnte aber`: the first verb's subject
            finite = next((m for m in range(cs, finite) if self.is_finite(toks[m])), finite)
        after = finite + 1
        if after < len(toks) and toks[after].pos == "PPER" and toks[after].text.lower() in PRONOUN_SOURCES:
            return self.span(si, after, after + 1)  # `Eine Zusammenarbeit schloss er aus`: the pronoun
        got = np_backward(toks, cs, finite)
        if got is not None and any(self._is_time(t.start) for t in toks[got[0] : got[1]]):
            got = None  # `Kurz nach 18.30 Uhr trat Kohl …`: a fronted time, the subject follows the verb
        if got is None and self._relative_subject(toks[cs : finite - 1]):
            got = np_backward(toks, cs, next(k for k in range(cs, finite) if toks[k].text == ","))
        comma = next((m for m in range(finite - 1, cs, -1) if toks[m].text == ","), None)
        if got is None and comma is not None and finite - comma <= 6:  # `A tat X, Söder kündigte Y an`
            got = np_backward(toks, comma + 1, finite)
        if got is None:
            j = self._skip_phrases(si, finite + 1)
            got = self._np(toks, j, self.clause_end(si, j))
        return self.span(si, *got) if got is not None else None

    def _complement(
        self, si: int, i: int, particle: int | None, governed: frozenset[str] = frozenset()
    ) -> tuple[str, tuple[int, int]] | None:
        """The clause a cue introduces: after `, dass`, a comma and a verb-second clause, a colon."""
        toks = self.sents[si]
        end = self.clause_end(si, i + 1)
        if end >= len(toks) or toks[end].text not in (",", ":"):
            return None
        j = end + 1
        if j < len(toks) and toks[j].text in QUOTE_CHARS and self.in_statement(toks[j].start):
            return None
        if self.relay_wie(si, j) is not None:  # `sprach von …, wie die Agentur Tass meldete`: the outlet relays
            return None
        last = self._message_end(si, j)
        if j < len(toks) and toks[j].text.lower() in _SUBORD:
            j += 1
            return ("indirect", self.span(si, j, last)) if last > j else None
        if last - j < 2:
            return None
        body = toks[j:last]
        finite = [m for m, t in enumerate(body) if t.pos in FINITE and body[m - 1].text != "zu"]
        if body[0].pos in ("ART", "PRELS", "PDS") and finite and finite[0] == len(body) - 1:
            return None  # a relative clause (`…, den der Kläger ablehnte`), not a reported one
        if body[0].pos in ("ART", "PRELS") and len(body) > 1 and body[1].pos in ("ART", "APPR", "APPRART", "ADV"):
            return None  # `…, dem die Arbeit genommen wird`, `…, die nach 1945 … lebt`: a relative pronoun
        if self._prepositional_relative(body):
            return None  # `erinnert sich an Abende, an denen …`: a relative clause on the object
        zu = next((m for m, t in enumerate(body) if t.pos == "VVIZU" or t.text == "zu"), None)
        if zu is None and _INFIX_ZU.fullmatch(body[-1].text):  # `vor, den Mangel … schönzurechnen`
            zu = len(body) - 1
        head = body[: max(0, (zu or 0) - 1)]
        finite_before = any(  # `auf verminderte Schuldfähigkeit zu plädieren`: `verminderte` is no verb here
            t.pos in FINITE and not (m + 1 < len(body) and body[m + 1].pos == "NN") for m, t in enumerate(head)
        )
        if zu is not None and not finite_before:  # `verschwiegen zu haben`
            return "reported", self.span(si, j, last)  # also `warf X vor, … gebrochen zu haben` (§5)
        if toks[end].text == ":" and body[0].text in QUOTE_CHARS and body[-1].text in QUOTE_CHARS and len(body) > 2:
            stop = last - 2 if toks[last - 2].text == "." else last - 1  # the full stop stays outside
            return "direct", self.span(si, j + 1, stop)  # `sagt mir: ‚…‘` inside a quoted answer
        if toks[end].text == ":" and body[0].text not in QUOTE_CHARS:
            return "indirect", self.span(si, j, last)
        if any(t.pos == "KON" and self.is_finite(toks[m + 1]) for m, t in enumerate(toks[i + 1 : end], i + 1)):
            return None  # `bezeichnete … als „…“ und behauptete, …`: the comma belongs to the second verb
        if self._object_before(si, i, end, governed) and not any(
            t.text in self.lex.reported_mood or self._konjunktiv_one(t) for t in body
        ):
            return None  # `X forderte eine harte Linie, die SPD will …`: two main clauses, not a report
        if any(t.pos in FINITE or t.text in self.lex.konjunktiv for t in body[: self._first_stop(body, 12)]):
            opener = body[0].pos in ("PRELS", "KOUS", "PWAV") or self.is_finite(body[0])  # `, sagte sie`
            subordinate = opener and not self._main_after(body)
            if subordinate or body[0].text.lower() in ("und", "aber", "doch"):
                return None
            return "indirect", self.span(si, j, last)
        return None

    def _prepositional_relative(self, body: list[Token]) -> bool:
        """A comma clause opened by a preposition and a relative pronoun with its verb at the end (`an
        denen seine Mutter … saß`, `zu dem Verdi aufgerufen hatte`); not `in der Stadt gebe es …`."""
        if len(body) < 3 or body[0].pos not in ("APPR", "APPRART") or body[1].pos not in ("PRELS", "PRELAT", "ART"):
            return False
        clause = body[: next((m for m, t in enumerate(body) if t.text in _CLAUSE_STOP), len(body))]
        if any(t.text == "zu" or t.pos == "VVIZU" or _INFIX_ZU.fullmatch(t.text) for t in clause):
            return False  # `…, mit dem Auto an die Küste zu fahren`: an infinitive, no relative clause
        finite = [m for m, t in enumerate(clause) if self.is_finite(t) or t.pos in ("VAFIN", "VMFIN")]
        return bool(finite) and finite[0] >= len(clause) - 2

    @staticmethod
    def _first_stop(toks: list[Token], limit: int) -> int:
        """Length of the first clause of a token list (up to a comma or similar), at least 8, at most `limit`."""
        stop = next((m for m, t in enumerate(toks) if t.text in _CLAUSE_STOP), len(toks))
        return max(8, min(stop, limit))

    def _object_before(self, si: int, i: int, end: int, governed: frozenset[str] = frozenset()) -> bool:
        """Whether the cue already has a noun phrase object, or a prepositional object it governs
        (`sprach von Y, …`), before the comma (outlets aside)."""
        toks = self.sents[si]
        k = self._skip_phrases(si, i + 1, governed)
        if k < end and toks[k].text.lower() in governed:
            return True
        while k < end:
            t = toks[k]
            if t.pos == "PPER" or (t.pos == "PTKVZ" and k == end - 1):
                k += 1
                continue
            got = np_forward(toks, k, end, self.lex.media)
            if got is None:
                return False
            words = [w.text.lower() for w in toks[got[0] : got[1]]]
            if not any(self.lex.is_media(w) for w in words) and toks[k].pos in (
                "ART",
                "PPOSAT",
                "ADJA",
                "NN",
            ):
                return True
            k = self._skip_phrases(si, got[1])
        return False

    def _message_end(self, si: int, j: int) -> int:
        """End token of a reported clause: before `, ohne`, `, und <cue>` or the final full stop."""
        toks = self.sents[si]
        last = _end_before_period(toks)
        for m in range(j + 1, last - 1):
            if toks[m].text != ",":
                continue
            nxt = toks[m + 1].text.lower()
            if nxt in ("ohne", "während", "nachdem", "bevor"):
                return m
            if nxt == "und" and m + 2 < last and self.lex.verb_forms(toks[m + 2].text):
                return m
        return last

    def _object(
        self, si: int, i: int, particle: int | None, src: tuple[int, int], preps: frozenset[str]
    ) -> tuple[int, int] | None:
        """The content of reported speech: the phrase after a finite cue up to its particle or the
        clause end, or the phrase before a final cue back to the auxiliary or `und`."""
        toks = self.sents[si]
        src_end = self.tok_index(si, src[1])
        cs = _clause_start(toks, i)  # `X, der … hatte, sprach`
        v2 = (toks[i].pos in FINITE or self.is_finite(toks[i])) and not any(
            t.pos in ("VAFIN", "VMFIN") for t in toks[cs:i]
        )
        if v2 and i + 1 < len(toks):
            a = self._skip_phrases(si, src_end if src[0] > toks[i].start else i + 1, preps)
            b = self._particle_first(si, particle) if particle is not None else self._object_end(si, a)
            b = self._cut_channel(si, a, self._cut_adverbs(si, a, b)) if b > a else a
            bare = all(t.pos in ("ADV", "ADJD", "PTKNEG") for t in toks[a:b])
            if bare and src[0] > toks[i].start:  # a fronted object: `Eine Zusammenarbeit schloss er aus`
                fronted = np_backward(toks, 0, i)
                return self.span(si, *fronted) if fronted else None
            return self.span(si, a, b) if b > a else None
        b = self._particle_first(si, particle) if particle is not None and particle < i else i
        a = b
        while a > 0 and toks[a - 1].text not in _CLAUSE_STOP and toks[a - 1].pos not in FINITE:
            if toks[a - 1].start < src[1] or (toks[a - 1].pos == "KON" and self._verb_before(si, a - 1)):
                break
            a -= 1
        a = min(self._skip_phrases(si, a, preps), b)
        b = self._cut_channel(si, a, b)
        return self.span(si, a, b) if b > a else None

    def _particle_first(self, si: int, particle: int) -> int:
        """The first word of a particle that may span several words (`in Aussicht`)."""
        return particle + 1 - self.particle_len.get((si, particle), 1)

    def _skip_phrases(self, si: int, j: int, content: frozenset[str] = frozenset()) -> int:
        """Skip adverbs, times and prepositional phrases (with a genitive attribute): before a subject
        after its verb (`teilte am Dienstagmorgen die Bahn mit`) or before reported content, stopping at
        a preposition in `content` (`kündigte noch im Saal Revision an`, `warnte am Montag vor …`)."""
        toks = self.sents[si]
        for _ in range(4):
            j = self._skip_leading(si, self._skip_adverbs(si, self._skip_parenthesis(si, j)), len(toks))
            if j >= len(toks) or toks[j].pos not in ("APPR", "APPRART"):
                return j
            if toks[j].text.lower() in content:
                return j
            end = self._pp_end(si, j)
            if end is None:
                return j
            j = end
        return j

    def _skip_parenthesis(self, si: int, j: int) -> int:
        """Past a short parenthesis (`Westerwelle (FDP) die Übergabe …`)."""
        toks = self.sents[si]
        if j >= len(toks) or toks[j].text != "(":
            return j
        close = next((m for m in range(j + 1, min(len(toks), j + 8)) if toks[m].text == ")"), None)
        return close + 1 if close is not None else j

    def _pp_end(self, si: int, j: int) -> int | None:
        """The token after a prepositional phrase starting at j: its head noun, names after it and
        one genitive attribute (`am Rande der Versammlung`); an unknown capitalised word is a name (`auf X`)."""
        toks = self.sents[si]
        m = j + 1
        while m < len(toks) and not (toks[m].pos in ("NN", "NE", "XY") and toks[m].text[:1].isupper()):
            if toks[m].text in _CLAUSE_STOP or toks[m].pos in FINITE:
                return None
            m += 1
        while m + 1 < len(toks) and toks[m + 1].pos == "NE":
            m += 1
        m += 1
        if m < len(toks) and toks[m].text in ("des", "der", "eines", "einer") and toks[m - 1].pos == "NN":
            got = np_forward(toks, m, len(toks))
            m = got[1] if got else m
        return m

    def _object_end(self, si: int, a: int) -> int:
        """End of a content phrase after a finite cue: a comma, the sentence end, `und` + verb."""
        toks = self.sents[si]
        for m in range(a, len(toks)):
            t = toks[m]
            if any(q.open_at < t.start < q.outer_end for q in self.quoted):
                continue
            if t.text in _CLAUSE_STOP or t.pos == "$." or t.pos in FINITE:
                return m
            if (
                t.pos == "KON"
                and m + 1 < len(toks)
                and (toks[m + 1].pos in FINITE or self.lex.verb_forms(toks[m + 1].text))
            ):
                return m
        return len(toks)

    def _verb_before(self, si: int, k: int) -> bool:
        """Whether a verb stands between the clause's finite verb and `und` at k (verb coordination)."""
        toks = self.sents[si]
        for m in range(k - 1, -1, -1):
            if toks[m].pos in FINITE or toks[m].text in _CLAUSE_STOP:
                return False
            if toks[m].pos in ("VVPP", "VVINF", "VAPP", "VMINF"):
                return True
        return False

    def _cut_adverbs(self, si: int, a: int, b: int) -> int:
        """Stop a reported content phrase at its first adverb or time expression outside quotes."""
        toks = self.sents[si]
        quoted_until = max(
            (q.outer_end for q in self.quoted if toks[a].start <= q.open_at < toks[b - 1].end), default=0
        )
        attribute_until = 0
        for m in range(a + 1, b):
            t = toks[m]
            if t.start < quoted_until or t.start < attribute_until:
                continue  # the quoted words are what was said: `nannte den Angriff am Donnerstag eine „…“`
            if self._is_time(t.start) and self._time_attribute(si, m):
                attribute_until = max(x.end for x in self.doc.times if x.start <= t.start < x.end)
                continue
            modifier = m + 1 < len(toks) and (  # `mehr Lohn`, `mehr als 60 000`
                toks[m + 1].pos in ("ADJA", "ADJD", "CARD", "NN") or toks[m + 1].text == "als"
            )
            if (t.pos in ("ADV", "PTKNEG") and not modifier) or self._is_time(t.start):
                return m
        return b

    def _time_attribute(self, si: int, m: int) -> bool:
        """A time phrase after a preposition that attaches it to the content noun before it
        (`Warnstreiks [für die kommende Woche]`, `eine Garantie [bis 2023]`), not a time adjunct."""
        toks = self.sents[si]
        return toks[m].text.lower() in self.lex.attributive_time_preps or (
            m > 0 and toks[m - 1].text.lower() in self.lex.attributive_time_preps and toks[m - 2].pos == "NN"
        )

    def _predicate_after(self, si: int, a: int, b: int) -> bool:
        """Content goes on after an interposed phrase: an `als` predicate or quoted words
        (`würdigte X in ihrer Begründung als „…“`, `nannte X in einer Ansprache eine „…“`)."""
        return any(t.text.lower() == "als" or t.text in QUOTE_CHARS for t in self.sents[si][a:b])

    def _cut_channel(self, si: int, a: int, b: int) -> int:
        """Reported content ends before a phrase naming the channel (`den Einsatz [in einer Rede]`)."""
        toks = self.sents[si]
        for m in range(a + 1, b - 1):
            if toks[m].pos not in ("APPR", "APPRART") or toks[m].text.lower() == "als":
                continue
            for k in range(m + 1, min(b, m + 5)):
                if toks[k].pos in ("NN", "NE") or toks[k].text[:1].isupper():
                    if self.lex.is_channel_noun(toks[k].text) and not self._predicate_after(si, k + 1, b):
                        return m
                    break
                if toks[k].pos not in ("ART", "PPOSAT", "ADJA", "ADJD", "PIAT"):
                    break
        return b

    def _skip_leading(self, si: int, a: int, b: int) -> int:
        toks = self.sents[si]
        while a < b and (toks[a].pos in ("ADV", "PTKNEG") or self._is_time(toks[a].start) or self._after_time(si, a)):
            if self._measure(si, a):
                return a
            a += 1
        if a + 1 < b and (toks[a].text.lower(), toks[a + 1].text.lower()) in self.lex.adverb_phrases:
            return self._skip_leading(si, a + 2, b)  # `vor allem`, `unter anderem`
        while a < b and toks[a].pos in ("APPRART", "APPR") and a + 1 < b and self._is_time(toks[a + 1].start):
            a += 1
            while a < b and self._is_time(toks[a].start):
                a += 1
        return a

    def _is_time(self, offset: int) -> bool:
        return any(t.start <= offset < t.end for t in self.doc.times)

    def _after_time(self, si: int, a: int) -> bool:
        """`lang` in `zwei Tage lang`: an adverb that closes a time adjunct belongs to it."""
        toks = self.sents[si]
        return a > 0 and toks[a].text.lower() in self.lex.duration_adverbs and self._is_time(toks[a - 1].start)

    def _measure(self, si: int, a: int) -> bool:
        """A bare amount of time opening the content is what was demanded, not a time adjunct
        (`hatte [achteinhalb Jahre] gefordert`, `forderte [drei Jahre Haft]`); not `drei Tage lang`."""
        toks = self.sents[si]
        span = next((t for t in self.doc.times if t.start == toks[a].start and t.type == "DURATION"), None)
        if span is None or " " not in span.text or (a > 0 and toks[a - 1].pos in ("APPR", "APPRART")):
            return False
        after = next((t for t in toks[a:] if t.start >= span.end), None)
        return after is None or after.text.lower() not in self.lex.duration_adverbs

    # -- fixed cues ------------------------------------------------------------------------------

    def fixed_role(self, si: int, i: int) -> tuple[str, int]:
        """The role of a fixed cue starting at token i (`laut`, `nach Angaben`, `hieß es` …) and its width."""
        toks = self.sents[si]
        for words, role in self.lex.fixed_by_first.get(toks[i].text.lower(), ()):
            n = len(words)
            if tuple(t.text.lower() for t in toks[i : i + n]) == words:
                return ("before" if role == "exact" else role), n
            if role == "exact":
                continue
            k = i + 1  # `nach eigenen Angaben`, `nach einer Umfrage`: an article or adjectives inside the phrase
            while n == 2 and k < min(i + 3, len(toks)) and toks[k].pos in ("ADJA", "ART") and toks[k].text.islower():
                k += 1
            if k > i + 1 and k < len(toks) and toks[k].text.lower() == words[1]:
                return role, k + 1 - i
        return "", 0

    def _fixed(self, si: int, i: int, role: str, width: int) -> Draft | None:
        toks = self.sents[si]
        last = _end_before_period(toks)
        if role == "before" and any(t.text.lower() in self.lex.own for t in toks[i : i + width]):
            return self._own(si, i, i + width, last)
        if role == "before":
            j = i + width + (1 if i + width < len(toks) and toks[i + width].text in ("von", "aus") else 0)
            src = self._np(toks, j, last) or self._quoted_source(si, j, last)
            cue = [self.span(si, i, i + width)]
            if src is None and toks[i].text.lower() == "nach" and j < last and self.is_finite(toks[j]):
                return self._around(si, i, j, last, cue, None, "laut")  # `Nach ersten Erkenntnissen wurde …`
            if src is None or self._no_speaker(si, *src):
                return None
            return self._around(si, i, src[1], last, cue, self.span(si, *src), "laut")
        if role == "none" and last - (i + width) >= 2:  # `Dem Vernehmen nach [prüft die Kommission …]`
            cue = [self.span(si, i, i + width)]
            return Draft("indirect", [self.span(si, i + width, last)], "rule:bare-cue", si, cue=cue)
        if role == "after":
            a = self._np_before(si, i)
            if a is None or self._no_speaker(si, a, i):
                return None
            return self._around(si, a, i + 1, last, [self.span(si, i, i + 1)], self.span(si, a, i), "zufolge")
        if role == "hiess" and i > 1 and toks[i - 1].text == ",":
            return self._hiess(si, i, width, last)
        if role == "hiess" and i > 0:
            comma = self._skip_leading(si, self._skip_adverbs(si, i + width), last)  # `hieß es am Abend, …`
            if comma < last and toks[comma].text == "," and last - comma > 3:
                msg = self.span(si, comma + 1, last)
                src = self._aus_source(si, 0, i)  # `In der „Süddeutschen Zeitung“ hieß es, …`
                cue = [self.span(si, i, i + width)]
                return Draft("indirect", [msg], "rule:hiess-es", si, cue=cue, source=src)
        if role == "so" and i > 1 and toks[i - 1].text == ",":
            got = self._v1_cue(si, i)
            noun_cue = got is not None and got[0][0][0] != toks[i].start  # `so die Kritik der Opposition`
            if got is None or (got[1] is None and not noun_cue):
                return None
            end = got[2]
            if end < len(toks) and toks[end].text not in (",", ".") and toks[end].pos != "$.":
                return None
            draft = self._after_message(si, i, got[0], parenthetical=True)
            if draft is not None and noun_cue:
                draft.source = got[1]
            return draft
        return None

    def _quoted_source(self, si: int, j: int, last: int) -> tuple[int, int] | None:
        """A paper named in quotation marks after an article (`nach Informationen [der „taz“]`), as tokens."""
        toks = self.sents[si]
        k = j + 1 if j < last and toks[j].pos == "ART" else j
        if k + 2 >= last or toks[k].text not in QUOTE_CHARS:
            return None
        close = next((m for m in range(k + 2, min(last, k + 6)) if toks[m].text in QUOTE_CHARS), None)
        return (j, close + 1) if close is not None else None

    def _own(self, si: int, i: int, b: int, last: int) -> Draft | None:
        """`X hat nach eigenen Angaben …`: the source is the clause's subject; the message the clause
        without the cue phrase and without the subject and auxiliary before it."""
        toks = self.sents[si]
        b += 1 if b < last and toks[b].text == "," else 0
        before = [m for m in range(i - 1, -1, -1) if toks[m].text in _CLAUSE_STOP or self.is_finite(toks[m])]
        fronted = not before or toks[before[0]].text in _CLAUSE_STOP
        finite = next((m for m in range(b, last) if self.is_finite(toks[m])), None) if fronted else before[0]
        if finite is None or last - b < 2:
            return None
        src = self._subject(si, 0, finite, FormHit(ANY_VERB, finite=True, needs_particle=False))
        if src is None:
            return None
        msg = [self.span(si, b, last)]
        first = finite + (1 if toks[finite].pos in ("VAFIN", "VMFIN") else 0)
        if not fronted and first < i and src[1] <= toks[finite].start:
            msg.insert(0, self.span(si, first, i))  # `[bemerkte den Einbruch] nach eigenen Angaben [erst …]`
        cue = [self.span(si, i, b - (1 if toks[b - 1].text == "," else 0))]
        whole = next((q for q in self.quoted if len(msg) == 1 and (q.open_at, q.outer_end) == msg[0]), None)
        if whole is not None:  # `nach eigenen Worten „…“`: the quoted words alone, a direct quote (§5)
            return Draft("direct", list(whole.parts), "rule:own", si, cue=cue, source=src)
        return Draft("indirect", msg, "rule:own", si, cue=cue, source=src)

    def _no_speaker(self, si: int, a: int, b: int) -> bool:
        """`laut Gesetz`, `dem Koalitionsvertrag zufolge`: a rule or document, no source of a statement."""
        head = next((t for t in self.sents[si][a:b] if t.pos in ("NN", "NE")), None)
        return head is not None and head.text.lower().endswith(self.lex.not_speakers)

    def _hiess(self, si: int, i: int, width: int, last: int) -> Draft | None:
        first = self._message_start(si, i - 1)
        if first is None:
            return None
        src = self._aus_source(si, i + width, last)
        return Draft(
            "indirect",
            [self.span(si, first, i - 1)],
            "rule:hiess-es",
            si,
            cue=[self.span(si, i, i + width)],
            source=src,
        )

    def _np_before(self, si: int, i: int) -> int | None:
        """Start of the noun phrase before `zufolge` (`der Polizei zufolge`)."""
        toks = self.sents[si]
        if i > 0 and toks[i - 1].text.lower() in DATIVE_SOURCES:
            return i - 1  # `Ihm zufolge`
        a = i
        while a > 0 and toks[a - 1].text not in _CLAUSE_STOP and toks[a - 1].pos not in FINITE:
            if toks[a - 1].pos in ("APPR", "KOUS", "ADV", "PPER") and toks[a - 1].text not in ("von",):
                break
            a -= 1
        return a if a < i else None

    def _around(
        self, si: int, a: int, b: int, last: int, cue: list[tuple[int, int]], src: tuple[int, int] | None, rule: str
    ) -> Draft | None:
        """The message of `laut X` / `X zufolge`: the clause the cue phrase stands in, without it — in
        the middle of the clause two spans (`[Verletzt wurde] nach Angaben der Feuerwehr [niemand]`,
        guidelines §2.2 and §5), else what follows it or the clause before it."""
        toks = self.sents[si]
        start = 0
        for m in range(a):
            if toks[m].text == ":" and m < 6:
                start = m + 1
        sub = self._subordinate_start(si, start, a)
        if sub is not None:  # `…, bei dem nach Angaben der Regierung [mehr als 1400 Menschen starben]`
            start, last = sub, self.clause_end(si, b)
        b2 = b + 1 if b < last and toks[b].text == "," else b
        verbless = a - start >= 3 and toks[a - 1].text == "," and not any(self.is_finite(t) for t in toks[b2:last])
        if last > b2 and verbless:  # `…gefallen, nach Angaben des DWD [so viel wie sonst in sechs Wochen]`
            msg = [self.span(si, start, a - 1), self.span(si, b2, last)]
        elif last > b2:
            msg = [self.span(si, b2, last)]
            if a - start >= 2 and toks[a - 1].text not in _CLAUSE_STOP:  # the cue phrase inside the clause
                msg.insert(0, self.span(si, start, a))
        elif a - start >= 2:
            msg = [self.span(si, start, a - 1 if toks[a - 1].text == "," else a)]
        else:
            return None
        kind = "mixed" if any(c in QUOTE_CHARS for x, y in msg for c in self.text[x:y]) else "indirect"
        return Draft(kind, msg, f"rule:{rule}", si, cue=cue, source=src)

    def _subordinate_start(self, si: int, start: int, a: int) -> int | None:
        """The first word after the opener of a relative or subordinate clause that a fixed cue at a
        stands in (`, bei dem`, `, weil`), if it stands in one."""
        toks = self.sents[si]
        comma = next((m for m in range(a - 1, start, -1) if toks[m].text in _CLAUSE_STOP), None)
        if comma is None or toks[comma].text != "," or comma + 1 >= a:
            return None
        k = comma + 1 + (toks[comma + 1].pos in ("APPR", "APPRART"))
        pronoun = toks[k].pos == "ART" and toks[k + 1].pos not in ("NN", "NE", "ADJA", "CARD")  # `die laut …`
        if k < a and (pronoun or toks[k].pos in ("PRELS", "PRELAT", "KOUS", "PWAV")):
            return k + 1
        return None

    # -- frame details: addressee, channel, via ---------------------------------------------------

    def _frame_details(self, draft: Draft, si: int, a: int, b: int) -> None:
        toks = self.sents[si]
        inside = [(x, y) for x, y in draft.message]
        frame = [t for t in toks[a:b] if not any(x <= t.start < y for x, y in inside)]
        draft.channel = self._channel([t for t in frame if not self.in_statement(t.start)])  # not in the message
        draft.addressee = self._addressee(frame, draft.source)
        self._via(draft, frame)
        src = draft.source
        if draft.channel and src and draft.channel[0] < src[1] and src[0] < draft.channel[1]:
            draft.channel = None  # a paper quoted as speaking is the source, not the channel
        for other in (draft.via, draft.channel):  # `laut der Agentur X` relays, `in der „Bild“` is the medium
            if other and draft.addressee and draft.addressee[0] < other[1] and other[0] < draft.addressee[1]:
                draft.addressee = None

    def _channel(self, frame: list[Token]) -> tuple[int, int] | None:
        """`auf X`, `auf seiner Plattform Truth Social` (the name), `in seiner abendlichen Ansprache`."""
        for n in range(1, len(frame)):
            if frame[n - 1].text.lower() in ("auf", "über", "via", "bei") or frame[n - 1].text.startswith("Plattform"):
                name = self._platform(frame, n)
                if name is not None:
                    return name
        for n, t in enumerate(frame):
            if t.text.lower() not in ("auf", "in", "im", "per", "über", "bei", "am", "via"):
                continue
            quoted = self._quoted_outlet(frame, n + 1 + (n + 1 < len(frame) and frame[n + 1].pos == "ART"))
            if quoted is not None:
                return quoted  # `kündigte in der „Bild“ an`: the paper is the medium
            first = None
            for m in range(n + 1, min(len(frame), n + 6)):
                w = frame[m]
                name = self._platform(frame, m)
                if name is not None:
                    return name
                if w.pos in ("ADJA", "ADJD") and first is None:
                    first = m
                if self.lex.is_channel_noun(w.text) and w.text[:1].isupper():
                    after = self._platform(frame, m + 1) if m + 1 < len(frame) else None
                    return after or (frame[first if first is not None else m].start, w.end)
                if w.pos not in ("ART", "PPOSAT", "ADJA", "ADJD", "PIAT") and not w.text.endswith("-"):
                    break
        return None

    def _quoted_outlet(self, frame: list[Token], m: int) -> tuple[int, int] | None:
        """A paper's name in quotation marks (`„Bild“`), as its marks and name."""
        if m + 2 >= len(frame) or frame[m].text not in QUOTE_CHARS or not frame[m + 1].text[:1].isupper():
            return None
        close = next((k for k in range(m + 1, min(len(frame), m + 5)) if frame[k].text in QUOTE_CHARS), None)
        if close is None or frame[close].start - frame[m + 1].start > 40:
            return None
        names = {e.name for e in self.doc.entities if e.type == "ORG"}
        inner = self.text[frame[m + 1].start : frame[close - 1].end]
        return (frame[m].start, frame[close].end) if inner in names or self.lex.is_media(inner) else None

    def _platform(self, frame: list[Token], m: int) -> tuple[int, int] | None:
        if m >= len(frame):
            return None
        two = frame[m].text + " " + frame[m + 1].text if m + 1 < len(frame) else ""
        if two in self.lex.platforms:
            return (frame[m].start, frame[m + 1].end)
        if frame[m].text.rstrip(".") in self.lex.platforms:  # `auf X.` may come as one token
            return (frame[m].start, frame[m].start + len(frame[m].text.rstrip(".")))
        return None

    def _addressee(self, frame: list[Token], src: tuple[int, int] | None) -> tuple[int, int] | None:
        """`sagte Weber der dpa`, `der „Bild“`, `gegenüber der Zeitung`: the outlet or person spoken to."""
        for n, t in enumerate(frame[:-1]):
            if src and src[0] <= t.start < src[1]:
                continue
            if t.text.lower() == "gegenüber":
                k = n + 2 if frame[n + 1].pos in ("ART", "PPOSAT") and n + 2 < len(frame) else n + 1
            elif t.text in ("dem", "der") and self._is_outlet(frame, n + 1):
                k = n + 1
            else:
                continue
            m = k + 1 if self._is_outlet(frame, k) and frame[k].text not in QUOTE_CHARS else k
            while m < len(frame) and (frame[m].text[:1].isupper() or frame[m].text in QUOTE_CHARS):
                m += 1
            if m > k and frame[m - 1].text in QUOTE_CHARS and frame[k].text not in QUOTE_CHARS:
                m -= 1
            return (frame[k].start, frame[m - 1].end) if m > k else None
        return None

    def _is_outlet(self, frame: list[Token], m: int) -> bool:
        if frame[m].text in QUOTE_CHARS and m + 1 < len(frame):
            return True
        return frame[m].text.lower() in self.lex.media

    def _via(self, draft: Draft, frame: list[Token]) -> None:
        """`X berichtete unter Berufung auf Y` (source Y via X); `ein von Reuters zitierter Beamter`."""
        relays = [(w, role) for w, role in self.lex.relay if role == "berufung"]
        for n in range(len(frame)):
            width = next((len(w) for w, _ in relays if tuple(t.text.lower() for t in frame[n : n + len(w)]) == w), 0)
            if width and draft.source:
                m = n + width
                b = m
                while b < len(frame) and not is_punct(frame[b]) and frame[b].pos not in FINITE:
                    if self.lex.verb_forms(frame[b].text):
                        break
                    b += 1
                if b > m:
                    outlet = [t for t in frame if draft.source[0] <= t.start < draft.source[1]]
                    named = self._last_name(outlet)
                    draft.via = (named[0].start, named[-1].end) if named else draft.source
                    draft.source = (frame[m].start, frame[b - 1].end)
                return
        if draft.source:
            src_toks = [t for t in frame if draft.source[0] <= t.start < draft.source[1]]
            low = [t.text.lower() for t in src_toks]
            if draft.cue and self.text[draft.cue[0][0] : draft.cue[0][1]].lower().startswith(self.lex.quoting_stems):
                self._quoting_outlet(draft, src_toks)
                return
            quoting = {w[0] for w, role in self.lex.relay if role == "zitiert"}
            z = next((k for k, w in enumerate(low) if w in quoting), None)
            if z is not None and "von" in low[:z]:
                a = low.index("von") + 1
                named = self._last_name(src_toks[a:z])
                if named:
                    draft.via = (named[0].start, named[-1].end)
        if draft.via is None and draft.method not in ("rule:laut", "rule:zufolge", "rule:own"):
            draft.via = self._reporting_outlet(frame)

    def _reporting_outlet(self, frame: list[Token]) -> tuple[int, int] | None:
        """`sagte er laut der Agentur Interfax`, `nach Angaben der Nachrichtenagentur Xinhua`, `nach einem
        Bericht von „Politico“`: an outlet named in a `laut`/`nach` phrase of the cue clause relays it."""
        reports = {w[0] for w, role in self.lex.relay if role == "report"}
        for n, t in enumerate(frame):
            if t.text.lower() not in ("laut", "nach"):
                continue
            phrase = []
            for x in frame[n + 1 : n + 9]:
                if x.text in _CLAUSE_STOP or x.pos == "$." or x.pos in FINITE:
                    break
                phrase.append(x)
            words = [x.text.lower() for x in phrase]
            if any(self.lex.is_media(w) for w in words) or reports & set(words):
                named = (
                    self._last_name([x for x in phrase if x.text.lower() not in reports])
                    or [x for x in phrase if self.lex.is_media(x.text)][-1:]
                )  # `der dpa`
                if named:
                    return (named[0].start, named[-1].end)
        return None

    def _quoting_outlet(self, draft: Draft, src_toks: list[Token]) -> None:
        """`zitierte die Staatsagentur Tass Kremlsprecher Dmitri Peskow`: the outlet is the relay, the
        phrase after its name the source."""
        k = next((n for n, t in enumerate(src_toks) if self.lex.is_media(t.text)), None)
        if k is None:
            return
        end = k + 1
        while end < len(src_toks) and src_toks[end].pos == "NE" and src_toks[k].pos == "NN":
            end += 1
        if end >= len(src_toks):
            return
        named = src_toks[k + 1 : end] if end > k + 1 else src_toks[k : k + 1]
        draft.via = (named[0].start, named[-1].end)
        draft.source = (src_toks[end].start, src_toks[-1].end)

    def _last_name(self, toks: list[Token]) -> list[Token]:
        """The last run of capitalised words (`der Nachrichtenagentur Reuters` → Reuters); a place
        adjective stays (`Frankfurter Rundschau`); a name in quotation marks is taken whole
        (`„Times of Israel“`)."""
        marks = [n for n, t in enumerate(toks) if t.text in QUOTE_CHARS]
        if len(marks) >= 2 and marks[-1] - marks[-2] > 1 and toks[marks[-2] + 1].text[:1].isupper():
            return toks[marks[-2] + 1 : marks[-1]]
        run: list[Token] = []
        for t in reversed(toks):
            if not t.text[:1].isupper():
                if run:
                    break
                continue
            run.insert(0, t)
        while len(run) > 1 and (
            run[0].pos in ("ART", "PDS")
            or self.lex.is_media(run[0].text)
            or (run[0].pos == "NN" and not run[0].text.endswith("er"))
        ):
            run = run[1:]
        return run

    # -- (4) continuations -----------------------------------------------------------------------

    def continuations(self) -> None:
        """A bare quoted statement right after a direct quotation continues it (one more message
        span, as for an interrupted quote); after other speech it keeps that speaker."""
        self.drafts.sort(key=lambda d: d.message[0][0])
        by_sentence: dict[int, Draft] = {}
        for d in self.drafts:
            for _a, b in d.message:
                by_sentence.setdefault(self.sentence_of(b - 1), d)
        for d in list(self.drafts):
            if d.method != "rule:direct-bare":
                continue
            prev = by_sentence.get(d.sentence - 1)
            if prev is None or prev is d or not (prev.source or prev.inherits):
                continue
            if prev.kind == "direct":
                prev.message += d.message
                self.drafts.remove(d)
            else:
                d.inherits = prev
                d.method = "rule:direct-previous"
            by_sentence[d.sentence] = prev if prev.kind == "direct" else d
        self._konjunktiv_continuations(by_sentence)

    def _konjunktiv_continuations(self, by_sentence: dict[int, Draft]) -> None:
        """A Konjunktiv sentence right after a quotation (direct too, guidelines §5), without a cue of its
        own, continues that quote: one more message span (`Die Unternehmen bräuchten jetzt Klarheit.`)."""
        for si, toks in enumerate(self.sents):
            prev = by_sentence.get(si - 1)
            if prev is None or si in by_sentence or not toks:
                continue
            if self.doc.sentences[si].paragraph - self.doc.sentences[si - 1].paragraph > 1:
                continue
            if self.in_statement(toks[0].start) or not self._reported_mood(toks):
                continue
            last = _end_before_period(toks)
            prev.message.append(self.span(si, 0, last))
            by_sentence[si] = prev

    def _reported_mood(self, toks: list[Token]) -> bool:
        """A main clause whose first words carry a Konjunktiv I form, not said by `ich`/`wir`."""
        if any(t.text.lower() in self.lex.first_person for t in toks):
            return False
        if self._subordinate(toks[0]):  # `Wenn Trump Zölle erhebe, treffe das …`: the main clause decides
            comma = next((m for m, t in enumerate(toks[:-1]) if t.text == ","), None)
            if comma is None or not (self.is_finite(toks[comma + 1]) or toks[comma + 1].text in self.lex.konjunktiv):
                return False
            toks = toks[comma + 1 :]
        return any(t.text in self.lex.continuation_mood or self._konjunktiv_one(t) for t in toks[:8])

    def _konjunktiv_one(self, tok: Token) -> bool:
        """A finite full verb in `-e` that is no past form (`treffe`, `leide`, not `machte`, `wurde`):
        the third person Konjunktiv I (first person sentences are excluded before)."""
        word = tok.text
        return (
            tok.pos == "VVFIN"
            and word.islower()
            and word.endswith(self.lex.konjunktiv_endings)
            and not word.endswith(self.lex.past_endings)
        )

    # -- run ---------------------------------------------------------------------------------------

    def _merge_coordinated(self) -> None:
        """One source with two speech acts in one sentence (`sprach von X und kündigte Y an`, `lobt X …,
        warnt aber vor Y`) is one quotation with two cue and two message spans (guidelines, section 5)."""
        merged: list[Draft] = []
        for d in sorted(self.drafts, key=lambda d: (d.sentence, d.cue[0][0] if d.cue else 0)):
            prev = merged[-1] if merged else None
            if prev is not None and self._coordinated(prev, d):
                prev.message += d.message
                prev.cue += d.cue
                if "mixed" in (prev.kind, d.kind):
                    prev.kind = "mixed"
                continue
            merged.append(d)
        self.drafts = merged

    def _coordinated(self, a: Draft, b: Draft) -> bool:
        kinds = {"indirect", "reported", "mixed"}
        if a.sentence != b.sentence or a.kind not in kinds or b.kind not in kinds or not a.cue or not b.cue:
            return False
        if a.source is None or a.source != b.source or a.source[0] > a.cue[0][0]:
            return False
        toks = self.sents[b.sentence]
        k = self.tok_index(b.sentence, b.cue[0][0])
        if k > 0 and toks[k - 1].text == "," and self._contrast_predicate(b.sentence, k):
            return True  # `lobt X, warnt aber vor Y`
        return (k > 0 and toks[k - 1].pos == "KON") or (k > 1 and toks[k - 1].pos == "ADV" and toks[k - 2].text == ",")

    def run(self) -> list[Draft]:
        """All rules in order, then coordinated drafts merged and continuations added; drafts in text order."""
        self.direct()
        self.headings()
        self.interview()
        self.cues()
        self.drafts = [d for d in self.drafts if d.message]
        self._merge_coordinated()
        self.continuations()
        self.drafts.sort(key=lambda d: d.message[0][0])
        return self.drafts


def to_quotes(doc: AnalysedDocument, drafts: list[Draft], hints: Hints) -> list[Quote]:
    """Turn drafts into `Quote` items with ids in text order and link them to entities."""
    text = doc.text
    out: list[Quote] = []

    def sp(x: tuple[int, int]) -> Span:
        return Span(start=x[0], end=x[1], text=text[x[0] : x[1]])

    for n, d in enumerate(drafts, 1):
        source = None
        if d.source is not None:
            source = QuoteSource(start=d.source[0], end=d.source[1], text=text[d.source[0] : d.source[1]])
        out.append(
            Quote(
                id=f"q{n}",
                kind=d.kind,
                message=[sp(m) for m in d.message],
                cue=sp(d.cue[0]) if d.cue else None,
                cue_parts=[sp(c) for c in d.cue] if len(d.cue) > 1 else [],
                source=source,
                addressee=QuoteSource(**sp(d.addressee).model_dump()) if d.addressee else None,
                channel=text[d.channel[0] : d.channel[1]] if d.channel else None,
                channel_span=sp(d.channel) if d.channel else None,
                via=Via(text=text[d.via[0] : d.via[1]], start=d.via[0], end=d.via[1]) if d.via else None,
                frame=_frame(doc, d),
                method=d.method,
                sentence=d.sentence,
            )
        )
    index = {id(d): n for n, d in enumerate(drafts)}
    inherited = {n: index[id(d.inherits)] for n, d in enumerate(drafts) if d.inherits is not None}
    resolve(doc, out, inherited, hints)
    if "position" in Quote.model_fields:
        for n, q in enumerate(out):
            q.position = position(q, n in inherited)
    return out


def position(q: Quote, inherited: bool) -> str:
    """Where the speaker is named relative to the message (`before`, `after`, `inside`, `previous`,
    `pronoun`, `none`), as the evaluation reports attribution by position."""
    if inherited:
        return "previous"
    if q.source is None:
        return "none"
    if q.source.text.lower() in PRONOUN_SOURCES | DATIVE_SOURCES:
        return "pronoun"
    first, last = q.message[0], q.message[-1]
    if first.start < q.source.start < last.end:
        return "inside"
    return "before" if q.source.start < first.start else "after"


def _frame(doc: AnalysedDocument, d: Draft) -> list[Span]:
    """The reporting clause around the cue: the cue's sentence without the message spans."""
    if not d.cue:
        return []
    s = doc.sentences[d.sentence]
    cuts = sorted((a, b) for a, b in d.message if a < s.end and b > s.start)
    pieces, pos = [], s.start
    for a, b in cuts:
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < s.end:
        pieces.append((pos, s.end))
    spans = []
    for a, b in pieces:
        chunk = doc.text[a:b]
        strip_l = len(chunk) - len(chunk.lstrip(' „“”»«"‚‘,'))
        strip_r = len(chunk) - len(chunk.rstrip(' „“”»«"‚‘,.'))
        if b - strip_r > a + strip_l:
            spans.append(Span(start=a + strip_l, end=b - strip_r, text=doc.text[a + strip_l : b - strip_r]))
    return spans
