"""`veille bench`'s figures: wall-clock and CPU time of bare spaCy and of the full analysis, same texts."""

from __future__ import annotations

import pytest

from veille.benchmark import BenchResult, run_bench


@pytest.mark.model
def test_the_bench_measures_both_clocks():
    texts = ["Chile and Peru signed a trade agreement in Lima on Monday.",
             "Protesters marched in Nairobi two days ago, police said."]
    result = run_bench(texts, "en", batch_size=2, rounds=1)
    assert result.articles == 2 and result.tokens > 10
    assert 0 < result.bare_cpu_seconds and 0 < result.full_cpu_seconds
    assert result.cpu_ratio == pytest.approx(result.bare_cpu_seconds / result.full_cpu_seconds)
    assert result.ratio == pytest.approx(result.bare_seconds / result.full_seconds)
    figures = result.to_dict()
    assert figures["cpu_ratio"] == result.cpu_ratio and figures["full_cpu_seconds"] == result.full_cpu_seconds


def test_a_result_without_cpu_figures_has_no_cpu_ratio():
    result = BenchResult("en", 1, 10, 1.0, 2.0, 1.0, 10.0, 0.5, 5.0, 0.5, 400.0)
    assert result.cpu_ratio == 0.0
