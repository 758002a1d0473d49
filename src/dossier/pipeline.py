"""Stage protocol, the default pipeline and `analyze()`.

A stage reads the layers earlier stages wrote on an `AnalysedDocument` and adds its own. Stages are
built once per `Pipeline` (loading lexicons and models once per process) and are pure per document.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from dossier.article import Article
from dossier.errors import DossierError
from dossier.model import AnalysedDocument


class Stage(Protocol):
    """One analysis step: `name` for benchmarks and explanations, called once per document."""

    name: str

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument: ...


StageFactory = Callable[[str], Stage]


def _default_factories() -> list[StageFactory]:
    # Imported here so that `import dossier` stays cheap and a broken layer names itself on use.
    from dossier.entities import make_stage as entities
    from dossier.events import make_stage as events
    from dossier.segment import make_stage as segment
    from dossier.speech import make_stage as speech
    from dossier.time import make_stage as time_

    return [segment, entities, time_, speech, events]


class Pipeline:
    """Reusable analyser: loads its resources once, then analyses any number of articles."""

    def __init__(self, lang: str = "de", stages: list[Stage] | None = None, detect_language: bool = True):
        from dossier.clean import Cleaner
        from dossier.langid import LanguageDetector

        self.lang = lang
        self.cleaner = Cleaner(lang)
        self.detector = LanguageDetector() if detect_language else None
        self.stages: list[Stage] = stages if stages is not None else [f(lang) for f in _default_factories()]
        self.timings: dict[str, float] = {}

    def _timed(self, name: str, fn: Callable[[], AnalysedDocument]) -> AnalysedDocument:
        t0 = time.perf_counter()
        out = fn()
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0
        return out

    def analyze_article(self, article: Article) -> AnalysedDocument:
        """Clean, check the language, then run every stage on one article."""
        doc = self._timed("clean", lambda: self.cleaner(article))
        if article.origin != "<string>":
            doc.meta.setdefault("origin", article.origin)
        if self.detector is not None:
            self._timed(
                "language", lambda: self.detector.check(doc, expected=self.lang, origin=article.origin)
            )
        for stage in self.stages:
            doc = self._timed(stage.name, lambda s=stage, d=doc: s(d))
        return doc

    def analyze_clean_text(
        self, text: str, published: str | None = None, doc_id: str = "doc", title: str | None = None
    ) -> AnalysedDocument:
        """Run the stages after cleaning on text that is already clean (evaluation against gold text)."""
        doc = AnalysedDocument(id=doc_id, text=text, published=published, title=title, language=self.lang)
        for stage in self.stages:
            doc = self._timed(stage.name, lambda s=stage, d=doc: s(d))
        return doc

    def analyze(
        self, text_or_html: str, published: str | None = None, url: str | None = None
    ) -> AnalysedDocument:
        """Analyse one article given as plain text or an HTML page."""
        from dossier.ingest import article_from_string

        return self.analyze_article(article_from_string(text_or_html, published=published, url=url))

    def analyze_many(
        self, articles: Iterable[Article], workers: int = 1
    ) -> Iterator[AnalysedDocument | DossierError]:
        """Analyse articles in input order; a failing article yields its error instead of stopping the run.

        With `workers > 1` the articles are spread over that many processes, each with its own pipeline
        (the stages are CPU-bound pure Python, so threads would not help).
        """
        if workers <= 1:
            for article in articles:
                yield _safe(self, article)
            return
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(self.lang,)
        ) as pool:
            yield from pool.map(_analyse_in_worker, articles, chunksize=4)


def _safe(pipeline: Pipeline, article: Article) -> AnalysedDocument | DossierError:
    try:
        return pipeline.analyze_article(article)
    except DossierError as exc:
        return exc


_worker: Pipeline | None = None


def _init_worker(lang: str) -> None:
    global _worker
    _worker = Pipeline(lang)


def _analyse_in_worker(article: Article) -> AnalysedDocument | DossierError:
    assert _worker is not None, "worker pipeline not initialised"
    return _safe(_worker, article)


_default: Pipeline | None = None


def analyze(text_or_html: str, published: str | None = None, url: str | None = None) -> AnalysedDocument:
    """Analyse one article with a process-wide default pipeline (built on first use)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default.analyze(text_or_html, published=published, url=url)
