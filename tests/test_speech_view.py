"""The quotations view: rows with canonical speaker names, table, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from dossier.model import AnalysedDocument, Entity, Mention
from dossier.segment import Segmenter
from dossier.speech import make_stage
from dossier.speech.view import quote_rows, render_quotes

TEXT = "„Wir bleiben standhaft“, sagte Merz. Die Lage sei ernst, hieß es aus Berlin."


@pytest.fixture(scope="module")
def docs() -> list[AnalysedDocument]:
    doc = Segmenter()(AnalysedDocument(id="t", title="Test", text=TEXT))
    start = TEXT.index("Merz")
    mention = Mention(start=start, end=start + 4, text="Merz")
    doc.entities.append(Entity(id="merz", type="PER", name="Friedrich Merz", mentions=[mention]))
    return [make_stage("de")(doc)]


def test_rows_use_canonical_names(docs: list[AnalysedDocument]) -> None:
    rows = quote_rows(docs)
    assert [(r["speaker"], r["cue"], r["kind"]) for r in rows] == [
        ("Friedrich Merz", "sagte", "direct"),
        ("Berlin", "hieß es", "indirect"),
    ]
    assert rows[0]["message"] == "Wir bleiben standhaft"


def test_formats(docs: list[AnalysedDocument]) -> None:
    assert json.loads(render_quotes(docs, "json"))[0]["speaker"] == "Friedrich Merz"
    parsed = list(csv.DictReader(io.StringIO(render_quotes(docs, "csv"))))
    assert parsed[1]["message"] == "Die Lage sei ernst"
    table = render_quotes(docs, "table")
    assert "Friedrich Merz" in table and "Quotations (2)" in table
    with pytest.raises(ValueError):
        render_quotes(docs, "xml")
