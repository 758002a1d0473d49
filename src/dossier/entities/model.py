"""The name model: a CRF (python-crfsuite) over token features that finds names the KB does not know.

Labels are BIO with the entity type (`B-PER`, `I-ORG`, `O`) on segmenter tokens. Features are those that
work for German, where every noun is capitalised: HanTa's part of speech (its `NE` tag), knowledge-base
hits, first-name lists, role nouns and speech verbs nearby, word shape, affixes, and whether the
lowercased word is a known common word. The model file lives in the language pack (`models/`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dossier.entities import detect
from dossier.entities.detect import Cand, Context
from dossier.lang import LexiconError, get_pack

MODEL_FILE = "models/entities-crf.bin"


@lru_cache(maxsize=200_000)
def _word_features(w: str) -> tuple[str, ...]:
    """Features of a word form alone (cached: news vocabulary repeats)."""
    low = w.lower()
    shape = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in w[:6])
    low_tag = detect.known_tag(low) if w[:1].isupper() else "-"
    return (
        f"w={low}", f"suf3={low[-3:]}", f"suf4={low[-4:]}", f"suf2={low[-2:]}", f"pre3={low[:3]}",
        f"shape={shape}", f"cap={w[:1].isupper()}", f"upper={w.isupper() and len(w) > 1}",
        f"hyph={'-' in w}", f"lowtag={low_tag}", f"len={min(len(w), 12) // 3}",
    )


def _kb_labels(ctx: Context, hits: list[Cand]) -> list[str]:
    labels = ["-"] * len(ctx.tokens)
    index = {t.start: i for i, t in enumerate(ctx.tokens)}
    for h in hits:
        i = index.get(h.start)
        if i is None:
            labels[h.token] = f"part-{h.kind}"
            continue
        kind = "sur" if h.surname else h.kind
        first = True
        while i < len(ctx.tokens) and ctx.tokens[i].end <= h.end:
            labels[i] = f"{'B' if first else 'I'}-{kind}-{h.type}"
            first, i = False, i + 1
    return labels


_CUE_CLASSES = ("orghead", "medium", "locprep", "title", "particle", "lochead")
_HEAD_CLASSES = ("orgof", "siteorg", "siteloc")
_NEIGHBOUR_CUES = ("orghead", "medium", "locprep", "title", *_HEAD_CLASSES, "cls-ORG", "cls-LOC", "cls-MISC")


def _head_classes(ctx: Context, w: str) -> tuple[str, ...]:
    """Head-noun classes of a capitalised word, also as a compound end (`Bundesanstalt`: orgof), and the type a
    class noun gives the name after it (`Autobauer`: cls-ORG)."""
    if not w[:1].isupper() or not w.isalpha():
        return ()
    found = tuple(c for c in _HEAD_CLASSES if detect.ends_with_cue(ctx, w, c))
    cls = detect.class_noun(ctx, w)
    place = _place_compound(ctx, w)
    return found + ((f"cls-{cls[0]}",) if cls and cls[0] else ()) + ((place,) if place else ())


_PLACE_HEADS: dict[int, re.Pattern] = {}


def _place_compound(ctx: Context, w: str) -> str | None:
    """`Lauterbrücke`, `Weddellmeer`, `Nordheidehalle`: a compound ending in a place head of four letters or more
    (`lochead`, `siteloc`), with whether its first part is a known common word (`Eissporthalle`) or not."""
    lex = ctx.lex
    pattern = _PLACE_HEADS.get(id(lex))
    if pattern is None:
        heads = sorted({h.lower() for c in ("lochead", "siteloc") for h in lex.cues.get(c, ()) if len(h) >= 4},
                       key=len, reverse=True)
        pattern = _PLACE_HEADS[id(lex)] = re.compile("(.{3,}?)-?(?:" + "|".join(map(re.escape, heads)) + ")(?:e?s)?")
    m = pattern.fullmatch(w.lower())
    return f"placecmp={detect.known_tag(m.group(1))}" if m else None


@dataclass(frozen=True)
class _Word:
    """What the model needs to know about a word form, computed once per form."""

    own: tuple[str, ...]  # features of the word itself
    low: str
    role: bool
    first: bool
    cap: bool
    cues: tuple[str, ...]
    speech: bool


_WORDS: dict[str, _Word] = {}
_CACHE_LIMIT = 400_000  # entries; the caches are cleared when they grow beyond it (long runs)


def _word(w: str, ctx: Context) -> _Word:
    found = _WORDS.get(w)
    if found is None:
        if len(_WORDS) > _CACHE_LIMIT:
            _WORDS.clear()
            _NEIGHBOURS.clear()  # its keys hold ids of the cleared word objects
        lex = ctx.lex
        cues = tuple(c for c in _CUE_CLASSES if lex.cue(w, c)) + _head_classes(ctx, w)
        role = bool(lex.role(w))
        own = (*_word_features(w), f"first={lex.first_names.get(w, '-')}", f"role={role}",
               *(f"cue={c}" for c in cues))
        found = _WORDS[w] = _Word(own, w.lower(), role, w in lex.first_names, w[:1].isupper(),
                                  tuple(c for c in cues if c in _NEIGHBOUR_CUES), lex.cue(w, "speech"))
    return found


_NEIGHBOURS: dict[tuple, tuple[tuple[str, ...], ...]] = {}
_OFFSETS = (-2, -1, 1, 2)  # the neighbours a token sees


def _neighbour(w: _Word, pos: str | None, kb: str) -> tuple[tuple[str, ...], ...]:
    """Features a token contributes to the token at each offset of `_OFFSETS` from it (cached: combinations
    repeat), so each token is looked up once, not once per neighbour."""
    key = (id(w), pos, kb)  # word objects live in _WORDS for the whole process
    found = _NEIGHBOURS.get(key)
    if found is None:
        if len(_NEIGHBOURS) > _CACHE_LIMIT:
            _NEIGHBOURS.clear()
        by_offset = []
        for d in _OFFSETS:
            f = [f"{d}:pos={pos}", f"{d}:w={w.low}", f"{d}:kb={kb}"]
            if d in (-1, 1):
                f += [f"{d}:role={w.role}", f"{d}:first={w.first}", f"{d}:cap={w.cap}"]
                f += [f"{d}:cue={c}" for c in w.cues]
            by_offset.append(tuple(f))
        found = _NEIGHBOURS[key] = tuple(by_offset)
    return found


_BOUND = tuple(f"{d}:bound" for d in _OFFSETS)  # an offset outside the token's sentence
_QUOTED = ("q=False", "q=True")
_START = ("start=False", "start=True")


def token_features(ctx: Context, hits: list[Cand]) -> list[list[str]]:
    """One feature list per token of the article."""
    kb = _kb_labels(ctx, hits)
    toks = ctx.tokens
    n = len(toks)
    known, neighbours = _WORDS.get, _NEIGHBOURS.get
    words = [known(t.text) or _word(t.text, ctx) for t in toks]
    seen = [neighbours((id(w), t.pos, kb[j])) or _neighbour(w, t.pos, kb[j])
            for j, (w, t) in enumerate(zip(words, toks, strict=True))]
    sents = [t.sentence for t in toks]
    speech = [0]  # speech[k]: speech verbs among the first k tokens
    for w in words:
        speech.append(speech[-1] + w.speech)
    quoted = ctx.quoted
    feats = []
    last = -1  # the last token before i that is no opening quotation mark (what `_sentence_start` looks back to)
    for i, t in enumerate(toks):
        s = sents[i]
        f = [*words[i].own, f"pos={t.pos}", f"kb={kb[i]}", _QUOTED[quoted[i]], _START[last < 0 or sents[last] != s]]
        f.extend(seen[i - 2][0] if i >= 2 and sents[i - 2] == s else (_BOUND[0],))
        f.extend(seen[i - 1][1] if i >= 1 and sents[i - 1] == s else (_BOUND[1],))
        f.extend(seen[i + 1][2] if i + 1 < n and sents[i + 1] == s else (_BOUND[2],))
        f.extend(seen[i + 2][3] if i + 2 < n and sents[i + 2] == s else (_BOUND[3],))
        if speech[min(n, i + 4)] > speech[i + 1]:
            f.append("speech-after")
        if speech[i] > speech[max(0, i - 3)]:
            f.append("speech-before")
        feats.append(f)
        if t.text not in detect._OPEN_QUOTES:
            last = i
    return feats


@dataclass
class NameTagger:
    """Tags unknown names with the CRF; knowledge-base names stay as the automaton found them."""

    path: Path

    def __post_init__(self) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))

    def labels(self, ctx: Context, hits: list[Cand]) -> list[str]:
        """BIO label per token of the article, from the features of its tokens and knowledge-base hits."""
        return self._tagger.tag(token_features(ctx, hits))

    def __call__(self, ctx: Context, hits: list[Cand]) -> list[Cand]:
        """Name candidates the CRF finds beyond the knowledge-base hits (which it may also replace)."""
        spans = spans_from_labels(self.labels(ctx, hits))
        out = []
        for span in (_within_sentence(ctx, *sp) for sp in spans):
            fixed = detect.fix_model_span(ctx, *span)
            if fixed is None:
                continue
            i, _, typ, start, end = fixed
            overlap = [h for h in hits if h.start < end and start < h.end]
            if any((h.start, h.end) == (start, end) for h in overlap):
                continue  # exactly a knowledge-base name
            if any(not h.surname for h in overlap) and not _replaces(start, end, typ, overlap):
                continue
            for h in overlap:
                hits.remove(h)
            method = "crf" if typ == span[2] else f"crf+rule:{typ}"  # a rule corrected the model's type
            c = Cand(start, end, ctx.text[start:end], "name", typ, None, method, i)
            c.gender = ctx.lex.first_names.get(ctx.word(i), "u") if typ == "PER" else "u"
            out.append(c)
        return out


def _within_sentence(ctx: Context, i: int, j: int, typ: str) -> tuple[int, int, str]:
    """A span cut at the end of the sentence it starts in (the model may run over a heading: `Harvard` ⏎ `Ober…`)."""
    while j > i and not ctx.same_sentence(i, j):
        j -= 1
    return i, j, typ


def _replaces(start: int, end: int, typ: str, overlap: list[Cand]) -> bool:
    """An institution named after its place (`Polizeidirektion Leipzig`, `Landkreis Celle`) replaces the
    place name inside it; other knowledge-base names win over the model."""
    return typ != "PER" and all(
        start < h.start and h.end <= end and h.type == "LOC" and h.kind == "name" for h in overlap
    )


def spans_from_labels(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token, type) of each BIO span."""
    spans: list[tuple[int, int, str]] = []
    for k, lab in enumerate(labels):
        if lab == "O":
            continue
        bio, typ = lab.split("-", 1)
        if bio == "I" and spans and spans[-1][1] == k - 1 and spans[-1][2] == typ:
            spans[-1] = (spans[-1][0], k, typ)
        else:
            spans.append((k, k, typ))
    return spans


def load_tagger(lang: str) -> NameTagger | None:
    """The trained name tagger of a language pack, or None when no model file exists yet."""
    try:
        path = get_pack(lang).path(MODEL_FILE)
    except LexiconError:
        return None
    return NameTagger(path)
