"""Helpers of the order-independence tests: save a corpus in some order, dump a store table by table
with every internal row number replaced by the public key it stands for (ids compared as such)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from veille.contract.models import Document
from veille.ingest.article import Article
from veille.store import Store

# internal integer keys (insertion order) -> what they stand for
_ARTICLE = "(SELECT text_sha256 FROM articles WHERE id = {col})"
_EVENT = "(SELECT uid FROM events WHERE id = {col})"
_SKIP = {"id", "analysed_at"}


def save_in_order(path: Path, corpus: Sequence[tuple[Document, Article | None]], seed: int | None) -> None:
    items = list(corpus)
    if seed is not None:
        random.Random(seed).shuffle(items)
    with Store.open(path) as store:
        for doc, article in items:
            store.save(doc, article)


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, with article and event row numbers replaced by sha256 and uid."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'search_index_%' ORDER BY name")]
        tables = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in names}
        return _dump_tables(conn, tables)
    finally:
        conn.close()


def _dump_tables(conn, tables: dict[str, list[str]]) -> dict[str, list[tuple]]:  # noqa: ANN001 - either backend
    """The rows of ``tables`` (name -> columns), sorted, internal row numbers replaced by public keys."""
    out: dict[str, list[tuple]] = {}
    for table, cols in tables.items():
        if table == "search_index":
            rows = conn.execute(
                "SELECT kind, body, (SELECT text_sha256 FROM articles WHERE id = article_id)"
                " FROM search_index").fetchall()
            out[table] = sorted(rows, key=repr)
            continue
        exprs = []
        for col in cols:
            if col in _SKIP and table in ("articles", "events", "quotes", "actor_roles"):
                continue
            if col == "article_id":
                exprs.append(_ARTICLE.format(col=f'"{col}"'))
            elif col == "event_id":
                exprs.append(_EVENT.format(col=f'"{col}"'))
            else:
                exprs.append(f'"{col}"')
        rows = conn.execute(f"SELECT {', '.join(exprs)} FROM {table}").fetchall()  # noqa: S608
        out[table] = sorted(rows, key=repr)
    return out


def _pg_tables(conn) -> dict[str, list[str]]:
    """PostgreSQL: each veille table and its columns, without the ones only PostgreSQL has (the search
    configuration and vector, event_actors' insertion order, the schema version table)."""
    out: dict[str, list[str]] = {}
    for table, column in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
            " AND table_name <> 'veille_schema' ORDER BY table_name, ordinal_position"):
        if (table, column) in {("search_index", "config"), ("search_index", "tsv"), ("event_actors", "rowid")}:
            continue
        out.setdefault(table, []).append(column)
    return out


def dump_store(location: str | Path) -> dict[str, list[tuple]]:
    """``dump`` of a store on either backend (a SQLite file or a PostgreSQL URL)."""
    if not str(location).startswith("postgres"):
        return dump(Path(location))
    with Store.open(location) as store:
        return _dump_tables(store.conn, _pg_tables(store.conn))


def assert_order_free(tmp_path: Path, corpus: Sequence[tuple[Document, Article | None]],
                      shuffles: int = 5) -> dict[str, list[tuple]]:
    save_in_order(tmp_path / "given.db", corpus, None)
    reference = dump(tmp_path / "given.db")
    for seed in range(shuffles):
        path = tmp_path / f"shuffled-{seed}.db"
        save_in_order(path, corpus, seed)
        other = dump(path)
        for table in reference:
            assert other[table] == reference[table], f"table {table} differs after shuffle {seed}"
    return reference
