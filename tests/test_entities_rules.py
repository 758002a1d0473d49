"""Rule families of the entity stage beyond plain names: person nouns, back references, number, quotes."""

from dossier.entities import make_stage as entities
from dossier.entities.lexicon import load as load_lexicon
from dossier.entities.model import spans_from_labels
from dossier.entities.train import gold_labels
from dossier.model import AnalysedDocument
from dossier.segment import make_stage as segmenter


def _names(doc):
    return {(m.text, e.type) for e in doc.entities for m in e.mentions if m.kind == "name"}


def _kinds(doc, name):
    ent = next(e for e in doc.entities if e.name == name)
    return [(m.text, m.kind) for m in ent.mentions]


def test_age_noun_refers_to_the_person_in_focus(analyse_entities):
    doc = analyse_entities("Der Bürgermeister Klaus Brenner trat zurück. Der 58-Jährige nannte gesundheitliche Gründe.")
    assert ("58-Jährige", "role") in _kinds(doc, "Klaus Brenner")


def test_inhabitant_noun_with_article_is_a_person_of_that_country(analyse_entities):
    doc = analyse_entities("Mark Rutte reiste nach Kiew. Der Niederländer sagte, die Russen müssten abziehen.")
    assert ("Niederländer", "role") in _kinds(doc, "Mark Rutte")
    assert ("Russen", "demonym") in _kinds(doc, "Russland")


def test_back_referring_organisation_noun(analyse_entities):
    doc = analyse_entities(
        "Das Landgericht Hildesheim verhandelte den Fall. Das Gericht sah die Schuld als erwiesen an."
    )
    assert ("Gericht", "role") in _kinds(doc, "Landgericht Hildesheim")


def test_plural_sie_is_not_resolved_to_a_woman(analyse_entities):
    doc = analyse_entities("Ministerin Anna Schuster besuchte die Bauern. Sie haben lange auf Hilfe gewartet.")
    assert [k for k in _kinds(doc, "Anna Schuster") if k[1] == "pronoun"] == []


def test_pronoun_in_reported_speech_is_the_later_speaker(analyse_entities):
    doc = analyse_entities("Olaf Scholz traf Christian Lindner. Der Kanzler habe ihn bedrängt, sagte Lindner.")
    assert ("ihn", "pronoun") in _kinds(doc, "Christian Lindner")


def test_pronoun_after_a_long_quote_looks_before_it(analyse_entities):
    text = (
        "Wolodymyr Selenskyj wandte sich an die Nation. „Wir halten stand. Wir geben nicht auf. Wir siegen“, sagt er."
    )
    doc = analyse_entities(text)
    assert ("er", "pronoun") in _kinds(doc, "Wolodymyr Selenskyj")


def test_place_compound_and_company_legal_form(analyse_entities):
    doc = analyse_entities("In Bochum-Wattenscheid schließt die Hallstein Maschinenwerke AG ihr Werk.")
    names = _names(doc)
    assert ("Bochum-Wattenscheid", "LOC") in names
    assert ("Hallstein Maschinenwerke AG", "ORG") in names


def test_title_before_name_is_kept_as_role_and_marks_a_person(analyse_entities):
    doc = analyse_entities("Glaziologe Tobias Pfurtscheller misst den Gletscher.")
    ent = next(e for e in doc.entities if e.type == "PER")
    assert ent.name == "Tobias Pfurtscheller"
    assert "Glaziologe" in ent.roles


def test_data_files_load_with_every_family():
    lex = load_lexicon()
    for cls in ("particle", "title", "orghead", "lochead", "orgsuffix", "medium", "locprep", "speech", "placesuffix"):
        assert lex.cues[cls], cls
    assert lex.org_roles["Blatt"][1] == "ORG"
    assert "November" in lex.not_names
    assert lex.role("Bundeskanzlerin")[1].gender == "f"


def test_training_labels_and_span_decoding():
    doc = AnalysedDocument(id="x", text="Steve Witkoff traf Putin.")
    seg = segmenter("de")(doc)
    gold = {"entities": [{"type": "PER", "mentions": [{"start": 0, "end": 13, "kind": "name"}]}]}
    labels = gold_labels(gold, seg.tokens)
    assert labels[:3] == ["B-PER", "I-PER", "O"]
    assert spans_from_labels(labels) == [(0, 1, "PER")]


def test_capital_after_relation_preposition_is_a_metonym(analyse_entities):
    doc = analyse_entities(
        "Der Druck auf Peking wächst. Die Gespräche zwischen Berlin und Washington stocken. Brüssel schweigt."
    )
    mets = {(m.text, e.name, m.type) for e in doc.entities for m in e.mentions if m.kind == "metonym"}
    assert mets == {("Peking", "China", "ORG"), ("Berlin", "Deutschland", "ORG"), ("Washington", "USA", "ORG"),
                    ("Brüssel", "Europäische Union", "ORG")}


def test_institution_noun_and_place_form_one_name(analyse_entities):
    doc = analyse_entities("Das Amtsgericht Schweinfurt eröffnete das Verfahren. Im Landkreis Celle blieb es ruhig.")
    names = _names(doc)
    assert ("Amtsgericht Schweinfurt", "ORG") in names
    assert ("Landkreis Celle", "LOC") in names


def test_adjective_of_a_place_named_in_the_article(analyse_entities):
    doc = analyse_entities("In Schweinfurt schließt ein Werk. Die Schweinfurter Belegschaft protestiert.")
    assert ("Schweinfurter", "demonym") in _kinds(doc, "Schweinfurt")


def test_rule_fallback_without_a_name_model():
    stage = entities("de")
    stage.tagger = None  # no model file: HanTa NE runs typed by rule
    doc = segmenter("de")(AnalysedDocument(id="x", text="Der Gesandte Steve Witkoff traf in Moskau Juri Uschakow."))
    names = {(m.text, e.type, m.method) for e in stage(doc).entities for m in e.mentions if m.kind == "name"}
    assert ("Moskau", "LOC", "kb") in names
    assert any(text == "Steve Witkoff" and typ == "PER" for text, typ, _ in names)
