"""The persistent word-analysis cache: survives the process, ignores bad or foreign files, never fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier import wordcache
from dossier.wordcache import PersistentCache


def test_entries_survive_a_new_process(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    first = PersistentCache(path, "v1")
    first.put("Häuser", ["NN", "Haus"])
    first.save()
    assert PersistentCache(path, "v1").get("Häuser") == ["NN", "Haus"]


def test_saving_merges_with_entries_of_other_processes(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    one, two = PersistentCache(path, "v1"), PersistentCache(path, "v1")
    one.put("a", ["X", "a"])
    one.save()
    two.put("b", ["Y", "b"])
    two.save()
    reread = PersistentCache(path, "v1")
    assert reread.get("a") == ["X", "a"] and reread.get("b") == ["Y", "b"]


def test_another_tagger_version_or_a_broken_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"version": "v0", "entries": {"a": ["X", "a"]}}), encoding="utf-8")
    assert PersistentCache(path, "v1").get("a") is None
    path.write_text('{"version": "v1", "entries": {"a": [', encoding="utf-8")
    assert PersistentCache(path, "v1").get("a") is None


def test_an_unwritable_place_does_not_stop_the_analysis(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    cache = PersistentCache(blocker / "sub" / "c.json", "v1")  # a directory below a file cannot exist
    cache.put("a", ["X", "a"])
    cache.save()
    assert cache.get("a") == ["X", "a"]


def test_saves_by_itself_every_so_many_new_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordcache, "SAVE_EVERY", 2)
    path = tmp_path / "c.json"
    cache = PersistentCache(path, "v1")
    cache.put("a", ["X", "a"])
    assert not path.exists()
    cache.put("b", ["X", "b"])
    assert json.loads(path.read_text(encoding="utf-8"))["entries"]["b"] == ["X", "b"]


def test_cache_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DOSSIER_NO_CACHE", "1")
    assert wordcache.cache_dir() is None
    monkeypatch.setenv("DOSSIER_NO_CACHE", "")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    assert wordcache.cache_dir() == tmp_path
