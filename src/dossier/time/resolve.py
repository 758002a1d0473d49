"""Resolver: turns the rules' underspecified values into calendar values.

Anchors are the publication date (relative expressions), the day in context (clock times, `am selben
Tag`) and the tense of the clause (weekdays, dates without a year). Without an anchor the value stays
underspecified (`XXXX-XX-XX`, `XXXX-WXX-3`): uncertain beats wrong. The value forms are listed in
`lang/<code>/data/time/rules.txt` and docs/time.md.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date, timedelta

Tense = str | None  # "past", "future" or None (present, unknown)

_DUR = re.compile(r"^DUR-([0-9.,]*|X)-(DE|MIN|[DWMYHS])(?:\+([0-9.,]+)-(DE|MIN|[DWMYHS]))?$")
_DECADE = re.compile(r"^DECADE-([0-9]+)$")
_CENTURY = re.compile(r"^CENTURY-([0-9]+)$")
_CENTURY_NOW = re.compile(r"^UNDEF-CE(@next|@last|@this)?$")  # des (vergangenen) Jahrhunderts
_WEEKEND = re.compile(r"^UNDEF-WE(@next|@last|@this)?$")
_WEEKDAY_OF_WEEK = re.compile(r"^UNDEF-WD([1-7])-W(@next|@last|@this)$")  # Mittwoch kommender Woche
_WEEKDAY = re.compile(r"^UNDEF-WD([1-7])(@next|@last|@this)?(.*)$")
_RELATIVE = re.compile(r"^UNDEF-(DE|MIN|[DWMYQHS])([+-](?:[0-9.,]+|X)|@next|@last|@this)(.*)$")
_SOMEDAY = "UNDEF-REF"  # `eines Tages`: a vague reference whose direction comes from the tense
_THESE_DAYS = "UNDEF-NOW"  # `in diesen Tagen`: the present, or the past in a past clause
_CLOCK_UNITS = ("H", "MIN", "S")  # `vor drei Stunden`: the hour of publication is unknown
_CONTEXT = re.compile(r"^(?:CTX|REF)-D([+-][0-9]+)(.*)$")
_SHIFT = re.compile(r"^SHIFT([+-])([0-9.,]*)-(DE|[DWMY])$")  # [zwölf Jahre später]: from the date before
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_YEARLESS = re.compile(
    r"^XXXX-(\d{1,2}(?:-\d{1,2})?|SP|SU|FA|WI|E[+-]\d+|Q[1-4]|H[12]|W\d{1,2})(@next|@last|@this)?(.*)$"
)
_EASTER_YEAR = re.compile(r"^(\d{4})-E([+-]\d+)$")
_CLOCK = re.compile(r"T(\d{1,2}):(\d{0,2})(am|pm|late)?$")  # pm: `abends`; late: `nachts` (6–11 are p.m.)
_DIRECTION = {"@next": 1, "@last": -1, "@this": 0}
_UNDERSPECIFIED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "Q": "XXXX-QX"}
_SPLIT = {"Y": ("M", 12), "M": ("D", 30), "H": ("MIN", 60), "D": ("H", 24), "W": ("D", 7)}  # fraction → next unit down
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_LONG_AGO, _SOON = 270, 75  # days: news rarely name a yearless day this long ago when one this close lies ahead


def _clock(rest: str) -> str:
    """Normalise a trailing clock time (`T9:` → `T09:00`, `T10:pm` → `T22:00`); parts of day (`TEV`) stay."""

    def hour(m: re.Match[str]) -> str:
        h = int(m.group(1))
        if (m.group(3) == "pm" and h < 12) or (m.group(3) == "late" and 6 <= h < 12):
            h += 12
        return f"T{h:02d}:{int(m.group(2) or 0):02d}"

    return _CLOCK.sub(hour, rest)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration(num: str, unit: str) -> str:
    """ISO 8601 duration of `num` units (X: unspecified); halves go down one unit (0.5 Y → P6M)."""
    n = None if num in ("", "X") else _number(num)
    if n is not None and n != int(n) and unit in _SPLIT:
        lower, factor = _SPLIT[unit]
        whole, rest = duration(str(int(n)), unit) if n >= 1 else "", duration(_fmt((n % 1) * factor), lower)
        return _join(whole, rest) if whole else rest
    amount = "X" if n is None else _fmt(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


def _join(first: str, second: str) -> str:
    """Two durations as one (P7Y + P3M → P7Y3M; P1D + PT2H → P1DT2H)."""
    if "T" in first:
        return first + second.split("T", 1)[1]
    return first + second[1:]


def _add_months(d: date, n: int) -> date:
    months = d.year * 12 + d.month - 1 + n
    return date(months // 12, months % 12 + 1, 1)


def shift(anchor: date, unit: str, n: float) -> str:
    """The calendar unit (day, ISO week, month, year, quarter) `n` units away from `anchor`."""
    if n != int(n):
        n, unit = {"Y": (n * 12, "M"), "W": (n * 7, "D"), "Q": (n * 3, "M"), "M": (n * 30, "D")}[unit]
    n = round(n)
    if unit == "D":
        return (anchor + timedelta(days=n)).isoformat()
    if unit == "W":
        year, week, _ = (anchor + timedelta(weeks=n)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "M":
        d = _add_months(anchor, n)
        return f"{d.year}-{d.month:02d}"
    if unit == "Q":
        d = _add_months(anchor, 3 * n)
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return str(anchor.year + n)


def weekday(anchor: date, day: int, tense: Tense, direction: str | None) -> date:
    """The weekday `day` (1 = Monday) meant at `anchor`: by direction, else past or coming by tense."""
    today = anchor.isoweekday()
    if direction == "@this":
        return anchor + timedelta(days=day - today)
    if direction == "@next":
        return anchor + timedelta(days=(day - today) % 7 or 7)
    if direction == "@last":
        return anchor - timedelta(days=(today - day) % 7 or 7)
    if tense == "past":
        return anchor - timedelta(days=(today - day) % 7)
    return anchor + timedelta(days=(day - today) % 7)


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def _part_interval(year: int, part: str, n: int) -> tuple[date, date]:
    """First and last day of quarter, half or ISO week `n` of `year`."""
    if part == "W":
        start = date.fromisocalendar(year, n, 1)
        return start, start + timedelta(days=6)
    months = 3 if part == "Q" else 6
    start = date(year, (n - 1) * months + 1, 1)
    return start, _add_months(start, months) - timedelta(days=1)


def _interval(year: int, spec: str) -> tuple[date, date]:
    """First and last day of a month, day, season or movable feast (`E+49`) in `year`."""
    if spec.startswith("E"):
        d = easter(year) + timedelta(days=int(spec[1:]))
        return d, d
    if spec[0] in "QHW" and spec[1:].isdigit():
        return _part_interval(year, spec[0], int(spec[1:]))
    if spec in _SEASON_START:
        start = date(year, _SEASON_START[spec], 1)
        return start, _add_months(start, 3) - timedelta(days=1)
    month, _, day = spec.partition("-")
    if day:
        d = date(year, int(month), int(day))
        return d, d
    start = date(year, int(month), 1)
    return start, _add_months(start, 1) - timedelta(days=1)


def _pick_year(anchor: date, spec: str, tense: Tense, direction: str | None) -> int:
    """The year of a yearless month/day/season: by direction, else by tense, else the nearest one."""
    spans = {}
    for y in range(anchor.year - 2, anchor.year + 2):  # two back: `im vergangenen Winter` during a winter
        with suppress(ValueError):  # 29 February exists in leap years only
            spans[y] = _interval(y, spec)
    if direction == "@next":
        return min(y for y, (s, _) in spans.items() if s > anchor)
    if direction == "@last":
        return max(y for y, (_, e) in spans.items() if e < anchor)
    if direction == "@this":
        inside = [y for y, (s, e) in spans.items() if s <= anchor <= e]
        return inside[0] if inside else anchor.year
    if tense == "past":
        year = max(y for y, (s, _) in spans.items() if s <= anchor)
        ahead = [y for y, (s, e) in spans.items() if s == e and 0 < (s - anchor).days <= _SOON]
        # a past tense that would put a day almost a year back is about the coming one (`die Wahl am
        # 2. Dezember`, written in October, in a sentence whose verb is past); months stay (`seit Januar`)
        return ahead[0] if ahead and (anchor - spans[year][1]).days > _LONG_AGO else year
    if tense == "future":
        return min(y for y, (_, e) in spans.items() if e >= anchor)
    return min(spans, key=lambda y: abs((spans[y][0] - anchor).days + (spans[y][1] - anchor).days))


def _yearless(m: re.Match[str], anchor: date | None, tense: Tense) -> str:
    spec, direction, rest = m.group(1), m.group(2), _clock(m.group(3))
    if spec.startswith("E"):
        if anchor is None:
            return "XXXX-XX-XX"
        return _interval(_pick_year(anchor, spec, tense, direction), spec)[0].isoformat()
    if spec[0].isdigit():
        spec = "-".join(f"{int(p):02d}" for p in spec.split("-"))
    elif spec[0] == "W" and spec[1:].isdigit():
        spec = f"W{int(spec[1:]):02d}"
    try:
        year = "XXXX" if anchor is None else str(_pick_year(anchor, spec, tense, direction))
    except ValueError:  # 30. Februar and the like
        return f"XXXX-{spec}{rest}"
    return f"{year}-{spec}{rest}"


def _absolute(value: str) -> str:
    """Pad the numbers of an absolute date (`2025-8-7` → `2025-08-07`) and its clock time."""
    head, sep, rest = value.partition("T")
    parts = head.split("-")
    if parts and parts[0].isdigit() and len(parts[0]) == 4:
        head = "-".join([parts[0], *(f"{int(p):02d}" if p.isdigit() else p for p in parts[1:])])
    return head + (_clock(sep + rest) if sep else "")


def resolve(value: str, anchor: date | None, tense: Tense = None, context: date | None = None) -> str:
    """Resolve an underspecified value on the publication date, the clause's tense and the day in context."""
    if value == _SOMEDAY:
        return "PAST_REF" if tense == "past" else "FUTURE_REF"
    if value == _THESE_DAYS:
        return "PAST_REF" if tense == "past" else "PRESENT_REF"
    if m := _DUR.match(value):
        first = duration(m.group(1), m.group(2))
        return first if not m.group(3) else _join(first, duration(m.group(3), m.group(4)))
    if m := _DECADE.match(value):
        digits = m.group(1)
        return digits[:3] if len(digits) == 4 else "19" + digits[0]
    if m := _CENTURY.match(value):
        return f"{int(m.group(1)) - 1:02d}"
    if m := _CENTURY_NOW.match(value):
        return "XX" if anchor is None else f"{anchor.year // 100 + _DIRECTION.get(m.group(1) or '', 0):02d}"
    if m := _WEEKEND.match(value):
        if anchor is None:
            return "XXXX-WXX-WE"
        year, week, _ = weekday(anchor, 6, tense, m.group(1)).isocalendar()
        return f"{year}-W{week:02d}-WE"
    if m := _WEEKDAY_OF_WEEK.match(value):
        if anchor is None:
            return f"XXXX-WXX-{m.group(1)}"
        monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=_DIRECTION[m.group(2)])
        return (monday + timedelta(days=int(m.group(1)) - 1)).isoformat()
    if m := _WEEKDAY.match(value):
        rest = _clock(m.group(3))
        if anchor is None:
            return f"XXXX-WXX-{m.group(1)}{rest}"
        return weekday(anchor, int(m.group(1)), tense, m.group(2)).isoformat() + rest
    if m := _RELATIVE.match(value):
        unit, offset, rest = m.group(1), m.group(2), _clock(m.group(3))
        if unit in _CLOCK_UNITS or offset[1:] == "X":
            return "PAST_REF" if offset.startswith("-") else "FUTURE_REF"
        n = _DIRECTION[offset] if offset.startswith("@") else _number(offset) or 0.0
        if unit == "DE":  # decades: shift by ten years
            unit, n = "Y", n * 10
        if anchor is None:
            return _UNDERSPECIFIED[unit] + rest
        return shift(anchor, unit, n) + rest
    if m := _CONTEXT.match(value):
        day = context or anchor
        rest = _clock(m.group(2))
        if day is None:
            return "XXXX-XX-XX" + rest
        return (day + timedelta(days=int(m.group(1)))).isoformat() + rest
    if m := _EASTER_YEAR.match(value):
        return _interval(int(m.group(1)), "E" + m.group(2))[0].isoformat()
    if value.startswith(("XXXX-WXX", "XXXX-XX-XX")):
        return value
    if m := _YEARLESS.match(value):
        return _yearless(m, anchor, tense)
    return _absolute(value)


def shifted(value: str, before: str | None) -> str | None:
    """The date a counted distance with `später`/`zuvor` names, from the last calendar value before it
    (§5: `[zwölf Jahre später]` after January 1991 → 2003) in the unit's grain (weeks count as days); the
    anchor's month or year when the amount is vague or the anchor too coarse; None if `value` is no
    `SHIFT` value."""
    m = _SHIFT.match(value)
    if not m:
        return None
    known = _CALENDAR.match(before or "")
    if not known:
        return "PAST_REF" if m.group(1) == "-" else "FUTURE_REF"
    year, month, day = (int(g) if g else None for g in known.groups())
    start, coarse = date(year, month or 1, day or 1), "Y" if month is None else "M"
    unit = {"DE": "Y", "W": "D"}.get(m.group(3), m.group(3))
    if not m.group(2) or (unit == "M" and month is None) or (unit == "D" and day is None):
        return shift(start, coarse, 0)  # wenige Tage später: the anchor's month or year
    n = (_number(m.group(2)) or 0.0) * {"DE": 10, "W": 7}.get(m.group(3), 1)
    return shift(start, unit, -n if m.group(1) == "-" else n)


def as_span(value: str, tense: Tense) -> str | None:
    """The duration an offset (`in drei Jahren`) means in a past clause, or in clock units unless the clause
    is future (`in neun Minuten fünf Tore`); None when it stays an offset."""
    m = _RELATIVE.match(value)
    if not m or m.group(2)[0] not in "+-" or m.group(3):
        return None
    unit, amount = m.group(1), m.group(2)[1:]
    if tense == "past" or (unit in _CLOCK_UNITS and tense != "future"):
        return f"DUR-{amount}-{unit}"
    return None


def needs_tense(value: str) -> bool:
    """Whether resolving `value` depends on the clause's tense (weekdays, dates without a year)."""
    if value in (_SOMEDAY, _THESE_DAYS):
        return True
    return bool(_WEEKDAY.match(value) or _WEEKEND.match(value) or _YEARLESS.match(value)) and "@" not in value


def context_kind(value: str) -> str | None:
    """`CTX`: anchored on a day named in the same sentence; `REF`: on the last day named before; `SHIFT`: on
    the last date named before; else None."""
    if _SHIFT.match(value):
        return "SHIFT"
    kind = value[:3]
    return kind if kind in ("CTX", "REF") and value[3:4] == "-" else None
