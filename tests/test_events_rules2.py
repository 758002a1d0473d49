"""Events: dated verbs as `other` candidates, the subject after the verb, general triggers needing context."""

from __future__ import annotations

import dataclasses
import re

from dossier.events import EventStage
from dossier.events.extract import Candidate, find_candidates
from dossier.events.lexicon import load_lexicon
from dossier.events.model import EventFilter
from dossier.lang import get_pack
from dossier.model import AnalysedDocument, Entity, Mention, Span, TimeExpression
from dossier.segment import Segmenter

LEXICON = load_lexicon("de")


def _doc(text: str, entities: dict[str, tuple[str, str]], times: dict[str, str] | None = None) -> AnalysedDocument:
    """A segmented document with one-form entities (id → type, form) and DATE expressions (surface → value)."""
    doc = Segmenter()(AnalysedDocument(id="t", text=text))
    for eid, (etype, form) in entities.items():
        mentions = [Mention(start=m.start(), end=m.end(), text=form) for m in re.finditer(rf"\b{form}\b", text)]
        doc.entities.append(Entity(id=eid, type=etype, name=form, mentions=mentions))
    for i, (surface, value) in enumerate((times or {}).items(), start=1):
        start = text.index(surface)
        doc.times.append(
            TimeExpression(id=f"t{i}", start=start, end=start + len(surface), text=surface, type="DATE", value=value)
        )
    return doc


def _candidates(doc: AnalysedDocument) -> list[tuple[str, str]]:
    return [(c.type, c.trigger.text) for c in find_candidates(doc, LEXICON)]


def test_dated_verb_is_an_other_candidate() -> None:
    doc = _doc("Die Notenbank hat am Donnerstag ihre Leitzinsen gesenkt.", {}, {"Donnerstag": "2024-06-06"})
    assert _candidates(doc) == [("other", "gesenkt")]


def test_undated_verb_is_no_candidate() -> None:
    assert _candidates(_doc("Die Notenbank hat ihre Leitzinsen gesenkt.", {})) == []


def test_dated_verb_of_speech_or_being_is_no_candidate() -> None:
    doc = _doc("Der Minister sagte am Donnerstag, die Lage sei ernst.", {}, {"Donnerstag": "2024-06-06"})
    assert _candidates(doc) == []


def test_dated_clause_with_a_typed_trigger_adds_no_other() -> None:
    doc = _doc("Die EU hat am Montag neue Sanktionen verhängt.", {"eu": ("ORG", "EU")}, {"Montag": "2024-06-03"})
    assert _candidates(doc) == [("sanction", "Sanktionen")]


def test_subject_after_the_verb_is_the_agent() -> None:
    doc = _doc(
        "Am Mittwoch feiert Oswald mit Müller in Frankfurt.",
        {"oswald": ("PER", "Oswald"), "mueller": ("PER", "Müller"), "ffm": ("LOC", "Frankfurt")},
        {"Mittwoch": "2024-06-05"},
    )
    (cand,) = find_candidates(doc, LEXICON)
    assert (cand.type, set(cand.participants)) == ("other", {("oswald", "agent"), ("mueller", "partner")})


def test_object_after_a_subject_stays_the_object() -> None:
    doc = _doc("Putin empfing Orban am Dienstag.", {"putin": ("PER", "Putin"), "orban": ("PER", "Orban")})
    (cand,) = find_candidates(doc, LEXICON)
    assert set(cand.participants) == {("putin", "agent"), ("orban", "partner")}


def test_opponent_in_a_match_is_the_partner() -> None:
    doc = _doc("Bayern gewann das Spiel gegen Dortmund 2:1.", {"fcb": ("ORG", "Bayern"), "bvb": ("ORG", "Dortmund")})
    match = [c for c in find_candidates(doc, LEXICON) if c.type == "match"]
    assert ("bvb", "partner") in match[0].participants


def test_leben_names_a_death_only_in_ums_leben_kommen() -> None:
    assert ("death", "Leben") in _candidates(_doc("Bei dem Unglück sind drei Menschen ums Leben gekommen.", {}))
    assert _candidates(_doc("Das Leben in der Stadt ist teuer.", {})) == []


def test_burglary_needs_a_place_broken_into() -> None:
    assert _candidates(_doc("Nach dem Einbruch in das Museum ermittelt die Polizei.", {}))[0] == ("other", "Einbruch")
    assert ("other", "Einbruch") not in _candidates(_doc("Der Einbruch der Umsätze war deutlich.", {}))


def test_two_participants_and_an_own_date_or_place_override_the_filter() -> None:
    pair = [("a", "agent"), ("b", "partner")]
    date = TimeExpression(id="t1", start=0, end=1, text="x", type="DATE", value="2024-06-05")
    cand = Candidate(type="talks", trigger=Span(start=0, end=1, text="x"), sentence=0, participants=pair, time=date)
    never = EventFilter({"bias": -10.0})
    assert never.keep(cand)
    assert not never.keep(dataclasses.replace(cand, time_carried=True))
    assert not never.keep(dataclasses.replace(cand, participants=pair[:1]))
    assert not never.keep(dataclasses.replace(cand, type="other"))
    assert never.keep(dataclasses.replace(cand, time=None, place="moskau"))


def test_not_happenings_are_plain_lemmas() -> None:
    assert LEXICON.not_happenings and all(w.isalpha() and w.islower() for w in LEXICON.not_happenings)
    assert {"sagen", "sein", "haben"} <= LEXICON.not_happenings


def test_rule_stage_reports_a_dated_other_event() -> None:
    doc = _doc("Am Sonntag haben 1400 Besucher den Nationalfeiertag gefeiert.", {}, {"Sonntag": "2024-08-01"})
    events = EventStage(LEXICON)(doc).events
    assert [(e.type, e.time, e.method) for e in events] == [("other", "t1", "rule:verb-trigger")]


def test_unkept_repeat_joins_the_event_it_repeats() -> None:
    from dossier.events.merge import merge

    span = Span(start=0, end=7, text="Treffen")
    first = Candidate(type="meeting", trigger=span, sentence=0, participants=[("a", "agent")])
    again = Candidate(type="meeting", trigger=Span(start=50, end=57, text="Treffen"), sentence=2, definite=True)
    lone = Candidate(type="vote", trigger=Span(start=80, end=90, text="Abstimmung"), sentence=3)
    [event] = merge([first, again, lone], [True, False, False])
    assert [t.start for t in event.triggers] == [0, 50]


def test_event_far_from_any_date_takes_the_news_day() -> None:
    text = (
        "Am Montag stimmte der Rat ab. Am Montag sprach er.\n\n"
        "Am 3. Mai war es ruhig.\n\nSpäter protestierten viele Menschen."
    )
    doc = _doc(text, {}, {"Montag": "2024-06-03", "3. Mai": "2024-05-03"})
    second = text.index("Montag", 10)
    again = TimeExpression(id="t3", start=second, end=second + 6, text="Montag", type="DATE", value="2024-06-03")
    doc.times.append(again)
    protest = next(c for c in find_candidates(doc, LEXICON) if c.type == "protest")
    assert (protest.time.id, protest.time_carried) == ("t1", True)


def test_staff_dismissed_is_a_layoff_and_compound_meetings_count() -> None:
    assert ("layoff", "entlassen") in _candidates(_doc("Die Firma hat 200 Mitarbeiter entlassen.", {}))
    assert ("layoff", "fielen") in _candidates(_doc("Rund 480 Arbeitsplätze fielen weg.", {}))
    assert ("meeting", "Krisentreffen") in _candidates(_doc("Der Bürgermeister lud zu einem Krisentreffen.", {}))
    assert ("disaster", "Flutkatastrophe") in _candidates(_doc("Nach der Flutkatastrophe wurde aufgeräumt.", {}))


def test_learned_triggers_need_a_share_of_marked_occurrences() -> None:
    from dossier.events.train import MIN_SHARE

    assert 0 < MIN_SHARE < 1
    learned = {row[0] for row in get_pack("de").table("events/learned_triggers.tsv")}
    assert "verlieren" not in learned and not learned & LEXICON.not_happenings


def test_second_word_of_the_same_event_in_a_clause_is_a_trigger_too() -> None:
    doc = _doc("Das Team hat das Halbfinale gegen England 2:1 gewonnen.", {})
    [event] = EventStage(LEXICON)(doc).events
    assert (event.type, [t.text for t in event.triggers]) == ("match", ["Halbfinale", "gewonnen"])


def test_coordinating_is_no_vote_and_a_massacre_is_an_attack() -> None:
    assert _candidates(_doc("Merkel hatte sich mit Faymann abgestimmt.", {})) == []
    assert ("vote", "abgestimmt") in _candidates(_doc("Der Rat hat über den Antrag abgestimmt.", {}))
    assert ("attack", "Massaker") in _candidates(_doc("Das Massaker von Srebrenica jährt sich.", {}))


def test_receiving_a_prize_is_an_award_for_its_beneficiary() -> None:
    doc = _doc("Sandmeier erhielt den Preis der Stadt.", {"sandmeier": ("PER", "Sandmeier")})
    cand = find_candidates(doc, LEXICON)[0]
    assert (cand.type, cand.trigger.text, cand.participants) == ("award", "erhielt", [("sandmeier", "beneficiary")])
    assert _candidates(_doc("Sandmeier erhielt einen Brief.", {})) == []
    assert "erhalten" in LEXICON.receiving


def _roles_of(text: str, entities: dict[str, tuple[str, str]], event_type: str) -> set[tuple[str, str]]:
    return {p for c in find_candidates(_doc(text, entities), LEXICON) if c.type == event_type for p in c.participants}


def test_a_later_conjunct_shares_the_preposition() -> None:
    places = {"rp": ("LOC", "Rheinland-Pfalz"), "nrw": ("LOC", "Nordrhein-Westfalen"), "x": ("ORG", "Verdi")}
    assert _roles_of("Verdi rief in Rheinland-Pfalz und Nordrhein-Westfalen zu Streiks auf.", places, "strike") == {
        ("x", "agent")
    }
    people = {"a": ("PER", "Scholz"), "b": ("PER", "Merz"), "c": ("PER", "Starmer")}
    assert _roles_of("Scholz traf sich mit Merz und Starmer.", people, "meeting") == {
        ("a", "agent"),
        ("b", "partner"),
        ("c", "partner"),
    }


def test_dateline_and_places_of_natural_events_are_no_participants() -> None:
    firm = {"lahr": ("LOC", "Lahr"), "bw": ("ORG", "Brennwerk")}
    assert _roles_of("Lahr (dpa) – Brennwerk baut 420 Stellen ab.", firm, "layoff") == {("bw", "agent")}
    fukushima = {"f": ("LOC", "Fukushima")}
    assert _roles_of("Nach der Katastrophe von Fukushima wurde umgedacht.", fukushima, "disaster") == set()
    town = {"dh": ("LOC", "Den Haag")}
    assert _roles_of("Im Zentrum von Den Haag demonstrieren 2000 Menschen.", town, "protest") == set()


def test_business_event_without_agent_is_done_by_the_firm_named_before() -> None:
    text = "Der Autozulieferer Wernecke steckt in der Krise. Das Werk in Eisenach soll 2026 geschlossen werden."
    orgs = {"w": ("ORG", "Wernecke"), "e": ("LOC", "Eisenach")}
    assert _roles_of(text, orgs, "closure") == {("w", "agent")}
    firm = {"w": ("ORG", "Wernecke")}
    assert _roles_of("Wernecke ist bekannt. Die Polizei ermittelt.", firm, "investigation") == set()


def test_a_warrant_is_no_arrest() -> None:
    assert _candidates(_doc("Das Gericht hat Haftbefehl gegen den Präsidenten erlassen.", {})) == []
    assert "haftbefehl" in LEXICON.exclude


def test_subject_after_the_verb_of_a_noun_trigger_is_the_agent() -> None:
    doc = _doc(
        "Das nächste Heimspiel bestreitet Nordheide am Samstag gegen Springe.",
        {"nordheide": ("ORG", "Nordheide"), "springe": ("ORG", "Springe")},
        {"Samstag": "2024-06-08"},
    )
    (cand,) = find_candidates(doc, LEXICON)
    assert (cand.type, set(cand.participants)) == ("match", {("nordheide", "agent"), ("springe", "partner")})


def test_sports_settings_make_a_match() -> None:
    # a team that "trifft auf" a champion, "empfängt" a cup opponent or "tritt beim Tabellenzweiten an"
    assert _candidates(_doc("Im Herbst trifft Deutschland in München auf Weltmeister Frankreich.", {})) == [
        ("match", "trifft")
    ]
    assert _candidates(_doc("Schon am Freitag empfängt Hünfeld im Pokal den Oberligisten aus Fulda.", {})) == [
        ("match", "empfängt")
    ]
    assert _candidates(_doc("Am Samstag muss die HSG beim Tabellenzweiten in Emsdetten antreten.", {})) == [
        ("match", "antreten")
    ]
    assert _candidates(_doc("Sie will bei der Wahl im Herbst erneut antreten.", {})) == [("election", "Wahl")]


def test_an_office_taken_up_is_an_appointment() -> None:
    assert _candidates(_doc("Zum 1. Mai übernimmt er das Amt.", {})) == [("appointment", "übernimmt")]
    assert _candidates(_doc("Sie tritt ihr Amt im August an.", {})) == [("appointment", "tritt")]
    assert _candidates(_doc("Der Konzern übernimmt den Zulieferer.", {})) == [("acquisition", "übernimmt")]


def test_subject_of_dying_is_the_patient() -> None:
    doc = _doc("Der Verleger Lindenbaum starb in Tübingen.", {"l": ("PER", "Lindenbaum")})
    (cand,) = find_candidates(doc, LEXICON)
    assert (cand.type, cand.participants) == ("death", [("l", "patient")])
    doc = _doc("Der Täter erschoss am Montag den Wirt Huber.", {"t": ("PER", "Täter"), "h": ("PER", "Huber")})
    (cand,) = find_candidates(doc, LEXICON)
    assert ("t", "agent") in cand.participants
