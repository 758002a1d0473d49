"""dossier: reads news articles and turns them into knowledge a person can check."""

from dossier.article import Article
from dossier.model import AnalysedDocument
from dossier.pipeline import Pipeline, analyze

__all__ = ["AnalysedDocument", "Article", "Pipeline", "analyze"]
__version__ = "0.1.0"
