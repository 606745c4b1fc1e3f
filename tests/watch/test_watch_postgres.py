"""`veille watch --db postgresql://...`: the real CLI, the real local news site of the watch tests and the
real PostgreSQL server of the test session (tests/pgserver.py). The same passes store into PostgreSQL
what they store into a SQLite file, table by table, and the watch state works there too (a second pass
asks conditionally and stores nothing)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import write_config

from veille.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "consolidate"))
from orderfree import dump_store  # noqa: E402 - the table-by-table dump of both backends

# the watch's own tables hold times of the run and row numbers of their own: compared apart
_WATCH_TABLES = {"sources", "watch_items", "watch_hosts"}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def items(db: str) -> list[tuple]:
    """(url, state, text sha256 of its article) of every watch item."""
    from veille.store import Store

    with Store.open(db) as store:
        return sorted(store.conn.execute(
            "SELECT i.url, i.state, a.text_sha256 FROM watch_items i LEFT JOIN articles a ON a.id = i.article_id"
        ).fetchall())


@pytest.mark.model
def test_watch_into_postgresql_stores_what_sqlite_stores(site, tmp_path, pg_url):
    config = write_config(tmp_path / "watch.toml")
    urls = [*site.feed_urls(), site.url("/dup.rss"), site.url("/sitemap-index.xml")]
    sqlite_db = str(tmp_path / "v.db")
    for db in (sqlite_db, pg_url):
        assert run("sources", "add", *urls, "--db", db).exit_code == 0
        result = run("watch", "--once", "--db", db, "--config", str(config), "--allow-private",
                     "--log-format", "json")
        assert result.exit_code == 0, result.stderr
        lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
        [summary] = [line for line in lines if line["event"] == "pass"]
        assert (summary["analysed"], summary["duplicates"], summary["errors"]) == (6, 3, 0), (db, summary)

    expected, got = dump_store(sqlite_db), dump_store(pg_url)
    assert expected["events"] and expected["articles"], "the site's articles give events: not vacuous"
    assert set(got) == set(expected)
    for table in set(expected) - _WATCH_TABLES:
        assert got[table] == expected[table], table
    assert items(pg_url) == items(sqlite_db)
    states = sorted(state for _url, state, _sha in items(pg_url))
    assert states == ["analysed"] * 6 + ["duplicate"] * 3  # 6 stories, 3 more URLs of them

    # the state kept in PostgreSQL: a forced second pass asks every listing conditionally (304) and
    # stores nothing new
    mark = len(site.log)
    second = run("watch", "--once", "--force", "--db", pg_url, "--config", str(config), "--allow-private",
                 "--log-format", "json")
    assert second.exit_code == 0, second.stderr
    assert all(e.conditional and e.status == 304 for e in site.log[mark:]), [
        (e.path, e.conditional, e.status) for e in site.log[mark:]]
    assert '"analysed": 0' in second.stderr
    assert dump_store(pg_url)["articles"] == expected["articles"]

    listing = json.loads(run("sources", "list", "--format", "json", "--db", pg_url).output)
    counts = {s["url"].rsplit("/", 1)[1]: (s["articles"], s["duplicates"]) for s in listing}
    assert counts["0.rss"] == (3, 0) and counts["1.atom"] == (3, 0) and counts["dup.rss"] == (0, 3)
