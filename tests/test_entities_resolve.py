"""Spelling variants and role keys used for clustering."""

from dossier.entities.resolve import _role_key, similar, translit_key


def test_transliteration_keys_merge_common_variants():
    assert translit_key("Selenskyj") == translit_key("Zelensky") == translit_key("Zelenskyy")
    assert translit_key("Dmitrijew") == translit_key("Dmitriev")
    assert similar("Uschakow", "Ushakov")


def test_different_names_stay_apart():
    assert not similar("Merz", "Marx")
    assert not similar("Müller", "Miller") or translit_key("Müller") == translit_key("Muller")


def test_role_key_is_inflection_neutral():
    assert _role_key("russischen Präsidenten") == _role_key("russischer Präsident")
    assert _role_key("US-Präsidenten") == "us-präsident"


def test_address_table_names_role_nouns_of_one_scene():
    from dossier.entities.lexicon import load

    lex = load("de")
    assert lex.address["Richter"] == "Angeklagte"
    for speaker, addressed in lex.address.items():
        assert lex.role(speaker) and lex.role(addressed), (speaker, addressed)
        assert lex.role_group(speaker)[0] == lex.role_group(addressed)[0]  # the same scene
