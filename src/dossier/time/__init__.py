"""The time layer: temporal expressions found by data-file rules, then resolved to calendar values.

Two steps, as in HeidelTime: `match` runs the pack's rules (one compiled regex) and yields spans with
underspecified values; `resolve` anchors them on the publication date, the clause's tense and the day
in context. Expressions overlapping a person or organisation name (`Mai Thi`, `Karl Freitag`) are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from dossier.lang import LanguagePack, get_pack
from dossier.model import AnalysedDocument, TimeExpression
from dossier.time.grammar import Grammar, load_grammar
from dossier.time.resolve import as_span, context_kind, needs_tense, resolve, shifted
from dossier.time.tense import TenseCues, TenseFinder

_NAME_TYPES = ("PER", "ORG")
_TODAY = "UNDEF-D+0"  # `heute` as the rules write it
_LATE = re.compile(r"T(?:EV|(?:1[89]|2[0-3]):)")  # an evening part of day or clock time
_OWN_DAY_PARTS = ("TMO", "TNI")  # `in der Nacht`, `am Morgen`: of the publication day, not of a day named before
_RECENT_DAYS = 7  # a past clock time may take a day named earlier if it lies this close before publication
_LEAD = 40  # an expression starts at most this many characters before its trigger (`Mitte des vergangenen`)
_WORD = re.compile(r"\b\w+")
_WEEKDAY_RAW = re.compile(r"UNDEF-WD([1-7])$")
_TIMESTAMP = re.compile(r"[ \t]*(?::|\n|$)")  # after a clock time that opens a line: a ticker timestamp
_NOUN_BEFORE = re.compile(r"(?<![.!?:„\"»(]\s)(?<!^)(?<!\n)\b[A-ZÄÖÜ][a-zäöüß]+ $")  # a noun, not sentence-initial
_NEVER = re.compile(r"(?!)")  # matches nothing: no determiners, title nouns, run-on prepositions or links given


@dataclass(frozen=True)
class Links:
    """Patterns of the words that join or border expressions, from the pack (matching nothing if not given)."""

    range_link: re.Pattern[str] = _NEVER  # all that stands between the two dates of a range (`bis`, `und`)
    range_end: re.Pattern[str] = _NEVER  # ends the text before a day that ends a range (`bis zum `)
    set_link: re.Pattern[str] = _NEVER  # all that stands between a weekly set and its next weekday (`und`)
    genitive: re.Pattern[str] = _NEVER  # a genitive article that stays outside after a noun (`der `)
    adjective: re.Pattern[str] = _NEVER  # an inflected adjective that may stand inside (`strengen`)


def _alternation(words: list[str]) -> str:
    """The words as one regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def links_from_pack(pack: LanguagePack) -> Links:
    """The linking and bordering words of the time layer's data files as patterns."""

    def words(name: str) -> str:
        return _alternation(pack.lines(f"time/{name}"))

    range_ends = pack.lines("time/range_ends.txt")
    return Links(
        range_link=re.compile(rf"\s*(?:{words('range_links.txt')})\s*"),
        range_end=re.compile(rf"\b(?:{_alternation([*range_ends, *(w.capitalize() for w in range_ends)])}) $"),
        set_link=re.compile(rf"\s*(?:{words('set_links.txt')})\s*"),
        genitive=re.compile(rf"(?:{words('genitive_articles.txt')}) "),
        adjective=re.compile(rf"[a-zäöüß]+(?:{words('adjective_endings.txt')})"),
    )


@dataclass
class Candidate:
    """A matched expression before resolution."""

    start: int
    end: int
    rule: str
    type: str
    raw: str
    condition: str = ""
    sentence: int | None = None


def _published(doc: AnalysedDocument) -> date | None:
    try:
        return date.fromisoformat((doc.published or "")[:10])
    except ValueError:
        return None


def _name_spans(doc: AnalysedDocument) -> list[tuple[int, int]]:
    return sorted(
        (m.start, m.end)
        for e in doc.entities
        if e.type in _NAME_TYPES
        for m in e.mentions
        if m.kind == "name" and (m.type or e.type) in _NAME_TYPES
    )


def _person_starts(doc: AnalysedDocument) -> set[int]:
    return {m.start for e in doc.entities if e.type == "PER" for m in e.mentions if m.kind == "name"}


def _age_before_name(text: str, people: set[int], c: Candidate) -> bool:
    """A one-word duration adjective right before a person's name is an age (`die fünfjährige Lena`, §3)."""
    return c.type == "DURATION" and text[c.start : c.end].islower() and " " not in text[c.start : c.end] and (
        c.end + 1 in people
    )


def determiner_pattern(pack: LanguagePack) -> re.Pattern[str]:
    """A determiner that ends the text before an expression, after a listed preposition, at a sentence
    start or after a lower-case word (§3: determiners inside the span, prepositions outside; `ist [der 29.
    Februar]`, but a genitive after a noun stays out: `Lieferprobleme der [Jahre 2020]`)."""

    def alternatives(name: str) -> str:
        words = pack.lines(f"time/{name}")
        return "|".join(re.escape(w) for w in sorted({*words, *(w.capitalize() for w in words)}, key=len)[::-1])

    preps, dets = alternatives("span_prepositions.txt"), alternatives("span_determiners.txt")
    before = rf"(?<![^\s(])(?:{preps}) |(?:^|(?<=[.!?:]\s)|(?<=\n))|(?<![\w-])[a-zäöüß][\w-]* "
    return re.compile(rf"(?:{before})(?:{dets}) $")


def _with_determiner(pattern: re.Pattern[str], text: str, c: Candidate) -> int:
    """Start of the expression with the determiner before it (`in [der Nacht]`); a lower-case head without
    a noun of its own (an adjective of an outer noun: `des [dreijährigen] Krieges`) or a bare year (`die
    2019 gegründete Firma`) takes none."""
    head = text[c.start : c.end]
    # an [den vier Tagen], bis in [den frühen Morgen]; not before a set's own determiner (zu dem [jedes Jahr])
    phrase = c.type != "SET" and " " in head and head.split()[-1][:1].isupper()
    if not head[:1].isupper() and not (head[:1].isdigit() and "." in head[:3]) and not phrase:
        return c.start
    m = pattern.search(text, max(0, c.start - 20), c.start)
    return m.end() - len(m.group().split()[-1]) - 1 if m else c.start


def _without_genitive(genitive: re.Pattern[str], text: str, start: int) -> int:
    """Start of the expression without a genitive article after a noun (§5: a genitive article stays outside:
    `das Wachstum der [letzten Jahre]`, `des [19. Jahrhunderts]`)."""
    article = genitive.match(text, start)
    if not article or not _NOUN_BEFORE.search(text, max(0, start - 40), start):
        return start
    return article.end()


def title_pattern(pack: LanguagePack) -> re.Pattern[str]:
    """A noun naming a document or law that ends the text before a bare year (`Wattenmeer-Zustandsbericht
    [2025]`: the year belongs to the title, §5)."""
    heads = "|".join(re.escape(w) for w in sorted(pack.lines("time/title_heads.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?=[A-ZÄÖÜ])[\w-]*?(?i:{heads}) $")


def _in_title(pattern: re.Pattern[str], text: str, c: Candidate) -> bool:
    """Whether the candidate is a bare year right after a title noun (`Gemeindeneugliederungsgesetz 2021`)."""
    return text[c.start : c.end].isdigit() and bool(pattern.search(text, max(0, c.start - 60), c.start))


def _continue_sets(set_link: re.Pattern[str], text: str, found: list[Candidate]) -> None:
    """A bare weekday joined to a weekly set is one more set (§5: `jeden Mittwoch und [Samstag]`)."""
    for before, c in pairwise(found):
        day = _WEEKDAY_RAW.match(c.raw)
        if day and before.type == "SET" and "WXX" in before.raw and set_link.fullmatch(text, before.end, c.start):
            c.type, c.raw = "SET", f"XXXX-WXX-{day.group(1)}"


def name_run_on_pattern(pack: LanguagePack) -> re.Pattern[str]:
    """A preposition of time that ends the text of a name before an expression at the name's end: the
    entity tagger ran the name on over the time (`Zentrale Wahlkommission am [Donnerstagmorgen]`)."""
    preps = "|".join(re.escape(w) for w in sorted(pack.lines("time/name_run_on_preps.txt"), key=len, reverse=True))
    return re.compile(rf" (?:{preps}) $")


def _in_name(spans: list[tuple[int, int]], run_on: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether a name covers the expression (`Karl Freitag`, `Mai Thi`); an expression that reaches beyond a
    mis-tagged name (`im vergangenen Sommer`, `Sommer 2003`) stays, and so does one that ends a name after a
    preposition of time that `run_on` matches (`Zentrale Wahlkommission am [Donnerstagmorgen]`: the name ran on)."""
    i = bisect_right(spans, (end, end))
    return any(
        s <= start and end <= e and not (e == end and run_on.search(text, s, start))
        for s, e in spans[max(0, i - 3) : i]
    )


def _word_start(text: str, at: int) -> int:
    """Start of the word that contains position `at` (triggers may sit inside a word: Mittwochabend)."""
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _year(value: str | None) -> str | None:
    """The four-digit year a resolved value starts with, if any."""
    return value[:4] if value and value[:4].isdigit() else None


def _range_start(start: str, end: str) -> str:
    """The start of a range in the year of its end, or the year before when its month comes later
    (`vom 20. Dezember bis 5. Januar 2026` → 2025-12-20)."""
    year = int(end[:4])
    if start[5:7].isdigit() and end[5:7].isdigit() and start[5:7] > end[5:7]:
        year -= 1
    return f"{year:04d}{start[4:]}"


def _long_before(value: str, anchor: date) -> bool:
    """A year two or more before publication, or a decade or century (1984, 198, 18)."""
    year = _year(value)
    return bool(year and int(year) < anchor.year - 1) or (value.isdigit() and len(value) < 4)


def _in_quote(text: str, at: int) -> bool:
    """Whether position `at` lies inside a direct quotation („…“ or »…«) opened in its paragraph."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    return para.count("„") > para.count("“") or para.count("»") > para.count("«")


def _day_of_speaking(found: list[Candidate], values: dict[int, str | None], i: int, anchor: date) -> str | None:
    """The day before publication when it is the last day named before a quoted past `heute` (`„Das haben
    wir heute erlebt“`, in a report of a Saturday match published on Sunday; §5: relative words in a quote
    spoken on an earlier day resolve to the day of speaking)."""
    days = [d for j in range(i) if (d := _day(values.get(j) or "")) and found[j].type in ("DATE", "TIME")]
    return days[-1].isoformat() if days and (anchor - days[-1]).days == 1 else None


def _coming_day_before(
    resolved: list[tuple[Candidate, str]], c: Candidate, anchor: date, text: str, range_end: re.Pattern[str]
) -> date | None:
    """For a clock time in a present or future clause: the last day of the coming week named in the sentence
    before (`Die Mannschaft landet am Dienstag. Ab [10 Uhr] soll es eine Feier geben.`); not the end of a
    range (`läuft bis Sonntagabend`)."""
    days = [
        (o.start, d)
        for o, v in resolved
        if o.sentence == c.sentence - 1 and (d := _day(v)) and not range_end.search(text, max(0, o.start - 8), o.start)
    ]
    last = max(days)[1] if days else None
    return last if last and 0 < (last - anchor).days <= _RECENT_DAYS else None


def _paragraph_starts(doc: AnalysedDocument) -> set[int]:
    """Indices of the sentences that open a paragraph (or a ticker entry)."""
    sents = doc.sentences
    return {i for i, s in enumerate(sents) if i == 0 or s.paragraph != sents[i - 1].paragraph}


def _last_date(resolved: list[tuple[Candidate, str]], before: int) -> str | None:
    """The calendar value of the last expression before offset `before` (the anchor of `zwei Tage später`)."""
    dated = [(o.start, v) for o, v in resolved if o.start < before and v[:4].isdigit() and o.type in ("DATE", "TIME")]
    return max(dated)[1] if dated else None


def _from_night(resolved: list[tuple[Candidate, str]], c: Candidate, day: date) -> bool:
    """Whether the day in context comes from a night named by the day it ends on (`in der Nacht zu Montag`
    → Monday), not from a night placed on a day in context (`bis tief in die Nacht`)."""
    before = [(o.start, o.raw, v) for o, v in resolved if o.start < c.start and _day(v) == day]
    if not before:
        return False
    _, raw, value = max(before)
    return value.endswith("TNI") and not context_kind(raw)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class TimeTagger:
    """The time stage: assigns `doc.times` (id, span, type, value, rule name, sentence index)."""

    name = "time"

    def __init__(
        self,
        *,
        grammar: Grammar,
        cues: TenseCues,
        determiner: re.Pattern[str] | None = None,
        title: re.Pattern[str] | None = None,
        name_run_on: re.Pattern[str] | None = None,
        links: Links | None = None,
    ):
        self.grammar = grammar
        self.cues = cues
        self.determiner = determiner or _NEVER
        self.title = title or _NEVER
        self.name_run_on = name_run_on or _NEVER
        self.links = links or Links()

    def _starts(self, text: str, lo: int, trigger: int) -> list[int]:
        """Where an expression holding the trigger may begin: at the trigger's word, or at a grammar word
        before it when only grammar words, numbers and adjectives stand between."""
        here = _word_start(text, trigger)
        starts = [here]
        for w in reversed(list(_WORD.finditer(text, lo, here))):
            word = w.group()
            if word.casefold() in self.grammar.vocabulary or word.isdigit():
                starts.append(w.start())
            elif not self.links.adjective.fullmatch(word):
                break
        return starts[::-1]

    def _matches(self, text: str) -> list[re.Match[str]]:
        """Leftmost non-overlapping rule matches, tried only at a few places around each trigger word."""
        found: list[re.Match[str]] = []
        done = 0  # positions before this are matched or tried already
        lower = text.lower()
        if len(lower) != len(text):  # a rare letter whose lower case is longer (İ): keep offsets
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        for trigger in self.grammar.triggers.finditer(lower):
            if trigger.end() <= done:
                continue
            for start in self._starts(text, max(done, trigger.start() - _LEAD), trigger.start()):
                if start < done:
                    continue
                m = self.grammar.regex.match(text, start)
                if m:
                    found.append(m)
                done = m.end() if m else start + 1
        return found

    def match(self, text: str) -> list[Candidate]:
        """Every rule match in `text`, leftmost first, with its underspecified value."""
        out: list[Candidate] = []
        for m in self._matches(text):
            rule = self.grammar.rules[int(m.lastgroup[1:])]
            out.append(Candidate(m.start(), m.end(), rule.name, rule.type, self.grammar.fill(rule, m), rule.if_))
        return out

    def _sentence_index(self, doc: AnalysedDocument, starts: list[int], at: int) -> int | None:
        return bisect_right(starts, at) - 1 if doc.sentences else None

    def _context_day(
        self, resolved: list[tuple[Candidate, str]], c: Candidate, anchor: date | None, past: bool, text: str
    ) -> date | None:
        """The day of a clock time: a day named in its sentence; else, for `am selben Tag` or in a past
        clause, the last day named before (in a past clause only one of the week before publication, and
        never one after publication)."""
        recent = context_kind(c.raw) == "REF" or anchor is None
        same = [(o.start, d) for o, v in resolved if o.sentence == c.sentence and (d := _day(v))]
        before_it = [x for x in same if x[0] < c.start]
        if before_it or (same and context_kind(c.raw) != "REF"):  # `am Vortag` never looks ahead
            return max(before_it)[1] if before_it else min(same)[1]
        if not recent and not past and anchor and c.sentence:
            return _coming_day_before(resolved, c, anchor, text, self.links.range_end)
        if not recent and (not past or c.raw.endswith(_OWN_DAY_PARTS)):
            return None
        before = [
            (o.start, d)
            for o, v in resolved
            if o.start < c.start
            and (d := _day(v))
            and (recent or 0 <= (anchor - d).days <= _RECENT_DAYS)
            and not (past and anchor and d > anchor)
        ]
        return max(before)[1] if before else None

    @staticmethod
    def _anchored(c: Candidate, anchor: date | None, finder: TenseFinder) -> str | None:
        """Value of an expression anchored on the publication date and tense; None if its condition fails."""
        if c.type == "SET":  # recurrences are never anchored (jeden Sommer = XXXX-SU)
            return resolve(c.raw, None)
        tensed = needs_tense(c.raw) or c.condition in ("tensed", "within")
        tense = finder.tense(c.start, c.end, c.sentence) if tensed else None
        if c.condition == "within" and (span := as_span(c.raw, finder.clause_tense(c.start, c.end, c.sentence))):
            c.type = "DURATION"
            return resolve(span, anchor)
        generic = c.condition == "tensed" and tense is None and not finder.verbless(c.start, c.sentence)
        return None if generic else resolve(c.raw, anchor, tense)

    def resolve(self, doc: AnalysedDocument, found: list[Candidate]) -> list[str | None]:
        """Values of the candidates (None: dropped by its rule's condition); publication- and
        tense-anchored first, then range starts, then the context-anchored."""
        anchor, finder = _published(doc), TenseFinder(doc, self.cues)
        values = {i: self._anchored(c, anchor, finder) for i, c in enumerate(found) if not context_kind(c.raw)}
        for i in range(len(found)):
            if self._starts_range(doc.text, found, i) and (end := values.get(i + 1)) and _year(end):
                values[i] = _range_start(values[i] or "", end)
        done = [(found[i], v) for i, v in values.items() if v]
        sets = {c.sentence for c in found if c.type == "SET"}
        for i, c in enumerate(found):
            if context_kind(c.raw) == "SHIFT":
                values[i] = shifted(c.raw, _last_date(done, c.start))
                done.append((c, values[i] or ""))
            elif i not in values and c.condition == "tensed" and finder.tense(c.start, c.end, c.sentence) is None:
                values[i] = None  # a generic part of day (`Lärm bis tief in die Nacht`): no time
            elif i not in values:
                habit = c.sentence in sets or finder.habitual(c.start, c.end, c.sentence)
                values[i] = self._in_context(done, c, anchor, finder, habit)
                done.append((c, values[i]))
        past = self._past_sentences(finder, found, values, anchor)
        past_before = {i + 1 for i in past if i is not None} - _paragraph_starts(doc)
        for i, c in enumerate(found):
            if c.raw != _TODAY:
                continue
            tense = finder.tense(c.start, c.end, c.sentence)
            if c.sentence in past or (c.sentence in past_before and tense is None):
                values[i] = "PRESENT_REF"
            elif tense == "past" and anchor and _in_quote(doc.text, c.start):
                values[i] = _day_of_speaking(found, values, i, anchor) or values[i]
        return [values[i] for i in range(len(found))]

    def _past_sentences(
        self, finder: TenseFinder, found: list[Candidate], values: dict[int, str | None], anchor: date | None
    ) -> set[int | None]:
        """Sentences that name an earlier time (`früher`, `damals`, a year long before publication): a
        `heute` there means nowadays (§5: `heute` meaning "nowadays" is PRESENT_REF)."""
        out = finder.sentences_with(self.cues.then)
        if anchor:
            out |= {c.sentence for i, c in enumerate(found) if _long_before(values.get(i) or "", anchor)}
        return out

    def _starts_range(self, text: str, found: list[Candidate], i: int) -> bool:
        """A date without a year right before `bis` and a date with one: the range's end gives the year."""
        c = found[i]
        if i + 1 >= len(found) or not (c.condition == "range-start" or c.raw.startswith("XXXX-")):
            return False
        return c.condition == "range-start" or bool(self.links.range_link.fullmatch(text, c.end, found[i + 1].start))

    def _in_context(
        self, done: list[tuple[Candidate, str]], c: Candidate, anchor: date | None, finder: TenseFinder, habit: bool
    ) -> str:
        """Value of a clock time or part of day: on the day in context; of no date in a sentence of habit
        without a day of its own (§5: `Um sieben Uhr sitzt er meist im Büro` → XXXX-XX-XXT07:00)."""
        if habit and not any(o.sentence == c.sentence and _day(v) for o, v in done):
            return resolve(c.raw, None)
        if _TIMESTAMP.match(finder.text, c.end) and (c.start == 0 or finder.text[c.start - 1] == "\n"):
            return resolve(c.raw, anchor)  # §5: a ticker timestamp (`14.32 Uhr:`) is on the publication day
        past = finder.tense(c.start, c.end, c.sentence) == "past"
        day = self._context_day(done, c, anchor, past, finder.text)
        if day and _LATE.search(c.raw) and _from_night(done, c, day):
            day -= timedelta(days=1)  # the evening of `in der Nacht zu Montag` is Sunday's
        return resolve(c.raw, anchor, None, day)

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument:
        names, people = _name_spans(doc), _person_starts(doc)
        starts = [s.start for s in doc.sentences]
        found = [
            c
            for c in self.match(doc.text)
            if c.type != "NONE"
            and not _in_name(names, self.name_run_on, doc.text, c.start, c.end)
            and not _age_before_name(doc.text, people, c)
            and not _in_title(self.title, doc.text, c)
        ]
        for c in found:
            c.sentence = self._sentence_index(doc, starts, c.start)
            c.start = _without_genitive(self.links.genitive, doc.text, _with_determiner(self.determiner, doc.text, c))
        _continue_sets(self.links.set_link, doc.text, found)
        doc.times = [
            TimeExpression(
                id=f"t{i}",
                start=c.start,
                end=c.end,
                text=doc.text[c.start : c.end],
                type=c.type,
                value=value,
                method=c.rule,
                sentence=c.sentence,
            )
            for i, (c, value) in enumerate(
                [(c, v) for c, v in zip(found, self.resolve(doc, found), strict=True) if v], start=1
            )
        ]
        return doc


def make_stage(lang: str) -> TimeTagger:
    """The time stage for a language whose pack has a time grammar."""
    pack = get_pack(lang)
    return TimeTagger(
        grammar=load_grammar(pack),
        cues=TenseCues.from_pack(pack),
        determiner=determiner_pattern(pack),
        title=title_pattern(pack),
        name_run_on=name_run_on_pattern(pack),
        links=links_from_pack(pack),
    )
