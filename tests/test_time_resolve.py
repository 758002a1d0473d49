"""The resolver: publication-date anchoring, weekdays by tense, years of dates without one, durations."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.time.resolve import as_span, context_kind, duration, needs_tense, resolve

PUB = date(2025, 8, 7)  # a Thursday, ISO week 32


@pytest.mark.parametrize(
    ("raw", "tense", "value"),
    [
        ("UNDEF-WD3", "past", "2025-08-06"),
        ("UNDEF-WD5", "future", "2025-08-08"),
        ("UNDEF-WD5", None, "2025-08-08"),
        ("UNDEF-WD4", "past", "2025-08-07"),
        ("UNDEF-WD4@next", None, "2025-08-14"),
        ("UNDEF-WD4@last", None, "2025-07-31"),
        ("UNDEF-WD6@this", "past", "2025-08-09"),
        ("UNDEF-WD3TEV", "past", "2025-08-06TEV"),
        ("UNDEF-WE", "past", "2025-W31-WE"),
        ("UNDEF-WE", "future", "2025-W32-WE"),
        ("XXXX-03", "future", "2026-03"),
        ("XXXX-03", "past", "2025-03"),
        ("XXXX-01-15", None, "2026-01-15"),
        ("XXXX-12", None, "2025-12"),
        ("XXXX-08@next", None, "2026-08"),
        ("XXXX-WI@last", None, "2024-WI"),
        ("XXXX-SU", None, "2025-SU"),
        ("XXXX-Q2", "past", "2025-Q2"),
        ("XXXX-Q1", "future", "2026-Q1"),
        ("XXXX-H2", None, "2025-H2"),
        ("XXXX-W35", None, "2025-W35"),
        ("XXXX-E+0", "future", "2026-04-05"),
        ("XXXX-E+1", "past", "2025-04-21"),
        ("XXXX-02-29", None, "2024-02-29"),
    ],
)
def test_tense_and_direction(raw: str, tense: str | None, value: str) -> None:
    assert resolve(raw, PUB, tense) == value


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("UNDEF-D-1", "2025-08-06"),
        ("UNDEF-D+0TEV", "2025-08-07TEV"),
        ("UNDEF-W@next", "2025-W33"),
        ("UNDEF-W+2", "2025-W34"),
        ("UNDEF-M@last", "2025-07"),
        ("UNDEF-Y+3", "2028"),
        ("UNDEF-Y-1.5", "2024-02"),
        ("UNDEF-Q@last", "2025-Q2"),
        ("UNDEF-H-3", "PAST_REF"),
        ("UNDEF-MIN+2", "FUTURE_REF"),
        ("UNDEF-DE-2", "2005"),
        ("UNDEF-Y+0-05", "2025-05"),
        ("2025-8-7", "2025-08-07"),
        ("2024-10-3", "2024-10-03"),
        ("DECADE-1990", "199"),
        ("DECADE-90", "199"),
        ("CENTURY-19", "18"),
        ("2024-E+0", "2024-03-31"),
        ("PAST_REF", "PAST_REF"),
        ("XXXX-WXX-1", "XXXX-WXX-1"),
    ],
)
def test_publication_anchor(raw: str, value: str) -> None:
    assert resolve(raw, PUB) == value


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("UNDEF-D-1", "XXXX-XX-XX"),
        ("UNDEF-W@next", "XXXX-WXX"),
        ("UNDEF-M+1", "XXXX-XX"),
        ("UNDEF-Y@last", "XXXX"),
        ("UNDEF-WD3", "XXXX-WXX-3"),
        ("UNDEF-WD3TEV", "XXXX-WXX-3TEV"),
        ("XXXX-08-07", "XXXX-08-07"),
        ("CTX-D+0T20:", "XXXX-XX-XXT20:00"),
        ("2019", "2019"),
    ],
)
def test_without_publication_date_nothing_is_guessed(raw: str, value: str) -> None:
    assert resolve(raw, None, "past") == value


def test_context_day_anchors_clock_times() -> None:
    assert resolve("CTX-D+0T9:", PUB, None, date(2025, 8, 5)) == "2025-08-05T09:00"
    assert resolve("CTX-D-1", PUB) == "2025-08-06"


@pytest.mark.parametrize(
    ("num", "unit", "value"),
    [("3", "H", "PT3H"), ("3", "Y", "P3Y"), ("X", "D", "PXD"), ("0.5", "H", "PT30M"), ("1,5", "Y", "P1Y6M"),
     ("90", "MIN", "PT90M"), ("2", "DE", "P2DE"), ("3.5", "M", "P3M15D")],
)
def test_durations(num: str, unit: str, value: str) -> None:
    assert duration(num, unit) == value


def test_which_values_need_tense_or_context() -> None:
    assert needs_tense("UNDEF-WD3") and needs_tense("XXXX-03") and not needs_tense("XXXX-03@next")
    assert not needs_tense("UNDEF-D-1") and context_kind("CTX-D+0T20:") == "CTX"
    assert context_kind("REF-D-1") == "REF" and context_kind("UNDEF-D-1") is None


def test_offsets_become_durations_in_past_clauses() -> None:
    """`habe ich in 30 Jahren nie erlebt` is a span; `wird in drei Jahren eröffnet` a date."""
    assert as_span("UNDEF-Y+30", "past") == "DUR-30-Y"
    assert as_span("UNDEF-Y+3", "future") is None and as_span("UNDEF-Y+3", None) is None
    assert as_span("UNDEF-MIN+9", None) == "DUR-9-MIN" and as_span("UNDEF-MIN+9", "future") is None
    assert as_span("UNDEF-D+X", "past") == "DUR-X-D" and as_span("UNDEF-W@next", "past") is None
    assert resolve("UNDEF-D+X", PUB) == "FUTURE_REF" and resolve("UNDEF-D-X", PUB) == "PAST_REF"


def test_someday_takes_its_direction_from_the_tense() -> None:
    assert needs_tense("UNDEF-REF")
    assert resolve("UNDEF-REF", PUB, "past") == "PAST_REF" and resolve("UNDEF-REF", PUB, None) == "FUTURE_REF"


def test_century_of_publication() -> None:
    assert resolve("UNDEF-CE", PUB) == "20" and resolve("UNDEF-CE@last", PUB) == "19"
    assert resolve("UNDEF-CE", None) == "XX"


def test_last_winter_during_a_winter() -> None:
    """In February the running winter began in December: `im vergangenen Winter` is the one before."""
    assert resolve("XXXX-WI@last", date(2026, 2, 15)) == "2024-WI"


def test_a_past_clause_does_not_send_a_day_almost_a_year_back() -> None:
    """`die Wahl am 2. Dezember` written in October with a past verb nearby is the coming 2 December."""
    assert resolve("XXXX-12-02", date(1990, 10, 4), "past") == "1990-12-02"
    assert resolve("XXXX-12-02", date(2025, 8, 7), "past") == "2024-12-02"
    assert resolve("XXXX-01", date(2010, 12, 2), "past") == "2010-01"
