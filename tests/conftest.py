"""Shared fixtures: one pipeline per test session, since loading the resources takes a moment."""

from __future__ import annotations

import os

import pytest

os.environ["DOSSIER_NO_CACHE"] = "1"  # tests must neither read nor write the user's word-analysis cache

from dossier.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def analyse_entities():
    """Segmentation and entities only, on clean text published 2025-08-07: the entity tests' pipeline."""
    from dossier.entities import make_stage as entities
    from dossier.segment import make_stage as segmenter

    pipe = Pipeline(detect_language=False, stages=[segmenter("de"), entities("de")])
    return lambda text: pipe.analyze_clean_text(text, published="2025-08-07")


@pytest.fixture(scope="session")
def analyse_names(analyse_entities):
    """The (text, type) pairs of the name mentions the entity tests' pipeline finds in a text."""
    return lambda text: {
        (m.text, e.type) for e in analyse_entities(text).entities for m in e.mentions if m.kind == "name"
    }
