"""Role nouns that open a heading line (`Gewerkschaft droht mit Streik`, `Richterin: „…“`).

Subheadings of news reports name the actor of the next paragraph by a bare noun, without the article the
role detector asks for; the noun refers to the entity of that kind the paragraph below names (see
`Resolver._heading_target`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dossier.entities.detect import Cand, Context

METHOD = "rule:heading-role"
_MAX_WORDS = 8  # a heading is a short line
_END = (".", ";")  # a line ending like a sentence is body text, not a heading
_NEWLINES = re.compile(r"\n+")


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
    for k in range(i + 1, min(i + _MAX_WORDS, len(ctx.tokens))):
        if "\n" in ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start]:
            return k - 1
    k = i + _MAX_WORDS
    if k >= len(ctx.tokens):
        return len(ctx.tokens) - 1
    return k - 1 if "\n" in ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start] else None
