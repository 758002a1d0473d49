"""More scorer cases: cleaning, sentences, roles, false positives, time links and the metrics helpers."""

from __future__ import annotations

from dossier.evaluate.align import align_entities
from dossier.evaluate.layers import (
    CleaningScorer,
    EntityScorer,
    EventScorer,
    QuoteScorer,
    SentenceScorer,
    TimeScorer,
)
from dossier.evaluate.metrics import Accuracy, match_one_to_one, overlaps
from dossier.model import (
    AnalysedDocument,
    Cleaning,
    Entity,
    Event,
    Fragment,
    Heading,
    Mention,
    Quote,
    RemovedLine,
    Sentence,
    Span,
    TimeExpression,
)

TEXT = "Die Ministerin Roth kam. Sie blieb bis Montag."


def _at(text: str) -> dict:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text}


def _doc(text: str = TEXT, **layers) -> AnalysedDocument:
    return AnalysedDocument(id="d", text=text, **layers)


def test_cleaning_removed_lines_headings_fragments_and_similarity() -> None:
    ad = RemovedLine(text="Anzeige", reason="ad-marker", source_start=0, source_end=7)
    nav = RemovedLine(text="Startseite", reason="navigation", source_start=9, source_end=19)
    gold = _doc(
        cleaning=Cleaning(
            removed=[ad, nav],
            headings=[Heading(**_at("Sie blieb bis Montag."))],
            fragments=[Fragment(**_at("Die Ministerin Roth kam."), reason="cut-off")],
        )
    )
    system = _doc(text=TEXT + " Teilen", cleaning=Cleaning(removed=[ad.model_copy(update={"source_end": 8})]))
    scorer = CleaningScorer()
    scorer.add(gold, system, scored_removals=True)
    r = scorer.result()
    assert r["removed lines"]["f1"] == 0.0 and r["removed lines (by text)"]["precision"] == 1.0
    assert r["removed lines (by text)"]["recall"] == 0.5
    assert r["headings"]["recall"] == 0.0 and r["fragments"]["recall"] == 0.0
    assert 0.8 < r["text similarity"]["accuracy"] < 1.0
    html = CleaningScorer()
    html.add(gold, gold, scored_removals=False)
    assert html.result()["removed lines"]["gold"] == 0 and html.result()["headings"]["f1"] == 1.0


def test_sentences_ignore_surrounding_whitespace_and_count_a_wrong_split() -> None:
    gold = _doc(sentences=[Sentence(start=0, end=24, paragraph=0), Sentence(start=25, end=46, paragraph=0)])
    padded = _doc(sentences=[Sentence(start=0, end=25, paragraph=0), Sentence(start=25, end=46, paragraph=0)])
    merged = _doc(sentences=[Sentence(start=0, end=46, paragraph=0)])
    scorer = SentenceScorer()
    scorer.add(gold, padded)
    assert scorer.result()["sentences (exact)"]["f1"] == 1.0
    wrong = SentenceScorer()
    wrong.add(gold, merged)
    assert (wrong.result()["sentences (exact)"]["recall"], wrong.result()["sentences (exact)"]["precision"]) == (0, 0)


def _roth(roles: list[str], sid: str = "roth") -> Entity:
    return Entity(
        id=sid,
        type="PER",
        name="Roth",
        roles=roles,
        mentions=[Mention(**_at("Roth")), Mention(**_at("Sie"), kind="pronoun")],
    )


def test_roles_recall_is_loose_and_casefolded() -> None:
    scorer = EntityScorer()
    gold = _doc(entities=[_roth(["Ministerin", "Sozialdemokratin"])])
    scorer.add(gold, _doc(entities=[_roth(["die ministerin"], "e1")]))
    r = scorer.result()
    assert r["roles recall (per entity, loose)"] == {"accuracy": 0.5, "n": 2}
    assert r["resolved pronoun"]["accuracy"] == 1.0, "system ids differ from gold ids; alignment maps them"


def test_names_outside_the_knowledge_base_are_scored_or_marked_unavailable() -> None:
    scorer = EntityScorer()
    scorer.add(_doc(entities=[_roth([])]), _doc(entities=[_roth([])]))
    unknown = scorer.result()["names not in KB"]
    assert unknown == {"unavailable": True} or unknown["f1"] in (0.0, 1.0)


def test_alignment_prefers_name_mentions() -> None:
    gold = _doc(entities=[_roth([])])
    system = _doc(entities=[Entity(id="x", type="PER", name="Roth", mentions=[Mention(**_at("Roth"))])])
    assert align_entities(gold, system) == {"x": "roth"}
    assert align_entities(gold, _doc()) == {}


def test_times_false_positive_and_per_type() -> None:
    montag = TimeExpression(id="t1", type="DATE", value="2025-03-17", **_at("Montag"))
    extra = TimeExpression(id="t2", type="DURATION", value="P1D", **_at("blieb"))
    scorer = TimeScorer()
    scorer.add(_doc(times=[montag]), _doc(times=[montag, extra]))
    r = scorer.result()
    assert r["strict"]["precision"] == 0.5 and r["strict"]["recall"] == 1.0
    assert r["strict DATE"]["f1"] == 1.0 and r["strict DURATION"]["precision"] == 0.0
    assert r["value accuracy (relaxed matches)"] == {"accuracy": 1.0, "n": 1}


def test_quotes_false_positive_and_speaker_without_entity() -> None:
    gold_q = Quote(
        id="q1",
        kind="indirect",
        message=[Span(**_at("blieb bis Montag"))],
        source={**_at("Sie"), "entity": None},
    )
    sys_q = gold_q.model_copy(update={"id": "s1"})
    noise = Quote(id="s2", kind="direct", message=[Span(**_at("Die Ministerin"))])
    scorer = QuoteScorer()
    scorer.add(_doc(quotes=[gold_q]), _doc(quotes=[sys_q, noise]))
    r = scorer.result()
    assert r["messages (token-F1 >= 0.5)"]["precision"] == 0.5 and r["messages (token-F1 >= 0.5)"]["recall"] == 1.0
    assert r["speaker accuracy"]["accuracy"] == 1.0 and r["messages direct"]["precision"] == 0.0


def test_events_time_link_and_a_wrong_type_is_a_miss() -> None:
    montag = TimeExpression(id="t1", type="DATE", value="2025-03-17", **_at("Montag"))
    gold_ev = Event(id="v1", type="visit", trigger=Span(**_at("kam")), sentence=0, time="t1")
    sys_ev = gold_ev.model_copy(update={"id": "e1", "time": "x9"})
    scorer = EventScorer()
    sys_time = montag.model_copy(update={"id": "x9"})
    scorer.add(_doc(times=[montag], events=[gold_ev]), _doc(times=[sys_time], events=[sys_ev]))
    assert scorer.result()["time-link accuracy"] == {"accuracy": 1.0, "n": 1}
    wrong = EventScorer()
    wrong.add(_doc(events=[gold_ev]), _doc(events=[gold_ev.model_copy(update={"type": "meeting"})]))
    r = wrong.result()
    assert r["events (type + trigger overlap)"]["f1"] == 0.0 and r["events visit"]["recall"] == 0.0


def test_metric_helpers() -> None:
    assert overlaps(0, 5, 4, 9) and not overlaps(0, 5, 5, 9)
    pairs = match_one_to_one([1, 2], [2, 3], lambda g, s: float(g == s), 0.0)
    assert pairs == [(2, 2)]
    acc = Accuracy()
    assert acc.value == 0.0 and acc.as_dict() == {"accuracy": 0.0, "n": 0}


def test_alignment_by_overlapping_names() -> None:
    gold = _doc(entities=[_roth([])])
    genitive = Entity(id="x", type="PER", name="Roth", mentions=[Mention(**_at("Ministerin Roth"))])
    pronoun_only = Entity(id="y", type="PER", name="sie", mentions=[Mention(**_at("Sie"), kind="pronoun")])
    assert align_entities(gold, _doc(entities=[genitive, pronoun_only])) == {"x": "roth", "y": "roth"}


def test_cli_eval_rejects_unknown_layers_and_empty_splits(tmp_path, capsys) -> None:
    from dossier.evaluate import cli_eval

    assert cli_eval(tmp_path, layers=["syntax"]) == 2
    assert "unknown layer" in capsys.readouterr().out
