"""``veille export`` never destroys a file: not the database, not an existing file without --force, not a
half-written one; CSV cells a spreadsheet would run as formulas are guarded (issue 13, points 1 and 7)."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli import cli
from veille.errors import OutputError
from veille.export import write_atomic

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
import docfactory as f  # noqa: E402


@pytest.fixture()
def db(tmp_path) -> Path:
    path = tmp_path / "veille.db"
    f.populate(path)
    return path


def veille(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["csv", "parquet", "plover-jsonl"])
def test_export_onto_the_database_is_refused_even_with_force(db, fmt):
    before = _digest(db)
    for extra in ([], ["--force"]):
        run = veille("export", "--db", db, "--format", fmt, "--output", db, *extra)
        assert run.exit_code == 1
        assert "is the database" in run.output
        assert _digest(db) == before
    # the same file under another name: a hard link and a symbolic link (inode and resolved path)
    hard, soft = db.parent / "hard.db", db.parent / "soft.db"
    os.link(db, hard)
    soft.symlink_to(db)
    for alias in (hard, soft):
        run = veille("export", "--db", db, "--format", fmt, "--output", alias, "--force")
        assert run.exit_code == 1 and "is the database" in run.output
    assert _digest(db) == before
    assert veille("summary", "--db", db).exit_code == 0


def test_existing_file_is_kept_unless_force(db, tmp_path):
    out = tmp_path / "events.csv"
    out.write_text("precious\n", encoding="utf-8")
    run = veille("export", "--db", db, "--format", "csv", "--output", out)
    assert run.exit_code == 1 and "exists" in run.output and "--force" in run.output
    assert out.read_text(encoding="utf-8") == "precious\n"
    run = veille("export", "--db", db, "--format", "csv", "--output", out, "--force")
    assert run.exit_code == 0, run.output
    assert out.read_text(encoding="utf-8").startswith("id,date,")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_failed_write_leaves_neither_a_partial_file_nor_a_temporary_one(tmp_path):
    target = tmp_path / "out.jsonl"

    def half_then_fail(tmp: str) -> int:
        Path(tmp).write_text('{"id": 1}\n', encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomic(str(target), half_then_fail)
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_fails_cleanly(db, tmp_path):
    run = veille("export", "--db", db, "--format", "parquet", "--output", tmp_path / "no" / "x.parquet")
    assert run.exit_code == 1 and "Traceback" not in run.output
    assert not (tmp_path / "no").exists()


def test_output_error_is_documented():
    assert issubclass(OutputError, Exception) and OutputError.__module__ == "veille.errors"


def test_csv_cells_that_look_like_formulas_are_guarded(tmp_path):
    path = tmp_path / "veille.db"
    text = '=HYPERLINK("http://example.invalid","x")\n' + f.REPORT_EN.split("\n", 1)[1]
    doc, article = f.report_en(text)
    from veille.store import Store

    with Store.open(path) as store:
        store.save(doc, article)
    rows = list(csv.DictReader(io.StringIO(veille("export", "--db", path, "--format", "plover-csv").output)))
    assert rows and {r["title"] for r in rows} == {"'" + text.split("\n", 1)[0]}
    assert all(not r[k].startswith(("=", "+", "-", "@")) for r in rows for k in r)
    assert {r["lat"] for r in rows if r["lat"]} == {"50.85"}  # numbers are left alone
    raw = list(csv.DictReader(io.StringIO(
        veille("export", "--db", path, "--format", "plover-csv", "--csv-raw").output)))
    assert {r["title"] for r in raw} == {text.split("\n", 1)[0]}
