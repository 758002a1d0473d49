"""Cleaning: turn a scraped article into article text, reporting everything removed, marked or flagged.

Works line by line on the source: ad markers and boilerplate (teasers, navigation, newsletter, cookie,
share, photo-credit lines) are removed and reported with source offsets; short unpunctuated lines
between paragraphs are marked as headings; paragraphs that start in the middle of a sentence are
flagged as fragments. The patterns are data in the language pack (`data/clean/`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from dossier.article import Article
from dossier.lang import get_pack
from dossier.model import AnalysedDocument, Cleaning, Fragment, Heading, RemovedLine

_SENTENCE_END = tuple('.!?:;…"“«»)]')
_STRIP_MARKER = " \t-–—*•|:.·[]()"
_WORD = re.compile(r"\w+(?:[-']\w+)*")


@dataclass(frozen=True)
class CleaningConfig:
    """Thresholds of the line classifier, in one place."""

    heading_max_words: int = 10
    heading_max_chars: int = 90
    max_chars: int = 5_000_000


@dataclass
class _Line:
    text: str
    start: int  # source offset of the stripped line
    end: int


def _source_lines(source: str) -> list[_Line]:
    """Non-empty lines with their source offsets (leading/trailing whitespace excluded)."""
    lines = []
    for m in re.finditer(r"[^\n]+", source):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(stripped, m.start() + lead, m.start() + lead + len(stripped)))
    return lines


def normalise_source(text: str) -> str:
    """Unify line ends and Unicode composition; drop control characters and zero-width spaces."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub(r"[\u200b\u200c\u200d\ufeff\u00ad]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text).replace(
        "\u00a0", " "
    )


class Cleaner:
    """Line classifier driven by the language pack's cleaning lexicons."""

    name = "clean"

    def __init__(self, lang: str = "de", config: CleaningConfig | None = None):
        pack = get_pack(lang)
        self.lang = lang
        self.config = config or CleaningConfig()
        self.ad_markers = {line.casefold() for line in pack.lines("clean/ad_markers.txt")}
        self.boilerplate = [
            (reason, re.compile(rx, re.IGNORECASE)) for reason, rx in pack.table("clean/boilerplate.tsv")
        ]
        self.fragment_tags = set(pack.lines("clean/fragment_starts.txt"))
        self._tagger = None

    def removal_reason(self, line: str, title: str | None = None) -> str | None:
        """Why a whole line is not article text, or None if it may be."""
        if title and line.casefold() == title.strip().casefold():
            return "title"  # the headline repeated in the body; it is kept in `title`
        if line.strip(_STRIP_MARKER).casefold() in self.ad_markers:
            return "ad-marker"
        for reason, rx in self.boilerplate:
            if rx.match(line):
                return reason
        return None

    def is_heading(self, line: str) -> bool:
        """A short line without sentence punctuation that starts with a capital or digit."""
        words = _WORD.findall(line)
        return (
            0 < len(words) <= self.config.heading_max_words
            and len(line) <= self.config.heading_max_chars
            and not line.endswith(_SENTENCE_END)
            and (line[0].isupper() or line[0].isdigit())
        )

    def fragment_reason(self, paragraph: str) -> str | None:
        """Why a paragraph looks broken at its start (lost subject or first conjunct), else None."""
        first = _WORD.match(paragraph)
        if first is None or not paragraph[0].islower():
            return None
        from dossier.segment import pos_of

        tag = pos_of(first.group())
        if tag in self.fragment_tags:
            return "missing-subject" if tag.startswith("V") else "missing-start"
        return "lowercase-start"

    def __call__(self, article: Article) -> AnalysedDocument:
        """Clean one article (plain text or HTML) into a document with text, cleaning notes and paragraphs."""
        from dossier.ingest.html import extract_html

        if article.html is not None and article.text is None:
            extracted = extract_html(article.html, origin=article.origin)
            meta = {"author": extracted.author, **article.meta} if extracted.author else article.meta
            article = replace(  # the caller's article stays as it was given
                article,
                text=extracted.text,
                title=article.title or extracted.title,
                published=article.published or extracted.published,
                meta=meta,
            )
        source = normalise_source(article.text or "")
        return self.clean_text(source, article)

    def clean_text(self, source: str, article: Article) -> AnalysedDocument:
        cleaning = Cleaning()
        kept: list[tuple[str, str]] = []  # (paragraph text, "heading" | "fragment:<reason>" | "")
        lines = _source_lines(source)
        for i, line in enumerate(lines):
            reason = self.removal_reason(line.text, article.title if i == 0 else None)
            if reason:
                cleaning.removed.append(
                    RemovedLine(text=line.text, reason=reason, source_start=line.start, source_end=line.end)
                )
                continue
            is_last = i == len(lines) - 1
            if not is_last and kept and self.is_heading(line.text):
                kept.append((line.text, "heading"))
                continue
            frag = self.fragment_reason(line.text)
            kept.append((line.text, f"fragment:{frag}" if frag else ""))
        return self._assemble(kept, cleaning, article)

    def _assemble(
        self, kept: list[tuple[str, str]], cleaning: Cleaning, article: Article
    ) -> AnalysedDocument:
        parts, pos = [], 0
        for text, mark in kept:
            if parts:
                pos += 2
            if mark == "heading":
                cleaning.headings.append(Heading(text=text, start=pos, end=pos + len(text)))
            elif mark.startswith("fragment:"):
                cleaning.fragments.append(
                    Fragment(text=text, start=pos, end=pos + len(text), reason=mark.split(":", 1)[1])
                )
            parts.append(text)
            pos += len(text)
        return AnalysedDocument(
            id=article.fingerprint(),
            url=article.url,
            title=article.title,
            published=article.published,
            language=self.lang,
            text="\n\n".join(parts),
            cleaning=cleaning,
            meta=dict(article.meta),
        )
