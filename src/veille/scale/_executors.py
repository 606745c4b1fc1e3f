"""The executor of a Dask cluster, for :class:`veille.analyze.parallel.ParallelAnalyzer`."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from veille.errors import VeilleError


@contextmanager
def dask_executor(address: str, *, timeout: float = 30.0) -> Iterator[tuple[Executor, int]]:
    """The executor of the Dask cluster whose scheduler listens at ``address`` (``tcp://host:8786``)
    and its number of workers. Each worker process loads veille's pipelines once, on its first batch.

    Dask reschedules the batch a lost worker was running on another worker, so a lost worker costs
    only its current batch, analysed again from its articles.
    """
    from distributed import Client

    try:
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        raise VeilleError(f"no Dask scheduler at {address}: {exc}") from None
    with client:
        workers = len(client.scheduler_info().get("workers", {})) or 1
        yield client.get_executor(pure=False), workers
