"""Corpus tools: compile writes the files, validate finds stale ones, freeze and stats, HTML sources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dossier.corpus import compile_split, split_checksum, validate
from dossier.corpus.__main__ import main
from dossier.corpus.markup import parse_file
from dossier.corpus.stats import corpus_stats_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
HTML_ARTICLE = """id: x-html-NUM
published: 2025-03-14
title: Neues Bad in Bonn
source: html
author: Eva Berg
---
entity bonn LOC "Bonn"
---
!noise ad-marker ANZEIGE

In [Bonn]{@bonn} öffnet ein Bad.

!heading Kosten & Zeitplan

Es kostet <viel> Geld.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "src", tmp_path / "src")
    return tmp_path


def test_compile_writes_gold_and_source_and_validates(corpus: Path) -> None:
    report = compile_split(corpus, "dev")
    assert report.errors == [] and len(report.docs) == 1
    assert (corpus / "dev" / "de-fixture-0001.json").exists()
    assert (corpus / "dev" / "de-fixture-0001.source.txt").exists()
    assert validate(corpus) == []


def test_validate_reports_stale_and_missing_files(corpus: Path) -> None:
    compile_split(corpus, "dev")
    source = corpus / "src" / "dev" / "de-fixture-0001.dsm"
    source.write_text(source.read_text(encoding="utf-8") + "\nNoch ein Satz.\n", encoding="utf-8")
    assert any("out of date" in p for p in validate(corpus))
    (corpus / "dev" / "de-fixture-0001.json").unlink()
    assert any("not compiled" in p for p in validate(corpus))


def test_validate_reports_bad_offsets(corpus: Path) -> None:
    compile_split(corpus, "dev")
    gold = corpus / "dev" / "de-fixture-0001.json"
    doc = json.loads(gold.read_text(encoding="utf-8"))
    doc["entities"][0]["mentions"][0]["start"] += 1
    gold.write_text(json.dumps(doc), encoding="utf-8")
    problems = validate(corpus)
    assert any("does not match the text" in p for p in problems)


def test_freeze_checksum_follows_the_sources_only(corpus: Path) -> None:
    compile_split(corpus, "dev")
    assert main(["freeze", str(corpus / "dev")]) == 0
    recorded = (corpus / "dev.sha256").read_text(encoding="utf-8").strip()
    assert recorded == split_checksum(corpus / "dev")
    (corpus / "dev" / "de-fixture-0001.source.txt").write_text("recompiled", encoding="utf-8")
    assert split_checksum(corpus / "dev") == recorded, "compiled files are checked by validate, not frozen"
    source = corpus / "src" / "dev" / "de-fixture-0001.dsm"
    source.write_text(source.read_text(encoding="utf-8") + "\nEin neuer Satz.\n", encoding="utf-8")
    assert split_checksum(corpus / "dev") != recorded


def test_compile_command_exit_codes_and_counts(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compile", str(corpus), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "dev: 1 articles compiled" in out and "quotes" in out and "events" in out
    (corpus / "src" / "dev" / "de-fixture-0002.dsm").write_text("kaputt\n", encoding="utf-8")
    assert main(["compile", str(corpus), "--split", "dev"]) == 1
    assert "de-fixture-0002.dsm:1:" in capsys.readouterr().err


def test_stats_tables(corpus: Path) -> None:
    compile_split(corpus, "dev")
    text = corpus_stats_markdown(corpus)
    assert "## Quotations by speaker position" in text and "| articles | 0 | 1 | 0 | 1 |" in text
    assert "## Events by modality" in text and "| „“ | 0 | 1 | 0 | 1 |" in text
    assert "| role PER | 0 | 1 | 0 | 1 |" in text and "| ad-marker | 0 | 1 | 0 | 1 |" in text


def test_quote_style_of_mixed_quotes_is_found_inside_the_message() -> None:
    from dossier.corpus.stats import _quote_style
    from dossier.model import AnalysedDocument

    doc = AnalysedDocument(id="d", text="Er nannte das »sehr gut«. „Ja“, sagte sie.")
    assert _quote_style(doc, 10, 24) == "»«" and _quote_style(doc, 27, 29) == "„“"
    assert _quote_style(doc, 0, 2) == "none"


def test_html_source_is_a_news_page(tmp_path: Path) -> None:
    pages = []
    for n in range(12):
        f = tmp_path / f"x-html-{n}.dsm"
        f.write_text(HTML_ARTICLE.replace("NUM", str(n)), encoding="utf-8")
        compiled = parse_file(f)
        assert compiled.source_kind == "html" and compiled.doc.cleaning.removed == []
        pages.append(compiled.source_text)
    page = pages[0]
    assert "<article>" in page and "<h1>Neues Bad in Bonn</h1>" in page
    assert "<h2>Kosten &amp; Zeitplan</h2>" in page and "<p>ANZEIGE</p>" in page
    assert "Es kostet &lt;viel&gt; Geld." in page and 'content="Eva Berg"' in page
    assert 'article:published_time" content="2025-03-14' in page
    shapes = {p.split("<main>")[0].split("</head><body>")[1] for p in pages}
    assert len(shapes) > 1, "the page templates should vary between articles"
    byline = '<p class="byline">Von Eva Berg · <time datetime="2025-03-14">14.03.2025</time></p>'
    assert any(byline in p for p in pages)
    assert any('"datePublished": "2025-03-14T08:00:00+01:00"' in p for p in pages)
