"""The training loop the event filter and the role model share: stochastic gradient descent over fixed
shuffles with a falling step, weights averaged over the second half of the epochs.

Each model brings only its own update (binary or softmax logistic regression, both L2-penalised); the
loop is deterministic, so the same examples always give the same weights.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TypeVar

Label = TypeVar("Label")
# Moves the weight rows of one example's features (one column per class) towards its label by a step.
Update = Callable[[list[list[float]], Label, float], None]


def averaged_sgd(
    examples: Sequence[tuple[Sequence[str], Label]], classes: int, update: Update, epochs: int, rate: float
) -> dict[str, list[float]]:
    """Feature → one weight per class, averaged over the second half of `epochs` (steadier across writers
    than the last epoch's); epoch k visits the examples in the order of seed k with step rate / (1 + k)."""
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * classes)
    averaged: dict[str, list[float]] = {}
    averaged_epochs = epochs - epochs // 2
    order = list(examples)
    for epoch in range(epochs):
        random.Random(epoch).shuffle(order)
        step = rate / (1 + epoch)
        for feats, label in order:
            update([weights[f] for f in feats], label, step)
        if epoch >= epochs // 2:
            for f, w in weights.items():
                total = averaged.setdefault(f, [0.0] * classes)
                for k in range(classes):
                    total[k] += w[k] / averaged_epochs
    return averaged
