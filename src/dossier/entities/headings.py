"""Role nouns that open a heading line (`Gewerkschaft droht mit Streik`, `Richterin: „…“`).

Subheadings of news reports name the actor of the next paragraph by a bare noun, without the article the
role detector asks for; the noun refers to the entity of that kind the paragraph below names (see
`Resolver._heading_target`).
"""

from __future__ import annotations

from dossier.entities.detect import Cand, Context

METHOD = "rule:heading-role"
_MAX_WORDS = 8  # a heading is a short line
_END = (".", ";")  # a line ending like a sentence is body text, not a heading


def heading_candidates(ctx: Context, taken: set[int]) -> list[Cand]:
    """Role and organisation nouns as the first word of a short line without a final full stop (tokens in
    `taken` are already names or references)."""
    out = []
    for i, t in enumerate(ctx.tokens):
        if i in taken or not t.text[:1].isupper() or not _line_start(ctx, i):
            continue
        line = _line(ctx, i)
        if len(line) > _MAX_WORDS or ctx.word(line[-1]) in _END or ctx.word(i + 1) == "-":
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


def _line_start(ctx: Context, i: int) -> bool:
    return i == 0 or "\n" in ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start]


def _line(ctx: Context, i: int) -> list[int]:
    """Token indices of the line that starts at token i."""
    out = [i]
    k = i + 1
    while k < len(ctx.tokens) and "\n" not in ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start]:
        out.append(k)
        k += 1
    return out
