"""The name model: a CRF (python-crfsuite) over token features that finds names the KB does not know.

Labels are BIO with the entity type (`B-PER`, `I-ORG`, `O`) on segmenter tokens. Features are those that
work for German, where every noun is capitalised: HanTa's part of speech (its `NE` tag), knowledge-base
hits, first-name lists, role nouns and speech verbs nearby, word shape, affixes, and whether the
lowercased word is a known common word. The model file lives in the language pack (`models/`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dossier.entities import detect
from dossier.entities.detect import Cand, Context
from dossier.lang import LexiconError, get_pack
from dossier.segment import analyse_word

MODEL_FILE = "models/entities-crf.bin"
_WINDOW = 2


@lru_cache(maxsize=200_000)
def _word_features(w: str) -> tuple[str, ...]:
    """Features of a word form alone (cached: news vocabulary repeats)."""
    low = w.lower()
    shape = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in w[:6])
    low_tag = analyse_word(low)[0] if w[:1].isupper() else "-"
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


def token_features(ctx: Context, hits: list[Cand]) -> list[list[str]]:
    """One feature list per token of the article."""
    kb = _kb_labels(ctx, hits)
    lex = ctx.lex
    feats = []
    n = len(ctx.tokens)
    for i, t in enumerate(ctx.tokens):
        w = t.text
        f = list(_word_features(w))
        f += [f"pos={t.pos}", f"kb={kb[i]}", f"first={lex.first_names.get(w, '-')}", f"q={ctx.quoted[i]}"]
        f.append(f"start={detect._sentence_start(ctx, i)}")
        f.append(f"role={bool(lex.role(w))}")
        for cls in ("orghead", "medium", "locprep", "title", "particle", "lochead"):
            if lex.cue(w, cls):
                f.append(f"cue={cls}")
        for d in range(-_WINDOW, _WINDOW + 1):
            j = i + d
            if d == 0:
                continue
            if not (0 <= j < n) or ctx.tokens[j].sentence != t.sentence:
                f.append(f"{d}:bound")
                continue
            wj = ctx.tokens[j].text
            f += [f"{d}:pos={ctx.tokens[j].pos}", f"{d}:w={wj.lower()}", f"{d}:kb={kb[j]}"]
            if abs(d) == 1:
                f += [f"{d}:role={bool(lex.role(wj))}", f"{d}:first={wj in lex.first_names}",
                      f"{d}:cap={wj[:1].isupper()}"]
                for cls in ("orghead", "medium", "locprep", "title"):
                    if lex.cue(wj, cls):
                        f.append(f"{d}:cue={cls}")
        if any(lex.cue(ctx.word(j), "speech") for j in range(i + 1, min(n, i + 4))):
            f.append("speech-after")
        if any(lex.cue(ctx.word(j), "speech") for j in range(max(0, i - 3), i)):
            f.append("speech-before")
        feats.append(f)
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
        return self._tagger.tag(token_features(ctx, hits))

    def __call__(self, ctx: Context, hits: list[Cand]) -> list[Cand]:
        """Name candidates the CRF finds beyond the knowledge-base hits (which it may also replace)."""
        spans = spans_from_labels(self.labels(ctx, hits))
        out = []
        for span in spans:
            fixed = detect.fix_model_span(ctx, *span)
            if fixed is None:
                continue
            i, j, typ, start, end = fixed
            overlap = [h for h in hits if h.start < end and start < h.end]
            if any((h.start, h.end) == (start, end) for h in overlap):
                continue  # exactly a knowledge-base name
            if any(not h.surname for h in overlap) and not _replaces(ctx, start, end, typ, overlap):
                continue
            for h in overlap:
                hits.remove(h)
            c = Cand(start, end, ctx.text[start:end], "name", typ, None, "crf", i)
            c.gender = ctx.lex.first_names.get(ctx.word(i), "u") if typ == "PER" else "u"
            out.append(c)
        return out


def _replaces(ctx: Context, start: int, end: int, typ: str, overlap: list[Cand]) -> bool:
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
