"""Rule families of session 5: counted distances anchored on the date before (§5), and the classes of
expressions that are no time (ages, prison-free quantities) or belong together."""

from __future__ import annotations

import pytest

from dossier.lang import get_pack
from dossier.time import name_run_on_pattern
from dossier.time.resolve import context_kind, shifted
from test_time_stage import timexes


@pytest.mark.parametrize(
    ("raw", "before", "value"),
    [
        ("SHIFT+12-Y", "1991-01", "2003"),
        ("SHIFT+8-D", "2001-11-16", "2001-11-24"),
        ("SHIFT-1-W", "1999-09-19", "1999-09-12"),
        ("SHIFT+-D", "2023-11", "2023-11"),  # wenige Tage später: the anchor's month
        ("SHIFT+2-D", "2023", "2023"),  # an anchor without a day keeps its grain
        ("SHIFT+3-M", "2020-05-04T10:00", "2020-08"),
        ("SHIFT+1-DE", "1990", "2000"),
        ("SHIFT-2-D", None, "PAST_REF"),
        ("SHIFT+2-D", None, "FUTURE_REF"),
    ],
)
def test_shifted_dates(raw: str, before: str | None, value: str) -> None:
    assert context_kind(raw) == "SHIFT"
    assert shifted(raw, before) == value


def test_counted_distance_with_spaeter_is_one_anchored_date() -> None:
    text = "Im Januar 1991 begann der Krieg. Niemand ahnte, dass er zwölf Jahre später wieder aufflammen würde."
    assert ("zwölf Jahre später", "DATE", "2003") in timexes(text)
    text = "Die Wahl fand am Sonntag, dem 14. September, statt. Eine Woche zuvor hatte er abgesagt."
    assert ("Eine Woche zuvor", "DATE", "2025-09-07") in timexes(text)


def test_hours_later_and_distances_before_an_event_stay_durations() -> None:
    assert ("wenige Stunden", "DURATION", "PTXH") in timexes("Nur wenige Stunden später kamen die Züge.")
    assert ("Drei Tage", "DURATION", "P3D") in timexes("Drei Tage nach der Wahl trat er zurück.")


def test_a_year_in_a_document_title_is_no_date() -> None:
    assert timexes("Das geht aus dem Wattenmeer-Zustandsbericht 2025 hervor.") == []
    assert timexes("Das Thüringer Gemeindeneugliederungsgesetz 2021 regelt die Fusionen.") == []
    assert timexes("Die Agenda 2030 gilt weiter.") == []
    # a year after other nouns, or a title noun with a verb between, stays a date
    assert ("2025", "DATE", "2025") in timexes("Der Bundeshaushalt 2025 steht.")
    assert ("2021", "DATE", "2021") in timexes("Das Gesetz wurde 2021 beschlossen.")


def test_a_rate_per_calendar_unit_after_an_amount_is_a_set() -> None:
    assert ("im Monat", "SET", "P1M") in timexes("Die Beiträge steigen um 96 Euro im Monat.")
    assert ("am Tag", "SET", "P1D") in timexes("Er arbeitet acht Stunden am Tag.")
    # a named year after the amount stays the year
    assert [v for v in timexes("Er zahlte 300 Euro im Jahr 2020.") if v[1] == "SET"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In der vergangenen Nacht brannte eine Scheune.", ("der vergangenen Nacht", "TIME", "2025-08-07TNI")),
        ("Letzte Nacht hat es geregnet.", ("Letzte Nacht", "TIME", "2025-08-07TNI")),
        ("Die Polizei kam gegen Abend.", ("Abend", "TIME", "2025-08-07TEV")),
        ("Schon in der Früh standen die Ersten an.", ("der Früh", "TIME", "2025-08-07TMO")),
        ("Das Museum ist samstags 10 – 14 Uhr geöffnet.", ("10", "TIME", "XXXX-XX-XXT10:00")),
    ],
)
def test_common_parts_of_day_and_clock_ranges(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


def test_a_time_that_ends_a_run_on_name_after_am_stays() -> None:
    from dossier.time import _in_name

    run_on = name_run_on_pattern(get_pack("de"))
    text = "wie die Zentrale Wahlkommission am Donnerstagmorgen mitteilte"
    name = (text.index("Zentrale"), text.index(" mitteilte"))
    day = (text.index("Donnerstagmorgen"), name[1])
    assert not _in_name([name], run_on, text, *day)
    text = "sagte Karl Freitag"
    assert _in_name([(6, 18)], run_on, text, 11, 18)


def test_mindestens_after_bis_belongs_to_the_clock_time() -> None:
    found = timexes("Die Flüge sind bis mindestens 22 Uhr gestrichen.")
    assert ("mindestens 22 Uhr", "TIME", "2025-08-07T22:00") in found
    assert ("Mittag", "TIME", "2025-08-08TMI") in timexes("Der Flughafen öffnet morgen nicht vor Mittag.")


def test_habitual_parts_of_day_are_sets_like_nachts() -> None:
    assert ("morgens", "SET", "XXXX-XX-XXTMO") in timexes("Wenn mein Sohn morgens in den Bus steigt, habe ich Angst.")
    assert timexes("Er war der Held des Abends.") == []
    assert [t for t in timexes("Dass ich abends um zehn noch telefoniere, ist normal.") if t[1] == "SET"] == []


def test_every_first_weekday_of_the_month_is_monthly() -> None:
    assert ("jeden ersten Dienstag im Monat", "SET", "P1M") in timexes("Der Rat tagt jeden ersten Dienstag im Monat.")


def test_ticker_timestamps_without_uhr() -> None:
    text = "Liveticker\n\n14:45 Die Polizei sperrt die Straße.\n\n15.10: Der Brand ist gelöscht.\n\n2:1 für Bayern"
    found = timexes(text)
    assert ("14:45", "TIME", "2025-08-07T14:45") in found
    assert ("15.10", "TIME", "2025-08-07T15:10") in found
    assert [v for v in found if v[0] == "2:1"] == []


def test_an_evening_after_a_night_to_monday_is_sundays() -> None:
    text = "In der Nacht zu Montag wurde gezählt. Kurz nach 18.30 Uhr trat Kohl vor die Presse."
    assert ("18.30 Uhr", "TIME", "1998-09-27T18:30") in timexes(text, published="1998-09-28")
    text = "Am Montagabend lief das Schiff auf, es saß bis tief in die Nacht fest. Gegen 21.15 Uhr gab es einen Schlag."
    assert ("21.15 Uhr", "TIME", "2015-06-29T21:15") in timexes(text, published="2015-06-30")


def test_a_yearless_month_before_und_and_a_dated_month_takes_its_year() -> None:
    text = "Zwischen März und August 2025 waren bundesweit Lager betroffen."
    assert ("März", "DATE", "2025-03") in timexes(text, published="2026-01-20")


def test_shift_amounts_and_margins_are_no_durations() -> None:
    assert timexes("Die Europameisterschaft wird um ein Jahr verschoben.") == []
    assert timexes("Sie gewann mit 0,18 Sekunden Vorsprung.") == []


def test_frequency_adjectives_are_sets() -> None:
    assert ("jährliche", "SET", "P1Y") in timexes("Am Montag beginnt die jährliche Wartung.")
    assert ("monatlichen", "SET", "P1M") in timexes("Der Versorger verdoppelt die monatlichen Abschläge.")


def test_an_dem_and_bis_zum_morgengrauen() -> None:
    assert ("dem Abend", "TIME", "2025-08-07TEV") in timexes("Geehrt wurden an dem Abend auch 23 Mitglieder.")
    assert ("Morgengrauen", "TIME", "2025-08-05TMO") in timexes("Am Dienstag feierten sie bis zum Morgengrauen.")
