"""Which lexicon candidates are events worth reporting: an averaged perceptron trained on the corpus.

The lexicon finds every word that can name an event; news also uses those words generically
(`Verhandlungen sind schwierig`, `ein Urteil über die Lage`). The model learns from the train split
which candidates the annotators marked, from features of the candidate and its sentence.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from dossier.events.extract import Candidate

MODEL_FILE = "models/events.json"


def features(c: Candidate) -> list[str]:
    """Sparse binary features of a candidate: what it is, how anchored it is, how it is introduced."""
    n_part = min(len(c.participants), 3)
    anchored = bool(c.participants or (c.time and not c.time_carried) or c.place)
    return [
        "bias",
        f"type={c.type}",
        f"lemma={c.lemma}",
        f"kind={c.kind}",
        f"type+kind={c.type}+{c.kind}",
        f"parts={n_part}",
        f"type+parts={c.type}+{n_part}",
        f"time={'carried' if c.time_carried else c.time.type if c.time else None}",
        f"place={c.place is not None}",
        f"anchored={anchored}",
        f"kind+anchored={c.kind}+{anchored}",
        f"definite={c.definite}",
        f"quote={c.quote is not None}",
        f"modality={c.modality}",
        f"lead={c.sentence == 0}",
        f"prev={c.prev_word}",
        f"plural={c.kind == 'noun' and c.trigger.text.lower() != c.lemma}",
        f"compound={len(c.trigger.text) > len(c.lemma) + 3 or '-' in c.trigger.text}",
        f"type+modality={c.type}+{c.modality}",
        *c.context,
    ]


@dataclass
class EventFilter:
    """Linear scorer over `features`; a candidate is kept when its score is above zero."""

    weights: dict[str, float]
    always: frozenset[str] = frozenset()  # event types reported whatever the score

    def score(self, c: Candidate) -> float:
        return sum(self.weights.get(f, 0.0) for f in features(c))

    def keep(self, c: Candidate) -> bool:
        """Report the candidate when the model says so, when its type is always specific, or when the text
        anchors it to two participants (a trigger linked to who and with whom names a specific event)."""
        return c.type in self.always or self.score(c) > 0 or len(c.participants) >= 2

    @classmethod
    def load(cls, path: Path, always: frozenset[str] = frozenset()) -> EventFilter:
        return cls(json.loads(path.read_text(encoding="utf-8"))["weights"], always)

    def save(self, path: Path, meta: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"meta": meta, "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) > 1e-6}}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def train_perceptron(examples: list[tuple[list[str], bool]], epochs: int = 12) -> EventFilter:
    """Averaged perceptron; deterministic (fixed order, no shuffling by chance)."""
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    step = 0
    for epoch in range(epochs):
        order = examples[epoch % 2 :: 2] + examples[1 - epoch % 2 :: 2]  # vary the order, deterministically
        for feats, label in order:
            step += 1
            predicted = sum(weights[f] for f in feats) > 0
            if predicted == label:
                continue
            delta = 1.0 if label else -1.0
            for f in feats:
                totals[f] += (step - stamps[f]) * weights[f]
                stamps[f] = step
                weights[f] += delta
    for f in weights:
        totals[f] += (step - stamps[f]) * weights[f]
    return EventFilter({f: totals[f] / step for f in weights})


def train_bagged(examples: list[tuple[list[str], bool]], runs: int = 7, epochs: int = 12) -> EventFilter:
    """Mean of averaged perceptrons over `runs` fixed shuffles: one perceptron depends much on the order
    of its ~1000 examples; the mean is steadier (better in cross-validation on train). Deterministic."""
    total: dict[str, float] = defaultdict(float)
    for run in range(runs):
        order = list(examples)
        random.Random(run).shuffle(order)
        for f, w in train_perceptron(order, epochs).weights.items():
            total[f] += w / runs
    return EventFilter(dict(total))

