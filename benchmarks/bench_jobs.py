"""Articles/s of the analysis with --jobs 1, --jobs 2 (worker processes) and a Dask LocalCluster of 2
worker processes, run from the repository root.

    .venv/bin/python benchmarks/bench_jobs.py --articles 400 [--no-dask]

French and English texts from examples/ and ../shared (cycled up to --articles), the same for every run.
Pipelines are loaded (and the workers started) before the clock starts. Target (issue 16): --jobs 2 at
least 1.8x --jobs 1 on a 2-core machine; the Dask LocalCluster within 15% of --jobs 2. Peak RSS of the
worker processes: target < 1.5 GB each.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from veille.analyze.parallel import ParallelAnalyzer
from veille.analyze.pipeline import Analyzer
from veille.benchmark import bench_texts
from veille.ingest.article import Article

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples", ROOT.parent / "shared" / "corpus"]


def articles(n: int) -> list[Article]:
    roots = [p for p in SOURCES if p.exists()]
    texts = bench_texts("fr", roots, n // 2)[: n // 2] + bench_texts("en", roots, n - n // 2)[: n - n // 2]
    return [Article(text=t, id=str(i), published="2024-10-17", language="fr" if i < n // 2 else "en")
            for i, t in enumerate(texts)]


def timed(analyzer, batch: list[Article], warm: list[Article]) -> float:
    list(analyzer.analyze_each(warm))  # pipelines loaded, workers started
    start = time.perf_counter()
    for _ in analyzer.analyze_each(batch):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--no-dask", dest="dask", action="store_false", help="skip the Dask run")
    args = parser.parse_args()
    print("load average   : {:.2f} {:.2f} {:.2f} at the start (a shared machine: the figures are a lower"
          " bound)".format(*os.getloadavg()))
    batch = articles(args.articles)
    warm = batch[:8] + batch[-8:]
    one = timed(Analyzer(batch_size=args.batch_size), batch, warm)
    with ParallelAnalyzer(2, batch_size=args.batch_size) as parallel:
        two = timed(parallel, batch, warm * 2)
    print(f"articles       : {len(batch)} ({args.articles // 2} fr, {len(batch) - args.articles // 2} en)")
    print(f"--jobs 1       : {len(batch) / one:6.1f} articles/s ({one:.1f} s)")
    print(f"--jobs 2       : {len(batch) / two:6.1f} articles/s ({two:.1f} s)")
    print(f"speed-up       : {one / two:.2f}x (target >= 1.8x on 2 idle cores)")
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS       : {self_mb:.0f} MB --jobs 1 (this process); {workers_mb:.0f} MB the largest --jobs 2"
          " worker (target < 1500 MB)")
    if args.dask:
        import dask
        from distributed import LocalCluster

        from veille.scale import dask_executor, worker_config

        with dask.config.set(worker_config()):  # as docs/scaling.md starts veille's workers
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        with cluster, dask_executor(cluster.scheduler_address) as (executor, workers), \
                ParallelAnalyzer(workers, batch_size=args.batch_size, executor=executor) as on_dask:
            seconds = timed(on_dask, batch, warm * 2)
        print(f"Dask x{workers}        : {len(batch) / seconds:6.1f} articles/s ({seconds:.1f} s); "
              f"{two / seconds:.2f} of --jobs 2 (target >= 0.85)")
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS       : {children:.0f} MB the largest worker process of all runs, Dask's included")
    print("load average   : {:.2f} {:.2f} {:.2f} at the end".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
