"""Typos and odd places through the real CLI: clean one-line errors, never a traceback (issue 13, point 7;
issue 19, point 10)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
import docfactory as f  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def veille(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _clean_error(run, *needles: str) -> None:
    assert run.exit_code != 0
    assert run.exception is None or isinstance(run.exception, SystemExit), repr(run.exception)
    assert "Traceback" not in run.output
    for needle in needles:
        assert needle in run.output, run.output


@pytest.mark.parametrize("size", ["0", "-1"])
def test_batch_size_must_be_at_least_one(tmp_path, size):
    (tmp_path / "a.txt").write_text("Texte.", encoding="utf-8")
    run = veille("analyze", tmp_path / "a.txt", "--db", tmp_path / "v.db", "--batch-size", size)
    _clean_error(run, "--batch-size")
    assert run.exit_code == 2 and not (tmp_path / "v.db").exists()


def test_published_out_of_range_is_refused(tmp_path):
    run = veille("analyze", tmp_path, "--no-store", "--published", "0001-01-01")
    _clean_error(run, "--published", "plausible range")


def test_huge_limit_is_all_rows(tmp_path):
    db = tmp_path / "v.db"
    f.populate(db)
    for command in ("events", "articles", "actors", "quotes"):
        run = veille(command, "--db", db, "--limit", "99999999999999999999", "--format", "json")
        assert run.exit_code == 0, run.output
    assert veille("events", "--db", db, "--limit", "-1").exit_code == 2


def _newer_schema(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 9999")
    return path


@pytest.mark.parametrize("case", ["text", "folder", "newer", "proc-file", "proc-new", "dev-null"])
def test_analyze_and_query_on_what_is_not_a_veille_database(tmp_path, case):
    (tmp_path / "a.txt").write_text("Le Japon a envoyé des camions.", encoding="utf-8")
    db = {
        "text": tmp_path / "notes.txt",
        "folder": tmp_path,
        "newer": tmp_path / "new.db",
        "proc-file": Path("/proc/version"),
        "proc-new": Path("/proc/veille.db"),
        "dev-null": Path("/dev/null"),
    }[case]
    if case == "text":
        db.write_text("shopping list: eggs, milk, bread\n" * 3, encoding="utf-8")
    if case == "newer":
        _newer_schema(db)
    expected = {"text": "not a veille database", "folder": "folder", "newer": "newer than this veille"}
    for args in (["analyze", tmp_path / "a.txt", "--db", db], ["events", "--db", db]):
        run = veille(*args)
        _clean_error(run, str(db), *([expected[case]] if case in expected else []))
        assert run.exit_code == 1
    if case == "text":
        assert db.read_text(encoding="utf-8").startswith("shopping list")


def test_read_only_database_in_a_read_only_folder_can_be_queried():
    folder = Path(tempfile.mkdtemp(prefix="veille-ro-"))
    try:
        db = folder / "veille.db"
        f.populate(db)
        for name in ("veille.db-wal", "veille.db-shm"):
            assert not (folder / name).exists()
        db.chmod(0o444)
        folder.chmod(0o555)
        # as root permissions do not bind: run as nobody, who can neither write the file nor the folder
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
        if prefix and not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        env = {**os.environ, "HOME": str(folder)}
        for command in (["summary"], ["events", "--format", "csv"], ["articles", "--format", "json"]):
            run = subprocess.run([*prefix, sys.executable, "-m", "veille", *command, "--db", str(db)],
                                 capture_output=True, cwd=folder, env=env, timeout=120)
            assert run.returncode == 0, run.stderr.decode()
            assert run.stdout.strip()
        assert sorted(p.name for p in folder.iterdir()) == ["veille.db"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)
