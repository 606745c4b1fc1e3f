"""A batch of articles through analysis and storage, each article at its own input boundary.

:func:`analyze_batch` yields one :class:`Outcome` per article, in input order: its Document, whether it was
stored, or the error (naming the input) that stopped that article alone: analysis failure, or a storage
failure of any kind. Nothing one article raises reaches the next one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from veille.contract.models import Document
from veille.errors import AnalysisError, InputError
from veille.ingest.article import Article

if TYPE_CHECKING:
    from veille.analyze.parallel import ParallelAnalyzer
    from veille.analyze.pipeline import Analyzer
    from veille.store import Store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Outcome:
    article: Article
    document: Document | None = None
    error: InputError | None = None
    stored: bool = False


@dataclass(slots=True)
class BatchCounts:
    """What a batch did: inputs refused at reading, articles analysed, stored, failed."""

    unreadable: int = 0
    analysed: int = 0
    stored: int = 0
    failed: int = 0  # analysis or storage failures, and documents not "ok" (unsupported language)

    @property
    def problems(self) -> int:
        return self.unreadable + self.failed

    def count(self, outcome: Outcome) -> None:
        if outcome.document is not None:
            self.analysed += 1
        if outcome.stored:
            self.stored += 1
        if outcome.error is not None or (outcome.document is not None and outcome.document.status != "ok"):
            self.failed += 1


def analyze_batch(articles: Sequence[Article], analyzer: Analyzer | ParallelAnalyzer,
                  store: Store | None = None) -> Iterator[Outcome]:
    """Analyse (and store, when ``store`` is given) each article; one Outcome per article, in order.
    With a ParallelAnalyzer the analysis runs in worker processes; storing stays here, in order."""
    for article, result in zip(articles, analyzer.analyze_each(articles)):
        if isinstance(result, AnalysisError):
            yield Outcome(article, error=result)
            continue
        outcome = Outcome(article, document=result)
        if store is not None:
            try:
                store.save(result, article)
                outcome.stored = True
            except Exception as exc:  # noqa: BLE001 - the input boundary: this article only
                log.debug("storing %s failed", article.origin, exc_info=True)
                outcome.error = InputError(article.origin, f"not stored: {type(exc).__name__}: {exc}")
        yield outcome
