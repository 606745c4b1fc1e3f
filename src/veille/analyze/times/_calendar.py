"""Calendar arithmetic for TIMEX3 values: ISO weeks, month shifts, last/next occurrences."""

from __future__ import annotations

from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def day_value(d: date) -> str:
    return d.isoformat()


def weekday_date(anchor: date, weekday: int, direction: str, strict: bool = False) -> date:
    """The date with ISO ``weekday`` (1-7) near ``anchor``.

    direction: "past" (on or before), "future" (on or after), "nearest" (within 3 days), "recent"
    (within 2 days ahead, else back: a weekday of news whose clause gives no tense mostly tells what
    happened, so a day 3 days ahead is rather the one 4 days back);
    ``strict`` excludes the anchor itself ("mardi dernier" said on a Tuesday is a week ago).
    """
    delta = weekday - anchor.isoweekday()  # -6..6
    back = delta % 7 - 7 if delta % 7 else 0   # -6..0
    fwd = delta % 7                          # 0..6
    if direction == "past":
        days = back if not (strict and back == 0) else -7
    elif direction == "future":
        days = fwd if not (strict and fwd == 0) else 7
    elif direction == "recent":
        days = fwd if fwd <= 2 else back
    else:
        days = fwd if fwd <= 3 else back
    return anchor + timedelta(days=days)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_for_day(anchor: date, month: int, day: int, direction: str) -> int:
    """The year of "day month" seen from ``anchor``: last/next occurrence or the nearest one."""
    dated = [(y, d) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
             if (d := safe_date(y, month, day)) is not None]
    if not dated:
        return anchor.year
    if direction == "past":
        past = [y for y, d in dated if d <= anchor]
        return max(past) if past else anchor.year
    if direction == "future":
        fut = [y for y, d in dated if d >= anchor]
        return min(fut) if fut else anchor.year
    return min(dated, key=lambda yd: (abs((yd[1] - anchor).days), yd[0] != anchor.year))[0]


def year_for_month(anchor: date, month: int, direction: str) -> int:
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    diff = month - anchor.month
    if diff > 6:
        return anchor.year - 1
    if diff < -6:
        return anchor.year + 1
    return anchor.year


def season_of(d: date) -> str:
    for code, (lo, hi) in SEASON_MONTHS.items():
        if lo <= hi and lo <= d.month <= hi:
            return code
    return "WI"


def year_for_season(anchor: date, code: str, direction: str) -> int:
    """Winter belongs to the year it starts in (December)."""
    lo, _hi = SEASON_MONTHS[code]
    current = season_of(anchor)
    cur_year = anchor.year if not (current == "WI" and anchor.month <= 2) else anchor.year - 1
    if code == current:
        if direction == "past_strict":
            return cur_year - 1
        if direction == "future_strict":
            return cur_year + 1
        return cur_year
    start_this_year = lo
    if direction in ("past", "past_strict"):
        return anchor.year if start_this_year <= anchor.month else anchor.year - 1
    if direction in ("future", "future_strict"):
        return anchor.year if start_this_year > anchor.month else anchor.year + 1
    return anchor.year


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The ``n``-th ISO ``weekday`` (1-7) of a month; ``n`` = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        return d if d.month == month else None
    nxt = date(year + month // 12, month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(year: int, rule: str) -> date | None:
    """``rule``: "MM-DD" for fixed holidays, "easter+N" / "easter-N" for moveable ones, "MM/W#N" for
    the N-th ISO weekday W of month MM ("11/4#4": fourth Thursday of November; N = -1: the last)."""
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:] or 0))
    if "/" in rule:
        month, rest = rule.split("/")
        weekday, n = rest.split("#")
        return nth_weekday(year, int(month), int(weekday), int(n))
    fixed_month, fixed_day = (int(x) for x in rule.split("-"))
    return safe_date(year, fixed_month, fixed_day)
