"""`veille analyze --min-confidence`: the events kept depend on the threshold (real CLI, real models)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from veille.analyze.events import load_ontology

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
TEXT = ("Poland urged Germany to pay war reparations. Officials in Warsaw met the delegation on Monday.\n")


def events(tmp_path: Path, *threshold: str) -> list[dict]:
    src = tmp_path / "2024-05-06-note.en.txt"
    src.write_text(TEXT, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "veille", "analyze", str(src), "--no-store", "--format", "jsonl",
                          *threshold], capture_output=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr.decode()
    return json.loads(run.stdout.decode().splitlines()[0])["events"]


def test_min_confidence_filters_events(tmp_path):
    everything = events(tmp_path, "--min-confidence", "0")
    assert any(e["event"] == "REQUEST" for e in everything)
    strict = events(tmp_path, "--min-confidence", "1")
    assert all(e["confidence"] >= 1.0 for e in strict) and len(strict) < len(everything)
    default = events(tmp_path)
    threshold = load_ontology().min_confidence
    assert [e for e in everything if e["confidence"] >= threshold] == default
