"""Scaling out the analysis: worker processes on one machine or a Dask cluster, one writer.

The spaCy analysis runs wherever an executor puts it (a local process pool, the workers of a Dask
cluster); each worker process loads the pipelines once. Results come back in input order, so the one
writer (the store, or the Parquet sink) sees exactly what ``--jobs 1`` would: same rows, same ids.
See docs/scaling.md.
"""

from veille.scale._executors import dask_executor, local_executor
from veille.scale._parallel import analyze_parallel, batches
from veille.scale._parquet import TABLES, ParquetSink

__all__ = ["TABLES", "ParquetSink", "analyze_parallel", "batches", "dask_executor", "local_executor"]
