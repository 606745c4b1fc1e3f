"""Analysis fanned out to worker processes (a real process pool, a real Dask LocalCluster) gives the
same database and the same documents as one process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from veille.ingest.readers import read_inputs
from veille.scale import (
    ParquetSink,
    analyze_parallel,
    batches,
    dask_executor,
    local_executor,
)
from veille.scale._parquet import read_table
from veille.scale._worker import analyze_batch
from veille.store import Store

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.model

_VOLATILE = {"analysed_at"}  # when a row was written, not what it says


def _articles():
    return [item for item in read_inputs([str(ROOT / "examples")], published=None, language=None)
            if not isinstance(item, Exception)]


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    dump = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in _VOLATILE]
        rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
        dump[table] = sorted(rows, key=repr)
    conn.close()
    return dump


def _store(path: Path, results) -> None:
    with Store.open(path) as store:
        for chunk, documents in results:
            for article, document in zip(chunk, documents):
                store.save(document, article)


@pytest.fixture(scope="module")
def sequential(tmp_path_factory):
    articles = _articles()
    path = tmp_path_factory.mktemp("seq") / "seq.db"
    chunks = list(batches(articles, 2))
    _store(path, ((chunk, analyze_batch(chunk, 2)) for chunk in chunks))
    return articles, _dump(path)


def test_process_pool_gives_the_sequential_database(sequential, tmp_path):
    articles, expected = sequential
    path = tmp_path / "pool.db"
    with local_executor(2) as executor:
        _store(path, analyze_parallel(batches(articles, 2), executor, batch_size=2))
    got = _dump(path)
    assert set(got) == set(expected)
    for table in expected:
        assert got[table] == expected[table], table
    assert expected["events"], "the examples give events: the comparison is not vacuous"


def test_dask_local_cluster_into_sqlite_and_parquet(sequential, tmp_path):
    distributed = pytest.importorskip("distributed")
    articles, expected = sequential
    out = tmp_path / "lake"
    sink = ParquetSink(out)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with cluster, dask_executor(cluster.scheduler_address) as executor:
        results = list(analyze_parallel(batches(articles, 2), executor, batch_size=2))
    path = tmp_path / "dask.db"
    _store(path, results)
    for chunk, documents in results:
        sink.write(chunk, documents)
    got = _dump(path)
    for table in expected:
        assert got[table] == expected[table], table
    ids = sorted(row["id"] for row in read_table(out, "documents"))
    assert ids == sorted(article.doc_id for article in articles)
    events = list(read_table(out, "events"))
    analysed = sum(len(doc.events) for _, documents in results for doc in documents)
    assert analysed > 0 and len(events) == analysed  # one Parquet row per document event
    assert {row["document_id"] for row in events} <= set(ids)
    assert all(sink.done(chunk) for chunk in batches(articles, 2))
