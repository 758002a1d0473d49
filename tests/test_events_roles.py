"""The trained participant-role model: its options, features, training and use in the stage."""

from __future__ import annotations

from dossier.events import EventStage, make_stage
from dossier.events.extract import find_candidates
from dossier.events.lexicon import load_lexicon
from dossier.events.roles import NONE, Option, RoleModel, train_roles
from dossier.model import AnalysedDocument
from event_docs import with_entities

SANCTION = "Die EU verhängte neue Sanktionen gegen Iran."
SANCTION_ENTITIES = {"eu": ("ORG", ["EU"]), "iran": ("LOC", ["Iran"])}


def _options(doc: AnalysedDocument, event_type: str) -> dict[str, Option]:
    cand = next(c for c in find_candidates(doc, load_lexicon("de")) if c.type == event_type)
    return {o.entity: o for o in cand.options}


def test_options_describe_preposition_side_and_rule() -> None:
    doc = with_entities(SANCTION, SANCTION_ENTITIES)
    options = _options(doc, "sanction")
    assert {"prep=gegen", "side=after", "rule=target", "scope=clause", "etype=LOC"} <= set(options["iran"].features)
    assert {"subject=True", "side=before", "rule=agent", "before_verb=True"} <= set(options["eu"].features)
    assert not options["iran"].context


def test_a_sentence_naming_nobody_looks_at_the_sentences_around_it() -> None:
    doc = with_entities(
        "Der Autobauer Volta steckt in der Krise. Am Montag wurde die Schließung des Werks bekannt.",
        {"volta": ("ORG", ["Volta"])},
    )
    option = _options(doc, "closure")["volta"]
    assert option.context and "scope=prev1" in option.features
    assert any(f.startswith("salience=") for f in option.features)


def test_the_subject_of_the_sentence_before_is_marked_as_such() -> None:
    doc = with_entities(
        "Die Firma Volta meldete am Freitag Verluste. Am Montag wurde die Schließung des Werks bekannt.",
        {"volta": ("ORG", ["Volta"])},
    )
    option = _options(doc, "closure")["volta"]
    assert {"scope=prev1", "subject=True", "scope+subject=prev1+True"} <= set(option.features)


def test_a_name_after_a_preposition_in_the_sentence_before_is_no_subject() -> None:
    doc = with_entities(
        "Die Firma meldete am Freitag Verluste bei Volta. Am Montag wurde die Schließung des Werks bekannt.",
        {"volta": ("ORG", ["Volta"])},
    )
    assert "scope+subject=prev1+False" in _options(doc, "closure")["volta"].features


def test_role_model_is_deterministic_and_learns_roles() -> None:
    examples = [(("bias", "prep=mit"), "partner")] * 20 + [(("bias", "prep=gegen"), "target")] * 20
    examples += [(("bias", "prep=in"), NONE)] * 20
    first, second = train_roles(examples), train_roles(examples)
    assert first.weights == second.weights
    assert first.role(Option("x", ("bias", "prep=mit")))[0] == "partner"
    assert first.role(Option("x", ("bias", "prep=gegen")))[0] == "target"
    assert first.role(Option("x", ("bias", "prep=in"))) is None


def test_other_sentences_give_at_most_one_entity_per_role_not_taken() -> None:
    model = RoleModel(["agent", NONE], {"a": [3.0, 0.0], "b": [2.0, 0.0]})
    own = Option("own", ("a",))
    far, farther = Option("far", ("a",), context=True), Option("farther", ("b",), context=True)
    assert model.assign([far, farther]) == [("far", "agent")]
    assert model.assign([own, far, farther]) == [("own", "agent")]


def test_role_model_saves_and_loads(tmp_path) -> None:
    model = train_roles([(("bias", "prep=mit"), "partner"), (("bias",), NONE)])
    model.save(tmp_path / "roles.json", {"trained_on": "test"})
    loaded = RoleModel.load(tmp_path / "roles.json")
    assert loaded.classes == model.classes
    option = Option("x", ("bias", "prep=mit"))
    assert loaded.role(option)[0] == model.role(option)[0] == "partner"


def test_stage_uses_the_trained_role_model() -> None:
    stage = make_stage("de")
    assert stage.roles is not None, "the role model is missing: run python -m dossier.events.train"
    doc = with_entities(
        "Scholz traf sich am Dienstag in Paris mit Macron.",
        {"scholz": ("PER", ["Scholz"]), "paris": ("LOC", ["Paris"]), "macron": ("PER", ["Macron"])},
    )
    event = next(e for e in stage(doc).events if e.type == "meeting")
    assert {(p.entity, p.role) for p in event.participants} == {("scholz", "agent"), ("macron", "partner")}
    assert event.method.endswith("+roles:model")


def test_stage_without_role_model_keeps_the_rules() -> None:
    doc = with_entities(SANCTION, SANCTION_ENTITIES)
    event = next(e for e in EventStage(load_lexicon("de"))(doc).events if e.type == "sanction")
    assert "roles:model" not in event.method


def test_entities_of_other_sentences_need_more_evidence() -> None:
    model = RoleModel(["agent", NONE], {"f": [0.0, 0.405]})  # probability of none: 0.6
    assert model.role(Option("x", ("f",))) is not None
    assert model.role(Option("x", ("f",), context=True)) is None


def test_an_entity_named_only_in_brackets_is_no_option() -> None:
    """A dateline agency (`Bremen (dpa) –`) or an affiliation qualifies the report or a name; it never acts,
    neither as an option of the role model nor as the firm carried to a business event."""
    doc = with_entities(
        "Bremen (dpa) – Der Konzern Norwell übernimmt den Zulieferer Datavia. Das Werk soll schließen.",
        {"dpa": ("ORG", ["dpa"]), "norwell": ("ORG", ["Norwell"]), "datavia": ("ORG", ["Datavia"])},
    )
    assert "dpa" not in _options(doc, "acquisition")
    assert "dpa" not in _options(doc, "closure")
    assert "norwell" in _options(doc, "acquisition")
