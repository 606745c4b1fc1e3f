"""Approximations after an amount, parts of the narrative's day, "mid-afternoon", bare "coming weeks".

TimeML 1.2.1 puts a word of approximation inside the expression ("the next two years or so", "a week or so
ago", « deux heures environ » as « environ deux heures »); "that night", "the next morning" are TIMEs of the
narrative's day (anchored like "the next day"); "mid-afternoon" is a part of day; "in coming weeks" is the
vague duration "the coming weeks" is. Sentences written for the rules (issue 12), published Thursday 17
October 2024.
"""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "The plant should reopen in the next two years or so.", "the next two years or so", "P2Y"),
    ("en", "Then, a week or so ago, the general resigned.", "a week or so ago", "2024-10-10"),
    ("fr", "Les tirs ont duré deux heures environ.", "deux heures environ", "PT2H"),
    ("en", "Rebels attacked the base that night.", "that night", "2024-10-17TNI"),
    ("en", "The suspect appeared in court the next morning.", "the next morning", "2024-10-18TMO"),
    ("en", "Troops left the following evening.", "the following evening", "2024-10-18TEV"),
    ("en", "On Monday police made arrests; that afternoon, the mayor resigned.", "that afternoon",
     "2024-10-14TAF"),
    ("en", "By mid-afternoon, the protest was over.", "mid-afternoon", "2024-10-17TAF"),
    ("en", "The central bank may cut rates in coming weeks.", "coming weeks", "PXW"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_expression(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


def test_midnight_stays_a_clock_time(comps):
    assert found(comps, "en", "The curfew starts at midnight.") == {"midnight": "2024-10-17T24:00"}


def test_that_alone_is_no_time(comps):
    assert found(comps, "en", "Officials said that morale was low.") == {}


def test_or_so_after_a_count_of_things_is_no_time(comps):
    assert found(comps, "en", "A dozen or so soldiers were wounded.") == {}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Prices were frozen for a three-year period.", "a three-year period", "P3Y"),
    ("The 90-day period expires on Friday.", "The 90-day period", "P90D"),
    ("The two-day visit ended.", "two-day", "P2D"),  # no temporal head noun: the adjective alone
])
def test_amount_hyphened_before_a_temporal_noun(comps, text, span, value):
    assert found(comps, "en", text).get(span) == value


def test_french_clock_time_leaves_the_space_out(comps):
    got = found(comps, "fr", "L'explosion a eu lieu vers 15 h (14 h à Londres).")
    assert "15 h" in got, got
