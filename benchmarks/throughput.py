"""Throughput benchmark: words/s and articles/s for the whole pipeline and per stage, and peak memory.

Analyses a few hundred articles from the corpus (train and dev raw sources, repeated as needed; the
held-out test split is not read) with one pipeline on one core, and prints a table. Usage:
    python benchmarks/throughput.py [--articles 300] [--json]
"""

from __future__ import annotations

import argparse
import json
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
                articles.append(
                    Article(text=txt.read_text(encoding="utf-8"), published=meta.get("published"))
                )
            elif html.exists():
                articles.append(
                    Article(html=html.read_text(encoding="utf-8"), published=meta.get("published"))
                )
    if not articles and SEED.exists():
        articles.append(Article(text=SEED.read_text(encoding="utf-8"), published="2025-08-07"))
    return articles


def run(n_articles: int) -> dict:
    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline.analyze(
        "Die Bundesregierung hat am Montag in Berlin neue Pläne vorgestellt.", published="2025-01-06"
    )
    load_s = time.perf_counter() - t0
    pipeline.timings.clear()
    sources = corpus_articles()
    words = 0
    t1 = time.perf_counter()
    for article in islice(cycle(sources), n_articles):
        doc = pipeline.analyze_article(
            Article(text=article.text, html=article.html, published=article.published)
        )
        words += len(doc.text.split())
    total_s = time.perf_counter() - t1
    stages = {
        name: {"seconds": s, "words_per_s": words / s if s else None} for name, s in pipeline.timings.items()
    }
    return {
        "machine": f"{platform.processor() or platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}",
        "distinct_articles": len(sources),
        "articles": n_articles,
        "words": words,
        "load_seconds": round(load_s, 2),
        "seconds": round(total_s, 2),
        "words_per_s": round(words / total_s),
        "articles_per_s": round(n_articles / total_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "stages": stages,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.articles)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{result['articles']} articles ({result['distinct_articles']} distinct), {result['words']} words, "
        f"load {result['load_seconds']} s, peak RSS {result['peak_rss_mb']} MB"
    )
    print(f"pipeline: {result['words_per_s']} words/s, {result['articles_per_s']} articles/s")
    for name, s in result["stages"].items():
        print(f"  {name:10s} {s['seconds']:8.2f} s  {s['words_per_s'] or 0:12,.0f} words/s")


if __name__ == "__main__":
    main()
