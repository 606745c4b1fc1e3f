"""`veille analyze` without `--jobs`: one worker per core, bounded by the batches and the memory; none for a
single batch (veille.scale.default_jobs, the rule in docs/scaling.md)."""

from __future__ import annotations

import os

from click.testing import CliRunner

from veille.cli import cli
from veille.scale import default_jobs, usable_cores
from veille.scale._cores import WORKER_BYTES

PLENTY = 64 * WORKER_BYTES


def test_one_worker_per_core_when_there_are_batches_for_all():
    assert default_jobs(400, 16, cores=2, memory=PLENTY) == 2
    assert default_jobs(400, 16, cores=8, memory=PLENTY) == 8


def test_a_single_batch_runs_in_this_process():
    assert default_jobs(1, 16, cores=8, memory=PLENTY) == 1
    assert default_jobs(16, 16, cores=8, memory=PLENTY) == 1
    assert default_jobs(0, 16, cores=8, memory=PLENTY) == 1


def test_no_more_workers_than_batches():
    assert default_jobs(17, 16, cores=8, memory=PLENTY) == 2
    assert default_jobs(40, 16, cores=8, memory=PLENTY) == 3


def test_no_more_workers_than_the_memory_holds():
    assert default_jobs(400, 16, cores=8, memory=3 * WORKER_BYTES) == 2  # one share kept for the writer
    assert default_jobs(400, 16, cores=8, memory=WORKER_BYTES) == 1
    assert default_jobs(400, 16, cores=8, memory=None) == 8  # the system does not say: cores decide


def test_the_cores_are_those_this_process_may_use():
    cores = usable_cores()
    assert 1 <= cores <= (os.cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        assert cores == len(os.sched_getaffinity(0))


def test_help_states_the_default():
    result = CliRunner().invoke(cli, ["analyze", "--help"])
    assert result.exit_code == 0
    assert "one per core" in " ".join(result.output.split())
