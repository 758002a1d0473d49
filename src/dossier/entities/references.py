"""Reference candidates the role detector leaves out.

* Role nouns that open a heading line (`Gewerkschaft droht mit Streik`, `Richterin: „…“`): subheadings of
  news reports name the actor of the next paragraph by a bare noun, without the article the role detector
  asks for; the noun refers to the entity of that kind the paragraph below names (`Resolver._heading_target`).
* Organisation nouns the tagger reads as names because towns carry them too (`das Bad`, `die Halle`): after
  a definite article they are the common noun (`Bad Kissingen`, `Halle` alone stay names).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dossier.entities.detect import Cand, Context, token_at

METHOD = "rule:heading-role"
_ARTICLES = {"der", "die", "das", "des", "dem", "den", "im", "am", "zum", "zur", "vom", "beim", "ins"}
_MAX_WORDS = 8  # a heading is a short line
_END = (".", ";")  # a line ending like a sentence is body text, not a heading
_NEWLINES = re.compile(r"\n+")


def candidates(ctx: Context, names: list[Cand], refs: list[Cand]) -> list[Cand]:
    """Heading nouns and name-tagged organisation nouns on tokens no name or reference candidate covers."""
    covered = set()
    for c in names + refs:
        end = token_at(ctx, c.end - 1)
        covered.update(range(c.token, (c.token if end is None else end) + 1))
    return heading_candidates(ctx, covered) + name_tagged_nouns(ctx, covered)


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
    """Index of the last token of the line starting at token i, None when the line is longer than a heading."""
    for k in range(i + 1, i + _MAX_WORDS + 1):
        if k == len(ctx.tokens) or "\n" in ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start]:
            return k - 1  # the text or the line ends before token k
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
        if k == 0 or ctx.word(k - 1).lower() not in _ARTICLES:
            continue
        start = ctx.tokens[k].start
        c = Cand(start, t.end, ctx.text[start : t.end], "role", None if target[1] == "*" else target[1], None,
                 "rule:org-role", k, ctx.tokens[k].sentence)
        c.target = target
        out.append(c)
    return out
