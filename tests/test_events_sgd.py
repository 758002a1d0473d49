"""The training loop the event filter and the role model share."""

from __future__ import annotations

import pytest

from dossier.events.sgd import averaged_sgd


def _add_step(rows: list[list[float]], label: int, step: float) -> None:
    """An update that moves the label's column of every row by the step, to make the weights traceable."""
    for r in rows:
        r[label] += step


def test_weights_are_averaged_over_the_second_half_of_the_epochs() -> None:
    # one example, rate 1: after epoch k the weight is 1 + 1/2 + … + 1/(k+1); epochs 2 and 3 are averaged
    weights = averaged_sgd([(("f",), 1)], 2, _add_step, epochs=4, rate=1.0)
    assert weights["f"] == pytest.approx([0.0, ((1 + 1 / 2 + 1 / 3) + (1 + 1 / 2 + 1 / 3 + 1 / 4)) / 2])


def test_the_shuffles_are_fixed() -> None:
    order: list[int] = []

    def record(rows: list[list[float]], label: int, step: float) -> None:
        order.append(label)

    examples = [(("f",), k) for k in range(10)]
    averaged_sgd(examples, 1, record, epochs=3, rate=1.0)
    first, order[:] = list(order), []
    averaged_sgd(examples, 1, record, epochs=3, rate=1.0)
    assert order == first and first[:10] != first[10:20]  # the same order each run, another each epoch
