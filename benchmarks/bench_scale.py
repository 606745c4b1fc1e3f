"""Articles/s of analysis + storage with 1 process, a local pool of N, and a Dask LocalCluster of N.

    .venv/bin/python benchmarks/bench_scale.py --articles 400 --jobs 2

The same French and English texts (examples/ and ../shared/eval dev sets, cycled) go through each
way into a fresh SQLite database; the script prints the rates, the speed-ups and each way's peak RSS
per worker process. Targets (issue 16): pool >= 1.8x one process, Dask within 15% of the pool.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from concurrent.futures import Executor
from pathlib import Path

from veille.benchmark import bench_texts
from veille.ingest.article import Article
from veille.scale import analyze_parallel, batches, dask_executor, local_executor
from veille.scale._worker import analyze_batch
from veille.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _articles(count: int) -> list[Article]:
    roots = [ROOT / "examples", ROOT.parent / "shared" / "eval"]
    roots = [root for root in roots if root.exists()]
    texts = bench_texts("fr", roots, count // 2) + bench_texts("en", roots, count - count // 2)
    texts = texts[: count // 2] + texts[len(texts) - (count - count // 2):]
    return [Article(text=text, id=f"bench-{i}", published="2024-10-17") for i, text in enumerate(texts)]


def _store_all(results, db: Path) -> int:
    n = 0
    with Store.open(db) as store:
        for chunk, documents in results:
            for article, document in zip(chunk, documents):
                store.save(document, article)
                n += 1
    return n


def _run(label: str, articles: list[Article], executor: Executor | None, batch: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        if executor is None:
            results = ((chunk, analyze_batch(chunk, batch)) for chunk in batches(articles, batch))
        else:
            results = analyze_parallel(batches(articles, batch), executor, batch_size=batch)
        n = _store_all(results, Path(tmp) / "bench.db")
        seconds = time.perf_counter() - start
    rate = n / seconds
    print(f"{label:<28}: {n} articles in {seconds:7.1f} s = {rate:6.2f} articles/s", flush=True)
    return rate


def _warm(executor: Executor, jobs: int, batch: int) -> None:
    """Load the pipelines in every worker before timing (as a long run amortises it)."""
    sample = [Article(text="Le ministre a rencontré son homologue.", id="w", published="2024-10-17"),
              Article(text="The minister met his counterpart.", id="w2", published="2024-10-17")]
    futures = [executor.submit(analyze_batch, sample, batch) for _ in range(jobs * 2)]
    for future in futures:
        future.result()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=8)
    args = parser.parse_args()
    articles = _articles(args.articles)
    analyze_batch(articles[:2], args.batch_size)  # load this process's pipelines before timing
    one = _run("1 process", articles, None, args.batch_size)
    with local_executor(args.jobs) as pool:
        _warm(pool, args.jobs, args.batch_size)
        pooled = _run(f"--jobs {args.jobs} (process pool)", articles, pool, args.batch_size)
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=args.jobs, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    with cluster, dask_executor(cluster.scheduler_address) as executor:
        _warm(executor, args.jobs, args.batch_size)
        dasked = _run(f"Dask LocalCluster x{args.jobs}", articles, executor, args.batch_size)
    print(f"speed-up pool / 1 process   : {pooled / one:.2f}x (target >= 1.8x on 2 cores)")
    print(f"Dask / pool                 : {dasked / pooled:.2f} (target >= 0.85)")
    print(f"peak RSS of this process    : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of a worker process: {children:.0f} MB (target < 1500 MB)")


if __name__ == "__main__":
    main()
