"""Events: triggers, participants by role, time and place links, every modality, merging of repeats."""

from __future__ import annotations

import re

import pytest

from dossier.events import EventStage, make_stage
from dossier.events.lexicon import load_lexicon
from dossier.model import AnalysedDocument, Entity, Mention, Quote, Span, TimeExpression
from dossier.segment import Segmenter

STAGE = EventStage(load_lexicon("de"))  # the rules alone; the trained filter is tested on its own below


def _doc(
    text: str,
    entities: dict[str, tuple[str, list[str]]],
    times: dict[str, str] | None = None,
    quotes: list[str] | None = None,
) -> AnalysedDocument:
    """A segmented document with entities (id → type, surface forms), times and quoted messages."""
    doc = Segmenter()(AnalysedDocument(id="t", text=text))
    for eid, (etype, forms) in entities.items():
        mentions = [
            Mention(start=m.start(), end=m.end(), text=m.group())
            for form in forms
            for m in re.finditer(rf"\b{re.escape(form)}\b", text)
        ]
        doc.entities.append(Entity(id=eid, type=etype, name=forms[0], mentions=sorted(mentions, key=lambda m: m.start)))
    for i, (surface, value) in enumerate((times or {}).items(), start=1):
        start = text.index(surface)
        doc.times.append(
            TimeExpression(id=f"t{i}", start=start, end=start + len(surface), text=surface, type="DATE", value=value)
        )
    for i, message in enumerate(quotes or [], start=1):
        start = text.index(message)
        doc.quotes.append(
            Quote(id=f"q{i}", kind="direct", message=[Span(start=start, end=start + len(message), text=message)])
        )
    return STAGE(doc)


def _only(doc: AnalysedDocument, event_type: str):
    found = [e for e in doc.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_meeting_with_partner_time_and_place() -> None:
    doc = _doc(
        "Scholz traf sich am Dienstag in Paris mit Macron.",
        {"scholz": ("PER", ["Scholz"]), "paris": ("LOC", ["Paris"]), "macron": ("PER", ["Macron"])},
        {"Dienstag": "2024-05-07"},
    )
    event = _only(doc, "meeting")
    assert {(p.entity, p.role) for p in event.participants} == {("scholz", "agent"), ("macron", "partner")}
    assert event.place == "paris" and event.time == "t1" and event.modality == "occurred"


def test_target_by_preposition() -> None:
    doc = _doc("Die EU verhängte neue Sanktionen gegen Iran.", {"eu": ("ORG", ["EU"]), "iran": ("LOC", ["Iran"])})
    event = _only(doc, "sanction")
    assert {(p.entity, p.role) for p in event.participants} == {("eu", "agent"), ("iran", "target")}


def test_between_gives_agent_and_partner() -> None:
    doc = _doc(
        "Die Gespräche zwischen Lindner und Habeck dauerten lange.",
        {"lindner": ("PER", ["Lindner"]), "habeck": ("PER", ["Habeck"])},
    )
    event = _only(doc, "talks")
    assert [(p.entity, p.role) for p in event.participants] == [("lindner", "agent"), ("habeck", "partner")]


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("Die Regierung plant ein Treffen mit der Opposition.", "meeting", "planned"),
        ("Möglicherweise kommt es schon bald zu einem Treffen.", "meeting", "possible"),
        ("Dem Land drohen schwere Sanktionen.", "sanction", "threatened"),
        ("Es gibt neue Zölle, falls die Gespräche scheitern.", "tariff", "conditional"),
        ("Die Verhandlungen brachten keine Fortschritte.", "talks", "negated"),
        ("Die Polizei nahm den Mann am Abend fest.", "arrest", "occurred"),
    ],
)
def test_modality(text: str, event_type: str, modality: str) -> None:
    assert _only(_doc(text, {}), event_type).modality == modality


def test_claim_inside_a_quotation() -> None:
    doc = _doc("Er behauptete, den Streik beendet zu haben.", {}, quotes=["den Streik beendet zu haben"])
    doc.quotes[0].cue = Span(start=3, end=13, text="behauptete")
    event = _only(STAGE(doc), "strike")
    assert event.modality == "claimed" and event.quote == "q1"


def test_quoted_plan_keeps_its_modality_and_link() -> None:
    doc = _doc("„Wir werden den Streik fortsetzen“, sagte sie.", {}, quotes=["Wir werden den Streik fortsetzen"])
    event = _only(doc, "strike")
    assert event.modality == "planned" and event.quote == "q1"


def test_threat_verb_yields_the_threatened_measure() -> None:
    doc = _doc("Washington hat mit schweren Zöllen gedroht.", {"usa": ("LOC", ["Washington"])})
    assert [e.type for e in doc.events] == ["tariff"]


def test_repeated_mentions_merge_with_every_trigger() -> None:
    doc = _doc(
        "Putin empfing Witkoff im Kreml. Das Treffen dauerte drei Stunden. Danach lobte er das Treffen.",
        {"putin": ("PER", ["Putin"]), "witkoff": ("PER", ["Witkoff"])},
    )
    event = _only(doc, "meeting")
    assert [t.text for t in event.triggers] == ["empfing", "Treffen", "Treffen"]


def test_separate_meetings_stay_apart() -> None:
    doc = _doc(
        "Merz traf Macron am Montag. Am Dienstag traf Merz Sunak.",
        {"merz": ("PER", ["Merz"]), "macron": ("PER", ["Macron"]), "sunak": ("PER", ["Sunak"])},
        {"Montag": "2024-03-04", "Dienstag": "2024-03-05"},
    )
    assert len([e for e in doc.events if e.type == "meeting"]) == 2


def test_words_that_only_look_like_triggers() -> None:
    doc = _doc("Ein Beispiel: Die Kommission muss eine Entscheidung treffen.", {})
    assert doc.events == []


def test_trained_filter_keeps_an_anchored_event() -> None:
    stage = make_stage("de")
    assert stage.filter is not None, "the event filter model is missing: run python -m dossier.events.train"
    doc = _doc(
        "Scholz traf sich am Dienstag in Paris mit Macron.",
        {"scholz": ("PER", ["Scholz"]), "paris": ("LOC", ["Paris"]), "macron": ("PER", ["Macron"])},
        {"Dienstag": "2024-05-07"},
    )
    doc.events = []
    assert [e.type for e in stage(doc).events] == ["meeting"]


def test_list_continuation_adds_partners() -> None:
    doc = _doc(
        "Er hatte am Abend mit mehreren Regierungschefs telefoniert – darunter mit Merz und Starmer.",
        {"merz": ("PER", ["Merz"]), "starmer": ("PER", ["Starmer"])},
    )
    event = _only(doc, "phone_call")
    assert {p.entity for p in event.participants} == {"merz", "starmer"}


def test_planned_and_past_events_stay_apart() -> None:
    doc = _doc(
        "Putin und Trump sollen bald Gespräche führen. Die Gespräche mit Witkoff fanden gestern statt.",
        {"putin": ("PER", ["Putin"]), "trump": ("PER", ["Trump"]), "witkoff": ("PER", ["Witkoff"])},
    )
    assert [e.modality for e in doc.events if e.type == "talks"] == ["planned", "occurred"]


def test_platform_is_no_target() -> None:
    doc = _doc(
        "Trump lobte das Treffen auf seiner Plattform Truth Social.",
        {"trump": ("PER", ["Trump"]), "ts": ("ORG", ["Truth Social"])},
    )
    assert all(p.entity != "ts" for p in _only(doc, "meeting").participants)


def test_always_specific_types_pass_the_filter() -> None:
    stage = make_stage("de")
    doc = _doc("Die Gespräche erleichterten den Austausch von Kriegsgefangenen.", {})
    doc.events = []
    assert "prisoner_exchange" in [e.type for e in stage(doc).events]
