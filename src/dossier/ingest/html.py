"""HTML pages: main text, title, author and date via trafilatura (comments off)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from dossier.errors import InputError


@dataclass
class ExtractedPage:
    text: str
    title: str | None
    author: str | None
    published: str | None


def extract_html(html: str, origin: str = "<html>") -> ExtractedPage:
    """Main article text with one paragraph per block (blank line between), plus its metadata."""
    import trafilatura

    raw = trafilatura.extract(
        html,
        output_format="json",
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
        deduplicate=False,
    )
    if not raw:
        raise InputError(origin, "no article text found in the HTML page")
    data = json.loads(raw)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(origin, "no article text found in the HTML page")
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return ExtractedPage(
        text="\n\n".join(paragraphs),
        title=data.get("title") or None,
        author=data.get("author") or None,
        published=(data.get("date") or None),
    )
