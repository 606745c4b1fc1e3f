"""Ingest: files, folders and stdin into :class:`Article` records."""

from veille.ingest.article import Article
from veille.ingest.readers import SUPPORTED, read_inputs

__all__ = ["SUPPORTED", "Article", "read_inputs"]
