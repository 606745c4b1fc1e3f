"""The accuracy gate: every shared set's figures must stay at or above the floors pinned in
tests/eval_floors.json (and at or below its ceilings). Runs `veille eval all ../shared` once per session.

Raise the floors after an improvement with
    .venv/bin/veille eval all ../shared --raise-floors tests/eval_floors.json
Lowering a floor is a hand edit with a reason in the file's "_changes" list (see docs/evaluation.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.eval.floors import check
from veille.eval.tasks import SHARED_SETS

pytestmark = [pytest.mark.shared, pytest.mark.model]

FLOORS = Path(__file__).resolve().parent.parent / "eval_floors.json"


@pytest.fixture(scope="session")
def measured(shared_dir) -> dict:
    if not (shared_dir / "eval").is_dir():
        pytest.skip("../shared/eval is absent")
    from veille.cli.eval_cmd import eval_command

    result = CliRunner().invoke(eval_command, ["all", str(shared_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def test_every_shared_set_is_pinned(floors, shared_dir):
    pinned = set(floors["sets"])
    present = {rel for rel in SHARED_SETS.values() if (shared_dir / rel).exists()}
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
