"""Fiscal years in business news (TimeBank): "fiscal" belongs to the period it qualifies ("the current fiscal
year", "last fiscal year": that year), and a year that ends on a day it names is twelve months, not a
calendar year ("the year ended June 30": DURATION P1Y). Sentences written for the rules (issue 12), published
Friday 27 October 1989."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

PUB = date(1989, 10, 27)

CASES = [
    ("Earnings will fall in the current fiscal year.", "the current fiscal year", "1989"),
    ("Profit fell 8% last fiscal year.", "last fiscal year", "1988"),
    ("The company expects a loss next fiscal year.", "next fiscal year", "1990"),
    ("Sales were flat in the year ended June 30.", "the year", "P1Y"),
    ("Net income rose in the fiscal year ending Sept. 30.", "the fiscal year", "P1Y"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_fiscal_year(comps, text, span, value):
    got = found(comps, "en", text, PUB)
    assert got.get(span) == value, got


def test_quarter_ended_stays_a_quarter(comps):
    """A quarter that ends on a day is still a calendar quarter: no duration."""
    got = found(comps, "en", "Sales rose in the third quarter ended Sept. 30.", PUB)
    assert got.get("the third quarter") == "1989-Q3", got


def test_period_of_a_named_year_is_that_quarter(comps):
    """ "the 1988 period" in a quarterly report is the quarter reported on, in 1988 (TimeBank)."""
    text = "Third-quarter profit rose 12%. In the 1988 period, the company earned $20 million."
    got = found(comps, "en", text, PUB)
    assert got.get("the 1988 period") == "1988-Q3", got


def test_full_year_is_the_current_year(comps):
    got = found(comps, "en", "Kellogg forecast an earnings increase for the full year.", PUB)
    assert got == {"the full year": "1989"}, got


@pytest.mark.parametrize(("text", "span", "value"), [
    ("A major factor in the third-quarter loss was a write-down.", "third-quarter", "1989-Q3"),
    ("The fiscal second-quarter results were weak.", "fiscal second-quarter", "1989-Q2"),
    ("Sales rose in the third quarter.", "the third quarter", "1989-Q3"),
])
def test_hyphened_quarter_before_a_noun_leaves_the_article(comps, text, span, value):
    """"the <third-quarter> loss": the article is the noun's, as "the <14-day> waiting period"."""
    assert found(comps, "en", text, PUB).get(span) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The company has had losses in the past two quarters.", "the past two quarters", "P6M"),
    ("Losses over the past several quarters hurt the bank.", "the past several quarters", "PXM"),
])
def test_quarters_as_units(comps, text, span, value):
    assert found(comps, "en", text, PUB).get(span) == value


def test_quarters_of_a_whole_are_a_share(comps):
    assert found(comps, "en", "Three quarters of the members voted.", PUB) == {}
