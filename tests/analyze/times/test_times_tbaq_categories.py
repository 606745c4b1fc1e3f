"""The largest classes of English value errors on TBAQ dev (issue 12, branch h/times9), one by one, each with
sentences made up for it from the TimeML 1.2.1 TIMEX3 guidelines and the TempEval-3 marking before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

NOV = date(1989, 11, 2)  # a Thursday, a report on the third quarter just ended

# "a year earlier", "a year ago" in a comparison of figures are the period the figures cover, one year back
# (TimeML anchors the shift on the narrative's reference time, the period the report is about). A fiscal
# quarter named earlier in the report stays that period through the following paragraphs until the text names
# another period: "Revenue fell ... from $93 million a year earlier", three sentences after "third-quarter
# loss", is the third quarter of the year before, not the whole year.
QUARTER_REPORTS = [
    ("Acme Corp. reported a third-quarter net loss of $35 million. A spokesman said operations had a loss "
     "of $5 million. The charges were partly offset by a gain on a sale, he said. Revenue declined 8% to "
     "$85 million, from $93 million a year earlier.", NOV, "a year earlier", "1988-Q3"),
    ("Bolt Inc. said its net income rose 12% in the second quarter. The gain came from lower costs. The "
     "company also sold a plant. Sales climbed to $1.2 billion from $1.1 billion a year ago.",
     date(1989, 8, 3), "a year ago", "1988-Q2"),
    ("Carver Bancorp posted fourth-quarter profit of $4 million. Its loan book kept shrinking. Analysts "
     "had expected less. A year earlier, net income was $2 million.", date(1990, 2, 1), "A year earlier",
     "1988-Q4"),
    # the day that closes the quarter ("the quarter ended Sept. 30") is the quarter's own, not a new period
    ("Oak Foods earned $7 million in the fiscal first quarter ended Sept. 30. It had lost $1 million "
     "a year ago.", NOV, "a year ago", "1988-Q1"),
]

# the narrative moves on when the text names another period after the quarter: the shift then counts from
# that period, not from the quarter
QUARTER_THEN_YEAR = [
    ("Dyer Co. reported a third-quarter loss. The firm was founded in 1950. Its shares fell. In 1987 it "
     "earned $3 million; a year earlier it lost money.", NOV, "a year earlier", "1986"),
    # "the nine months" is the period of the figures now: a year back is the year before, not the quarter
    ("Fir Airlines reported third-quarter profit of $9 million. For the nine months, it posted earnings of "
     "$18 million, compared with a loss of $9 million a year earlier.", NOV, "a year earlier", "1988"),
]


@pytest.mark.parametrize(("text", "pub", "span", "value"), QUARTER_REPORTS + QUARTER_THEN_YEAR)
def test_a_year_back_is_the_period_the_report_is_about(comps, text, pub, span, value):
    assert found(comps, "en", text, pub)[span] == value


def test_a_year_ago_without_a_quarter_stays_a_year(comps):
    text = "The company said sales rose. They were $3 million a year ago."
    assert found(comps, "en", text, NOV)["a year ago"] == "1988"


# "the latest quarter", "the most recent period" is the last quarter completed (TimeML: the quarter the report
# is about); a quarter named before that is not over at the publication ("a fourth-quarter charge" expected in
# November) cannot be it, so it is the quarter just reported, the one before the publication's
LATEST_QUARTERS = [
    ("Acme's third-quarter net rose 11%. The storm will result in a fourth-quarter charge of $10 million. "
     "Earnings fell 59% in the latest quarter.", NOV, "the latest quarter", "1989-Q3"),
    ("Bolt said it has no estimate of the impact on fourth-quarter results. In the most recent quarter, Bolt "
     "lost $23 million.", date(1989, 10, 30), "the most recent quarter", "1989-Q3"),
    ("Carver expects fourth-quarter sales to grow. Sales rose 5% in the latest period.", NOV,
     "the latest period", "1989-Q3"),
]


@pytest.mark.parametrize(("text", "pub", "span", "value"), LATEST_QUARTERS)
def test_the_latest_quarter_is_one_completed(comps, text, pub, span, value):
    assert found(comps, "en", text, pub)[span] == value


def test_the_latest_quarter_after_a_completed_one_is_that_one(comps):
    text = "Dyer reported a second-quarter loss. Sales fell in the latest quarter."
    assert found(comps, "en", text, NOV)["the latest quarter"] == "1989-Q2"


def test_the_latest_period_after_a_quarter_reported_in_the_past_is_that_quarter(comps):
    text = "Elm Co. reported a 47% decline in fiscal fourth-quarter earnings. Sales in the latest period were $1 bn."
    got = found(comps, "en", text, NOV)
    assert got["the latest period"] == got["fiscal fourth-quarter"] == "1989-Q4"


MON = date(1989, 10, 30)  # a Monday

# weekday direction: a weekday takes the tense of its clause (TimeML: the last such day before the report in a
# past clause). A verb whose past is its base form ("hurt", "cut", "put") with a singular noun subject and no
# auxiliary is a past, whatever the tagger says: its present would end in -s ("Weakness hurts").
BASE_FORM_PASTS = [
    ("Fear of inflation hurt bonds on Tuesday.", "Tuesday", "1989-10-24"),
    ("Weakness in bank shares hurt the index on Friday.", "Friday", "1989-10-27"),
    ("Pressure on large bank shares hurt the blue-chip index as well as the Russell 2000, which slipped 0.8%, on "
     "Friday.", "Friday", "1989-10-27"),
]


@pytest.mark.parametrize(("text", "span", "value"), BASE_FORM_PASTS)
def test_a_base_form_after_a_singular_subject_is_a_past(comps, text, span, value):
    assert found(comps, "en", text, MON)[span] == value


def test_a_base_form_after_a_plural_subject_keeps_its_present(comps):
    assert found(comps, "en", "Traders meet on Friday.", MON)["Friday"] == "1989-11-03"


OCT = date(1989, 10, 26)

# "than a year ago", "than a year earlier": "ago" and "earlier" make the amount a DATE (TimeML: "a year ago" is
# a point, anchored on the reference time); "than" is the comparison's, not an approximation of a duration
# ("for less than a year")
THAN_AGO = [
    ("Interest rates were lower than a year ago.", "a year ago", "1988"),
    ("Oil prices were higher than a year earlier.", "a year earlier", "1988"),
    ("Du Pont reported third-quarter profit. Profit climbed, helped by oil prices higher than a year ago.",
     "a year ago", "1988-Q3"),
]


@pytest.mark.parametrize(("text", "span", "value"), THAN_AGO)
def test_than_a_year_ago_is_a_date(comps, text, span, value):
    assert found(comps, "en", text, OCT)[span] == value


def test_less_than_a_year_stays_a_duration(comps):
    # the modifier is inside the DURATION, as the TBAQ gold marks "less than a decade" (test_times_real_copy.py)
    assert found(comps, "en", "The plant ran for less than a year.", OCT)["less than a year"] == "P1Y"
