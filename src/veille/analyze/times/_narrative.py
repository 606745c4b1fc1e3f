"""The narrative's reference time: the date an event without a time expression of its own falls back on.

TempEval-style resolution reads a news text as a narrative: an event whose clause and sentence name no
date happened on the day the text last fixed, and only without one on the publication day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from veille.analyze.times._tools import DAY_RE
from veille.contract.models import Time


def _fixes_a_day(t: Time) -> bool:
    """A resolved DATE of day precision (``2024-10-15``, not a week, a year or ``PRESENT_REF``), or a TIME
    that falls on a day ("Saturday night" ``1991-02-23TNI``, « mardi à 6 h »): either fixes the day."""
    return t.type in ("DATE", "TIME") and t.resolved and bool(DAY_RE.match(t.value or ""))


def narrative_time(times: Iterable[Time], before: int, published: date | None = None) -> Time | None:
    """The last expression fixing a day (``_fixes_a_day``) that ends before character offset ``before``, or
    None when the text fixed no day before it. A TIME's value keeps its time of day: the caller takes the day.

    A day after ``published`` ("tomorrow", "next Monday") is a plan, not where the narrative stands: it
    never becomes the reference time of the events told after it."""
    last: Time | None = None
    latest = published.isoformat() if published is not None else "9999-12-31"
    for t in times:
        if t.end <= before and _fixes_a_day(t) and (t.value or "")[:10] <= latest:
            if last is None or t.start > last.start:
                last = t
    return last


def report_day(times: Iterable[Time], lead: tuple[int, int], published: date | None = None) -> Time | None:
    """The day the report itself stands on: the first resolved DATE of day precision in its lead (the
    character range ``lead``, the first sentence of the body) that is not after ``published``; None when
    the lead fixes no day (the publication is then the report's day).

    News tells an undated "X said" on the report's day, not on the last day the narrative fixed ("The
    court heard arguments on Monday. The court said ...": the court spoke on the day of the report)."""
    latest = published.isoformat() if published is not None else "9999-12-31"
    for t in sorted(times, key=lambda t: t.start):
        if lead[0] <= t.start and t.end <= lead[1] and t.type == "DATE" and t.resolved \
                and DAY_RE.match(t.value or "") and (t.value or "")[:10] <= latest:
            return t
    return None
