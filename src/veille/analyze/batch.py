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
    # False for an outcome whose batch (saved in one transaction) has more to come: an interruption
    # is taken at a batch's end, so that every article stored is counted
    batch_end: bool = True


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
                  store: Store | None = None, *, save_batch: int = 1) -> Iterator[Outcome]:
    """Analyse (and store, when ``store`` is given) each article; one Outcome per article, in order.
    With a ParallelAnalyzer the analysis runs in worker processes; storing stays here, in order.

    ``save_batch`` > 1: the documents of that many articles in a row are stored in one transaction
    (``Store.save_many``: the same rows as one by one, the transaction's cost paid once); their
    outcomes come once it committed, the last one marked ``batch_end``. When the batch fails, its
    documents are saved one by one, so that each failure is its article's alone."""
    pending: list[Outcome] = []
    for article, result in zip(articles, analyzer.analyze_each(articles)):
        outcome = Outcome(article, error=result) if isinstance(result, AnalysisError) else Outcome(article, result)
        if store is None:
            yield outcome
            continue
        pending.append(outcome)
        if len(pending) >= save_batch:
            yield from _stored(pending, store)
            pending = []
    if pending and store is not None:
        yield from _stored(pending, store)


def _stored(outcomes: list[Outcome], store: Store) -> list[Outcome]:
    """The outcomes, their documents stored: together in one transaction, else (a batch of one, or the
    batch failed) one by one."""
    analysed: list[tuple[Outcome, Document]] = [(o, o.document) for o in outcomes if o.document is not None]
    if len(analysed) > 1:
        try:
            store.save_many([(document, o.article) for o, document in analysed])
        except Exception:  # noqa: BLE001 - the batch rolled back: each article then on its own
            log.debug("storing a batch of %d failed; one by one", len(analysed), exc_info=True)
        else:
            for outcome, _document in analysed:
                outcome.stored = True
            analysed = []
    for outcome, document in analysed:
        try:
            store.save(document, outcome.article)
            outcome.stored = True
        except Exception as exc:  # noqa: BLE001 - the input boundary: this article only
            log.debug("storing %s failed", outcome.article.origin, exc_info=True)
            outcome.error = InputError(outcome.article.origin, f"not stored: {type(exc).__name__}: {exc}")
    for outcome in outcomes[:-1]:
        outcome.batch_end = False
    return outcomes
