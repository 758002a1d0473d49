"""Turn the parsed spans and declarations of a `.dsm` file into the gold layers, checking every reference."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from dossier.corpus.markup import (
    EVENT_TYPES,
    MENTION_KINDS,
    MODALITIES,
    QUOTE_ATTRS,
    ROLES,
    TIME_TYPES,
    Compiled,
    CorpusError,
    _Marked,
    _State,
)
from dossier.model import (
    AnalysedDocument,
    Cleaning,
    Entity,
    Event,
    Fragment,
    Heading,
    Mention,
    Participant,
    Quote,
    QuoteSource,
    RemovedLine,
    Span,
    TimeExpression,
    Via,
)

T = TypeVar("T")


class _Builder:
    """Collects the layers while reading each marked span's attributes."""

    def __init__(self, path: Path, text: str, entities: dict[str, Entity], state: _State):
        self.path, self.text, self.entities, self.state = path, text, entities, state
        self.times: list[TimeExpression] = []
        self.quote_parts: dict[str, dict[str, list[tuple[_Marked, str | None]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.triggers: dict[str, list[Span]] = defaultdict(list)
        self.mention_at: dict[tuple[int, int], str] = {}
        self.warnings: list[str] = []

    def error(self, mark: _Marked, message: str) -> CorpusError:
        return CorpusError(self.path, mark.line, f"[{self.text[mark.start : mark.end]}]: {message}")

    def span(self, mark: _Marked) -> Span:
        return Span(start=mark.start, end=mark.end, text=self.text[mark.start : mark.end])

    def read(self, mark: _Marked) -> None:
        if mark.start == mark.end:
            raise self.error(mark, "empty span")
        covered = self.text[mark.start : mark.end]
        if covered != covered.strip():
            raise self.error(mark, "span starts or ends with a space")
        time_id = next((a[1:] for a in mark.attrs if a.startswith("#")), None)
        for attr in mark.attrs:
            if attr.startswith("#"):
                continue
            if attr.startswith("@"):
                self._mention(mark, attr[1:])
            elif "=" in attr and attr.split("=", 1)[0] in TIME_TYPES:
                self._time(mark, attr, time_id)
            elif "=" in attr and attr.split("=", 1)[0] in QUOTE_ATTRS:
                role, ref = attr.split("=", 1)
                qid, _, target = ref.partition(">")
                self.quote_parts[qid][role].append((mark, target or None))
            elif attr.startswith("ev="):
                self.triggers[attr[3:]].append(self.span(mark))
            else:
                raise self.error(mark, f"unknown attribute {attr!r}")
        if time_id and not any(a.split("=", 1)[0] in TIME_TYPES for a in mark.attrs if "=" in a):
            raise self.error(mark, f"'#{time_id}' names a time, but the span has no DATE/TIME/DURATION/SET")

    def _mention(self, mark: _Marked, ref: str) -> None:
        eid, *rest = ref.split(":")
        if eid not in self.entities:
            raise self.error(mark, f"unknown entity {eid!r}")
        kind = MENTION_KINDS.get(rest[0]) if rest else "name"
        if kind is None:
            raise self.error(mark, f"unknown mention kind {rest[0]!r} ({', '.join(MENTION_KINDS)})")
        mtype = rest[1] if len(rest) > 1 else None
        if mtype is not None and mtype not in {"PER", "ORG", "LOC", "MISC"}:
            raise self.error(mark, f"unknown mention type {mtype!r}")
        start, end = mark.start, mark.end
        entity = self.entities[eid]
        if kind == "name" and entity.type == "PER":  # "Modehaus Kersting": an ORG name may start like a role
            start = self._trim_role(entity, start, end)
        text = self.text[start:end]
        entity.mentions.append(Mention(start=start, end=end, text=text, kind=kind, type=mtype))
        self.mention_at[(mark.start, mark.end)] = eid

    def _trim_role(self, entity: Entity, start: int, end: int) -> int:
        """`[Bundeskanzler Olaf Scholz]{@scholz}`: the name mention is the name, the role stays a role.

        Trimmed: a declared role at the start, or, for a person with a full (two-word) canonical name,
        any words before that name (`die Studentin Marlene Hallinger`); the canonical name is the fullest
        one in the article, so the words before it cannot belong to the name.
        """
        covered = self.text[start:end]
        for role in sorted(entity.roles, key=len, reverse=True):
            if entity.name.startswith(role + " ") or covered in entity.aliases:
                continue  # the role word is the head of the name (`Modehaus Kersting`)
            if covered.startswith(role + " ") and len(covered) > len(role) + 1:
                self.warnings.append(f"trimmed role {role!r} from name mention {covered!r}")
                return start + len(role) + 1
        if entity.type == "PER" and " " in entity.name:
            for tail in (entity.name, entity.name + "s", entity.name + "'"):
                if covered.endswith(" " + tail):
                    self.warnings.append(f"trimmed {covered[: -len(tail) - 1]!r} from name mention {covered!r}")
                    return end - len(tail)
        if entity.type == "PER" and covered[:1].islower() and covered not in entity.name:
            self.warnings.append(f"name mention {covered!r} of a person starts with a lowercase word")
        return start

    def _time(self, mark: _Marked, attr: str, time_id: str | None) -> None:
        ttype, value = attr.split("=", 1)
        if not value:
            raise self.error(mark, f"{ttype} has no value")
        tid = time_id or f"tx{len(self.times) + 1}"
        if any(t.id == tid for t in self.times):
            raise self.error(mark, f"time id {tid!r} is used twice")
        s = self.span(mark)
        self.times.append(TimeExpression(id=tid, start=s.start, end=s.end, text=s.text, type=ttype, value=value))


def _sentence_of(state: _State, offset: int) -> int:
    return next((i for i, s in enumerate(state.sentences) if s.start <= offset < max(s.end, s.start + 1)), 0)


def _position(b: _Builder, source: QuoteSource | None, message: list[Span], source_is_pronoun: bool) -> str:
    if source is None:
        return "none"
    if source_is_pronoun:
        return "pronoun"
    first, last = message[0], message[-1]
    if _sentence_of(b.state, source.start) < _sentence_of(b.state, first.start) and source.end <= first.start:
        gap = b.text[source.end : first.start]
        return "previous" if any(ch in gap for ch in ".!?") else "before"
    if source.end <= first.start:
        return "before"
    if source.start >= last.end:
        return "after"
    return "inside"


def _entity_of(b: _Builder, mark: _Marked, target: str | None, what: str) -> str | None:
    if target:
        if target not in b.entities:
            raise b.error(mark, f"{what} refers to unknown entity {target!r}")
        return target
    return b.mention_at.get((mark.start, mark.end))


def _quote(b: _Builder, qid: str, kind: str, pos: str | None, line: int) -> Quote:
    parts = b.quote_parts.pop(qid, {})
    if not parts.get("msg"):
        raise CorpusError(b.path, line, f"quote {qid!r} has no message span (msg={qid})")
    for role in ("src", "to", "chan", "via"):
        if len(parts.get(role, [])) > 1:
            raise CorpusError(b.path, parts[role][1][0].line, f"quote {qid!r} has more than one {role}= span")
    message = sorted((b.span(m) for m, _ in parts["msg"]), key=lambda s: s.start)
    cues = sorted((b.span(m) for m, _ in parts.get("cue", [])), key=lambda s: s.start)
    source = addressee = via = None
    channel_span = None
    source_is_pronoun = False
    if parts.get("src"):
        mark, target = parts["src"][0]
        eid = _entity_of(b, mark, target, "src")
        source = QuoteSource(**b.span(mark).model_dump(), entity=eid)
        source_is_pronoun = any(
            m.kind == "pronoun"
            and m.start >= mark.start
            and m.end <= mark.end
            and m.end - m.start == mark.end - mark.start
            for e in b.entities.values()
            for m in e.mentions
        )
    if parts.get("to"):
        mark, target = parts["to"][0]
        addressee = QuoteSource(**b.span(mark).model_dump(), entity=_entity_of(b, mark, target, "to"))
    if parts.get("chan"):
        channel_span = b.span(parts["chan"][0][0])
    if parts.get("via"):
        mark, target = parts["via"][0]
        s = b.span(mark)
        via = Via(entity=_entity_of(b, mark, target, "via"), text=s.text, start=s.start, end=s.end)
    return Quote(
        id=qid,
        kind=kind,
        message=message,
        cue=cues[0] if cues else None,
        cue_parts=cues,
        source=source,
        addressee=addressee,
        channel=channel_span.text if channel_span else None,
        channel_span=channel_span,
        via=via,
        position=pos or _position(b, source, message, source_is_pronoun),
        sentence=_sentence_of(b.state, message[0].start),
    )


def _event(b: _Builder, vid: str, spec: list[str], line: int, time_ids: set[str], quote_ids: set[str]) -> Event:
    etype, modality, *args = spec
    triggers = sorted(b.triggers.pop(vid, []), key=lambda s: s.start)
    if etype not in EVENT_TYPES:
        raise CorpusError(b.path, line, f"event type {etype!r} is not in the closed list (docs/annotation.md)")
    if modality not in MODALITIES:
        raise CorpusError(b.path, line, f"modality {modality!r} is not one of {sorted(MODALITIES)}")
    if not triggers:
        raise CorpusError(b.path, line, f"event {vid!r} has no trigger span (ev={vid})")
    participants: list[Participant] = []
    time = place = quote = None
    for arg in args:
        key, _, value = arg.partition("=")
        if not value:
            raise CorpusError(b.path, line, f"event argument {arg!r} is not key=value")
        if key in ROLES:
            for eid in value.split(","):
                if eid not in b.entities:
                    raise CorpusError(b.path, line, f"event {vid!r}: unknown entity {eid!r}")
                participants.append(Participant(entity=eid, role=key))
        elif key == "time":
            if value not in time_ids:
                raise CorpusError(b.path, line, f"event {vid!r}: unknown time id {value!r} (give the time '#{value}')")
            time = value
        elif key == "place":
            if value not in b.entities:
                raise CorpusError(b.path, line, f"event {vid!r}: unknown place entity {value!r}")
            place = value
        elif key == "quote":
            if value not in quote_ids:
                raise CorpusError(b.path, line, f"event {vid!r}: unknown quote {value!r}")
            quote = value
        else:
            raise CorpusError(b.path, line, f"event {vid!r}: unknown argument {key!r}")
    return Event(
        id=vid,
        type=etype,
        trigger=triggers[0],
        triggers=triggers,
        participants=participants,
        time=time,
        place=place,
        modality=modality,
        quote=quote,
        sentence=_sentence_of(b.state, triggers[0].start),
    )


def _collect(errors: list[CorpusError], step: Callable[..., T], *args: object) -> T | None:
    """Run one compile step; on a markup error note it and go on, so that one run reports every error."""
    try:
        return step(*args)
    except CorpusError as exc:
        errors.append(exc)
        return None


def _line_of(state: _State, offset: int) -> int:
    """The source line of the first marked span that starts at an offset (for errors about triggers)."""
    return next((m.line for m in state.marked if m.start == offset), 1)


def _source_text(state: _State) -> tuple[str, list[RemovedLine]]:
    """The raw text as scraped: gold paragraphs with the noise lines in their places."""
    parts, removed, pos = [], [], 0
    for text, reason in state.source_paras:
        if parts:
            pos += 2
        if reason:
            removed.append(RemovedLine(text=text, reason=reason, source_start=pos, source_end=pos + len(text)))
        parts.append(text)
        pos += len(text)
    return "\n\n".join(parts), removed


def build_document(path: Path, header: dict[str, str], entities: dict[str, Entity], state: _State) -> Compiled:
    """All gold layers of one article, with every reference checked."""
    text = "".join(state.text)
    b = _Builder(path, text, entities, state)
    errors: list[CorpusError] = []
    for mark in sorted(state.marked, key=lambda m: (m.start, -m.end)):
        _collect(errors, b.read, mark)
    quotes = [_collect(errors, _quote, b, qid, *decl) for qid, decl in state.quotes.items()]
    for qid, parts in b.quote_parts.items():
        if qid in state.rejected:
            continue
        mark = next(iter(parts.values()))[0][0]
        errors.append(b.error(mark, f"quote {qid!r} is used but never declared ('% quote {qid} <kind>')"))
    time_ids, quote_ids = {t.id for t in b.times}, set(state.quotes)
    events = [_collect(errors, _event, b, vid, *decl, time_ids, quote_ids) for vid, decl in state.events.items()]
    for vid, spans in b.triggers.items():
        if vid in state.rejected:
            continue
        line = _line_of(state, spans[0].start)
        errors.append(CorpusError(path, line, f"event {vid!r} has triggers (ev={vid}) but is never declared"))
    if errors:
        raise CorpusError.collected(errors)
    quotes = [q for q in quotes if q is not None]
    events = [v for v in events if v is not None]
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: (m.start, m.end))
        names = [m.text for m in entity.mentions if m.kind == "name"]
        entity.aliases = list(dict.fromkeys([*names, *entity.aliases]))
    source, removed = _source_text(state)
    meta = {k: v for k, v in header.items() if k not in {"id", "published", "title", "url"}}
    doc = AnalysedDocument(
        id=header["id"],
        url=header.get("url"),
        title=header["title"],
        published=header["published"],
        language="de",
        text=text,
        cleaning=Cleaning(
            removed=removed if header.get("source", "text") == "text" else [],
            headings=[Heading(start=s, end=e, text=text[s:e]) for s, e in state.headings],
            fragments=[Fragment(start=s, end=e, text=text[s:e], reason=r) for s, e, r in state.fragments],
        ),
        paragraphs=state.paragraphs,
        sentences=state.sentences,
        entities=sorted(entities.values(), key=lambda e: (e.mentions[0].start if e.mentions else len(text), e.id)),
        times=sorted(b.times, key=lambda t: t.start),
        quotes=sorted(quotes, key=lambda q: q.message[0].start),
        events=sorted(events, key=lambda v: v.trigger.start),
        meta=meta,
    )
    kind = header.get("source", "text")
    if kind not in {"text", "html"}:
        raise CorpusError(path, 1, f"source {kind!r} is not 'text' or 'html'")
    if kind == "html":
        from dossier.corpus.htmlpage import render_page

        source = render_page(doc, state.source_paras, author=header.get("author", "Redaktion"))
    return Compiled(doc=doc, source_text=source, source_kind=kind, warnings=b.warnings, source_paras=state.source_paras)
