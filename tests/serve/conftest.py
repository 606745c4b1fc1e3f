"""One real database per test session: the examples and a few articles written for these tests,
analysed by the real pipeline through the real CLI."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli import cli

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
ARTEFACTS = ROOT / "test-artefacts" / "serve"
SCRIPT_TEXT = "<script>alert(1)</script>"


def _second_outlet(tmp: Path) -> Path:
    """The grain-deal example as a second outlet ran it (same story, one more line, another source)."""
    text = (ROOT / "examples" / "2022-07-22-grain-deal.en.txt").read_text(encoding="utf-8")
    record = {"id": "grain-second-outlet", "title": "Grain deal signed in Istanbul", "published": "2022-07-22",
              "text": text + "\nThe agreements are meant to last 120 days.\n", "source": "Second Wire",
              "language": "en"}
    path = tmp / "second.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("serve")
    db = tmp / "demo.db"
    result = CliRunner().invoke(cli, ["analyze", str(ROOT / "examples"), str(DATA / "extra.jsonl"),
                                      str(_second_outlet(tmp)), "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def demo_pg(demo_db, pg_server) -> str:
    """The demo database moved into the session's real PostgreSQL server by `veille copy`."""
    url = pg_server.create_database("serve_demo")
    result = CliRunner().invoke(cli, ["copy", "--from", str(demo_db), "--to", url])
    assert result.exit_code == 0, result.output
    return url


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend_db(request, demo_db) -> str:
    """The demo database on each backend: the SQLite file, then its copy in PostgreSQL."""
    return str(demo_db) if request.param == "sqlite" else request.getfixturevalue("demo_pg")


def make_client(db: str):
    from fastapi.testclient import TestClient

    from veille.serve import create_app, load

    return TestClient(create_app(load(db)))


@pytest.fixture(scope="session")
def sqlite_client(demo_db):
    """The app over the demo SQLite database alone (tests that need one backend)."""
    with make_client(str(demo_db)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def client(backend_db):
    """The app over the demo database, on SQLite and on PostgreSQL (every test using it runs on both)."""
    with make_client(backend_db) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serving(db: str) -> tuple[subprocess.Popen, str]:
    """`veille serve --db DB` in a subprocess on a free port, once it answers; (process, base URL)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/v1/summary", timeout=2).close()
            return proc, base
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("veille serve did not start: " + proc.stderr.read().decode()) from None
            time.sleep(0.2)
