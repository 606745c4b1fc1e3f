"""Fuzz: 1,000 random inputs (byte strings, JSON values, Unicode texts) between good articles, through
ingest, analysis and a real SQLite store, with a seeded random generator (reproducible). No exception may
escape an input's boundary and every good article must be stored (issue 13, "done when").

Most cases go through the library's batch path with one loaded Analyzer (the path `veille analyze` runs);
a sample goes through the real CLI in a subprocess."""

from __future__ import annotations

import codecs
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from veille.analyze.batch import BatchCounts, analyze_batch
from veille.analyze.pipeline import Analyzer
from veille.errors import InputError
from veille.ingest import Article, read_inputs
from veille.store import Store

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
SEED = 13
CASES = 1000
SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".html", ".rss")
WORDS = ("le", "la", "Japon", "OTAN", "Bruxelles", "a", "signé", "accord", "jeudi", "the", "Japan",
         "NATO", "signed", "agreement", "on", "Thursday", "Macron", "Biden", "said", "a déclaré", "«", "»",
         '"', "le 31 décembre 9999", "in the year 10000", "l'an 1", "0000-00-00", "31/12/9999",
         "2024-W99", "demain", "yesterday", "week 53 of 9999", "le 29 février 2023", "Q5 2024", ",", ".",
         "?", "!", "\n", "\r\n", "\n\n", "\u2028", "\u0085", "\u00a0", "\u200b", "&amp;", "<p>", "</b>")
RANGES = ((0x20, 0x7E), (0xA0, 0x17F), (0x300, 0x36F), (0x590, 0x6FF), (0x4E00, 0x4E80),
          (0x1F600, 0x1F64F), (0x0, 0x1F), (0x2000, 0x206F), (0xFFF0, 0xFFFF), (0xD800, 0xDFFF))
GOOD = ("Le Japon et l'OTAN ont signé jeudi à Bruxelles un accord de coopération maritime ({}).",
        "Japan and NATO signed a maritime cooperation agreement in Brussels on Thursday ({}).")


def _unicode(r: random.Random) -> str:
    parts = []
    for _ in range(r.randint(0, 40)):
        if r.random() < 0.6:
            parts.append(r.choice(WORDS) + " ")
        else:
            lo, hi = r.choice(RANGES)
            parts.append("".join(chr(r.randint(lo, hi)) for _ in range(r.randint(1, 8))))
    return "".join(parts)


def _json_value(r: random.Random, depth: int = 0):
    kind = r.randint(0, 9 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return r.choice([True, False, 0, -1, 2**70, 1e308, 3.5])
    if kind in (2, 3, 4, 5):
        return _unicode(r)
    if kind in (6, 7):
        return [_json_value(r, depth + 1) for _ in range(r.randint(0, 4))]
    record = {"text": r.choice([_unicode(r), _json_value(r, depth + 1), GOOD[0].format(r.random())]),
              "published": r.choice([None, "2024-10-17", "0001-01-01", "9999-12-31", "2024-02-30", 12, [],
                                     "1899-12-31", "2024-10-17T25:99", _unicode(r)]),
              "id": r.choice([None, 7, "x", [1], 2.5, True, _unicode(r)]),
              "language": r.choice([None, "fr", "en", "de", "", 5, "FRA", "en-US", _unicode(r)]),
              "title": r.choice([None, _unicode(r), 3])}
    return {k: v for k, v in record.items() if r.random() < 0.9}


def _case(r: random.Random) -> tuple[str, bytes]:
    kind = r.randint(0, 2)
    if kind == 0:
        data = bytes(r.randint(0, 255) for _ in range(r.randint(0, 300)))
        if r.random() < 0.3:
            data = r.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE]) + data
        return r.choice(SUFFIXES), data
    if kind == 1:
        value = _json_value(r)
        if r.random() < 0.5:
            return ".jsonl", "\n".join(json.dumps(_json_value(r), ensure_ascii=r.random() < 0.5)
                                       for _ in range(r.randint(1, 4))).encode("utf-8", "surrogatepass")
        return ".json", json.dumps(value, ensure_ascii=r.random() < 0.5).encode("utf-8", "surrogatepass")
    text = _unicode(r)
    codec = r.choice(["utf-8", "utf-8", "utf-16", "utf-32", "cp1252"])
    return r.choice(SUFFIXES), text.encode(codec, "replace" if codec == "cp1252" else "surrogatepass")


def _write_corpus(folder: Path, cases: int) -> set[str]:
    """Random cases with a good article after every ninth one; returns the good articles' ids."""
    r = random.Random(SEED)
    folder.mkdir()
    goods = set()
    for n in range(cases):
        suffix, data = _case(r)
        (folder / f"{n:04d}-case{suffix}").write_bytes(data)
        if n % 9 == 0:
            name = f"{n:04d}-good.txt"
            (folder / name).write_text(GOOD[n % 2].format(n), encoding="utf-8")
            goods.add(name)
    return goods


def _stored(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT doc_id, status FROM articles"))


def test_thousand_random_inputs_through_the_library_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    goods = _write_corpus(tmp_path / "in", CASES)
    articles, counts = [], BatchCounts()
    for item in read_inputs(["in"]):
        if isinstance(item, InputError):
            assert item.origin.startswith("in/"), item
            counts.unreadable += 1
        else:
            assert isinstance(item, Article)
            articles.append(item)
    db = tmp_path / "v.db"
    with Store.open(db) as store:
        for outcome in analyze_batch(articles, Analyzer(), store):
            counts.count(outcome)
            if outcome.error is not None:
                assert outcome.error.origin == outcome.article.origin
    stored = _stored(db)
    for name in goods:
        assert stored.get(f"file:in/{name}") == "ok", name
    assert counts.unreadable + len(articles) >= CASES  # every case read or refused by name
    assert counts.analysed + counts.failed >= len(articles)


def test_a_sample_through_the_real_cli(tmp_path):
    goods = _write_corpus(tmp_path / "in", 30)
    db = tmp_path / "v.db"
    run = subprocess.run([sys.executable, "-m", "veille", "analyze", "in", "--db", str(db), "--format", "jsonl"],
                         capture_output=True, cwd=tmp_path, timeout=600)
    err = run.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert run.returncode in (0, 1), err
    stored = _stored(db)
    assert all(stored.get(f"file:in/{name}") == "ok" for name in goods), err
