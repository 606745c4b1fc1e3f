""""this weekend", « ce week-end » in a past clause said on a weekday is the weekend just gone; in a present
or future clause the coming one (issue 12: weekday direction, "this weekend"). Sentences written for the rule,
published Monday 21 October 2024 (ISO week 43)."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

MONDAY = date(2024, 10, 21)
SATURDAY = date(2024, 10, 19)

CASES = [
    ("en", "Thousands marched in Paris this weekend.", MONDAY, "this weekend", "2024-W42-WE"),
    ("en", "Thousands will march in Paris this weekend.", MONDAY, "this weekend", "2024-W43-WE"),
    ("fr", "Des milliers de personnes ont défilé ce week-end à Paris.", MONDAY, "ce week-end", "2024-W42-WE"),
    ("fr", "Des milliers de personnes défileront ce week-end à Paris.", MONDAY, "ce week-end", "2024-W43-WE"),
    # said on the Saturday: the weekend under way
    ("en", "Thousands marched in Paris this weekend.", SATURDAY, "this weekend", "2024-W42-WE"),
]


@pytest.mark.parametrize(("lang", "text", "pub", "span", "value"), CASES)
def test_this_weekend_by_tense(comps, lang, text, pub, span, value):
    got = found(comps, lang, text, pub)
    assert got.get(span) == value, got
