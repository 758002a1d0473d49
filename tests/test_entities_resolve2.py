"""Resolution of role and organisation nouns added in session 5: unnamed organisations, nouns after a possessive,
an indefinite article or a place adjective, compounds ending in an organisation noun."""

import pytest

from dossier.entities.lexicon import load as load_lexicon
from dossier.entities.references import _introduced_gender, _owned_gender
from dossier.entities.resolve import _other_office
from entity_docs import mention_at as _mention


@pytest.mark.parametrize(
    ("text", "noun", "after", "name"),
    [
        pytest.param(  # `Ihr` opening a sentence, the possessive the tagger misses
            "Der Prozess gegen Harald K. geht zu Ende. Verteidigerin Nermin Aydın plädierte auf Bewährung. "
            "Ihr Mandant habe Fehler gemacht.", "Mandant", "", "Harald K.", id="capitalised-possessive"),
        pytest.param(  # the place adjective joins the role span
            "Matthias Brenner ist seit Januar Trainer des ThSV Eisenach. „Wir müssen kämpfen“, sagte der Eisenacher "
            "Coach nach dem Spiel.", "Eisenacher Coach", "", "Matthias Brenner", id="place-adjective"),
        pytest.param(
            "Die Nordsilizium GmbH baut in Freiberg ein Werk. Ein Investor aus Taiwan hat Interesse an dem "
            "Chiphersteller gezeigt.", "Chiphersteller", "", "Nordsilizium GmbH", id="organisation-compound"),
        pytest.param(  # a heading's length counts words, not punctuation and quotation marks
            "Die Harzer Armaturenwerke streichen 300 Stellen.\n\nBetriebsratschefin: „Das ist ein Kahlschlag mit "
            "Ansage“\n\nBetriebsratschefin Stefanie Albrecht sprach von Verrat.", "Betriebsratschefin", "",
            "Stefanie Albrecht", id="heading-with-quotation"),
        pytest.param(
            "Der Sächsische Landtag wurde neu gewählt. Die Grünen verpassten den Wiedereinzug. Das Parlament soll "
            "sich im Oktober konstituieren.", "Parlament", "", "Sächsische Landtag", id="parliament-noun"),
        pytest.param(  # `der Stadtteil Hochfeld` is never `die Stadt`
            "In Duisburg brennt eine Lagerhalle. Im Duisburger Stadtteil Hochfeld stieg Rauch auf. Die Stadt hat ein "
            "Bürgertelefon eingerichtet.", "Stadt", "Rauch", "Duisburg", id="town-not-its-part"),
    ],
)
def test_noun_refers_to_the_named_entity(analyse_entities, text, noun, after, name):
    owner, m = _mention(analyse_entities(text), noun, after)
    assert m is not None and m.kind == "role" and m.text == noun
    assert owner.name == name


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        pytest.param("Das Land steckt in der Krise. Viele verlassen ihre Heimat.", "Land", id="country-noun"),
        pytest.param(  # `Publikumspreis` names another prize, not the film before
            "Der Film „Die Schleuse“ gewann in Saarbrücken. Den Publikumspreis erhielt ein anderer Beitrag.",
            "Publikumspreis", id="work-compound"),
        pytest.param(  # the organisation is the source of the quote, not a new person
            "Ein Sprecher des Pentagons bestätigte den Angriff. Ein Beamter der Polizei sagte, es gebe Tote.",
            "Sprecher", id="anonymous-spokesperson"),
        pytest.param(
            "Ein Sprecher des Pentagons bestätigte den Angriff. Ein Beamter der Polizei sagte, es gebe Tote.",
            "Beamter", id="member-of-an-organisation"),
    ],
)
def test_noun_is_no_mention(analyse_entities, text, noun):
    assert _mention(analyse_entities(text), noun) == (None, None)


@pytest.mark.parametrize(
    ("text", "first", "later", "after"),
    [
        pytest.param(
            "Eine 86-Jährige aus Wardenburg hatte den Betrügern 4.800 Euro gegeben. Richter Jens Mohr verlas das "
            "Urteil. Die 86-Jährige sagte als Zeugin aus.", "86-Jährige", "86-Jährige", "Urteil",
            id="indefinite-age-noun-and-its-repeat"),
        pytest.param(  # the feminine possessive passes the noun's gender to `sie`
            "Der FC Wolfsried verlor 1:2. Trainer Jens Mohr war trotzdem zufrieden. Seine Mannschaft habe gezeigt, "
            "dass sie zurückkommen könne.", "Mannschaft", "sie zurück", "", id="team-pronoun-after-possessive"),
    ],
)
def test_later_mention_joins_the_first(analyse_entities, text, first, later, after):
    doc = analyse_entities(text)
    entity, m = _mention(doc, first)
    assert m is not None and _mention(doc, later, after)[0] is entity


def test_unnamed_organisation_noun_becomes_an_entity_its_repeats_join(analyse_entities):
    doc = analyse_entities(
        "Die Mannschaft landete am Montag in Frankfurt. Tausende warteten am Flughafen. "
        "Am Abend feierte die Mannschaft auf dem Römer."
    )
    first, m = _mention(doc, "Mannschaft")
    again, _ = _mention(doc, "Mannschaft", "Abend")
    assert first is not None and m.kind == "role" and first.type == "ORG"
    assert again is first


def test_role_noun_after_possessive_read_as_verb(analyse_entities):
    doc = analyse_entities(
        "Der Angeklagte Sven Albrecht schwieg am ersten Tag. In einer Erklärung, die sein Verteidiger verlas, "
        "räumte er Fehler ein."
    )
    _e, m = _mention(doc, "Verteidiger")
    assert m is not None and m.kind == "role"


def test_masculine_role_noun_after_plural_determiner_is_plural():
    assert _owned_gender("m", "sein") == "m" and _owned_gender("m", "seinem") == "m"
    assert _owned_gender("m", "seine") is None and _owned_gender("m", "ihrer") is None
    assert _owned_gender("m", "die") is None and _owned_gender("m", "der") == "m"
    assert _owned_gender("f", "seine") == "f"


def test_indefinite_role_noun_introduces_a_new_person(analyse_entities):
    doc = analyse_entities(
        "Juwelier Gerd Sonnleitner entdeckte den Einbruch am Morgen. Ein Anwohner, der über dem Geschäft wohnt, "
        "sagte, er habe gegen drei Uhr ein Geräusch gehört."
    )
    owner, m = _mention(doc, "Anwohner")
    assert m is not None and owner.name != "Gerd Sonnleitner"
    assert _mention(doc, "er habe")[0] is owner


def test_indefinite_article_gives_the_gender_where_the_noun_form_agrees():
    assert _introduced_gender("u", "f") == "f" and _introduced_gender("m", "m") == "m"
    assert _introduced_gender("m", "f") is None and _introduced_gender("f", None) is None


def test_company_noun_never_falls_back_to_the_interviewing_outlet(analyse_entities):
    doc = analyse_entities(
        "Die Hagedorn Armaturen GmbH & Co. KG steckt in der Krise.\n\nAnzeiger: Herr Hagedorn, wie geht es "
        "weiter?\n\nHagedorn: Wir müssen sparen.\n\nAnzeiger: Wer führt später die Geschäfte?\n\nHagedorn: Das "
        "Unternehmen bleibt in Iserlohn."
    )
    owner, _m = _mention(doc, "Unternehmen")
    assert owner is None or owner.name != "Anzeiger"


def test_deputy_office_does_not_fit_the_office():
    assert _other_office("vizepremier", "premier", "de") and _other_office("ex-kanzler", "kanzler", "de")
    assert not _other_office("us-präsident", "präsident", "de") and not _other_office("bundeskanzler", "kanzler", "de")


def test_session5_role_nouns_and_compounds_are_role_nouns():
    lex = load_lexicon()
    for word in ("Bankräuber", "Anklagevertreter", "Routinier", "Passantin", "Ortsvorsteherin", "Verurteilte"):
        assert lex.role(word) is not None, word
    assert lex.role("Lotse") is None  # `Der Lotse` is a film title in the corpus; left out


def test_session5_organisation_nouns_are_listed():
    lex = load_lexicon()
    for word in ("Parlament", "Gremium", "Redaktion", "Orchester", "Kino", "Vertrag", "App", "Club"):
        assert lex.org_role(word) is not None, word
