"""veille.timex.day_range: the one home of TIMEX3 value -> days (used by consolidation and evaluation)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.consolidate import timex_range
from veille.eval.dates import interval
from veille.timex import day_range


@pytest.mark.parametrize("value, expected", [
    ("2024-10-17", (date(2024, 10, 17), date(2024, 10, 17))),
    ("2024-10-17T09:30", (date(2024, 10, 17), date(2024, 10, 17))),
    ("2024-W42", (date(2024, 10, 14), date(2024, 10, 20))),
    ("2024-W42-WE", (date(2024, 10, 19), date(2024, 10, 20))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024-Q1", (date(2024, 1, 1), date(2024, 3, 31))),
    ("2024-H2", (date(2024, 7, 1), date(2024, 12, 31))),
    ("2024-SU", (date(2024, 6, 1), date(2024, 8, 31))),
    ("2023-WI", (date(2023, 12, 1), date(2024, 2, 29))),
    ("1999", (date(1999, 1, 1), date(1999, 12, 31))),
    ("199X", (date(1990, 1, 1), date(1999, 12, 31))),
    ("199", (date(1990, 1, 1), date(1999, 12, 31))),
    ("19", (date(1900, 1, 1), date(1999, 12, 31))),
])
def test_periods(value, expected):
    assert day_range(value) == expected


@pytest.mark.parametrize("value", ["P3D", "PRESENT_REF", "XXXX-03-08", "2024-02-30", "2024-W54", "", None,
                                   "2024-Q5", "2024-H3"])
def test_not_a_period(value):
    assert day_range(value) is None


def test_consolidation_and_evaluation_share_it():
    for value in ("2024-Q3", "2024-H1", "2024-FA", "201X"):
        assert timex_range(value) == interval(value) == day_range(value)
