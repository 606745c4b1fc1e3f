"""Classes of time expressions that international English news of 2012-2017 showed (issue 12, the TR-News batch of
the own TimeML set, ``tests/gold/timex_trnews.jsonl``), each from the TimeML 1.2.1 guidelines; the sentences are
made up, written before the rules.

- A clock time keeps its zone inside its TIMEX3 ("16:53 local time", "0735 GMT", "9 a.m. EST Tuesday": TimeBank
  marks the zone with the time, as the French TimeBank does « 14 h 46 heure locale »); a day after it joins as
  when the zone stood in the gap ("9 a.m. EST on Tuesday", "5 p.m. EST, Nov. 6").
- A number with a decimal point and no year ("magnitude 6.4", "a 2.5 rise") is a quantity, no day and month:
  only a numeric date with a year or a slash is read as a date.
- A holiday name that modifies a noun other than a period of time ("a Christmas market", "Easter eggs") names a
  kind of thing, no day (TimeML marks times, not the properties of objects); "the Christmas holidays", "at
  Christmas", "the Easter weekend" stay.
- A word of approximation before a clock time ("around 9 p.m.", "at about 10:30 a.m.", "around noon") is inside
  its TIMEX3 (TimeML ``mod="APPROX"``; TBAQ marks "around 7:15 p.m."), as it is before a duration; after "at"
  it keeps the hour apart from a day before it ("on Wednesday at around noon": the day is exact).
- A position word before a part of the day without a day ("by late afternoon", "in the early morning", "the late
  evening") is inside its TIME, as before a day ("late Tuesday"); "late at night" and a hyphened "late-night"
  adjective are not this.
- A modifier before half of one unit ("more than half a century", "about half an hour") is inside the DURATION
  (TimeML ``mod``), as before a count or a single unit ("more than a decade").
- "future" after an indefinite article ("a freer future", "a future in which ...") names a kind of state, no time
  (TimeBank leaves "a future in which weapons ..." unmarked); "the future", "in the near future" stay FUTURE_REF.
"""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

pytestmark = pytest.mark.model

PUB = date(2016, 12, 16)  # a Friday


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The first tremor struck at 16:53 local time, officials said.", "16:53 local time", "2016-12-16T16:53"),
    ("The first tremor struck at 12:23 GMT, officials said.", "12:23 GMT", "2016-12-16T12:23"),
    ("Polls closed at 1500 GMT in the capital.", "1500 GMT", "2016-12-16T15:00"),
    ("The plane landed at 6:40 p.m. local time.", "6:40 p.m. local time", "2016-12-16T18:40"),
    ("The market opens at 9:30 a.m. EST.", "9:30 a.m. EST", "2016-12-16T09:30"),
    ("The deadline is 9 a.m. EST Monday.", "9 a.m. EST Monday", "2016-12-19T09:00"),
    ("Trading resumed at 0800 UTC.", "0800 UTC", "2016-12-16T08:00"),
    # the zone joins the day after it as before, when it stood between them
    ("Polls opened at 9 a.m. EST on Tuesday.", "9 a.m. EST on Tuesday", "2016-12-13T09:00"),
    ("The quake hit at 16:53 local time on Friday.", "16:53 local time on Friday", "2016-12-16T16:53"),
    ("The offer runs until 5 p.m. EST, Dec. 20.", "5 p.m. EST, Dec. 20", "2016-12-20T17:00"),
])
def test_a_clock_time_keeps_its_zone(comps, text, span, value):
    got = found(comps, "en", text, PUB)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("text", "span"), [
    ("He arrived at 9:30 and left at once.", "9:30"),
    ("The polls close at 8 p.m. in most states.", "8 p.m."),
    ("At 10:15 local police sealed the street.", "10:15"),
])
def test_a_clock_time_without_zone_is_unchanged(comps, text, span):
    assert span in found(comps, "en", text, PUB)


@pytest.mark.parametrize("text", [
    "The US survey measured the quakes at magnitude 6.4 and 6.3.",
    "A quake of magnitude 5.8 hit the coast.",
    "The index rose 2.5 and the yen fell 1.2 against the dollar.",
    "Turnout was 7.3 points higher.",
])
def test_a_decimal_number_is_no_date(comps, text):
    got = found(comps, "en", text, PUB)
    assert not any(v[:1].isdigit() for v in got.values()), got


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The contract was signed on 25.05.2015 in Vienna.", "25.05.2015", "2015-05-25"),
    ("The letter is dated 6/4/2016.", "6/4/2016", "2016-06-04"),
])
def test_a_numeric_date_with_its_year_stays(comps, text, span, value):
    assert found(comps, "en", text, PUB).get(span) == value


@pytest.mark.parametrize(("text", "absent"), [
    ("A boy tried to bomb a Christmas market in the town.", "Christmas"),
    ("They sold Christmas trees and Christmas cards outside the church.", "Christmas"),
    ("The children painted Easter eggs at school.", "Easter"),
    ("Police were called to a Christmas party at a bar.", "Christmas"),
])
def test_a_holiday_that_modifies_an_object_is_no_date(comps, text, absent):
    assert absent not in found(comps, "en", text, PUB)


@pytest.mark.parametrize(("text", "span"), [
    ("He will visit his family at Christmas.", "Christmas"),
    ("Workers plan to strike a few days before Christmas.", "Christmas"),
    ("The Christmas holidays start on Friday.", "Christmas"),
    ("Christmas Day falls on a Sunday this year.", "Christmas Day"),
    ("Markets reopened after the Easter weekend.", "the Easter weekend"),
    ("Sales over the Christmas period were weak.", "Christmas"),
])
def test_a_holiday_as_a_time_stays(comps, text, span):
    assert span in found(comps, "en", text, PUB)


@pytest.mark.parametrize("text", [
    "He hoped Cubans could move towards a freer future.",
    "We face a future in which weapons spread.",
    "They dream of a better future for their children.",
])
def test_future_after_an_indefinite_article_is_no_time(comps, text):
    assert "FUTURE_REF" not in found(comps, "en", text, PUB).values()


@pytest.mark.parametrize(("text", "span"), [
    ("Nobody knows what the future holds.", "the future"),
    ("They will meet in the near future.", "the near future"),
    ("Prices may rise in future.", "in future"),
])
def test_the_future_stays_a_future_reference(comps, text, span):
    assert found(comps, "en", text, PUB).get(span) == "FUTURE_REF"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The attack occurred around 9 p.m. Sunday at a store.", "around 9 p.m. Sunday", "2016-12-11T21:00"),
    ("Police arrived at about 10:30 a.m., witnesses said.", "about 10:30 a.m.", "2016-12-16T10:30"),
    ("The shops shut around noon.", "around noon", "2016-12-16T12:00"),
    ("The vote is due at approximately 14:00 GMT.", "approximately 14:00 GMT", "2016-12-16T14:00"),
])
def test_an_approximation_before_a_clock_time_is_inside(comps, text, span, value):
    got = found(comps, "en", text, PUB)
    assert got.get(span) == value, got


def test_an_approximate_hour_after_at_stays_apart_from_its_day(comps):
    """The exact day and the approximate hour after "at" are two expressions; "Wednesday around noon" stays one,
    as a day and its clock time are."""
    got = found(comps, "en", "Two men escaped on Wednesday at around noon in Dalton.", PUB)
    assert got.get("Wednesday") == "2016-12-14" and got.get("around noon") == "2016-12-14T12:00", got
    got = found(comps, "en", "Two men escaped on Wednesday around noon.", PUB)
    assert got.get("Wednesday around noon") == "2016-12-14T12:00", got


@pytest.mark.parametrize(("text", "span"), [
    ("The meeting ends at 5 p.m. today.", "5 p.m. today"),
    ("About 300 people marched at 9 p.m.", "9 p.m."),
])
def test_a_clock_time_without_approximation_is_unchanged(comps, text, span):
    assert span in found(comps, "en", text, PUB)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("By late afternoon the promised evacuations had not taken place.", "late afternoon", "2016-12-16TAF"),
    ("The fighting resumed in the early morning.", "the early morning", "2016-12-16TMO"),
    ("Talks went on into the late evening.", "the late evening", "2016-12-16TEV"),
])
def test_a_position_before_a_part_of_day_is_inside(comps, text, span, value):
    got = found(comps, "en", text, PUB)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("text", "absent"), [
    ("She hosts a late-night show on cable.", "late-night"),
    ("He was late for the morning meeting.", "late"),
])
def test_no_part_of_day_position_without_its_words(comps, text, absent):
    assert not any(absent in span for span in found(comps, "en", text, PUB))


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The embargo has stayed in place for more than half a century.", "more than half a century", "P50Y"),
    ("He waited about half an hour for the bus.", "about half an hour", "PT30M"),
    ("The dispute lasted nearly a half-century.", "nearly a half-century", "P50Y"),
    ("It took half a century to build.", "half a century", "P50Y"),
])
def test_a_modifier_before_half_a_unit_is_inside(comps, text, span, value):
    got = found(comps, "en", text, PUB)
    assert got.get(span) == value, got
