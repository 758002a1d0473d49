"""From mention candidates to entities: name clustering, then role-noun and pronoun resolution.

Names cluster by knowledge-base id, by full name, by surname (the most recently named person with that
surname, so two people called Merz never mix) and by spelling variants (transliteration rules, then
Jaro-Winkler similarity). Role nouns and pronouns then attach to the entity they refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz.distance import JaroWinkler

from dossier.entities import references
from dossier.entities.detect import Cand, Context, token_at
from dossier.entities.kb import surnames
from dossier.entities.lexicon import listed, listed_rows
from dossier.entities.lexicon import load as load_lexicon
from dossier.model import Entity, Mention

_ALIAS_BRIDGE = re.compile(r"\s*\(\s*(?:auch|alias|oder|eigentlich|englisch|engl\.|russisch|ukrainisch)\s*:?\s*")
_SIMILAR = 0.93
_PRONOUN_WINDOW = 2  # sentences back
_CATAPHORA_WINDOW = 2  # sentences ahead: a role noun before anyone is named introduces the next person named
_ROLE_WINDOW = 4  # a role noun (`der 24-Jährige`) reaches further back than a pronoun
_NEAR = 2  # sentences back: an organisation named this close is meant before a more salient one
_PLACE_LINKS = {"am", "an", "im", "in", "auf", "bei", "ob", "unter"}  # `Rothenbach am Main`: the town is before them
_STATE = "@staat"  # org_roles.tsv hint: the noun refers to a country or a state of one
_SALIENT = "rule:org-role-salience"  # method of an organisation noun no name fits, resolved to the most salient one
_VILLAGE = "@dorf"  # org_roles.tsv hint: a town too small for the knowledge base (its cities are major ones)
_CLAUSE_MARKS = (",", ":", ";")  # punctuation after which a mention may stand in another clause
_HOME, _AWAY = "@heim", "@gast"  # org_roles.tsv hints: the home or away team of the match reported
_FOCUS_WINDOW = 10  # sentences back: a pronoun with no antecedent nearer takes the main figure named this close
_FOCUS_MENTIONS = 2  # mentions so far that make a person the article's main figure
_TRANSLIT = [("tsch", "ch"), ("sch", "sh"), ("zh", "sh"), ("yy", "y"), ("ij", "i"), ("yj", "y"), ("iy", "i"),
             ("j", "y"), ("w", "v"), ("z", "s"), ("ck", "k"), ("ph", "f"), ("ä", "a"), ("ö", "o"), ("ü", "u"),
             ("é", "e"), ("á", "a"), ("ğ", "g")]


@lru_cache(maxsize=50_000)
def translit_key(name: str) -> str:
    """A spelling-neutral key: `Selenskyj`, `Zelensky`, `Zelenskyy` → `selensky`."""
    s = name.lower()
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    return s


def similar(a: str, b: str) -> bool:
    """Same name in another spelling (transliteration rules, then Jaro-Winkler on the keys)."""
    ka, kb = translit_key(a), translit_key(b)
    return ka == kb or (ka[:1] == kb[:1] and JaroWinkler.similarity(ka, kb) >= _SIMILAR)


@dataclass
class _Ent:
    type: str
    kb: str | None = None
    mentions: list[Cand] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str = "u"

    def names(self) -> list[str]:
        """The texts of the entity's name mentions (not roles or pronouns)."""
        return [m.text for m in self.mentions if m.kind == "name"]

    def surnames(self) -> set[str]:
        """Last words of its names: what a bare surname later in the article is matched against."""
        return {n.split()[-1] for n in self.names()}

    def last(self) -> int:
        """Start offset of its latest mention, for recency."""
        return max(m.start for m in self.mentions)


class Resolver:
    """Builds the entities of one article from its candidates."""

    def __init__(self, ctx: Context):
        self.ctx, self.kb = ctx, ctx.kb
        self.ents: list[_Ent] = []
        self.by_kb: dict[str, _Ent] = {}
        self.last_name: Cand | None = None
        self._genders: dict[tuple[int, int], str | None] = {}  # grammatical gender per (entity, mention count)
        self._labels: dict[tuple[int, int], list[str]] = {}
        self._fit_cache: dict[tuple, bool] = {}
        self._refs: dict[int, Cand] = {}  # token → role or pronoun candidate
        self._done: dict[int, _Ent | None] = {}  # id of a role or pronoun candidate → its entity
        self._at_token: dict[int, _Ent] = {}  # token → entity of a name mention on it

    # --- names ---------------------------------------------------------------------------------
    def add_names(self, cands: list[Cand]) -> None:
        """Cluster name, demonym and metonym candidates in text order."""
        for c in sorted(cands, key=lambda c: (c.start, -c.end)):
            ent = self._place(c)
            if ent is not None:
                ent.mentions.append(c)
                ent.roles.extend(r for r in c.roles if r not in ent.roles)
                if ent.gender == "u" and c.gender in ("m", "f"):
                    ent.gender = c.gender
                if c.kind == "name":
                    self.last_name = c
        self._merge_generic()
        self._at_token = {m.token: e for e in self.ents for m in e.mentions if m.kind == "name"}

    def _merge_generic(self) -> None:
        """`die Polizei` before the article names `Polizeidirektion Leipzig`: the generic noun still refers to
        the named institution containing it."""
        for e in [e for e in self.ents if e.kb and self.kb.entries[e.kb].attrs.get("generic") == "1"]:
            word = self.kb.entries[e.kb].name.lower()
            named = [o for o in self.ents
                     if o.kb is None and o.type == "ORG" and any(word in n.lower() for n in o.names())]
            if not named:
                continue
            target = max(named, key=lambda o: len(o.mentions))
            for m in e.mentions:
                m.kind, m.method = "role", "rule:generic-institution"
            target.mentions.extend(e.mentions)
            self.ents.remove(e)
            del self.by_kb[e.kb]

    def _place(self, c: Cand) -> _Ent | None:
        if c.anchor is not None:  # an adjective of a place named in the article
            return next((e for e in self.ents if c.anchor in e.mentions), None)
        if c.kind in ("demonym", "metonym"):
            return self._kb_entity(c.kb) if c.kb else None
        bridged = self._alias_bridge(c)
        if bridged is not None:
            return bridged
        generic = self._generic_institution(c) or self._name_head(c)
        if generic is not None:
            return generic
        if c.kb and not c.surname:
            return self._kb_entity(c.kb)
        if c.surname or (not c.kb and " " not in c.text):
            same = self._by_surname(c.text)
            if same is not None:
                return same
            if c.needs_known:
                return None
            if c.kb:
                return self._kb_entity(c.kb)
            part = self._name_part(c)
            if part is not None:
                return part
        found = self._by_name(c)
        if found is not None or c.needs_known:
            return found
        ent = _Ent(c.type or "PER")
        self.ents.append(ent)
        return ent

    def _town(self, e: _Ent) -> bool:
        """A city or village (what `die Stadt`, `die Gemeinde` can refer to), not a region, river or square."""
        entry = self.kb.entries.get(e.kb or "")
        if entry is not None:
            return entry.attrs.get("region") != "1" and entry.attrs.get("country") != entry.id
        if any(_determiner(self.ctx, m) for m in e.mentions if m.kind == "name"):
            return False  # `die Weser`, `in der Altstadt`: towns go without an article
        if any(n.lower().endswith(listed("ref_town_parts.txt", self.ctx.lex.lang)) for n in self._intro_nouns(e)):
            return False  # `der Stadtteil Hochfeld` is not `die Stadt`
        return not any(self._place_head(n) for n in e.names())

    def _place_head(self, name: str) -> bool:
        """Whether a name is that of a square, building or landscape: a word before any `am`/`an der` ends in a place
        head (`Waldstadion am Kapellenberg`, `Berliner Dom`, not `Kemnath am See`)."""
        words = name.replace("-", " ").split()
        cut = next((i for i, w in enumerate(words) if i and w in _PLACE_LINKS), len(words))
        heads = tuple(h.lower() for h in self.ctx.lex.cues.get("lochead", ()))
        return any(w.lower().endswith((*heads, "platz", "straße", "park", "brücke")) for w in words[:cut])

    def _generic_institution(self, c: Cand) -> _Ent | None:
        """`die Polizei` after `Polizeidirektion Leipzig`, `Kantonspolizei Aargau` or `Berliner Polizei`: a generic
        institution noun refers back to the named institution containing it (a role mention of it)."""
        entry = self.kb.entries.get(c.kb or "")
        if entry is None or entry.attrs.get("generic") != "1":
            return None
        word = entry.name.lower()
        for e in reversed(self.ents):
            if e.kb is None and e.type == "ORG" and any(word in n.lower() for n in e.names()):
                c.kind, c.method = "role", "rule:generic-institution"
                return e
        return None

    def _name_head(self, c: Cand) -> _Ent | None:
        """`die Kunsthalle` after `Kunsthalle Weserstein`: an institution noun (from the word lists) that heads a
        longer organisation name refers back to it (a role mention)."""
        if c.kb or " " in c.text or c.kind != "name" or self.ctx.tag(c.token - 1) not in ("ART", "APPRART"):
            return None
        lex = self.ctx.lex
        if not (lex.org_role(c.text) or any(lex.cue(c.text, k) for k in ("orghead", "placeorg", "headnoun"))):
            return None  # `die Datavia` is the short name itself, no common noun
        for e in reversed(self.ents):
            if e.type != "ORG":
                continue
            heads = [n.split()[0] for n in e.names() if " " in n and e.kb is None]
            heads += [n.rpartition("-")[2] for n in e.names() if "-" in n]  # `die Kommission` after `EU-Kommission`
            if any(_same_word(c.text, h) for h in heads):
                c.kind, c.method = "role", "rule:name-head"
                return e
        return None

    def _kb_entity(self, kb_id: str) -> _Ent:
        if kb_id not in self.by_kb:
            entry = self.kb.entries[kb_id]
            ent = _Ent(entry.type, kb_id, gender=entry.attrs.get("gender", "u"))
            self.by_kb[kb_id] = ent
            self.ents.append(ent)
        return self.by_kb[kb_id]

    def _alias_bridge(self, c: Cand) -> _Ent | None:
        """`Dmitrijew (auch: Dmitriev)`: the name in brackets is the same entity as the one before."""
        prev = self.last_name
        if prev is None or c.kind != "name":
            return None
        between = self.ctx.text[prev.end : c.start]
        if not _ALIAS_BRIDGE.fullmatch(between):
            return None
        return next((e for e in self.ents if prev in e.mentions), None)

    def _by_surname(self, text: str) -> _Ent | None:
        """The person whose surname (or genitive of it) matches; of several (`Lena` and her father `Frank
        Marquardt`) the one named most often, then the most recent."""
        fits = [e for e in self.ents if e.type == "PER"
                and any(_same_word(text, s) for s in e.surnames() | self._kb_surnames(e))]
        return max(fits, key=lambda e: (len(e.names()), e.last()), default=None)

    def _name_part(self, c: Cand) -> _Ent | None:
        """`Rollo` after `Rollo Mobility`, `Zeiss` after `Carl Zeiss`: a single word the model took for a person or
        firm (no first name, no title, role or speech verb before it) that is a word of a longer organisation (for
        a person guess also place or work) name of the article is a short form of that name."""
        ctx, lex = self.ctx, self.ctx.lex
        if c.kind != "name" or c.type not in ("PER", "ORG") or c.method != "crf" or c.text in lex.first_names \
                or c.roles:
            return None
        before = ctx.word(c.token - 1) if c.token > 0 else ""
        if lex.cue(before, "title") or lex.role(before) or lex.cue(before, "speech"):
            return None  # `Frau Janssen`, `sagte Janssen`: a person
        types = ("ORG",) if c.type == "ORG" else ("ORG", "MISC", "LOC")
        for e in reversed(self.ents):
            if e.type in types and any(self._has_word(n, c.text) for n in e.names()):
                return e
        return None

    def _has_word(self, name: str, word: str) -> bool:
        """Whether a longer name contains the word; not one with a first name in it (`Geologin Femke Janssen
        Messdaten` is a person's span gone wrong)."""
        words = name.split()
        return len(words) > 1 and any(_same_word(word, w) for w in words) \
            and not any(w in self.ctx.lex.first_names for w in words)

    def _kb_surnames(self, e: _Ent) -> set[str]:
        return set(surnames(self.kb.entries[e.kb])) if e.kb else set()

    def _by_name(self, c: Cand) -> _Ent | None:
        for e in reversed(self.ents):
            if c.type is not None and e.type != c.type and not (c.type == "PER" and e.kb is None):
                continue
            names = e.names() + ([self.kb.entries[e.kb].name] if e.kb else [])
            if any(_same_word(c.text, n) for n in names):
                return e
            if _surname_first(c, e):
                return e
        return None

    # --- roles and pronouns --------------------------------------------------------------------
    def add_references(self, cands: list[Cand]) -> None:
        """Attach role-noun and pronoun candidates to the entity they refer to (or drop them)."""
        self._refs = {c.token: c for c in cands}
        taken: set[tuple[int, int]] = set()  # spans an organisation noun resolved (`der Tabellenführer`)
        for c in sorted(cands, key=lambda c: (c.start, c.target is None)):
            if (c.start, c.end) in taken or self._describes_name(c):
                continue  # the organisation reading of the noun won; `der 78-jährige Rentner Horst Wendt`: an attribute
            owner = self._apposition_owner(c)
            if owner is not None:  # `Der Einsatzleiter der Bundeswehr, Oberstleutnant Reinhard Hoppe`: a role only
                owner.roles.append(c.text)
                continue
            ent = self._target(c)
            if ent is None and _introduces_person(c):
                ent = _Ent("PER", gender=c.gender if c.gender in ("m", "f") else "u")  # `die 41-Jährige`, unnamed
            elif ent is None and _introduces_thing(c):
                ent = _Ent("ORG" if c.target[1] == "*" else c.target[1])  # `die Mannschaft`, its name unknown
            if ent is not None and id(c) in self._done and self._done[id(c)] is None:
                self.ents.append(ent)
                self._done[id(c)] = ent
            if ent is not None:
                ent.mentions.append(c)
                if c.target is not None:
                    taken.add((c.start, c.end))
                if ent.gender == "u" and ent.type == "PER" and _gendered_role(c):
                    ent.gender = c.gender  # `die Forscherin`: the person is a woman
                if _article_role(c, ent):
                    ent.roles.append(c.text)  # a role the article gives the person (`der Liberale`)

    def _describes_name(self, c: Cand) -> bool:
        """`der 78-jährige Rentner Horst Wendt`, `die Vorsitzende Richterin Hildegard Overbeck`: an age adjective
        (lowercase) or a role noun before a title and a name is part of the name's description, no mention."""
        k, ctx = _end_token(self.ctx, c), self.ctx
        if _AGE_ADJECTIVE.search(c.text):
            return k + 1 in self._at_token or k + 2 in self._at_token
        person = getattr(self._at_token.get(k + 2), "type", None) == "PER"
        own = c.kind == "role" and c.role is not None and c.target is None and c.nation is None and c.anchor is None
        return own and person and ctx.lex.role(ctx.word(k + 1)) is not None

    def _apposition_owner(self, c: Cand) -> _Ent | None:
        """The person named in an apposition right after a person role noun and its genitive (`der Sprecher des
        Vereins, Trainer Jens Mohr`): the role is that person's and no mention (docs/annotation.md)."""
        ctx = self.ctx
        if c.kind != "role" or c.role is None:
            return None
        k = _end_token(ctx, c) + 1
        while ctx.tag(k) in ("ART", "ADJA", "NN", "NE") and k - c.token < 8 and getattr(
                self._at_token.get(k), "type", None) != "PER":
            k += 1
        if ctx.word(k) != "," or not ctx.same_sentence(c.token, k):
            return None
        k += 1
        if ctx.tag(k) == "NN" and not ctx.word(k)[:1].isdigit():  # a title before the name
            k += 1
        owner = self._at_token.get(k)
        return owner if owner is not None and owner.type == "PER" and _gender_ok(c.gender, owner.gender) else None

    def _target(self, c: Cand) -> _Ent | None:
        """The entity a role noun or pronoun refers to, computed once (a quote's speaker may be asked for early)."""
        if id(c) not in self._done:
            self._done[id(c)] = None  # no recursion through the same candidate
            if c.method == references.METHOD:
                self._done[id(c)] = self._heading_target(c)
            elif c.method == references.INTRODUCED:
                self._done[id(c)] = None  # `ein Anwohner`: a person the article introduces, not one named before
            else:
                self._done[id(c)] = self._role_target(c) if c.kind == "role" else self._pronoun_target(c)
        return self._done[id(c)]

    def _heading_target(self, c: Cand) -> _Ent | None:
        """`Gewerkschaft droht mit Streik` / `Die IG Metall reagierte …`: a heading's noun is the fitting entity the
        text below names first (within two sentences), else what the noun refers back to."""
        sent, ctx = self.ctx.tokens[c.token].sentence, self.ctx
        if c.target is not None:
            _base, typ, hints = c.target
            fitting = {id(e) for e in self._fitting(typ, hints if _VILLAGE not in hints else (), len(ctx.text))}
        else:
            key = _role_key(c.text)
            fitting = {id(e) for e in self.ents if e.type == "PER" and _gender_ok(c.gender, e.gender)
                       and not self._role_conflict(key, e)}
        later = [(m.start, e) for e in self.ents if id(e) in fitting for m in e.mentions
                 if m.kind == "name" and m.start > c.start and 0 < ctx.tokens[m.token].sentence - sent <= _NEAR]
        if later:
            return min(later, key=lambda p: p[0])[1]
        return self._org_role_target(c) if c.target is not None else self._role_target(c)

    def _quote_speaker(self, i: int) -> _Ent | None:
        """The speaker of the direct quotation around token i: named right after it (`“, sagte Merz`, `“, sagt er`)
        or right before it (`Merz sagte: „`, `sagte er, „`)."""
        span = self._speaker_span(i)
        return self._entity_near(*span) if span else None

    def _speaker_span(self, i: int) -> tuple[int, int] | None:
        """Tokens that name the speaker of the direct quotation around token i (see `_quote_speaker`)."""
        ctx, n = self.ctx, len(self.ctx.tokens)
        j = i
        while j < n and ctx.quoted[j]:
            j += 1
        k = j + 2 if ctx.word(j + 1) == "," else j + 1
        if ctx.lex.cue(ctx.word(k), "speech") and self._entity_near(k + 1, k + 4) is not None:
            return k + 1, k + 4
        o = i
        while o >= 0 and ctx.quoted[o]:
            o -= 1
        verb = next((x for x in range(o - 2, o - 6, -1) if ctx.lex.cue(ctx.word(x), "speech")), None)
        if ctx.word(o - 1) not in (":", ",") or verb is None:
            return (k + 1, k + 4) if ctx.lex.cue(ctx.word(k), "speech") else None
        if ctx.word(verb - 1) in (",", "“", "«"):  # `„…“, sagte er, „…“`: the speaker follows the verb
            return verb + 1, o - 2
        return verb - 3, verb - 1  # `Merz sagte: „`, not `lobt die Ministerin: „`

    def _addressee(self, c: Cand) -> _Ent | None:
        """`„Sie haben Menschen betrogen“, sagte die Richterin`: the formal `Sie` in the quote of a speaker whose
        function addresses another one (entities/address.tsv: a judge the defendant) is the person of that function
        (one who carries it, else the person named most often whose roles do not exclude it)."""
        ctx = self.ctx
        span = self._speaker_span(c.token) if c.text == "Sie" and ctx.quoted[c.token] else None
        if span is None or _verb_number(ctx, c.token) != "p":
            return None
        speaker = self._entity_near(*span)
        words = [ctx.word(k) for k in range(span[0], span[1] + 1)] + (speaker.roles if speaker else [])
        bases = {found[1].base for w in words if w.split() and (found := ctx.lex.role(w.split()[-1]))}
        wanted = {ctx.lex.address[b] for b in bases if b in ctx.lex.address}
        if not wanted:
            return None
        key = min(wanted).lower()
        people = {id(e): e for _m, e in self._history(c.start)
                  if e.type == "PER" and e is not speaker and not self._role_conflict(key, e)}
        carriers = [e for e in people.values()
                    if any(self._role_score(key, key, [r], True) for r in [*e.roles, *self._kb_roles(e)])]
        return max(carriers or people.values(), key=lambda e: (len(e.mentions), e.last()), default=None)

    def _entity_near(self, a: int, b: int) -> _Ent | None:
        """The person (or organisation) named between tokens a and b, else the one a pronoun there refers to
        (`sagte der Vorsitzende Richter Thomas Brückner`: the name, not `Vorsitzende`)."""
        ctx, span = self.ctx, []
        for k in range(max(a, 0), min(b, len(ctx.tokens) - 1) + 1):
            if ctx.quoted[k] or ctx.tag(k).startswith("$") or (span and not ctx.same_sentence(span[0], k)):
                break
            span.append(k)
        named = [self._at_token[k] for k in span if k in self._at_token and self._at_token[k].type in ("PER", "ORG")]
        if named:
            return named[0]
        refs = [self._refs[k] for k in span if k in self._refs and self._refs[k].kind == "pronoun"]
        return self._target(refs[0]) if refs else None  # a role noun resolved this early is too unsure

    def _history(self, before: int) -> list[tuple[Cand, _Ent]]:
        pairs = [(m, e) for e in self.ents for m in e.mentions if m.start < before]
        return sorted(pairs, key=lambda p: p[0].start)

    def _org_role_target(self, c: Cand) -> _Ent | None:
        """`das Blatt`, `der Verein`, `die Stadt`: the most salient fitting entity named so far (its name, KB
        description or the noun it was introduced with contains a hint or the noun itself)."""
        assert c.target is not None
        base, typ, hints = c.target
        side = self._match_side(c, typ, hints) if _HOME in hints or _AWAY in hints else None
        if side is not None:  # `die Gäste`: a side of the match
            return side
        village = _VILLAGE in hints  # `das Dorf`, `die Gemeinde`: no city of the knowledge base
        hints = () if village else (*hints, base.lower()) if hints else ()
        sent = self.ctx.tokens[c.token].sentence
        best, best_score = None, (False, False, -1, -1)
        fitting = self._fitting(typ, hints, c.start)
        work = typ == "MISC"  # a film, ship or prize: the article's topic, not the work named last
        if work and not hints:  # `der Film` is not `Filmfest Oberlausitz` nor `Preis der Jury junger Film`
            fitting = [e for e in fitting if not self._other_work(e)] or fitting
        if village:  # `die Gemeinde Hohenstetten` as one name still fits `die Gemeinde`, whatever its type
            fitting += [e for e in self.ents if e not in fitting and any(
                m.kind == "name" and m.start < c.start and base in m.text.split() for m in e.mentions)]
        for e in fitting:
            if village and e.kb:
                continue
            mentions = [m for m in e.mentions if m.start < c.start]
            near = typ != "LOC" and sent - max(self.ctx.tokens[m.token].sentence for m in mentions) <= _NEAR
            last = max(m.start for m in mentions)
            own = base.lower() in self._label(e)  # `die Stadt` after `die Stadt Herford`
            score = (False, own, self._work_salience(mentions, sent), last) if work else \
                (near, own, last if near else len(mentions), last)
            if score > best_score:
                best, best_score = e, score
        if best is None:
            best = self._named_next(c, typ, hints) or self._unnamed_thing(c)
        firm = typ == "ORG" and (self.ctx.lex.cue(base, "firmnoun") or "gmbh" in hints)  # a noun for a company
        if best is not None or not (firm or typ == "MISC"):
            return best
        pool = {id(e): e for _m, e in self._history(c.start)  # `das Unternehmen` after `Modehaus Kersting`
                if e.type == typ and e.names() and not (firm and (e.kb or self._institution(e) or self._medium(e)
                                                                   or self._no_firm(e, base)))}
        c.method = _SALIENT  # no name fits the noun: the article's most salient entity of its type
        return max(pool.values(), key=lambda e: (len(e.mentions), e.last()), default=None)

    def _match_side(self, c: Cand, typ: str, hints: tuple[str, ...]) -> _Ent | None:
        """`die Gastgeber`, `die Gäste`: the two teams of the match are the first two named in one sentence (`Der SV
        X besiegte den FC Y`), else the first two named; the first plays at home unless the other follows `beim`
        (`gewann beim TuS Heidkrug`)."""
        teams = self._fitting(typ, hints, c.start)
        if len(teams) < 2:
            return None
        (_m1, home), (m2, away) = self._match_pair(teams, c.start)
        if self._hosted(m2):
            home, away = away, home
        return home if _HOME in hints else away

    def _match_pair(self, teams: list[_Ent], before: int) -> list[tuple[Cand, _Ent]]:
        """The first two of at least two teams named before offset `before` in one sentence, else the first two
        named, each with its first mention there."""
        ctx = self.ctx
        seen = sorted((m.start, m, e) for e in teams for m in e.mentions if m.start < before)
        for sent in sorted({ctx.tokens[m.token].sentence for _s, m, _e in seen}):
            here: dict[int, tuple[Cand, _Ent]] = {}
            for _s, m, e in seen:
                if ctx.tokens[m.token].sentence == sent:
                    here.setdefault(id(e), (m, e))
            if len(here) >= 2:
                return list(here.values())[:2]
        firsts = {id(e): (m, e) for _s, m, e in reversed(seen)}
        return sorted(firsts.values(), key=lambda p: p[0].start)[:2]

    def _hosted(self, m: Cand) -> bool:
        """A team named after a word of ref_host.txt (`beim`; skipping its article, adjectives and a title noun): the
        host of the match."""
        ctx, k = self.ctx, m.token - 1
        while k >= 0 and (ctx.tag(k) in ("ART", "ADJA") or (ctx.tag(k) == "NN" and k == m.token - 1)):
            k -= 1
        return k >= 0 and ctx.word(k).lower() in listed("ref_host.txt", ctx.lex.lang)

    def _work_salience(self, mentions: list[Cand], sent: int) -> int:
        """How much a work is the topic: its names as subject, named in the first two sentences, and (twice)
        mentioned in this or the previous sentence."""
        ctx = self.ctx
        last = max(mentions, key=lambda m: m.start)
        subjects = sum(1 for m in mentions if m.kind == "name" and not _in_phrase(ctx, m))
        lead = ctx.tokens[min(mentions, key=lambda m: m.start).token].sentence <= 1
        recent = sent - ctx.tokens[last.token].sentence <= 1
        return subjects + lead + 2 * recent

    def _other_work(self, e: _Ent) -> bool:
        """A festival, prize, report or law (its names fit the hints of such a noun): no film, ship or painting."""
        return any(self._fits(e, hints, own=True) for hints in _kind_hints(self.ctx.lex.lang))

    def _no_firm(self, e: _Ent, base: str) -> bool:
        """A school, party, union, foundation or office (its label fits the hints of a noun of
        ref_not_firm.txt other than `base`): never `das Unternehmen` by salience."""
        lex = self.ctx.lex
        return any(self._fits(e, found[2]) for noun in listed("ref_not_firm.txt", lex.lang)
                   if noun != base and (found := lex.org_role(noun)) is not None)

    def _medium(self, e: _Ent) -> bool:
        """A newspaper or the outlet asking the questions of an interview (`Anzeiger: …`): never `das Unternehmen`."""
        papers = [r for w in self.ctx.lex.cues.get("papernoun", ()) if (r := self.ctx.lex.org_role(w)) is not None]
        return any(m.method == "rule:interview-label" for m in e.mentions) or any(
            self._fits(e, paper[2], own=True) for paper in papers)

    def _unnamed_thing(self, c: Cand) -> _Ent | None:
        """`die Mannschaft` … `die Mannschaft`: an entity the article never names, introduced by the same noun (or
        one whose hints name it: `die Kammer` after `das Gericht`), the most recent one."""
        assert c.target is not None
        base, _typ, hints = c.target
        wanted = {base.lower(), *(h for h in hints if h[:1].isalpha())}
        for e in reversed(self.ents):
            if e.names() or e.type == "PER":
                continue
            bases = {m.target[0].lower() for m in e.mentions if m.target is not None and m.start < c.start}
            if bases & wanted:
                return e
        return None

    def _institution(self, e: _Ent) -> bool:
        """A court, office or police force (`Amtsgericht Bielefeld`): never `das Unternehmen`."""
        lex = self.ctx.lex
        return any(lex.cue(w, "placeorg") or _generic_word(self.kb, w) for n in e.names() for w in n.split())

    def _named_next(self, c: Cand, typ: str, hints: tuple[str, ...]) -> _Ent | None:
        """`Der Kreis habe … Ein Sprecher des Landkreises Marburg-Biedenkopf`: with nothing fitting named before,
        the fitting entity named first within the next two sentences."""
        if not hints:
            return None  # `die Stadt`, `das Schiff`: too vague to look ahead
        sent = self.ctx.tokens[c.token].sentence
        firsts = [(min(e.mentions, key=lambda m: m.start), e) for e in self._fitting(typ, hints, len(self.ctx.text))]
        later = [(m.start, e) for m, e in firsts
                 if m.start > c.start and self.ctx.tokens[m.token].sentence - sent <= _CATAPHORA_WINDOW]
        return min(later, key=lambda p: p[0])[1] if later else None

    def _fitting(self, typ: str, hints: tuple[str, ...], before: int) -> list[_Ent]:
        """Entities named before `before` that an organisation or place noun with these hints can refer to; a
        name that itself contains the noun (`Leipziger Buchmesse` for `die Messe`) fits whatever its type."""
        out = []
        for e in self.ents:
            if not any(m.start < before and m.kind == "name" for m in e.mentions):
                continue
            if _STATE in hints:  # `das Land`: a country or a state of one (`Thüringen`, `Land Brandenburg`)
                if self._state(e) or any(hints[-1] in n.lower().split() for n in e.names()):
                    out.append(e)
                continue
            if e.kb and self.kb.entries[e.kb].attrs.get("country") == e.kb:
                continue
            if typ == "LOC" and not hints and not self._town(e):
                continue
            if typ not in ("*", e.type) and not self._fits(e, hints, own=True):
                continue
            if not hints or self._fits(e, hints):
                out.append(e)
        return out

    def _state(self, e: _Ent) -> bool:
        """A country or a region of one in the knowledge base (`Saarland`, `Steiermark`)."""
        entry = self.kb.entries.get(e.kb or "")
        return entry is not None and entry.type == "LOC" and (
            entry.attrs.get("country") == entry.id or (entry.attrs.get("region") == "1" and "country" in entry.attrs))

    def _fits(self, e: _Ent, hints: tuple[str, ...], own: bool = False) -> bool:
        """Whether a word of the entity's label (or, with `own`, of its names alone) fits one of the hints
        (cached per entity state and hints)."""
        key = (id(e), len(e.mentions), hints, own)
        if key not in self._fit_cache:
            words = " ".join(e.names()).lower().replace("-", " ").split() if own else self._label(e)
            fits = _hint_matcher(hints)
            self._fit_cache[key] = any(fits(w) for w in words)
        return self._fit_cache[key]

    def _label(self, e: _Ent) -> list[str]:
        """Lowercased words an organisation noun's hints are matched against: names, KB name and description,
        and the nouns the entity was introduced with (cached per entity and mention count)."""
        key = (id(e), len(e.mentions))
        if key not in self._labels:
            entry = self.kb.entries.get(e.kb or "")
            words = [*e.names(), *(([entry.name, *entry.roles]) if entry else []), *self._intro_nouns(e)]
            if any(_in_quotes(self.ctx, m) for m in e.mentions if m.kind == "name"):
                words.append("„")  # a title in quotation marks (`Der „Hamburger Wochenblick“`): hint `„`
            self._labels[key] = " ".join(words).lower().replace("-", " ").split()
        return self._labels[key]

    def _intro_nouns(self, e: _Ent) -> list[str]:
        """Nouns right before the entity's names (`Bürgerinitiative Gegenwind`, `Film „Der Lotse“`)."""
        ctx, out = self.ctx, []
        for m in e.mentions:
            k = m.token - 1
            while k >= 0 and ctx.word(k) in ("„", "»", "\""):
                k -= 1
            if k >= 0 and ctx.tag(k) == "NN":
                out.append(ctx.word(k))
        return out

    def _nation_target(self, c: Cand) -> _Ent | None:
        """The most recent person from that country; otherwise the noun stays a demonym of the place."""
        for _m, e in reversed(self._history(c.start)):
            entry = self.kb.entries.get(e.kb or "")
            if e.type == "PER" and entry is not None and entry.attrs.get("country") == c.nation:
                return e
        c.kind, c.method, c.type = "demonym", "kb-demonym", "LOC"
        return self._kb_entity(c.nation) if c.nation else None

    def _role_target(self, c: Cand) -> _Ent | None:
        if c.nation is not None:
            return self._nation_target(c)
        if c.anchor is not None:
            return next((e for e in self.ents if c.anchor in e.mentions), None)
        if c.target is not None:
            return self._org_role_target(c)
        assert c.role is not None
        if c.role.base == "Jährige":
            return self._age_target(c)
        key, head = _role_key(c.text), c.role.base.lower()
        best, best_score = None, 0
        for _m, e in self._history(c.start):
            if e.type != "PER" or not _gender_ok(c.gender, e.gender):
                continue
            if not self._same_country(key, e) or not self._same_org(key, e):
                continue
            score = max(self._role_score(key, head, e.roles, True),
                        self._role_score(key, head, self._kb_roles(e), False))
            if score and score >= best_score:
                best, best_score = e, score
        allowed = lambda e: self._same_org(key, e) and not self._role_conflict(key, e)  # noqa: E731
        return best or self._later_carrier(c, key, head) or self._recent_person(c, allowed) \
            or self._scene_person(c, key) or self._next_person(c, lambda e: not self._role_conflict(key, e)) \
            or (self._main_figure(c, c.gender, self.ctx.tokens[c.token].sentence, allowed) if c.gender in ("m", "f")
                else None)

    def _scene_person(self, c: Cand, key: str) -> _Ent | None:
        """`Den Angeklagten` or `sein Mandant` far from the last mention of the defendant: a role of a scene
        (role_groups.tsv) goes to the person named most often so far whose roles do not exclude it."""
        if not key or self.ctx.lex.role_group(key.split()[-1]) is None:
            return None
        fits = {id(e): e for _m, e in self._history(c.start)
                if e.type == "PER" and _gender_ok(c.gender, e.gender) and not self._role_conflict(key, e)}
        return max(fits.values(), key=lambda e: (len(e.mentions), e.last()), default=None)

    def _next_person(self, c: Cand, allowed=lambda e: True) -> _Ent | None:
        """`Der Angeklagte hat … gestanden. … Markus H.`: with nobody in focus, the next person named soon after."""
        sent = self.ctx.tokens[c.token].sentence
        if self.ctx.tag(c.token - 1) == "PPOSAT":
            return None  # `sein Mandant`: related to someone, not the person introduced next
        later = [(m.start, e) for e in self.ents if e.type == "PER" and _gender_ok(c.gender, e.gender) and allowed(e)
                 for m in e.mentions if m.kind == "name" and m.start > c.start
                 and self.ctx.tokens[m.token].sentence - sent <= _CATAPHORA_WINDOW]
        return min(later, key=lambda p: p[0])[1] if later else None

    def _later_carrier(self, c: Cand, key: str, head: str) -> _Ent | None:
        """`die Rede des Kanzlers` before the article names Merz: the next person named who holds that role."""
        later = [(min(m.start for m in e.mentions if m.kind == "name"), e) for e in self.ents
                 if e.type == "PER" and _gender_ok(c.gender, e.gender)
                 and any(m.kind == "name" and m.start > c.start for m in e.mentions)
                 and max(self._role_score(key, head, e.roles, True),
                         self._role_score(key, head, self._kb_roles(e), False)) > 0]
        return min(later, key=lambda p: p[0])[1] if later else None

    def _age_target(self, c: Cand) -> _Ent | None:
        """`der 55-Jährige`: the person the article gave that age (`Markus H. (55)`, `der 55-jährige Markus H.`),
        else the person in focus among those of unknown age."""
        age = _AGE.search(c.text)
        aged = [e for _m, e in self._history(c.start) if e.type == "PER" and age and age.group() in self._ages(e)]
        if aged:
            return aged[-1]
        return self._recent_person(c, lambda e: not self._ages(e)) or self._next_person(c, lambda e: not self._ages(e))

    def _ages(self, e: _Ent) -> set[str]:
        """Ages written next to a person's names: `Name (55)`, `Name, 55,`, `55-jährige(r) [Rolle] Name`, or the age
        noun a person named by none was introduced with (`die 41-Jährige`)."""
        ctx, out = self.ctx, set()
        for m in e.mentions:
            if m.kind == "role" and not e.names() and m.role is not None and m.role.base == "Jährige":
                out.update(_AGE.findall(m.text)[:1])
            if m.kind != "name":
                continue
            end = token_at(ctx, m.end - 1)
            if end is not None and ctx.word(end + 1) in ("(", ",") and ctx.word(end + 2).isdigit() \
                    and ctx.word(end + 3) in (")", ","):
                out.add(ctx.word(end + 2))
            for k in (m.token - 1, m.token - 2):
                found = _AGE.match(ctx.word(k)) if k >= 0 and "jährig" in ctx.word(k) else None
                if found:
                    out.add(found.group())
                    break
        return out

    def _kb_roles(self, e: _Ent) -> list[str]:
        return list(self.kb.entries[e.kb].roles) if e.kb else []

    def _same_country(self, key: str, e: _Ent) -> bool:
        """`der russische Präsident` cannot be a Ukrainian: the role's country must fit the person's."""
        wanted = self._countries(key)
        if not wanted:
            return True
        entry = self.kb.entries.get(e.kb or "")
        have = {entry.attrs["country"]} if entry and "country" in entry.attrs else set()
        for r in e.roles:
            have |= self._countries(_role_key(r))
        return not have or bool(wanted & have)

    def _same_org(self, key: str, e: _Ent) -> bool:
        """`der CSU-Vorsitzende` cannot be `Dieter Reiter (SPD)`: an organisation the role names (compound
        prefix) must be among the person's known ones, if any are known (`(SPD)` after the name, `FDP-Chef`)."""
        wanted = self._orgs(key)
        if not wanted:
            return True
        have: set[str] = set()
        for r in [*e.roles, *self._kb_roles(e)]:
            if r.split() and self.ctx.lex.role(r.split()[-1]):  # `FDP-Chef`, not `Präsidentin der UN-…`
                have |= self._orgs(_role_key(r))
        for m in e.mentions:
            end = token_at(self.ctx, m.end - 1) if m.kind == "name" else None
            if end is not None and self.ctx.word(end + 1) == "(" and self.ctx.word(end + 3) == ")":
                have |= self._orgs_named(self.ctx.word(end + 2))
        return not have or bool(wanted & have)

    def _orgs(self, key: str) -> set[str]:
        """Organisations named by a role key's compound prefix (`csu-vorsitzend`, `fdp-chef`)."""
        prefix = key.split()[-1].rpartition("-")[0] if key else ""
        return self._orgs_named(prefix.upper()) | self._orgs_named(prefix.capitalize()) if prefix else set()

    def _orgs_named(self, form: str) -> set[str]:
        found = self.kb.names.get(form)
        return {found} if found and self.kb.entries[found].type == "ORG" else set()

    def _countries(self, key: str) -> set[str]:
        """Places named in a role key by an adjective (`russisch`) or a compound prefix (`us-präsident`)."""
        out = set()
        words = key.split()
        for w in words[:-1]:
            if w in self.kb.demonyms:
                out.add(self.kb.demonyms[w])
        prefix = words[-1].rpartition("-")[0] if words else ""
        for form in (prefix.upper(), prefix.capitalize()):
            if form and form in self.kb.names:
                out.add(self.kb.names[form])
        return {p for p in out if self.kb.entries[p].type == "LOC"}  # `FDP-Chef` names a party, no country

    def _role_score(self, key: str, head: str, roles: list[str], from_article: bool) -> int:
        """How well a role phrase fits an entity's roles: exact beats same noun (`Präsident` also fits
        `US-Präsident`, `Wirtschaftsminister` not `Verkehrsminister`), roles the article gave beat
        knowledge-base roles (article exact 4, article head 3, KB exact 2, KB head 1)."""
        lex, keys = self.ctx.lex, {_role_key(r) for r in roles}
        if key in keys:
            return 4 if from_article else 2
        last = key.split()[-1]
        if any(k.split()[-1] == last or (last == head and k.endswith(head) and not _other_office(k, head, lex.lang))
               for k in keys):
            return 3 if from_article else 1
        group = lex.role_group(last)  # `der Anwalt` for `Verteidiger Martin Lenzen`
        if group is not None and group[2] and any(lex.role_group(k.split()[-1]) == group for k in keys if k):
            return 3 if from_article else 1
        return 0

    def _role_conflict(self, key: str, e: _Ent) -> bool:
        """`der Anwalt` is not `Richter Gerhard Oldenburg`: the person's roles include one of another function of
        the same scene (role_groups.tsv) and none of the noun's own."""
        lex = self.ctx.lex
        group = lex.role_group(key.split()[-1]) if key else None
        if group is None:
            return False
        have = {lex.role_group(r.split()[-1]) for r in [*e.roles, *self._kb_roles(e)] if r.split()}
        return group not in have and any(g is not None and g[0] == group[0] for g in have)

    def _recent_person(self, c: Cand, allowed=lambda e: True) -> _Ent | None:
        """A role no entity carries (`der Historiker`, `der 58-Jährige`): the person in focus, if any."""
        ctx = self.ctx
        sent = ctx.tokens[c.token].sentence
        if ctx.lex.cue(ctx.word(c.token - 2), "speech"):  # `„…“, sagte der 24-Jährige`: before the quote
            sent = _quote_start_sentence(ctx, c.token - 1)
        hist = [
            (m, e) for m, e in self._history(c.start)
            if e.type == "PER" and _gender_ok(c.gender, e.gender) and allowed(e)
            and sent - ctx.tokens[m.token].sentence <= _ROLE_WINDOW
            and not (ctx.quoted[m.token] and not ctx.quoted[c.token])
        ]
        subject = _clause_subject(ctx, hist, ctx.tokens[c.token].sentence, c, _CLAUSE_MARKS)
        if subject is not None:
            hist = [p for p in hist if p[1] is not subject[1]]  # `Guardiola wechselte den 27-Jährigen ein`: another
        if not hist:
            return None
        if self.ctx.tag(c.token - 1) == "PPOSAT":  # `sein Mandant`: not the possessor, the person in focus,
            nearest = max(self.ctx.tokens[m.token].sentence for m, _ in hist)  # but the article's main figure
            focus = next(e for m, e in hist if self.ctx.tokens[m.token].sentence == nearest)
            others = [e for _m, e in hist if e is not focus]
            return max(others, key=lambda e: (len(e.mentions), -self.ents.index(e)), default=None)
        if ctx.lex.cue(ctx.word(c.token - 2), "speech"):  # the speaker: a subject, not `gegen den Russen X`
            hist = [p for p in hist if not _in_phrase(ctx, p[0])] or hist
        nearest = max(self.ctx.tokens[m.token].sentence for m, _ in hist)
        return next(e for m, e in hist if self.ctx.tokens[m.token].sentence == nearest)

    def _pronoun_target(self, c: Cand) -> _Ent | None:
        if c.anchor is not None:  # the formal `Sie` of an interviewer: the interviewee
            return next((e for e in self.ents if c.anchor in e.mentions), None)
        addressed = self._addressee(c)
        if addressed is not None:
            c.method = "rule:formal-sie"
            return addressed
        ctx = self.ctx
        sent, quoted = ctx.tokens[c.token].sentence, ctx.quoted[c.token]
        oblique = c.text.lower() in ("ihn", "ihm", "ihr")
        after_cue = ctx.lex.cue(ctx.word(c.token - 1), "speech")  # `…, sagte er`: not the message
        gender = c.gender
        if gender == "f" and c.text.lower() == "sie":
            number = _verb_number(ctx, c.token)
            gender = "p" if number == "p" else "f*" if number == "s" else "f"  # `sie haben`: a group
        base = _quote_start_sentence(ctx, c.token) if after_cue else sent  # `„…“, sagt er`: before the quote
        hist = [
            (m, e) for m, e in self._history(c.start)
            if base - ctx.tokens[m.token].sentence <= _PRONOUN_WINDOW  # the cheap test first
            and (_pronoun_gender_ok(gender, e.gender) if e.type == "PER" else self._thing_fits(gender, m, e))
            and (quoted or not ctx.quoted[m.token] or m.method == "rule:work-title" or _in_quotes(ctx, m))
            and not (after_cue and ctx.tokens[m.token].sentence == sent)
        ]
        if any(e.type == "PER" for _m, e in hist):  # a place is meant only as the topic just before the pronoun
            hist = [(m, e) for m, e in hist if e.type != "LOC" or (not after_cue and _opens_sentence(ctx, m)
                                                                   and sent - ctx.tokens[m.token].sentence <= 1)]
        if quoted:  # `„Rafa war besser. Er hat es verdient“, sagte Federer`: not the speaker himself
            speaker = self._quote_speaker(c.token)
            hist = [p for p in hist if p[1] is not speaker]
            inside = [p for p in hist if all(ctx.quoted[k] for k in range(p[0].token, c.token))]
            hist = inside or hist  # `schreibt: »Merkel hat gewonnen. Sie wird …«`: the quotation's own antecedent
        subject = _clause_subject(ctx, hist, sent, c, (",",))
        if subject is not None and (oblique or _object_after_verb(ctx, subject[0], c)):
            hist = [p for p in hist if p[1] is not subject[1]]  # not the subject of its own clause (`sich`)
        if not hist:
            return self._main_figure(c, gender, base)
        speaker = self._later_speaker(c)
        if speaker is not None and not quoted and _pronoun_gender_ok(gender, speaker.gender):
            return speaker
        nearest = max(ctx.tokens[m.token].sentence for m, _ in hist)
        group = [(m, e) for m, e in hist if ctx.tokens[m.token].sentence == nearest]
        if oblique:
            return group[-1][1]
        subjects = [p for p in hist if not _in_phrase(ctx, p[0])]  # not `seit Björn Borg`, not `Trumps`
        if subjects:  # the subject of the nearest sentence that has one; its speaker before the reported words
            last = max(ctx.tokens[m.token].sentence for m, _ in subjects)
            group = [(m, e) for m, e in subjects if ctx.tokens[m.token].sentence == last]
            return next((e for m, e in group if _speaker(ctx, m)), group[0][1])
        return group[0][1]

    def _main_figure(self, c: Cand, gender: str, base: int, allowed=lambda e: True) -> _Ent | None:
        """`Aufhören will sie nicht.`, `sagte die Anwältin` with nobody fitting named in the last sentences: the person
        of that gender the article has named most often, if it is the topic of the passage (named within the last
        few sentences)."""
        ctx = self.ctx
        speaker = self._quote_speaker(c.token) if ctx.quoted[c.token] else None
        counts: dict[int, int] = {}
        recent: set[int] = set()
        for m, e in self._history(c.start):
            if e.type != "PER" or e is speaker or gender.rstrip("*") != e.gender or not allowed(e):
                continue
            counts[id(e)] = counts.get(id(e), 0) + 1
            if base - ctx.tokens[m.token].sentence <= _FOCUS_WINDOW:
                recent.add(id(e))
        if not counts:
            return None
        top = max(counts.values())
        best = [e for e in self.ents if counts.get(id(e)) == top]
        return best[0] if len(best) == 1 and id(best[0]) in recent and top >= _FOCUS_MENTIONS else None

    def _thing_fits(self, gender: str, m: Cand, e: _Ent) -> bool:
        """An organisation, place or work can be the antecedent of a pronoun of its grammatical gender (`die EZB
        … sie`, `der Film … er`, `die Grünen … sie haben`) when this mention of it is a subject (article first,
        no preposition)."""
        unmarked = _determiner(self.ctx, m) is None and not _after_feminine_determiner(self.ctx, m)
        if m.kind not in ("name", "role") or m.method == _SALIENT or unmarked or _in_phrase(self.ctx, m):
            return False  # a noun resolved by salience alone is too unsure to pass its entity on to a pronoun
        if self.ctx.tokens[m.token].end > m.end:
            return False  # `die AfD-Vorsitzende`: the article belongs to the compound, not to the name
        if self.ctx.lex.cue(self.ctx.word(_before_adjectives(self.ctx, m) - 1), "speech"):
            return False  # `teilte der Verlag mit. Er sei gestorben`: a reporting source, not the topic
        if m.kind == "role":  # `die Mannschaft … sie` after `der FC`: the pronoun agrees with the noun used last
            return _mention_gender(self.ctx, m) == gender.rstrip("*")
        key = (id(e), len(e.mentions))
        if key not in self._genders:
            self._genders[key] = _grammatical_gender(self.ctx, e)
        return self._genders[key] == gender.rstrip("*")

    def _later_speaker(self, c: Cand) -> _Ent | None:
        """`Dem habe er nicht zugestimmt, sagte Lindner`: a pronoun in reported speech is its speaker."""
        ctx, i = self.ctx, c.token
        sent = ctx.tokens[i].sentence
        j = i + 1
        while j < len(ctx.tokens) and ctx.tokens[j].sentence == sent:
            if ctx.word(j) == "," and ctx.lex.cue(ctx.word(j + 1), "speech"):
                after = ctx.tokens[j + 1].end
                for e in self.ents:
                    if e.type == "PER" and any(
                        m.kind in ("name", "role") and after <= m.start <= after + 40 for m in e.mentions
                    ):
                        return e
                return None
            j += 1
        return None

    # --- output --------------------------------------------------------------------------------
    def entities(self) -> list[Entity]:
        """Entities ordered by first mention, ids e1, e2, …"""
        live = sorted((e for e in self.ents if e.mentions), key=lambda e: min(m.start for m in e.mentions))
        return [self._entity(f"e{n}", e) for n, e in enumerate(live, 1)]

    def _entity(self, eid: str, e: _Ent) -> Entity:
        entry = self.kb.entries.get(e.kb or "")
        if entry is None:
            e.type = _vote_type(e)
        names = _dedupe(_nominative(n, e.names()) for n in e.names())
        name = entry.name if entry else max(names, key=lambda n: (len(n.split()), len(n)), default="")
        mentions = [
            Mention(start=m.start, end=m.end, text=m.text, kind=m.kind, type=m.mention_type, method=m.method)  # type: ignore[arg-type]
            for m in sorted(e.mentions, key=lambda m: (m.start, m.end))
        ]
        if not name:
            name = mentions[0].text
        return Entity(id=eid, type=e.type, name=name, aliases=[n for n in names if n != name] or [],  # type: ignore[arg-type]
                      roles=_dedupe(e.roles), kb=entry.qid if entry else None, mentions=mentions)


def _article_role(c: Cand, e: _Ent) -> bool:
    """Whether a resolved role mention names a new role of a person (not an age, not known yet)."""
    return c.kind == "role" and e.type == "PER" and c.role is not None and c.role.base != "Jährige" \
        and c.text not in e.roles


def _other_office(key: str, head: str, lang: str) -> bool:
    """`vizepremier` for `premier`, `ex-kanzler` for `kanzler`: the role key's compound names another office."""
    words, prefixes = key.split(), listed("ref_other_office.txt", lang)
    return any(w in prefixes for w in words[:-1]) or words[-1][: -len(head)].endswith(prefixes)


def _introduces_person(c: Cand) -> bool:
    """Whether a person role noun nobody named carries stands for a person of its own (`die 41-Jährige`, `der
    Fahrer` in an accident report whose people stay unnamed): singular, not the role of a relation (`sein Anwalt`)."""
    return c.kind == "role" and c.role is not None and c.target is None and c.nation is None and c.anchor is None \
        and c.gender in ("m", "f")


def _introduces_thing(c: Cand) -> bool:
    """Whether an organisation, place or work noun nothing named fits stands for an entity of its own that the
    article does not name (`die Mannschaft`, `das Ministerium`): a definite noun of its own, not `das Land` (the
    country or state, too vague alone), not a side of a match (`die Gäste`) and not a noun resolved by salience."""
    return c.kind == "role" and c.target is not None and c.method == "rule:org-role" \
        and not {_STATE, _HOME, _AWAY} & set(c.target[2])


def _gendered_role(c: Cand) -> bool:
    """A role noun whose own form gives the person's gender: a feminine form (`Forscherin`); masculine forms are
    also used for anyone (`der Täter`), and an age noun's article only guesses."""
    return c.kind == "role" and c.role is not None and c.role.gender == "f" and c.role.base != "Jährige"


def _surname_first(c: Cand, e: _Ent) -> bool:
    """`Witkoff` … later `Steve Witkoff`: a full name joins the person so far named by surname only."""
    if c.type not in ("PER", None) or " " not in c.text or e.type != "PER" or not e.names():
        return False
    return all(" " not in n for n in e.names()) and _same_word(c.text.split()[-1], e.names()[0])


def _vote_type(e: _Ent) -> str:
    """Type of an entity the knowledge base does not know: the most frequent type of its names, where a
    surname link or a rule outweighs a model guess."""
    votes: dict[str, int] = {}
    for m in e.mentions:
        if m.kind == "name" and m.type:
            weight = 1 if m.method == "crf" else 2
            votes[m.type] = votes.get(m.type, 0) + weight
    return max(votes, key=lambda t: (votes[t], t == e.type)) if votes else e.type


@cache
def _kind_hints(lang: str) -> tuple[tuple[str, ...], ...]:
    """Hints of the work nouns that name a kind by their names (`fest|festival`, `preis|award`), not `„`."""
    rows = {hints for _base, typ, hints in load_lexicon(lang).org_roles.values() if typ == "MISC" and hints}
    return tuple(sorted(kept for hints in rows if (kept := tuple(h for h in hints if h[:1].isalpha()))))


@lru_cache(maxsize=512)
def _hint_matcher(hints: tuple[str, ...]):
    """A test for name words fitting hints: equal to one, or (for hints longer than three letters) ending in it,
    also in the genitive (`Landkreises` fits `kreis`)."""
    exact = frozenset(hints)
    long = [re.escape(h) for h in hints if len(h) > 3]
    ending = re.compile("(?:" + "|".join(long) + ")(?:e?s)?$") if long else None
    return lambda w: w in exact or (ending is not None and ending.search(w) is not None)



def _dedupe(items) -> list[str]:
    out: list[str] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _nominative(name: str, others: list[str]) -> str:
    """`Trumps` → `Trump` when the base form is also known (the genitive of a name)."""
    if name.endswith("s") and name[:-1] in others:
        return name[:-1]
    return name


def _same_word(a: str, b: str) -> bool:
    """Same name, allowing a genitive -s and spelling variants."""
    if a == b or a == b + "s" or b == a + "s":
        return True
    return similar(a, b)


def _gender_ok(want: str, have: str) -> bool:
    return want == "u" or have == "u" or want == have


def _pronoun_gender_ok(want: str, have: str) -> bool:
    """`er` fits men and people of unknown gender; `sie` with a singular verb (`f*`) also the latter."""
    return have == want.rstrip("*") or (have == "u" and want in ("m", "f*"))


@cache
def _verb_numbers(lang: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """Finite forms → number (s | p), and the endings of unlisted plural forms (verb_number.tsv)."""
    rows = listed_rows("verb_number.tsv", lang)
    forms = {form: number for form, number in rows if not form.startswith("-")}
    return forms, tuple(form[1:] for form, number in rows if form.startswith("-") and number == "p")


def _quote_start_sentence(ctx: Context, i: int) -> int:
    """Sentence where the quotation closed right before `, sagt er` (token i) was opened."""
    k = i - 2
    while k >= 0 and ctx.word(k) in (",",):
        k -= 1
    if k < 0 or ctx.word(k) not in ("“", "«", "\""):
        return ctx.tokens[i].sentence
    while k >= 0 and ctx.word(k) not in ("„", "»"):
        k -= 1
    return ctx.tokens[max(k, 0)].sentence


def _in_quotes(ctx: Context, m: Cand) -> bool:
    """A name standing alone in quotation marks (`„Hamburger Wochenblick“`), as titles are written."""
    end = token_at(ctx, m.end - 1)
    return end is not None and ctx.word(m.token - 1) in ("„", "»") and ctx.word(end + 1) in ("“", "«")


def _generic_word(kb, word: str) -> bool:
    """A generic institution noun of the knowledge base (`Polizei`, `Staatsanwaltschaft`)."""
    entry = kb.entries.get(kb.names.get(word, ""))
    return entry is not None and entry.attrs.get("generic") == "1"


def _before_adjectives(ctx: Context, m: Cand) -> int:
    """Index of the token before a mention, its adjectives and a quoted title's noun (where the article is:
    `die neue EZB`, `der Film „Der Lotse“`)."""
    k = m.token - 1
    if k >= 1 and ctx.word(k) in ("„", "»", "\""):  # `die „Rheinperle“`, `der Film „Der Lotse“`
        k -= 2 if ctx.tag(k - 1) == "NN" else 1
    while k >= 0 and ctx.tag(k) == "ADJA":
        k -= 1
    return k


def _determiner(ctx: Context, m: Cand) -> str | None:
    """The definite article before a mention (over its adjectives), if any."""
    k = _before_adjectives(ctx, m)
    word = ctx.word(k).lower() if k >= 0 else ""
    return word if word in ("der", "die", "das", "den", "dem", "des") else None


def _after_feminine_determiner(ctx: Context, m: Cand) -> bool:
    """`Seine Mannschaft habe gezeigt, dass sie …`, `Diese Mannschaft …, und sie …`: an organisation noun after a
    feminine singular possessive or demonstrative (the plural of these nouns takes another ending)."""
    k = _before_adjectives(ctx, m)
    return m.kind == "role" and m.target is not None and m.text.endswith(m.target[0]) \
        and ctx.word(k).lower() in listed("ref_feminine_determiners.txt", ctx.lex.lang)


def _grammatical_gender(ctx: Context, e: _Ent) -> str | None:
    """m, f, n or p (plural) of a non-person entity, voted by the articles before its names (see `_mention_gender`;
    a role noun has its own gender: `der FC` … `die Mannschaft`)."""
    votes: dict[str, int] = {}
    for m in e.mentions:
        vote = _mention_gender(ctx, m) if m.kind != "role" else None
        if vote:
            votes[vote] = votes.get(vote, 0) + 1
    return max(votes, key=lambda g: votes[g]) if votes else None


def _mention_gender(ctx: Context, m: Cand) -> str | None:
    """Gender the article before a mention shows: `das` n, `den` m, `die` f (p for plural names in -en), `der` m
    only as a subject (at the start of a sentence or after a verb), `seine`/`diese` before an organisation noun f."""
    if ctx.tokens[m.token].end > m.end:
        return None  # `die AfD-Vorsitzende`: the article is the compound's
    det, k = _determiner(ctx, m), _before_adjectives(ctx, m)
    subject_position = k == 0 or not ctx.same_sentence(k - 1, k) or ctx.tag(k - 1).endswith("FIN")
    if det == "der" and subject_position:
        return "m"
    if det is None and _after_feminine_determiner(ctx, m):
        return "f"
    return {"das": "n", "den": "m", "die": "p" if m.text.endswith("en") else "f"}.get(det or "")


def _speaker(ctx: Context, m: Cand) -> bool:
    """`…, sagte er` / `…, sagte der Minister` / `…, sagte Firmenchef Jens Ahrens`: the mention is the speaker after
    the reported words."""
    k = _before_adjectives(ctx, m)
    if ctx.tag(k) == "NN" and m.kind == "name":  # a title before the name, with its adjectives
        k -= 1
        while k >= 0 and ctx.tag(k) == "ADJA":
            k -= 1
    k = k - 1 if ctx.tag(k) == "ART" else k
    return ctx.lex.cue(ctx.word(k), "speech") and ctx.word(k - 1) in (",", "“", "«", "\"")


def _opens_sentence(ctx: Context, m: Cand) -> bool:
    """Whether a mention (with its article and adjectives) begins its sentence (`Die Schweiz ist …`)."""
    k = _before_adjectives(ctx, m)
    k = k - 1 if _determiner(ctx, m) else k
    return k < 0 or not ctx.same_sentence(k, m.token) or ctx.word(k) in ("„", "»")


def _end_token(ctx: Context, m: Cand) -> int:
    """Index of the last token of a mention."""
    end = token_at(ctx, m.end - 1)
    return m.token if end is None else end


def _clause_subject(
    ctx: Context, hist: list[tuple[Cand, _Ent]], sent: int, c: Cand, marks: tuple[str, ...]
) -> tuple[Cand, _Ent] | None:
    """The first mention of sentence `sent` in `hist` when it is the subject of c's clause: not in a phrase, and
    none of the punctuation `marks` between it and c (the mention may not refer to its own clause's subject)."""
    first = next((p for p in hist if ctx.tokens[p[0].token].sentence == sent), None)
    if first is None or _in_phrase(ctx, first[0]) or _mark_between(ctx, first[0].token, c.token, marks):
        return None
    return first


def _mark_between(ctx: Context, i: int, j: int, marks: tuple[str, ...]) -> bool:
    """One of the punctuation `marks` among tokens i to j - 1."""
    return any(ctx.word(k) in marks for k in range(i, j))


def _object_after_verb(ctx: Context, subject: Cand, c: Cand) -> bool:
    """`Die Stiftung würdigt sie als …`, `Im Sommer berief die Hochschule sie …`: an accusative-looking `sie` right
    after the finite verb with the subject opening the sentence, or right after the subject that follows the
    finite verb, is the subject's object (`er` is always the subject)."""
    if c.text != "sie":
        return False
    if _opens_sentence(ctx, subject) and ctx.tag(c.token - 1).endswith("FIN"):
        return True
    k = _before_adjectives(ctx, subject) - (1 if _determiner(ctx, subject) else 0)
    return _end_token(ctx, subject) == c.token - 1 and ctx.tag(k).endswith("FIN")


def _in_phrase(ctx: Context, m: Cand) -> bool:
    """A mention inside a prepositional phrase, a genitive or an object noun phrase (`gegen den Russen
    Karen Chatschanow`, `Trumps`, `den 27-Jährigen`): unlikely the subject a pronoun continues."""
    k = m.token - 1
    if ctx.tag(k) == "NN" and ctx.tag(m.token) in ("NE", "NN"):  # a title or noun before the name
        k -= 1
    while k >= 0 and ctx.tag(k) == "ADJA":
        k -= 1
    article = ctx.word(k).lower() if ctx.tag(k) == "ART" else ""
    if article:
        k -= 1
    genitive = m.kind == "name" and m.text.endswith("s") and ctx.tag(m.token + 1) in ("NN", "ADJA")
    return ctx.tag(k) in ("APPR", "APPRART") or ctx.lex.cue(article, "oblique") or genitive


def _verb_number(ctx: Context, i: int) -> str:
    """Number of the finite verb next to token i (`sie sagt` singular, `sie sagen` plural, else unknown)."""
    for j in (i + 1, i - 1, i + 2):
        if not ctx.same_sentence(i, j) or not ctx.tag(j).endswith("FIN"):
            continue
        w = ctx.word(j).lower()
        forms, plural_endings = _verb_numbers(ctx.lex.lang)
        if forms.get(w) == "p" or (w not in forms and w.endswith(plural_endings)):
            return "p"
        return "s"
    return "?"


_AGE = re.compile(r"\d+")
_AGE_ADJECTIVE = re.compile(r"\d-jährig")  # lowercase: an attribute (`der 78-jährige Rentner`), not the noun
_ADJ_END = re.compile(r"(?:en|em|er|es|e)$")


def _role_key(phrase: str) -> str:
    """Inflection-neutral key of a role phrase: `russischen Präsidenten` → `russisch präsident`."""
    words = phrase.split()
    found = load_lexicon().role(words[-1]) if words else None
    last = (found[0] + found[1].base).lower() if found else words[-1].lower()
    return " ".join([*(_ADJ_END.sub("", w.lower()) for w in words[:-1]), last])


def resolve(ctx: Context, names: list[Cand], refs: list[Cand]) -> list[Entity]:
    """Entities of an article from its name and reference candidates."""
    r = Resolver(ctx)
    r.add_names(names)
    r.add_references(refs)
    return r.entities()
