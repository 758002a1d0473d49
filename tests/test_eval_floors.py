"""Quality floors: the dev split must not score below tests/quality_floors.json on any listed measure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.evaluate import run

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


def _score(measure: dict) -> float:
    return measure["f1"] if "f1" in measure else measure["accuracy"]


@pytest.mark.slow
def test_dev_split_stays_above_the_floors(pipeline) -> None:
    layers = {k: v for k, v in FLOORS.items() if not k.startswith("_")}
    report = run(ROOT / "corpus" / "de" / "dev", pipeline=pipeline, layers=list(layers))
    assert report["articles"] > 0, "corpus/de/dev holds no compiled gold documents"
    below = [
        f"{layer} / {name}: {_score(report[layer][name]):.3f} < floor {floor}"
        for layer, measures in layers.items()
        for name, floor in measures.items()
        if _score(report[layer][name]) < floor
    ]
    assert not below, "quality dropped below the floors:\n" + "\n".join(below)


def test_floors_name_measures_the_harness_reports(pipeline) -> None:
    report = run(Path(__file__).parent / "fixtures" / "corpus" / "dev", pipeline=pipeline)
    for layer, measures in FLOORS.items():
        if not layer.startswith("_"):
            assert set(measures) <= set(report[layer]), f"unknown measure in floors of {layer}"
            assert all(0.0 <= v <= 1.0 for v in measures.values())
