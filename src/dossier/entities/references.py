"""Reference candidates the role detector leaves out.

* Role nouns that open a heading line (`Gewerkschaft droht mit Streik`, `Richterin: „…“`): subheadings of
  news reports name the actor of the next paragraph by a bare noun, without the article the role detector
  asks for; the noun refers to the entity of that kind the paragraph below names (`Resolver._heading_target`).
* Organisation nouns the tagger reads as names because towns carry them too (`das Bad`, `die Halle`): after
  a definite article they are the common noun (`Bad Kissingen`, `Halle` alone stay names).
* Role nouns after a possessive the tagger did not read as one (`sein Verteidiger`: `sein` as the verb; `Ihr
  Mandant` opening a sentence) or after a place adjective (`der Eisenacher Coach`).
* Singular role nouns after an indefinite article (`ein Anwohner`, `eine 86-Jährige aus Wardenburg`): a person the
  article introduces (docs/annotation.md 5), resolved as a new person (`Resolver`), not one named before.
* Compounds ending in an organisation noun (`der Chiphersteller`, `das Forschungsministerium`): they refer back
  like the noun itself (`Hersteller`, `Ministerium`).
* Capitalised pronouns after a colon (`Jetzt muss man sagen: Er hat …`, `Hagedorn: Er hat zwei Ölkrisen erlebt`):
  a new clause starts there, so `Er` is the pronoun, not a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from dossier.entities.detect import Cand, Context, personal_pronoun, token_at
from dossier.entities.lexicon import RoleForm, listed, listed_rows

METHOD = "rule:heading-role"
_MAX_WORDS = 8  # a heading is a short line
_END = (".", ";")  # a line ending like a sentence is body text, not a heading
_NEWLINES = re.compile(r"\n+")
_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")  # `Eisenacher`, `Borgfelder`: indeclinable
INTRODUCED = "rule:indefinite-role"
_OPEN_QUOTES = ("„", "»", "\"", "‚", "›")
_COLON = re.compile(":")
_MIN_HEAD = 5  # letters of an organisation noun ending a compound (`Land`, `Bad`, `Rat` end too many words)
_MIN_PREFIX = 3
_COMPOUND_TYPES = ("ORG", "LOC")  # `Publikumspreis`, `Spielfilm` name another work or prize, not the one before


@cache
def _articles(lang: str) -> frozenset[str]:
    """Definite articles and contractions that open a noun phrase (`der`, `zur`; ref_articles.txt)."""
    return frozenset(listed("ref_articles.txt", lang))


@cache
def _possessives(lang: str) -> frozenset[str]:
    """Possessive determiners in all forms (`sein`, `ihrem`; ref_possessives.txt)."""
    return frozenset(listed("ref_possessives.txt", lang))


@cache
def _indefinite(lang: str) -> dict[str, str]:
    """Singular indefinite articles → the gender of a noun after them (`eine` → f; ref_indefinite.tsv)."""
    return {form: gender for form, gender in listed_rows("ref_indefinite.tsv", lang)}


@cache
def _determiners(lang: str) -> frozenset[str]:
    """Every word that opens a noun phrase for the reference candidates."""
    return _articles(lang) | _possessives(lang) | set(_indefinite(lang))


def candidates(ctx: Context, names: list[Cand], refs: list[Cand]) -> list[Cand]:
    """Heading nouns and name-tagged organisation nouns on tokens no name or reference candidate covers."""
    covered = set()
    for c in names + refs:
        end = token_at(ctx, c.end - 1)
        covered.update(range(c.token, (c.token if end is None else end) + 1))
    out = heading_candidates(ctx, covered) + name_tagged_nouns(ctx, covered)
    covered.update(c.token for c in out)
    phrases = _noun_phrases(ctx)
    return out + owned_roles(ctx, covered, phrases) + compound_org_nouns(ctx, covered, phrases) \
        + introduced_people(ctx, covered, phrases) + colon_pronouns(ctx, covered)


def colon_pronouns(ctx: Context, taken: set[int]) -> list[Cand]:
    """`…: Er hat …`, `sagte: „Sie …`: a capitalised personal pronoun opening the clause after a colon (not
    `Ihr` before a noun: a possessive)."""
    out = []
    for colon in (m.start() for m in _COLON.finditer(ctx.text)):
        k = bisect_left(ctx.starts, colon)
        if k >= len(ctx.tokens) or ctx.word(k) != ":":
            continue  # `2:1`, `10:30`: no colon token
        i = k + 1
        while i < len(ctx.tokens) and ctx.word(i) in _OPEN_QUOTES:
            i += 1
        if i >= len(ctx.tokens) or i in taken:
            continue
        word = ctx.tokens[i].text
        if word.lower() in ctx.lex.pronouns and word[:1].isupper() and (c := personal_pronoun(ctx, i)) is not None:
            out.append(c)
    return out


def introduced_people(ctx: Context, taken: set[int], phrases: list[tuple[str, int, int]]) -> list[Cand]:
    """`Ein Anwohner, der über dem Geschäft wohnt, sagte …`, `eine 86-Jährige aus Wardenburg`: a person role noun
    after an indefinite article (and adjectives), not before a name, not after `als` (`als ein Kenner`: a
    description), not in a quotation, and not a member speaking for an organisation (`ein Sprecher`, `ein Beamter
    der Polizei`: the organisation is the source)."""
    out = []
    for det, k, i in phrases:
        t = ctx.tokens[i]
        found = None if det not in _indefinite(ctx.lex.lang) or i in taken or ctx.quoted[i] else ctx.lex.role(t.text)
        if found is None:
            continue
        gender = _introduced_gender(found[1].gender, _indefinite(ctx.lex.lang)[det])
        member = found[1].base in listed("ref_member_roles.txt", ctx.lex.lang) \
            or ctx.word(i + 1) in listed("ref_member_links.txt", ctx.lex.lang)
        if gender is None or ctx.lex.cue(ctx.word(k - 2).lower(), "comparison") or i + 1 in taken \
                or ctx.tag(i + 1) == "NE" or member:
            continue  # `ein Sprecher des Pentagons`, `ein Beamter der Polizei`: the organisation speaks (speech layer)
        out.append(_person_role(ctx, k, i, INTRODUCED, found[1], gender))
    return out


def owned_roles(ctx: Context, taken: set[int], phrases: list[tuple[str, int, int]]) -> list[Cand]:
    """Person role nouns after a possessive (`sein Verteidiger`, `Ihr Mandant`, `seiner Mannschaft` is an
    organisation noun) or a place adjective and an article (`der Eisenacher Coach`), over lowercase adjectives."""
    out = []
    possessives, articles = _possessives(ctx.lex.lang), _articles(ctx.lex.lang)
    owned = [(k, i) for det, k, i in phrases if det in possessives and k - 1 not in taken]
    owned += [(k, k + 1) for det, k, i in phrases
              if det in articles and i == k and k not in taken and _PLACE_ADJECTIVE.fullmatch(ctx.word(k))]
    for k, i in owned:
        t = ctx.tokens[i] if i < len(ctx.tokens) else None
        found = ctx.lex.role(t.text) if t is not None and i not in taken and t.text[:1].isupper() else None
        gender = _owned_gender(found[1].gender, ctx.word(k - 1).lower()) if found else None
        if t is None or gender is None or ctx.word(i + 1) in ("„", "»") or i + 1 in taken:
            continue
        out.append(_person_role(ctx, k, i, "rule:role-noun", found[1], gender))
    return out


def _person_role(ctx: Context, k: int, i: int, method: str, role: RoleForm, gender: str) -> Cand:
    """A person role mention from token k (the first after its determiner) to the role noun at token i."""
    t = ctx.tokens[i]
    start = ctx.tokens[k].start
    c = Cand(start, t.end, ctx.text[start : t.end], "role", "PER", None, method, k, t.sentence)
    c.role, c.gender = role, gender
    return c


def _noun_phrases(ctx: Context) -> list[tuple[str, int, int]]:
    """(lowercase determiner, first token after it, the word after its lowercase adjectives) for every article,
    indefinite article and possessive (`seinem früheren Chef` → `seinem`, früheren, Chef)."""
    out = []
    for j, t in enumerate(ctx.tokens):
        det = t.text.lower()
        if det in _determiners(ctx.lex.lang):
            i = j + 1
            while ctx.tag(i) == "ADJA" and ctx.word(i)[:1].islower():
                i += 1
            if i < len(ctx.tokens):
                out.append((det, j + 1, i))
    return out


def _introduced_gender(form_gender: str, article_gender: str | None) -> str | None:
    """Gender of a role noun after an indefinite article: the article's where the noun's own form agrees or has
    none (`eine 86-Jährige`, `eine Abgeordnete`); None where they disagree (`einer Lehrer`: a plural genitive)."""
    if article_gender is None or form_gender not in ("u", article_gender):
        return None
    return article_gender


def _owned_gender(form_gender: str, det: str) -> str | None:
    """Gender of a singular role noun after a determiner (`sein Anwalt` m, `ihre Anwältin` f); None for a
    masculine noun that must be plural there (`seine Spieler`, `ihrer Kollegen`, `die Eisenacher Trainer`)."""
    if form_gender == "f":
        return "f"
    plural = det == "die" or (det.endswith(("e", "er")) and det != "der")
    return None if plural else "m"


def compound_org_nouns(ctx: Context, taken: set[int], phrases: list[tuple[str, int, int]]) -> list[Cand]:
    """`der Chiphersteller`, `das Forschungsministerium`, `die Kreisstadt`: a compound ending in an organisation
    noun, after a definite article or possessive, refers back like that noun (not `das Ausland`: nouns of fewer
    than five letters and the country noun `Land` make no compounds here)."""
    out = []
    indefinite = _indefinite(ctx.lex.lang)
    for det, k, i in phrases:
        t = ctx.tokens[i]
        if det in indefinite or i in taken or t.pos != "NN" or "-" in t.text or ctx.lex.org_role(t.text) is not None:
            continue
        target = _org_head(ctx, t.text)
        if target is None or i + 1 in taken or ctx.tag(i + 1) == "NE" or ctx.word(i + 1) in ("„", "»"):
            continue
        start = ctx.tokens[k].start
        c = Cand(start, t.end, ctx.text[start : t.end], "role", None if target[1] == "*" else target[1], None,
                 "rule:org-compound", k, t.sentence)
        c.target = target
        out.append(c)
    return out


def _org_head(ctx: Context, word: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The organisation noun a compound ends in (`Chiphersteller` → `Hersteller`), the longest one."""
    for cut in range(_MIN_PREFIX, len(word) - _MIN_HEAD + 1):
        head = word[cut].upper() + word[cut + 1 :]
        target = ctx.lex.org_role(head)
        if target is not None and target[0] == head:
            return target if target[1] in _COMPOUND_TYPES and not any(h.startswith("@") for h in target[2]) else None
    return None


def heading_candidates(ctx: Context, taken: set[int]) -> list[Cand]:
    """Role and organisation nouns as the first word of a short line without a final full stop (tokens in
    `taken` are already names or references)."""
    out = []
    for i in _line_starts(ctx):
        t = ctx.tokens[i]
        if i in taken or not t.text[:1].isupper() or ctx.word(i + 1) == "-":
            continue
        last = _line_end(ctx, i)
        if last is None or ctx.word(last) in _END:
            continue
        role, target = ctx.lex.role(t.text), ctx.lex.org_role(t.text)
        if role is None and target is None:
            continue
        c = Cand(t.start, t.end, t.text, "role", "PER" if target is None else None, None, METHOD, i, t.sentence)
        if target is not None:
            c.target, c.type = target, None if target[1] == "*" else target[1]
        else:
            assert role is not None
            c.role, c.gender = role[1], role[1].gender if role[1].gender in ("m", "f") else "u"
        out.append(c)
    return out


def _line_starts(ctx: Context) -> list[int]:
    """Indices of the tokens that begin a line."""
    starts = [0] if ctx.tokens else []
    for found in _NEWLINES.finditer(ctx.text):
        k = bisect_left(ctx.starts, found.end())
        if k < len(ctx.tokens) and (not starts or k != starts[-1]):
            starts.append(k)
    return starts


def _line_end(ctx: Context, i: int) -> int | None:
    """Index of the last token of the line starting at token i, None when the line has more words than a heading
    (punctuation and quotation marks do not count: `Kapitän: „Plötzlich krachte es unter uns“`)."""
    k, words = i + 1, 1
    while words <= _MAX_WORDS:
        if k == len(ctx.tokens) or "\n" in ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start]:
            return k - 1  # the text or the line ends before token k
        words += ctx.word(k)[:1].isalnum()
        k += 1
    return None


def name_tagged_nouns(ctx: Context, taken: set[int]) -> list[Cand]:
    """Organisation nouns after a definite article (and adjectives) that the tagger took for names (`das Bad`,
    `in der Halle`), unless a name follows (`die Halle „Arena Nord“`)."""
    out = []
    for i, t in enumerate(ctx.tokens):
        if t.pos != "NE" or i in taken or not t.text[:1].isupper():
            continue
        target = ctx.lex.org_role(t.text)
        if target is None or i + 1 in taken or ctx.tag(i + 1) == "NE" or ctx.word(i + 1) in ("„", "»"):
            continue
        k = i
        while k > 0 and ctx.tag(k - 1) == "ADJA" and ctx.word(k - 1)[:1].islower():
            k -= 1
        if k == 0 or ctx.word(k - 1).lower() not in _articles(ctx.lex.lang):
            continue
        start = ctx.tokens[k].start
        c = Cand(start, t.end, ctx.text[start : t.end], "role", None if target[1] == "*" else target[1], None,
                 "rule:org-role", k, ctx.tokens[k].sentence)
        c.target = target
        out.append(c)
    return out
