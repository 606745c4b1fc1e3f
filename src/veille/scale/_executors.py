"""The executors analyses run on: a local process pool, or a Dask cluster's client executor."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager


@contextmanager
def local_executor(jobs: int) -> Iterator[Executor]:
    """``jobs`` worker processes on this machine (started with ``spawn``: no forked spaCy state)."""
    if jobs < 1:
        raise ValueError("jobs must be >= 1")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


@contextmanager
def dask_executor(address: str) -> Iterator[Executor]:
    """The workers of the Dask cluster whose scheduler listens at ``address`` (``tcp://host:8786``).

    Dask reschedules the batch a lost worker was running on another worker; the batch is then
    analysed again from its articles, so a lost worker costs only its current batch.
    """
    from distributed import Client

    with Client(address) as client:
        yield client.get_executor(pure=False)
