"""Throughput benchmark: words/s and articles/s for the whole pipeline and per stage, and peak memory.

Analyses a few hundred articles from the corpus (train and dev raw sources, repeated as needed; the
held-out test split is not read) with one pipeline on one core, twice: the first pass starts with
empty per-word caches (HanTa analyses, entity features), the second shows the steady state of a
long-running process. The on-disk word-analysis cache (dossier.wordcache) is switched off unless
`--disk-cache` is given, so that the first pass is really cold. Usage:
    python benchmarks/throughput.py [--articles N] [--json] [--disk-cache]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import time
from itertools import cycle, islice
from pathlib import Path

from dossier.article import Article
from dossier.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "examples" / "seed-de-trump-putin.txt"


def corpus_articles() -> list[Article]:
    """Raw sources of the train and dev splits with their publication dates (the seed if none exist)."""
    articles = []
    for split in ("train", "dev"):
        for gold in sorted((ROOT / "corpus" / "de" / split).glob("*.json")):
            meta = json.loads(gold.read_text(encoding="utf-8"))
            txt, html = gold.with_suffix(".source.txt"), gold.with_suffix(".source.html")
            if txt.exists():
                articles.append(Article(text=txt.read_text(encoding="utf-8"), published=meta.get("published")))
            elif html.exists():
                articles.append(Article(html=html.read_text(encoding="utf-8"), published=meta.get("published")))
    if not articles and SEED.exists():
        articles.append(Article(text=SEED.read_text(encoding="utf-8"), published="2025-08-07"))
    return articles


def _pass(pipeline: Pipeline, articles: list[Article]) -> dict:
    pipeline.timings.clear()
    words = 0
    t0 = time.perf_counter()
    for article in articles:
        doc = pipeline.analyze_article(Article(text=article.text, html=article.html, published=article.published))
        words += len(doc.text.split())
    seconds = time.perf_counter() - t0
    stages = {
        name: {"seconds": round(s, 2), "words_per_s": round(words / s) if s else None}
        for name, s in pipeline.timings.items()
    }
    return {
        "articles": len(articles),
        "words": words,
        "seconds": round(seconds, 2),
        "words_per_s": round(words / seconds),
        "articles_per_s": round(len(articles) / seconds, 1),
        "stages": stages,
    }


def run(n_articles: int | None = None) -> dict:
    """Load once, then a cold and a warm pass over the same articles."""
    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline.analyze("Die Bundesregierung hat am Montag in Berlin neue Pläne vorgestellt.", published="2025-01-06")
    load_s = time.perf_counter() - t0
    sources = corpus_articles()
    articles = list(islice(cycle(sources), n_articles or len(sources)))
    first, second = _pass(pipeline, articles), _pass(pipeline, articles)
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}",
        "distinct_articles": len(sources),
        "load_seconds": round(load_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "first_pass": first,
        "second_pass": second,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="articles per pass (default: every distinct one)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--disk-cache", action="store_true", help="use the word-analysis cache of earlier runs")
    args = parser.parse_args()
    if not args.disk_cache:
        os.environ["DOSSIER_NO_CACHE"] = "1"
    result = run(args.articles)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{result['machine']}; {result['distinct_articles']} distinct articles; load {result['load_seconds']} s; "
        f"peak RSS {result['peak_rss_mb']} MB"
    )
    for label in ("first_pass", "second_pass"):
        r = result[label]
        print(
            f"{label.replace('_', ' ')}: {r['articles']} articles, {r['words']} words, "
            f"{r['words_per_s']} words/s, {r['articles_per_s']} articles/s"
        )
        for name, s in r["stages"].items():
            print(f"  {name:10s} {s['seconds']:8.2f} s  {s['words_per_s'] or 0:12,.0f} words/s")


if __name__ == "__main__":
    main()
