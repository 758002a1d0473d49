"""Scorers on small hand-made gold/system pairs: perfect match, a miss, a false positive, partial overlap."""

from __future__ import annotations

from pathlib import Path

from dossier.evaluate import cli_eval, run
from dossier.evaluate.layers import EntityScorer, EventScorer, QuoteScorer, TimeScorer
from dossier.evaluate.metrics import PRF
from dossier.model import (
    AnalysedDocument,
    Entity,
    Event,
    Mention,
    Participant,
    Quote,
    QuoteSource,
    Span,
    TimeExpression,
)

TEXT = "Merz traf Macron am Montag in Paris. „Es war gut“, sagte er."
FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


def _span(text: str, occurrence: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def _doc(**layers) -> AnalysedDocument:
    return AnalysedDocument(id="d", text=TEXT, **layers)


def _entities(pronoun_to: str = "merz") -> list[Entity]:
    ents = {
        "merz": Entity(id="merz", type="PER", name="Merz", mentions=[Mention(**_span("Merz"))]),
        "macron": Entity(id="macron", type="PER", name="Macron", mentions=[Mention(**_span("Macron"))]),
        "paris": Entity(id="paris", type="LOC", name="Paris", mentions=[Mention(**_span("Paris"))]),
    }
    ents[pronoun_to].mentions.append(Mention(**_span("er", 1), kind="pronoun"))
    return list(ents.values())


def test_prf() -> None:
    p = PRF()
    p.add_sets({1, 2, 3}, {2, 3, 4, 5})
    assert (p.tp, p.fp, p.fn) == (2, 2, 1) and round(p.f1, 3) == round(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3), 3)


def test_entities_perfect_and_resolution_error() -> None:
    gold = _doc(entities=_entities())
    perfect = EntityScorer()
    perfect.add(gold, _doc(entities=_entities()))
    assert perfect.result()["names (span+type)"]["f1"] == 1.0
    assert perfect.result()["resolved pronoun"]["accuracy"] == 1.0
    wrong = EntityScorer()
    wrong.add(gold, _doc(entities=_entities(pronoun_to="macron")))
    assert wrong.result()["resolved pronoun"]["accuracy"] == 0.0


def test_entity_type_error_and_missing_name() -> None:
    system = _entities()
    system[2] = Entity(id="paris", type="ORG", name="Paris", mentions=[Mention(**_span("Paris"))])
    scorer = EntityScorer()
    scorer.add(_doc(entities=_entities()), _doc(entities=system[1:]))
    names = scorer.result()["names (span+type)"]
    assert (names["gold"], names["system"]) == (3, 2) and names["precision"] == 0.5


def test_times_strict_relaxed_and_value() -> None:
    gold = _doc(times=[TimeExpression(id="t1", type="DATE", value="2025-03-03", **_span("Montag"))])
    system = _doc(times=[TimeExpression(id="t1", type="DATE", value="2025-03-10", **_span("am Montag"))])
    scorer = TimeScorer()
    scorer.add(gold, system)
    r = scorer.result()
    assert (
        r["strict"]["f1"] == 0.0
        and r["relaxed"]["f1"] == 1.0
        and r["value accuracy (relaxed matches)"]["accuracy"] == 0
    )


def test_quotes_partial_message_and_speaker() -> None:
    q = Quote(
        id="q1",
        kind="direct",
        message=[Span(**_span("Es war gut"))],
        cue=Span(**_span("sagte")),
        source=QuoteSource(**_span("er", 1), entity="merz"),
        position="pronoun",
    )
    partial = q.model_copy(update={"message": [Span(**_span("war gut"))]})
    scorer = QuoteScorer()
    scorer.add(_doc(entities=_entities(), quotes=[q]), _doc(entities=_entities(), quotes=[partial]))
    r = scorer.result()
    assert r["messages (token-F1 >= 0.5)"]["f1"] == 1.0 and r["message tokens"]["recall"] == round(2 / 3, 4)
    assert r["speaker accuracy"]["accuracy"] == 1.0 and r["cue (exact)"]["f1"] == 1.0
    missing = QuoteScorer()
    missing.add(_doc(entities=_entities(), quotes=[q]), _doc(entities=_entities()))
    assert missing.result()["messages direct"]["recall"] == 0.0


def test_events_detection_participants_modality() -> None:
    ev = Event(
        id="v1",
        type="meeting",
        trigger=Span(**_span("traf")),
        sentence=0,
        modality="occurred",
        participants=[Participant(entity="merz", role="agent"), Participant(entity="macron", role="partner")],
    )
    other = ev.model_copy(update={"modality": "planned", "participants": [Participant(entity="merz", role="agent")]})
    scorer = EventScorer()
    scorer.add(_doc(entities=_entities(), events=[ev]), _doc(entities=_entities(), events=[other]))
    r = scorer.result()
    assert r["events (type + trigger overlap)"]["f1"] == 1.0
    assert r["participants (entity+role)"]["recall"] == 0.5 and r["modality accuracy"]["accuracy"] == 0.0


def test_run_on_fixture_split_and_cli(pipeline, capsys) -> None:
    report = run(FIXTURES / "dev", pipeline=pipeline)
    assert report["articles"] == 1 and report["sentences"]["sentences (exact)"]["f1"] > 0.8
    assert report["cleaning"]["removed lines"]["f1"] == 1.0
    assert cli_eval(FIXTURES / "dev", as_json=True, layers=["times"]) == 0
    assert '"times"' in capsys.readouterr().out
    assert cli_eval(FIXTURES / "nowhere") == 2


def _cue_quote(text: str, *parts: str) -> Quote:
    spans = [Span(start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    return Quote(id="q1", kind="indirect", cue=spans[0], cue_parts=spans if len(spans) > 1 else [])


def test_a_particle_right_after_the_verb_is_the_same_cue_in_one_span_or_two() -> None:
    text = "Er teilte mit, das Werk bleibe offen. Sie wies das zurück."
    scorer = QuoteScorer()
    scorer.add(
        AnalysedDocument(id="d", text=text, quotes=[_cue_quote(text, "teilte mit")]),
        AnalysedDocument(id="d", text=text, quotes=[_cue_quote(text, "teilte", "mit")]),
    )
    assert scorer.result()["cue (exact)"]["f1"] == 1.0
    separated = QuoteScorer()
    separated.add(
        AnalysedDocument(id="d", text=text, quotes=[_cue_quote(text, "wies", "zurück")]),
        AnalysedDocument(id="d", text=text, quotes=[_cue_quote(text, "wies das")]),
    )
    assert separated.result()["cue (exact)"]["f1"] == 0.0
