"""One real database per test session: the examples and a few articles written for these tests,
analysed by the real pipeline through the real CLI."""

from __future__ import annotations

import json
import socket
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
def client(demo_db):
    from fastapi.testclient import TestClient

    from veille.serve import create_app, load

    with TestClient(create_app(load(str(demo_db)))) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
