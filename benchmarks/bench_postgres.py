"""Storing articles/s into SQLite and into PostgreSQL with one writer (and PostgreSQL with several
writer processes), and whether the query commands return the same rows from both.

    .venv/bin/python benchmarks/bench_postgres.py --articles 1000
    .venv/bin/python benchmarks/bench_postgres.py --articles 1000 --url postgresql://me@dbhost/bench

Without ``--url`` a throwaway PostgreSQL server is started in a temporary folder (the test suite's
tests/pgserver.py: initdb and pg_ctl, run as ``nobody`` when root) and reached through its unix socket,
with the durability of the SQLite store it is compared with (WAL, synchronous=NORMAL: a commit does not
wait for the disk, the log is flushed in the background, a crash leaves a consistent database): fsync
and full-page writes on, ``synchronous_commit=off``. Documents are generated (benchmarks/bench_stories.py's
World: no spaCy), so the figures are the store's own: writing rows, consolidation's look-ups, the
full-text index. Target (issue 16): PostgreSQL within 20% of SQLite's articles/s for one writer.

Each backend is measured twice: one article per transaction (``Store.save``), then, into fresh databases,
``--batch`` articles per transaction (``Store.save_many``, what ``veille analyze`` does with its
``--batch-size``), with a check that every table of the batched databases equals the one-by-one ones
(with ``--url``, SQLite only: the one database given is the one-by-one run's).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests"), str(ROOT / "tests" / "consolidate")]

from bench_stories import World  # noqa: E402
from orderfree import dump_store  # noqa: E402

from veille.store import Filters, Store  # noqa: E402

WRITER_SCRIPT = """
import sys
sys.path[:0] = {paths!r}
from bench_stories import World
from veille.store import Store

world = World()
items = [world.article() for _ in range({count})]
with Store.open({url!r}) as store:
    for i, item in enumerate(items):
        if i % {writers} == {k}:
            store.save(*item)
"""

QUERIES = [
    ("articles", "articles", {}), ("events", "events", {}), ("event_clusters", "event_clusters", {}),
    ("actors", "actors", {}), ("quotes", "quotes", {}), ("places", "places", {}),
    ("events --type AGREE", "events", {"type": "AGREE"}),
    ("events --since 2024-06", "events", {"since": "2024-06"}),
    ("events --actor C12", "events", {"actor": "C12"}), ("places --country C12", "places", {"country": "C12"}),
    ("articles --search report", "articles", {"search": "report"}),
]


def _backend_cpu(store: Store) -> float | None:
    """CPU seconds used so far by the PostgreSQL backend serving ``store`` (a server on this machine:
    /proc/PID/stat), or None."""
    if not store.dialect.postgresql:
        return None
    pid = store.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def store_rate(url: str, items: list, batch: int = 1) -> tuple[float, float, float | None]:
    """Articles/s, and the CPU milliseconds per article of this process and of the server's backend
    (None when it is not on this machine). CPU time does not depend on what else the machine runs.
    ``batch`` > 1: ``Store.save_many`` of that many articles at a time (as ``veille analyze`` saves)."""
    with Store.open(url) as store:
        server0 = _backend_cpu(store)
        t0, cpu0 = time.perf_counter(), time.process_time()
        _save(store, items, batch)
        rate = len(items) / (time.perf_counter() - t0)
        client = (time.process_time() - cpu0) * 1000 / len(items)
        server1 = _backend_cpu(store)
        server = None if server0 is None or server1 is None else (server1 - server0) * 1000 / len(items)
        return rate, client, server


def writers_rate(url: str, count: int, writers: int) -> float:
    paths = [str(ROOT / "benchmarks")]
    with Store.open(url):
        pass  # the schema first, so that the writers time only their saves
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER_SCRIPT.format(paths=paths, url=url, count=count,
                                                                   writers=writers, k=k)])
             for k in range(writers)]
    for proc in procs:
        if proc.wait() != 0:
            raise SystemExit(f"writer {proc.args} failed")
    return count / (time.perf_counter() - t0)  # the generation of the documents is included


def rows(store: Store, method: str, kwargs: dict) -> list:
    """The rows as dicts, without when each store analysed the article (its own clock)."""
    out = [dataclasses.asdict(r) for r in getattr(store, method)(Filters(**kwargs))]
    for row in out:
        row.pop("analysed_at", None)
    return out


def database_bytes(url: str) -> int:
    with Store.open(url) as store:
        if store.dialect.postgresql:
            return int(store.conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])
    return os.path.getsize(url)


def batched(size: int, items: list, sqlite: str, pg: str | None, one_by_one: tuple[str, str]) -> None:
    """Store ``items`` in batches of ``size`` into two fresh databases; print the rates and whether every
    table holds what saving them one by one gave (``one_by_one``: those databases). ``pg`` None: SQLite
    only (no fresh PostgreSQL database: ``--url`` names one, which the one-by-one run filled)."""
    sqlite_rate, sqlite_cpu, _ = store_rate(sqlite, items, size)
    print(f"SQLite, batches of {size}:   {sqlite_rate:8.1f} articles/s  (Store.save_many, as veille analyze saves)")
    if pg is None:
        print(f"CPU per article: SQLite {sqlite_cpu:.2f} ms")
        print(f"PostgreSQL, batches of {size}: skipped (--url: its one database holds the one-by-one run's"
              " articles; batches saved into it would be re-saves, compared with themselves)")
    else:
        pg_rate, pg_cpu, pg_server = store_rate(pg, items, size)
        print(f"PostgreSQL, batches of {size}: {pg_rate:6.1f} articles/s  ({100 * pg_rate / sqlite_rate:.0f}% of"
              " SQLite in batches; target >= 80%)")
        backend = "not on this machine" if pg_server is None else f"{pg_server:.2f} ms"
        print(f"CPU per article: SQLite {sqlite_cpu:.2f} ms; PostgreSQL client {pg_cpu:.2f} ms + server {backend}")
    batches = (sqlite,) if pg is None else (sqlite, pg)
    for batch_db, single_db in zip(batches, one_by_one[:len(batches)], strict=True):
        same = dump_store(batch_db) == dump_store(single_db)
        print(f"  {'PostgreSQL' if batch_db == pg else 'SQLite'} in batches: every table"
              f" {'the same as one by one' if same else 'DIFFERENT from one by one'}")


def _save(store: Store, items: list, batch: int) -> None:
    if batch > 1:
        for start in range(0, len(items), batch):
            store.save_many(items[start:start + batch])
    else:
        for doc, article in items:
            store.save(doc, article)


def interleaved(size: int, items: list, sqlite: str, pg: str, block: int = 64) -> None:
    """Both backends timed on the same stretches of time: blocks of ``block`` articles saved alternately
    into each (in batches of ``size``; the first of a pair alternates too), each backend's time summed.
    On a machine shared with other jobs the load moves from one second to the next: two runs one after
    the other compare their moments as much as the backends."""
    elapsed = {sqlite: 0.0, pg: 0.0}
    with Store.open(sqlite) as first, Store.open(pg) as second:
        for k, start in enumerate(range(0, len(items), block)):
            pair = (first, second) if k % 2 == 0 else (second, first)
            for store in pair:
                t0 = time.perf_counter()
                _save(store, items[start:start + block], size)
                elapsed[store.path] += time.perf_counter() - t0
    sqlite_rate, pg_rate = (len(items) / elapsed[url] for url in (sqlite, pg))
    print(f"Interleaved (blocks of {block} articles alternately into each, batches of {size}): SQLite"
          f" {sqlite_rate:.1f}, PostgreSQL {pg_rate:.1f} articles/s ({100 * pg_rate / sqlite_rate:.0f}% of SQLite;"
          " target >= 80%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--writers", type=int, default=4, help="PostgreSQL writer processes (0: skip)")
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway server)")
    parser.add_argument("--batch", type=int, default=16,
                        help="also store in batches of this many articles into fresh databases (Store.save_many,"
                             " as veille analyze does with its --batch-size, 16 by default); 1: only one by one")
    args = parser.parse_args()
    world = World()
    items = [world.article() for _ in range(args.articles)]
    server = None
    if args.url is None:
        import pgserver

        server = pgserver.start_server(durable=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            sqlite = str(Path(tmp) / "bench.db")
            pg = args.url or server.create_database("bench", socket=True)
            empty = {url: database_bytes(url) for url in (sqlite, pg)}  # the schema alone
            sqlite_rate, sqlite_cpu, _ = store_rate(sqlite, items)
            pg_rate, pg_cpu, pg_server = store_rate(pg, items)
            print(f"articles stored: {args.articles} (generated documents)")
            print(f"SQLite, one writer:      {sqlite_rate:8.1f} articles/s")
            print(f"PostgreSQL, one writer:  {pg_rate:8.1f} articles/s  ({100 * pg_rate / sqlite_rate:.0f}% of SQLite;"
                  " target >= 80%)")
            backend = "not on this machine" if pg_server is None else f"{pg_server:.2f} ms"
            print(f"CPU per article: SQLite {sqlite_cpu:.2f} ms; PostgreSQL client {pg_cpu:.2f} ms + server {backend}")
            size_sqlite, size_pg = (database_bytes(url) - empty[url] for url in (sqlite, pg))
            per_article = size_sqlite / args.articles / 1024
            print(f"size per article (the empty schema's size taken off): SQLite {per_article:.1f}"
                  f" KiB, PostgreSQL {size_pg / args.articles / 1024:.1f} KiB")
            with Store.open(sqlite, create=False) as a, Store.open(pg, create=False) as b:
                for label, method, kwargs in QUERIES:
                    left, right = rows(a, method, kwargs), rows(b, method, kwargs)
                    verdict = "same rows" if left == right else "DIFFERENT"
                    print(f"  veille {label:<24} {len(left):6d} rows  {verdict}")
            if args.batch > 1:  # PostgreSQL only into a fresh database: not with --url (its one database is full)
                batched(args.batch, items, str(Path(tmp) / "batched.db"),
                        server.create_database("bench_batched", socket=True) if args.url is None else None,
                        (sqlite, pg))
            if args.url is None:
                interleaved(args.batch, items, str(Path(tmp) / "interleaved.db"),
                            server.create_database("bench_interleaved", socket=True))
            if args.writers and server is not None:
                many = server.create_database("bench_writers", socket=True)
                rate = writers_rate(many, args.articles, args.writers)
                print(f"PostgreSQL, {args.writers} writer processes: {rate:8.1f} articles/s"
                      " (each generating all documents and saving its share)")
    finally:
        if server is not None:
            pgserver.remove(server)


if __name__ == "__main__":
    main()
