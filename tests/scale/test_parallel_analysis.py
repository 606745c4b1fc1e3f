"""`veille analyze --scheduler` (a real Dask LocalCluster of 2 worker processes) gives the database that
`--jobs 1` gives; `--out DIR` writes partitioned Parquet and a rerun skips what is written; Parquet
files and quoted globs are inputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from veille.scale import read_table, worker_config

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "consolidate"))
from orderfree import dump  # noqa: E402 - the table-by-table comparison of the order-free tests

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.model

def _veille(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "veille", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=900)


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    import dask

    with dask.config.set(worker_config()), distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local.scheduler_address


def test_workers_started_with_veilles_config_keep_glibcs_thresholds_and_no_profiler(cluster):
    """Dask's nanny sets MALLOC_TRIM_THRESHOLD_ in its workers, and they run a sampling profiler, unless
    told not to (docs/scaling.md)."""
    import dask
    import distributed

    with distributed.Client(cluster) as client:
        settings = client.run(lambda: (os.environ.get("MALLOC_TRIM_THRESHOLD_"),
                                       dask.config.get("distributed.worker.profile.enabled")))
    assert len(settings) == 2
    assert set(settings.values()) == {(None, False)}


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    (folder / "examples").symlink_to(ROOT / "examples")
    return folder


def test_dask_cluster_gives_the_sequential_database(cluster, work):
    one = _veille("analyze", "examples", "--db", "one.db", "--jobs", "1", "--format", "jsonl", cwd=work)
    assert one.returncode == 0, one.stderr
    dask = _veille("analyze", "examples", "--db", "dask.db", "--scheduler", cluster, "--format", "jsonl",
                   "--batch-size", "2", cwd=work)
    assert dask.returncode == 0, dask.stderr
    assert dask.stdout == one.stdout  # the same documents, in input order
    expected, got = dump(work / "one.db"), dump(work / "dask.db")
    assert expected["events"], "the examples give events: the comparison is not vacuous"
    assert set(got) == set(expected)
    for table in expected:
        assert got[table] == expected[table], table


def test_out_writes_parquet_and_a_rerun_skips_it(cluster, work):
    first = _veille("analyze", "examples", "--out", "lake", "--scheduler", cluster, "--format", "jsonl",
                    cwd=work)
    assert first.returncode == 0, first.stderr
    documents = [line for line in first.stdout.splitlines() if line.strip()]
    lake = work / "lake"
    ids = sorted(row["id"] for row in read_table(lake, "documents"))
    assert len(ids) == len(documents) > 0
    events = list(read_table(lake, "events"))
    assert events and {row["document_id"] for row in events} <= set(ids)
    assert not (work / "veille.db").exists()  # --out writes no database
    again = _veille("analyze", "examples", "--out", "lake", "--format", "jsonl", cwd=work)
    assert again.returncode == 0, again.stderr
    assert "already written" in again.stderr and not again.stdout.strip()


def test_parquet_and_glob_inputs(work):
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [{"id": "p1", "text": "Le Japon et l'OTAN ont signé un accord à Bruxelles jeudi.",
                "published": "2024-10-17", "language": "fr"},
               {"id": "p2", "text": "  ", "published": "2024-10-17", "language": "fr"}]
    (work / "in").mkdir()
    pq.write_table(pa.Table.from_pylist(records), work / "in" / "part-1.parquet")
    result = _veille("analyze", "in/*.parquet", "--no-store", "--format", "jsonl", cwd=work)
    assert result.returncode == 1  # the blank record is one error line, the other goes on
    assert "part-1.parquet:2" in result.stderr
    assert '"id": "p1"' in result.stdout
    missing = _veille("analyze", "nothing/*.jsonl", "--no-store", cwd=work)
    assert missing.returncode == 1 and "no file matches" in missing.stderr


def test_unreachable_scheduler_is_one_clear_line(work):
    result = _veille("analyze", "examples/", "--no-store", "--scheduler", "tcp://127.0.0.1:9",
                     "--format", "jsonl", cwd=work)
    assert result.returncode == 2 and "no Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr
