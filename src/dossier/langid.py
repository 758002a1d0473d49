"""Offline language identification with lingua, restricted to a handful of languages.

Restricting the candidate set keeps memory low (all languages need about 0.9 GB) and detection fast.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.errors import UnsupportedLanguageError
from dossier.model import AnalysedDocument

_CANDIDATES = ("GERMAN", "ENGLISH", "FRENCH", "SPANISH", "ITALIAN", "DUTCH", "POLISH", "RUSSIAN", "TURKISH")
_MIN_CHARS = 40  # below this, detection is a guess: trust the caller
_SAMPLE_CHARS = 3000  # enough text to decide; keeps long articles cheap


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    if len(text.strip()) < _MIN_CHARS:
        return None
    lang = _detector().detect_language_of(text[:_SAMPLE_CHARS])
    return lang.iso_code_639_1.name.lower() if lang else None


class LanguageDetector:
    """Sets `doc.language` and refuses articles in another language than the pipeline's."""

    def check(self, doc: AnalysedDocument, expected: str, origin: str = "<string>") -> AnalysedDocument:
        found = detect(doc.text)
        if found is not None and found != expected:
            raise UnsupportedLanguageError(
                f"{origin}: the article is in language {found!r}; dossier analyses {expected!r} only"
            )
        doc.language = found or expected
        return doc
