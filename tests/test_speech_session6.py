"""Speech-layer rule families of session 6: fixed cues without a source, `nach Aussage X`, the
parenthetical `so X` inside a verbless clause, and precision rules for reported speech."""

from __future__ import annotations

from test_speech_extract import PEOPLE, analyse, messages, only


def _cue(q) -> str:
    return q.cue.text if q.cue else ""


def test_dem_vernehmen_nach_is_a_cue_without_source() -> None:
    q = only(analyse("Dem Vernehmen nach soll der Vertrag verlängert werden.", PEOPLE))
    assert q.kind == "indirect" and _cue(q) == "Dem Vernehmen nach" and q.source is None
    assert messages(q) == ["soll der Vertrag verlängert werden"] and q.position == "none"


def test_nach_aussage_is_cued_like_nach_angaben() -> None:
    q = only(analyse("Nach Aussage von Merz wurde niemand verletzt.", PEOPLE))
    assert _cue(q) == "Nach Aussage" and q.source.entity == "merz"


def test_nach_der_aussage_with_an_article_is_a_time_not_a_cue() -> None:
    doc = analyse("Erst nach der Aussage einer Zeugin gab er den Diebstahl zu.", PEOPLE)
    assert all(_cue(q) != "nach der Aussage" for q in doc.quotes)


def test_parenthetical_so_continues_a_verbless_rest_of_the_clause() -> None:
    q = only(analyse("Der Vorschlag sei, so Merz, völlig unbrauchbar.", PEOPLE))
    assert _cue(q) == "so" and messages(q) == ["Der Vorschlag sei", "völlig unbrauchbar"]
    assert q.position == "inside"


def test_parenthetical_so_continues_with_a_noun_phrase_subject() -> None:
    q = only(analyse("Gegen ihn spreche aber, so Merz, die lange Dauer der Taten.", PEOPLE))
    assert messages(q) == ["Gegen ihn spreche aber", "die lange Dauer der Taten"]
