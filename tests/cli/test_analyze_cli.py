"""The main job through the real CLI (a subprocess of the installed `veille`) and a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from veille.contract import validate_document

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]


def veille(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "veille", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=600)


def test_seed_article_is_one_valid_object_with_right_offsets(shared_dir):
    [seed] = sorted((shared_dir / "corpus" / "seed").glob("*.txt"))
    run = veille("analyze", str(seed), "--format", "jsonl", "--no-store", "--published", "2024-10-17")
    assert run.returncode == 0, run.stderr.decode()
    lines = run.stdout.decode().splitlines()
    assert len(lines) == 1
    document = json.loads(lines[0])
    text = seed.read_text(encoding="utf-8")
    validate_document(document, text)  # schema and every span's text == text[start:end]
    assert document["language"] == "fr" and document["published"] == "2024-10-17"
    assert document["contract"] == "1"
    for name in ("entities", "actors", "events", "quotes", "times", "places"):
        assert document[name], f"every stage runs: no {name}"


def test_batch_with_bad_inputs_goes_on_stores_and_reports(tmp_path):
    good = tmp_path / "2024-10-17-good.fr.txt"
    good.write_text("L'OTAN et le Japon ont convenu jeudi à Bruxelles de renforcer leur coopération.\n",
                    encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "german.txt").write_text(
        "Die Bundesregierung hat am Donnerstag in Berlin neue Hilfen für die Ukraine beschlossen.",
        encoding="utf-8")
    (tmp_path / "nodate.en.txt").write_text("NATO ministers met in Brussels on Thursday.", encoding="utf-8")
    (tmp_path / "records.jsonl").write_text(
        '{"id": "r1", "text": "Japan sent 101 trucks to Ukraine.", "published": "2024-03-01"}\n{broken\n',
        encoding="utf-8")
    db = tmp_path / "v.db"
    run = veille("analyze", str(tmp_path), "--db", str(db), "--format", "jsonl")
    err = run.stderr.decode()
    assert run.returncode == 1, err
    for name in ("empty.txt", "binary.txt", "german.txt", "records.jsonl:2", "nodate.en.txt"):
        assert name in err, f"{name} not reported in: {err}"
    docs = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert {d["status"] for d in docs} == {"ok", "unsupported_language"}
    assert len(docs) == 4  # good, german (stored as unsupported), nodate, r1
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    # the same texts again: updated, not duplicated
    again = veille("analyze", str(good), "--db", str(db), "--format", "jsonl")
    assert again.returncode == 0, again.stderr.decode()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4


def test_stdin_and_json_format():
    run = veille("analyze", "-", "--format", "json", "--no-store", "--lang", "en",
                 stdin=b"Russia and Ukraine signed a grain deal in Istanbul on Friday.")
    assert run.returncode == 0, run.stderr.decode()
    [document] = json.loads(run.stdout)
    assert document["language"] == "en" and document["published"] is None
    assert "no publication date" in run.stderr.decode()
