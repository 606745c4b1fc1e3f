"""Saving into a real SQLite file or PostgreSQL database: WAL, migrations, one transaction per article,
updates."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import docfactory as f
import pytest

from veille.store import Store, StoreNotFound
from veille.store.schema import available, current_version, migrate


def _count(path: Path | str, table: str) -> int:
    """Rows of ``table``, read through a connection of its own (what another process sees)."""
    with Store.open(path) as store:
        return store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608


def test_new_store_is_in_wal_mode_with_the_latest_schema(tmp_path):
    path = tmp_path / "v.db"
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert current_version(store.conn) == len(available()) >= 1
    with sqlite3.connect(path) as conn:  # WAL is a property of the file, not only of our connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_are_idempotent(tmp_path):
    path = tmp_path / "v.db"
    f.populate(path)
    with sqlite3.connect(path) as conn:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    with Store.open(path) as store:  # opening again applies nothing
        assert migrate(store.conn) == len(available())
        assert migrate(store.conn) == len(available())
        assert store.summary().articles == 3
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema


def test_migration_files_are_numbered_without_gaps():
    versions = [m.version for m in available()]
    assert versions == list(range(1, len(versions) + 1))


def test_open_without_create_refuses_a_missing_file(tmp_path):
    with pytest.raises(StoreNotFound):
        Store.open(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_the_full_document_json_is_kept(store_location):
    doc, article = f.report_en()
    with Store.open(store_location) as store:
        store.save(doc, article)
        assert store.document("en-1") == doc.to_dict()
        assert store.document(doc.text_sha256) == doc.to_dict()
        assert store.article_text("en-1") == article.text


def test_saving_the_same_text_again_replaces_never_duplicates(store_location):
    path = store_location
    with Store.open(path) as store:
        doc, article = f.report_en()
        first = store.save(doc, article)
        assert not first.replaced
        counts = {t: _count(path, t) for t in ("articles", "events", "event_actors", "quotes",
                                                "actor_roles", "actor_aliases", "search_index")}
        doc2, article2 = f.report_en()
        doc2.events = doc2.events[:1]  # a new analysis of the same text finds one event fewer
        doc2.events[0].event = "SUPPORT"
        second = store.save(doc2, article2)
        assert second.replaced
        assert _count(path, "articles") == counts["articles"] == 1
        assert _count(path, "events") == 1 and [e.event for e in store.events()] == ["SUPPORT"]
        assert _count(path, "quotes") == counts["quotes"]
        assert _count(path, "actor_roles") == counts["actor_roles"]
        assert _count(path, "actor_aliases") == counts["actor_aliases"]
        assert _count(path, "search_index") == counts["search_index"] - 1
        # the full-text index follows: the dropped event's evidence is no longer found
        assert store.events(search="agreed") == []


def test_an_exception_mid_batch_keeps_the_articles_saved_before(store_location):
    path = store_location
    broken, broken_article = f.report_fr()
    broken.events[1].evidence = None  # the writer fails after the article row and some events

    def batch():
        yield f.report_2023()
        yield f.report_en()
        yield broken, broken_article
        yield f.report_en("A different text about something else entirely, long enough to sketch it.")

    with Store.open(path) as store:
        with pytest.raises(AttributeError):
            store.save_all(batch())
        assert sorted(a.id for a in store.articles()) == ["en-1", "en-2023"]
        assert _count(path, "events") == 3  # nothing of the broken article's first event is left
        store.save(*f.report_fr())  # the store is still usable
        assert store.summary().articles == 3


def test_a_process_killed_mid_article_loses_only_that_article(tmp_path):
    """A real crash (os._exit inside the transaction), not only an exception."""
    path = tmp_path / "v.db"
    store_tests = Path(__file__).resolve().parent
    src = Path(__file__).resolve().parents[2] / "src"
    script = textwrap.dedent(f"""
        import os, sys
        sys.path[:0] = [{str(src)!r}, {str(store_tests)!r}]
        import docfactory as f
        from veille.store import Store
        from veille.store._writer import ArticleWriter
        store = Store.open({str(path)!r})
        store.save(*f.report_2023())
        store.save(*f.report_en())
        real = ArticleWriter._quotes
        def crash(self, *args):
            real(self, *args)
            os._exit(3)
        ArticleWriter._quotes = crash
        store.save(*f.report_fr())
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    with Store.open(path) as store:
        assert sorted(a.id for a in store.articles()) == ["en-1", "en-2023"]
        assert len(store.events()) == 3


def test_article_without_article_object_is_stored_from_the_document(store_location):
    doc, _article = f.report_2023()
    with Store.open(store_location) as store:
        result = store.save(doc)
        assert result.article_id == "en-2023"
        row = store.articles()[0]
        assert (row.published, row.title, row.events) == ("2023-07-08", "Dutch government collapses", 1)
        assert store.article_text("en-2023") is None


def test_a_new_migration_is_applied_once_to_an_existing_store(tmp_path, monkeypatch):
    import veille.store.schema as schema

    path = tmp_path / "v.db"
    f.populate(path)
    shipped = schema.available()
    extra = schema.Migration(len(shipped) + 1, f"{len(shipped) + 1:04d}_test.sql",
                                 "-- a later schema change\nALTER TABLE articles ADD COLUMN extra TEXT;\n"
                                 "CREATE INDEX articles_extra ON articles(extra);")
    monkeypatch.setattr(schema, "available", lambda *_: [*shipped, extra])
    for _ in range(2):  # the second open must not try to add the column again
        with Store.open(path) as store:
            assert current_version(store.conn) == extra.version
            assert store.summary().articles == 3
            columns = [r[1] for r in store.conn.execute("PRAGMA table_info(articles)")]
            assert columns.count("extra") == 1


def test_a_store_from_a_newer_veille_is_refused(tmp_path):
    from veille.store import SchemaTooNew

    path = tmp_path / "v.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(SchemaTooNew):
        Store.open(path)


def test_a_failing_migration_leaves_the_schema_as_it_was(tmp_path, monkeypatch):
    import veille.store.schema as schema

    path = tmp_path / "v.db"
    f.populate(path)
    shipped = schema.available()
    broken = schema.Migration(len(shipped) + 1, "9999_broken.sql",
                                  "ALTER TABLE articles ADD COLUMN extra TEXT;\nTHIS IS NOT SQL;")
    monkeypatch.setattr(schema, "available", lambda *_: [*shipped, broken])
    with pytest.raises(sqlite3.Error):
        Store.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(shipped)
        assert "extra" not in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]


def test_an_edited_text_under_a_stored_id_replaces_that_article(store_location):
    with Store.open(store_location) as store:
        store.save(*f.report_en())
        edited = f.REPORT_EN.replace("told reporters", "told journalists")
        doc, article = f.report_en(edited)  # the same id "en-1" and URL
        assert store.save(doc, article).replaced
        assert [a.id for a in store.articles()] == ["en-1"]
        assert store.article_text("en-1") == edited
        # another outlet's article that happens to use the same id is another article
        other, other_article = f.report_en(edited + " More.")
        other.url = other_article.url = "https://elsewhere.example/en-1"
        assert not store.save(other, other_article).replaced
        assert len(store.articles()) == 2


def test_the_same_text_under_a_new_id_keeps_the_first_and_both_find_it(store_location):
    with Store.open(store_location) as store:
        store.save(*f.report_en())
        doc, article = f.report_en()
        doc.id = article.id = "en-1-renamed"
        assert store.save(doc, article).replaced
        assert [a.id for a in store.articles()] == ["en-1"]
        assert store.article("en-1-renamed").id == store.article("en-1").id == "en-1"
        assert store.article_text("en-1-renamed") == f.REPORT_EN


def test_every_migration_has_its_postgresql_version():
    """The same numbers and names in migrations/ and migrations/postgresql/: a schema change written
    for SQLite only would leave PostgreSQL databases behind at the same version number."""
    from veille.store._dialect import POSTGRESQL

    assert [m.name for m in available(POSTGRESQL)] == [m.name for m in available()]
