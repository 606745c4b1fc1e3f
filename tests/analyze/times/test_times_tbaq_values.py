"""English value classes of issue 12 (TimeML 1.2.1 / TIMEX3 conventions), each with sentences written for it
(made up) before the rule that handles it; published on Wednesday 10 June 2015 (ISO week 24)."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

PUB = date(2015, 6, 10)

# An hour with the half of the day in words ("at 4 in the morning", "at 11 o'clock in the evening") is a clock
# time of the 24-hour clock, the words inside the TIMEX3 and the preposition outside, as « 3 heures du matin ».
CLOCK_HALVES = [
    ("The convoy will leave the border post at 4 in the morning.", "4 in the morning", "T04:00"),
    ("The shelling started at 11 o'clock in the evening.", "11 o'clock in the evening", "T23:00"),
    ("Polling stations close at 8 in the evening.", "8 in the evening", "T20:00"),
    ("The ferry finally docked at 3 in the afternoon, the port said.", "3 in the afternoon", "T15:00"),
    ("The minister was woken at 6 in the morning by the news.", "6 in the morning", "T06:00"),
    ("Police sealed off the square until 2 in the afternoon.", "2 in the afternoon", "T14:00"),
]


@pytest.mark.parametrize(("text", "expr", "clock"), CLOCK_HALVES)
def test_hour_with_its_half_of_the_day_is_a_clock_time(comps, text, expr, clock):
    times = found(comps, "en", text, PUB)
    assert expr in times, times
    assert times[expr].endswith(clock)


# A year's half named by its position, "last" included (for a half, the later one), or by its two quarters
# ("the first two quarters of 2016" is the first half): one DATE of that half (TIMEX3 2016-H1).
HALVES = [
    ("Profits are expected to shrink in the last half of 2016.", "the last half of 2016", "2016-H2"),
    ("Orders fell sharply during the first two quarters of 2014.", "the first two quarters of 2014", "2014-H1"),
    ("The mill will stay idle through the last two quarters of 2016.", "the last two quarters of 2016",
     "2016-H2"),
    ("Exports recovered in the last half of 2013, the ministry said.", "the last half of 2013", "2013-H2"),
    ("Both plants were shut for the first two quarters of fiscal 2012.", "the first two quarters of fiscal 2012",
     "2012-H1"),
    ("Sales will stay weak through at least the first two quarters of 2016.", "the first two quarters of 2016",
     "2016-H1"),
]


@pytest.mark.parametrize(("text", "expr", "value"), HALVES)
def test_half_of_a_year_by_its_position_or_its_two_quarters(comps, text, expr, value):
    assert found(comps, "en", text, PUB).get(expr) == value


def test_last_quarter_is_still_the_previous_one(comps):
    """"last" is the later half only before "half": "the last quarter" keeps its own reading."""
    times = found(comps, "en", "Sales rose in the last quarter, the company said.", PUB)
    assert "2016-H2" not in times.values() and "2015-H2" not in times.values()


# A holiday with "week" is the ISO week that holds the holiday (as "the Thanksgiving weekend" is its weekend):
# Easter 2015 fell on 5 April (ISO week 14), Christmas 2014 on a Thursday of week 52, Thanksgiving 2014 on
# 27 November (week 48).
HOLIDAY_WEEKS = [
    ("Pilgrims crowded the old city as Easter week began.", "Easter week", "2015-W14"),
    ("The shops were shut during Christmas week, residents said.", "Christmas week", "2014-W52"),
    ("Airports were jammed in Thanksgiving week last year.", "Thanksgiving week", "2014-W48"),
    ("Traffic was light during the Easter week, police said.", "the Easter week", "2015-W14"),
]


@pytest.mark.parametrize(("text", "expr", "value"), HOLIDAY_WEEKS)
def test_holiday_week_is_the_week_of_the_holiday(comps, text, expr, value):
    assert found(comps, "en", text, PUB).get(expr) == value


def test_holiday_week_under_way_is_this_years(comps):
    """Said on the Monday of the week (Easter 2015: Sunday 5 April), a past verb's Easter week is this one."""
    times = found(comps, "en", "Pilgrims prayed in the old city as Easter week began.", date(2015, 3, 30))
    assert times.get("Easter week") == "2015-W14"


def test_holiday_alone_stays_its_day(comps):
    assert found(comps, "en", "Pilgrims crowded the old city at Easter.", PUB).get("Easter") == "2015-04-05"


# A count of days of one kind ("trading", "business", "working", "school" days) is a DURATION of that many days
# (TimeML counts the days, whatever their kind): not a vague plural of days.
KINDS_OF_DAYS = [
    ("Eight trading days after the crash, the index had recovered its losses.", "Eight trading days", "P8D"),
    ("The bank has five business days to answer the regulator.", "five business days", "P5D"),
    ("The stoppage cost the plant three working days.", "three working days", "P3D"),
    ("Pupils lost ten school days to the floods this spring.", "ten school days", "P10D"),
    ("The shares fell for 12 straight trading days.", "12 straight trading days", "P12D"),
    # a word of succession between the count and its unit is inside the DURATION too
    ("Prices rose for three consecutive years before the crisis.", "three consecutive years", "P3Y"),
    ("The rebels shelled the town for 12 straight days.", "12 straight days", "P12D"),
    ("The market fell for five successive weeks.", "five successive weeks", "P5W"),
]


@pytest.mark.parametrize(("text", "expr", "value"), KINDS_OF_DAYS)
def test_count_of_days_of_a_kind_is_that_many_days(comps, text, expr, value):
    assert found(comps, "en", text, PUB).get(expr) == value


# "one day", "someday" between a modal (or "to") and its verb is an indefinite time ahead (FUTURE_REF), not a
# day's length; elsewhere "one day" stays an amount of time.
ONE_DAY_AHEAD = [
    ("The breakaway region could one day join the federation.", "one day", "FUTURE_REF"),
    ("She hopes to one day return to her village.", "one day", "FUTURE_REF"),
    ("The rebels may one day lay down their arms, the envoy said.", "one day", "FUTURE_REF"),
    ("Analysts think the bank will someday merge with its rival.", "someday", "FUTURE_REF"),
    ("Voting will last one day in each province.", "one day", "P1D"),
    ("The two sides agreed to one day of talks in Geneva.", "one day", "P1D"),
    ("The strike was limited to one day.", "one day", "P1D"),
]


@pytest.mark.parametrize(("text", "expr", "value"), ONE_DAY_AHEAD)
def test_one_day_before_a_verb_is_a_time_ahead(comps, text, expr, value):
    assert found(comps, "en", text, PUB).get(expr) == value


# English writes units of time and "today" in lower case: capitalised inside a sentence of running text they
# belong to a name (a programme, a paper), no time. The first word of a sentence or of a quotation, a holiday
# and a headline written in title case keep theirs.
IN_A_TITLE = [
    ('The minister told CBS\'s "60 Minutes" that the talks had failed.', "Minutes"),
    ('Speaking on ABC\'s "This Week," the senator backed the plan.', "Week"),
    ("She said on NBC's Today show that she would run again.", "Today"),
    ("The weekly Seven Days first reported the deal.", "Days"),
]
NOT_A_TITLE = [
    ('"Today we have won," the opposition leader said.', "Today"),
    ("Today, the leaders met again in Paris.", "Today"),
    ("The shops stay shut on Christmas Day.", "Christmas Day"),
    ("Rebels Agree To Hold Talks Next Week", "Next Week"),
]


@pytest.mark.parametrize(("text", "word"), IN_A_TITLE)
def test_capitalised_unit_inside_a_sentence_is_a_name(comps, text, word):
    assert not [t for t in found(comps, "en", text, PUB) if word in t], found(comps, "en", text, PUB)


@pytest.mark.parametrize(("text", "expr"), NOT_A_TITLE)
def test_capitalised_time_where_english_capitalises_stays(comps, text, expr):
    assert expr in found(comps, "en", text, PUB)
