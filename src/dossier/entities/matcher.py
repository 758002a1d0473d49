"""Knowledge-base lookup in running text: one Aho-Corasick automaton over every name and demonym form.

Matches must sit on word boundaries; a hyphen counts as a boundary so that names inside compounds are
found (`US-Präsident` → `US`, `Kreml-Sprecher` → `Kreml`). Overlaps are resolved leftmost-longest.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from dossier.entities.kb import KbEntry, KnowledgeBase, genitives, load, surnames


@dataclass(frozen=True)
class KbHit:
    """A knowledge-base form found in the text."""

    start: int
    end: int
    kind: str  # name | demonym
    entry: str
    surname: bool = False  # the form is only the surname of a person entry
    weak: str = ""  # the form is also a common word: "1" (name contexts only) or "party" (also after articles)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _weak_forms(entry: KbEntry) -> set[str]:
    """Forms of an entry that are also common words (`weak=Union,…`; `weak=1`: canonical name or surnames)."""
    value = entry.attrs.get("weak", "")
    if not value:
        return set()
    forms = set(surnames(entry)) if entry.type == "PER" else {entry.name}
    if value != "1":
        forms = {f.strip() for f in value.split(",") if f.strip()}
    return forms | {g for f in forms for g in genitives(f)}


def _forms(kb: KnowledgeBase) -> dict[str, tuple[str, str, bool, str]]:
    out: dict[str, tuple[str, str, bool, str]] = {}
    for form, pid in kb.demonyms.items():
        out.setdefault(form, ("demonym", pid, False, ""))
    for form, eid in kb.names.items():
        entry = kb.entries[eid]
        full = {entry.name, *entry.variants}
        full |= {g for f in full for g in genitives(f)}
        weak = _weak_forms(entry)
        kind = "party" if entry.attrs.get("party") == "1" else "1"
        out[form] = ("name", eid, entry.type == "PER" and form not in full, kind if form in weak else "")
    return out


@cache
def automaton(lang: str = "de") -> ahocorasick.Automaton:
    """The automaton of all knowledge-base forms, built once per process."""
    a = ahocorasick.Automaton()
    for form, value in _forms(load(lang)).items():
        a.add_word(form, (len(form), *value))
    a.make_automaton()
    return a


def find(text: str, lang: str = "de") -> list[KbHit]:
    """Knowledge-base forms on word boundaries in `text`, leftmost-longest, in text order."""
    hits = []
    for end_idx, (length, kind, entry, surname, weak) in automaton(lang).iter(text):
        start, end = end_idx - length + 1, end_idx + 1
        if (start > 0 and _is_word(text[start - 1])) or (end < len(text) and _is_word(text[end])):
            continue
        hits.append(KbHit(start, end, kind, entry, surname, weak))
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[KbHit] = []
    for h in hits:
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out
