"""Resolution of role and organisation nouns added in session 5: unnamed organisations, nouns after a possessive
or a place adjective, compounds ending in an organisation noun."""

from dossier.entities.references import _owned_gender


def _mention(doc, text, start_after=""):
    """(entity, mention) of the first mention `text` after `start_after`, or (None, None)."""
    offset = doc.text.index(text, doc.text.index(start_after) if start_after else 0)
    for e in doc.entities:
        for m in e.mentions:
            if m.start == offset:
                return e, m
    return None, None


def test_unnamed_organisation_noun_becomes_an_entity_its_repeats_join(analyse_entities):
    doc = analyse_entities(
        "Die Mannschaft landete am Montag in Frankfurt. Tausende warteten am Flughafen. "
        "Am Abend feierte die Mannschaft auf dem Römer."
    )
    first, m = _mention(doc, "Mannschaft")
    again, _ = _mention(doc, "Mannschaft", "Abend")
    assert first is not None and m.kind == "role" and first.type == "ORG"
    assert again is first


def test_country_noun_makes_no_unnamed_entity(analyse_entities):
    doc = analyse_entities("Das Land steckt in der Krise. Viele verlassen ihre Heimat.")
    assert _mention(doc, "Land")[0] is None


def test_role_noun_after_possessive_read_as_verb(analyse_entities):
    doc = analyse_entities(
        "Der Angeklagte Sven Albrecht schwieg am ersten Tag. In einer Erklärung, die sein Verteidiger verlas, "
        "räumte er Fehler ein."
    )
    _e, m = _mention(doc, "Verteidiger")
    assert m is not None and m.kind == "role"


def test_role_noun_after_capitalised_possessive(analyse_entities):
    doc = analyse_entities(
        "Der Prozess gegen Harald K. geht zu Ende. Verteidigerin Nermin Aydın plädierte auf Bewährung. "
        "Ihr Mandant habe Fehler gemacht."
    )
    owner, m = _mention(doc, "Mandant")
    assert m is not None and owner.name == "Harald K."


def test_masculine_role_noun_after_plural_determiner_is_plural():
    assert _owned_gender("m", "sein") == "m" and _owned_gender("m", "seinem") == "m"
    assert _owned_gender("m", "seine") is None and _owned_gender("m", "ihrer") is None
    assert _owned_gender("m", "die") is None and _owned_gender("m", "der") == "m"
    assert _owned_gender("f", "seine") == "f"


def test_place_adjective_joins_the_role_span(analyse_entities):
    doc = analyse_entities(
        "Matthias Brenner ist seit Januar Trainer des ThSV Eisenach. „Wir müssen kämpfen“, sagte der Eisenacher "
        "Coach nach dem Spiel."
    )
    owner, m = _mention(doc, "Eisenacher Coach")
    assert m is not None and m.text == "Eisenacher Coach" and owner.name == "Matthias Brenner"


def test_compound_of_an_organisation_noun_refers_back(analyse_entities):
    doc = analyse_entities(
        "Die Nordsilizium GmbH baut in Freiberg ein Werk. Ein Investor aus Taiwan hat Interesse an dem "
        "Chiphersteller gezeigt."
    )
    owner, m = _mention(doc, "Chiphersteller")
    assert m is not None and "Nordsilizium" in owner.name


def test_compound_of_a_work_noun_is_no_reference(analyse_entities):
    doc = analyse_entities(
        "Der Film „Die Schleuse“ gewann in Saarbrücken. Den Publikumspreis erhielt ein anderer Beitrag."
    )
    assert _mention(doc, "Publikumspreis")[0] is None


def test_indefinite_role_noun_introduces_a_new_person(analyse_entities):
    doc = analyse_entities(
        "Juwelier Gerd Sonnleitner entdeckte den Einbruch am Morgen. Ein Anwohner, der über dem Geschäft wohnt, "
        "sagte, er habe gegen drei Uhr ein Geräusch gehört."
    )
    owner, m = _mention(doc, "Anwohner")
    assert m is not None and owner.name != "Gerd Sonnleitner"
    assert _mention(doc, "er habe")[0] is owner


def test_indefinite_age_noun_and_its_repeat_are_one_person(analyse_entities):
    doc = analyse_entities(
        "Eine 86-Jährige aus Wardenburg hatte den Betrügern 4.800 Euro gegeben. Richter Jens Mohr verlas das Urteil. "
        "Die 86-Jährige sagte als Zeugin aus."
    )
    first, m = _mention(doc, "86-Jährige")
    again, _ = _mention(doc, "86-Jährige", "Urteil")
    assert m is not None and again is first


def test_description_after_als_is_no_new_person():
    from dossier.entities.references import _introduced_gender

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
    from dossier.entities.resolve import _other_office

    assert _other_office("vizepremier", "premier") and _other_office("ex-kanzler", "kanzler")
    assert not _other_office("us-präsident", "präsident") and not _other_office("bundeskanzler", "kanzler")


def test_heading_length_counts_words_not_punctuation(analyse_entities):
    doc = analyse_entities(
        "Die Harzer Armaturenwerke streichen 300 Stellen.\n\nBetriebsratschefin: „Das ist ein Kahlschlag mit "
        "Ansage“\n\nBetriebsratschefin Stefanie Albrecht sprach von Verrat."
    )
    owner, m = _mention(doc, "Betriebsratschefin")
    assert m is not None and owner.name == "Stefanie Albrecht"


def test_session5_role_nouns_and_compounds_are_role_nouns():
    from dossier.entities.lexicon import load

    lex = load()
    for word in ("Bankräuber", "Anklagevertreter", "Routinier", "Passantin", "Ortsvorsteherin", "Verurteilte"):
        assert lex.role(word) is not None, word
    assert lex.role("Lotse") is None  # `Der Lotse` is a film title in the corpus; left out


def test_parliament_noun_takes_up_the_named_parliament(analyse_entities):
    doc = analyse_entities(
        "Der Sächsische Landtag wurde neu gewählt. Die Grünen verpassten den Wiedereinzug. Das Parlament soll sich "
        "im Oktober konstituieren."
    )
    owner, m = _mention(doc, "Parlament")
    assert m is not None and "Landtag" in owner.name


def test_session5_organisation_nouns_are_listed():
    from dossier.entities.lexicon import load

    lex = load()
    for word in ("Parlament", "Gremium", "Redaktion", "Orchester", "Kino", "Vertrag", "App", "Club"):
        assert lex.org_role(word) is not None, word


def test_anonymous_spokesperson_is_no_new_person(analyse_entities):
    doc = analyse_entities(
        "Ein Sprecher des Pentagons bestätigte den Angriff. Ein Beamter der Polizei sagte, es gebe Tote."
    )
    assert _mention(doc, "Sprecher")[0] is None
    assert _mention(doc, "Beamter")[0] is None


def test_town_noun_skips_a_part_of_a_town(analyse_entities):
    doc = analyse_entities(
        "In Duisburg brennt eine Lagerhalle. Im Duisburger Stadtteil Hochfeld stieg Rauch auf. "
        "Die Stadt hat ein Bürgertelefon eingerichtet."
    )
    owner, m = _mention(doc, "Stadt hat")
    assert m is not None and owner.name == "Duisburg"


def test_pronoun_takes_up_a_team_after_a_possessive(analyse_entities):
    doc = analyse_entities(
        "Der FC Wolfsried verlor 1:2. Trainer Jens Mohr war trotzdem zufrieden. Seine Mannschaft habe gezeigt, dass "
        "sie zurückkommen könne."
    )
    team, m = _mention(doc, "Mannschaft")
    assert m is not None and _mention(doc, "sie zurück")[0] is team
