"""TIMEX3 date values as day ranges: the one home of "which days does this value cover".

Used by consolidation (are two reported events on compatible days?), by the evaluation (is a
predicted event date inside the gold one?) and by the times stage. Pure and cheap to import.

Covered values (ISO-TimeML TIMEX3): days (``2024-10-17``, with or without a time), ISO weeks
(``2024-W42``) and weekends (``2024-W42-WE``), months, quarters (``2024-Q4``), halves (``2024-H1``),
seasons (``2024-SU``; winter runs from December of its year to the end of February), years,
decades (``199X`` or ``199``) and centuries (``19`` = 1900-1999). Anything else (durations, ``PRESENT_REF``,
values with unknown ``X`` components but a decade's) has no range.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

DayRange = tuple[date, date]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")  # TimeML 1.2.1 writes "199", French TimeBank "199X"
_CENTURY = re.compile(r"^(\d{2})$")
# first month of each season, and how many months it lasts
_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _months(year: int, first: int, count: int) -> DayRange:
    """From the first day of ``first``/``year`` to the last day of the ``count``-th month."""
    idx = year * 12 + first - 1 + count - 1
    last_year, last_month = idx // 12, idx % 12 + 1
    return date(year, first, 1), date(last_year, last_month, monthrange(last_year, last_month)[1])


def day_range(value: str | None) -> DayRange | None:
    """The first and last day a TIMEX3 date value covers; None for values that are not calendar periods.

    >>> day_range("2024-W42")
    (datetime.date(2024, 10, 14), datetime.date(2024, 10, 20))
    >>> day_range("2024-H2")
    (datetime.date(2024, 7, 1), datetime.date(2024, 12, 31))
    """
    if not value:
        return None
    value = value.strip()
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m := _MONTH.match(value):
            return _months(int(m[1]), int(m[2]), 1)
        if m := _QUARTER.match(value):
            return _months(int(m[1]), 3 * int(m[2]) - 2, 3)
        if m := _HALF.match(value):
            return _months(int(m[1]), 6 * int(m[2]) - 5, 6)
        if m := _SEASON.match(value):
            return _months(int(m[1]), _SEASONS[m[2]], 3)
        if m := _YEAR.match(value):
            return _months(int(m[1]), 1, 12)
        if m := _DECADE.match(value):
            first = int(m[1]) * 10
            return date(first, 1, 1), date(first + 9, 12, 31)
        if m := _CENTURY.match(value):
            first = int(m[1]) * 100
            return date(max(first, 1), 1, 1), date(first + 99, 12, 31)
    except (ValueError, OverflowError):  # 2024-02-31, week 54, past year 9999...
        return None
    return None
