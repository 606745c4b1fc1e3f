"""Issue 16: several processes writing into one PostgreSQL database at once give the same database as
one writer saving the articles in turn (consolidation decides under the writers' advisory lock); and a
PostgreSQL store holds what the SQLite one holds, table by table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from orderfree import dump_store, save_in_order
from test_order_independence import generated_corpus

_WRITER = """
import sys
sys.path[:0] = {paths!r}
from test_order_independence import generated_corpus
from veille.store import Store

corpus = generated_corpus()
mine = [item for i, item in enumerate(corpus) if i % {writers} == {k}]
with Store.open({url!r}) as store:
    if {batch} > 1:
        for start in range(0, len(mine), {batch}):
            store.save_many(mine[start:start + {batch}])
    else:
        for doc, article in mine:
            store.save(doc, article)
"""

HERE = Path(__file__).resolve().parent


def _writers(url: str, writers: int, batch: int = 1) -> None:
    paths = [str(HERE), str(HERE.parent / "store")]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER.format(paths=paths, url=url, writers=writers, k=k,
                                                                    batch=batch)],
                              env=env, stderr=subprocess.PIPE, text=True) for k in range(writers)]
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err


@pytest.mark.parametrize("batch", [1, 4])
def test_four_concurrent_writers_give_the_database_of_one_writer(pg_server, tmp_path, batch):
    """``batch`` > 1: each writer saves its articles four at a time (``Store.save_many``, one transaction
    under the lock for the four)."""
    sequential = pg_server.create_database(f"sequential_{batch}")
    concurrent = pg_server.create_database(f"concurrent_{batch}")
    save_in_order(sequential, generated_corpus(), None)
    _writers(concurrent, 4, batch)
    reference, other = dump_store(sequential), dump_store(concurrent)
    assert reference["articles"] and reference["event_clusters"]
    for table in reference:
        assert other[table] == reference[table], f"table {table} differs with four writers"


def test_postgresql_holds_what_sqlite_holds(pg_server, tmp_path):
    url = pg_server.create_database("parity")
    corpus = generated_corpus()
    save_in_order(tmp_path / "v.db", corpus, None)
    save_in_order(url, corpus, None)
    sqlite, postgres = dump_store(tmp_path / "v.db"), dump_store(url)
    assert set(sqlite) == set(postgres)
    for table in sqlite:
        assert postgres[table] == sqlite[table], f"table {table} differs between the backends"
