"""Scaling out: the analysis on the workers of a Dask cluster, and a partitioned Parquet output.

``veille analyze --jobs N`` (worker processes on this machine) and ``--scheduler tcp://HOST:8786`` (the
workers of an existing Dask cluster) both run the spaCy analysis through
:class:`veille.analyze.parallel.ParallelAnalyzer`; results come back in input order, so the one writer
(the store, or :class:`ParquetSink` for ``--out DIR``) sees exactly what ``--jobs 1`` would: the same
rows and ids. See docs/scaling.md.
"""

from veille.scale._cores import default_jobs, usable_cores
from veille.scale._executors import dask_executor, worker_config
from veille.scale._parquet import TABLES, ParquetSink, partitions, read_table

__all__ = ["TABLES", "ParquetSink", "dask_executor", "default_jobs", "partitions", "read_table", "usable_cores",
           "worker_config"]
