"""Every EXAMPLE line of the German time rules, run through segmentation and the time stage."""

from __future__ import annotations

import pytest

from dossier.lang import get_pack
from dossier.model import AnalysedDocument
from dossier.segment import Segmenter
from dossier.time import make_stage
from dossier.time.grammar import load_grammar

STAGE = make_stage("de")
SEGMENT = Segmenter()
EXAMPLES = [
    pytest.param(rule.name, ex, id=f"{rule.name}:{ex.text[:40]}")
    for rule in load_grammar(get_pack("de")).rules
    for ex in rule.examples
]


def _times(text: str, published: str | None = "2025-08-07") -> list[tuple[int, int, str, str]]:
    doc = STAGE(SEGMENT(AnalysedDocument(id="t", text=text, published=published)))
    return [(t.start, t.end, t.value, t.method or "") for t in doc.times]


def test_every_example_starts_where_the_stage_tries_the_rules() -> None:
    """The stage runs the rules only at a trigger word or at a grammar word shortly before one (also one
    after the span: `von [acht] bis 20 Uhr`)."""
    for _, example in (p.values for p in EXAMPLES):
        if example.span is None:
            continue
        start, _ = example.span
        triggers = [m.start() for m in STAGE.grammar.triggers.finditer(example.text.lower(), start, start + 40)]
        assert triggers, example.text
        assert any(start in STAGE._starts(example.text, max(0, t - 40), t) for t in triggers), example.text


def test_every_rule_has_an_example() -> None:
    rules = load_grammar(get_pack("de")).rules
    assert [r.name for r in rules if not r.examples] == []


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(rule: str, example) -> None:
    found = _times(example.text)
    if example.span is None:
        assert found == []
    else:
        start, end = example.span
        assert (start, end, example.value, rule) in found, (example.text[start:end], found)
