"""Ordered, bounded fan-out of article batches to an executor."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future
from itertools import islice

from veille.contract.models import Document
from veille.ingest.article import Article
from veille.scale._worker import analyze_batch


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``articles`` cut into lists of ``size`` (the last may be shorter)."""
    if size < 1:
        raise ValueError("batch size must be >= 1")
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


Batch = tuple[list[Article], list[Document]]


def analyze_parallel(
    chunks: Iterable[list[Article]],
    executor: Executor,
    *,
    batch_size: int = 16,
    in_flight: int = 4,
) -> Iterator[Batch]:
    """Each batch of ``chunks`` with its documents, in input order, analysed by ``executor``'s workers.

    At most ``in_flight`` batches are submitted ahead of the one being consumed, so memory stays
    bounded whatever the number of inputs, and the one writer sees the batches in input order.
    """
    pending: deque[tuple[list[Article], Future[list[Document]]]] = deque()
    for chunk in chunks:
        pending.append((chunk, executor.submit(analyze_batch, chunk, batch_size)))
        if len(pending) > in_flight:
            yield _take(pending.popleft())
    while pending:
        yield _take(pending.popleft())


def _take(item: tuple[list[Article], Future[list[Document]]]) -> Batch:
    chunk, future = item
    documents = future.result()
    if len(documents) != len(chunk):
        raise RuntimeError(f"a worker returned {len(documents)} documents for {len(chunk)} articles")
    return chunk, documents
