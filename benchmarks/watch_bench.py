"""Benchmark of `veille watch` on a local news site: 50 feeds x 20 items (1,000 articles) by default.

    .venv/bin/python benchmarks/watch_bench.py [--feeds 50] [--items 20] [--hosts 10]

Prints, in one run:
- the time to analyse and store the same 1,000 articles read from HTML files (veille analyze's path);
- the first watch pass (fetch + extract + analyse + store) and how much fetching adds to the above;
- the second pass (conditional requests only, no analysis) and its HTTP requests;
- the peak RSS of the process (ru_maxrss) over the first pass.

The site is served by several servers on 127.0.0.1..127.0.0.N (one host each, so that fetching is
concurrent across hosts as on the real web); min_delay is 0 (a local server).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "watch"))

from newsite import NewsSite  # noqa: E402

from veille.store import Store  # noqa: E402
from veille.watch import SourceSpec, Watcher, WatchState, load_config  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=10)
    args = parser.parse_args()
    per_host = max(1, args.feeds // args.hosts)
    sites = [NewsSite(feeds=per_host, items=args.items).start(f"127.0.0.{h + 1}") for h in range(args.hosts)]
    # every site numbers its articles from 0: shift them so that the 1,000 texts all differ
    for h, site in enumerate(sites):
        for article in site.articles.values():
            article.n += h * per_host * args.items
    feeds = [url for site in sites for url in site.feed_urls()]
    total = sum(len(s.articles) for s in sites)
    config = load_config().with_overrides(allow_private=True, min_delay=0.0, contact="bench@veille.invalid")
    print(f"local site: {len(feeds)} feeds x {args.items} items = {total} articles on {len(sites)} hosts")

    with tempfile.TemporaryDirectory() as tmp:
        # -- the same articles analysed from files (the baseline) --------------------------------
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for site in sites:
            for key in site.articles:
                (folder / f"{site.port}-{key}.html").write_text(site.page_html(key, None), encoding="utf-8")
        from veille.analyze.pipeline import Analyzer
        from veille.ingest.readers import read_inputs

        analyzer = Analyzer(batch_size=config.batch_size)
        articles = [a for a in read_inputs([str(folder)]) if not isinstance(a, Exception)]
        # warm-up outside the timings: models and lazily loaded data, for both runs
        list(analyzer.analyze_many([a for a in articles if "-fr-" in a.origin][:8]
                                   + [a for a in articles if "-en-" in a.origin][:8]))
        start = time.perf_counter()
        with Store.open(Path(tmp) / "files.db") as store:
            articles = [a for a in read_inputs([str(folder)]) if not isinstance(a, Exception)]
            for article, document in zip(articles, analyzer.analyze_many(articles)):
                store.save(document, article)
        files_s = time.perf_counter() - start
        print(f"from files : {len(articles)} articles read, analysed, stored in {files_s:7.1f} s"
              f"  ({len(articles) / files_s:.1f} articles/s)")

        # -- the watch passes ---------------------------------------------------------------------
        with Store.open(Path(tmp) / "watch.db") as store:
            state = WatchState(store.conn)
            for url in feeds:
                state.add_source(SourceSpec(url))
            watcher = Watcher(store, config, analyzer_factory=lambda: analyzer)
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            start = time.perf_counter()
            first = watcher.run_pass()
            first_s = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            c = first.counts
            print(f"first pass : {c.analysed} analysed, {c.duplicates} duplicates, {c.errors} errors, "
                  f"{c.requests} requests in {first_s:7.1f} s  ({c.analysed / first_s:.1f} articles/s)")
            print(f"fetching adds {100 * (first_s - files_s) / files_s:+.1f} % to analysing the same articles "
                  "from files")
            marks = [len(s.log) for s in sites]
            start = time.perf_counter()
            second = watcher.run_pass(force=True)
            second_s = time.perf_counter() - start
            c2 = second.counts
            conditional = all(e.conditional and e.status == 304 for s, m in zip(sites, marks) for e in s.log[m:])
            print(f"second pass: {c2.requests} requests ({c2.not_modified} x 304, all conditional: {conditional}),"
                  f" {c2.analysed} analysed, in {second_s:.2f} s")
            print(f"peak RSS   : {peak:.0f} MB (before the first pass: {rss_before:.0f} MB; models loaded)")
    for site in sites:
        site.stop()


if __name__ == "__main__":
    main()
