"""``veille migrate`` and ``veille copy`` through the real CLI, into the session's PostgreSQL server;
the query commands answer the same on the copy as on the SQLite file."""

from __future__ import annotations

import json
from dataclasses import replace

import docfactory as f
import pytest
from click.testing import CliRunner

from veille.cli import cli
from veille.store import Store
from veille.store.schema import available


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, result.output
    return result.output


def test_migrate_shows_then_applies_the_pending_migrations(pg_url):
    latest = len(available())
    shown = run("migrate", "--db", pg_url, "--dry-run")
    assert f"schema version 0 of {latest}" in shown and "pending: 0001_initial.sql" in shown
    run("events", "--db", pg_url, code=1)  # a dry run created nothing: no veille database there yet
    applied = run("migrate", "--db", pg_url)
    assert "applied: 0002_consolidation.sql" in applied and f"now at schema version {latest}" in applied
    again = run("migrate", "--db", pg_url)
    assert f"schema version {latest} of {latest}" in again and "up to date" in again


def test_migrate_a_sqlite_file_is_the_same_command(tmp_path):
    db = str(tmp_path / "v.db")
    assert "applied: 0001_initial.sql" in run("migrate", "--db", db)
    assert "up to date" in run("migrate", "--db", db, "--dry-run")


def test_an_unreachable_server_is_one_clear_line():
    result = CliRunner().invoke(cli, ["migrate", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 1
    assert "cannot connect to PostgreSQL" in result.output and "Traceback" not in result.output


def test_the_environment_names_the_database(pg_url, monkeypatch, tmp_path):
    f.populate(pg_url)
    monkeypatch.setenv("VEILLE_DB", pg_url)
    monkeypatch.chdir(tmp_path)  # no veille.db here: the rows can only come from PostgreSQL
    assert json.loads(run("summary", "--format", "json"))["articles"] == 3


QUERIES = [
    ("articles",), ("events",), ("events", "--all-mentions"), ("actors",), ("quotes",), ("places",),
    ("facets", "events", "--by", "type"), ("facets", "articles", "--by", "actor"), ("summary",),
    ("events", "--actor", "NATO"), ("events", "--since", "2024-10"), ("actors", "--country", "NLD"),
    ("quotes", "--speaker", "Rutte"), ("events", "--search", "Brussels"), ("articles", "--search", "minister"),
]


def test_copy_gives_a_database_the_query_commands_read_alike(tmp_path, pg_url):
    db = str(tmp_path / "v.db")
    f.populate(db)
    out = run("copy", "--from", db, "--to", pg_url)
    assert "copied 3 articles" in out
    for query in QUERIES:
        sqlite = json.loads(run(*query, "--db", db, "--format", "json"))
        postgres = json.loads(run(*query, "--db", pg_url, "--format", "json"))
        assert postgres == sqlite, query
    # the copy is a working store: a new article gets a new id, found by search
    doc, article = f.report_en("Later edition: " + f.REPORT_EN)
    with Store.open(pg_url) as store:
        store.save(replace(doc, id="en-9"), article)
        assert store.summary().articles == 4
        assert len(store.articles(search="edition")) == 1
    with pytest.raises(AssertionError, match="already holds articles"):
        run("copy", "--from", db, "--to", pg_url)
