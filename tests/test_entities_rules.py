"""Rule families of the entity stage beyond plain names: person nouns, back references, number, quotes."""

import pytest

from dossier.entities import make_stage as entities
from dossier.entities.lexicon import load as load_lexicon
from dossier.entities.model import spans_from_labels
from dossier.entities.train import gold_labels
from dossier.model import AnalysedDocument
from dossier.segment import make_stage as segmenter


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



def test_title_before_name_is_kept_as_role_and_marks_a_person(analyse_entities):
    doc = analyse_entities("Glaziologe Tobias Pfurtscheller misst den Gletscher.")
    ent = next(e for e in doc.entities if e.type == "PER")
    assert ent.name == "Tobias Pfurtscheller"
    assert "Glaziologe" in ent.roles


def test_data_files_load_with_every_family():
    lex = load_lexicon()
    for cls in ("particle", "title", "orghead", "lochead", "orgsuffix", "medium", "locprep", "speech", "placesuffix",
                "prizeadj", "reportnoun", "roadletter", "roadnoun", "nounsuffix"):
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


def _detect(text):
    """Segmented context of a text, for the detection rules alone."""
    from dossier.entities.detect import Context
    from dossier.entities.kb import load as load_kb

    doc = segmenter("de")(AnalysedDocument(id="t", text=text))
    return Context(doc.text, doc.tokens, load_kb("de"), load_lexicon("de"))


def _model_names(ctx, words, typ="PER"):
    """One-token name candidates as the name model gives them (method `crf`), one per token whose text is in
    `words`."""
    from dossier.entities.detect import Cand

    return [Cand(t.start, t.end, t.text, "name", typ, None, "crf", k) for k, t in enumerate(ctx.tokens)
            if t.text in words]


def test_head_noun_with_a_phrase_is_one_organisation_name():
    from dossier.entities.detect import described_names

    ctx = _detect("Das sagte ein Sprecher des Verbands der Papierindustrie. Die Stadt gilt als Zentrum der Industrie.")
    assert [(c.text, c.type) for c in described_names(ctx, [])] == [("Verbands der Papierindustrie", "ORG")]
    ctx = _detect("Marta Ilić vom Bundesinstitut für Gewässerkunde warnte. Das Amt des Bürgermeisters ist frei.")
    assert [c.text for c in described_names(ctx, [])] == ["Bundesinstitut für Gewässerkunde"]


def test_facility_with_am_and_a_place_is_one_name():
    from dossier.entities.detect import described_names

    ctx = _detect("An der Grundschule am Erlenhang fällt Unterricht aus. Im Stadion am Kieselberg spielte er am Abend.")
    found = [(c.text, c.type) for c in described_names(ctx, [])]
    assert found == [("Grundschule am Erlenhang", "ORG"), ("Stadion am Kieselberg", "LOC")]


def test_club_names_with_prefix_and_founding_year():
    from dossier.entities.detect import club_names

    ctx = _detect("Der TuS Wendelstedt 09 schlug den FC Blau-Weiß Ostrach. Die TuS bleibt oben. Er sah es im TV.")
    found = [(c.text, c.type) for c in club_names(ctx, [])]
    assert ("TuS Wendelstedt 09", "ORG") in found and ("FC Blau-Weiß Ostrach", "ORG") in found
    assert ("TuS", "ORG") in found and all(c != "TV" for c, _ in found)


@pytest.mark.parametrize(
    ("text", "noun", "length", "model_type", "fixed_type"),
    [
        ("Der Zulieferer Kessler Gusstechnik meldete Insolvenz an.", "Zulieferer", 2, "PER", "ORG"),
        ("Er kam aus dem Weiler Rottach.", "Weiler", 1, "PER", "LOC"),
        ("Das meldete die Ausgabe des Fachmagazins Kicker.", "Fachmagazins", 1, "ORG", "ORG"),  # genitive
        ("Die Supermarktkette Frischemarkt Kettler schließt.", "Supermarktkette", 2, "ORG", "ORG"),
    ],
)
def test_class_noun_before_a_model_name_is_cut_and_gives_the_type(text, noun, length, model_type, fixed_type):
    from dossier.entities.detect import fix_model_span

    ctx = _detect(text)
    i = [t.text for t in ctx.tokens].index(noun)
    assert fix_model_span(ctx, i, i + length, model_type)[:3] == (i + 1, i + length, fixed_type)


def test_leagues_and_prizes_are_competition_names_but_not_a_bare_liga():
    from dossier.entities.detect import competitions_and_prizes

    ctx = _detect("Der Aufstieg in die Regionalliga ist fern. Der Elbe-Literaturpreis ging an ihn. Er spielt 3. Liga. "
                  "Die Liga ist stark.")
    found = [c.text for c in competitions_and_prizes(ctx, [])]
    assert found == ["Regionalliga", "Elbe-Literaturpreis", "3. Liga"]  # leagues are MISC (docs/annotation.md)


def test_interviewer_label_taken_for_a_person_becomes_the_outlet():
    from dossier.entities.detect import interview_labels

    text = "Kurier: Wie geht es?\nBrenner: Gut.\nKurier: Und sonst?\nBrenner: Auch gut.\n"
    ctx = _detect(text)
    labels = _model_names(ctx, ("Kurier", "Brenner"))
    interview_labels(ctx, labels)
    assert {(c.text, c.type) for c in labels} == {("Kurier", "ORG"), ("Brenner", "PER")}


def test_lone_common_noun_taken_for_a_person_is_dropped_unless_marked():
    from dossier.entities.detect import common_noun_persons

    ctx = _detect("Panzer rollten durch die Stadt. Dann sagte Fischer, es sei ruhig.")
    cands = _model_names(ctx, ("Panzer", "Fischer"))
    assert [c.text for c in common_noun_persons(ctx, cands)] == ["Fischer"]


def test_class_noun_before_a_model_name_gives_its_type():
    from dossier.entities.detect import fix_model_span

    ctx = _detect("Der US-Autobauer Kestrel Motors legte zu.")
    i = [t.text for t in ctx.tokens].index("Kestrel")
    assert fix_model_span(ctx, i, i + 1, "PER")[2] == "ORG"


def test_place_adjective_before_a_company_is_no_part_of_its_name():
    from dossier.entities.detect import fix_model_span

    ctx = _detect("Die Schweinfurter Hallstein Maschinenwerke AG ist pleite. In Schweinfurt ist man still.")
    assert fix_model_span(ctx, 1, 4, "ORG")[:3] == (2, 4, "ORG")


def test_lowercase_tag_feature_only_for_forms_the_tagger_knows():
    from dossier.entities.detect import known_tag as _known_tag

    assert _known_tag("haus") == "NN"
    assert _known_tag("pfurtschellerhausen") == "oov"


def test_quoted_name_after_a_vessel_noun_is_a_misc_name():
    from dossier.entities.detect import work_titles

    ctx = _detect("Der Krabbenkutter „Marie Thode“ sank vor Büsum.")
    assert [(c.text, c.type) for c in work_titles(ctx, [])] == [("Marie Thode", "MISC")]


def test_unknown_proper_noun_after_a_place_preposition_is_a_place():
    from dossier.entities.detect import preposition_places

    ctx = _detect("Sie zog nach Wunsiedel. Sie kam in Sorge.")
    assert [(c.text, c.type) for c in preposition_places(ctx, [])] == [("Wunsiedel", "LOC")]


def test_model_span_stops_at_the_end_of_its_sentence():
    from dossier.entities.model import _within_sentence

    ctx = _detect("Vom Plattenbau nach Harvard\n\nOberländer wurde 1974 geboren.")
    i = [t.text for t in ctx.tokens].index("Harvard")
    assert _within_sentence(ctx, i, i + 1, "LOC") == (i, i, "LOC")


def test_acronym_opening_a_model_name_makes_it_an_organisation():
    from dossier.entities.detect import fix_model_span

    ctx = _detect("Am Mittwoch empfängt Wetzlar den Rekordmeister THW Kiel. Der ThSV Eisenach gewann.")
    words = [t.text for t in ctx.tokens]
    k, e = words.index("THW"), words.index("ThSV")
    assert fix_model_span(ctx, k, k + 1, "PER")[2] == "ORG"
    assert fix_model_span(ctx, e, e + 1, "PER")[2] == "ORG"


def test_short_form_of_an_organisation_taken_for_a_person_is_the_organisation():
    from dossier.entities.detect import short_forms

    ctx = _detect("Der US-Konzern Norwell Systems bietet viel. Norwell zahlt. Dann sagte Norwell, es reiche.")
    cands = _model_names(ctx, ("Norwell",))
    long = cands.pop(0)
    long.end, long.type = ctx.tokens[long.token + 1].end, "ORG"
    long.text = ctx.text[long.start : long.end]
    short_forms(ctx, [long, *cands])
    assert [c.type for c in cands] == ["ORG", "PER"]  # `sagte Norwell` stays a person


def test_institution_noun_takes_a_proper_noun_the_model_did_not_see():
    from dossier.entities.detect import place_institutions

    ctx = _detect("Ein Sprecher der Staatsanwaltschaft Passau schwieg. Die Sparkasse Westholstein zahlt. Die Firma hat "
                  "beim Landkreis Insolvenz angemeldet.")
    found = [(c.text, c.type) for c in place_institutions(ctx, [])]
    assert found == [("Staatsanwaltschaft Passau", "ORG"), ("Sparkasse Westholstein", "ORG")]


def test_paper_named_after_its_region_is_one_organisation():
    from dossier.entities.detect import compound_candidates, kb_candidates

    ctx = _detect("Das meldete der Ostsee-Kurier am Montag.")
    names = [c for c in kb_candidates(ctx) if c.kind == "name"]
    found = compound_candidates(ctx, names)
    assert [(c.text, c.type) for c in found] == [("Ostsee-Kurier", "ORG")] and names == []


def test_compound_ending_in_an_institution_noun_joins_the_place_after_it():
    from dossier.entities.detect import kb_candidates, place_institutions

    ctx = _detect("Das Regierungspräsidium Karlsruhe und der Handballverband Niedersachsen prüfen den Fall.")
    names = [c for c in kb_candidates(ctx) if c.kind == "name"]
    found = [(c.text, c.type) for c in place_institutions(ctx, names)]
    assert found == [("Regierungspräsidium Karlsruhe", "ORG"), ("Handballverband Niedersachsen", "ORG")]


def test_metal_prize_and_dated_report_are_misc_names():
    from dossier.entities.detect import prizes_and_reports

    ctx = _detect("Er gewann den Goldenen Bären. Das steht im Schlafreport 2025. Goldene Zeiten sind vorbei.")
    found = [(c.text, c.type) for c in prizes_and_reports(ctx, [])]
    assert found == [("Goldenen Bären", "MISC"), ("Schlafreport 2025", "MISC")]


def test_lone_model_person_after_an_article_is_dropped():
    from dossier.entities.detect import common_noun_persons

    ctx = _detect("Die Firma droht dem Koch mit einer Klage. Dann sagte Koch, er gehe.")
    cands = _model_names(ctx, ("Koch",))
    assert [c.start for c in common_noun_persons(ctx, cands)] == [cands[1].start]


def test_road_designations_are_place_names():
    from dossier.entities.detect import road_names

    ctx = _detect("Die Brücke an der A 45 ist zu. Er fuhr über die Autobahn A3 und die Bundesstraße 312. Er hat "
                  "3 Kinder.")
    found = [(c.text, c.type) for c in road_names(ctx, [])]
    assert found == [("A 45", "LOC"), ("A3", "LOC"), ("Bundesstraße 312", "LOC")]


def test_town_named_like_a_club_of_a_match_report_is_the_club():
    from dossier.entities.detect import Cand, short_forms

    ctx = _detect("Der SV Wolfsried verlor 1:2. Für Wolfsried bleibt die Relegation. Er wohnt in Wolfsried.")
    club = Cand(ctx.tokens[1].start, ctx.tokens[2].end, "SV Wolfsried", "name", "ORG", None, "rule:club", 1)
    towns = _model_names(ctx, ("Wolfsried",), "LOC")[1:]  # the first is the club's
    short_forms(ctx, [club, *towns])
    assert [c.type for c in towns] == ["ORG", "LOC"]


def test_league_with_a_region_word_is_one_name():
    from dossier.entities.detect import competitions_and_prizes

    ctx = _detect("Das Kellerduell der Landesliga Mitte gewann der Gast. In der Mitte stand er.")
    assert [c.text for c in competitions_and_prizes(ctx, [])] == ["Landesliga Mitte"]


def test_whole_words_finds_what_one_longest_first_regex_finds() -> None:
    """Echo forms: leftmost-longest, not overlapping, not inside a word (one regex of the forms, longest first)."""
    import random
    import re

    from dossier.entities.detect import _whole_words

    text = "Kühne, Kühnes Haus; Torsten Kühne. xKühne Kühne_ Kühne-Plan Kühne Kühnes"
    assert _whole_words(text, {"Kühne", "Kühnes", "Torsten Kühne"}) == [
        (0, 5, "Kühne"), (7, 13, "Kühnes"), (20, 33, "Torsten Kühne"), (49, 54, "Kühne"), (60, 65, "Kühne"),
        (66, 72, "Kühnes"),
    ]
    rng = random.Random(1)
    for _ in range(2000):
        forms = {"".join(rng.choice("ab K_-.1") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 4))}
        text = "".join(rng.choice("ab K_-.1") for _ in range(rng.randint(0, 30)))
        pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)")
        assert _whole_words(text, forms) == [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def _fixed_org_span(text, first, length):
    """The text `fix_model_span` makes of a model ORG span from the word `first` to `length` words after it."""
    from dossier.entities.detect import fix_model_span

    ctx = _detect(text)
    i = [t.text for t in ctx.tokens].index(first)
    fixed = fix_model_span(ctx, i, i + length, "ORG")
    return ctx.text[fixed[3] : fixed[4]]


@pytest.mark.parametrize(
    ("text", "first", "length", "span"),
    [
        ("Die norwegische Reederei Fjordlinje baut ab.", "norwegische", 2, "Fjordlinje"),
        ("Der Dresdner Lieferdienst Lieferlotte stellt den Betrieb ein.", "Dresdner", 2, "Lieferlotte"),
        ("Dort spielt der Bundesligist FC Augsburg.", "Bundesligist", 2, "FC Augsburg"),
    ],
)
def test_adjective_and_class_noun_before_a_model_name_are_cut(text, first, length, span):
    assert _fixed_org_span(text, first, length) == span


@pytest.mark.parametrize(
    ("text", "first", "length", "span"),
    [
        ("Das erschien im Grünspan Verlag und steht oben.", "Grünspan", 2, "Grünspan Verlag"),
        ("Es plant der Heimatverein Wallenrode für Samstag eine Kette.", "Heimatverein", 3, "Heimatverein Wallenrode"),
        ("Laut des Niedersächsischen Fußballverbands Mitte Juni ist Schluss.", "Niedersächsischen", 3,
         "Niedersächsischen Fußballverbands"),
        ("Die Firma hat beim Amtsgericht Bielefeld Insolvenz beantragt.", "Amtsgericht", 2, "Amtsgericht Bielefeld"),
        ("Meister der Landesliga Mitte ist der TSV.", "Landesliga", 1, "Landesliga Mitte"),
    ],
)
def test_what_follows_a_model_name_is_trimmed(text, first, length, span):
    assert _fixed_org_span(text, first, length) == span


def test_place_compound_feature_of_the_name_model():
    from dossier.entities.detect import kb_candidates
    from dossier.entities.model import token_features

    ctx = _detect("Die Ahrbrücke ist gesperrt. Der Windpark steht.")
    hits = [c for c in kb_candidates(ctx) if c.kind == "name"]
    feats = dict(zip([t.text for t in ctx.tokens], token_features(ctx, hits), strict=False))
    assert "cue=placecmp=oov" in feats["Ahrbrücke"]  # an unknown first part: a name
    assert "cue=placecmp=NN" in feats["Windpark"]  # a common word before the head


def test_laws_after_a_definite_article_are_misc_names():
    from dossier.entities.detect import laws

    ctx = _detect("Das Bayerische Landesplanungsgesetz gilt. Es fehlt ein Reisegesetz. Das Gesetz kam mit dem "
                  "Gebäudeenergiegesetz. Hier greift das Bürgerliche Gesetzbuch. Es gilt das Ortsgesetz 2021.")
    assert [(c.text, c.type) for c in laws(ctx, [])] == [
        ("Bayerische Landesplanungsgesetz", "MISC"), ("Gebäudeenergiegesetz", "MISC"),
        ("Bürgerliche Gesetzbuch", "MISC"), ("Ortsgesetz 2021", "MISC")]


def test_championships_are_competitions():
    from dossier.entities.detect import competitions_and_prizes

    ctx = _detect("Die Europameisterschaft beginnt. Die Meisterschaft ist offen.")
    assert [c.text for c in competitions_and_prizes(ctx, [])] == ["Europameisterschaft"]


def test_acronym_before_a_role_noun_is_an_organisation():
    from dossier.entities.detect import compound_candidates

    ctx = _detect("Der EVG-Chef und die BLL-Fraktionschefin kritisierten den IT-Experten und das XYZ-Gelände.")
    found = [(c.text, c.type, c.method) for c in compound_candidates(ctx, [])]
    assert ("EVG", "ORG", "rule:acronym-compound") in found and ("BLL", "ORG", "rule:acronym-compound") in found
    assert not any(text in ("IT", "XYZ") and method == "rule:acronym-compound" for text, _, method in found)


def test_lone_person_guess_used_as_a_firm_or_club_is_an_organisation():
    from dossier.entities.detect import firm_persons

    ctx = _detect("Die Brandauer-Aktie stieg. Wir kaufen Brandauer. Hünfelds Trainer jubelte, Hünfeld siegte. "
                  "Die Lindemann-Aktie fiel, sagte Lindemann.")
    cands = _model_names(ctx, ("Brandauer", "Hünfeld", "Lindemann"))
    firm_persons(ctx, cands)
    assert [(c.text, c.type) for c in cands] == [("Brandauer", "ORG"), ("Hünfeld", "ORG"), ("Lindemann", "PER")]


def test_name_before_its_short_form_in_brackets_is_one_organisation():
    from dossier.entities.detect import defined_names

    ctx = _detect("Der Verband der Kühlhausbetreiber in Deutschland (VKD) warnt. Das Zentrum für Schulentwicklung "
                  "Bremen-Nord (ZSB) teilte es mit. Ministerpräsident Dietmar Woidke (SPD) und Frankfurt (Oder).")
    assert [(c.text, c.type, c.method) for c in defined_names(ctx, [])] == [
        ("Verband der Kühlhausbetreiber in Deutschland", "ORG", "rule:short-form"),
        ("Zentrum für Schulentwicklung Bremen-Nord", "ORG", "rule:short-form")]


def test_event_after_a_place_adjective_is_a_misc_name():
    from dossier.entities.detect import competitions_and_prizes

    ctx = _detect("Sie liest auf der Frankfurter Buchmesse. Das Weinfest fiel aus. Die Nordlichter Filmtage beginnen.")
    assert [c.text for c in competitions_and_prizes(ctx, [])] == ["Frankfurter Buchmesse", "Nordlichter Filmtage"]


def test_compound_class_noun_and_founding_year_before_a_legal_form():
    text = "Die Armaturenfirma Hagedorn liefert. Auch der Heimatverein Eichstetten 1884 e.V. klagt."
    assert _fixed_org_span(text, "Armaturenfirma", 1) == "Hagedorn"
    assert _fixed_org_span(text, "Heimatverein", 1) == "Heimatverein Eichstetten 1884 e.V."


def test_country_playing_in_a_match_report_is_a_team_metonym(analyse_entities):
    doc = analyse_entities("Deutschland gewann in Johannesburg mit 1:0 gegen Ghana. Ghana verteidigte tief. "
                           "Ghanas Trainer lobte das Team. In Ghana feierten trotzdem viele.")
    kinds = [(m.text, m.kind, m.type) for e in doc.entities for m in e.mentions if m.text.startswith(("Ghana", "Deut"))]
    assert ("Ghana", "metonym", "ORG") in kinds and ("Ghanas", "metonym", "ORG") in kinds
    assert ("Deutschland", "metonym", "ORG") in kinds
    assert kinds.count(("Ghana", "name", None)) + kinds.count(("Ghana", "name", "LOC")) == 1  # `In Ghana`: a place


def test_town_of_a_club_in_a_match_report_is_the_club():
    from dossier.entities.detect import club_towns

    ctx = _detect("Der TuS Heidkrug verlor mit 1:3. Heidkrug ging früh in Führung. Heidkrugs Trainer war sauer. "
                  "In Heidkrug regnete es.")
    clubs = _model_names(ctx, ("TuS",), "ORG")
    clubs[0].end, clubs[0].text = clubs[0].end + 9, "TuS Heidkrug"
    assert [(c.text, c.type) for c in club_towns(ctx, clubs)] == [("Heidkrug", "ORG"), ("Heidkrugs", "ORG")]
