"""Capitals acting as governments: subjects of clauses, impersonal subjects, reactions from them."""

from dossier.entities.lexicon import listed


def _metonyms(analyse_entities, text):
    doc = analyse_entities(text)
    return {(m.text, m.type) for e in doc.entities for m in e.mentions if m.kind == "metonym"}


def test_capital_as_subject_of_a_subordinate_clause_is_a_metonym(analyse_entities):
    mets = _metonyms(analyse_entities, "Die Nacht zeigt, dass Moskau keinen Frieden will. Er fordert Geld, falls "
                                       "Peking die Zölle erhöht.")
    assert mets == {("Moskau", "ORG"), ("Peking", "ORG")}


def test_capital_with_impersonal_subject_is_a_metonym(analyse_entities):
    assert ("Moskau", "ORG") in _metonyms(analyse_entities, "In Moskau reagierte man mit Verachtung.")
    assert ("Berlin", "ORG") in _metonyms(analyse_entities, "Das ist ein Krieg, den in Berlin niemand will.")


def test_capital_as_place_stays_a_name(analyse_entities):
    assert _metonyms(analyse_entities, "Der Minister sagte am Donnerstag in Berlin, man werde handeln. Er wohnt "
                                       "seit Jahren in Paris.") == set()


def test_reaction_noun_before_aus_makes_the_capital_act(analyse_entities):
    assert ("Brüssel", "ORG") in _metonyms(analyse_entities, "Wichtig ist ihr eine Zusage aus Brüssel.")


def test_two_capitals_joined_before_a_finite_verb_are_its_subject(analyse_entities):
    text = "Washington und London zogen ihren Entwurf zurück. Er reiste nach Paris und Rom."
    mets = _metonyms(analyse_entities, text)
    assert mets == {("Washington", "ORG"), ("London", "ORG")}


def test_impersonal_subjects_are_listed_in_lower_case() -> None:
    """The words are compared lower-cased (`Man reagierte in Moskau`), so the list must hold them in lower case."""
    words = listed("metonym_impersonal.txt", "de")
    assert {"man", "niemand"} <= set(words)
    assert all(w == w.lower() for w in words)
