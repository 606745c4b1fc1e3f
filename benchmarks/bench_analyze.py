"""Benchmark script: same as `veille bench`; run from the repository root.

    .venv/bin/python benchmarks/bench_analyze.py --lang fr --articles 200
"""

from veille.cli.bench_cmd import bench_command

if __name__ == "__main__":
    bench_command()
