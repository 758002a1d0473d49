"""One scorer per layer: each takes (gold, system) documents and adds to its counters.

Offsets are comparable because every layer after cleaning is run on the gold text; cleaning is
scored on the raw source (removed lines by source offsets, headings and fragments by their text).
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from dossier.evaluate.align import NAME_KINDS, align_entities
from dossier.evaluate.metrics import PRF, Accuracy, match_one_to_one, overlaps
from dossier.model import AnalysedDocument, Quote, Span

_WORD = re.compile(r"\w+")
RESOLVED_KINDS = ("role", "pronoun", "demonym", "metonym")


class CleaningScorer:
    def __init__(self) -> None:
        self.removed, self.removed_text, self.headings, self.fragments = PRF(), PRF(), PRF(), PRF()
        self.similarity: list[float] = []

    def add(self, gold: AnalysedDocument, system: AnalysedDocument, scored_removals: bool) -> None:
        if scored_removals:
            self.removed.add_sets(
                {(r.source_start, r.source_end) for r in gold.cleaning.removed},
                {(r.source_start, r.source_end) for r in system.cleaning.removed},
            )
            self.removed_text.add_sets(
                {r.text.strip() for r in gold.cleaning.removed}, {r.text.strip() for r in system.cleaning.removed}
            )
        self.headings.add_sets({h.text for h in gold.cleaning.headings}, {h.text for h in system.cleaning.headings})
        self.fragments.add_sets({f.text for f in gold.cleaning.fragments}, {f.text for f in system.cleaning.fragments})
        self.similarity.append(fuzz.ratio(gold.text, system.text) / 100)

    def result(self) -> dict:
        sim = sum(self.similarity) / len(self.similarity) if self.similarity else 0.0
        return {
            "removed lines": self.removed.as_dict(),
            "removed lines (by text)": self.removed_text.as_dict(),
            "headings": self.headings.as_dict(),
            "fragments": self.fragments.as_dict(),
            "text similarity": {"accuracy": round(sim, 4), "n": len(self.similarity)},
        }


class SentenceScorer:
    def __init__(self) -> None:
        self.sentences = PRF()

    def add(self, gold: AnalysedDocument, system: AnalysedDocument) -> None:
        def spans(doc: AnalysedDocument) -> set[tuple[int, int]]:
            out = set()
            for s in doc.sentences:
                chunk = doc.text[s.start : s.end]
                lead = len(chunk) - len(chunk.lstrip())
                out.add((s.start + lead, s.start + len(chunk.rstrip())))
            return out

        self.sentences.add_sets(spans(gold), spans(system))

    def result(self) -> dict:
        return {"sentences (exact)": self.sentences.as_dict()}


def _names(doc: AnalysedDocument) -> set[tuple[int, int, str, str]]:
    return {
        (m.start, m.end, m.type or e.type, m.text) for e in doc.entities for m in e.mentions if m.kind in NAME_KINDS
    }


class EntityScorer:
    def __init__(self) -> None:
        self.names, self.unknown = PRF(), PRF()
        self.by_type: dict[str, PRF] = defaultdict(PRF)
        self.resolved: dict[str, Accuracy] = defaultdict(Accuracy)
        self.roles = Accuracy()
        self.kb_available = True

    def _known(self, surface: str) -> bool | None:
        try:
            from dossier.entities.kb import is_known
        except ImportError:
            self.kb_available = False
            return None
        return is_known(surface)

    def add(self, gold: AnalysedDocument, system: AnalysedDocument) -> None:
        g, s = _names(gold), _names(system)
        key = lambda x: x[:3]  # noqa: E731 - span and type; the text is only for the KB lookup
        self.names.add_sets({key(x) for x in g}, {key(x) for x in s})
        for etype in {"PER", "ORG", "LOC", "MISC"}:
            self.by_type[etype].add_sets({key(x) for x in g if x[2] == etype}, {key(x) for x in s if x[2] == etype})
        if self.kb_available:
            self.unknown.add_sets(
                {key(x) for x in g if self._known(x[3]) is False}, {key(x) for x in s if self._known(x[3]) is False}
            )
        mapping = align_entities(gold, system)
        sys_at = {(m.start, m.end): e.id for e in system.entities for m in e.mentions}
        for e in gold.entities:
            for m in e.mentions:
                if m.kind in RESOLVED_KINDS:
                    sid = sys_at.get((m.start, m.end))
                    self.resolved[m.kind].add(sid is not None and mapping.get(sid) == e.id)
        self._roles(gold, system, mapping)

    def _roles(self, gold: AnalysedDocument, system: AnalysedDocument, mapping: dict[str, str]) -> None:
        """Loose role recall: a gold role counts when a role of an aligned system entity contains it or vice versa."""
        found: dict[str, set[str]] = defaultdict(set)
        for e in system.entities:
            if e.id in mapping:
                found[mapping[e.id]] |= {r.casefold() for r in e.roles}
        for e in gold.entities:
            for role in {r.casefold() for r in e.roles}:
                self.roles.add(any(role in r or r in role for r in found.get(e.id, ())))

    def result(self) -> dict:
        out = {"names (span+type)": self.names.as_dict()}
        out |= {f"names {t}": p.as_dict() for t, p in sorted(self.by_type.items())}
        out["names not in KB"] = self.unknown.as_dict() if self.kb_available else {"unavailable": True}
        total = Accuracy()
        for kind, acc in sorted(self.resolved.items()):
            out[f"resolved {kind}"] = acc.as_dict()
            total.correct += acc.correct if kind != "metonym" else 0
            total.total += acc.total if kind != "metonym" else 0
        out["resolved role+pronoun+demonym"] = total.as_dict()
        out["roles recall (per entity, loose)"] = self.roles.as_dict()
        return out


class TimeScorer:
    def __init__(self) -> None:
        self.strict, self.relaxed = PRF(), PRF()
        self.value, self.type = Accuracy(), Accuracy()
        self.by_type: dict[str, PRF] = defaultdict(PRF)

    def add(self, gold: AnalysedDocument, system: AnalysedDocument) -> None:
        self.strict.add_sets({(t.start, t.end) for t in gold.times}, {(t.start, t.end) for t in system.times})
        pairs = match_one_to_one(
            gold.times, system.times, lambda g, s: float(overlaps(g.start, g.end, s.start, s.end)), 0.0
        )
        self.relaxed.add(len(pairs), len(system.times) - len(pairs), len(gold.times) - len(pairs))
        for g, s in pairs:
            self.value.add(g.value == s.value)
            self.type.add(g.type == s.type)
        for ttype in {"DATE", "TIME", "DURATION", "SET"}:
            self.by_type[ttype].add_sets(
                {(t.start, t.end) for t in gold.times if t.type == ttype},
                {(t.start, t.end) for t in system.times if t.type == ttype},
            )

    def result(self) -> dict:
        out = {
            "strict": self.strict.as_dict(),
            "relaxed": self.relaxed.as_dict(),
            "value accuracy (relaxed matches)": self.value.as_dict(),
            "type accuracy": self.type.as_dict(),
        }
        return out | {f"strict {t}": p.as_dict() for t, p in sorted(self.by_type.items())}


def _tokens(text: str, spans: list) -> set[int]:
    return {s.start + m.start() for s in spans for m in _WORD.finditer(text[s.start : s.end])}


def _token_f1(a: set[int], b: set[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _cue_head(doc: AnalysedDocument, quote: Quote) -> Span:
    """The first cue part joined with the parts that follow it with only white space between, so that
    `[kündigte] [an]` and `[kündigte an]` are the same cue; a separated particle (`[wies] … [zurück]`) is not joined."""
    head = quote.cue
    for part in quote.cue_parts[1:]:
        if part.start < head.end or doc.text[head.end : part.start].strip():
            break
        head = Span(start=head.start, end=part.end, text=doc.text[head.start : part.end])
    return head


class QuoteScorer:
    def __init__(self) -> None:
        self.detection = PRF()
        self.by_kind: dict[str, PRF] = defaultdict(PRF)
        self.tokens, self.cue_exact, self.cue_overlap = PRF(), PRF(), PRF()
        self.speaker = Accuracy()
        self.by_position: dict[str, Accuracy] = defaultdict(Accuracy)
        self.channel, self.via, self.kind = Accuracy(), Accuracy(), Accuracy()

    def add(self, gold: AnalysedDocument, system: AnalysedDocument) -> None:
        text = gold.text
        g_tok = {q.id: _tokens(text, q.message) for q in gold.quotes}
        s_tok = {q.id: _tokens(text, q.message) for q in system.quotes}
        pairs = match_one_to_one(gold.quotes, system.quotes, lambda g, s: _token_f1(g_tok[g.id], s_tok[s.id]), 0.499)
        self.detection.add(len(pairs), len(system.quotes) - len(pairs), len(gold.quotes) - len(pairs))
        matched_sys = {s.id for _, s in pairs}
        for kind in ("direct", "indirect", "mixed", "reported"):
            g_n = sum(q.kind == kind for q in gold.quotes)
            hit_g = sum(g.kind == kind for g, _ in pairs)
            s_n = sum(q.kind == kind for q in system.quotes)
            hit_s = sum(q.kind == kind and q.id in matched_sys for q in system.quotes)
            self.by_kind[kind].add(hit_g, s_n - hit_s, g_n - hit_g)
        all_g = set().union(*g_tok.values()) if g_tok else set()
        all_s = set().union(*s_tok.values()) if s_tok else set()
        self.tokens.add_sets(all_g, all_s)
        self._cues(gold, system)
        mapping = align_entities(gold, system)
        for g, s in pairs:
            self._attribution(g, s, mapping)

    def _cues(self, gold: AnalysedDocument, system: AnalysedDocument) -> None:
        g = [_cue_head(gold, q) for q in gold.quotes if q.cue]
        s = [_cue_head(system, q) for q in system.quotes if q.cue]
        self.cue_exact.add_sets({(c.start, c.end) for c in g}, {(c.start, c.end) for c in s})
        pairs = match_one_to_one(g, s, lambda a, b: float(overlaps(a.start, a.end, b.start, b.end)), 0.0)
        self.cue_overlap.add(len(pairs), len(s) - len(pairs), len(g) - len(pairs))

    def _attribution(self, g: Quote, s: Quote, mapping: dict[str, str]) -> None:
        self.kind.add(g.kind == s.kind)
        if g.source is not None:
            if g.source.entity is not None:
                ok = (
                    s.source is not None
                    and s.source.entity is not None
                    and mapping.get(s.source.entity) == g.source.entity
                )
            else:
                ok = s.source is not None and overlaps(g.source.start, g.source.end, s.source.start, s.source.end)
            self.speaker.add(ok)
            self.by_position[g.position or "none"].add(ok)
        if g.channel:
            self.channel.add(bool(s.channel) and (g.channel in s.channel or s.channel in g.channel))
        if g.via:
            self.via.add(
                s.via is not None
                and (
                    (
                        g.via.entity is not None
                        and s.via.entity is not None
                        and mapping.get(s.via.entity) == g.via.entity
                    )
                    or g.via.text == s.via.text
                )
            )

    def result(self) -> dict:
        out = {"messages (token-F1 >= 0.5)": self.detection.as_dict()}
        out |= {f"messages {k}": p.as_dict() for k, p in self.by_kind.items()}
        out |= {
            "message tokens": self.tokens.as_dict(),
            "cue (exact)": self.cue_exact.as_dict(),
            "cue (overlap)": self.cue_overlap.as_dict(),
            "speaker accuracy": self.speaker.as_dict(),
        }
        out |= {f"speaker {p}": a.as_dict() for p, a in sorted(self.by_position.items())}
        return out | {
            "kind accuracy": self.kind.as_dict(),
            "channel accuracy": self.channel.as_dict(),
            "via accuracy": self.via.as_dict(),
        }


class EventScorer:
    def __init__(self) -> None:
        self.detection = PRF()
        self.by_type: dict[str, PRF] = defaultdict(PRF)
        self.participants, self.participant_entities = PRF(), PRF()
        self.modality, self.time = Accuracy(), Accuracy()

    def add(self, gold: AnalysedDocument, system: AnalysedDocument) -> None:
        def hit(g, s) -> float:
            same = g.type == s.type and any(
                overlaps(a.start, a.end, b.start, b.end)
                for a in g.triggers or [g.trigger]
                for b in s.triggers or [s.trigger]
            )
            return float(same)

        pairs = match_one_to_one(gold.events, system.events, hit, 0.0)
        self.detection.add(len(pairs), len(system.events) - len(pairs), len(gold.events) - len(pairs))
        for etype in {v.type for v in gold.events} | {v.type for v in system.events}:
            hits = sum(g.type == etype for g, _ in pairs)
            self.by_type[etype].add(
                hits,
                sum(v.type == etype for v in system.events) - hits,
                sum(v.type == etype for v in gold.events) - hits,
            )
        mapping = align_entities(gold, system)
        g_times, s_times = {t.id: t for t in gold.times}, {t.id: t for t in system.times}
        for g, s in pairs:
            sys_roles = {(mapping.get(p.entity, f"sys:{p.entity}"), p.role) for p in s.participants}
            self.participants.add_sets({(p.entity, p.role) for p in g.participants}, sys_roles)
            self.participant_entities.add_sets({p.entity for p in g.participants}, {e for e, _ in sys_roles})
            self.modality.add(g.modality == s.modality)
            if g.time in g_times:
                gt, st = g_times[g.time], s_times.get(s.time or "")
                self.time.add(st is not None and overlaps(gt.start, gt.end, st.start, st.end))

    def result(self) -> dict:
        out = {
            "events (type + trigger overlap)": self.detection.as_dict(),
            "participants (entity+role)": self.participants.as_dict(),
            "participants (entity)": self.participant_entities.as_dict(),
            "modality accuracy": self.modality.as_dict(),
            "time-link accuracy": self.time.as_dict(),
        }
        return out | {f"events {t}": p.as_dict() for t, p in sorted(self.by_type.items())}
