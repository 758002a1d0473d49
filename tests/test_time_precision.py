"""Session-6 precision families: words of time that name no time (idioms, subjects) and span borders that
§3/§5 fix (modifiers inside, `kurz vor`/`gegen` outside)."""

from __future__ import annotations

import pytest

from test_time_stage import timexes


@pytest.mark.parametrize(
    "text",
    [
        "Das hat sich von heute auf morgen geändert.",  # idiom: "overnight"
        "„Jeder Tag zählt“, sagte die Mutter.",  # nominative subject, not the adverbial `jeden Tag`
        "Jeder Monat ohne Einigung kostet die Firma Geld.",
    ],
)
def test_no_time_expression(text: str) -> None:
    assert timexes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er kommt jeden Tag.", ("jeden Tag", "SET", "P1D")),  # the accusative adverbial stays a set
        ("In jeder Nacht brannten Autos.", ("jeder Nacht", "SET", "XXXX-XX-XXTNI")),  # feminine `jeder` is dative
        ("Jeder Montag ist Ruhetag.", ("Jeder Montag", "SET", "XXXX-WXX-1")),  # a subject weekday still recurs
        ("Die Sitzung beginnt heute um 10 Uhr.", ("heute", "DATE", "2025-08-07")),
        ("Morgen wird gewählt.", ("Morgen", "DATE", "2025-08-08")),
    ],
)
def test_time_expression_kept(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es war kurz vor Mitternacht entschieden.", ("Mitternacht", "TIME", "2025-08-07T24:00")),
        ("Er schrieb kurz nach Mitternacht auf Facebook.", ("Mitternacht", "TIME", "2025-08-07T00:00")),
        ("Gefeiert wurde bis weit nach Mitternacht.", ("Mitternacht", "TIME", "2025-08-07T00:00")),
        ("Den ganzen Mittwoch über wurde gefeiert.", ("Den ganzen Mittwoch", "DATE", "2025-08-06")),
    ],
)
def test_span_borders(text: str, expected: tuple[str, str, str]) -> None:
    """§5: `kurz vor`, `kurz nach`, `weit nach` stay outside a clock time, also midnight; §3: modifiers inside."""
    assert expected in timexes(text)
