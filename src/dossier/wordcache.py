"""A word-analysis cache that outlives the process.

HanTa needs about a millisecond for each word form it has not seen, which made every new process
(one `dossier analyze` call, one worker) slow on its first articles. Analyses are kept in a JSON file
in the user's cache directory and read back at the next start; news vocabulary repeats, so after a
few runs nearly every form is known. The file is only a cache: if it is missing, unreadable or from
another tagger version it is ignored, and it is replaced atomically so that a crash cannot corrupt it.

`DOSSIER_CACHE_DIR` chooses the directory; `DOSSIER_NO_CACHE=1` keeps everything in memory.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SAVE_EVERY = 5_000  # new entries between saves: worker processes end without running atexit hooks
MAX_ENTRIES = 1_000_000  # about 60 MB of JSON; beyond it new forms stay in memory only


def cache_dir() -> Path | None:
    """Where persistent caches live, or None when caching on disk is switched off."""
    if os.environ.get("DOSSIER_NO_CACHE", "") not in ("", "0"):
        return None
    if configured := os.environ.get("DOSSIER_CACHE_DIR"):
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dossier"


class PersistentCache:
    """A str → list mapping kept in memory and merged into a JSON file now and then and at exit."""

    def __init__(self, path: Path | None, version: str) -> None:
        self.path, self.version = path, version
        self.entries: dict[str, list] = self._read() if path else {}
        self.unsaved = 0
        if path:
            atexit.register(self.save)

    def get(self, key: str) -> list | None:
        """The cached value of a key, if any."""
        return self.entries.get(key)

    def put(self, key: str, value: list) -> None:
        """Remember a value; saves to disk every `SAVE_EVERY` new entries."""
        self.entries[key] = value
        self.unsaved += 1
        if self.path and self.unsaved >= SAVE_EVERY:
            self.save()

    def save(self) -> None:
        """Merge the entries with what other processes saved meanwhile and replace the file atomically."""
        if not self.path or not self.unsaved:
            return
        merged = {**self._read(), **self.entries}
        if len(merged) > MAX_ENTRIES:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"version": self.version, "entries": merged}, out, ensure_ascii=False)
            os.replace(tmp, self.path)
            self.unsaved = 0
        except OSError as exc:  # a read-only home or a full disk must not stop an analysis
            log.debug("word cache not saved to %s: %s", self.path, exc)

    def _read(self) -> dict[str, list]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))  # type: ignore[union-attr]
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != self.version:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}
