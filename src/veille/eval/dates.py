"""TIMEX3 date values as day intervals, to compare a predicted event date with a gold one.

Rules (docs/evaluation.md): a prediction is *right* when it equals the gold value or lies wholly inside
the gold's accepted days: the ``date_note`` range "from YYYY-MM-DD to YYYY-MM-DD" when the gold gives
one, else the days the gold value covers (a week, a month, a year). So a finer prediction inside the
gold period is right ("2024-10-15" for "2024-W42"), a coarser one is not ("2024-W42" for "2024-10-19")
but counts as *compatible* (the two periods overlap), a separate, looser figure.
"""

from __future__ import annotations

import re
from datetime import date

from veille.timex import day_range

_NOTE_RANGE = re.compile(r"from (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})")

Interval = tuple[date, date]


def interval(value: str | None) -> Interval | None:
    """The first and last day a TIMEX3 date value covers (a day, week, month, quarter, half, season,
    year, decade: :func:`veille.timex.day_range`), None for anything else (P3D, PRESENT_REF)."""
    return day_range(value)


def accepted(gold: str | None, note: str | None = None) -> Interval | None:
    """The days a gold date accepts: its note's explicit range, else the period of its value (a
    ``start/end`` range, "2013-10-28/2013-10-31", "2013-09/2013-10": from the first day of its start to the
    last day of its end)."""
    if note and (m := _NOTE_RANGE.search(note)):
        try:
            return date.fromisoformat(m[1]), date.fromisoformat(m[2])
        except ValueError:
            pass
    if gold and gold.count("/") == 1:
        start, end = (interval(part) for part in gold.split("/"))
        return (start[0], end[1]) if start is not None and end is not None and start[0] <= end[1] else None
    return interval(gold)


def date_right(predicted: str | None, gold: str, note: str | None = None) -> bool:
    if not predicted:
        return False
    if predicted == gold:
        return True
    p, g = interval(predicted), accepted(gold, note)
    return p is not None and g is not None and g[0] <= p[0] and p[1] <= g[1]


def date_compatible(predicted: str | None, gold: str, note: str | None = None) -> bool:
    """Right, or the predicted period overlaps the gold one (a coarser or shifted value)."""
    if date_right(predicted, gold, note):
        return True
    p = interval(predicted)
    g = accepted(gold, note)
    g_full = interval(gold)
    for target in (g, g_full):
        if p is not None and target is not None and p[0] <= target[1] and target[0] <= p[1]:
            return True
    return False
