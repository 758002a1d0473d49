"""The HTML report and the terminal summary as a reader sees them: navigation, quotation marks, escaping, links."""

from __future__ import annotations

import io
import re

from rich.console import Console

from dossier.model import AnalysedDocument, Entity, Mention, Paragraph, Quote, QuoteSource, Span, TimeExpression
from dossier.render.html import readable_date, render_report
from dossier.render.rows import render_rows
from dossier.render.terminal import print_summary

TEXT = "„Wir handeln <jetzt> & sofort“, sagte Merz. Er sagte, die Straße werde gebaut."


def _span(words: str, cls: type[Span] = Span) -> Span:
    start = TEXT.index(words)
    return cls(start=start, end=start + len(words), text=words)


def _doc(doc_id: str = "d1", **fields) -> AnalysedDocument:
    """A hand-made document with one direct and one indirect quotation (no analysis involved)."""
    direct = Quote(
        id="q1", kind="direct", message=[_span("Wir handeln <jetzt> & sofort")], source=_span("Merz", QuoteSource)
    )
    indirect = Quote(
        id="q2", kind="indirect", message=[_span("die Straße werde gebaut")], source=_span("Er", QuoteSource)
    )
    return AnalysedDocument(
        id=doc_id, text=TEXT, paragraphs=[Paragraph(start=0, end=len(TEXT))], quotes=[direct, indirect], **fields
    )


def test_verbatim_words_alone_stand_in_quotation_marks() -> None:
    html = render_report([_doc()])
    assert "„Wir handeln &lt;jetzt&gt; &amp; sofort“</span>" in html  # direct: one pair of marks, escaped
    assert ">die Straße werde gebaut</span>" in html  # indirect speech is not dressed up as verbatim
    assert "„„" not in html


def test_many_articles_get_a_table_of_contents_with_counts() -> None:
    html = render_report([_doc("a", title="Erster Bericht"), _doc("b", title="Zweiter <Bericht>")])
    assert '<nav class="toc" id="contents">' in html and 'href="#doc-2">Zweiter &lt;Bericht&gt;</a>' in html
    assert "2 quotations · 0 events · 0 entities" in html and "↑ contents (2 of 2)" in html
    assert '<nav class="toc"' not in render_report([_doc()])


def test_only_web_addresses_become_links() -> None:
    assert 'href="https://zeitung.example/a"' in render_report([_doc(url="https://zeitung.example/a")])
    html = render_report([_doc(url="javascript:alert(1)")])
    assert 'href="javascript' not in html and "javascript:alert(1)" in html


def test_the_report_prints_one_article_per_page_without_the_navigation() -> None:
    html = render_report([_doc("a"), _doc("b")])
    print_css = html[html.index("@media print") :]
    assert "break-before:page" in print_css and "nav.toc" in print_css


def test_summary_names_an_untitled_article_by_its_file() -> None:
    out = io.StringIO()
    print_summary(_doc(meta={"origin": "feed.jsonl:3"}), Console(file=out, width=120))
    assert out.getvalue().splitlines()[1].strip("│ ").startswith("feed.jsonl:3")


def test_timeline_reads_parts_of_the_day_and_times_are_clickable() -> None:
    assert readable_date("2025-08-06TEV") == "2025-08-06 evening" and readable_date("2025-W33") == "2025-W33"
    time = TimeExpression(id="t1", type="DATE", value="2025-08-06", **_span("sofort").model_dump())
    html = render_report([_doc(times=[time], published="2025-08-07")])
    refs = {ref for refs in re.findall(r'data-ref="([^"]*)"', html) for ref in refs.split()}
    assert '<tr data-goto="t1">' in html and "t1" in refs and "publication date unknown" not in html


def test_an_undated_article_says_how_to_resolve_its_dates() -> None:
    assert "publication date unknown: pass --published" in render_report([_doc()])


def test_a_table_of_rows_from_several_articles_says_which_article_each_is_from() -> None:
    rows = [{"speaker": "Merz", "article": "Erster Bericht"}, {"speaker": "Kolb", "article": "ab" * 20}]
    table = render_rows(rows, "table", ["speaker", "article"], "Quotations (2)", ["speaker"])
    assert "Erster Bericht" in table and "abababababab" not in table and "ababababab" in table
    single = render_rows(rows[:1], "table", ["speaker", "article"], "Quotations (1)", ["speaker"])
    assert "Erster Bericht" not in single


def test_knowledge_base_ids_link_to_their_entry() -> None:
    person = Entity(id="e1", type="PER", name="Friedrich Merz", kb="Q62904", mentions=[_span("Merz", Mention)])
    html = render_report([_doc(entities=[person])])
    assert '<a href="https://www.wikidata.org/wiki/Q62904"' in html
