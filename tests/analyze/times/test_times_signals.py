"""A quantity of time before a signal word ("a week later", « trois jours plus tard »): TimeML 1.2.1 marks
the quantity as a DURATION and leaves the signal out of the TIMEX3 (the SIGNAL tag holds it), in both
languages. Sentences written for the rule, not taken from a corpus (issue 12)."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "A week later, the minister resigned.", "A week", "P1W"),
    ("en", "Three days later, the rebels took the town.", "Three days", "P3D"),
    ("en", "The talks resumed two months afterwards.", "two months", "P2M"),
    ("fr", "Une semaine plus tard, le ministre a démissionné.", "Une semaine", "P1W"),
    ("fr", "Trois jours plus tard, les rebelles ont pris la ville.", "Trois jours", "P3D"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_quantity_before_a_signal_is_a_duration(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
    assert not any(k.endswith(("later", "afterwards", "plus tard")) for k in got), got


def test_year_earlier_stays_a_date(comps):
    # the business-news comparison "a year earlier" names the period a year back (TimeBank marks it a DATE)
    got = found(comps, "en", "Sales rose 5% from a year earlier.")
    assert got.get("a year earlier") == "2023", got
