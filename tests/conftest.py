"""Shared fixtures: one pipeline per test session, since loading the resources takes a moment."""

from __future__ import annotations

import os

import pytest

os.environ["DOSSIER_NO_CACHE"] = "1"  # tests must neither read nor write the user's word-analysis cache

from dossier.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()
