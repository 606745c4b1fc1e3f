"""Date arithmetic at the calendar's ends: a date read from the text as year 1 or 9999 is held within the
calendar, never an OverflowError that would fail the article."""

from datetime import date

from veille.consolidate.events import shift
from veille.timex import day_range


def test_shift_is_held_within_the_calendar():
    assert shift(date(9999, 12, 30), 10) == date.max
    assert shift(date(1, 1, 2), -10) == date.min
    assert shift(date(2024, 10, 17), 3) == date(2024, 10, 20)


def test_day_ranges_at_the_ends_of_the_calendar():
    assert day_range("9999-12") == (date(9999, 12, 1), date(9999, 12, 31))
    assert day_range("9999-W52") is None  # its Sunday falls past 9999-12-31: no range, no OverflowError
    assert day_range("0001-01-01") == (date(1, 1, 1), date(1, 1, 1))
