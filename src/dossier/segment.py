"""Segmentation: paragraphs, sentences and tokens with offsets, part of speech and lemma.

SoMaJo splits German sentences correctly inside quotations; HanTa gives part of speech (STTS, with
its `NE` tag for names) and lemma. HanTa is slow per call, so analyses are cached per word form,
in memory and on disk (dossier.wordcache): news vocabulary repeats, and after a few hundred articles
nearly every form is a cache hit.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from importlib import metadata

from dossier.model import AnalysedDocument, Paragraph, Sentence, Token
from dossier.wordcache import PersistentCache, cache_dir

_PARA_SPLIT = re.compile(r"\n\s*\n")
_HANTA_MODEL = "morphmodel_ger.pgz"
_HANTA_TAG = re.compile(r"^([A-Z]+)\(([A-Z]+)\)$")  # "VV(FIN)" -> "VVFIN"


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(_HANTA_MODEL)


@lru_cache(maxsize=1)
def _tokenizer():
    from somajo import SoMaJo

    somajo = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True)
    _skip_emoji_pass_without_emoji(somajo)
    return somajo


def _skip_emoji_pass_without_emoji(somajo) -> None:
    """Run SoMaJo's emoji splitting only on tokens that contain an emoji character.

    The pass walks every grapheme of every token with an uncompiled regex and took half of SoMaJo's
    time on news text, which rarely has emoji; a token without any of the characters it looks for
    gets no boundaries from it, so skipping such tokens changes nothing.
    """
    import regex

    tokenizer = getattr(somajo, "_tokenizer", None)
    original = getattr(tokenizer, "_split_emojis", None)
    if original is None:  # another SoMaJo version: keep its behaviour
        return
    emoji_char = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")

    def split_emojis(node, token_class: str = "emoticon") -> None:
        if emoji_char.search(node.value.text):
            original(node, token_class)

    tokenizer._split_emojis = split_emojis


@lru_cache(maxsize=1)
def _analyses() -> PersistentCache:
    directory = cache_dir()
    version = f"HanTa {metadata.version('HanTa')} {_HANTA_MODEL}"
    return PersistentCache(directory / "hanta-analyses.json" if directory else None, version)


def _stts(tag: str) -> str:
    """HanTa writes `VV(FIN)`; STTS and the rest of dossier write `VVFIN`."""
    m = _HANTA_TAG.match(tag)
    return m.group(1) + m.group(2) if m else tag


def analyse_word(word: str) -> tuple[str, str]:
    """(STTS part of speech, lemma) of a word form, without context; cached per form, also on disk."""
    cache = _analyses()
    hit = cache.get(word)
    if hit is not None:
        return hit[0], hit[1]
    lemma, tag = _tagger().analyze(word)
    tag = _stts(tag)
    if tag == "NE" or lemma.casefold() == word.casefold():
        lemma = word if tag in ("NE", "NN", "NNA") else lemma  # HanTa re-cases names (USA -> Usa)
    cache.put(word, [tag, lemma])
    return tag, lemma


def known_forms() -> Container[str]:
    """The word forms HanTa's lexicon knows (its analysis cache of seen forms), for a cheap is-this-a-word test."""
    return _tagger().cache


_TAG_ONLY = "\t"  # cache-key prefix of tag-only entries; tokens never contain a tab


def pos_of(word: str) -> str:
    """Part-of-speech tag of a word form out of context.

    Without a cached full analysis this asks HanTa for the tag alone, which skips its lemma search
    (about 40 % of the cost) and gives the same tag as `analyse_word`, whose tag is that best tag.
    """
    cache = _analyses()
    hit = cache.get(word) or cache.get(_TAG_ONLY + word)
    if hit is not None:
        return hit[0]
    tag = _stts(_tagger().tag_word(word, cutoff=0)[0][0])
    cache.put(_TAG_ONLY + word, [tag])
    return tag


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs are separated by blank lines; surrounding whitespace is not part of them."""
    spans, pos = [], 0
    for m in [*_PARA_SPLIT.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((pos + lead, pos + len(chunk.rstrip())))
        if m:
            pos = m.end()
    return spans


class Segmenter:
    """Fills `paragraphs`, `sentences` and `tokens` of a document."""

    name = "segment"

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument:
        text = doc.text
        paras = paragraph_spans(text)
        doc.paragraphs = [Paragraph(start=s, end=e) for s, e in paras]
        sentences: list[Sentence] = []
        tokens: list[Token] = []
        tokenizer = _tokenizer()
        for p_index, (p_start, p_end) in enumerate(paras):
            for sent in tokenizer.tokenize_text([text[p_start:p_end]]):
                s_index = len(sentences)
                first, last = sent[0].character_offset[0], sent[-1].character_offset[1]
                sentences.append(Sentence(start=p_start + first, end=p_start + last, paragraph=p_index))
                tokens.extend(self._tokens(text, sent, p_start, s_index))
        doc.sentences = sentences
        doc.tokens = tokens
        return doc

    @staticmethod
    def _tokens(text: str, sent: list, offset: int, s_index: int) -> list[Token]:
        out = []
        for tok in sent:
            a, b = tok.character_offset
            tag, lemma = analyse_word(tok.text)
            out.append(
                Token.model_construct(
                    start=offset + a,
                    end=offset + b,
                    text=text[offset + a : offset + b],
                    pos=tag,
                    lemma=lemma,
                    sentence=s_index,
                )
            )
        return out


def make_stage(lang: str) -> Segmenter:
    """The segmentation stage (German tools; another language would bring its own tagger)."""
    return Segmenter()
