"""The corpus compiler: layers and offsets from the markup, and an error with file and line for each mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.corpus import check_offsets, compile_split
from dossier.corpus.markup import CorpusError, parse_file

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
HEADER = """id: {id}
published: 2025-03-14
title: Test
---
entity anna PER "Anna Roth" roles="Ministerin"
entity bonn LOC "Bonn"
---
"""


def _compile(tmp_path: Path, body: str, doc_id: str = "x-0001"):
    f = tmp_path / f"{doc_id}.dsm"
    f.write_text(HEADER.format(id=doc_id) + body, encoding="utf-8")
    return parse_file(f)


def test_fixture_compiles_with_consistent_offsets() -> None:
    report = compile_split(FIXTURES, "dev", write=False)
    assert report.errors == []
    [doc] = report.docs
    assert check_offsets(doc) == []
    assert [q.position for q in doc.quotes] == ["before", "after", "before", "pronoun", "after"]
    assert doc.quotes[4].addressee.entity == "dpa" and doc.quotes[4].source.entity == "stadtwerke"
    assert [h.text for h in doc.cleaning.headings] == ["Kritik aus der Opposition"]


def test_sentences_paragraphs_and_nesting(tmp_path: Path) -> None:
    compiled = _compile(
        tmp_path,
        "[Ministerin [Anna Roth]{@anna}]{src=q1} sagte am [Montag]{DATE=2025-03-10 #t1}:\n"
        "„[Wir kommen.\nAlle.]{msg=q1}“\n% quote q1 direct\n\nIn [Bonn]{@bonn} regnet es.\n",
    )
    doc = compiled.doc
    assert doc.text == "Ministerin Anna Roth sagte am Montag: „Wir kommen. Alle.“\n\nIn Bonn regnet es."
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Ministerin Anna Roth sagte am Montag:",
        "„Wir kommen.",
        "Alle.“",
        "In Bonn regnet es.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 0, 1]
    assert doc.quotes[0].message[0].text == "Wir kommen. Alle." and doc.quotes[0].source.entity is None
    assert doc.times[0].id == "t1" and doc.times[0].value == "2025-03-10"


def test_role_in_a_name_mention_is_trimmed(tmp_path: Path) -> None:
    compiled = _compile(tmp_path, "[Ministerin Anna Roth]{@anna} spricht.\n")
    assert compiled.doc.entities[0].mentions[0].text == "Anna Roth" and compiled.warnings


def test_noise_goes_to_the_source_only(tmp_path: Path) -> None:
    compiled = _compile(tmp_path, "!noise ad-marker WERBUNG\n\nEs regnet.\n")
    assert compiled.doc.text == "Es regnet." and compiled.source_text == "WERBUNG\n\nEs regnet."
    [removed] = compiled.doc.cleaning.removed
    assert (removed.reason, removed.source_start, removed.source_end) == ("ad-marker", 0, 7)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[Anna]{@nobody} spricht.\n", "unknown entity"),
        ("[Anna spricht.\n", "never closed"),
        ("Anna] spricht.\n", "stray"),
        ("[Anna]{@anna:foo} spricht.\n", "unknown mention kind"),
        ("„[Ja]{msg=q9}“, sagte sie.\n", "never declared"),
        ("Sie sagte nichts.\n% quote q1 direct\n", "no message span"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 party occurred\n", "closed list"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 meeting happened\n", "modality"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 meeting occurred agent=ghost\n", "unknown entity"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 meeting occurred time=t7\n", "unknown time"),
        ("[Anna]{@anna wow=1} spricht.\n", "unknown attribute"),
        ("!banner x\n", "unknown special line"),
    ],
)
def test_errors_name_file_line_and_problem(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(CorpusError) as info:
        _compile(tmp_path, body)
    assert message in str(info.value) and "x-0001.dsm:" in str(info.value)


def test_id_must_match_file_name(tmp_path: Path) -> None:
    f = tmp_path / "other.dsm"
    f.write_text(HEADER.format(id="x-0001") + "Text.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="differs from the file name"):
        parse_file(f)
