"""Which lexicon candidates are events worth reporting: a logistic regression trained on the corpus.

The lexicon finds every word that can name an event; news also uses those words generically
(`Verhandlungen sind schwierig`, `ein Urteil über die Lage`). The model learns from the train split
which candidates the annotators marked, from features of the candidate and its sentence.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from dossier.events.extract import Candidate, is_calendar
from dossier.events.sgd import averaged_sgd

MODEL_FILE = "models/events.json"
KEEP_ABOVE = 1 / 3  # report a candidate whose event probability exceeds this


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
        f"type+dated={c.type}+{c.time is not None and not c.time_carried}",
        f"type+anchored={c.type}+{anchored}",
        *c.context,
    ]


@dataclass
class EventFilter:
    """Linear scorer over `features`; a candidate is kept when its score is above zero."""

    weights: dict[str, float]
    always: frozenset[str] = frozenset()  # event types reported whatever the score

    def score(self, c: Candidate) -> float:
        """The candidate's score: above zero means an event probability above `KEEP_ABOVE`."""
        return sum(self.weights.get(f, 0.0) for f in features(c))

    def keep(self, c: Candidate) -> bool:
        """Report the candidate when the model says so, when its type is always specific, or when its own
        sentence names two participants and its date or place (`Gespräche mit X in Moskau geführt`): who,
        with whom and when or where make a specific event. Not for `other`, whose candidates are any dated
        verb."""
        situated = (c.time is not None and not c.time_carried and is_calendar(c.time)) or c.place is not None
        anchored = situated and len(c.participants) >= 2 and c.type != "other"
        return c.type in self.always or self.score(c) > 0 or anchored

    @classmethod
    def load(cls, path: Path, always: frozenset[str] = frozenset()) -> EventFilter:
        """The filter `save` wrote, with the types reported whatever the score."""
        return cls(json.loads(path.read_text(encoding="utf-8"))["weights"], always)

    def save(self, path: Path, meta: dict) -> None:
        """Write the weights rounded to 4 places, without those that are zero, so that the file stays small
        and retraining on the same data writes the same bytes."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"meta": meta, "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) > 1e-6}}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def train_logistic(
    examples: list[tuple[list[str], bool]], epochs: int = 30, rate: float = 0.1, l2: float = 3e-3
) -> EventFilter:
    """L2-regularised logistic regression by averaged stochastic gradient descent (`sgd.averaged_sgd`).

    The penalty keeps rare features (one lemma, one article's context) from dominating; in
    cross-validation on train it generalised better than averaged perceptrons. The bias is raised so
    that a score above zero means a probability above `KEEP_ABOVE`: events are about a quarter of the
    candidates and F1 rewards recall there. Deterministic.
    """

    def update(rows: list[list[float]], label: bool, step: float) -> None:
        z = sum(r[0] for r in rows)
        p = 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))
        gradient = (1.0 if label else 0.0) - p
        for r in rows:
            r[0] += step * (gradient - l2 * r[0])

    weights = {f: w[0] for f, w in averaged_sgd(examples, 1, update, epochs, rate).items()}
    weights["bias"] += math.log((1 - KEEP_ABOVE) / KEEP_ABOVE)
    return EventFilter(weights)
