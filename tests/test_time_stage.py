"""The time stage on whole texts: the seed's done-when list, tense of clauses, false dates, ids and views."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dossier.model import AnalysedDocument, Entity, Mention
from dossier.segment import Segmenter
from dossier.time import make_stage

STAGE = make_stage("de")
SEGMENT = Segmenter()
SEED = Path("/work/shared/examples/seed-de-trump-putin.txt")


def _doc(text: str, published: str | None = "2025-08-07") -> AnalysedDocument:
    return STAGE(SEGMENT(AnalysedDocument(id="t", text=text, published=published)))


def timexes(text: str, published: str | None = "2025-08-07") -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression the stage finds in `text`."""
    return [(t.text, t.type, t.value) for t in _doc(text, published).times]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_done_when() -> None:
    text = SEED.read_text(encoding="utf-8").replace("WERBUNG\n\n", "")
    found = timexes(text)
    for item in [
        ("Mittwochabend", "TIME", "2025-08-06TEV"),
        ("der nächsten Woche", "DATE", "2025-W33"),
        ("etwa drei Stunden", "DURATION", "PT3H"),
        ("dreijährigen", "DURATION", "P3Y"),
        ("den kommenden Tagen und Wochen", "DATE", "FUTURE_REF"),
        ("den letzten Monaten", "DATE", "PAST_REF"),
        ("Sonntag", "DATE", "2025-08-03"),
    ]:
        assert item in found
    assert [v for t, _, v in found if t == "Mittwoch"] == ["2025-08-06", "2025-08-06"]
    assert [v for t, _, v in found if t == "Freitag"] == ["2025-08-08", "2025-08-08"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Putin führte am Mittwoch Gespräche mit Witkoff.", "2025-08-06"),
        ("Die Frist läuft am Mittwoch ab.", "2025-08-13"),
        ("Die Zölle treten am Mittwoch in Kraft.", "2025-08-13"),
        ("Er sagte, er werde am Mittwoch kommen.", "2025-08-13"),
        ("Am Mittwoch hatte er gesagt, man werde verhandeln.", "2025-08-06"),
        ("Die Regierung hat am Mittwoch beschlossen, die Steuern zu senken.", "2025-08-06"),
    ],
)
def test_weekday_follows_the_tense_of_its_clause(text: str, value: str) -> None:
    assert [v for t, _, v in timexes(text) if t == "Mittwoch"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Merz will die Steuern senken.",
        "Mit dem Kanzler sprach er lange.",
        "Rund 2000 Menschen demonstrierten.",
        "Der 62-Jährige wurde verhaftet.",
        "Der Morgen danach war kalt.",
        "Das kostet 2025 Euro.",
        "Inzwischen ist die Brücke wieder offen, mittlerweile auch für Lastwagen.",  # guideline §5: unmarked
    ],
)
def test_no_false_dates(text: str) -> None:
    assert timexes(text) == []


def test_maerz_is_a_month_merz_is_not() -> None:
    assert timexes("Merz kommt im März.") == [("März", "DATE", "2025-03")]


def test_names_are_not_dates() -> None:
    text = "Die Moderatorin Mai Thi Nguyen-Kim traf am Freitag Karl Freitag."
    doc = SEGMENT(AnalysedDocument(id="t", text=text, published="2025-08-07"))
    for name in ("Mai Thi Nguyen-Kim", "Karl Freitag"):
        start = text.index(name)
        mention = Mention(start=start, end=start + len(name), text=name)
        doc.entities.append(Entity(id=name[:3], type="PER", name=name, mentions=[mention]))
    doc = STAGE(doc)
    assert [(t.text, t.start) for t in doc.times] == [("Freitag", text.index("Freitag"))]


def test_regional_forms() -> None:
    assert timexes("Heuer steigen die Preise, im Jänner 2025 sanken sie.") == [
        ("Heuer", "DATE", "2025"),
        ("Jänner 2025", "DATE", "2025-01"),
    ]


def test_clock_time_takes_the_day_of_its_sentence() -> None:
    found = timexes("Am Dienstag kam es um 3.35 Uhr zu Explosionen. Um 9 Uhr beginnt heute die Sitzung.")
    assert found == [
        ("Dienstag", "DATE", "2025-08-05"),
        ("3.35 Uhr", "TIME", "2025-08-05T03:35"),
        ("9 Uhr", "TIME", "2025-08-07T09:00"),
        ("heute", "DATE", "2025-08-07"),
    ]


def test_past_clock_time_takes_a_recent_day_named_before() -> None:
    found = timexes("Am Dienstag kam es zu Explosionen. Um 9 Uhr war es ruhig. Um 10 Uhr beginnt die Sitzung.")
    assert [v for _, _, v in found] == ["2025-08-05", "2025-08-05T09:00", "2025-08-07T10:00"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der Index brach am Montag um neun Prozent ein.", "2025-08-04"),
        ("Die letzten Zelte werden am Montag abgebaut.", "2025-08-11"),
        ("Er kündigte an, am Montag zu reisen.", "2025-08-11"),
        ("Friedensgruppen kündigten für Montag Demonstrationen an.", "2025-08-11"),
        ("In Tel Aviv versammelten sich am Montag Tausende.", "2025-08-04"),
        ("Sie tritt ihr Amt am Montag an und folgt auf Brunner, der nicht kandidiert hatte.", "2025-08-11"),
        # a verb right after a fronted day is the finite present (verb second), whatever the tagger reads
        ("Am Samstag dirigiert die 38-Jährige die Premiere.", "2025-08-09"),
        ("Am Dienstag fahren wir mit einer Delegation nach Magdeburg, er hat uns einen Termin gegeben.", "2025-08-12"),
        ("Am Samstag dirigierte sie die Premiere.", "2025-08-02"),
        # a dass-clause ending in a plural present keeps its own tense under a past reporting verb
        ("Die Regierung teilte mit, dass die Schulen am Freitag geschlossen bleiben.", "2025-08-08"),
        ("Die Regierung teilte mit, dass die Schulen am Freitag geschlossen blieben.", "2025-08-01"),
    ],
)
def test_the_tense_of_its_clause_places_a_weekday(text: str, value: str) -> None:
    assert [v for _, kind, v in timexes(text) if kind == "DATE"] == [value]


def test_same_day_refers_back_across_sentences() -> None:
    found = timexes("Am Dienstag kam er an. Am selben Abend sprach er.")
    assert found == [("Dienstag", "DATE", "2025-08-05"), ("selben Abend", "TIME", "2025-08-05TEV")]


def test_without_publication_date_values_stay_underspecified() -> None:
    found = timexes("Er kam gestern an und fährt am Freitag in der nächsten Woche, um 20 Uhr.", None)
    assert found == [
        ("gestern", "DATE", "XXXX-XX-XX"),
        ("Freitag", "DATE", "XXXX-WXX-5"),
        ("der nächsten Woche", "DATE", "XXXX-WXX"),
        ("20 Uhr", "TIME", "XXXX-XX-XXT20:00"),
    ]


def test_ids_methods_sentences_and_offsets() -> None:
    text = "Heute regnet es. Seit drei Jahren dauert der Krieg, jeden Montag wird demonstriert."
    doc = _doc(text)
    assert [(t.id, t.text, t.method, t.sentence) for t in doc.times] == [
        ("t1", "Heute", "relday", 0),
        ("t2", "drei Jahren", "duration", 1),
        ("t3", "jeden Montag", "set_every_weekday", 1),
    ]
    assert all(text[t.start : t.end] == t.text for t in doc.times)
    assert [t.type for t in doc.times] == ["DATE", "DURATION", "SET"]


def test_published_date_changes_values() -> None:
    assert timexes("Er kam gestern an.", "2024-03-01") == [("gestern", "DATE", "2024-02-29")]


_TIMEX = re.compile(
    r"^(?:\d{2,4}|XXXX)(?:-(?:\d{2}|XX|W\d{2}|WXX|Q\d|H\d|SP|SU|FA|WI)(?:-(?:\d{2}|XX|\d|WE))?)?(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI))?$"
    r"|^P(?:T?[\dX.]+(?:DE|[YMWDHS]))+(?:T[\dX.]+[HMS])*$|^(?:PAST|PRESENT|FUTURE)_REF$|^XXXX-XX-XXT(?:MO|MI|AF|EV|NI)$"
)


@pytest.mark.parametrize("published", ["2025-08-07", None])
def test_every_unit_with_every_preposition_resolves_to_a_timex_value(published: str | None) -> None:
    units = ["Tagen", "Wochen", "Monaten", "Jahren", "Jahrzehnten", "Stunden", "Minuten", "Sekunden"]
    text = " ".join(f"{p} drei {u} und {p} einem Jahr." for p in ("Vor", "In", "Seit") for u in units)
    values = [v for _, _, v in timexes(text, published)]
    assert len(values) == 2 * 3 * len(units)
    assert [v for v in values if not _TIMEX.match(v)] == []


def test_range_start_takes_the_year_of_its_end() -> None:
    """`vom 11. Juni bis 11. Juli 2021` is one range; a start in a later month lies in the year before."""
    assert timexes("Die EM soll nun vom 11. Juni bis 11. Juli 2021 stattfinden.", "2020-03-17")[0][2] == "2021-06-11"
    assert timexes("Die Ferien dauern vom 20. Dezember bis 5. Januar 2026.", "2025-08-07")[0][2] == "2025-12-20"


def test_habitual_clock_times_have_no_date() -> None:
    """§5: a clock time with a set word or an adverb of habit in its clause is a time of no particular day."""
    assert timexes("Das Bad ist täglich von 9 bis 20 Uhr geöffnet.")[1:] == [
        ("9", "TIME", "XXXX-XX-XXT09:00"),
        ("20 Uhr", "TIME", "XXXX-XX-XXT20:00"),
    ]
    assert timexes("Die Sitzung beginnt meist gegen 18 Uhr.") == [("18 Uhr", "TIME", "XXXX-XX-XXT18:00")]
    assert timexes("Am Nachmittag sagte sie aus, sie sei regelmäßig bedroht worden.")[0][2] == "2025-08-07TAF"


def test_direction_preposition_across_mindestens() -> None:
    """`bis mindestens Sonntag` points forward like `bis Sonntag`, whatever the verb."""
    assert timexes("Der Saal sei bis mindestens Sonntag gesperrt, sagte er.") == [("Sonntag", "DATE", "2025-08-10")]


def test_a_name_hides_only_the_expressions_it_covers() -> None:
    """A season mis-tagged as a person's name still counts inside a longer expression (`im vergangenen Sommer`)."""
    text = "Im vergangenen Sommer war es heiß, sagte Sommer."
    doc = SEGMENT(AnalysedDocument(id="t", text=text, published="2025-08-07"))
    mentions = [Mention(start=m.start(), end=m.end(), text="Sommer") for m in re.finditer("Sommer", text)]
    doc.entities.append(Entity(id="s", type="PER", name="Sommer", mentions=mentions))
    assert [t.text for t in STAGE(doc).times] == ["vergangenen Sommer"]


def test_a_number_adjective_before_a_name_is_an_age() -> None:
    """§3: ages are no times; `die fünfjährige Lena` is one, `der dreijährige Krieg` a duration."""
    text = "Die fünfjährige Lena überlebte den dreijährigen Krieg."
    doc = SEGMENT(AnalysedDocument(id="t", text=text, published="2025-08-07"))
    start = text.index("Lena")
    lena = Mention(start=start, end=start + 4, text="Lena")
    doc.entities.append(Entity(id="l", type="PER", name="Lena", mentions=[lena]))
    assert [t.text for t in STAGE(doc).times] == ["dreijährigen"]


def test_heute_set_against_an_earlier_time_means_nowadays() -> None:
    """§5: `heute` meaning nowadays is PRESENT_REF; a `heute` without such a contrast is the publication day."""
    assert timexes("Früher hatten wir hundert Bewerbungen, heute sind es dreißig.") == [
        ("heute", "DATE", "PRESENT_REF")
    ]
    assert timexes("Die 1923 gegründete Firma zählt heute 40 Leute.")[1] == ("heute", "DATE", "PRESENT_REF")
    assert timexes("Der Bundestag stimmt heute ab.") == [("heute", "DATE", "2025-08-07")]


def test_a_weekday_joined_to_a_weekly_set_is_a_set() -> None:
    """§5: `jeden Mittwoch und Samstag` are two SET spans."""
    assert timexes("Sie spielt jeden Mittwoch und Samstag Lotto.") == [
        ("jeden Mittwoch", "SET", "XXXX-WXX-3"),
        ("Samstag", "SET", "XXXX-WXX-6"),
    ]


def test_prefixed_strong_preterite_is_past() -> None:
    """`betrat` is be + trat: a past clause, so Monday is the one before publication."""
    assert timexes("Am Montagmorgen betrat der Mann die Filiale.") == [("Montagmorgen", "TIME", "2025-08-04TMO")]


def test_same_evening_in_a_past_clause_skips_future_days() -> None:
    """`am selben Abend` in a past clause takes the last day named before that is not after publication."""
    text = "Am Mittwoch platzte die Koalition, gewählt wird am 15. Januar 2026. Er wies das am selben Abend zurück."
    assert timexes(text)[-1] == ("selben Abend", "TIME", "2025-08-06TEV")


def test_ticker_timestamps_are_on_the_publication_day() -> None:
    """§5: a clock time opening a ticker entry is on the publication day, whatever the entry names."""
    text = "Am Mittwoch fiel die Entscheidung.\n\n16.45 Uhr: Das Turnier soll am 24. Juli beginnen."
    assert timexes(text)[1] == ("16.45 Uhr", "TIME", "2025-08-07T16:45")


def test_a_passive_of_its_own_points_forward() -> None:
    """`am Freitag werde entschieden` has its own verb: the reporting `sagte` does not make Friday past."""
    assert timexes("Am Donnerstag sagte er, am Freitag werde entschieden.")[1] == ("Freitag", "DATE", "2025-08-08")
    assert timexes("Trump, der am Montag ins Amt eingeführt wird, schrieb das.")[0] == ("Montag", "DATE", "2025-08-11")


def test_a_modal_of_its_own_keeps_the_reporting_verb_out() -> None:
    """`Sie müsse im Dezember Anträge schreiben, sagte sie`: the clause's own modal decides, not `sagte`."""
    assert timexes("Sie müsse im Dezember Anträge schreiben, sagte sie.") == [("Dezember", "DATE", "2025-12")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In der Nacht zum Freitag fielen Schüsse.", "der Nacht zum Freitag"),
        ("Das gilt seit dem 1. Januar.", "dem 1. Januar"),
        ("Die Arbeiten sollen vor dem Winter enden.", "dem Winter"),
        ("Die 2019 gegründete Firma zog um.", "2019"),
        ("Das Ende des dreijährigen Krieges kam.", "dreijährigen"),
    ],
)
def test_determiner_after_a_preposition_is_inside_the_span(text: str, span: str) -> None:
    assert span in [t.text for t in _doc(text).times]
