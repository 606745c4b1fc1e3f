"""``veille analyze --jobs 2`` gives the same output and the same database as ``--jobs 1`` (issue 16, first
bullet): the analysis runs in worker processes, one process stores, in input order. The speed figure is
printed by benchmarks/bench_jobs.py."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
TIMESTAMPS = {"analysed_at"}


def _tables(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_index_%'")]
        out = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})") if r[1] not in TIMESTAMPS]
            cols = ", ".join(f'"{c}"' for c in columns)
            out[name] = sorted(map(repr, conn.execute(f"SELECT {cols} FROM {name}")))  # noqa: S608
        return out


def test_two_jobs_give_the_same_output_and_database_as_one(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted((ROOT / "examples").iterdir()):
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / "broken.jsonl").write_text('{"id": "r1", "text": "Japan sent trucks to Ukraine."}\n{oops\n',
                                         encoding="utf-8")
    runs = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        run = subprocess.run([sys.executable, "-m", "veille", "analyze", "in", "--db", str(db), "--format",
                              "jsonl", "--jobs", jobs, "--batch-size", "2"],
                             capture_output=True, cwd=tmp_path, timeout=900)
        err = run.stderr.decode()
        assert run.returncode == 1 and "Traceback" not in err, err  # the broken line: exit 1
        assert "broken.jsonl:2" in err
        runs[jobs] = (run.stdout, _tables(db))
    assert runs["1"][0] == runs["2"][0]  # same documents, same order
    one, two = runs["1"][1], runs["2"][1]
    assert one.keys() == two.keys()
    for table in one:
        assert one[table] == two[table], table
    assert len(one["articles"]) == 7 and one["events"]
