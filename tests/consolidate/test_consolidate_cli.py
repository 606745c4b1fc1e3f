"""Consolidation through the real CLI (a subprocess of `veille`) and a real SQLite file: the seed told
in two languages, an edited article analysed again, the same text under a new id."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

ARTICLE = (
    "Berlin and Paris seal defence pact\n"
    "France and Germany signed a defence agreement in Berlin on Friday, May 3, 2024. "
    "On the same day, the French government accused Russia of a wave of cyberattacks against its hospitals. "
    "The European Union imposed new sanctions on Iran on Friday over its drone deliveries to Russia. "
    "Thousands of farmers protested in Brussels on Friday against the price of fuel. "
    "Poland pledged on Friday to send more air defence systems to Ukraine."
)
EDITED = ARTICLE.replace("a wave of cyberattacks", "a new wave of cyberattacks").replace(
    "against the price of fuel", "against the price of fuel and fertiliser")


def veille(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "veille", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _analyse(db: Path, path: Path, *extra: str) -> None:
    run = veille("analyze", str(path), "--db", str(db), "--format", "jsonl", *extra)
    assert run.returncode == 0, run.stderr


def test_the_seed_told_twice_is_one_story_and_its_events_one_each(tmp_path, shared_dir):
    [french] = sorted((shared_dir / "corpus" / "seed").glob("*.fr.txt"))
    english = FIXTURES / "nato-indo-pacific-2024-10-17.en.txt"
    db = tmp_path / "v.db"
    run = veille("analyze", str(french), str(english), "--db", str(db), "--published", "2024-10-17",
                 "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    stories = json.loads(veille("stories", "--db", str(db), "--format", "json").stdout)
    assert len(stories) == 1 and stories[0]["articles"] == 2 and stories[0]["languages"] == ["en", "fr"]
    detail = json.loads(veille("stories", "--db", str(db), "--id", stories[0]["id"], "--format", "json").stdout)
    assert len(detail["articles"]) == 2
    with sqlite3.connect(db) as conn:
        def clusters(where: str) -> list[tuple[str, str]]:
            return conn.execute(
                "SELECT DISTINCT e.cluster_id, a.language FROM events e JOIN articles a ON a.id = e.article_id"
                " WHERE " + where).fetchall()

        vehicles = clusters("e.event = 'AID' AND e.evidence LIKE '%101%'")
        assert {lang for _c, lang in vehicles} == {"en", "fr"}
        assert len({c for c, _lang in vehicles}) == 1, vehicles
        g7 = clusters("e.evidence LIKE '%Group of Seven%' OR e.evidence LIKE '%Groupe des Sept%'")
        assert {lang for _c, lang in g7} == {"en", "fr"}
        assert len({c for c, _lang in g7}) == 1, g7
    shared = {e["cluster_id"] for e in detail["shared"]}
    assert {c for c, _lang in vehicles} <= shared


def test_re_analysing_an_edited_article_replaces_its_reports_without_merging_them(tmp_path):
    db = tmp_path / "v.db"
    _analyse(db, _jsonl(tmp_path / "a.jsonl", {"id": "art-1", "text": ARTICLE, "published": "2024-05-03"}))
    _analyse(db, _jsonl(tmp_path / "b.jsonl", {"id": "art-1", "text": EDITED, "published": "2024-05-03"}))
    articles = json.loads(veille("articles", "--db", str(db), "--format", "json").stdout)
    assert [a["id"] for a in articles] == ["art-1"]
    with sqlite3.connect(db) as conn:
        texts = conn.execute("SELECT text FROM articles").fetchall()
        events, clusters = conn.execute("SELECT COUNT(*), COUNT(DISTINCT cluster_id) FROM events").fetchone()
    assert texts == [(EDITED,)]
    assert events >= 3, "the test article should give several distinct events"
    assert clusters == events  # the reports of one article are never merged into one event


def test_the_same_text_under_a_new_id_is_recorded_and_both_ids_find_it(tmp_path):
    db = tmp_path / "v.db"
    _analyse(db, _jsonl(tmp_path / "a.jsonl", {"id": "old-id", "text": ARTICLE, "published": "2024-05-03"}))
    _analyse(db, _jsonl(tmp_path / "b.jsonl", {"id": "new-id", "text": ARTICLE, "published": "2024-05-03"}))
    articles = json.loads(veille("articles", "--db", str(db), "--format", "json").stdout)
    assert [a["id"] for a in articles] == ["old-id"]  # not silently swapped
    found = []
    for doc_id in ("old-id", "new-id"):
        run = veille("stories", "--db", str(db), "--article", doc_id, "--format", "json")
        assert run.returncode == 0, run.stderr
        found.append(json.loads(run.stdout))
    assert found[0] == found[1]
    [article] = found[0]["articles"]
    assert article["id"] == "old-id" and article["also_known_as"] == ["new-id"]
    missing = veille("stories", "--db", str(db), "--article", "never-stored")
    assert missing.returncode == 1 and "never-stored" in missing.stderr
