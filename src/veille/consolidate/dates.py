"""TIMEX3 values as day ranges, so that events reported by different articles can be compared."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def timex_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers; None for values that are not calendar dates.

    >>> timex_range("2024-W42")
    (datetime.date(2024, 10, 14), datetime.date(2024, 10, 20))
    """
    if not value:
        return None
    value = value.strip()
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + timedelta(days=6)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, monthrange(year, month)[1])
        if m := _QUARTER.match(value):
            year, q = int(m[1]), int(m[2])
            last_month = 3 * q
            return date(year, last_month - 2, 1), date(year, last_month, monthrange(year, last_month)[1])
        if m := _YEAR.match(value):
            year = int(m[1])
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # 2024-02-31, week 54...
        return None
    return None


def iso_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from a date or datetime string, else None."""
    rng = timex_range(value)
    if rng is None or rng[0] != rng[1]:
        return None
    return rng[0].isoformat()


def event_range(
    date_value: str | None, enddate_value: str | None, published: str | None
) -> tuple[date, date] | None:
    """The days an event may fall in: its date (to its end date), else the publication day."""
    start = timex_range(date_value)
    if start is None:
        return timex_range(published)
    end = timex_range(enddate_value)
    if end is not None and end[1] >= start[0]:
        return start[0], end[1]
    return start


def bound_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Command-line ``--since``/``--until`` (YYYY, YYYY-MM, YYYY-MM-DD or a TIMEX week) as ISO days.

    ``--since 2024-10`` means from 2024-10-01, ``--until 2024-10`` up to 2024-10-31.
    Raises ValueError for anything else.
    """
    lo = hi = None
    if since:
        rng = timex_range(since)
        if rng is None:
            raise ValueError(f"not a date: {since!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        lo = rng[0].isoformat()
    if until:
        rng = timex_range(until)
        if rng is None:
            raise ValueError(f"not a date: {until!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        hi = rng[1].isoformat()
    return lo, hi
