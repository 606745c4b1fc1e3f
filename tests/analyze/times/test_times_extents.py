"""The extent of a TIMEX3 (TimeML 1.2.1 guidelines, "extent" rules): a preposition before a
determiner is a signal outside the expression ("over <the past 20 years>", "during <the quarter>",
"at <the end of this week>"); the article of a noun that an amount of time modifies belongs to that
noun ("the <14-day> waiting period"); "the first nine months" is one duration; a position word before
a day is inside it ("late Tuesday", "early yesterday"); "fiscal" is part of the year or quarter it
qualifies; a year in the possessive with a quarter is that quarter ("this year's third quarter"); a
colon after a date ends a clause, it opens no clock time ("on Monday, Oct. 14: ..."); an abbreviated
month with its day is a date, not a month ("last Oct. 3"); a second day after a month and its day is a
date of its own ("April 24 and 25").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from times_helpers import found

pytestmark = pytest.mark.model


CASES = [
    ("en", "Prices have doubled over the past 20 years.", "the past 20 years", "P20Y"),
    ("en", "Output will grow over the next two years.", "the next two years", "P2Y"),
    ("en", "The government called the 14-day waiting period unfair.", "14-day", "P14D"),
    ("en", "After the two-hour meeting, he left.", "two-hour", "PT2H"),
    ("en", "Sales rose 5% in the first nine months of the year.", "the first nine months", "P9M"),
    ("en", "The talks ended late Tuesday.", "late Tuesday", "2024-10-15"),
    ("en", "Rebels attacked the base early yesterday.", "early yesterday", "2024-10-16"),
    ("en", "Earlier Monday, the minister met the envoy.", "Earlier Monday", "2024-10-14"),
    ("en", "Profit fell in fiscal 2023.", "fiscal 2023", "2023"),
    ("en", "Analysts expect a loss in this year's third quarter.", "this year's third quarter", "2024-Q3"),
    ("en", "Sales will recover in next year's first quarter.", "next year's first quarter", "2025-Q1"),
    ("en", "The Times said in an editorial on Monday, Oct. 14: the vote matters.", "Monday, Oct. 14", "2024-10-14"),
    ("en", "The Times said in an editorial on Monday, Oct. 14:", "Monday, Oct. 14", "2024-10-14"),
    ("en", "The bus left Oct. 14 at 10:30 a.m.", "Oct. 14 at 10:30 a.m.", "2024-10-14T10:30"),
    ("en", "He was shot to death last Oct. 3 at his home.", "Oct. 3", "2024-10-03"),
    ("en", "The summit will be held on April 24 and 25.", "April 24", "2025-04-24"),
    ("en", "The summit will be held on April 24 and 25.", "25", "2025-04-25"),
    ("en", "Talks were held Nov. 2-3, 2023, in Cairo.", "3, 2023", "2023-11-03"),
    ("en", "Sales rose during the quarter. Third-quarter profit fell.", "the quarter", None),
    ("en", "Third-quarter profit fell. Costs rose during the quarter.", "the quarter", "2024-Q3"),
    ("en", "The plant will close at the end of this week.", "the end of this week", "2024-W42"),
]


@pytest.mark.parametrize("lang,text,span,value", CASES)
def test_extent(comps, lang, text, span, value):
    got = found(comps, lang, text)
    if value is None:
        assert not any(k.endswith(span) and k != span for k in got)
    else:
        assert got.get(span) == value
