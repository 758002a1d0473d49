"""Merging repeated mentions: one event per happening (docs/annotation.md §4), parties from the first mention."""

from __future__ import annotations

from dossier.events.extract import Candidate
from dossier.events.merge import merge
from dossier.events.roles import Option
from dossier.model import Span


def _cand(start: int, word: str, event_type: str, participants: list[tuple[str, str]], **kw) -> Candidate:
    trigger = Span(start=start, end=start + len(word), text=word)
    return Candidate(type=event_type, trigger=trigger, sentence=start // 100, participants=participants, **kw)


def _option(entity: str, *features: str) -> Option:
    return Option(entity, ("bias", *features))


def test_a_later_noun_mention_joins_without_adding_its_guessed_parties() -> None:
    first = _cand(100, "gewählt", "election", [("cdu", "agent")], kind="verb")
    again = _cand(300, "Wahl", "election", [("spd", "partner")], kind="noun")
    [event] = merge([first, again])
    assert [t.text for t in event.triggers] == ["gewählt", "Wahl"]
    assert [(p.entity, p.role) for p in event.participants] == [("cdu", "agent")]


def test_mentions_with_different_agents_stay_two_events() -> None:
    first = _cand(100, "Spiel", "match", [("hsv", "agent")])
    other = _cand(300, "Spiel", "match", [("fcb", "agent")])
    assert len(merge([first, other])) == 2


def test_a_planned_mention_stays_apart_from_what_happened() -> None:
    first = _cand(100, "Prozess", "trial", [], modality="occurred")
    later = _cand(300, "Prozess", "trial", [], modality="planned")
    assert len(merge([first, later])) == 2


def test_partners_named_with_a_later_mention_join_the_call() -> None:
    first = _cand(100, "telefoniert", "phone_call", [("trump", "agent")], kind="verb")
    options = [_option("merz", "scope=clause", "prep=mit"), _option("nato", "scope=prev1", "prep=-")]
    again = _cand(300, "Telefonat", "phone_call", [("merz", "partner"), ("nato", "partner")], options=options)
    [event] = merge([first, again])
    assert [(p.entity, p.role) for p in event.participants] == [("trump", "agent"), ("merz", "partner")]


def test_a_bare_headline_takes_the_parties_of_its_lead() -> None:
    head = _cand(10, "Streik", "strike", [])
    lead = _cand(120, "Streik", "strike", [("verdi", "agent")])
    [event] = merge([head, lead])
    assert [(p.entity, p.role) for p in event.participants] == [("verdi", "agent")]
