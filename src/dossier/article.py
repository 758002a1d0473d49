"""The input of the pipeline: one article as it came from a reader, before any analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """Raw article: plain `text` or an `html` page, plus what the source told us about it."""

    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    origin: str = "<string>"  # file name (and line) the article came from, for error messages
    meta: dict[str, str] = field(default_factory=dict)

    def fingerprint(self) -> str:
        """Stable id: the given one, else the sha1 of the source text."""
        if self.id:
            return self.id
        source = self.text if self.text is not None else (self.html or "")
        return hashlib.sha1(source.encode("utf-8")).hexdigest()
