"""Calendar helpers: ISO weeks, last/next weekday, year of a day or month without a year."""

from __future__ import annotations

from datetime import date

import pytest

from veille.analyze.times._calendar import (
    iso_week,
    shift_months,
    weekday_date,
    year_for_day,
    year_for_month,
    year_for_season,
)

THU = date(2024, 10, 17)


@pytest.mark.parametrize("d,week", [
    (date(2024, 10, 17), "2024-W42"),
    (date(2021, 1, 1), "2020-W53"),
    (date(2024, 12, 30), "2025-W01"),
])
def test_iso_week(d, week):
    assert iso_week(d) == week


@pytest.mark.parametrize("wd,direction,strict,expected", [
    (4, "past", False, date(2024, 10, 17)),   # "jeudi" said on a Thursday, past tense: today
    (4, "past", True, date(2024, 10, 10)),    # "jeudi dernier"
    (4, "future", True, date(2024, 10, 24)),  # "jeudi prochain"
    (2, "past", False, date(2024, 10, 15)),
    (2, "future", False, date(2024, 10, 22)),
    (5, "nearest", False, date(2024, 10, 18)),
    (1, "nearest", False, date(2024, 10, 14)),
])
def test_weekday_date(wd, direction, strict, expected):
    assert weekday_date(THU, wd, direction, strict) == expected


@pytest.mark.parametrize("anchor,month,day,direction,year", [
    (date(2002, 2, 9), 9, 11, "nearest", 2001),
    (date(1999, 7, 9), 9, 15, "nearest", 1999),
    (date(2003, 2, 24), 4, 13, "future", 2003),
    (date(2003, 2, 24), 12, 20, "past", 2002),
])
def test_year_for_day(anchor, month, day, direction, year):
    assert year_for_day(anchor, month, day, direction) == year


@pytest.mark.parametrize("month,direction,year", [
    (3, "past", 2024), (3, "future", 2025), (11, "past", 2023), (11, "future", 2024), (12, "nearest", 2024),
])
def test_year_for_month(month, direction, year):
    assert year_for_month(THU, month, direction) == year


def test_shift_months_crosses_years():
    assert shift_months(2024, 1, -1) == (2023, 12)
    assert shift_months(2024, 12, 1) == (2025, 1)


@pytest.mark.parametrize("code,direction,year", [
    ("SU", "past", 2024), ("SU", "past_strict", 2024), ("SP", "future", 2025), ("FA", "nearest", 2024),
    ("FA", "past_strict", 2023),
])
def test_year_for_season(code, direction, year):
    assert year_for_season(THU, code, direction) == year
