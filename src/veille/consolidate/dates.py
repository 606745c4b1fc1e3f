"""TIMEX3 values as day ranges, so that events reported by different articles can be compared."""

from __future__ import annotations

from datetime import date

from veille.timex import day_range


def timex_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers (see :func:`veille.timex.day_range`).

    >>> timex_range("2024-W42")
    (datetime.date(2024, 10, 14), datetime.date(2024, 10, 20))
    """
    return day_range(value)


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
