"""The name model (CRF over token features) that finds names the knowledge base does not know."""

from __future__ import annotations


def load_tagger(lang: str):
    """The trained name tagger of a language pack, or None when no model file exists yet."""
    return None
