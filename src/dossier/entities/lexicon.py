"""Word lists of the entity layer (role nouns, first names, pronouns, context cues), from the language pack."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dossier.lang import get_pack

_MASC_ENDINGS = ("", "s", "n", "en", "es")  # Präsident-en, Kanzler-s, Gesandte-n
_ADJ_NOUN_ENDINGS = ("", "n", "r")  # der Gesandte, des Gesandten, ein Gesandter
_AGE_NOUN = re.compile(r"^\d+-[Jj]ährige(n|r)?$")


@dataclass(frozen=True)
class RoleForm:
    """What a role-noun form means: its base (masculine) form, gender and whether it can be plural."""

    base: str
    gender: str
    plural_possible: bool


@dataclass
class Lexicon:
    roles: dict[str, RoleForm] = field(default_factory=dict)  # lowercased form -> meaning
    max_role_len: int = 0
    first_names: dict[str, str] = field(default_factory=dict)  # name -> m | f | u
    pronouns: dict[str, str] = field(default_factory=dict)  # form -> gender
    cues: dict[str, set[str]] = field(default_factory=dict)  # class -> words
    not_names: set[str] = field(default_factory=set)
    _role_cache: dict[str, tuple[str, RoleForm] | None] = field(default_factory=dict, repr=False)
    org_roles: dict[str, tuple[str, str, tuple[str, ...]]] = field(default_factory=dict)  # form -> (base, type, hints)
    role_groups: dict[str, tuple[str, int, bool]] = field(default_factory=dict)  # base -> (scene, group, synonyms)
    address: dict[str, str] = field(default_factory=dict)  # speaker's role base -> role base its formal `Sie` means
    lang: str = "de"  # the language pack the lists come from (and the one `listed` files are read from)

    def cue(self, word: str, cls: str) -> bool:
        """`word` is listed under class `cls` in cues.tsv (exact form)."""
        return word in self.cues.get(cls, ())

    def org_role(self, token: str) -> tuple[str, str, tuple[str, ...]] | None:
        """(base, type, hints) when `token` is a noun that refers back to an organisation or place."""
        return self.org_roles.get(token)

    def role_group(self, word: str) -> tuple[str, int, bool] | None:
        """(scene, group, whether its nouns are synonyms) of a role noun or role key word (`Verteidigers`,
        `rechtsanwalt`), if it has one."""
        found = self.role(word)
        return self.role_groups.get(found[1].base.lower()) if found else None

    def role(self, token: str) -> tuple[str, RoleForm] | None:
        """(prefix, meaning) when `token` is a role noun or a compound ending in one (`US-Präsidenten`)."""
        if token not in self._role_cache:
            self._role_cache[token] = self._role(token)
        return self._role_cache[token]

    def _role(self, token: str) -> tuple[str, RoleForm] | None:
        age = _AGE_NOUN.match(token)
        if age:  # der 58-Jährige, die 74-Jährige, ein 38-Jähriger
            return "", RoleForm("Jährige", "m" if age.group(1) == "r" else "u", age.group(1) == "n")
        low = token.lower()
        for cut in range(max(0, len(low) - self.max_role_len), len(low)):
            form = self.roles.get(low[cut:])
            # a compound needs a real first part: Demir and Özdemir are no D-/Özd-Emir
            if form is not None and (cut == 0 or (cut >= 3 and (low[cut - 1] == "-" or low[cut - 1].isalpha()))):
                return token[:cut], form
        return None


def _add_role(lex: Lexicon, masc: str, fem: str) -> None:
    adjectival = masc.endswith("e") and masc == fem  # der/die Vorsitzende
    if adjectival:
        for e in _ADJ_NOUN_ENDINGS:
            lex.roles.setdefault((masc + e).lower(), RoleForm(masc, "u", e == "n"))
        return
    for e in _MASC_ENDINGS:
        plural = e in ("n", "en") or masc.endswith(("er", "el"))  # die Sprecher, die Präsidenten
        lex.roles.setdefault((masc + e).lower(), RoleForm(masc, "m", plural))
    if fem != "-":
        lex.roles.setdefault(fem.lower(), RoleForm(masc, "f", False))


@cache
def load(lang: str = "de") -> Lexicon:
    """The entity word lists of a language pack, loaded once."""
    pack = get_pack(lang)
    lex = Lexicon(lang=lang)
    for masc, fem, *_ in pack.table("entities/roles.tsv"):
        _add_role(lex, masc, fem)
    lex.max_role_len = max(len(f) for f in lex.roles)
    for n, (scene, bases, how) in enumerate(pack.table("entities/role_groups.tsv")):
        for base in bases.split("|"):
            lex.role_groups[base.lower()] = (scene, n, how == "same")
    lex.first_names = {name: gender for name, gender in pack.table("entities/first_names.tsv")}
    lex.pronouns = {form: gender for form, gender, *_ in pack.table("entities/pronouns.tsv")}
    for noun, typ, hints in pack.table("entities/org_roles.tsv"):
        value = (noun, typ, tuple(h for h in hints.split("|") if h and h != "-"))
        for form in (noun, noun + "s", noun + "es"):
            lex.org_roles.setdefault(form, value)
    lex.address = {speaker: addressed for speaker, addressed in pack.table("entities/address.tsv")}
    lex.not_names = set(pack.lines("entities/not_names.txt"))
    for word, cls in pack.table("entities/cues.tsv"):
        lex.cues.setdefault(cls, set()).add(word)
    return lex


@cache
def listed(name: str, lang: str) -> tuple[str, ...]:
    """The words of a plain list file `entities/<name>` of the language pack (comments dropped), loaded once."""
    return tuple(get_pack(lang).lines(f"entities/{name}"))


@cache
def listed_rows(name: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated file `entities/<name>` of the language pack (comments dropped), loaded once."""
    return tuple(tuple(row) for row in get_pack(lang).table(f"entities/{name}"))
