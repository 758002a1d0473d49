"""Events: demonyms qualifying the trigger noun, participants across an apposition in the verbal bracket."""

from __future__ import annotations

import re

import pytest

from dossier.events import EventStage
from dossier.events.lexicon import load_lexicon
from dossier.model import AnalysedDocument, Entity, Event, Mention, Span, TimeExpression
from dossier.segment import Segmenter

STAGE = EventStage(load_lexicon("de"))  # the rules alone, without the trained filter


def _doc(text: str, entities: dict[str, tuple[str, str, str]]) -> AnalysedDocument:
    """A segmented document with one-form entities (id → type, form, mention kind), run through the rules."""
    doc = Segmenter()(AnalysedDocument(id="t", text=text))
    for eid, (etype, form, kind) in entities.items():
        found = re.finditer(rf"\b{form}\b", text)
        mentions = [Mention(start=m.start(), end=m.end(), text=form, kind=kind) for m in found]
        doc.entities.append(Entity(id=eid, type=etype, name=form, mentions=mentions))
    return STAGE(doc)


def _roles(doc: AnalysedDocument, event_type: str) -> set[tuple[str, str]]:
    found = [e for e in doc.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return {(p.entity, p.role) for p in found[0].participants}


def test_demonym_of_the_trigger_noun_after_a_preposition_acts() -> None:
    doc = _doc(
        "Bei israelischen Luftangriffen im Libanon starben viele Menschen.",
        {"israel": ("LOC", "israelischen", "demonym"), "libanon": ("LOC", "Libanon", "name")},
    )
    assert ("israel", "agent") in _roles(doc, "attack")


def test_demonym_of_another_noun_after_a_preposition_is_none() -> None:
    doc = _doc(
        "Scholz traf sich mit dem ukrainischen Präsidenten.",
        {"scholz": ("PER", "Scholz", "name"), "ukraine": ("LOC", "ukrainischen", "demonym")},
    )
    assert "ukraine" not in {e for e, _ in _roles(doc, "meeting")}


def test_apposition_commas_do_not_cut_the_verbal_bracket() -> None:
    doc = _doc(
        "Am Donnerstag hat das Landgericht den früheren Geschäftsführer, Heiko Tammen, zu sechs Jahren Haft "
        "verurteilt.",
        {"lg": ("ORG", "Landgericht", "name"), "tammen": ("PER", "Heiko Tammen", "name")},
    )
    assert ("lg", "agent") in _roles(doc, "verdict")


def test_a_clause_with_its_own_finite_verb_stays_apart() -> None:
    doc = _doc(
        "Kessler sprach lange, danach wurde die Fabrik geschlossen.",
        {"kessler": ("PER", "Kessler", "name")},
    )
    assert "kessler" not in {e for e, _ in _roles(doc, "closure")}



def test_a_bare_definite_noun_refers_back_whatever_the_date_of_its_sentence() -> None:
    text = "Am Sonntag nahm die Polizei Brenner fest. Die Nachricht von der Festnahme verbreitete sich am Montag."
    doc = _doc(text, {"polizei": ("ORG", "Polizei", "name"), "brenner": ("PER", "Brenner", "name")})
    for i, (surface, value) in enumerate((("Am Sonntag", "2024-03-03"), ("am Montag", "2024-03-04")), start=1):
        start = text.index(surface)
        end = start + len(surface)
        doc.times.append(TimeExpression(id=f"t{i}", start=start, end=end, text=surface, type="DATE", value=value))
    doc.events = []
    events = [e for e in STAGE(doc).events if e.type == "arrest"]
    assert [[t.text for t in e.triggers] for e in events] == [["nahm", "Festnahme"]]


def test_a_verbless_stretch_after_the_trigger_clause_continues_it() -> None:
    doc = _doc(
        "Am Montag telefonierte die Unterhändlerin der Kommission, Wróbel, mit dem Handelsminister Sutrisno.",
        {"wrobel": ("PER", "Wróbel", "name"), "sutrisno": ("PER", "Sutrisno", "name")},
    )
    assert ("sutrisno", "partner") in _roles(doc, "phone_call")


# (case, text, entities, event type, its participants with roles): one event of that type is expected
PARTICIPANTS = [
    pytest.param(
        "Seit Mitternacht streiken Verdi und die EVG im Verkehrssektor.",
        {"verdi": ("ORG", "Verdi", "name"), "evg": ("ORG", "EVG", "name")},
        "strike",
        {("verdi", "agent"), ("evg", "agent")},
        id="a_conjunct_of_the_subject_acts_too",
    ),
    pytest.param(
        "Die Übungen folgen drei Tage nach der Vereidigung des neuen taiwanischen Präsidenten Lai.",
        {"lai": ("PER", "Lai", "name")},
        "appointment",
        {("lai", "patient")},
        id="a_name_closing_a_long_phrase_after_the_trigger_is_its_object",
    ),
    pytest.param(
        "Bei der Stichwahl am Sonntag setzte sich Rainer durch.",
        {"rainer": ("PER", "Rainer", "name")},
        "election",
        {("rainer", "patient")},
        id="a_person_in_an_election_is_the_one_elected",
    ),
    pytest.param(
        "Dann ließ sich Marco widerstandslos festnehmen.",
        {"marco": ("PER", "Marco", "name")},
        "arrest",
        {("marco", "target")},
        id="reflexive_lassen_makes_the_subject_undergo",
    ),
    pytest.param(
        "Die EU-Außenminister haben am Montag Sanktionen gegen Iran verhängt.",
        {"eu": ("ORG", "EU", "name"), "iran": ("LOC", "Iran", "name")},
        "sanction",
        {("eu", "agent"), ("iran", "target")},
        id="a_hyphenated_name_on_a_noun_naming_nobody_stands_for_its_group",
    ),
    pytest.param(
        "US-Präsident Trump hat am Montag Sanktionen gegen Iran verhängt.",
        {"usa": ("LOC", "US", "name"), "trump": ("PER", "Trump", "name"), "iran": ("LOC", "Iran", "name")},
        "sanction",
        {("trump", "agent"), ("iran", "target")},
        id="a_hyphenated_name_before_a_named_person_stays_a_modifier",
    ),
    pytest.param(
        "Fischer soll am Montag das Amt übernehmen.",
        {"fischer": ("PER", "Fischer", "name")},
        "appointment",
        {("fischer", "patient")},
        id="a_person_named_alone_in_an_appointment_takes_office",
    ),
    pytest.param(
        "Warnstreik in Hamburg\n\nVerdi hat am Montag einen Warnstreik gegen die Hochbahn begonnen.",
        {"verdi": ("ORG", "Verdi", "name"), "hochbahn": ("ORG", "Hochbahn", "name")},
        "strike",
        {("verdi", "agent"), ("hochbahn", "target")},
        id="a_bare_headline_event_takes_in_its_lead",
    ),
    pytest.param(
        "Die Polizei hat am Montag die Straße zwischen Pirna und Heidenau gesperrt.",
        {
            "polizei": ("ORG", "Polizei", "name"),
            "pirna": ("LOC", "Pirna", "name"),
            "heidenau": ("LOC", "Heidenau", "name"),
        },
        "closure",
        {("polizei", "agent")},
        id="places_between_which_a_road_is_closed_are_no_parties",
    ),
    pytest.param(
        "Der Krieg zwischen Israel (Regierung Netanjahu) und Hamas geht weiter.",
        {"israel": ("LOC", "Israel", "name"), "hamas": ("ORG", "Hamas", "name")},
        "attack",
        {("israel", "agent"), ("hamas", "partner")},
        id="the_name_joined_after_a_bracket_to_a_between_pair_is_its_partner",
    ),
]


@pytest.mark.parametrize(("text", "entities", "event_type", "expected"), PARTICIPANTS)
def test_participants_and_roles(text: str, entities: dict, event_type: str, expected: set) -> None:
    assert _roles(_doc(text, entities), event_type) == expected


def _gold(doc_id: str, text: str, word: str) -> AnalysedDocument:
    """A gold document whose every occurrence of `word` is a protest event."""
    spans = [Span(start=m.start(), end=m.end(), text=word) for m in re.finditer(word, text)]
    events = [Event(id=f"v{i}", type="protest", trigger=s, triggers=[s], sentence=0) for i, s in enumerate(spans)]
    return AnalysedDocument(id=doc_id, text=text, events=events)


def test_a_trigger_is_learned_only_from_two_articles(tmp_path) -> None:
    from dossier.events.train import learn_triggers

    one = "Die Menschenkette war lang. Danach löste sich die Menschenkette auf."
    (tmp_path / "a.json").write_text(_gold("a", one, "Menschenkette").model_dump_json(), encoding="utf-8")
    assert "menschenkette" not in {row[0] for row in learn_triggers(tmp_path)}
    (tmp_path / "b.json").write_text(_gold("b", "Eine Menschenkette zog vorbei.", "Menschenkette").model_dump_json())
    assert ("menschenkette", "protest", "noun") in learn_triggers(tmp_path)
