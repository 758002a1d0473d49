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
        ("[Anna]{@anna:role:XYZ} spricht.\n", "unknown mention type"),
        ("Anna spricht]{@anna}.\n", "never opened"),
        ("[Anna]{@anna spricht.\n", "without a closing"),
        ("[Anna]{} spricht.\n", "no attributes"),
        ("[]{@anna} spricht.\n", "empty span"),
        ("[Anna ]{@anna}spricht.\n", "starts or ends with a space"),
        ("Am [Montag]{#t1} regnet es.\n", "names a time"),
        ("Am [Montag]{DATE=} regnet es.\n", "has no value"),
        ("Am [Montag]{DATE=2025-03-10 #t1} und [Dienstag]{DATE=2025-03-11 #t1}.\n", "used twice"),
        ("„[Ja]{msg=q1}“, sagt [Anna]{@anna src=q1} zu [Anna]{src=q1}.\n% quote q1 direct\n", "more than one src"),
        ("„[Ja]{msg=q1}“, sagt [sie]{src=q1>ghost}.\n% quote q1 direct\n", "unknown entity 'ghost'"),
        ("„[Ja]{msg=q1}“.\n% quote q1 shouted\n", "quote kind"),
        ("„[Ja]{msg=q1}“.\n% quote q1 direct pos=above\n", "quote position"),
        ("„[Ja]{msg=q1}“.\n% quote q1 direct\n% quote q1 direct\n", "declared twice"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 meeting occurred\n% event v1 meeting occurred\n", "declared twice"),
        ("Text.\n% note something\n", "declaration must be"),
        ("Text.\n% event v1 meeting occurred\n", "no trigger span"),
        ("Ein [Treffen]{ev=v1}.\n", "never declared"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 meeting occurred agent\n", "not key=value"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 meeting occurred place=ghost\n", "unknown place"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 meeting occurred quote=q5\n", "unknown quote"),
        ("Ein [Treffen]{ev=v1}.\n% event v1 meeting occurred weather=rain\n", "unknown argument"),
        ("!noise ad-marker\n", "needs a reason"),
        ("!fragment cut-off\n", "needs a reason"),
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


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("id: x-0001\ntitle: T\n---\n---\n", "'published' is missing"),
        ("id: x-0001\npublished: 14.3.2025\ntitle: T\n---\n---\n", "not an ISO date"),
        ("id: x-0001\npublished: 2025-03-14\ntitle: T\n", "expected a header"),
        ("id x-0001\n---\n---\n", "not 'key: value'"),
        ("id: x-0001\npublished: 2025-03-14\ntitle: T\nsource: pdf\n---\n---\n", "not 'text' or 'html'"),
        ("id: x-0001\npublished: 2025-03-14\ntitle: T\n---\nentity anna PER\n---\n", "entity line must be"),
        ("id: x-0001\npublished: 2025-03-14\ntitle: T\n---\nentity Anna PER \"A\"\n---\n", "bad or repeated"),
        ("id: x-0001\npublished: 2025-03-14\ntitle: T\n---\nentity a PERSON \"A\"\n---\n", "entity type"),
        ("id: x-0001\npublished: 2025-03-14\ntitle: T\n---\nentity a PER \"A\" age=3\n---\n", "unknown entity option"),
        ("id: x-0001\npublished: 2025-03-14\ntitle: T\n---\nentity a PER \"A\n---\n", "cannot read entity line"),
    ],
)
def test_header_and_entity_errors(tmp_path: Path, header: str, message: str) -> None:
    f = tmp_path / "x-0001.dsm"
    f.write_text(header + "Text.\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        parse_file(f)
    assert message in str(info.value) and "x-0001.dsm:" in str(info.value)


def test_error_names_the_line_of_the_mistake(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"x-0001\.dsm:10: \[Bonn\]: unknown entity 'koeln'"):
        _compile(tmp_path, "Erster Satz.\n\nIn [Bonn]{@koeln} regnet es.\n")


def test_escapes_become_literal_brackets(tmp_path: Path) -> None:
    compiled = _compile(tmp_path, "Die Liste \\[Auszug\\] nennt [Bonn]{@bonn} \\{sic\\}.\n")
    doc = compiled.doc
    assert doc.text == "Die Liste [Auszug] nennt Bonn {sic}."
    [bonn] = [e for e in doc.entities if e.id == "bonn"]
    assert bonn.mentions[0].text == "Bonn" and doc.text[bonn.mentions[0].start : bonn.mentions[0].end] == "Bonn"


def test_mention_kinds_types_and_aliases(tmp_path: Path) -> None:
    compiled = _compile(
        tmp_path,
        "[Anna Roth]{@anna} lobt [Bonn]{@bonn:met:ORG}.\n[Die Ministerin]{@anna:role} sagt, [sie]{@anna:pro} bleibe.\n",
    )
    anna = next(e for e in compiled.doc.entities if e.id == "anna")
    assert [(m.text, m.kind) for m in anna.mentions] == [
        ("Anna Roth", "name"),
        ("Die Ministerin", "role"),
        ("sie", "pronoun"),
    ]
    bonn = next(e for e in compiled.doc.entities if e.id == "bonn")
    assert (bonn.mentions[0].kind, bonn.mentions[0].type) == ("metonym", "ORG") and anna.aliases == ["Anna Roth"]


def test_words_before_a_full_person_name_are_trimmed_but_the_source_keeps_them(tmp_path: Path) -> None:
    compiled = _compile(
        tmp_path, "„[Ja]{msg=q1}“, sagt [die Politikerin Anna Roth]{@anna src=q1}.\n% quote q1 direct\n"
    )
    doc = compiled.doc
    anna = next(e for e in doc.entities if e.id == "anna")
    assert anna.mentions[0].text == "Anna Roth"
    assert doc.quotes[0].source.text == "die Politikerin Anna Roth" and doc.quotes[0].source.entity == "anna"
    assert any("trimmed" in w for w in compiled.warnings)


def test_lowercase_person_name_is_a_warning(tmp_path: Path) -> None:
    compiled = _compile(tmp_path, "Gestern sprach [roth]{@anna}.\n")
    assert compiled.doc.entities[0].mentions[0].text == "roth"
    assert any("lowercase" in w for w in compiled.warnings)


def test_heading_fragment_and_paragraphs(tmp_path: Path) -> None:
    compiled = _compile(
        tmp_path,
        "Erster Satz.\n!heading Neue Lage in [Bonn]{@bonn}\nZweiter Satz.\n!fragment cut-off Und dann\n",
    )
    doc = compiled.doc
    assert doc.text == "Erster Satz.\n\nNeue Lage in Bonn\n\nZweiter Satz. Und dann"
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == [
        "Erster Satz.",
        "Neue Lage in Bonn",
        "Zweiter Satz. Und dann",
    ]
    assert [h.text for h in doc.cleaning.headings] == ["Neue Lage in Bonn"]
    [fragment] = doc.cleaning.fragments
    assert (fragment.text, fragment.reason) == ("Und dann", "cut-off")
    assert compiled.source_text == doc.text


def test_split_cue_interrupted_message_and_events(tmp_path: Path) -> None:
    compiled = _compile(
        tmp_path,
        "„[Wir kommen]{msg=q1}“, [sagte]{cue=q1} [Anna]{@anna src=q1}, „[und zwar bald]{msg=q1}“.\n"
        "[Anna]{@anna src=q2} [wies]{cue=q2} [den Vorwurf]{msg=q2} [zurück]{cue=q2}.\n"
        "Das [Treffen]{ev=v1} in [Bonn]{@bonn} ist am [Montag]{DATE=2025-03-17 #t1}.\n"
        "% quote q1 direct\n% quote q2 reported\n"
        "% event v1 meeting planned agent=anna time=t1 place=bonn quote=q1\n",
    )
    q1, q2 = compiled.doc.quotes
    assert [m.text for m in q1.message] == ["Wir kommen", "und zwar bald"] and q1.position == "inside"
    assert [c.text for c in q2.cue_parts] == ["wies", "zurück"] and q2.cue.text == "wies"
    assert (q2.position, q2.kind) == ("before", "reported")
    [event] = compiled.doc.events
    assert (event.type, event.modality, event.time, event.place, event.quote) == (
        "meeting",
        "planned",
        "t1",
        "bonn",
        "q1",
    )
    assert event.participants[0].entity == "anna" and event.sentence == 2


def test_speaker_named_in_the_previous_sentence(tmp_path: Path) -> None:
    compiled = _compile(
        tmp_path, "[Anna]{@anna src=q1} ist sauer.\n„[Das reicht]{msg=q1}.“\n% quote q1 direct\n"
    )
    assert compiled.doc.quotes[0].position == "previous"


def test_all_errors_of_a_file_are_reported(tmp_path: Path) -> None:
    body = (
        "[Anna]{@nobody} spricht.\n"
        "Stray ] here.\n"
        "Ein [Treffen]{ev=v1}.\n"
        "% event v1 party occurred\n"
        "„[Ja]{msg=q9}“, sagte sie.\n"
    )
    with pytest.raises(CorpusError) as info:
        _compile(tmp_path, body)
    messages = info.value.messages
    assert len(messages) == 4, messages
    assert [m.split(":")[1] for m in messages] == ["8", "9", "11", "12"]
    assert any("stray" in m for m in messages) and any("unknown entity" in m for m in messages)
    assert any("closed list" in m for m in messages) and any("never declared" in m for m in messages)


def test_compile_split_collects_every_error(tmp_path: Path) -> None:
    (tmp_path / "src" / "dev").mkdir(parents=True)
    for n, body in enumerate(["[A]{@x} und [B]{@y}.\n", "Gut.\n% quote q1 direct\n"]):
        doc_id = f"x-000{n}"
        (tmp_path / "src" / "dev" / f"{doc_id}.dsm").write_text(HEADER.format(id=doc_id) + body, encoding="utf-8")
    report = compile_split(tmp_path, "dev", write=False)
    assert len(report.errors) == 3 and report.docs == []


def test_role_word_heading_an_organisation_name_is_kept(tmp_path: Path) -> None:
    f = tmp_path / "x-0002.dsm"
    f.write_text(
        'id: x-0002\npublished: 2025-03-14\ntitle: T\n---\nentity haus ORG "Modehaus Kersting" roles="Modehaus"\n'
        'entity laden PER "Osama bin Laden"\n---\n[Modehaus Kersting]{@haus} schließt, [bin Laden]{@laden} nicht.\n',
        encoding="utf-8",
    )
    compiled = parse_file(f)
    assert [e.mentions[0].text for e in compiled.doc.entities] == ["Modehaus Kersting", "bin Laden"]
    assert compiled.warnings == []
