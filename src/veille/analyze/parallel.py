"""The analysis in worker processes (``veille analyze --jobs N``), results in input order.

Each worker process loads its own :class:`Analyzer` once and analyses chunks of articles; the calling
process gets the results back in input order and stays the only writer of the store, so the database is the
same as with one process. A worker that dies costs only the articles of the chunk it held (each comes back
as an AnalysisError) and the pool is started again for the rest.
"""

from __future__ import annotations

import logging
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from itertools import islice
from types import TracebackType

from veille.contract.models import Document
from veille.errors import AnalysisError
from veille.ingest.article import Article

log = logging.getLogger(__name__)

_Settings = tuple[tuple[str, ...], int, int | None, float | None]  # stages, batch, chunk chars, min confidence


@cache
def _analyzer(settings: _Settings):
    """The worker process's Analyzer: made once per process (and per settings), pipelines loaded lazily."""
    from veille.analyze.pipeline import Analyzer

    stages, batch_size, chunk_chars, min_confidence = settings
    return Analyzer(stages=stages, batch_size=batch_size, chunk_chars=chunk_chars,
                    min_confidence=min_confidence)


def _start_worker(settings: _Settings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the calling process's to handle
    _analyzer(settings)


def _analyze_in_worker(settings: _Settings, articles: list[Article]) -> list[Document | AnalysisError]:
    return list(_analyzer(settings).analyze_each(articles))


class ParallelAnalyzer:
    """``analyze_each`` like :class:`Analyzer`'s, over ``jobs`` worker processes. Use it as a context
    manager (or call :meth:`close`) to stop the workers.

    ``executor``: run the batches on that executor instead of a process pool of this machine (the
    workers of a Dask cluster: :func:`veille.scale.dask_executor`); it is not shut down here, and
    ``jobs`` is then its number of workers (it bounds the batches in flight)."""

    def __init__(self, jobs: int, *, stages: Iterable[str] | None = None, batch_size: int = 16,
                 chunk_chars: int | None = None, min_confidence: float | None = None,
                 executor: Executor | None = None) -> None:
        from veille.analyze.pipeline import STAGES

        if jobs < 1 or batch_size < 1:
            raise ValueError("jobs and batch_size must be >= 1")
        self.jobs = jobs
        self.batch_size = batch_size
        self._settings: _Settings = (tuple(STAGES if stages is None else stages), batch_size, chunk_chars,
                                     min_confidence)
        self._pool: ProcessPoolExecutor | None = None
        self._external = executor

    def _executor(self) -> Executor:
        if self._external is not None:
            return self._external
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.jobs, initializer=_start_worker,
                                             initargs=(self._settings,))
        return self._pool

    def analyze_each(self, articles: Iterable[Article]) -> Iterator[Document | AnalysisError]:
        """One Document or AnalysisError per article, in input order."""
        iterator = iter(articles)
        in_flight: deque[tuple[list[Article], Future]] = deque()
        while True:
            while len(in_flight) < 2 * self.jobs and (chunk := list(islice(iterator, self.batch_size))):
                in_flight.append((chunk, self._submit(chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool as exc:
                log.warning("a worker process died; %d article(s) of its chunk not analysed", len(chunk))
                yield from (AnalysisError(a.origin, f"analysis failed: worker process died ({exc})")
                            for a in chunk)
                # every chunk still in flight was lost with the pool: submit them again
                pending = [c for c, _ in in_flight]
                self._restart()
                in_flight = deque((c, self._submit(c)) for c in pending)

    def _submit(self, chunk: list[Article]) -> Future:
        return self._executor().submit(_analyze_in_worker, self._settings, chunk)

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ParallelAnalyzer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        # (on Ctrl-C too: the queued chunks are cancelled and the workers, which ignore SIGINT, finish the one
        # they hold; a pool left running when the interpreter exits makes its exit hook write to a closed pipe
        # and print a traceback)
        self.close()
