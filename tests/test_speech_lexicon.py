"""The speech data files: they load, rows are well-formed, and generated verb forms are right."""

from __future__ import annotations

import pytest

from dossier.lang import get_pack
from dossier.speech.lexicon import load_lexicon

LEX = load_lexicon("de")


@pytest.mark.parametrize(
    ("form", "lemma", "finite", "needs_particle"),
    [
        ("sagte", "sagen", True, False),
        ("gesagt", "sagen", False, False),
        ("berichtete", "berichten", True, False),
        ("kritisiert", "kritisieren", True, False),
        ("bezeichnete", "bezeichnen", True, False),
        ("forderte", "fordern", True, False),
        ("wies", "zurückweisen", True, True),
        ("zurückgewiesen", "zurückweisen", False, False),
        ("warf", "vorwerfen", True, True),
        ("vorgeworfen", "vorwerfen", False, False),
        ("kündigte", "ankündigen", True, True),
        ("angekündigt", "ankündigen", False, False),
        ("ankündigte", "ankündigen", True, False),
        ("schrieb", "schreiben", True, False),
    ],
)
def test_generated_and_listed_forms(form: str, lemma: str, finite: bool, needs_particle: bool) -> None:
    hits = [h for h in LEX.verb_forms(form) if h.verb.lemma == lemma]
    assert hits, form
    assert (hits[0].finite, hits[0].needs_particle) == (finite, needs_particle)


def test_non_cues_are_not_forms() -> None:
    for word in ("teilte", "sah", "wusste", "Mitteilung"):
        assert not LEX.verb_forms(word) or all(h.needs_particle for h in LEX.verb_forms(word))


def test_every_verb_row_is_well_formed() -> None:
    for row in get_pack("de").table("speech/verbs.tsv"):
        assert len(row) in (2, 3) and set(row[1]) <= set("cntxrfpz"), row
        assert row[0].replace("|", "").replace(" ", "").isalpha(), row
        assert " " not in row[0].partition("|")[2], row  # only the particle may have several words


def test_fixed_cues_channels_and_outlets() -> None:
    roles = {words: role for words, role in LEX.fixed}
    assert roles[("laut",)] == "before" and roles[("zufolge",)] == "after"
    assert roles[("nach", "angaben")] == "before" and roles[("hieß", "es")] == "hiess"
    assert LEX.is_channel_noun("Fernsehinterview") and LEX.is_channel_noun("Ansprache")
    assert not LEX.is_channel_noun("Haus")
    assert "Truth Social" in LEX.platforms and "reuters" in LEX.media
    assert "sei" in LEX.konjunktiv and "ließ" in LEX.causative and "mit" in LEX.content_preps


def test_home_country_list_starts_with_the_country() -> None:
    assert LEX.hints.home[0] == "Deutschland" and "Bundesregierung" in LEX.hints.home


def test_particles_of_several_words_are_never_joined() -> None:
    hits = {h.verb.lemma: h for h in LEX.verb_forms("gestellt")}
    assert hits["in Aussichtstellen"].needs_particle and not hits["in Aussichtstellen"].finite
    assert all(" " not in form for form in LEX.forms)


@pytest.mark.parametrize("form", ["schimpfte", "polterte", "verspottet", "aussprach", "titelt"])
def test_added_general_speech_verbs(form: str) -> None:
    assert LEX.verb_forms(form)
