"""Cleaning: removed lines with reasons and source offsets, headings and fragments."""

from __future__ import annotations

import pytest

from dossier.article import Article
from dossier.clean import Cleaner

SCRAPED = """Anzeige

Die Stadt Ulm hat am Montag ein neues Radwegenetz vorgestellt. Es soll bis 2027 fertig sein.

Foto: dpa/Stefan Puchner

Lesen Sie auch: Warum Radfahrer in Ulm klagen

Kritik vom Handel

Der Einzelhandelsverband befürchtet weniger Parkplätze in der Innenstadt.

Teilen auf Facebook | WhatsApp | E-Mail

verlangte in den vergangenen Wochen mehrfach Nachbesserungen am Konzept.

Die Entscheidung fällt im Gemeinderat."""


@pytest.fixture(scope="module")
def cleaned():
    return Cleaner("de")(Article(text=SCRAPED))


def test_removed_lines_have_reasons_and_source_offsets(cleaned) -> None:
    removed = {r.text: r.reason for r in cleaned.cleaning.removed}
    assert removed == {
        "Anzeige": "ad-marker",
        "Foto: dpa/Stefan Puchner": "photo-credit",
        "Lesen Sie auch: Warum Radfahrer in Ulm klagen": "teaser",
        "Teilen auf Facebook | WhatsApp | E-Mail": "share",
    }
    for r in cleaned.cleaning.removed:
        assert SCRAPED[r.source_start : r.source_end] == r.text


def test_clean_text_keeps_article_paragraphs(cleaned) -> None:
    assert "Anzeige" not in cleaned.text and "Facebook" not in cleaned.text
    assert cleaned.text.startswith("Die Stadt Ulm hat am Montag")
    assert cleaned.text.count("\n\n") == 4


def test_heading_marked_with_offsets(cleaned) -> None:
    [heading] = cleaned.cleaning.headings
    assert heading.text == "Kritik vom Handel" and cleaned.text[heading.start : heading.end] == heading.text


def test_fragment_flagged(cleaned) -> None:
    [fragment] = cleaned.cleaning.fragments
    assert fragment.reason == "missing-subject"
    assert cleaned.text[fragment.start : fragment.end].startswith("verlangte in den vergangenen Wochen")


@pytest.mark.parametrize("line", ["WERBUNG", "Advertisement", "- Anzeige -", "ANZEIGE"])
def test_ad_markers(line: str) -> None:
    assert Cleaner("de").removal_reason(line) == "ad-marker"


@pytest.mark.parametrize(
    "line",
    [
        "Die Werbung für das Konzert hing überall in der Stadt.",
        "Mehr als 300 Menschen kamen zur Versammlung.",
        "Von Montag an gelten neue Regeln für alle Besucher des Bades.",
    ],
)
def test_article_sentences_are_not_removed(line: str) -> None:
    assert Cleaner("de").removal_reason(line) is None


def test_ordinary_paragraphs_are_no_fragments() -> None:
    doc = Cleaner("de")(Article(text="Er sagte, er komme morgen.\n\nDas Wetter bleibt trocken."))
    assert doc.cleaning.fragments == [] and doc.cleaning.headings == []


def test_html_page_main_text_metadata_and_noise() -> None:
    from pathlib import Path

    html = (Path(__file__).parent / "fixtures" / "article.html").read_text(encoding="utf-8")
    doc = Cleaner("de")(Article(html=html))
    assert doc.title == "Neue Brücke über die Saale freigegeben" and doc.published == "2024-09-12"
    assert doc.meta["author"] == "Katrin Wolff"
    assert doc.text.startswith("Nach zweijähriger Bauzeit")
    for noise in ("WERBUNG", "Cookies", "Endlich!", "Impressum", "Stau auf der B80", "Startseite"):
        assert noise not in doc.text
    assert {r.reason for r in doc.cleaning.removed} == {"title", "ad-marker"}
    assert [h.text for h in doc.cleaning.headings] == ["Radweg folgt im Frühjahr"]
