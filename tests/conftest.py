"""Shared fixtures: one pipeline per test session, since loading the resources takes a moment."""

from __future__ import annotations

import pytest

from dossier.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()
