"""The entity stage on small German examples: each mention kind, clustering, roles and resolution."""

import pytest

# (text, name mentions with their types that must be among those found)
NAMES_FOUND = [
    pytest.param(
        "In Bochum-Wattenscheid schließt die Hallstein Maschinenwerke AG ihr Werk.",
        {("Bochum-Wattenscheid", "LOC"), ("Hallstein Maschinenwerke AG", "ORG")},
        id="place_compound_and_company_legal_form",
    ),
    pytest.param(
        "Das Amtsgericht Schweinfurt eröffnete das Verfahren. Im Landkreis Celle blieb es ruhig.",
        {("Amtsgericht Schweinfurt", "ORG"), ("Landkreis Celle", "LOC")},
        id="institution_noun_and_place_form_one_name",
    ),
    pytest.param(
        "Ihr Roman „Die Salzstraße“ erschien im Herbst. Die ZDF-Sendung „Aktenzeichen XY“ zeigt den Fall.",
        {("Die Salzstraße", "MISC"), ("Aktenzeichen XY", "MISC")},
        id="quoted_title_after_a_work_noun_is_misc",
    ),
    pytest.param(
        "Die Staatsanwaltschaft Bochum ermittelt. Auch die Polizei München sucht Zeugen.",
        {("Staatsanwaltschaft Bochum", "ORG"), ("Polizei München", "ORG")},
        id="generic_institution_joins_the_place_after_it",
    ),
    pytest.param(
        "Nach dem Zweiten Weltkrieg trat das Grundgesetz in Kraft. Die Fußball-Europameisterschaft beginnt.",
        {("Zweiten Weltkrieg", "MISC"), ("Grundgesetz", "MISC"), ("Fußball-Europameisterschaft", "MISC")},
        id="named_events_and_laws_from_the_knowledge_base",
    ),
    pytest.param(
        "Wer in Rothenbach am Main über den Fluss will, braucht Geduld. Auch in Kemnath am See wartet man.",
        {("Rothenbach am Main", "LOC"), ("Kemnath am See", "LOC")},
        id="place_with_its_river_or_lake_is_one_name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_FOUND)
def test_names_found(analyse_names, text: str, expected: set) -> None:
    assert expected <= analyse_names(text)


def _by_name(doc, name):
    return next(e for e in doc.entities if e.name == name)


def _mentions(doc, name, kind=None):
    return [m.text for m in _by_name(doc, name).mentions if kind is None or m.kind == kind]


def test_names_genitive_and_compounds(analyse_entities):
    doc = analyse_entities(
        "US-Präsident Donald Trump lobte Russlands Haltung. Trumps Frist läuft ab. Der Kreml-Sprecher schwieg."
    )
    assert _mentions(doc, "USA") == ["US"]
    assert _mentions(doc, "Donald Trump", "name") == ["Donald Trump", "Trumps"]
    assert _mentions(doc, "Russland") == ["Russlands"]
    assert _mentions(doc, "Kreml") == ["Kreml"]
    assert "US-Präsident" in _by_name(doc, "Donald Trump").roles
    assert all(m.method for e in doc.entities for m in e.mentions)


def test_unknown_person_with_role_and_surname_later(analyse_entities):
    doc = analyse_entities("Der Bürgermeister Torsten Kühne sagte am Montag, die Stadt spare. Kühne will sparen.")
    per = _by_name(doc, "Torsten Kühne")
    assert per.type == "PER"
    assert [m.text for m in per.mentions if m.kind == "name"] == ["Torsten Kühne", "Kühne"]


def test_role_used_alone_resolves_to_person(analyse_entities):
    doc = analyse_entities(
        "US-Präsident Donald Trump traf Wladimir Putin. Später sagte der US-Präsident, es sei gut gelaufen."
    )
    roles = [m for m in _by_name(doc, "Donald Trump").mentions if m.kind == "role"]
    assert [(m.text, m.method) for m in roles] == [("US-Präsident", "rule:role-noun")]  # the title is no mention
    assert roles[0].start > doc.text.index("Später")
    assert "US-Präsident" in _by_name(doc, "Donald Trump").roles


def test_pronoun_resolution_by_gender(analyse_entities):
    doc = analyse_entities("Ministerin Anna Schuster traf Peter Wolf. Sie sagte, er habe recht.")
    assert _mentions(doc, "Anna Schuster", "pronoun") == ["Sie"]
    assert _mentions(doc, "Peter Wolf", "pronoun") == ["er"]


def test_pronoun_after_speech_verb_is_not_the_quoted_person(analyse_entities):
    doc = analyse_entities("Joe Biden äußerte sich. „Putin will Krieg“, sagte er in Washington.")
    assert _mentions(doc, "Joe Biden", "pronoun") == ["er"]


def test_no_cross_talk_between_same_surname(analyse_entities):
    doc = analyse_entities("Friedrich Merz traf Charlotte Merz. Charlotte Merz sagte, sie sei zufrieden.")
    kinds = {e.name: e.kb for e in doc.entities if e.type == "PER"}
    assert kinds["Friedrich Merz"] == "Q62904"
    assert "Charlotte Merz" in kinds and kinds["Charlotte Merz"] is None
    assert _mentions(doc, "Charlotte Merz", "pronoun") == ["sie"]


def test_demonyms_point_to_their_place(analyse_entities):
    doc = analyse_entities("Der russische Präsident und die Moskauer Führung trafen die Russen.")
    assert _mentions(doc, "Russland", "demonym") == ["russische", "Russen"]
    assert _mentions(doc, "Moskau", "demonym") == ["Moskauer"]


def test_capital_as_actor_is_a_metonym_of_its_country(analyse_entities):
    doc = analyse_entities("Washington droht mit Zöllen. In Washington regnet es.")
    usa = _by_name(doc, "USA")
    assert [(m.text, m.kind, m.type) for m in usa.mentions] == [("Washington", "metonym", "ORG")]
    assert _mentions(doc, "Washington") == ["Washington"]


def test_institution_names_without_article(analyse_entities):
    doc = analyse_entities("Das Weiße Haus widersprach. Ein Sprecher des Weißen Hauses sagte nichts.")
    assert _mentions(doc, "Weißes Haus") == ["Weiße Haus", "Weißen Hauses"]
    assert _by_name(doc, "Weißes Haus").type == "ORG"


def test_alias_in_brackets_and_transliterations_merge(analyse_entities):
    doc = analyse_entities("Kirill Dmitrijew (auch: Dmitriev) reiste an. Selenskyj und Zelensky sind eine Person.")
    dm = _by_name(doc, "Kirill Dmitrijew")
    assert "Dmitriev" in dm.aliases
    ze = _by_name(doc, "Wolodymyr Selenskyj")
    assert _mentions(doc, "Wolodymyr Selenskyj") == ["Selenskyj", "Zelensky"]
    assert ze.kb == "Q3881"


def test_weak_names_need_a_name_context(analyse_entities):
    doc = analyse_entities("Das Bild zeigt die Welt. Er schrieb auf X, die Zeitung „Bild“ habe berichtet.")
    names = {m.text for e in doc.entities for m in e.mentions if m.kind == "name"}
    assert "X" in names and "Bild" in names
    assert "Welt" not in names
    assert [m.start for m in _by_name(doc, "Bild").mentions] == [doc.text.index("Bild“")]


def test_org_role_noun_refers_back(analyse_entities):
    doc = analyse_entities("Die Süddeutsche Zeitung berichtete darüber. Das Blatt beruft sich auf Insider.")
    assert _mentions(doc, "Süddeutsche Zeitung", "role") == ["Blatt"]


def test_ids_follow_first_mention_and_are_deterministic(analyse_entities):
    text = "Putin sprach mit Trump in Moskau. Trump antwortete."
    a, b = analyse_entities(text), analyse_entities(text)
    assert [e.id for e in a.entities] == [f"e{i}" for i in range(1, len(a.entities) + 1)]
    assert a.to_json() == b.to_json()
    assert [e.name for e in a.entities][:2] == ["Wladimir Putin", "Donald Trump"]
