"""Rule families that generalise over writers: tense of a Perfekt whose participle looks finite, future `dass`
clauses after verbs of expectation, `heute` after a sentence about an earlier time, `in diesen Tagen`,
clock ranges, rates per unit, habitual `nachts` and sized units."""

from __future__ import annotations

import pytest

from dossier.lang import get_pack
from dossier.time.resolve import needs_tense, resolve
from dossier.time.tense import TenseCues
from test_time_stage import timexes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # `verkündet`/`berichtet` are tagged finite; after `hat` they are participles: Perfekt, the past Wednesday
        ("US-Präsident Donald Trump hat am Mittwochabend im Rosengarten neue Zölle verkündet.", "2025-08-06TEV"),
        ("Der Inspekteur hat am Mittwoch vor dem Sicherheitsrat nüchtern berichtet.", "2025-08-06"),
        ("Die Firma hat am Mittwoch ihre Kunden informiert.", "2025-08-06"),
        # a present tense of its own stays present: the coming Wednesday
        ("Am Mittwoch berichtet der Inspekteur vor dem Sicherheitsrat.", "2025-08-13"),
    ],
)
def test_participle_tagged_as_finite_verb(text: str, value: str) -> None:
    assert value in [v for _, _, v in timexes(text)]


def test_dass_clause_after_a_verb_of_expectation_is_future() -> None:
    """`im Frühjahr` in a present clause is habitual and dropped, unless the clause depends on `rechnet damit`."""
    assert timexes("Er rechnet damit, dass die Zahl im Frühjahr wieder sinkt.") == [("Frühjahr", "DATE", "2026-SP")]
    assert timexes("Ich hoffe, dass der Stadtrat im Herbst eine Lösung findet.") == [("Herbst", "DATE", "2025-FA")]
    assert timexes("Er sagt, dass die Zahl im Frühjahr meist sinkt.") == []


def test_expectation_lists_are_loaded() -> None:
    cues = TenseCues.from_pack(get_pack("de"))
    assert {"rechnet", "hofft", "geht"} <= cues.expect
    assert cues.expect_conjunctions == {"dass", "ob"}
    assert "ver" in cues.participle_prefixes and "ieren" in cues.participle_endings


def test_heute_after_a_sentence_about_an_earlier_time_means_nowadays() -> None:
    text = "Die Firma wurde 1923 in einem Hinterhof gegründet. Heute liefert sie Ventile in die ganze Welt."
    assert ("Heute", "DATE", "PRESENT_REF") in timexes(text)
    # a new paragraph (a ticker entry) does not look back
    text = "Zuletzt gab es 2013 so einen Sturm.\n\nAlle Schulen bleiben heute geschlossen."
    assert ("heute", "DATE", "2025-08-07") in timexes(text)
    # a past or future clause of its own is about the publication day
    text = "Die Firma wurde 1923 gegründet. Heute hat sie ihre Bilanz vorgelegt."
    assert ("Heute", "DATE", "2025-08-07") in timexes(text)


def test_these_days_resolve_by_tense() -> None:
    assert needs_tense("UNDEF-NOW")
    assert resolve("UNDEF-NOW", None, None) == "PRESENT_REF"
    assert resolve("UNDEF-NOW", None, "past") == "PAST_REF"
    assert timexes("Er ist in diesen Tagen Gastgeber des Gipfels.") == [("diesen Tagen", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Bad ist täglich von 9 bis 20 Uhr geöffnet.", ("9", "TIME", "XXXX-XX-XXT09:00")),
        ("Der Dienst ist jeden Tag von acht bis 20 Uhr erreichbar.", ("acht", "TIME", "XXXX-XX-XXT08:00")),
        ("Am Freitag wurde zwischen 14.30 und 16 Uhr gestreikt.", ("14.30", "TIME", "2025-08-01T14:30")),
    ],
)
def test_clock_range_start_is_a_time(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


def test_rates_per_unit_are_sets_but_speeds_are_not() -> None:
    assert timexes("Die Hilfe kostet 200 Milliarden Euro pro Jahr.") == [("pro Jahr", "SET", "P1Y")]
    assert timexes("Sie trainieren dreimal pro Woche.") == [("dreimal pro Woche", "SET", "P1W")]
    assert timexes("Es gab Böen von 140 Kilometern pro Stunde.") == []


def test_habitual_nachts_is_a_set_but_not_beside_a_clock_time() -> None:
    assert timexes("Viele lassen nachts das Licht brennen.") == [("nachts", "SET", "XXXX-XX-XXTNI")]
    assert [t for t, _, _ in timexes("Er lag nachts um zwei Uhr noch wach.")] == ["zwei Uhr"]
    assert [t for t, _, _ in timexes("Er lag um zwei Uhr nachts noch wach.")] == ["zwei Uhr nachts"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er braucht jetzt eine Dreiviertelstunde zur Arbeit.", ("eine Dreiviertelstunde", "DURATION", "PT45M")),
        ("Schon nach einer knappen Stunde gingen viele.", ("einer knappen Stunde", "DURATION", "PT1H")),
        ("Ein halbes Jahr später war sie Vorsitzende.", ("Ein halbes Jahr", "DURATION", "P6M")),
        ("Die Sperrung könnte Monate dauern.", ("Monate", "DURATION", "PXM")),
        (
            "Das Fest hatte in seiner fast 50-jährigen Geschichte nie so viele Gäste.",
            ("fast 50-jährigen", "DURATION", "P50Y"),
        ),
    ],
)
def test_sized_durations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


def test_no_duration_in_a_good_day_or_a_match_clock() -> None:
    assert timexes("Es war ein guter Tag für den Verein.") == []
    assert timexes("Er glich eine Viertelstunde vor Schluss aus.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Letzter Badetag ist der 29. Februar.", "der 29. Februar"),
        ("Für die Grünen ist der Freitag nur die erste Hürde.", "der Freitag"),
        ("An den Ständen seien an den vier Tagen 48 000 Schoppen ausgeschenkt worden.", "den vier Tagen"),
        # a genitive article after a noun stays outside; an adjective duration takes none
        ("Die Lieferprobleme der Jahre 2020 und 2021 wurden ausgeblendet.", "Jahre 2020"),
        ("Damit soll der fast vierjährige Krieg beendet werden.", "fast vierjährige"),
    ],
)
def test_determiner_inside_the_span_without_a_preposition(text: str, span: str) -> None:
    """§3: determiners are inside the span, also where no preposition stands before them."""
    assert span in [t for t, _, _ in timexes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Es gibt nichts zu reden: Der heutige Tag ist ein Einschnitt.“", ("Der heutige Tag", "DATE", "2025-08-07")),
        ("Schärfere Kontrollen gibt es seit dem Frühsommer.", ("dem Frühsommer", "DATE", "2025-SU")),
        ("Das Land will ab dem Sommer ein Förderprogramm starten.", ("dem Sommer", "DATE", "2025-SU")),
        ("Der Wetterdienst erwartet für den Nachmittag 36 Grad.", ("den Nachmittag", "TIME", "2025-08-07TAF")),
        ("Sie feierten bis in den frühen Morgen.", ("den frühen Morgen", "TIME", "2025-08-07TMO")),
        ("Die Abstimmung wurde auf Oktober verschoben.", ("Oktober", "DATE", "2025-10")),
        ("Über Monate werteten Spezialisten die Daten aus.", ("Monate", "DURATION", "PXM")),
        ("Die IG Metall fordert eine Garantie bis mindestens 2030.", ("mindestens 2030", "DATE", "2030")),
        ("Das Boot war fast jede Woche unterwegs.", ("fast jede Woche", "SET", "P1W")),
        ("Es war kurz vor Mitternacht entschieden.", ("Mitternacht", "TIME", "2025-08-07T24:00")),  # §5
        ("Sie tanzten den ganzen Mittwoch über.", ("den ganzen Mittwoch", "DATE", "2025-08-06")),
        ("Jeder Dritte schaut nach Mitternacht noch Videos.", ("Mitternacht", "TIME", "2025-08-07T00:00")),
    ],
)
def test_boundaries_modifiers_and_prepositions(text: str, expected: tuple[str, str, str]) -> None:
    """§3: modifiers and determiners inside, prepositions outside."""
    assert expected in timexes(text)


def test_no_determiner_before_a_set() -> None:
    assert ("jedes Jahr", "SET", "P1Y") in timexes("Das Fest, zu dem jedes Jahr Tausende kommen, beginnt.")


def test_perfect_infinitive_after_a_modal_is_past() -> None:
    """`soll … erfasst haben` reports a past event; `wird … gebaut haben` (Futur II) and `soll … geklärt sein`
    stay future."""
    past = "Der Mann soll in der Nacht zu Montag eine Radfahrerin erfasst haben."
    assert ("der Nacht zu Montag", "TIME", "2025-08-04TNI") in timexes(past)
    assert ("Montag", "DATE", "2025-08-11") in timexes("Bis Montag wird er die Halle gebaut haben.")
    assert ("Montag", "DATE", "2025-08-11") in timexes("Das soll am Montag geklärt sein.")


def test_quoted_past_heute_is_the_day_of_speaking() -> None:
    """§5: a quoted `heute` spoken the day before publication (a match report of the next morning)."""
    text = "Wiesental verlor am Mittwoch 1:3. „Das haben wir heute erlebt“, sagte der Trainer."
    assert ("heute", "DATE", "2025-08-06") in timexes(text)
    # outside a quote, or in a present clause, `heute` stays the publication day
    text = "Wiesental verlor am Mittwoch 1:3. „Heute arbeite ich nicht“, sagte ein Fan."
    assert ("Heute", "DATE", "2025-08-07") in timexes(text)
    text = "Wiesental verlor am Mittwoch 1:3. Der Trainer hat heute seinen Rücktritt erklärt."
    assert ("heute", "DATE", "2025-08-07") in timexes(text)


def test_zu_infinitive_tagged_finite_is_future() -> None:
    text = "Der Verband habe vorgeschlagen, die Serie A im Sommer zu Ende zu spielen, heißt es."
    assert ("Sommer", "DATE", "2025-SU") in timexes(text)


def test_clock_time_after_a_coming_day_in_the_sentence_before() -> None:
    text = "Die Mannschaft soll am Dienstag in Berlin landen. Ab 10 Uhr ist eine Feier geplant."
    assert ("10 Uhr", "TIME", "2025-08-12T10:00") in timexes(text)
    # the end of a range is no day of what follows; a past clause keeps the publication day
    assert ("17 Uhr", "TIME", "2025-08-07T17:00") in timexes("Das Fest läuft bis Sonntag. Einlass ist ab 17 Uhr.")
    assert ("10 Uhr", "TIME", "2025-08-07T10:00") in timexes("Er kommt am Dienstag. Um 10 Uhr begann der Streik.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Proben wurden zweimal im Jahr genommen.", ("zweimal im Jahr", "SET", "P1Y")),
        ("Eine Anwältin berät einmal im Monat kostenlos.", ("einmal im Monat", "SET", "P1M")),
        ("Anträge gibt es im Rathaus, werktags von acht bis zwölf Uhr.", ("werktags", "SET", "XXXX-WXX-WD")),
        ("Dann spielen wir am Samstag von zehn Uhr an im Stadtpark.", ("zehn Uhr", "TIME", "2025-08-09T10:00")),
        ("Innerhalb von Minuten stand das Wasser im Autodeck.", ("Minuten", "DURATION", "PTXM")),
        ("Erst nach einigen Sekunden wurde es still.", ("einigen Sekunden", "DURATION", "PTXS")),
        ("Das wird uns auf Jahre hinaus Sympathien kosten.", ("Jahre", "DURATION", "PXY")),
        ("Der Umsatz brach binnen eines halben Jahres ein.", ("eines halben Jahres", "DURATION", "P6M")),
        ("Die Polizei kam am Dienstag im Morgengrauen.", ("Morgengrauen", "TIME", "2025-08-05TMO")),
    ],
)
def test_rates_dawn_and_vague_spans(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


def test_bis_zu_and_seit_ueber_belong_to_the_quantity() -> None:
    """§5: `für [bis zu zwei Stunden]`, `seit [über 100 Jahren]`; a bare `über 65 Jahren` stays an age."""
    assert ("bis zu zwei Stunden", "DURATION", "PT2H") in timexes(
        "Sie legten für bis zu zwei Stunden die Arbeit nieder."
    )
    assert ("über 100 Jahren", "DURATION", "P100Y") in timexes("Meine Familie ist seit über 100 Jahren hier.")
    assert timexes("Jeder fünfte Mensch über 65 Jahren ist einsam.") == []


def test_season_in_a_verbless_headline_is_a_date() -> None:
    """`IF tensed` drops a season in a present clause as habitual, but a headline has no verb to judge by."""
    assert [(t, ty) for t, ty, _ in timexes("Urteil womöglich erst im Frühjahr")] == [("Frühjahr", "DATE")]
    assert timexes("Im Sommer heizen sich die Städte auf.") == []


def test_weekday_of_a_relative_week() -> None:
    assert timexes("Er lädt für Mittwoch kommender Woche ein.") == [("Mittwoch kommender Woche", "DATE", "2025-08-13")]
    assert resolve("UNDEF-WD1-W@last", None) == "XXXX-WXX-1"


def test_genitive_article_after_a_noun_stays_outside() -> None:
    """§5: `des [19. Jahrhunderts]`; likewise `das Wachstum der [letzten Jahre]`, but `in [der Nacht]`."""
    assert ("letzten Jahre", "DATE", "PAST_REF") in timexes("Das Wachstum der letzten Jahre ging an ihnen vorbei.")
    assert ("achtziger Jahre", "DATE", "198") in timexes("Das liegt zwei Grad über dem Wert der achtziger Jahre.")
    assert ("Der heutige Tag", "DATE", "2025-08-07") in timexes("Der heutige Tag ist ein Einschnitt.")


def test_singular_direction_word_is_no_part_of_a_counted_span() -> None:
    assert timexes("Er warf sieben Tore, das letzte 40 Sekunden vor dem Ende.") == [
        ("40 Sekunden", "DURATION", "PT40S")
    ]
    assert ("den vergangenen drei Jahren", "DURATION", "P3Y") in timexes("In den vergangenen drei Jahren stiegen sie.")
