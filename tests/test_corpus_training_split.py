"""Training commands refuse a split without gold documents instead of writing an empty model."""

import json
from pathlib import Path

import pytest

from dossier.corpus import training_split


def test_a_directory_with_gold_documents_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "de-train-0001.json").write_text(json.dumps({"id": "x"}), encoding="utf-8")
    assert training_split([str(tmp_path)], "train") == tmp_path


def test_an_empty_directory_stops_with_an_error_naming_it(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        training_split([str(tmp_path)], "train")
    assert stop.value.code == 2
    assert f"{tmp_path}: no compiled gold documents" in capsys.readouterr().err


def test_an_unknown_option_is_not_taken_for_a_directory() -> None:
    with pytest.raises(SystemExit) as stop:
        training_split(["--no-such-option"], "train")
    assert stop.value.code == 2
