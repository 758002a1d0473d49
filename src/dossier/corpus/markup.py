"""Parser of the corpus markup (`.dsm`, see docs/corpus-format.md) into a gold `dossier/1` document.

The body is read line by line; inline spans `[text]{attributes}` may nest and run across lines.
Gold text, gold sentences and paragraphs come straight from the layout (one sentence per line, blank
line between paragraphs); noise lines go only into the raw source text, with their source offsets.
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from dossier.model import (
    AnalysedDocument,
    Entity,
    Paragraph,
    Sentence,
)

ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
TIME_TYPES = {"DATE", "TIME", "DURATION", "SET"}
MENTION_KINDS = {"role": "role", "pro": "pronoun", "dem": "demonym", "met": "metonym"}
QUOTE_KINDS = {"direct", "indirect", "mixed", "reported"}
POSITIONS = {"before", "after", "inside", "previous", "pronoun", "none"}
EVENT_TYPES = set(
    [
        "meeting",
        "phone_call",
        "visit",
        "talks",
        "statement",
        "announcement",
        "threat",
        "sanction",
        "tariff",
        "deadline",
        "agreement",
        "ceasefire",
        "attack",
        "election",
        "vote",
        "resignation",
        "appointment",
        "arrest",
        "trial",
        "verdict",
        "lawsuit",
        "investigation",
        "protest",
        "strike",
        "prisoner_exchange",
        "accident",
        "disaster",
        "death",
        "opening",
        "closure",
        "acquisition",
        "investment",
        "layoff",
        "bankruptcy",
        "law",
        "match",
        "award",
        "release",
        "other",
    ]
)
MODALITIES = {"occurred", "planned", "possible", "threatened", "conditional", "negated", "claimed"}
ROLES = {"agent", "partner", "target", "beneficiary", "mediator", "patient"}
QUOTE_ATTRS = ("msg", "cue", "src", "to", "chan", "via")
_ID = re.compile(r"^[a-z0-9_]+$")


class CorpusError(ValueError):
    """A markup error, with the file and line it was found at; `messages` lists every error of the file."""

    def __init__(self, path: Path | str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.found = [(line, str(self))]

    @property
    def messages(self) -> list[str]:
        """Every error found in the file, in line order."""
        return [m for _, m in sorted(set(self.found))]

    @classmethod
    def collected(cls, errors: list[CorpusError]) -> CorpusError:
        """One error standing for all errors found in a file (the first one is its message)."""
        first = min(errors, key=lambda e: e.found[0])
        first.found = [f for e in errors for f in e.found]
        return first


@dataclass
class _OpenSpan:
    start: int
    line: int


@dataclass
class _Marked:
    """One closed inline span with its attributes."""

    start: int
    end: int
    attrs: list[str]
    line: int


@dataclass
class _State:
    text: list[str] = field(default_factory=list)
    length: int = 0
    stack: list[_OpenSpan] = field(default_factory=list)
    marked: list[_Marked] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    para_start: int | None = None
    source_paras: list[tuple[str, str | None]] = field(default_factory=list)  # (text, noise reason)
    headings: list[tuple[int, int]] = field(default_factory=list)
    fragments: list[tuple[int, int, str]] = field(default_factory=list)
    quotes: dict[str, tuple[str, str | None, int]] = field(default_factory=dict)
    events: dict[str, tuple[list[str], int]] = field(default_factory=dict)
    rejected: set[str] = field(default_factory=set)  # ids of bad declarations, already reported

    def emit(self, chunk: str) -> None:
        self.text.append(chunk)
        self.length += len(chunk)


def _split_header(lines: list[str], path: Path) -> tuple[dict[str, str], list[tuple[int, str]], int]:
    """Header fields, entity lines (with line numbers) and the index of the first body line."""
    seps = [i for i, line in enumerate(lines) if line.strip() == "---"]
    if len(seps) < 2:
        raise CorpusError(path, 1, "expected a header, '---', entity lines, '---', then the body")
    header: dict[str, str] = {}
    for i, line in enumerate(lines[: seps[0]], start=1):
        body = line.split("  #", 1)[0].strip()
        if not body or body.startswith("#"):
            continue
        if ":" not in body:
            raise CorpusError(path, i, f"header line is not 'key: value': {line!r}")
        key, value = body.split(":", 1)
        header[key.strip()] = value.strip()
    entity_lines = [(i + 1, lines[i]) for i in range(seps[0] + 1, seps[1]) if lines[i].strip()]
    return header, entity_lines, seps[1] + 1


def _parse_entities(entity_lines: list[tuple[int, str]], path: Path) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for number, line in entity_lines:
        if line.lstrip().startswith("#"):
            continue
        try:
            parts = shlex.split(line, comments=True)
        except ValueError as exc:
            raise CorpusError(path, number, f"cannot read entity line ({exc})") from None
        if len(parts) < 4 or parts[0] != "entity":
            raise CorpusError(path, number, 'entity line must be: entity <id> <TYPE> "<name>" [key=value …]')
        _, eid, etype, name, *rest = parts
        if not _ID.match(eid) or eid in entities:
            raise CorpusError(path, number, f"bad or repeated entity id {eid!r}")
        if etype not in ENTITY_TYPES:
            raise CorpusError(path, number, f"entity type {etype!r} is not one of {sorted(ENTITY_TYPES)}")
        opts = dict(p.split("=", 1) for p in rest if "=" in p)
        unknown = set(opts) - {"roles", "aliases", "kb"} or {p for p in rest if "=" not in p}
        if unknown:
            raise CorpusError(path, number, f"unknown entity option(s) {sorted(unknown)}")
        entities[eid] = Entity(
            id=eid,
            type=etype,
            name=name,
            roles=[r for r in opts.get("roles", "").split("|") if r],
            aliases=[a for a in opts.get("aliases", "").split("|") if a],
            kb=opts.get("kb") or None,
        )
    return entities


def _inline(state: _State, line: str, number: int, path: Path) -> None:
    """Append one line's text to the gold text, opening and closing inline spans."""
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line) and line[i + 1] in "[]{}":
            state.emit(line[i + 1])
            i += 2
        elif ch == "[":
            state.stack.append(_OpenSpan(state.length, number))
            i += 1
        elif ch == "]" and line.startswith("]{", i):
            close = line.find("}", i)
            if close < 0:
                raise CorpusError(path, number, "']{' without a closing '}'")
            if not state.stack:
                raise CorpusError(path, number, "']{…}' closes a span that was never opened")
            opened = state.stack.pop()
            attrs = line[i + 2 : close].split()
            if not attrs:
                raise CorpusError(path, number, "a span with no attributes")
            state.marked.append(_Marked(opened.start, state.length, attrs, number))
            i = close + 1
        elif ch in "[]{}":
            raise CorpusError(path, number, f"stray {ch!r}: escape it as '\\{ch}' if it is text")
        else:
            state.emit(ch)
            i += 1


def _start_sentence(state: _State) -> int:
    if state.para_start is None:
        if state.length:
            state.emit("\n\n")
        state.para_start = state.length
    else:
        state.emit(" ")
    return state.length


def _end_paragraph(state: _State) -> None:
    if state.para_start is not None:
        end = state.length
        state.paragraphs.append(Paragraph(start=state.para_start, end=end))
        state.source_paras.append(("".join(state.text)[state.para_start : end], None))
        state.para_start = None


def _sentence_line(state: _State, line: str, number: int, path: Path) -> tuple[int, int]:
    start = _start_sentence(state)
    _inline(state, line.strip(), number, path)
    state.sentences.append(Sentence(start=start, end=state.length, paragraph=len(state.paragraphs)))
    return start, state.length


def _declaration(state: _State, line: str, number: int, path: Path) -> None:
    parts = line[1:].split()
    if len(parts) >= 2 and parts[0] in ("quote", "event"):
        state.rejected.add(parts[1])
    if len(parts) >= 3 and parts[0] == "quote":
        qid, kind, opts = parts[1], parts[2], parts[3:]
        if kind not in QUOTE_KINDS:
            raise CorpusError(path, number, f"quote kind {kind!r} is not one of {sorted(QUOTE_KINDS)}")
        pos = next((o.split("=", 1)[1] for o in opts if o.startswith("pos=")), None)
        if pos is not None and pos not in POSITIONS:
            raise CorpusError(path, number, f"quote position {pos!r} is not one of {sorted(POSITIONS)}")
        if qid in state.quotes:
            raise CorpusError(path, number, f"quote {qid!r} is declared twice")
        state.quotes[qid] = (kind, pos, number)
        state.rejected.discard(qid)
    elif len(parts) >= 4 and parts[0] == "event":
        if parts[1] in state.events:
            raise CorpusError(path, number, f"event {parts[1]!r} is declared twice")
        state.events[parts[1]] = (parts[2:], number)
        state.rejected.discard(parts[1])
    else:
        raise CorpusError(
            path, number, "declaration must be '% quote <id> <kind> …' or '% event <id> <type> <modality> …'"
        )


def _special(state: _State, line: str, number: int, path: Path) -> None:
    word, _, rest = line[1:].partition(" ")
    if word == "heading":
        _end_paragraph(state)
        start, end = _sentence_line(state, rest, number, path)
        state.headings.append((start, end))
        _end_paragraph(state)
    elif word == "noise":
        reason, _, text = rest.strip().partition(" ")
        if not text:
            raise CorpusError(path, number, "'!noise' needs a reason and the noise text")
        _end_paragraph(state)
        state.source_paras.append((text.strip(), reason))
    elif word == "fragment":
        reason, _, text = rest.strip().partition(" ")
        if not text:
            raise CorpusError(path, number, "'!fragment' needs a reason and the sentence")
        start, end = _sentence_line(state, text, number, path)
        state.fragments.append((start, end, reason))
    else:
        raise CorpusError(path, number, f"unknown special line '!{word}' (heading, noise, fragment)")


@dataclass
class Compiled:
    """A gold document and the raw source text the pipeline should be fed."""

    doc: AnalysedDocument
    source_text: str
    source_kind: str  # "text" or "html"
    warnings: list[str]
    source_paras: list[tuple[str, str | None]]


def parse_file(path: Path) -> Compiled:
    """Compile one `.dsm` file; raises CorpusError naming file and line of each error (`messages`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header, entity_lines, body_start = _split_header(lines, path)
    for key in ("id", "published", "title"):
        if not header.get(key):
            raise CorpusError(path, 1, f"header field {key!r} is missing")
    try:
        dt.date.fromisoformat(header["published"])
    except ValueError:
        raise CorpusError(path, 1, f"published {header['published']!r} is not an ISO date") from None
    if header["id"] != path.stem:
        raise CorpusError(path, 1, f"id {header['id']!r} differs from the file name {path.stem!r}")
    entities = _parse_entities(entity_lines, path)
    state = _State()
    errors = _read_body(state, lines, body_start, path)
    from dossier.corpus.layers import build_document

    try:
        compiled = build_document(path, header, entities, state)
    except CorpusError as exc:
        errors.append(exc)
    if errors:
        raise CorpusError.collected(errors)
    return compiled


def _read_body(state: _State, lines: list[str], body_start: int, path: Path) -> list[CorpusError]:
    """Read the body line by line; a bad line is reported and skipped so that later errors show too."""
    errors = []
    for number, raw in enumerate(lines[body_start:], start=body_start + 1):
        line = raw.rstrip()
        try:
            if not line.strip():
                _end_paragraph(state)
            elif line.startswith("%"):
                _declaration(state, line, number, path)
            elif line.startswith("!"):
                _special(state, line, number, path)
            else:
                _sentence_line(state, line, number, path)
        except CorpusError as exc:
            errors.append(exc)
    _end_paragraph(state)
    if state.stack:
        errors.append(CorpusError(path, state.stack[-1].line, "a '[' is never closed with ']{…}'"))
    return errors
