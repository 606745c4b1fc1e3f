"""`veille sources`, `veille watch` and `veille analyze URL` through the real CLI, a real SQLite file and a
real HTTP server on 127.0.0.1 (subprocesses where a process must be killed)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import write_config
from newsite import NewsSite

from veille.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "veille", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def snapshot(db: Path) -> dict:
    """What must be identical between an interrupted-and-resumed run and an uninterrupted one."""
    return {
        "articles": sorted(rows(db, "SELECT text_sha256, doc_id, url, title, language, published FROM articles")),
        "events": sorted(rows(db, "SELECT a.text_sha256, e.doc_event_id, e.event FROM events e"
                                  " JOIN articles a ON a.id = e.article_id")),
        "items": sorted(rows(db, "SELECT i.url, i.state, a.text_sha256 FROM watch_items i"
                                 " LEFT JOIN articles a ON a.id = i.article_id")),
    }


def test_sources_commands(tmp_path):
    db = str(tmp_path / "v.db")
    added = run("sources", "add", "https://example.org/rss.xml", "https://example.org/sitemap.xml",
                "--kind", "auto", "--lang", "fr", "--every", "30m", "--db", db)
    assert added.exit_code == 0, added.output
    assert "added source 1" in added.output and "added source 2" in added.output
    again = run("sources", "add", "https://example.org/rss.xml", "ftp://example.org/x", "--db", db)
    assert again.exit_code == 1
    assert "https://example.org/rss.xml: already a source (id 1)" in again.stderr
    assert "ftp://example.org/x: only http and https" in again.stderr
    assert run("sources", "disable", "2", "--db", db).exit_code == 0
    listed = json.loads(run("sources", "list", "--format", "json", "--db", db).output)
    assert [(s["url"], s["language"], s["interval_s"], s["enabled"]) for s in listed] == [
        ("https://example.org/rss.xml", "fr", 1800, True), ("https://example.org/sitemap.xml", "fr", 1800, False)]
    assert run("sources", "enable", "https://example.org/sitemap.xml", "--db", db).exit_code == 0
    removed = run("sources", "remove", "1", "99", "--db", db)
    assert removed.exit_code == 1 and "removed source 1" in removed.output and "99: no such source" in removed.stderr
    table = run("sources", "list", "--db", db)
    assert "sitemap.xml" in table.output and "rss.xml" not in table.output


@pytest.mark.model
def test_passes_store_each_story_once_then_ask_conditionally_then_see_updates(site, tmp_path):
    db = tmp_path / "v.db"
    config = write_config(tmp_path / "watch.toml")
    assert run("sources", "add", *site.feed_urls(), site.url("/dup.rss"), site.url("/sitemap-index.xml"),
               "--db", str(db)).exit_code == 0
    watch = ("watch", "--once", "--db", str(db), "--config", str(config), "--allow-private", "--log-format", "json")

    first = run(*watch)
    assert first.exit_code == 0, first.stderr
    lines = [json.loads(line) for line in first.stderr.splitlines() if line.startswith("{")]
    [summary] = [line for line in lines if line["event"] == "pass"]
    assert summary["analysed"] == 6 and summary["duplicates"] == 3 and summary["errors"] == 0
    assert len([line for line in lines if line["event"] == "source"]) == 5  # 4 added + 1 from the index
    assert rows(db, "SELECT COUNT(*), COUNT(DISTINCT text_sha256), COUNT(DISTINCT url) FROM articles") == [(6, 6, 6)]
    assert sorted(r[0] for r in rows(db, "SELECT language FROM articles")) == ["en"] * 3 + ["fr"] * 3
    dups = rows(db, "SELECT url, error FROM watch_items WHERE state='duplicate' ORDER BY url")
    assert [u.split("/")[3] for u, _ in dups] == ["amp", "articles", "mirror"]  # utm link, amp, mirror copy
    assert {why.rsplit("(", 1)[1] for _, why in dups} == {"canonical URL)", "same text)"}
    assert rows(db, "SELECT COUNT(*) FROM watch_items WHERE author LIKE 'Agence Test%'") == [(6,)]
    before = snapshot(db)
    pages = sum(1 for e in site.log if e.path.startswith(("/articles/", "/amp/", "/mirror/")))
    assert pages == 9  # every item fetched once

    mark = len(site.log)
    second = run(*watch, "--force")
    assert second.exit_code == 0, second.stderr
    assert all(e.conditional and e.status == 304 for e in site.log[mark:]), [
        (e.path, e.conditional, e.status) for e in site.log[mark:]]
    assert len(site.log) - mark == 5  # the 5 listings; robots.txt comes from the database
    assert '"analysed": 0' in second.stderr and snapshot(db) == before

    site.reversed = {0}  # feed 0 lists its items in another order
    site.update("en-1-2")  # an item updated after publication
    mark = len(site.log)
    third = run(*watch, "--force")
    assert third.exit_code == 0, third.stderr
    fetched = [e.path for e in site.log[mark:] if e.path.startswith("/articles/")]
    assert fetched == ["/articles/en-1-2"]
    # the updated text replaces the first version: same document id (its canonical URL), an edited text
    assert rows(db, "SELECT COUNT(*) FROM articles") == [(6,)]
    assert rows(db, "SELECT COUNT(*) FROM articles WHERE text LIKE '%Update 2:%'") == [(1,)]
    [(text,)] = rows(db, "SELECT a.text FROM watch_items i JOIN articles a ON a.id = i.article_id"
                         " WHERE i.url LIKE '%/articles/en-1-2'")
    assert "Update 2:" in text

    listing = json.loads(run("sources", "list", "--format", "json", "--db", str(db)).output)
    counts = {s["url"].rsplit("/", 1)[1]: (s["articles"], s["duplicates"]) for s in listing}
    assert counts["0.rss"] == (3, 0) and counts["1.atom"] == (3, 0) and counts["dup.rss"] == (0, 3)
    assert all(s["last_success"] and not s["last_error"] for s in listing)


@pytest.mark.model
def test_misbehaving_endpoints_give_one_clear_error_each_and_the_pass_goes_on(site, tmp_path):
    other = NewsSite().start()  # its host answers 429 Retry-After: 3600
    try:
        db = tmp_path / "v.db"
        # only 127.0.0.1 allowed: the redirects to 169.254.169.254 and 127.0.0.2 must be refused
        config = write_config(tmp_path / "watch.toml", allow_networks=["127.0.0.1/32"])
        bad = ["/bad/500", "/bad/slow", "/bad/huge", "/bad/loop", "/bad/to-private", "/bad/to-loopback",
               "/bad/malformed.rss", "/bad/entities.rss", "/bad/binary", "/private/feed.rss"]
        urls = [site.url(p) for p in bad] + [other.url("/bad/429"), site.url("/bad/429-once"),
                                             site.url("/feeds/0.rss")]
        assert run("sources", "add", *urls, "--db", str(db)).exit_code == 0
        result = run("watch", "--once", "--db", str(db), "--config", str(config))
        assert result.exit_code == 1
        errors = [line for line in result.stderr.splitlines() if line.startswith("veille: error:")]
        for url in urls[:-2]:
            assert sum(1 for line in errors if f"error: {url}:" in line) == 1, (url, errors)
        assert len(errors) == len(urls) - 2
        text = "\n".join(errors)
        for expected in ("HTTP 500", "timed out", "byte cap", "redirect loop", "169.254.169.254", "link-local",
                         "127.0.0.2 is a loopback address", "malformed XML", "XML refused",
                         "'application/pdf' refused", "disallowed by robots.txt", "HTTP 429"):
            assert expected in text, expected
        # the good feed (and the one behind a short 429) went through
        assert rows(db, "SELECT COUNT(*) FROM articles") == [(3,)]
        [(due, error)] = rows(db, f"SELECT next_due, last_error FROM sources WHERE url='{other.url('/bad/429')}'")
        assert "Retry-After 3600s" in error and due > rows(db, "SELECT strftime('%Y-%m-%dT%H:%M:%SZ',"
                                                                " 'now', '+59 minutes')")[0][0]
        listing = json.loads(run("sources", "list", "--format", "json", "--db", str(db)).output)
        assert sum(1 for s in listing if s["last_error"]) == len(urls) - 2
    finally:
        other.stop()


@pytest.mark.model
def test_kill_9_mid_pass_then_rerun_gives_the_uninterrupted_database(tmp_path):
    site = NewsSite(feeds=1, items=8, delay=0.2).start()  # French only: one model to load per process
    try:
        config = write_config(tmp_path / "watch.toml", batch_size=1)
        db_a, db_b = tmp_path / "a.db", tmp_path / "b.db"
        for db in (db_a, db_b):
            assert run("sources", "add", *site.feed_urls(), "--db", str(db)).exit_code == 0
        watch = ["watch", "--once", "--config", str(config), "--allow-private"]
        whole = spawn(*watch, "--db", str(db_a))
        assert whole.wait(timeout=600) == 0, whole.stderr.read()

        killed = spawn(*watch, "--db", str(db_b))
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and killed.poll() is None:
            if db_b.exists() and rows(db_b, "SELECT COUNT(*) FROM articles")[0][0] >= 2:
                break
            time.sleep(0.05)
        assert killed.poll() is None, "the pass ended before it could be killed"
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        done_before = {url for (url,) in rows(db_b, "SELECT i.url FROM watch_items i WHERE i.state IN"
                                                    " ('analysed','duplicate') OR (i.state='fetched' AND"
                                                    " i.text_sha256 IN (SELECT text_sha256 FROM articles))")}
        assert done_before and len(done_before) < 8
        mark = len(site.log)
        rerun = spawn(*watch, "--db", str(db_b))
        assert rerun.wait(timeout=600) == 0, rerun.stderr.read()
        refetched = {site.url(e.path) for e in site.log[mark:]}
        assert not refetched & done_before, "an item analysed before the kill was fetched again"
        assert snapshot(db_b) == snapshot(db_a)
        assert rows(db_b, "SELECT COUNT(*) FROM articles") == [(8,)]
    finally:
        site.stop()


@pytest.mark.model
def test_sigterm_finishes_the_current_article_saves_and_exits_with_counts(tmp_path):
    site = NewsSite(feeds=1, items=6, delay=0.2).start()
    try:
        db = tmp_path / "v.db"
        config = write_config(tmp_path / "watch.toml", batch_size=1)
        assert run("sources", "add", *site.feed_urls(), "--db", str(db)).exit_code == 0
        watcher = spawn("watch", "--every", "1h", "--config", str(config), "--allow-private", "--db", str(db))
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and watcher.poll() is None:
            if db.exists() and rows(db, "SELECT COUNT(*) FROM articles")[0][0] >= 1:
                break
            time.sleep(0.05)
        watcher.send_signal(signal.SIGTERM)
        _out, err = watcher.communicate(timeout=120)
        assert watcher.returncode == 0, err
        assert "SIGTERM" in err and "stopped=True" in err
        stored = rows(db, "SELECT COUNT(*) FROM articles")[0][0]
        assert 1 <= stored < 6
        assert rows(db, "SELECT COUNT(*) FROM watch_items WHERE state='analysed'") == [(stored,)]
        rerun = spawn("watch", "--once", "--config", str(config), "--allow-private", "--db", str(db))
        assert rerun.wait(timeout=600) == 0, rerun.stderr.read()
        assert rows(db, "SELECT COUNT(*), COUNT(DISTINCT text_sha256) FROM articles") == [(6, 6)]
    finally:
        site.stop()


def test_analyze_url_refuses_loopback_without_allow_private(site):
    refused = subprocess.run([sys.executable, "-m", "veille", "analyze", site.url("/articles/fr-0-0"),
                              "--no-store", "--format", "jsonl"], cwd=ROOT, capture_output=True, text=True,
                             timeout=300)
    assert refused.returncode == 1
    assert f"{site.url('/articles/fr-0-0')}: refused: 127.0.0.1 is a loopback address" in refused.stderr
    assert not site.log


@pytest.mark.model
def test_analyze_url_fetches_and_analyses_a_page(site, tmp_path):
    db = tmp_path / "v.db"
    done = subprocess.run([sys.executable, "-m", "veille", "analyze", site.url("/articles/en-1-0"),
                           site.url("/feeds/0.rss"), "--allow-private", "--db", str(db), "--format", "jsonl"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1  # the feed is not a page: one error, the page is analysed
    assert f"{site.url('/feeds/0.rss')}: a feed, not an article page" in done.stderr
    [document] = [json.loads(line) for line in done.stdout.splitlines()]
    assert document["url"] == site.url("/articles/en-1-0") and document["language"] == "en"
    assert document["events"], "the page's text was analysed"
    assert rows(db, "SELECT url FROM articles") == [(site.url("/articles/en-1-0"),)]
