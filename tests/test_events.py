"""Events: triggers, participants by role, time and place links, every modality, merging of repeats."""

from __future__ import annotations

import dataclasses

import pytest

from dossier.events import EventStage, make_stage
from dossier.events.extract import Candidate
from dossier.events.lexicon import load_lexicon
from dossier.model import AnalysedDocument, Entity, Mention, Quote, Span, TimeExpression
from event_docs import with_entities

STAGE = EventStage(load_lexicon("de"))  # the rules alone; the trained filter is tested on its own below


def _doc(
    text: str,
    entities: dict[str, tuple[str, list[str]]],
    times: dict[str, str] | None = None,
    quotes: list[str] | None = None,
    published: str | None = None,
) -> AnalysedDocument:
    """A segmented document with entities (id → type, surface forms), times and quoted messages."""
    doc = with_entities(text, entities, published)
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
        ("Zudem kündigte Kanada weitere Sanktionen an.", "sanction", "planned"),
        ("Die Gewerkschaft rief zu einer Kundgebung auf.", "protest", "planned"),
        ("Der Konzern kündigte an, 300 Stellen abzubauen.", "layoff", "planned"),
        ("Er hat entschieden, das Werk in Ohio zu errichten.", "investment", "planned"),
        ("Ein geplantes Treffen mit dem Präsidenten fiel damit aus.", "meeting", "negated"),
        ("Ob es dabei zu einem Treffen kommt, ist offen.", "meeting", "possible"),
        ("Russland hat Kiew mit Hunderten Drohnen angegriffen.", "attack", "occurred"),
        ("Sollte sich nichts ändern, werde es Proteste geben.", "protest", "conditional"),
        ("Die Firma wollte auf Anfrage keine Erklärung abgeben.", "statement", "negated"),
        ("Das Kabinett verschob eine für Montag geplante Abstimmung.", "vote", "negated"),
        ("Die Firma will im Herbst 200 Stellen abbauen.", "layoff", "planned"),
        ("Gegen das geplante Gewerbegebiet protestierten Anwohner.", "protest", "occurred"),
        ("Die für Montag geplante Kundgebung findet statt.", "protest", "planned"),
    ],
)
def test_modality(text: str, event_type: str, modality: str) -> None:
    assert _only(_doc(text, {}), event_type).modality == modality


def test_claim_inside_a_quotation() -> None:
    doc = _doc("Er behauptete, den Streik beendet zu haben.", {}, quotes=["den Streik beendet zu haben"])
    doc.quotes[0].cue = Span(start=3, end=13, text="behauptete")
    event = _only(STAGE(doc), "strike")
    assert event.modality == "claimed" and event.quote == "q1"


def test_happening_reported_by_a_plain_quotation_keeps_occurred() -> None:
    message = "die Polizei habe den Mann festgenommen"
    doc = _doc(f"Sie sagte, {message}.", {}, quotes=[message])
    event = _only(doc, "arrest")
    assert event.modality == "occurred" and event.quote == "q1"


def test_date_after_publication_is_planned() -> None:
    doc = _doc("Die Ausstellung öffnet am Freitag.", {}, {"am Freitag": "2025-08-08"}, published="2025-08-07")
    assert _only(doc, "opening").modality == "planned"


def test_week_after_publication_is_planned() -> None:
    when = {"in der nächsten Woche": "2025-W33"}
    doc = _doc("Es gibt ein Treffen in der nächsten Woche.", {}, when, published="2025-08-07")
    event = _only(doc, "meeting")
    assert event.modality == "planned" and event.time == "t1"


def test_passive_subject_undergoes_the_event() -> None:
    doc = _doc("Messi wurde von der Fifa ausgezeichnet.", {"messi": ("PER", ["Messi"]), "fifa": ("ORG", ["Fifa"])})
    event = _only(doc, "award")
    assert {(p.entity, p.role) for p in event.participants} == {("fifa", "agent"), ("messi", "beneficiary")}


def test_bracketed_party_is_no_participant() -> None:
    doc = _doc(
        "Wadephul (CDU) hat mit Wang telefoniert.",
        {"wadephul": ("PER", ["Wadephul"]), "cdu": ("ORG", ["CDU"]), "wang": ("PER", ["Wang"])},
    )
    event = _only(doc, "phone_call")
    assert {(p.entity, p.role) for p in event.participants} == {("wadephul", "agent"), ("wang", "partner")}


def test_hyphen_prefix_of_the_trigger_holds_it() -> None:
    doc = _doc("Der G7-Gipfel findet in Evian statt.", {"g7": ("ORG", ["G7"]), "evian": ("LOC", ["Evian"])})
    event = _only(doc, "meeting")
    assert [(p.entity, p.role) for p in event.participants] == [("g7", "agent")] and event.place == "evian"


def test_demonym_after_gegen_is_the_target() -> None:
    doc = _doc("Kanada verhängte Sanktionen gegen die russische Flotte.", {"kanada": ("LOC", ["Kanada"])})
    demonym = Mention(start=38, end=47, text="russische", kind="demonym")
    doc.entities.append(Entity(id="russland", type="LOC", name="Russland", mentions=[demonym]))
    doc.events = []
    event = _only(STAGE(doc), "sanction")
    assert ("russland", "target") in {(p.entity, p.role) for p in event.participants}


def test_court_hearing_is_a_trial_not_talks() -> None:
    doc = _doc("Die Verhandlung vor dem Landgericht dauerte drei Stunden.", {})
    assert [e.type for e in doc.events] == ["trial"]


def test_undated_event_takes_the_last_date_of_its_paragraph() -> None:
    doc = _doc(
        "Am Mittwoch zogen Tausende durch die Stadt. Hunderte Menschen protestierten vor dem Rathaus.",
        {},
        {"Am Mittwoch": "2025-08-06"},
    )
    assert _only(doc, "protest").time == "t1"


def test_lead_event_takes_the_date_of_the_next_sentence() -> None:
    doc = _doc(
        "Russland hat einen Angriff auf die Ukraine begonnen. Am Donnerstag fielen Raketen.",
        {},
        {"Am Donnerstag": "2022-02-24"},
    )
    assert _only(doc, "attack").time == "t1"


def test_carried_date_does_not_split_a_repeated_event() -> None:
    doc = _doc(
        "Am Montag trafen sich Merz und Macron. Das Treffen am Dienstag war kurz. Das Treffen lief gut.",
        {"merz": ("PER", ["Merz"]), "macron": ("PER", ["Macron"])},
        {"Am Montag": "2024-03-04", "am Dienstag": "2024-03-05"},
    )
    assert [len(e.triggers) for e in doc.events if e.type == "meeting"] == [1, 2]


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


def test_filter_sees_the_context_of_a_candidate() -> None:
    from dossier.events.extract import find_candidates
    from dossier.events.model import features

    doc = _doc("Die Polizei nahm den Mann am Abend fest. Die Festnahme verlief ruhig.", {})
    feats = set(features(find_candidates(doc, load_lexicon("de"))[0]))
    assert {"pos=VVFIN", "type_repeats=2", "sent=0", "kind=verb"} <= feats


def test_logistic_filter_is_deterministic_and_learns() -> None:
    from dossier.events.model import train_logistic

    examples = [(["bias", "kind=verb", f"n={i % 3}"], True) for i in range(6)]
    examples += [(["bias", "kind=noun", f"n={i % 3}"], False) for i in range(6)]
    first, second = train_logistic(examples), train_logistic(examples)
    assert first.weights == second.weights
    assert first.weights["kind=verb"] > 0 > first.weights["kind=noun"]
    verb = Candidate(type="x", trigger=Span(start=0, end=1, text="x"), sentence=0, kind="verb", context=["n=0"])
    assert first.score(verb) > 0 > first.score(dataclasses.replace(verb, kind="noun"))


def test_places_and_prizes_are_no_participants() -> None:
    doc = _doc(
        "Der Elternrat rief zu einer Kundgebung auf dem Augustusplatz auf. Im Juni erhielt Oswald den Buchpreis.",
        {
            "rat": ("ORG", ["Elternrat"]),
            "platz": ("LOC", ["Augustusplatz"]),
            "oswald": ("PER", ["Oswald"]),
            "preis": ("MISC", ["Buchpreis"]),
        },
    )
    assert {(p.entity, p.role) for p in _only(doc, "protest").participants} == {("rat", "agent")}
    assert all(p.entity != "preis" for e in doc.events for p in e.participants)


def test_demonym_of_a_person_is_no_participant() -> None:
    text = "Ein Treffen mit dem ukrainischen Präsidenten Selenskyj fiel aus."
    doc = _doc(text, {"selenskyj": ("PER", ["Selenskyj"])})
    demonym = Mention(start=20, end=32, text="ukrainischen", kind="demonym")
    doc.entities.append(Entity(id="ukraine", type="LOC", name="Ukraine", mentions=[demonym]))
    doc.events = []
    event = _only(STAGE(doc), "meeting")
    assert {(p.entity, p.role) for p in event.participants} == {("selenskyj", "partner")}


def test_genitive_after_an_event_noun_is_its_agent() -> None:
    doc = _doc(
        "Alles begann mit dem Überfall der Hamas auf Israel.",
        {"hamas": ("ORG", ["Hamas"]), "israel": ("LOC", ["Israel"])},
    )
    event = _only(doc, "attack")
    assert {(p.entity, p.role) for p in event.participants} == {("hamas", "agent"), ("israel", "target")}


def test_genitive_after_an_arrest_is_its_target() -> None:
    doc = _doc("Die Festnahme des Verdächtigen Müller erfolgte am Abend.", {"mueller": ("PER", ["Müller"])})
    assert [(p.entity, p.role) for p in _only(doc, "arrest").participants] == [("mueller", "target")]



def test_speaker_of_a_reported_announcement_is_the_agent() -> None:
    from dossier.model import QuoteSource

    text = "Am Mittwoch hat Trump – trotz der Pläne – hohe Strafzölle gegen Indien angekündigt."
    doc = _doc(text, {"trump": ("PER", ["Trump"]), "indien": ("LOC", ["Indien"])})
    message = "hohe Strafzölle gegen Indien"
    start = text.index(message)
    source = QuoteSource(start=16, end=21, text="Trump", entity="trump")
    span = Span(start=start, end=start + len(message), text=message)
    doc.quotes = [Quote(id="q1", kind="reported", source=source, message=[span])]
    doc.events = []
    event = _only(STAGE(doc), "tariff")
    assert {(p.entity, p.role) for p in event.participants} == {("trump", "agent"), ("indien", "target")}


@pytest.mark.parametrize(("kind", "agent"), [("indirect", True), ("direct", False)])
def test_speaker_of_an_indirect_quote_is_the_agent(kind: str, agent: bool) -> None:
    from dossier.model import QuoteSource

    text = "Man werde gegen die Genehmigung klagen, kündigte Keßler an."
    doc = _doc(text, {"kessler": ("PER", ["Keßler"])})
    message = "Man werde gegen die Genehmigung klagen"
    source = QuoteSource(start=text.index("Keßler"), end=text.index("Keßler") + 6, text="Keßler", entity="kessler")
    doc.quotes = [Quote(id="q1", kind=kind, source=source, message=[Span(start=0, end=len(message), text=message)])]
    doc.events = []
    event = _only(STAGE(doc), "lawsuit")
    assert (("kessler", "agent") in {(p.entity, p.role) for p in event.participants}) is agent
