"""Resolution rules added in session 6: pronouns after a colon, salience of organisation nouns, works that are
no film."""

import pytest

from dossier.entities.lexicon import listed, load
from entity_docs import mention_at as _mention


@pytest.mark.parametrize(
    ("text", "pronoun", "after", "name"),
    [
        pytest.param(
            "Lange wurde Berti Vogts verspottet. Jetzt muss man sagen: Er hat aus der Mannschaft etwas gemacht.",
            "Er", "sagen", "Berti Vogts", id="after-colon"),
        pytest.param(
            "Putin geht es um etwas anderes: Er will die Ukraine schwächen.", "Er", "anderes", "Wladimir Putin",
            id="after-colon-same-sentence"),
    ],
)
def test_pronoun_after_colon_is_a_mention(analyse_entities, text, pronoun, after, name):
    owner, m = _mention(analyse_entities(text), pronoun, after)
    assert m is not None and m.kind == "pronoun"
    assert owner.name == name


def test_possessive_after_colon_is_no_pronoun(analyse_entities):
    doc = analyse_entities("Angela Merkel wurde gewählt. Dazu sagte der Kanzler: Ihr Sieg ist verdient.")
    assert _mention(doc, "Ihr") == (None, None)


def test_film_noun_is_no_festival_or_prize(analyse_entities):
    doc = analyse_entities(
        "Der Spielfilm „Die Schleuse“ lief am Samstag in Saarbrücken. Das Filmfestival Max Ophüls Preis zählte "
        "40.000 Besucher. Der Film erzählt von einem Schleusenwärter an der Saar.")
    owner, m = _mention(doc, "Film erzählt")
    assert m is not None and owner.name == "Die Schleuse"


def test_work_noun_takes_the_topic_not_the_work_named_last(analyse_entities):
    doc = analyse_entities(
        "Der Fischkutter „Seeschwalbe“ hat vor Sylt tote Schweinswale gefunden. Die „Seeschwalbe“ war auf "
        "Fangfahrt. Am Abend lag die „Seeschwalbe“ im Hafen von List neben der „Anna Lena“. Der Kutter soll im "
        "Frühjahr erneut auslaufen.")
    owner, m = _mention(doc, "Kutter soll")
    assert m is not None and owner.name == "Seeschwalbe"


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        pytest.param(
            "Der SV Eintracht Hohenfeld gewann am Samstag mit 3:1 gegen den FC Wiesental. Dabei hatte der "
            "Nachmittag für die Gastgeber schlecht begonnen. Dario Kessler brachte die Gäste früh in Führung.",
            "Gastgeber", "SV Eintracht Hohenfeld", id="home-named-first"),
        pytest.param(
            "Der SV Eintracht Hohenfeld gewann am Samstag mit 3:1 gegen den FC Wiesental. Dabei hatte der "
            "Nachmittag für die Gastgeber schlecht begonnen. Dario Kessler brachte die Gäste früh in Führung.",
            "Gäste", "FC Wiesental", id="away-named-second"),
        pytest.param(
            "Der SV Blau-Gelb Osterholz gewann am Freitag das Derby beim TuS Heidkrug mit 3:1. Vor 740 Zuschauern "
            "brauchten die Gäste eine Stunde, um die Partie in den Griff zu bekommen.",
            "Gäste", "SV Blau-Gelb Osterholz", id="host-after-beim"),
    ],
)
def test_sides_of_a_match(analyse_entities, text, noun, name):
    owner, m = _mention(analyse_entities(text), noun)
    assert m is not None and owner.name == name


def test_guests_of_no_match_make_no_entity(analyse_entities):
    doc = analyse_entities("Das Hotel Seeblick in Lindau feierte sein Jubiläum. Die Gäste tanzten bis Mitternacht.")
    assert _mention(doc, "Gäste") == (None, None)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        pytest.param(
            "Armin Laschet gewann die Wahl zum CDU-Vorsitz knapp. Norbert Röttgen gratulierte. Auch Röttgen "
            "sicherte dem Sieger seine Loyalität zu.",
            "Sieger", "Armin Laschet", id="role-noun-not-subject-of-own-clause"),
        pytest.param(
            "Ingrid Solheim erhält den Forschungspreis der Deutschen Meeresstiftung. Die Stiftung würdigt sie als "
            "Chronistin des Wattenmeers.",
            "sie als", "Ingrid Solheim", id="sie-after-verb-not-the-subject"),
        pytest.param(
            "Die Bürgerinitiative „Rettet das Kurhaus“ sammelte 4000 Unterschriften. Die Bürgerinitiative „Rettet "
            "das Kurhaus“ will klagen. Den Zuschlag bekam Alpina Hospitality. Das Unternehmen betreibt bereits "
            "Hotels.",
            "Unternehmen", "Alpina Hospitality", id="company-noun-not-an-initiative"),
        pytest.param(
            "Annika Wessely forschte in Jena an der Friedrich-Schiller-Universität. Im Sommer berief die Hochschule "
            "sie zur Professorin.",
            "sie zur", "Annika Wessely", id="sie-after-inverted-subject-is-object"),
        pytest.param(
            "Die Grünen haben die Wahl in Hessen verloren. Sie hätten zu wenig über Mieten gesprochen, sagte "
            "Claudia Roth am Montag.",
            "Sie hätten", "Grüne", id="plural-sie-in-reported-speech-not-the-speaker"),
    ],
)
def test_reference_takes_the_entity_the_clause_allows(analyse_entities, text, mention, name):
    owner, m = _mention(analyse_entities(text), mention)
    assert m is not None and owner.name == name


def test_every_noun_of_ref_not_firm_is_an_organisation_noun() -> None:
    """A noun missing from org_roles.tsv has no hints, so `_no_firm` would skip it without a word."""
    lex = load("de")
    assert [n for n in listed("ref_not_firm.txt", "de") if lex.org_role(n) is None] == []


def test_host_words_are_listed_in_lower_case() -> None:
    """`_hosted` compares the word before the team lower-cased (`Beim TuS …` opening a sentence)."""
    assert all(w == w.lower() for w in listed("ref_host.txt", "de")) and "beim" in listed("ref_host.txt", "de")
