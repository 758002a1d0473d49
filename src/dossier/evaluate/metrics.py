"""Counts and the measures computed from them: precision, recall, F1 and accuracy."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


@dataclass
class PRF:
    """True positives, false positives and false negatives, summed over documents (micro average)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def add_sets(self, gold: set, system: set) -> None:
        self.add(len(gold & system), len(system - gold), len(gold - system))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.tp + self.fn,
            "system": self.tp + self.fp,
        }


@dataclass
class Accuracy:
    """Correct decisions out of all decisions taken."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"accuracy": round(self.value, 4), "n": self.total}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def match_one_to_one(gold: list[T], system: list[U], score: Callable[[T, U], float], floor: float) -> list[tuple[T, U]]:
    """Pairs of gold and system items, best scores first, each item used once, score above `floor`."""
    scored = sorted(
        ((score(g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for value, gi, si in scored:
        if value <= floor or gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def flatten(items: Iterable[Iterable[T]]) -> list[T]:
    return [x for group in items for x in group]
