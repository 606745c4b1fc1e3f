"""PostgreSQL only: writer processes saving at once store what one writer stores (the writers' lock
orders their saves; every consolidation decision is a function of the set of stored articles)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from veille.store import Store

ROOT = Path(__file__).resolve().parents[2]
COUNT = 90
WRITERS = 3


# what consolidation decided, without the row ids (which follow the order the saves ran in)
_DECISIONS = {
    "event_clusters": "SELECT * FROM event_clusters ORDER BY id",
    "events": "SELECT uid, cluster_id FROM events ORDER BY uid",
    "stories": "SELECT * FROM stories ORDER BY id",
    "articles": "SELECT text_sha256, story_id, story_day FROM articles ORDER BY text_sha256",
    "actors": "SELECT * FROM actors ORDER BY id",
    "people": "SELECT DISTINCT a.text_sha256, aa.doc_actor_id, aa.actor_id FROM article_actors aa"
              " JOIN articles a ON a.id = aa.article_id ORDER BY 1, 2",
}


def _decisions(url: str) -> dict[str, list[tuple]]:
    with Store.open(url, create=False) as store:
        return {name: [tuple(row) for row in store.conn.execute(sql).fetchall()] for name, sql in _DECISIONS.items()}


def test_writers_at_once_store_what_one_writer_stores(pg_server):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_postgres import WRITER_SCRIPT  # the benchmark's writer process, the same script
        from bench_stories import World
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    one = pg_server.create_database("writers_one")
    world = World()
    with Store.open(one) as store:
        for _ in range(COUNT):
            store.save(*world.article())
    many = pg_server.create_database("writers_many")
    with Store.open(many):
        pass  # the schema, before the writers race to create it
    procs = [subprocess.Popen([sys.executable, "-c", WRITER_SCRIPT.format(
        paths=[str(ROOT / "benchmarks")], url=many, count=COUNT, writers=WRITERS, k=k)])
        for k in range(WRITERS)]
    assert [proc.wait(timeout=300) for proc in procs] == [0] * WRITERS
    expected, found = _decisions(one), _decisions(many)
    assert len(expected["events"]) > COUNT
    for name in _DECISIONS:
        assert found[name] == expected[name], name
