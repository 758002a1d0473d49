"""Language packs: the language-specific knowledge (lexicons, rules, knowledge base) as data files.

A pack is a folder `lang/<code>/data/`. Files hold one entry per line; `#` starts a comment
(a whole line, or after two spaces at the end of an entry). Layer code asks the pack for files by name
and never hard-codes words of a language.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

_LANG_ROOT = Path(__file__).parent


class LexiconError(ValueError):
    """A data file of a language pack is missing or malformed."""


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    cut = line.find("  #")
    return (line if cut < 0 else line[:cut]).strip()


@dataclass(frozen=True)
class LanguagePack:
    """Access to one language's data files, cached per process."""

    code: str
    root: Path = field(repr=False)

    def path(self, name: str) -> Path:
        """Path of data file `name` (relative to the pack's data folder); fails loudly if missing."""
        p = self.root / "data" / name
        if not p.exists():
            raise LexiconError(f"language pack {self.code!r}: no data file {name!r} ({p})")
        return p

    def lines(self, name: str) -> list[str]:
        """Non-empty, comment-free lines of a list file."""
        text = self.path(name).read_text(encoding="utf-8")
        return [s for s in (_strip_comment(line) for line in text.splitlines()) if s]

    def table(self, name: str) -> list[list[str]]:
        """Rows of a tab-separated file, comments and blank lines skipped."""
        rows = [line for line in self.lines(name)]
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO("\n".join(rows)), delimiter="\t")]


@cache
def get_pack(code: str) -> LanguagePack:
    """The language pack for ISO 639-1 `code`; raises LexiconError if none exists."""
    root = _LANG_ROOT / code
    if not (root / "data").is_dir():
        raise LexiconError(f"no language pack for {code!r}")
    return LanguagePack(code=code, root=root)
