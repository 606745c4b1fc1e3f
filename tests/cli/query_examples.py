"""The database analysed from examples/, built once per test session and copied for each user (the
query tests read it through the real CLI)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def _built(folder: str) -> Path:
    db = Path(folder) / "examples.db"
    run = subprocess.run([sys.executable, "-m", "veille", "analyze", str(ROOT / "examples"), "--db", str(db),
                          "--format", "jsonl"], capture_output=True, cwd=ROOT, timeout=900)
    assert run.returncode == 0, run.stderr.decode()
    return db


def examples_db(session_dir: Path, dest: Path) -> str:
    """A private copy of the examples database at ``dest`` (tests may change it)."""
    shutil.copy(_built(str(session_dir)), dest)
    return str(dest)
