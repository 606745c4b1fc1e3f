"""The indexes a write updates are the ones a query reads: the three dropped by migration 5 are gone on
both backends, and the look-ups they served read the longer index that starts with the same column."""

from __future__ import annotations

import docfactory as f
import pytest

from veille.store import Store

DROPPED = ("event_actors_cluster", "event_actors_code", "article_actors_actor")

# (a look-up the reader, the resolver or the web app makes, the index it must read)
LOOKUPS = [
    ("SELECT event_id FROM event_actors WHERE code = 'NATO'", "event_actors_code_day"),
    ("SELECT 1 FROM event_actors WHERE code = 'NATO' LIMIT 1", "event_actors_code_day"),
    ("SELECT article_id, mentions FROM article_actors WHERE actor_id = 'igo:NATO'", "article_actors_mentions"),
]


def _indexes(store: Store) -> set[str]:
    if store.dialect.postgresql:
        sql = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'index'"
    return {row[0] for row in store.conn.execute(sql).fetchall()}


def _plan(store: Store, sql: str) -> str:
    if store.dialect.postgresql:
        # the tables of a test hold a few rows: with sequential scans allowed the planner reads them whole
        store.conn.execute("SET enable_seqscan = off")
        return "\n".join(row[0] for row in store.conn.execute("EXPLAIN " + sql).fetchall())
    return "\n".join(str(row[-1]) for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall())


def test_the_dropped_indexes_are_gone_and_the_others_stay(store_location):
    f.populate(store_location)
    with Store.open(store_location) as store:
        present = _indexes(store)
    assert not present & set(DROPPED)
    assert {"event_actors_code_day", "article_actors_mentions", "event_keys_candidates", "event_actors_event",
            "event_actors_actor", "article_actors_bucket"} <= present


@pytest.mark.parametrize(("sql", "index"), LOOKUPS)
def test_a_lookup_of_a_dropped_index_reads_the_longer_one(store_location, sql, index):
    f.populate(store_location)
    with Store.open(store_location) as store:
        plan = _plan(store, sql)
    assert index in plan, plan
