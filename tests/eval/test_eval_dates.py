from datetime import date

from veille.eval.dates import accepted, date_compatible, date_right, interval

NOTE = "earlier in the week of Thursday 2024-10-17: any day from 2024-10-14 to 2024-10-16 is right"


def test_intervals_of_timex_values():
    assert interval("2024-10-17") == (date(2024, 10, 17), date(2024, 10, 17))
    assert interval("2024-W42") == (date(2024, 10, 14), date(2024, 10, 20))
    assert interval("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert interval("2022") == (date(2022, 1, 1), date(2022, 12, 31))
    assert interval("2024-10-17T21:45") == (date(2024, 10, 17), date(2024, 10, 17))
    assert interval("PRESENT_REF") is None and interval("P3D") is None and interval(None) is None


def test_note_range_wins_over_the_value_period():
    assert accepted("2024-W42", NOTE) == (date(2024, 10, 14), date(2024, 10, 16))
    assert accepted("2024-W42") == (date(2024, 10, 14), date(2024, 10, 20))


def test_right_dates():
    assert date_right("2024-W42", "2024-W42", NOTE)  # the week value itself
    assert date_right("2024-10-15", "2024-W42", NOTE)  # a finer day inside the range
    assert not date_right("2024-10-17", "2024-W42", NOTE)  # in the week, outside the note's range
    assert date_right("2024-10-17", "2024-W42")  # no note: any day of the week
    assert date_right("2023-05-02", "2023-05")
    assert not date_right("2024-W42", "2024-10-19", "from 2024-10-18 to 2024-10-20")  # coarser
    assert not date_right(None, "2024-10-17")
    assert not date_right("2024-10-16", "2024-10-17")


def test_compatible_dates_accept_a_coarser_value():
    assert date_compatible("2024-W42", "2024-10-19", "from 2024-10-18 to 2024-10-20")
    assert date_compatible("2024", "2024-10-17")
    assert not date_compatible("2024-11", "2024-10-17")
    assert not date_compatible(None, "2024-10-17")


def test_a_gold_range_accepts_the_days_between_its_ends():
    # (the real-news gold writes a span it cannot narrow as start/end: "2013-10-28/2013-10-31", "2013-09/2013-10")
    assert accepted("2013-09/2013-10") == (date(2013, 9, 1), date(2013, 10, 31))
    assert date_right("2013-W12", "2013-03-18/2013-03-24")  # the same seven days
    assert date_right("2013-10-05", "2013-09/2013-10")
    assert not date_right("2013-11-05", "2013-09/2013-10")
    assert not date_right("2013-10", "2013-10-28/2013-10-31")  # coarser
    assert accepted("2013-10/2013-09") is None  # an end before its start accepts nothing
