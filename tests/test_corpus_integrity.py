"""The gold corpus in the repository: compiled files current and consistent; the test split frozen."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.corpus import split_checksum, validate

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "de"


def test_corpus_compiles_and_validates() -> None:
    assert validate(CORPUS) == []


def test_test_split_unchanged_since_frozen() -> None:
    recorded = CORPUS / "test.sha256"
    if not recorded.exists():
        pytest.skip("the held-out test split has not been frozen yet")
    assert split_checksum(CORPUS / "test") == recorded.read_text(encoding="utf-8").strip(), (
        "corpus/de/test changed after it was frozen: the held-out split must not be edited"
    )
