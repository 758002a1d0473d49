"""Speech-layer rule families added for generalisation: governed prepositions of reported speech,
cue boundaries as the guidelines define them, and speaker linking of descriptions."""

from __future__ import annotations

import pytest

from dossier.speech.lexicon import load_lexicon
from test_speech_extract import PEOPLE, analyse, messages, only

LEX = load_lexicon("de")


def test_governed_prepositions_are_loaded_for_cue_verbs() -> None:
    verbs = {h.verb.lemma: h.verb for hits in LEX.forms.values() for h in hits}
    assert LEX.content_preps_of(verbs["warnen"]) == {"vor"}
    assert LEX.content_preps_of(verbs["ankündigen"]) == frozenset()
    assert LEX.content_preps_of(verbs["fordern"]) == LEX.content_preps  # not listed: any content preposition


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Merz kündigte vor dem Parlament seinen Rücktritt an.", "seinen Rücktritt"),
        ("Weber warnte am Montag vor höheren Preisen.", "vor höheren Preisen"),
        ("Merz sprach von einem großen Erfolg.", "von einem großen Erfolg"),
    ],
)
def test_place_phrases_are_skipped_before_reported_content(text: str, message: str) -> None:
    q = only(analyse(text, PEOPLE))
    assert q.kind == "reported" and messages(q) == [message]


@pytest.mark.parametrize(
    "text",
    [
        "Merz hat am Rande des Gipfels mit Anna Weber gesprochen.",
        "Das nächste Heimspiel bestreitet Weber gegen den Tabellenletzten.",
    ],
)
def test_a_preposition_the_verb_does_not_govern_is_no_content(text: str) -> None:
    assert analyse(text, PEOPLE).quotes == []
