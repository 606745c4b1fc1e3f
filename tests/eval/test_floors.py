"""The accuracy gate: every shared set's figures must stay at or above the floors pinned in
tests/eval_floors.json (and at or below its ceilings). Runs `veille eval all ../shared` (the real command,
in a subprocess with a time limit) once per test session.

Raise the floors after an improvement with
    .venv/bin/veille eval all ../shared --raise-floors tests/eval_floors.json
Lowering a floor is a hand edit with a reason in the file's "_changes" list (see docs/evaluation.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from veille.eval.floors import check
from veille.eval.tasks import SHARED_SETS

pytestmark = [pytest.mark.shared, pytest.mark.model]

ROOT = Path(__file__).resolve().parent.parent.parent
FLOORS = ROOT / "tests" / "eval_floors.json"
TIMEOUT_S = 1800  # a hung extractor fails the gate instead of hanging the suite


@pytest.fixture(scope="session")
def measured(shared_dir) -> dict:
    if not (shared_dir / "eval").is_dir():
        pytest.skip("../shared/eval is absent")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    command = [sys.executable, "-c", "from veille.cli.eval_cmd import eval_command; eval_command()",
               "all", str(shared_dir), "--format", "json"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`veille eval all` took more than {TIMEOUT_S} s (a hung or very slow stage?)")
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.fixture(scope="session")
def floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def test_every_shared_set_is_pinned(floors, shared_dir):
    pinned = set(floors["sets"])
    present = {rel for _task, rel in SHARED_SETS if (shared_dir / rel).exists()}
    assert present <= pinned, f"shared sets without floors: {sorted(present - pinned)}"


def test_gold_sets_unchanged(floors, measured):
    for name, pinned in floors["sets"].items():
        if name in measured["sets"]:
            assert measured["sets"][name] == pinned["sha256"], (
                f"{name}: THE GOLD SET CHANGED (sha256 {measured['sets'][name]}, pinned {pinned['sha256']}); "
                "floors measured on the old set mean nothing: re-measure and re-pin them on purpose")


def test_no_figure_below_its_floor(floors, measured):
    failures = check(floors, measured)
    assert not failures, "accuracy dropped:\n" + "\n".join(failures)
