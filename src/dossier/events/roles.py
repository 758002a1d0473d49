"""Participant roles by a trained classifier over (event candidate, entity) pairs.

The hand rules of `extract.py` read roles off prepositions and the clause's subject; they miss roles
and over-assign in long sentences. For each candidate and each entity named in its sentence or the
sentences around it (`extract._options`) a small multinomial logistic regression predicts the role
or none, from features that hold across writers: the event type, the governing preposition, the
article in front (a case cue), the side of and distance to the trigger, clause and finite-verb position,
the entity's type and mention kind, passive voice, and the rules' own answer.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dossier.events.sgd import averaged_sgd
from dossier.model import Entity, Mention, Token

ROLES_FILE = "models/events-roles.json"
NONE = "none"
FINITE = {"VVFIN", "VAFIN", "VMFIN"}  # finite verb tags (STTS)
NONE_ABOVE = 0.7  # `none` wins only above this probability: missing participants cost more than wrong ones
CONTEXT_NONE_ABOVE = 0.55  # stricter for entities named in other sentences, which rarely take part
_SCOPES = ("clause", "bracket", "sentence", "prev1", "prev2", "head", "next", "rule")


def _bucket(n: int) -> str:
    """Token distance in coarse steps, so that exact lengths do not become features."""
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7+"


@dataclass(frozen=True)
class Option:
    """One entity that may take part in a candidate event, with the features of its nearest mention."""

    entity: str
    features: tuple[str, ...]
    context: bool = False  # named in another sentence than the event's


def option_features(
    *,
    event_type: str,
    trigger_kind: str,
    rule_role: str | None,
    prep: str | None,
    article: str | None,
    offset: int,
    scope: str,
    before_verb: bool,
    entity_type: str,
    mention_kind: str,
    subject: bool,
    passive: bool,
    speaker: bool,
    mentions: int,
) -> tuple[str, ...]:
    """Sparse features of one (candidate, entity) pair; conjunctions with the event type where the role
    depends on it (`mit` is a partner of talks, an instrument elsewhere)."""
    side = "before" if offset < 0 else "after"
    rule = rule_role or NONE
    p = prep or "-"
    return (
        "bias",
        f"rule={rule}",
        f"t+rule={event_type}+{rule}",
        f"prep={p}",
        f"t+prep={event_type}+{p}",
        f"art={article or '-'}",
        f"prep+art={p}+{article or '-'}",
        f"side={side}",
        f"t+side={event_type}+{side}",
        f"side+prep={side}+{p}",
        f"t+side+prep={event_type}+{side}+{p}",
        f"dist={_bucket(abs(offset))}",
        f"side+dist={side}+{_bucket(abs(offset))}",
        f"scope={scope}",
        f"t+scope={event_type}+{scope}",
        f"rule+scope={rule}+{scope}",
        f"before_verb={before_verb}",
        f"etype={entity_type}",
        f"t+etype={event_type}+{entity_type}",
        f"etype+prep={entity_type}+{p}",
        f"mkind={mention_kind}",
        f"tkind={trigger_kind}",
        f"tkind+side+prep={trigger_kind}+{side}+{p}",
        f"subject={subject}",
        f"t+subject={event_type}+{subject}",
        f"passive={passive}",
        f"passive+subject={passive}+{subject}",
        f"scope+subject={scope}+{subject}",
        f"speaker={speaker}",
        f"mentions={min(mentions, 3)}",
    )


def sentence_options(
    tokens: list[Token],
    mentions: list[tuple[Mention, Entity]],
    *,
    trigger_start: int,
    clause: tuple[int, int],
    bracket: tuple[int, int],
    scope: str | None,
    common: dict[str, str | bool],
    rule_roles: dict[str, str],
    speaker: str | None,
    prep_of: Callable[[list[Token], int], str | None],
) -> dict[str, tuple[int, Option]]:
    """Options for the entities of one sentence's mentions, keyed by entity id with a closeness rank
    (the mention nearest the trigger, preferring its own clause, describes the entity)."""
    starts = [t.start for t in tokens]
    ti = bisect_left(starts, trigger_start)
    if scope == "prev1" and tokens:  # the sentence before: its subject (the topic an event may continue)
        bracket = (tokens[0].start, tokens[-1].end)
    own = [i for i, t in enumerate(tokens) if bracket[0] <= t.start < bracket[1]]
    verb = next((i for i in own if tokens[i].pos in FINITE), None)
    subject_seen = False
    out: dict[str, tuple[int, Option]] = {}
    counts = Counter(entity.id for _, entity in mentions)
    for mention, entity in mentions:
        index = bisect_left(starts, mention.start)
        if index >= len(tokens):
            continue
        prep = prep_of(tokens, index)
        in_bracket = bracket[0] <= mention.start < bracket[1]
        subject = in_bracket and prep is None and not subject_seen and mention.kind != "demonym"
        subject_seen = subject_seen or subject
        own_clause = clause[0] <= mention.start < clause[1]
        where = scope or ("clause" if own_clause else "bracket" if in_bracket else "sentence")
        prev_tok = tokens[index - 1] if index > 0 else None
        article = prev_tok.text.lower() if prev_tok is not None and prev_tok.pos == "ART" else None
        offset = index - ti if scope is None else -99
        rank = (_SCOPES.index(where), abs(offset))
        feats = option_features(
            rule_role=rule_roles.get(entity.id),
            prep=prep,
            article=article,
            offset=offset,
            scope=where,
            before_verb=verb is not None and index < verb,
            entity_type=mention.type or entity.type,
            mention_kind=mention.kind,
            subject=subject,
            speaker=entity.id == speaker,
            mentions=counts[entity.id],
            **common,
        )
        if entity.id not in out or rank < out[entity.id][0]:
            out[entity.id] = (rank, Option(entity.id, feats))
    return out


@dataclass
class RoleModel:
    """Multinomial logistic regression: one weight per (feature, class); `none` is a class."""

    classes: list[str]
    weights: dict[str, list[float]]
    none_above: float = NONE_ABOVE
    context_none_above: float = CONTEXT_NONE_ABOVE

    def scores(self, feats: tuple[str, ...]) -> list[float]:
        """One score per class: the sum of the known features' weights (unknown features weigh nothing)."""
        rows = [w for f in feats if (w := self.weights.get(f)) is not None]
        return [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(self.classes)

    def role(self, option: Option) -> tuple[str, float] | None:
        """The most probable role of the option's entity with its probability, or None when `none` wins."""
        s = self.scores(option.features)
        top = max(s)
        exp = [math.exp(v - top) for v in s]
        total = sum(exp)
        none = self.classes.index(NONE)
        if exp[none] / total > (self.context_none_above if option.context else self.none_above):
            return None
        best = max((k for k in range(len(s)) if k != none), key=s.__getitem__)
        return self.classes[best], exp[best] / total

    def assign(self, options: list[Option]) -> list[tuple[str, str]]:
        """(entity, role) for every option of the event's own sentence whose role is not `none`; from other
        sentences at most the likeliest entity per role not taken in the sentence itself."""
        own, other = [], []
        for o in options:
            found = self.role(o)
            if found is not None:
                (other if o.context else own).append((found[1], o.entity, found[0]))
        out = [(e, r) for _, e, r in own]
        taken = {r for _, r in out}
        for _, entity, role in sorted(other, key=lambda x: -x[0]):
            if role not in taken:
                out.append((entity, role))
                taken.add(role)
        return out

    @classmethod
    def load(cls, path: Path) -> RoleModel:
        """The model `save` wrote."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["classes"], data["weights"])

    def save(self, path: Path, meta: dict) -> None:
        """Write classes and weights rounded to 4 places, without features that weigh nothing in any class,
        so that the file stays small and retraining on the same data writes the same bytes."""
        weights = {
            f: [round(v, 4) for v in w] for f, w in sorted(self.weights.items()) if any(abs(v) > 1e-4 for v in w)
        }
        data = {"meta": meta, "classes": self.classes, "weights": weights}
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def train_roles(
    examples: list[tuple[tuple[str, ...], str]], epochs: int = 20, rate: float = 0.1, l2: float = 1e-3
) -> RoleModel:
    """Softmax regression by averaged stochastic gradient descent (`sgd.averaged_sgd`), L2-penalised so
    that one article's names and words do not dominate. Deterministic."""
    classes = sorted({label for _, label in examples} | {NONE})
    index = {c: k for k, c in enumerate(classes)}

    def update(rows: list[list[float]], label: str, step: float) -> None:
        z = [sum(r[k] for r in rows) for k in range(len(classes))]
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        norm = sum(exp)
        gold = index[label]
        for k in range(len(classes)):
            g = (1.0 if k == gold else 0.0) - exp[k] / norm
            for r in rows:
                r[k] += step * (g - l2 * r[k])

    return RoleModel(classes, averaged_sgd(examples, len(classes), update, epochs, rate))
