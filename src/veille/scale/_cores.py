"""How many analysis workers ``veille analyze`` starts when ``--jobs`` is not given.

The rule (docs/scaling.md): one worker process per core this process may run on, but

- no more workers than batches of articles: a worker receives whole batches (``--batch-size``), so a
  worker beyond the number of batches would only cost its start (importing veille, loading the
  pipelines) and its memory;
- no more workers than the machine's memory holds at :data:`WORKER_BYTES` each, one share kept for the
  process that stores;
- one batch or less (a single short input): no worker at all, the analysis runs in this process as with
  ``--jobs 1``. Starting a worker costs what loading the pipelines here costs, plus a process and the
  transfer of the articles, and a single batch cannot be shared.

The output is the same whatever the number (results come back in input order to the one writer).
"""

from __future__ import annotations

import os

# a worker's peak memory with the French and English pipelines loaded (measured 0.53 to 0.76 GB,
# benchmarks/bench_jobs.py), rounded up
WORKER_BYTES = 1 << 30


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counter is not None:
        return max(1, counter() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def memory_bytes() -> int | None:
    """The machine's physical memory, or None where the system does not say."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def default_jobs(articles: int, batch_size: int, *, cores: int | None = None,
                 memory: int | None = None) -> int:
    """The number of analysis processes for ``articles`` articles in batches of ``batch_size`` when
    ``--jobs`` is not given (1: analyse in this process, start no worker). ``cores`` and ``memory``
    default to this machine's."""
    cores = usable_cores() if cores is None else cores
    memory = memory_bytes() if memory is None else memory
    batches = -(-articles // batch_size) if articles > 0 else 0
    jobs = min(cores, batches)
    if memory is not None:
        jobs = min(jobs, memory // WORKER_BYTES - 1)
    return max(1, jobs)
