"""Span boundaries of organisation names: legal forms keep their dot, known agencies keep their full name."""


def test_legal_form_keeps_its_dot_when_the_tokenizer_splits_it(analyse_names):
    names = analyse_names("Die Bafin schloss die Hessler & Cie. am Mittwoch. Er kaufte bei Hessler & Cie.")
    assert ("Hessler & Cie.", "ORG") in names
    assert ("Hessler & Cie", "ORG") not in names


def test_hyphenated_agency_name_is_one_name(analyse_names):
    assert ("Itar-Tass", "ORG") in analyse_names("Das meldete die Nachrichtenagentur Itar-Tass am Abend.")
