"""What runs in a worker process: one Analyzer per process and batch size, loaded on first use."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from veille.contract.models import Document
from veille.ingest.article import Article

if TYPE_CHECKING:
    from veille.analyze.pipeline import Analyzer


@lru_cache(maxsize=2)
def _analyzer(batch_size: int) -> Analyzer:
    from veille.analyze.pipeline import Analyzer

    return Analyzer(batch_size=batch_size)


def analyze_batch(articles: list[Article], batch_size: int) -> list[Document]:
    """The documents of ``articles``, in order (the worker's pipelines are loaded once, then reused)."""
    return list(_analyzer(batch_size).analyze_many(articles))
