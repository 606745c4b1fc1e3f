"""The executor of a Dask cluster, for :class:`veille.analyze.parallel.ParallelAnalyzer`."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from veille.errors import VeilleError

log = logging.getLogger(__name__)

_TRIM = "MALLOC_TRIM_THRESHOLD_"


def worker_config() -> dict[str, object]:
    """The Dask configuration veille's worker processes should start with (``dask.config.set`` around
    a ``LocalCluster``; for ``dask worker``, the YAML file of docs/scaling.md).

    Dask's nanny starts each worker with ``MALLOC_TRIM_THRESHOLD_=65536``
    (``distributed.nanny.pre-spawn-environ``). Setting it fixes glibc's thresholds, so every block the
    analysis allocates above 128 KiB is mapped from the system and unmapped on release: measured here,
    2,470 page faults per article instead of 210 and 16% more CPU per article than without it (what a
    process pool's worker gets). The worker then gives memory back to the system less eagerly; the
    peak stays the pipelines' (docs/scaling.md).

    Dask's sampling profiler (a thread walking the task thread's stack every 10 ms) is turned off: it
    cost another 4 to 8 ms of CPU per article (38 to 42 ms with it, 34 without). The dashboard then
    shows no profile of veille's workers."""
    return {f"distributed.nanny.pre-spawn-environ.{_TRIM}": None, "distributed.worker.profile.enabled": False}


def _trim_setting() -> str | None:
    """A worker's MALLOC_TRIM_THRESHOLD_ (run on the workers)."""
    return os.environ.get(_TRIM)


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
        trimmed = sorted(w for w, value in client.run(_trim_setting).items() if value is not None)
        if trimmed:
            log.warning("%d Dask worker(s) run with %s set (Dask's default), which costs the analysis about"
                        " 16%% more CPU; docs/scaling.md shows how to start them without it", len(trimmed), _TRIM)
        yield client.get_executor(pure=False), workers
