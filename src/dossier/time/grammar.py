"""The time grammar: pattern files and rules of a language pack, compiled into one regex.

HeidelTime-style: `patterns/reName.tsv` holds `surface<TAB>value` pairs (or bare surfaces),
`patterns/reName.txt` regex alternatives; a line `%reOther` includes another pattern. Rules in `rules.txt`
refer to patterns by name; each reference becomes one named, longest-first group. An unknown name stops
loading at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dossier.lang import LanguagePack, LexiconError

_REF = re.compile(r"%(\w+)")
_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"[^\W\d_]{2,}")
_KEYS = ("RULE", "TYPE", "MATCH", "VALUE", "IF", "EXAMPLE")
# tensed: dropped in a clause without past or future (habitual present);
# range-start: takes its year from the expression that ends the range (vom [7.] bis [9. Oktober]);
# within: an offset that is a duration in a past clause (habe in 30 Jahren nie … erlebt)
_CONDITIONS = ("", "tensed", "range-start", "within")
_TYPES = ("DATE", "TIME", "DURATION", "SET", "NONE")  # NONE: a rule that only blocks (ages, names)
# A capitalised form of a lower-case entry only counts at a sentence start (`Heute`, not `der Morgen`), also after
# the dash of a dateline (`Berlin (dpa) – Einen Tag nach …`).
_SENT_START = r"(?:(?<![^\n])|(?<=[.!?:;–—] )|(?<=[.!?][“”\"«»] )|(?<=[„“\"‚(«»]))"


@dataclass
class Pattern:
    """A named pattern: its regex body and the values of its literal surfaces (casefolded keys)."""

    name: str
    regex: str
    values: dict[str, str] = field(default_factory=dict)

    def value(self, surface: str) -> str:
        """Normalised value of a matched surface; regex-only patterns give the surface itself."""
        return self.values.get(surface.casefold(), surface)


@dataclass
class Example:
    """A rule's example: a sentence, the expected span (None: no expression at all) and value."""

    text: str
    span: tuple[int, int] | None
    value: str | None


@dataclass
class Rule:
    """A rule: its name, TIMEX type, match regex with %references, value template and examples."""

    name: str
    type: str = ""
    match: str = ""
    value: str = ""
    if_: str = ""
    examples: list[Example] = field(default_factory=list)
    groups: list[tuple[str, str]] = field(default_factory=list)  # (regex group name, slot name)


def _trie(words: set[str]) -> str:
    """Longest-first regex of literals as a prefix tree, so a failing first character costs one test."""
    heads: dict[str, set[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], set()).add(w[1:])
    branches = []
    for head in sorted(heads):
        rest = heads[head]
        tail = _trie(rest - {""}) if rest - {""} else ""
        if not tail:
            branches.append(re.escape(head))
        elif "" in rest:
            branches.append(f"{re.escape(head)}(?:{tail})?")
        else:
            branches.append(f"{re.escape(head)}(?:{tail})" if "|" in tail else re.escape(head) + tail)
    return "|".join(branches)


def _literal_regex(surfaces: list[str]) -> str:
    """Longest-first alternation of literals; lower-case ones also match capitalised at a sentence start."""
    words = set(surfaces)
    caps = {s[0].upper() + s[1:] for s in words if s[0].islower()}
    if not caps:
        return _trie(words)
    first = "".join(sorted({re.escape(c[0]) for c in caps}))
    return f"{_trie(words)}|(?=[{first}]){_SENT_START}(?:{_trie(caps)})"


def _read_pattern(pack: LanguagePack, folder: str, name: str, done: dict[str, Pattern]) -> Pattern:
    if name in done:
        return done[name]
    tsv, txt = f"{folder}/{name}.tsv", f"{folder}/{name}.txt"
    root = pack.root / "data"
    kind = "tsv" if (root / tsv).exists() else "txt" if (root / txt).exists() else None
    if kind is None:
        raise LexiconError(f"time grammar: unknown pattern %{name} (no {tsv} or {txt})")
    literals: list[str] = []
    regexes: list[str] = []
    values: dict[str, str] = {}
    for line in pack.lines(tsv if kind == "tsv" else txt):
        if line.startswith("%"):
            sub = _read_pattern(pack, folder, line[1:], done)
            regexes.append(sub.regex)
            values.update(sub.values)
        elif kind == "tsv":
            surface, _, value = line.partition("\t")
            literals.append(surface.strip())
            values[surface.strip().casefold()] = value.strip() or surface.strip()
        else:
            regexes.append(line)
    body = "|".join(p for p in (_literal_regex(literals) if literals else "", *regexes) if p)
    done[name] = Pattern(name=name, regex=body, values=values)
    return done[name]


def _parse_example(line: str, rule: str) -> Example:
    text, sep, value = line.rpartition(" = ")
    if not sep:
        raise LexiconError(f"time rule {rule}: example without ' = value': {line!r}")
    value = value.strip()
    if value == "none":
        return Example(text=text, span=None, value=None)
    start, end = text.find("["), text.find("]")
    if start < 0 or end < start:
        raise LexiconError(f"time rule {rule}: example without [span]: {line!r}")
    plain = text[:start] + text[start + 1 : end] + text[end + 1 :]
    return Example(text=plain, span=(start, end - 1), value=value)


def _parse_rules(lines: list[str]) -> list[Rule]:
    rules: list[Rule] = []
    for line in lines:
        key, _, rest = line.partition(" ")
        if key not in _KEYS:
            raise LexiconError(f"time rules: unknown key {key!r} in {line!r}")
        if key == "RULE":
            rules.append(Rule(name=rest.strip()))
        elif not rules:
            raise LexiconError(f"time rules: {key} before the first RULE")
        elif key == "EXAMPLE":
            rules[-1].examples.append(_parse_example(rest.strip(), rules[-1].name))
        else:
            setattr(rules[-1], "if_" if key == "IF" else key.lower(), rest.strip())
    for rule in rules:
        if rule.type not in _TYPES or not rule.match or not rule.value:
            raise LexiconError(f"time rule {rule.name}: needs TYPE ({'|'.join(_TYPES)}), MATCH and VALUE")
        if rule.if_ not in _CONDITIONS:
            raise LexiconError(f"time rule {rule.name}: unknown IF {rule.if_!r}")
    return rules


def _expand(rule: Rule, index: int, patterns: dict[str, Pattern]) -> str:
    """The rule's regex with every %reference as one named group `r<index>_<name>[_<n>]`."""
    seen: dict[str, int] = {}

    def group(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in patterns:
            raise LexiconError(f"time rule {rule.name}: unknown pattern %{name}")
        seen[name] = seen.get(name, 0) + 1
        slot = name if seen[name] == 1 else f"{name}_{seen[name]}"
        gname = f"r{index}_{slot}"
        rule.groups.append((gname, slot))
        return f"(?P<{gname}>{patterns[name].regex})"

    return _REF.sub(group, rule.match)


@dataclass
class Grammar:
    """All rules of a pack joined into one compiled regex (`r<i>` is rule i's group)."""

    patterns: dict[str, Pattern]
    rules: list[Rule]
    regex: re.Pattern[str]
    triggers: re.Pattern[str]  # lower-case trigger words, to run on lower-cased text (much faster)
    vocabulary: frozenset[str]  # casefolded words that may begin an expression before its trigger

    def fill(self, rule: Rule, m: re.Match[str]) -> str:
        """The rule's value template with each {slot} replaced by its group's normalised value."""
        got: dict[str, str] = {}
        for gname, slot in rule.groups:
            text = m.group(gname)
            if text is None:
                continue
            value = self.patterns[slot.split("_")[0]].value(text)
            got.setdefault(slot, value)
            got.setdefault(slot.split("_")[0], value)
        return _SLOT.sub(lambda s: got.get(s.group(1), ""), rule.value)


def load_grammar(pack: LanguagePack, folder: str = "time") -> Grammar:
    """Read the pattern files a pack's time rules use and compile all rules into one regex."""
    rules = _parse_rules(pack.lines(f"{folder}/rules.txt"))
    patterns: dict[str, Pattern] = {}
    for rule in rules:
        for name in _REF.findall(rule.match):
            _read_pattern(pack, f"{folder}/patterns", name, patterns)
        for slot in _SLOT.findall(rule.value):
            if slot.split("_")[0] not in patterns:
                raise LexiconError(f"time rule {rule.name}: value slot {{{slot}}} names no pattern")
    parts = [f"(?P<r{i}>{_expand(rule, i, patterns)})" for i, rule in enumerate(rules)]
    # Whole words only, and not part of a hyphenated compound (`Rekord-Sommer`, `Heute-Journal`).
    joined = r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w|-\w)"
    try:
        regex = re.compile(joined, re.MULTILINE)
    except re.error as err:
        raise LexiconError(f"time grammar does not compile: {err}") from err
    triggers = re.compile("|".join(line.lower() for line in pack.lines(f"{folder}/triggers.txt")))
    return Grammar(patterns, rules, regex, triggers, _vocabulary(patterns, rules))


def _vocabulary(patterns: dict[str, Pattern], rules: list[Rule]) -> frozenset[str]:
    """Every word of the patterns' literals and of the rules' own text, casefolded."""
    words = {w for p in patterns.values() for surface in p.values for w in surface.split()}
    words.update(w.casefold() for r in rules for w in _WORD.findall(_REF.sub(" ", r.match)))
    return frozenset(words)


def pattern_files(pack: LanguagePack, folder: str = "time") -> list[Path]:
    """Every pattern file of the pack's time grammar (for tests that check each is used and valid)."""
    return sorted((pack.root / "data" / folder / "patterns").glob("re*.*")) + sorted(
        (pack.root / "data" / folder / "patterns").glob("ctx*.*")
    )
