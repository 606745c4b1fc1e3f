"""Articles/s of the analysis with --jobs 1 and --jobs 2 (worker processes), run from the repository root.

    .venv/bin/python benchmarks/bench_jobs.py --articles 400

French and English texts from examples/ and ../shared (cycled up to --articles), the same for every run.
Pipelines are loaded (and the workers started) before the clock starts. Target (issue 16): --jobs 2 at
least 1.8x --jobs 1 on a 2-core machine.
"""

from __future__ import annotations

import argparse
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
    args = parser.parse_args()
    batch = articles(args.articles)
    warm = batch[:8] + batch[-8:]
    one = timed(Analyzer(batch_size=args.batch_size), batch, warm)
    with ParallelAnalyzer(2, batch_size=args.batch_size) as parallel:
        two = timed(parallel, batch, warm * 2)
    print(f"articles       : {len(batch)} ({args.articles // 2} fr, {len(batch) - args.articles // 2} en)")
    print(f"--jobs 1       : {len(batch) / one:6.1f} articles/s ({one:.1f} s)")
    print(f"--jobs 2       : {len(batch) / two:6.1f} articles/s ({two:.1f} s)")
    print(f"speed-up       : {one / two:.2f}x (target >= 1.8x on 2 idle cores)")


if __name__ == "__main__":
    main()
