"""Mention candidates: knowledge-base names and demonyms, unknown names, role nouns and pronouns.

Works on the tokens of the segmenter (text, STTS tag from HanTa, sentence) and on the raw text (the
knowledge-base automaton). Produces candidates with offsets; `resolve` turns them into entities.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from dossier.entities import matcher
from dossier.entities.kb import KnowledgeBase
from dossier.entities.lexicon import Lexicon, RoleForm, listed
from dossier.model import Token
from dossier.segment import known_forms, pos_of

_DETERMINERS = {"der", "die", "das", "des", "dem", "den", "dieser", "diese", "diesen", "dieses", "diesem"}
_FINITE = ("VVFIN", "VAFIN", "VMFIN")
_NAME_TAGS = ("NE",)
_OPEN_QUOTES = "„“‚»«\"'"
_ON_RIVER = {("an", "der"), ("ob", "der")}  # `Lindegg an der Raab`, `Rothenburg ob der Tauber`
_FORMAL = ("Sie", "Ihnen")  # the polite address
_MAX_TITLE = 10  # tokens: a longer quotation after `Film` is a quote, not a title
_PREP_TAGS = ("APPR", "APPRART")
_ACRONYM = re.compile(r"(?=(?:\w*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,4}")  # `THW`, `ThSV`, `VfR`, `TuS`
_SCORE = re.compile(r"(?<![\d.:])\d{1,2}:\d{1,2}(?![\d:])")  # a result (`mit 2:1`)
_PLACE_PREPS = ("in", "im", "nach", "aus", "bei", "beim", "von", "vom", "zum", "zur", "ins")
_LEGAL_FORMS = {"AG", "GmbH", "SE", "KG", "KGaA", "Inc.", "Ltd.", "Corp.", "Co.", "Cie.", "e.V.", "plc", "S.A."}


@dataclass
class Cand:
    """A mention candidate before resolution."""

    start: int
    end: int
    text: str
    kind: str  # name | role | pronoun | demonym | metonym
    type: str | None = None  # PER | ORG | LOC | MISC (None: decided later)
    kb: str | None = None  # knowledge-base entry id
    method: str = ""
    token: int = 0  # index of the (first) token
    sentence: int = 0
    gender: str = "u"  # m | f | u (unknown) | p (plural)
    surname: bool = False  # a surname-only knowledge-base form
    needs_known: bool = False  # keep only if the name is otherwise known in the article
    role: RoleForm | None = None
    target: tuple[str, str, tuple[str, ...]] | None = None  # an organisation role noun (`das Blatt`)
    nation: str | None = None  # an inhabitant noun used for a person (`der Niederländer`): the place id
    anchor: Cand | None = None  # the name a title belongs to (`Bürgermeister` in `Bürgermeister Klitschko`)
    roles: list[str] = field(default_factory=list)  # role phrases attached to this name
    in_quote: bool = False
    mention_type: str | None = None  # type of this mention when it differs from the entity's (metonym)


@dataclass
class Context:
    """What every detector needs: the text, tokens, knowledge base and word lists."""

    text: str
    tokens: list[Token]
    kb: KnowledgeBase
    lex: Lexicon
    quoted: list[bool] = field(default_factory=list)  # per token: inside quotation marks
    turns: list[tuple[int, int]] | None = None  # Q/A interview turns, computed on first use
    starts: list[int] = field(default_factory=list)  # token start offsets, for lookups by character

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.tokens]
        if not self.quoted:
            self.quoted = quote_mask(self.tokens)

    def tag(self, i: int) -> str:
        """Part-of-speech tag of token i, empty outside the text (so rules need no bounds checks)."""
        return self.tokens[i].pos or "" if 0 <= i < len(self.tokens) else ""

    def word(self, i: int) -> str:
        """Text of token i, empty outside the text (so rules need no bounds checks)."""
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def same_sentence(self, i: int, j: int) -> bool:
        """Tokens i and j both exist and belong to one sentence."""
        n = len(self.tokens)
        return 0 <= i < n and 0 <= j < n and self.tokens[i].sentence == self.tokens[j].sentence


def quote_mask(tokens: list[Token]) -> list[bool]:
    """Per token whether it stands inside German quotation marks („…“, »…«), reset per paragraph-ish."""
    mask, inside = [], False
    for t in tokens:
        if t.text in ("„", "»"):
            inside = True
            mask.append(False)
            continue
        if t.text in ("“", "«") and inside:
            inside = False
            mask.append(False)
            continue
        mask.append(inside)
    return mask


def token_at(ctx: Context, char: int) -> int | None:
    """Index of the token that covers character offset `char`, if any."""
    k = bisect_right(ctx.starts, char) - 1
    return k if k >= 0 and char < ctx.tokens[k].end else None


def _is_name_token(ctx: Context, i: int) -> bool:
    t = ctx.tokens[i]
    w = t.text
    if not w[:1].isupper() or ctx.lex.role(w) or ctx.lex.cue(w, "title"):
        return False
    return t.pos in _NAME_TAGS or w in ctx.lex.first_names


def _quoted_token(ctx: Context, i: int) -> bool:
    return ctx.word(i - 1) in _OPEN_QUOTES and ctx.word(i + 1) in _OPEN_QUOTES


def _accept_weak(ctx: Context, hit: matcher.KbHit, i: int) -> bool:
    """A name that is also a common word counts only in a name context (quoted, after a medium cue …)."""
    prev = ctx.word(i - 1)
    if _quoted_token(ctx, i) or ctx.lex.cue(prev, "medium") or _head_noun(ctx, prev):
        return True
    if ctx.lex.cue(prev, "platformprep") and hit.end - hit.start == 1:
        return True
    if hit.weak == "party":  # capitalised inside a sentence: the party, not the adjective or noun
        return not _sentence_start(ctx, i) or ctx.tag(i + 1) not in ("NN", "NE", "ADJA")
    return False


def kb_candidates(ctx: Context) -> list[Cand]:
    """Names and demonyms of the knowledge base found in the text."""
    out = []
    for h in matcher.find(ctx.text):
        i = token_at(ctx, h.start)
        if i is None:
            continue
        text = ctx.text[h.start : h.end]
        if h.kind == "demonym":
            out.append(Cand(h.start, h.end, text, "demonym", "LOC", h.entry, "kb-demonym", i))
            continue
        entry = ctx.kb.entries[h.entry]
        if h.weak and not h.surname and not _accept_weak(ctx, h, i):
            continue
        whole = _place_compound(ctx, h, i)
        if whole is not None:
            out.append(whole)
            continue
        c = Cand(h.start, h.end, text, "name", entry.type, h.entry, "kb-surname" if h.surname else "kb", i)
        c.surname = h.surname
        c.needs_known = h.surname and h.weak == "1"
        c.gender = entry.attrs.get("gender", "u")
        out.append(c)
    return out


def _place_compound(ctx: Context, hit: matcher.KbHit, i: int) -> Cand | None:
    """`Bochum-Wattenscheid`, `Halle-Neustadt`: a known place joined to another name is one place name."""
    t = ctx.tokens[i]
    if ctx.kb.entries[hit.entry].type != "LOC" or hit.kind != "name" or "-" not in t.text:
        return None
    rest = (ctx.text[t.start : hit.start] + ctx.text[hit.end : t.end]).strip("-")
    if not rest[:1].isupper() or "-" in rest or rest in ctx.kb.names or ctx.lex.role(rest):
        return None
    place_context = ctx.word(i - 1).lower() in ("in", "nach", "aus", "bei") or _has_place_suffix(ctx, rest)
    if not place_context and pos_of(rest) != "NE":
        return None
    return Cand(t.start, t.end, t.text, "name", "LOC", None, "rule:place-compound", i)


def _covered(tokens: list[Token], i: int, spans: list[Cand]) -> Cand | None:
    t = tokens[i]
    for c in spans:
        if c.start <= t.start and t.end <= c.end:
            return c
    return None


def _run_type(ctx: Context, first: int, last: int) -> tuple[str, str]:
    """Type of an unknown name group and the rule that decided it."""
    words = [ctx.word(k) for k in range(first, last + 1)]
    prev = ctx.word(first - 1)
    if any(ctx.lex.cue(w, "orghead") for w in words) or ctx.lex.cue(ctx.word(last + 1), "orghead"):
        return "ORG", "rule:org-head"
    if ctx.lex.cue(prev, "medium") or _quoted_token(ctx, first):
        return "ORG", "rule:medium"
    if len(words) > 1 and words[0] in ctx.lex.first_names:
        return "PER", "rule:first-name"
    if ctx.lex.role(prev) or ctx.lex.cue(prev, "title"):
        return "PER", "rule:role-context"
    if ctx.lex.cue(prev, "locprep") and ctx.tag(first - 1) in _PREP_TAGS:
        return "LOC", "rule:loc-prep"
    if ctx.tag(first - 1) == "ART" and ctx.lex.cue(ctx.word(first - 2), "locprep"):
        return "LOC", "rule:loc-prep"
    if words[0].isupper() and len(words[0]) > 1:
        return "ORG", "rule:acronym"
    return "PER", "rule:name"


def name_runs(ctx: Context, known: list[Cand]) -> list[Cand]:
    """Groups of name-tagged tokens not covered by the knowledge base: unknown names, typed by rule."""
    out, i, n = [], 0, len(ctx.tokens)
    known = sorted(known, key=lambda c: c.start)
    while i < n:
        hit = _covered(ctx.tokens, i, known) if _is_name_token(ctx, i) else None
        if not _is_name_token(ctx, i) or (hit is not None and not hit.surname):
            i += 1
            continue
        j = _run_end(ctx, i, known)
        out.append(_run_cand(ctx, i, j, known))
        i = j + 1
    return [c for c in out if c is not None]


def _continues(ctx: Context, i: int, nxt: int) -> bool:
    """Whether token `nxt` continues the name that starts at token i: another name token, or a
    capitalised word right after a first name (`Heino Falcke`: HanTa tags that surname NN)."""
    if _is_name_token(ctx, nxt):
        return True
    w = ctx.word(nxt)
    after_first = ctx.word(i) in ctx.lex.first_names and nxt == i + 1
    return after_first and w[:1].isupper() and w.isalpha() and not ctx.lex.role(w)


def _run_end(ctx: Context, i: int, known: list[Cand]) -> int:
    """Last token of the name group starting at token i (particles such as `von der` inside)."""
    j, n = i, len(ctx.tokens)
    particles = ctx.lex.cues.get("particle", set())
    while j + 1 < n and ctx.same_sentence(i, j + 1):
        nxt = j + 1
        while nxt < n - 1 and ctx.word(nxt) in particles and nxt - j < 3:
            nxt += 1
        if nxt > j + 1 and not ctx.word(nxt)[:1].isupper():
            break
        if not _continues(ctx, i, nxt):
            break
        h2 = _covered(ctx.tokens, nxt, known)
        if h2 is not None and not h2.surname:
            break
        j = nxt
    return j


def _run_cand(ctx: Context, i: int, j: int, known: list[Cand]) -> Cand | None:
    hits = [h for h in known if ctx.tokens[i].start <= h.start and h.end <= ctx.tokens[j].end]
    if len(hits) == 1 and (hits[0].start, hits[0].end) == (ctx.tokens[i].start, ctx.tokens[j].end):
        return None  # exactly a knowledge-base surname: already a candidate
    start, end = ctx.tokens[i].start, ctx.tokens[j].end
    typ, rule = _run_type(ctx, i, j)
    if hits:
        typ, rule = "PER", "rule:other-person"  # Charlotte Merz is not Friedrich Merz
        for h in hits:
            known.remove(h)
    c = Cand(start, end, ctx.text[start:end], "name", typ, None, rule, i)
    c.gender = ctx.lex.first_names.get(ctx.word(i), "u") if typ == "PER" else "u"
    return c


def common_noun_persons(ctx: Context, names: list[Cand]) -> list[Cand]:
    """Lone words the model took for a person that the tagger reads as common nouns (`Panzer`, `Mehl`, `Euro`)
    and that nothing marks as a person (no first name, title or role before, no speech verb next to the word
    anywhere in the article, no full name of the article ending in it), and lone words after an article (`den
    Fischer`): they are dropped from `names`."""
    surnames = {c.text.split()[-1] for c in names if c.type == "PER" and " " in c.text}
    others = {w for c in names if c.type != "PER" for w in c.text.split()}
    out = []
    for c in names:
        prev = ctx.word(c.token - 1)
        lone = c.kb is None and c.type == "PER" and c.method.startswith("crf") and " " not in c.text
        if lone and ctx.tag(c.token) == "NN" and c.text not in surnames and c.text.rstrip("s") not in surnames \
                and prev not in ctx.lex.first_names and not ctx.lex.role(prev) and not ctx.lex.cue(prev, "title") \
                and not _speaks(ctx, c.text):
            continue
        if lone and ctx.tag(c.token - 1) == "ART" and c.text not in ctx.lex.first_names and \
                c.text not in others and c.text[:-1] not in others:
            continue  # `dem Koch`, `der Jury`: German puts no article before a person's name (`des Mains`: a river)
        out.append(c)
    return out


def firm_persons(ctx: Context, names: list[Cand]) -> None:
    """Lone words the model took for a person that the article also uses as a firm or club: before a hyphen
    and a word of its business (`Brandauer-Aktie`, `Norwell-Chef`) or in the genitive before a club's people
    (`Hünfelds Trainer`); they become organisations unless a first name, title, role noun or speech verb marks
    them or a full name of the article ends in them (`orgpart`, `clubpart` in cues.tsv)."""
    used = _firm_words(ctx)
    if not used:
        return
    surnames = {w for c in names if c.type == "PER" and " " in c.text for w in c.text.split()}
    for c in names:
        word = c.text[:-1] if c.text.endswith("s") and c.text[:-1] in used else c.text
        if c.type == "PER" and c.kb is None and c.method.startswith("crf") and word in used and " " not in c.text \
                and word not in surnames and word not in ctx.lex.first_names and not _person_cue(ctx, c.token) \
                and not _speaks(ctx, c.text):
            c.type = "ORG"


def _firm_words(ctx: Context) -> set[str]:
    """Capitalised words the article uses as firms or clubs (`Brandauer-Aktie`, `Hünfelds Trainer`)."""
    key = id(ctx.lex)
    if key not in _FIRM_USES:
        part, club = (_longest_first(ctx.lex.cues.get(cls, ())) for cls in ("orgpart", "clubpart"))
        _FIRM_USES[key] = re.compile(rf"(?<![\w-])([A-ZÄÖÜ][\w]+)(?:-(?:{part})|s (?:{club}))\b")
    return {m.group(1) for m in _FIRM_USES[key].finditer(ctx.text)}


_FIRM_USES: dict[int, re.Pattern] = {}


def _longest_first(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, longest first (so that a longer word wins over its start)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _speaks(ctx: Context, word: str) -> bool:
    """`word` stands next to a speech verb somewhere in the article (`sagte Lindahl`, `Nguyen sagt`)."""
    return any(t.text == word and (ctx.lex.cue(ctx.word(i - 1), "speech") or ctx.lex.cue(ctx.word(i + 1), "speech"))
               for i, t in enumerate(ctx.tokens))


def known_tag(low: str) -> str:
    """Tag of a lowercased form when the tagger's lexicon knows it (is the word also a common word?), else
    `oov`: guessing the tag of an unknown form by morphology would cost most of the stage's first-pass time."""
    return pos_of(low) if low in known_forms() else "oov"


def preposition_places(ctx: Context, names: list[Cand]) -> list[Cand]:
    """A lone capitalised word right after `in`, `nach`, `aus`, `bei` that the tagger reads as a proper noun in
    context (`aus Neusäß`, `aus Marzahn`) and no candidate covers is a place (the model missed it)."""
    taken = {k for c in names for k in range(c.token, (token_at(ctx, c.end - 1) or c.token) + 1)}
    out = []
    for i, t in enumerate(ctx.tokens):
        if i in taken or ctx.word(i - 1) not in ("in", "nach", "aus", "bei") or not t.text[:1].isupper() or \
                ctx.tag(i + 1) in ("NE", "NN") or not t.text.isalpha() or t.text in ctx.lex.first_names:
            continue
        if t.pos != "NE":
            continue  # `in Sorge`; unknown forms are mostly compounds and plurals (`in Sonderzügen`)
        out.append(Cand(t.start, t.end, t.text, "name", "LOC", None, "rule:loc-prep", i))
    return out


def compound_candidates(ctx: Context, taken: list[Cand]) -> list[Cand]:
    """Names made of hyphen compounds (`Zaryadye-Park`) and unknown names glued to nouns (`Witkoff-Plan`)."""
    out = []
    for i, t in enumerate(ctx.tokens):
        if "-" not in t.text or not t.text[:1].isupper() or _covered(ctx.tokens, i, taken):
            continue
        tail = t.text.rpartition("-")[2]
        first = t.text.split("-", 1)[0]
        inside = [c for c in taken if c.start < t.end and t.start < c.end]
        if inside and ctx.lex.cue(tail, "orgsuffix") and all(c.type == "LOC" and c.kind == "name" for c in inside):
            for c in inside:  # `Ostsee-Kurier`, `Elbe-Anzeiger`: the place names the paper, no mention of its own
                taken.remove(c)
            inside = []
        if inside:
            continue  # a knowledge-base name inside it
        if ctx.lex.cue(tail, "lochead") and ctx.tag(i) != "NE":
            out.append(Cand(t.start, t.end, t.text, "name", "LOC", None, "rule:place-compound", i))
        elif ctx.lex.cue(tail, "orgsuffix"):
            out.append(Cand(t.start, t.end, t.text, "name", "ORG", None, "rule:org-compound", i))
        elif _ACRONYM.fullmatch(first) and first not in ctx.lex.not_names and ctx.lex.role(tail):
            end = t.start + len(first)  # `EVG-Chef`, `VfL-Coach`: the acronym of an organisation before its person
            out.append(Cand(t.start, end, first, "name", "ORG", None, "rule:acronym-compound", i))
        elif first[:1].isupper() and len(first) > 1:
            c = Cand(t.start, t.start + len(first), first, "name", None, None, "rule:name-in-compound", i)
            c.needs_known = True
            out.append(c)
    return out


def _adjective_start(ctx: Context, i: int) -> int:
    """First token of the adjectives before a noun, with an age phrase (`der 22 Jahre alte Joker`)."""
    k = i
    while k - 1 >= 0 and ctx.tag(k - 1) in ("ADJA",) and ctx.word(k - 1)[:1].islower():
        k -= 1
    if k >= 2 and ctx.word(k).startswith("alte") and ctx.word(k - 1) == "Jahre" and ctx.word(k - 2).isdigit():
        k -= 2
    return k


def _next_name(i: int, names: dict[int, Cand]) -> Cand | None:
    """The name right after token i (`Präsident Trump`), or after a comma closing a short apposition."""
    if i + 1 in names:
        return names[i + 1]
    return None


def role_candidates(ctx: Context, names: list[Cand]) -> list[Cand]:
    """Role nouns: attached to a neighbouring name (kept as a role) or used alone (a role mention)."""
    by_token = {c.token: c for c in names}
    named = {c.token for c in names if c.kind == "name" and c.end - c.start >= len(ctx.word(c.token))}
    out = []
    for i, t in enumerate(ctx.tokens):
        if (not t.text[:1].isupper() and not t.text[:1].isdigit()) or i in named:
            continue
        found = ctx.lex.role(t.text) or _person_noun(ctx, i, by_token)
        if found is None:
            continue
        k = _adjective_start(ctx, i)
        phrase = ctx.text[ctx.tokens[k].start : t.end]
        after = _next_name(i, by_token)
        if after is not None:
            after.roles.append(phrase)
            # `Tabellenführer SG Altmühltal 08`, `Rekordmeister THW Kiel`
            typed = after.type == "ORG" and (after.method in _ORG_RULES or _org_shaped(ctx, after))
            if (after.type in (None, "PER") or after.kb is None) and not typed:
                after.type = "PER"
        if after or _apposition_of(ctx, k, i, by_token, phrase):
            continue  # the title of a named person goes into its roles, no mention (docs/annotation.md)
        det = ctx.word(k - 1).lower()
        possessor = ctx.tag(k - 1) in ("NE", "PPOSAT") or (ctx.word(k - 1).endswith("s") and k - 1 in by_token)
        if det not in _DETERMINERS and ctx.tag(k - 1) != "APPRART" and not possessor:
            continue
        gender = _role_gender(found[1], det)
        if gender == "p":
            continue
        c = Cand(ctx.tokens[k].start, t.end, phrase, "role", "PER", None, "rule:role-noun", k)
        c.role, c.gender = found[1], gender
        out.append(c)
    return out


def org_role_candidates(ctx: Context, names: list[Cand]) -> list[Cand]:
    """`das Blatt`, `das Gericht`, `die Gemeinde`: nouns with a definite article that refer back to an
    organisation or place already named."""
    out = []
    named = {c.token for c in names}
    for i, t in enumerate(ctx.tokens):
        if i in named:
            continue
        target = ctx.lex.org_role(t.text) if t.text[:1].isupper() else None
        if target is None or t.pos == "NE":
            continue
        k = _adjective_start(ctx, i)
        if ctx.word(k - 1).lower() not in _DETERMINERS and ctx.tag(k - 1) not in ("APPRART", "PPOSAT"):
            continue  # `die Partei`, `beim Verein`, `seine Partei`
        if ctx.tag(i + 1) in ("NE",) or ctx.word(i + 1) in ("„", "»") or i + 1 in named:
            continue  # `die Zeitung „Bild“`, `die Firma Windpark Nord GmbH`: the name follows
        typ = None if target[1] == "*" else target[1]
        c = Cand(ctx.tokens[k].start, t.end, ctx.text[ctx.tokens[k].start : t.end], "role", typ, None,
                 "rule:org-role", k)
        c.target = target
        out.append(c)
    return out


def _person_noun(ctx: Context, i: int, names: dict[int, Cand]) -> tuple[str, RoleForm] | None:
    """A noun not in the role list that still names a person: right before a person's name
    (`Glaziologe Pfurtscheller`) or a feminine `-in` noun after an article (`die Chemikerin`)."""
    t = ctx.tokens[i]
    if t.pos != "NN" or t.text in ctx.lex.not_names or t.text in ctx.kb.names or "-" in t.text:
        return None
    after = names.get(i + 1)
    if after is not None and after.type == "PER" and after.kind == "name" and ctx.same_sentence(i, i + 1) \
            and not ctx.word(i - 1)[:1].isdigit():  # not `18.31 Uhr` above a ticker entry
        return "", RoleForm(t.text, "u", False)
    if t.text.endswith("in") and len(t.text) > 6 and ctx.word(i - 1).lower() in ("die", "der") \
            and (after is None or after.type in (None, "PER")):  # not `die Hallstein Maschinenwerke AG`
        return "", RoleForm(t.text[:-2], "f", False)
    return None


def _role_gender(form: RoleForm, det: str) -> str:
    if form.gender == "f":
        return "f"
    if form.gender == "m":
        return "p" if det == "die" and form.plural_possible else "m"
    return {"die": "f", "der": "m", "den": "m", "dem": "m"}.get(det, "u")


def _apposition_of(ctx: Context, k: int, i: int, names: dict[int, Cand], phrase: str) -> Cand | None:
    """`Name, der Gesandte …` or `der Sprecher des Kremls, Name`: the role belongs to that name."""
    art = k - 1
    owner = _before_comma(ctx, art - 1)
    by_end = {token_at(ctx, c.end - 1): c for c in names.values()}
    if owner in by_end and ctx.word(art).lower() in _DETERMINERS:
        by_end[owner].roles.append(phrase)
        return by_end[owner]
    j = i + 1
    while j < len(ctx.tokens) and j <= i + 5 and ctx.same_sentence(i, j):
        if ctx.word(j) == ",":
            target = names.get(j + 1)
            if target is not None and target.type in (None, "PER"):
                target.roles.append(phrase)
                return target
            return None
        if ctx.tag(j).startswith("V"):
            return None
        j += 1
    return None


def _before_comma(ctx: Context, comma: int) -> int:
    """Token before a comma, skipping a bracket (`Dmitrijew (auch: Dmitriev), dem Gesandten`); -1 if none."""
    if ctx.word(comma) != ",":
        return -1
    k = comma - 1
    if ctx.word(k) == ")":
        while k >= 0 and ctx.word(k) != "(" and comma - k < 12:
            k -= 1
        k -= 1
    return k


PRONOUN = "rule:pronoun"  # method of a personal pronoun found by its form


def personal_pronoun(ctx: Context, i: int) -> Cand | None:
    """The listed personal pronoun at token i as a mention, or None for `ihr` as a possessive (`ihr Amt`)."""
    t = ctx.tokens[i]
    low = t.text.lower()
    if low == "ihr" and (ctx.tag(i + 1) in ("NN", "NE", "ADJA") or ctx.word(i + 1)[:1].isupper()):
        return None
    c = Cand(t.start, t.end, t.text, "pronoun", None, None, PRONOUN, i, t.sentence)
    c.gender = ctx.lex.pronouns[low]
    return c


def pronoun_candidates(ctx: Context, names: list[Cand] | None = None) -> list[Cand]:
    """Personal pronouns that can refer to a person (`er`, `ihn`, `ihm`, `sie`, `ihr` not as determiner), and
    the formal `Sie`/`Ihnen` of an interviewer, which refers to the interviewee (docs/annotation.md 5)."""
    out = []
    addressee = interview_addressee(ctx, names or [])
    for i, t in enumerate(ctx.tokens):
        w = t.text
        low = w.lower()
        if w in _FORMAL and i in addressee:
            c = Cand(t.start, t.end, w, "pronoun", None, None, "rule:formal-sie", i, t.sentence)
            c.anchor = addressee[i]
            out.append(c)
            continue
        if low not in ctx.lex.pronouns or (w[0].isupper() and not _sentence_start(ctx, i)):
            continue
        c = personal_pronoun(ctx, i)
        if c is not None:
            out.append(c)
    return out


def interview_addressee(ctx: Context, names: list[Cand]) -> dict[int, Cand]:
    """Token → interviewee label, for the tokens of the interviewer's turns in a Q/A interview (`Roth: Was tun Sie
    …?` / `Kern: Ich …`): the interviewer is the label whose turns ask questions, the interviewee the other one."""
    turns = _turns(ctx)
    labels = {ctx.word(i) for i, _ in turns}
    if len(turns) < 4 or len(labels) != 2:
        return {}
    interviewer = _interviewer(ctx, turns)
    other = next(w for w in labels if w != interviewer)
    label = next((c for c in names if c.kind == "name" and ctx.word(c.token) == other), None)
    if label is None or interviewer is None:
        return {}
    return {k: label for i, end in turns if ctx.word(i) == interviewer for k in range(i + 2, end)}


def _interviewer(ctx: Context, turns: list[tuple[int, int]]) -> str | None:
    """The label of the two whose turns ask more questions, None on a tie."""
    asks: dict[str, int] = {}
    for i, end in turns:
        asks[ctx.word(i)] = asks.get(ctx.word(i), 0) + any(ctx.word(k) == "?" for k in range(i, end))
    ranked = sorted(asks, key=lambda w: -asks[w])
    return ranked[0] if len(ranked) == 2 and asks[ranked[0]] > asks[ranked[1]] else None


def interview_labels(ctx: Context, names: list[Cand]) -> list[Cand]:
    """The labels of a Q/A interview (`Wirtschaftsbote: …` / `Albers: …`) are names: a label no name candidate
    covers is the outlet asking (ORG) unless it is the surname of a person named in the article."""
    turns = _turns(ctx)
    if len(turns) < 4 or len({ctx.word(i) for i, _ in turns}) != 2:
        return []
    covered = {c.token: c for c in names}
    surnames = {c.text.split()[-1] for c in names if c.type == "PER"}
    full = {c.text.split()[-1] for c in names if c.type == "PER" and (" " in c.text or c.kb)}
    out = []
    for i, _end in turns:
        w, c = ctx.word(i), covered.get(i)
        if w in ctx.lex.first_names or w in full:
            continue
        if c is not None and c.kb is None and c.type == "PER" and c.text == w and w == _interviewer(ctx, turns):
            c.type, c.method = "ORG", "rule:interview-label"  # the model took the outlet asking for a person
        elif c is None and w not in surnames:
            out.append(Cand(ctx.tokens[i].start, ctx.tokens[i].end, w, "name", "ORG", None, "rule:interview-label", i))
    return out


def _turns(ctx: Context) -> list[tuple[int, int]]:
    """(label token, end token) of every `Label: …` paragraph (computed once per article)."""
    if ctx.turns is None:
        ctx.turns = _find_turns(ctx)
    return ctx.turns


def _find_turns(ctx: Context) -> list[tuple[int, int]]:
    toks = ctx.tokens
    starts = [i for i in range(len(toks) - 1)
              if toks[i + 1].text == ":" and toks[i].text[:1].isupper()
              and (i == 0 or "\n" in ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start])]
    out = []
    for i, nxt in zip(starts, [*starts[1:], len(ctx.tokens)], strict=False):
        end = next((k for k in range(i + 2, nxt) if "\n" in ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start]), nxt)
        out.append((i, end))
    return out


def _sentence_start(ctx: Context, i: int) -> bool:
    k = i - 1
    while k >= 0 and ctx.word(k) in _OPEN_QUOTES:
        k -= 1
    return k < 0 or ctx.tokens[k].sentence != ctx.tokens[i].sentence


def metonyms(ctx: Context, names: list[Cand]) -> None:
    """A capital acting as a government (`Washington droht`, `Druck auf Peking`, `zwischen Berlin und Paris`)
    becomes a metonym of its country (or of what it `stands` for: Brüssel → EU), mention type ORG; so does a
    country playing in a match report (`1:0 gegen Ghana`, `Ghana verteidigte tief`, `Englands Trainer`), as
    docs/annotation.md puts teams named by their country."""
    report = _SCORE.search(ctx.text) is not None
    for c in names:
        entry = ctx.kb.entries.get(c.kb or "")
        if entry is not None and report and entry.attrs.get("country") == c.kb and _team(ctx, c):
            c.kind, c.mention_type, c.method = "metonym", "ORG", "rule:team-metonym"
            continue
        if entry is None or entry.attrs.get("capital") != "1" or "country" not in entry.attrs:
            continue
        i = c.token
        prev = ctx.word(i - 1).lower()
        if ctx.lex.cue(prev, "actorprep") or (prev == "und" and _metonym_before(names, c)):
            acting = True
        elif prev == "aus" and ctx.lex.cue(ctx.word(i + 1), "fromverb"):
            acting = True  # `Aus Moskau kam scharfe Kritik`, `aus Berlin hieß es`
        elif prev in ("in", "aus") and _reaction_phrase(ctx, i - 2, prev):
            acting = True  # `hieß es aus Vilnius`, `hieß es in Berlin`, `Kritik aus Moskau`
        elif prev == "in" and _impersonal_near(ctx, i):
            acting = True  # `In Moskau reagierte man`, `den niemand in Moskau will`: the people there, the government
        elif ctx.tag(i - 1) == "KOUS" and ctx.same_sentence(i - 1, i):
            acting = True  # `dass Moskau keinen Frieden will`, `falls Moskau Recht bekommt`: the clause's subject
        elif ctx.tag(i - 1) in _PREP_TAGS or ctx.tag(i - 1) == "ART":
            continue
        else:
            acting = ctx.tag(i + 1) in _FINITE or (ctx.tag(i - 1) in _FINITE and ctx.tag(i + 1) not in ("NN", "NE"))
            acting = acting or _pair_subject(ctx, i, names)
        if acting:
            c.kind, c.kb, c.mention_type, c.method = "metonym", entry.attrs.get("stands", entry.attrs["country"]), \
                "ORG", "rule:metonym"
            c.type = ctx.kb.entries[c.kb].type


def _team(ctx: Context, c: Cand) -> bool:
    """A country name standing for its team: after `gegen`/`für`, in the genitive before a noun (`Ghanas
    Trainer`), or acting (before a finite verb, or after one when no noun follows); not after another
    preposition or an article (`in Ghana`)."""
    i = c.token
    prev = ctx.word(i - 1).lower()
    if ctx.lex.cue(prev, "teamprep"):
        return True
    if ctx.tag(i - 1) in _PREP_TAGS or ctx.tag(i - 1) == "ART" or c.kind != "name":
        return False
    if c.text.endswith("s") and ctx.tag(i + 1) == "NN" and ctx.same_sentence(i, i + 1):
        return True
    return ctx.tag(i + 1) in _FINITE or (ctx.tag(i - 1) in _FINITE and ctx.tag(i + 1) not in ("NN", "NE"))


def _reaction_phrase(ctx: Context, k: int, prep: str) -> bool:
    """Token k (before `in`/`aus` + capital) makes the capital the government speaking: `hieß es in/aus …`,
    or a reaction noun before `aus` (`Kritik aus Moskau`)."""
    if ctx.word(k) == "es" and ctx.lex.cue(ctx.word(k - 1), "fromverb"):
        return True
    return prep == "aus" and ctx.lex.cue(ctx.word(k), "reactnoun")


def _pair_subject(ctx: Context, i: int, names: list[Cand]) -> bool:
    """`Washington und London zogen ihren Entwurf zurück`: the first of two capitals joined by `und` that stand
    before a finite verb, as its subject."""
    if ctx.word(i + 1) != "und" or not ctx.same_sentence(i, i + 3) or ctx.tag(i + 3) not in _FINITE:
        return False
    other = next((c for c in names if c.token == i + 2), None)
    entry = ctx.kb.entries.get(other.kb or "") if other is not None else None
    return entry is not None and entry.attrs.get("capital") == "1" and other.end == ctx.tokens[i + 2].end


_IMPERSONAL_WINDOW = 3  # tokens on each side of `in` + capital


def _impersonal_near(ctx: Context, i: int) -> bool:
    """An impersonal subject (metonym_impersonal.txt) within a few tokens of the capital at token i, in its clause."""
    for step in (-1, 1):
        k = i - 1 if step < 0 else i
        for _ in range(_IMPERSONAL_WINDOW):
            k += step
            if not ctx.same_sentence(i, k) or ctx.word(k) in (",", ";", ":"):
                break
            if ctx.word(k).lower() in listed("metonym_impersonal.txt", ctx.lex.lang):
                return True
    return False


def _metonym_before(names: list[Cand], c: Cand) -> bool:
    """`zwischen Berlin und Washington`: the second capital of a pair whose first one acts."""
    before = [n for n in names if n.end <= c.start and c.start - n.end <= 6]
    return bool(before) and before[-1].kind == "metonym"


def _unclaimed_words(ctx: Context, names: list[Cand], words: Iterable[str]) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, form, token) of each whole-word use of `words` or their genitive in -s that no name of `names`
    overlaps: where a word the article already uses as a name stands alone."""
    taken = [(c.start, c.end) for c in names]
    for s, e, form in _whole_words(ctx.text, {g for w in words for g in (w, w + "s")}):
        i = token_at(ctx, s)
        if i is not None and not any(a < e and s < b for a, b in taken):
            yield s, e, form, i


def echo_candidates(ctx: Context, names: list[Cand]) -> list[Cand]:
    """Later mentions of names the article already introduced (`Torsten Kühne` … `Kühne`, `Kühnes`)."""
    forms: dict[str, Cand] = {}
    for c in names:
        if c.kind != "name" or c.kb:
            continue
        words = c.text.split()
        if c.type == "PER" and len(words) > 1:
            forms.setdefault(words[-1], c)
        forms.setdefault(c.text, c)
    forms = {f: c for f, c in forms.items() if len(f) > 2 and f[:1].isupper() and f not in ctx.lex.first_names}
    if not forms:
        return []
    out = []
    for s, e, form, i in _unclaimed_words(ctx, names, forms):
        src = forms.get(form) or forms[form[:-1]]
        c = Cand(s, e, form, "name", src.type, None, "rule:echo", i)
        c.gender = src.gender
        out.append(c)
    return out


def _whole_words(text: str, forms: set[str]) -> list[tuple[int, int, str]]:
    """Leftmost-longest non-overlapping occurrences of the forms not inside a word (what one regular expression of
    the forms, longest first, between `(?<!\\w)` and `(?!\\w)` finds, without compiling one per article)."""
    hits = []
    for form in forms:
        k = text.find(form)
        while k >= 0:
            e = k + len(form)
            if (k == 0 or not _is_word_char(text[k - 1])) and (e == len(text) or not _is_word_char(text[e])):
                hits.append((k, -len(form), form))
            k = text.find(form, k + 1)
    out, pos = [], 0
    for k, neg, form in sorted(hits):
        if k >= pos:
            out.append((k, k - neg, form))
            pos = k - neg
    return out


def _is_word_char(ch: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def short_forms(ctx: Context, names: list[Cand]) -> None:
    """A lone word the model calls a person that is a word of a longer organisation name of the article and of
    no person's name (`Norwell` after `Norwell Systems`, `Wetzlar` after `HSG Wetzlar`) is that organisation; so
    is an unknown town named like a club of a match report, unless a place preposition or article is before it
    (`in Wolfsried`)."""
    orgs = {w for c in names if c.type == "ORG" and c.kind == "name" and " " in c.text
            and not any(w in ctx.lex.first_names for w in c.text.split()) for w in c.text.split()}
    people = {w for c in names if c.type == "PER" and " " in c.text for w in c.text.split()}
    match = _SCORE.search(ctx.text) is not None  # a match report: towns named like its clubs stand for them
    clubs = {w for c in names if match and c.type == "ORG" and " " in c.text and
             (c.method == "rule:club" or _ACRONYM.fullmatch(c.text.split()[0])) for w in c.text.split()}
    for c in names:
        if c.kb or " " in c.text or not c.method.startswith("crf"):
            continue
        word = c.text[:-1] if c.text.endswith("s") and c.text[:-1] in orgs else c.text
        if c.type == "PER" and word in orgs and word not in people and word not in ctx.lex.first_names and \
                not _person_cue(ctx, c.token):
            c.type = "ORG"  # the method stays `crf`: resolution joins such short forms to their long name
        elif c.type == "LOC" and word in clubs and ctx.word(c.token - 1).lower() not in _PLACE_PREPS and \
                ctx.tag(c.token - 1) != "ART" and ctx.word(c.token + 1) != "(":  # not `Wolfsried (dpa)`
            c.type = "ORG"  # `Für Wolfsried bleibt die Relegation` after `SV Wolfsried`: the town stands for its club


def club_towns(ctx: Context, names: list[Cand]) -> list[Cand]:
    """In a match report, the town of a club of the article standing alone for it (`Heidkrug ging in Führung`
    after `TuS Heidkrug`, `Heidkrugs Trainer`, `Osterholz-Torwart`): ORG names the model missed (method
    `rule:club-town`); not after a place preposition or an article (`beim TuS`, `in Heidkrug`)."""
    if _SCORE.search(ctx.text) is None:
        return []
    towns = {c.text.split()[-1] for c in names if c.type == "ORG" and c.kind == "name" and " " in c.text
             and (c.method == "rule:club" or _ACRONYM.fullmatch(c.text.split()[0]))}
    towns = {t for t in towns if len(t) > 2 and t[:1].isupper() and not _ACRONYM.fullmatch(t)
             and t not in ctx.lex.first_names}
    if not towns:
        return []
    out = []
    for s, e, form, i in _unclaimed_words(ctx, names, towns):
        if ctx.word(i - 1).lower() in _PLACE_PREPS or ctx.tag(i - 1) in ("ART", "APPR", "APPRART") \
                or ctx.word(i + 1) == "(":
            continue
        out.append(Cand(s, e, form, "name", "ORG", None, "rule:club-town", i))
    return out


def _org_shaped(ctx: Context, c: Cand) -> bool:
    """A name of several words that opens with an acronym or holds an organisation head (`THW Kiel`, `Norwell
    Systems`): a role noun before it (`Rekordmeister`) does not make it a person."""
    words = c.text.split()
    return len(words) > 1 and (bool(_ACRONYM.fullmatch(words[0])) or any(ctx.lex.cue(w, "orghead") for w in words))


def _person_cue(ctx: Context, i: int) -> bool:
    """A title, role noun or first name right before token i or a speech verb next to it (`Trainer Haas`, `Frau
    Kersting`, `sagte Janssen`)."""
    prev = ctx.word(i - 1)
    return bool(ctx.lex.cue(prev, "title") or ctx.lex.role(prev) or prev in ctx.lex.first_names
                or ctx.lex.cue(prev, "speech") or ctx.lex.cue(ctx.word(i + 1), "speech"))


def gender_cues(ctx: Context, names: list[Cand]) -> None:
    """Gender of unknown people from their first name (also the first part of `Klaus-Dieter`) or the word
    before the name (`Rentnerin Gertrud Hainz`, `Herr Kühne`)."""
    for c in names:
        if c.type != "PER" or c.gender != "u":
            continue
        first = c.text.split()[0].split("-")[0] if " " in c.text else ""  # `Klaus-Dieter P.`: Klaus
        if ctx.lex.first_names.get(first, "u") in ("m", "f"):
            c.gender = ctx.lex.first_names[first]
            continue
        prev = ctx.word(c.token - 1)
        found = ctx.lex.role(prev)
        if prev in ("Frau",) or (found and found[1].gender == "f"):
            c.gender = "f"
        elif prev in ("Herr", "Herrn") or (found and found[1].gender == "m"):
            c.gender = "m"
        elif ctx.tag(c.token - 1) == "NN" and prev.endswith("in") and len(prev) > 5:
            c.gender = "f"


def _head_noun(ctx: Context, word: str) -> bool:
    """A common noun that introduces a name (`Plattform`, `Zeitung`, `Organisation`), also as a compound and in the
    genitive (`des Fachmagazins Kicker`)."""
    return ends_with_cue(ctx, word, "headnoun")


def _place_like(ctx: Context, i: int) -> bool:
    """A lone unknown name after `in/nach/aus`, or with a place-name ending and no person context."""
    w, prev = ctx.word(i), ctx.word(i - 1)
    if prev in ("in", "nach", "aus") and ctx.tag(i - 1) == "APPR":
        return True
    person = prev in ctx.lex.first_names or ctx.lex.role(prev) or ctx.lex.cue(prev, "title")
    return not person and _has_place_suffix(ctx, w)


def _has_place_suffix(ctx: Context, word: str) -> bool:
    low = word.lower()
    return any(low.endswith(s) and len(low) > len(s) + 2 for s in ctx.lex.cues["placesuffix"])


def fix_model_span(ctx: Context, i: int, j: int, typ: str) -> tuple[int, int, str, int, int] | None:
    """Clean a name span of the model: drop role nouns and month names, extend `al-…`, trim a final
    full stop, retype company names. Returns (first, last token, type, start, end) or None."""
    words = [ctx.word(k) for k in range(i, j + 1)]
    if ctx.lex.role(words[-1]) or (len(words) == 1 and words[0].rstrip(".") in ctx.lex.not_names):
        return None
    if words[0] in ctx.lex.not_names:
        return None
    while j > i and _head_noun(ctx, ctx.word(i)):  # `Social-Media-Plattform X`, `Nachrichtenagentur Reuters`
        i += 1
        words = words[1:]
    if typ == "ORG" and j - i >= 2 and _place_adjective(ctx, i) and ctx.lex.cue(words[-1], "orghead"):
        i, words = i + 1, words[1:]  # `die Schweinfurter Hallstein Maschinenwerke AG`: the town is no part
    if j - i >= 2 and _described_by(ctx, i) and ctx.word(i + 2)[:1].isupper():
        i, words = i + 1, words[1:]  # `die norwegische Reederei Fjordlinje`, `der Dresdner Lieferdienst Lieferlotte`
    cls = class_noun(ctx, words[0]) if j > i and ctx.word(i + 1)[:1].isupper() else None
    if cls is not None:  # `Zulieferer Schmiedetechnik Halver`: the class noun goes, its type stays
        i, words, typ = i + 1, words[1:], cls[0] or typ
    elif ctx.tag(i - 1) == "NN" and ctx.same_sentence(i - 1, i):
        cls = class_noun(ctx, ctx.word(i - 1))  # `der US-Autobauer Chrysler`, `der Betreiber Energoatom`
        typ = cls[0] or typ if cls else typ
    j = _trim_end(ctx, i, j, typ)
    words = words[: j - i + 1]
    first = words[0].split("-", 1)[0]
    if "-" in words[0] and len(words) == 1 and (first in ctx.kb.names or ctx.lex.role(words[0])):
        return None  # `Grünen-Fraktionschef`: the name part is the knowledge base's business
    while typ == "PER" and ctx.same_sentence(j, j + 1) and ctx.word(j + 1)[:3] in ("al-", "el-", "ad-"):
        j += 1
    if typ == "ORG" and re.fullmatch(r"1[89]\d\d|20\d\d", ctx.word(j + 1)) and _legal_form_at(ctx, j + 2) \
            and ctx.same_sentence(j, j + 2):
        j += 1  # `Heimatverein Eichstetten 1884 e.V.`
    while typ == "ORG" and ctx.same_sentence(j, j + 1) and _legal_form_at(ctx, j + 1):
        j += _legal_form_at(ctx, j + 1)  # `Hallstein Maschinenwerke AG`, `Förderverein Klangwerft e.V.`
    if typ == "ORG" and ctx.word(j + 1) == "&" and ctx.word(j + 2)[:1].isupper() and ctx.same_sentence(j, j + 2):
        j += 2  # `Hessler & Cie.`
    while typ == "ORG" and ctx.word(j) in _LEGAL_FORMS and j - i < 3 and i > 0 and _company_word(ctx, i - 1, j):
        i -= 1  # `die Hallstein Maschinenwerke AG`: the model missed the first word
    if typ == "PER" and re.fullmatch(r"[A-ZÄÖÜ]\.", ctx.word(j + 1)) and ctx.same_sentence(j, j + 1):
        j += 1  # `Elena K.`: a surname shortened to its initial
    if typ == "PER" and words[0] not in ctx.lex.first_names and \
            (any(ctx.lex.cue(w, "orghead") for w in words) or (j > i and _ACRONYM.fullmatch(words[0]))):
        typ = "ORG"  # `Norwell Systems`, `THW Kiel`, `ThSV Eisenach`: no person's name opens with an acronym
    if typ == "PER" and j == i and _place_like(ctx, i):
        typ = "LOC"  # `in Flandern`, `Wünsdorf`: a place, not a person
    start, end = ctx.tokens[i].start, ctx.tokens[j].end
    last = ctx.word(j)
    if typ == "ORG" and last + "." in _LEGAL_FORMS and ctx.text[end : end + 1] == ".":
        return i, j, typ, start, end + 1  # `Hessler & Cie.`: the tokenizer split the legal form's dot off
    keeps_dot = last in _LEGAL_FORMS or re.fullmatch(r"[A-ZÄÖÜ]\.", last)  # `Cie.`, `Elena K.`
    if ctx.text[end - 1] == "." and end - start > 1 and not keeps_dot and \
            (not ctx.same_sentence(j, j + 1) or (last[:-1].isalpha() and len(last) > 3)):
        end -= 1  # a full stop glued to the name (`General Faisal Osman.`)
    return i, j, typ, start, end


def _legal_form_at(ctx: Context, k: int) -> int:
    """Number of tokens of a legal form at token k (`AG`; `e.` `V.` as the tagger splits `e.V.`), else 0."""
    if ctx.word(k) in _LEGAL_FORMS:
        return 1
    return 2 if ctx.word(k) + ctx.word(k + 1) in _LEGAL_FORMS and ctx.same_sentence(k, k + 1) else 0


_TRAILING_TAGS = ("KON", "APPR", "APPRART", "ART", "KOKOM", "KOUS", "ADV", "PTKVZ", "VVFIN", "VAFIN", "VMFIN")


def _described_by(ctx: Context, i: int) -> bool:
    """Token i is an adjective before a class noun at token i + 1 (`norwegische Reederei`, `Hamburger
    Produktionsfirma`): a description of the name after them, as the class noun itself."""
    w = ctx.word(i)
    lower = w.islower() and ctx.tag(i) == "ADJA"
    place = w[:1].isupper() and w.endswith("er") and w.isalpha()
    return (lower or place) and class_noun(ctx, ctx.word(i + 1)) is not None


def _trim_end(ctx: Context, i: int, j: int, typ: str) -> int:
    """The last token of a model span without what follows the name: a function word (`Grünspan Verlag und`), a
    date word (`… Fußballverbands Mitte Juni`; not `Landesliga Mitte`) or, after an institution and its place, a
    common noun (`Amtsgericht Bielefeld Insolvenz`)."""
    last = j
    while j > i and _trailing(ctx, i, j, typ, j == last):
        j -= 1
    return j


def _trailing(ctx: Context, i: int, j: int, typ: str, final: bool) -> bool:
    """Token j of the model span i..j follows the name (`_trim_end`); `final`: j is the span's own last token."""
    w = ctx.word(j)
    if w.islower():
        return ctx.tag(j) in _TRAILING_TAGS
    if ctx.lex.cue(w, "compass"):
        return not final and w in ctx.lex.not_names
    if w in ctx.lex.not_names:
        return True
    return typ != "PER" and j == i + 2 and ctx.tag(j) == "NN" and ctx.tag(j - 1) == "NE" and _institution_noun(ctx, i)


_CLASS_TYPES = {"classorg": "ORG", "classloc": "LOC", "classmisc": "MISC", "classnoun": None}


def class_noun(ctx: Context, word: str) -> tuple[str | None] | None:
    """A noun that classifies the name after it (`Zulieferer`, `Weiler`, `Finanzdienstleisters`; cues.tsv): a
    1-tuple with the type it gives the name (None: no type), or None when `word` is no such noun."""
    for cls, typ in _CLASS_TYPES.items():
        exact, compound = _suffix_patterns(ctx.lex, cls)
        if exact.fullmatch(word) or compound.fullmatch(word.lower()):
            return (typ,)
    return None


_PATTERNS: dict[tuple[int, str], tuple[re.Pattern, re.Pattern]] = {}


def _suffix_patterns(lex: Lexicon, cls: str) -> tuple[re.Pattern, re.Pattern]:
    """For a cue class: a pattern of its words with a genitive ending, and one of compounds ending in its words of
    7 letters or more (lowercase), built once per word list."""
    key = (id(lex), cls)
    if key not in _PATTERNS:
        listed = sorted(lex.cues.get(cls, ()), key=len, reverse=True)
        words = [w for w in listed if not w.startswith("-")]
        long = [re.escape(w.lower().lstrip("-")) for w in listed if len(w) >= 7 or w.startswith("-")] or ["(?!)"]
        _PATTERNS[key] = (re.compile("(?:" + "|".join(map(re.escape, words or ["(?!)"])) + ")(?:e?s)?"),
                          re.compile(".+(?:" + "|".join(long) + ")(?:e?s)?"))
    return _PATTERNS[key]


def _place_adjective(ctx: Context, i: int) -> bool:
    """Token i is an indeclinable place adjective (`Schweinfurter`, `Tübinger`) inside a sentence: its place is
    known or named in the article."""
    w = ctx.word(i)
    if not w.endswith("er") or not w[:1].isupper() or _sentence_start(ctx, i):
        return False
    places = (w[:-2], w[:-2] + "en", w[:-3] + "el")  # Schweinfurt, Tübingen, Basel
    return any(p in ctx.kb.names or re.search(rf"\b{re.escape(p)}\b", ctx.text) for p in places)


def _company_word(ctx: Context, k: int, j: int) -> bool:
    """Token k can open a company name ending at token j (capitalised, no article, not opening the sentence,
    not a noun that introduces names: `die Firma Windpark Nord GmbH`)."""
    w = ctx.word(k)
    if w.endswith("er") and j - k >= 2 and ctx.tag(k - 1) == "ART":
        return False  # `die Schweinfurter Hallstein Maschinenwerke AG`: a place adjective before the name
    return w[:1].isupper() and ctx.same_sentence(k, j) and ctx.tag(k) not in ("ART", "APPRART") \
        and not (_sentence_start(ctx, k) and ctx.tag(k) != "NE") and not ctx.lex.org_role(w) \
        and not _head_noun(ctx, w) and class_noun(ctx, w) is None


def inhabitant_roles(ctx: Context, demonyms: list[Cand]) -> list[Cand]:
    """`der Niederländer`, `die Französin`, `dem Russen`: an inhabitant noun with a singular article may
    stand for a person of that country; such demonyms become role candidates (resolved or given back)."""
    out = []
    for c in demonyms:
        det = ctx.word(c.token - 1).lower()
        if not c.text[:1].isupper() or ctx.tokens[c.token].start != c.start or ctx.tag(c.token) != "NN":
            continue
        feminine = c.text.endswith("in")
        if (det in ("der", "dem", "des") and not feminine) or (det in ("die", "der") and feminine):
            c.kind, c.method, c.nation, c.type = "role", "rule:inhabitant-role", c.kb, "PER"
            c.gender = "f" if feminine else "m"
            out.append(c)
    return out


def legal_form_candidates(ctx: Context, taken: list[Cand]) -> list[Cand]:
    """`die Hallstein Maschinenwerke AG`: capitalised words before a legal form name a company."""
    out = []
    for i, t in enumerate(ctx.tokens):
        if t.text not in _LEGAL_FORMS or any(c.start <= t.start < c.end for c in taken):
            continue
        k = i
        while k - 1 >= 0 and i - k < 3 and ctx.same_sentence(k - 1, i) and ctx.word(k - 1)[:1].isupper():
            if ctx.tag(k - 1) in ("ART", "APPRART") or (_sentence_start(ctx, k - 1) and ctx.tag(k - 1) != "NE"):
                break
            k -= 1
        if k == i or any(c.start < t.end and ctx.tokens[k].start < c.end for c in taken):
            continue
        start = ctx.tokens[k].start
        out.append(Cand(start, t.end, ctx.text[start : t.end], "name", "ORG", None, "rule:legal-form", k))
    return out


def place_institutions(ctx: Context, names: list[Cand]) -> list[Cand]:
    """`Landgericht Hildesheim`, `Landkreis Celle`, `Flughafen München`: an institution noun and the place
    after it form one name (ORG or LOC) that replaces the bare place name."""
    out = []
    by_token = {c.token: c for c in names if c.kind == "name"}
    words = [t.text for t in ctx.tokens]
    for i, (w, nxt) in enumerate(pairwise(words)):
        if not (w[:1].isupper() and nxt[:1].isupper()):
            continue  # cheap test first: a capitalised noun before a capitalised word
        t = ctx.tokens[i]
        typ = "ORG" if _institution_noun(ctx, i) else "LOC" if ctx.lex.cue(t.text, "placeloc") else None
        if typ is None or not ctx.same_sentence(i, i + 1):
            continue
        place = by_token.get(i + 1)
        if place is None and (typ == "LOC" or ctx.lex.cue(t.text, "placeorg")):
            place = _bare_place(ctx, i + 1, names)
        if place is None or place.type != "LOC":
            continue
        generic = _generic(ctx, by_token.get(i))
        if i in by_token and not generic:
            continue
        if place.kb and ctx.kb.entries[place.kb].attrs.get("country") == place.kb:
            continue  # `Universität Deutschland` is no name; countries stay apart
        c = Cand(t.start, place.end, ctx.text[t.start : place.end], "name", typ, None, "rule:place-institution", i)
        out.append(c)
        if place in names:
            names.remove(place)
        if generic:  # `Staatsanwaltschaft Bochum`: the generic knowledge-base name joins the place
            names.remove(by_token[i])
    return out


def _institution_noun(ctx: Context, i: int) -> bool:
    """Token i is an institution noun that takes a place after it: listed (`Landgericht`) or a common noun ending in
    one or in an organisation head (`Regierungspräsidium`, `Handballverband`, `Wasserschutzpolizei`)."""
    w = ctx.word(i)
    if ctx.lex.cue(w, "placeorg"):
        return True
    return ctx.tag(i) == "NN" and w.isalpha() and w[:1].isupper() and not ctx.lex.role(w) and \
        (ends_with_cue(ctx, w, "placeorg") or ends_with_cue(ctx, w, "orgof"))


def _bare_place(ctx: Context, i: int, names: list[Cand]) -> Cand | None:
    """Token i as a place after a listed institution noun when nothing found it but the tagger reads it as a proper
    noun or does not know it (`Staatsanwaltschaft Passau`, `Sparkasse Westholstein`)."""
    t = ctx.tokens[i] if i < len(ctx.tokens) else None
    if t is None or not t.text.isalpha() or not t.text[:1].isupper() or t.text in ctx.lex.first_names or \
            ctx.lex.role(t.text):
        return None
    if t.pos != "NE" and (known_tag(t.text.lower()) != "oov" or t.text.endswith(_noun_suffixes(ctx))):
        return None  # `Polizei Zeugen`: a common word; an unknown word (`Sparkasse Westholstein`) is a place
    if any(c.start < t.end and t.start < c.end for c in names):
        return None
    if ctx.tag(i + 1) in ("NE", "NN") and ctx.word(i + 1)[:1].isupper() and ctx.same_sentence(i, i + 1):
        return None  # `Polizei Gerd Müller …`: more than one word follows
    return Cand(t.start, t.end, t.text, "name", "LOC", None, "rule:place-institution", i)


def _noun_suffixes(ctx: Context) -> tuple[str, ...]:
    return tuple(ctx.lex.cues.get("nounsuffix", ()))


def _claim(out: list[Cand], cand: Cand, covering: Callable[[Cand], bool] = lambda c: False) -> list[Cand]:
    """`out` with `cand` in place of the names inside it; unchanged when a name crosses `cand` or when a name
    that `covering` accepts already spans it (a rule's name never cuts through another name)."""
    for c in out:
        if c.start < cand.start < c.end or c.start < cand.end < c.end:
            return out
        if c.start <= cand.start and cand.end <= c.end and covering(c):
            return out
    return [c for c in out if not (cand.start <= c.start and c.end <= cand.end)] + [cand]


def work_titles(ctx: Context, names: list[Cand]) -> list[Cand]:
    """`der Roman „Die Salzstraße“`, `die Operation „Nachtfalter“`: a short quoted title after a work noun is
    one MISC name (inside the quotation marks); name candidates inside it give way."""
    out = list(names)
    for i in range(1, len(ctx.tokens) - 2):
        if ctx.word(i) not in ("„", "»", "\"") or not _work_noun(ctx, i - 1):
            continue
        j = next((j for j in range(i + 2, min(i + _MAX_TITLE + 2, len(ctx.tokens)))
                  if ctx.word(j) in ("“", "«", "\"")), None)
        if j is None or not ctx.word(i + 1)[:1].isupper() or not ctx.same_sentence(i, j):
            continue
        start, end = ctx.tokens[i + 1].start, ctx.tokens[j - 1].end
        out = _claim(out, Cand(start, end, ctx.text[start:end], "name", "MISC", None, "rule:work-title", i + 1))
    return sorted(out, key=lambda c: c.start)


_OF_PREPS = ("für", "der", "des", "vom")
_ORG_RULES = ("rule:club", "rule:described-name", "rule:legal-form", "rule:place-institution")


def described_names(ctx: Context, names: list[Cand]) -> list[Cand]:
    """Names made of a head noun and a phrase: `Institut für Weltwirtschaft`, `Verband der Automobilindustrie`,
    `Hauptverband des Deutschen Einzelhandels` (ORG); `Oberschule am Auenwald` (ORG), `Stadion am Haselgrund`
    (LOC). Name candidates inside the span give way; a knowledge-base name crossing it blocks it."""
    out = list(names)
    for i, t in enumerate(ctx.tokens):
        if not t.text[:1].isupper() or t.pos not in ("NN", "NE") or ctx.lex.cue(ctx.word(i - 1).lower(), "indefinite"):
            continue
        if ctx.tag(i - 1) not in ("ART", "APPRART", "APPR", "ADJA") or ctx.lex.cue(ctx.word(i - 1), "comparison"):
            continue  # `die Stadt gilt als Zentrum der Wälzlagerindustrie`: a description, no name
        found = _of_phrase(ctx, i) or _site_phrase(ctx, i)
        if found is None:
            continue
        j, typ = found
        k = i
        while ctx.tag(k - 1) == "ADJA" and ctx.word(k - 1)[:1].isupper() and not _sentence_start(ctx, k - 1):
            k -= 1  # `Internationale Komitee vom Roten Kreuz`, `Deutschen Schutzvereinigung für …`
        start, end = ctx.tokens[k].start, ctx.tokens[j].end
        cand = Cand(start, end, ctx.text[start:end], "name", typ, None, "rule:described-name", k)
        out = _claim(out, cand, covering=lambda c: True)  # any name already covering it wins
    return sorted(out, key=lambda c: c.start)


_ENDINGS: dict[tuple[int, str], re.Pattern] = {}  # per word list: its words, also as compound ends


_BRACKETED = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,6})\)")  # `(VKD)`, `(ZSB)`
_MAX_LONG = 9  # tokens of a long name before its short form


def defined_names(ctx: Context, names: list[Cand]) -> list[Cand]:
    """A name introduced with its short form in brackets (`Verband der Kühlhausbetreiber in Deutschland (VKD)`,
    `Zentrum für Schulentwicklung Bremen-Nord (ZSB)`): the words whose initials spell the short form are one name
    (ORG unless a name of that span has a type; method `rule:short-form`); names inside give way."""
    out = list(names)
    for m in _BRACKETED.finditer(ctx.text):
        i, short = token_at(ctx, m.start(1)), m.group(1)
        if i is None or i < 2 or ctx.word(i) != short or sum(ch.isupper() for ch in short) < 2:
            continue
        k = _long_form(ctx, i - 2, short.lower())
        if k is None:
            continue
        start, end = ctx.tokens[k].start, ctx.tokens[i - 2].end
        same = next((c for c in out if (c.start, c.end) == (start, end)), None)
        if same is not None or any(c.kb and c.start < end and start < c.end for c in out):
            continue  # already found, or a knowledge-base name (`Christlich Demokratische Union (CDU)`)
        out = _claim(out, Cand(start, end, ctx.text[start:end], "name", "ORG", None, "rule:short-form", k))
    return sorted(out, key=lambda c: c.start)


def _long_form(ctx: Context, j: int, short: str) -> int | None:
    """First token of the shortest phrase ending at token j whose word initials (also of compound parts after a
    hyphen or a capital) spell `short` in order, opening with a capitalised word of its first letter."""
    for k in range(j, max(-1, j - _MAX_LONG), -1):
        if not ctx.same_sentence(k, j) or ctx.tag(k) in ("$.", "$,", "VVFIN", "VAFIN", "VMFIN"):
            return None
        w = ctx.word(k)
        if w[:1].isupper() and w[0].lower() == short[0] and ctx.tag(k) not in ("ART", "APPRART") and \
                _spells(short, [ctx.word(m) for m in range(k, j + 1)]):
            return k
    return None


def _spells(short: str, words: list[str]) -> bool:
    """The letters of `short` appear in order among the initials of `words` (and of their capitalised or
    hyphenated parts), the first letter on the first word and the last one on the last word."""
    initials = [[w[0].lower(), *(m.group(0).lower() for m in re.finditer(r"(?<=-)\w|(?<=[a-zäöüß])[A-ZÄÖÜ]", w))]
                for w in words if w[:1].isalpha()]
    if len(initials) < 2:
        return False
    pos = 0
    for n, letters in enumerate(initials):
        for ch in letters:
            if pos < len(short) and ch == short[pos]:
                pos += 1
        if n == 0 and pos == 0:
            return False
    return pos == len(short) and short[-1] in initials[-1]


def ends_with_cue(ctx: Context, word: str, cls: str) -> bool:
    """`word` (genitive -s/-es removed) is a word of class `cls` or a compound ending in one (`Bundesanstalt`)."""
    key = (id(ctx.lex), cls)
    if key not in _ENDINGS:
        words = sorted((w.lower() for w in ctx.lex.cues.get(cls, ())), key=len, reverse=True) or ["(?!)"]
        _ENDINGS[key] = re.compile(".*?(?:" + "|".join(map(re.escape, words)) + ")(?:e?s)?")
    return _ENDINGS[key].fullmatch(word.lower()) is not None


def _of_phrase(ctx: Context, i: int) -> tuple[int, str] | None:
    """`Institut für Weltwirtschaft (Halle)`: (last token, ORG) when an organisation head takes a phrase."""
    prep = ctx.word(i + 1)
    if prep not in _OF_PREPS or not ends_with_cue(ctx, ctx.word(i), "orgof") or not ctx.same_sentence(i, i + 1):
        return None
    j = _noun_group(ctx, i + 2, article=prep == "für")
    if j is None:
        return None
    head = ctx.word(j)
    if prep != "für" and not any(ctx.word(k)[:1].isupper() for k in range(i + 2, j)) and \
            not (head.endswith(("en", "er", "ungen", "e")) and ctx.tag(j) == "NN"):
        return None  # `das Amt des Bürgermeisters`: a genitive complement of a name is mostly plural or named
    if ctx.word(j + 1) == "und":
        j = _noun_group(ctx, j + 2, article=False) or j  # `Institut für Stadtklima und Umwelt`
    if ctx.tag(j + 1) == "NE" and ctx.same_sentence(j, j + 1):
        j += 1  # `Institut für Wirtschaftsforschung Halle`
    return j, "ORG"


def _noun_group(ctx: Context, k: int, article: bool) -> int | None:
    """Last token of `(article) (adjectives) Noun` from token k, when the noun is no role, month or name-free
    word; None otherwise."""
    if article and ctx.tag(k) == "ART":
        k += 1
    for _ in range(2):
        if ctx.tag(k) == "ADJA":
            k += 1
    w = ctx.word(k)
    if not w[:1].isupper() or ctx.tag(k) not in ("NN", "NE") or not ctx.same_sentence(k - 1, k):
        return None
    if w.lower() in ctx.lex.roles or w in ctx.lex.not_names or ctx.lex.org_role(w):
        return None  # `das Amt des Bürgermeisters` (a compound may end in a role noun: `Gewässerkunde`)
    return k


def _site_phrase(ctx: Context, i: int) -> tuple[int, str] | None:
    """`Oberschule am Auenwald` (ORG), `Stadion am Haselgrund` (LOC): a facility with `am` and a place name."""
    w = ctx.word(i + 2)
    if ctx.word(i + 1) != "am" or not w[:1].isupper() or not ctx.same_sentence(i, i + 2):
        return None
    typ = "ORG" if ends_with_cue(ctx, ctx.word(i), "siteorg") else \
        "LOC" if ends_with_cue(ctx, ctx.word(i), "siteloc") else None
    if typ is None:
        return None
    if ctx.tag(i + 2) not in ("NN", "NE") or ctx.tag(i + 3) in ("ART", "APPR") or \
            any(w.lower().endswith(x.lower()) for x in ctx.lex.not_names if len(x) > 3):
        return None  # `am Montag`, `am Dienstagabend`, `am Rand der Stadt`
    return i + 2, typ


def club_names(ctx: Context, names: list[Cand]) -> list[Cand]:
    """Sports clubs: a club prefix with the capitalised words and founding year after it (`SG Altmühltal 08`,
    `FC Blau-Weiß Ostrach`, `1. FC Hennef 05`) is one ORG name; the bare prefix (`die HSG`) is one when the
    article names a club with it. Unknown names inside give way; a knowledge-base organisation blocks it."""
    out, prefixes, i = list(names), set(), 0
    while i < len(ctx.tokens):
        j = _club_end(ctx, i) if ctx.lex.cue(ctx.word(i), "clubprefix") else None
        if j is None:
            i += 1
            continue
        k = i - 1 if re.fullmatch(r"\d\.", ctx.word(i - 1)) and ctx.word(i) == "FC" else i
        start, end = ctx.tokens[k].start, ctx.tokens[j].end
        inside = [c for c in out if start <= c.start and c.end <= end]
        if not any(c.start < end and start < c.end and c not in inside for c in out) and \
                not any(c.kb and c.type == "ORG" for c in inside):
            out = [c for c in out if c not in inside]
            out.append(Cand(start, end, ctx.text[start:end], "name", "ORG", None, "rule:club", k))
            prefixes.add(ctx.word(i))
        i = j + 1
    taken = {c.token for c in out}
    for i, t in enumerate(ctx.tokens):
        if t.text in prefixes and i not in taken and not ctx.word(i + 1)[:1].isupper() and \
                not (ctx.word(i - 1)[:1].isupper() and ctx.tag(i - 1) != "ART"):  # not `der Wuppertaler SV`
            out.append(Cand(t.start, t.end, t.text, "name", "ORG", None, "rule:club", i))
    return sorted(out, key=lambda c: c.start)


def _club_end(ctx: Context, i: int) -> int | None:
    """Last token of a club name opened by the prefix at token i, None if no capitalised name follows."""
    j = i
    while j - i < 3 and ctx.same_sentence(i, j + 1) and _club_word(ctx, j + 1):
        j += 1
    named = ctx.tag(i + 1) == "NE" or ctx.word(i).isupper() or ctx.lex.cue(ctx.word(i + 1), "clubprefix")
    if j == i or not named:
        return None  # `in Eintracht`, `im TV`: the prefix is a common word unless a name follows
    if re.fullmatch(r"\d{2}|1[89]\d\d|20\d\d", ctx.word(j + 1)) and ctx.same_sentence(j, j + 1):
        j += 1  # `SG Altmühltal 08`, `VfR Heidmoor 1921`
    return j


def _club_word(ctx: Context, k: int) -> bool:
    w = ctx.word(k)
    if ctx.lex.cue(w, "clubprefix"):
        return True  # `FC Blau-Weiß Ostrach`
    return w[:1].isupper() and ctx.tag(k) in ("NE", "NN", "ADJA") and not ctx.lex.role(w) \
        and w not in ctx.lex.not_names and not ctx.lex.org_role(w)


def _work_noun(ctx: Context, i: int) -> bool:
    """A noun naming a kind of work or operation, also as the end of a compound (`Dokumentarfilm`, `ZDF-Sendung`)."""
    word = ctx.word(i).split("-")[-1]
    if not word[:1].isupper():
        return False
    return any(ctx.lex.cue(word[cut:].capitalize(), "worknoun") for cut in range(0, max(1, len(word) - 2)))


def competitions_and_prizes(ctx: Context, names: list[Cand]) -> list[Cand]:
    """Leagues and cups (`Hessenliga`, `2. Bundesliga`, `DFB-Pokal`, `Regionalliga Südwest`) and named prizes
    (`Elbe-Literaturpreis`, `Lausitzer Literaturpreis`, `Gauß-Preis für Nachwuchsforschung`) are MISC names."""
    out = list(names)
    for i, t in enumerate(ctx.tokens):
        w = t.text
        if not w[:1].isupper() or not _competition(ctx, i):
            continue
        k, j = i, i
        if k >= 1 and re.fullmatch(r"\d{1,2}\.", ctx.word(k - 1)):
            k -= 1  # `2. Bundesliga`
        elif k >= 1 and _place_adjective_before(ctx, k):
            k -= 1  # `Lausitzer Literaturpreis`
        if ctx.lex.cue(ctx.word(j + 1), "compass"):
            j += 1  # `Regionalliga Südwest`
        elif ctx.word(j).lower().endswith("preis") and ctx.word(j + 1) == "für" and ctx.tag(j + 2) == "NN":
            j += 2  # `Gauß-Preis für Nachwuchsforschung`
        start, end = ctx.tokens[k].start, ctx.tokens[j].end
        cand = Cand(start, end, ctx.text[start:end], "name", "MISC", None, "rule:competition", k)
        out = _claim(out, cand, covering=lambda c: bool(c.kb))
    return sorted(out, key=lambda c: c.start)


def prizes_and_reports(ctx: Context, names: list[Cand]) -> list[Cand]:
    """A metal adjective with the noun after it (`den Goldenen Bären`) is a prize, a report or study compound with
    its year (`Schlafreport 2025`) a report: MISC names (method `rule:titled-misc`); names inside give way."""
    out = list(names)
    for i in _tokens_matching(ctx, "prizes"):
        t, nxt = ctx.tokens[i], ctx.word(i + 1)
        prize = ctx.lex.cue(t.text, "prizeadj") and nxt[:1].isupper() and ctx.tag(i + 1) in ("NN", "NE") \
            and not _sentence_start(ctx, i)
        report = not prize and len(nxt) == 4 and nxt[:2] in ("19", "20") and nxt.isdigit() and len(t.text) > 8 \
            and t.text[:1].isupper() and ends_with_cue(ctx, t.text, "reportnoun")
        if not (prize or report) or not ctx.same_sentence(i, i + 1):
            continue
        start, end = t.start, ctx.tokens[i + 1].end
        cand = Cand(start, end, ctx.text[start:end], "name", "MISC", None, "rule:titled-misc", i)
        out = _claim(out, cand, covering=lambda c: bool(c.kb))
    return sorted(out, key=lambda c: c.start)


def laws(ctx: Context, names: list[Cand]) -> list[Cand]:
    """A law named by a compound (`das Wehrdienstgesetz`, `des Gebäudeenergiegesetzes`, `das Bayerische
    Landesplanungsgesetz`, `das Bürgerliche Gesetzbuch`, `das Gemeindeneugliederungsgesetz 2021`) after a
    definite article is a MISC name (method `rule:law`); `eines Reisegesetzes` and `das Gesetz` are none."""
    out = list(names)
    for i in _tokens_matching(ctx, "laws"):
        k = i
        while ctx.tag(k - 1) == "ADJA" and ctx.word(k - 1)[:1].isupper() and not _sentence_start(ctx, k - 1):
            k -= 1  # `Bayerische`, `Thüringer`
        bare = tuple(ctx.lex.cues.get("barelaw", ()))
        if not ctx.lex.cue(ctx.word(k - 1).lower(), "definite") or ctx.word(i).lower() in bare or \
                (k == i and ctx.word(i).lower().startswith(bare)):
            continue
        j = i + 1 if re.fullmatch(r"(?:19|20)\d\d", ctx.word(i + 1)) and ctx.same_sentence(i, i + 1) else i
        start, end = ctx.tokens[k].start, ctx.tokens[j].end
        cand = Cand(start, end, ctx.text[start:end], "name", "MISC", None, "rule:law", k)
        out = _claim(out, cand, covering=lambda c: bool(c.kb))
    return sorted(out, key=lambda c: c.start)


def road_names(ctx: Context, names: list[Cand]) -> list[Cand]:
    """Road designations (`an der A 45`, `auf der B5`, `die Bundesstraße 312`) are LOC names (method `rule:road`),
    also when the model missed them; a longer name around them (`Bürgerinitiative B4 sicher`) keeps them inside."""
    out = list(names)
    for i in _tokens_matching(ctx, "roads"):
        t = ctx.tokens[i]
        j = _road_end(ctx, i)
        if j is None:
            continue
        start, end = t.start, ctx.tokens[j].end - ctx.word(j).endswith(".")  # `entlang der B 312.`
        out = _claim(out, Cand(start, end, ctx.text[start:end], "name", "LOC", None, "rule:road", i))
    return sorted(out, key=lambda c: c.start)


_SCANS: dict[tuple[int, str], re.Pattern] = {}


def _tokens_matching(ctx: Context, scan: str) -> list[int]:
    """Tokens where a prize or report (`prizes`), a law (`laws`) or a road designation (`roads`) may open, found by
    one regular expression over the text instead of a test per token (speed)."""
    key = (id(ctx.lex), scan)
    if key not in _SCANS:
        cues = ctx.lex.cues
        if scan == "prizes":
            ends = "|".join(map(re.escape, cues.get("reportnoun", ())))
            words = "|".join(map(re.escape, cues.get("prizeadj", ())))
            _SCANS[key] = re.compile(rf"\b(?:(?:{words}) [A-ZÄÖÜ]|[A-ZÄÖÜ][\w-]*(?:{ends})s? (?:19|20)\d\d\b)")
        elif scan == "laws":
            ends = sorted(cues.get("lawnoun", ()), key=len, reverse=True)
            low, cap = "|".join(map(re.escape, ends)), "|".join(re.escape(e.capitalize()) for e in ends)
            _SCANS[key] = re.compile(rf"\b(?:[A-ZÄÖÜ][\w-]*(?:{low})|{cap})(?:e?s)?\b")
        else:
            letters = "|".join(map(re.escape, cues.get("roadletter", ())))
            nouns = "|".join(map(re.escape, cues.get("roadnoun", ())))
            _SCANS[key] = re.compile(rf"\b(?:(?:{letters}) ?\d{{1,3}}\b|(?:{nouns}) \d)")
    found = (token_at(ctx, m.start()) for m in _SCANS[key].finditer(ctx.text))
    return [i for i in found if i is not None]


def _road_end(ctx: Context, i: int) -> int | None:
    """Last token of a road designation opening at token i, None if there is none."""
    w, prev = ctx.word(i), ctx.word(i - 1)
    introduced = ctx.tag(i - 1) in ("ART", "APPR", "APPRART") or ends_with_cue(ctx, prev, "roadnoun") or \
        prev.lower().endswith("autobahn")
    glued = re.fullmatch(r"([A-Z][a-z]?)(\d{1,3})", w)
    if glued and ctx.lex.cue(glued.group(1), "roadletter") and introduced:
        return i  # `A3`
    number = ctx.same_sentence(i, i + 1) and (re.fullmatch(r"\d{1,3}", ctx.word(i + 1)) or (
        re.fullmatch(r"\d{1,3}\.", ctx.word(i + 1)) and ctx.tag(i + 2) not in ("NN", "NE", "ADJA")))  # `B 312. Das`
    if number and (ctx.lex.cue(w, "roadnoun") or (ctx.lex.cue(w, "roadletter") and introduced)):
        return i + 1  # `B 312`, `Bundesstraße 312`
    return None


def _competition(ctx: Context, i: int) -> bool:
    """A compound ending in a competition word (`-liga`, `-pokal`), a prize with a named first part
    (`Elbe-Literaturpreis`) or a place adjective before it, or an event with a place adjective before it."""
    w = ctx.word(i)
    low = w.lower()
    if not low.endswith(_cue_ends(ctx, "competition", "preis")):  # `die Frankfurter Buchmesse`, `Nordlichter Filmtage`
        return len(low) > 6 and low.endswith(_cue_ends(ctx, "eventnoun")) and _place_adjective_before(ctx, i)
    if low in ctx.lex.cues.get("competition", ()) and re.fullmatch(r"\d{1,2}\.", ctx.word(i - 1)):
        return True  # `3. Liga`
    if any(low.endswith(x) and len(low) > len(x) + 2 for x in ctx.lex.cues.get("competition", ())):
        return True
    if len(low) <= 8:
        return False
    head, _, _ = w.partition("-")
    return ("-" in w and head[:1].isupper() and head.lower() not in ("strom", "gas", "öl", "benzin")) or \
        _place_adjective_before(ctx, i)


_ENDS: dict[tuple[int, str], tuple[str, ...]] = {}


def _cue_ends(ctx: Context, cls: str, *extra: str) -> tuple[str, ...]:
    """The words of cue class `cls` and `extra` as one tuple for `str.endswith`, built once per word list."""
    key = (id(ctx.lex), cls)
    if key not in _ENDS:
        _ENDS[key] = (*ctx.lex.cues.get(cls, ()), *extra)
    return _ENDS[key]


def _place_adjective_before(ctx: Context, i: int) -> bool:
    """`den Lausitzer Literaturpreis`: an indeclinable place adjective (-er) between article and noun."""
    prev = ctx.word(i - 1)
    if ctx.tag(i - 1) in ("ART", "PDAT", "PIAT", "PPOSAT") or prev.lower() in _DETERMINERS:
        return False  # `Der Publikumspreis` at the start of a sentence
    return prev.endswith("er") and prev[:1].isupper() and (ctx.tag(i - 1) != "NN" or ctx.tag(i - 2) == "ART")


def river_places(ctx: Context, names: list[Cand]) -> list[Cand]:
    """`Rothenbach am Main`, `Lindegg an der Raab`, `Kemnath am See`: an unknown place with the river or lake it
    lies on is one place name (not a known sea or region: `Fischland an der Ostsee`)."""
    by_token = {c.token: c for c in names if c.kind == "name"}
    out = list(names)
    for c in names:
        if c.kind != "name" or c.type != "LOC" or c.kb is not None:
            continue
        k = token_at(ctx, c.end - 1)
        if k is None:
            continue
        link = 1 if ctx.word(k + 1) == "am" else 2 if (ctx.word(k + 1), ctx.word(k + 2)) in _ON_RIVER else 0
        tail = by_token.get(k + link + 1)
        river = tail is not None and tail.type == "LOC" and tail.kb is None and " " not in tail.text
        lake = ctx.word(k + link + 1) == "See" and link == 1
        if not link or not ctx.same_sentence(k, k + link + 1) or not (river or lake):
            continue
        end = ctx.tokens[k + link + 1].end
        joined = Cand(c.start, end, ctx.text[c.start : end], "name", "LOC", None, "rule:river-place", c.token)
        out = [x for x in out if x is not c and x is not tail]
        out.append(joined)
    return sorted(out, key=lambda c: c.start)


def _generic(ctx: Context, c: Cand | None) -> bool:
    """A knowledge-base name that is a generic institution noun (`Polizei`, `Staatsanwaltschaft`)."""
    return c is not None and c.kb is not None and ctx.kb.entries[c.kb].attrs.get("generic") == "1"


def place_adjectives(ctx: Context, names: list[Cand], taken: list[Cand]) -> list[Cand]:
    """`Schweinfurter`, `Tübinger`, `Basler`: the indeclinable adjective of a place named in the article is a
    demonym of it."""
    forms: dict[str, Cand] = {}
    for c in names:
        if c.kind == "name" and c.type == "LOC" and " " not in c.text and c.text[:1].isupper():
            for f in _city_adjectives(c.text):
                forms.setdefault(f, c)
    out = []
    covered = {t for c in taken for t in range(c.start, c.end)}
    for i, t in enumerate(ctx.tokens):
        place = forms.get(t.text.rstrip("s")) if t.start not in covered else None
        if place is not None and t.start != place.start:
            c = Cand(t.start, t.end, t.text, "demonym", "LOC", place.kb, "rule:place-adjective", i)
            c.anchor = place
            out.append(c)
    return out


def _city_adjectives(name: str) -> list[str]:
    """Adjective forms of a place name by rule: Schweinfurt → Schweinfurter, Tübingen → Tübinger, Basel →
    Basler, Jena → Jenaer, Bremen → Bremer."""
    out = [name + "er"]
    if name.endswith("en"):
        out.append(name[:-2] + "er")
    if name.endswith("el"):
        out.append(name[:-2] + "ler")
    return out
