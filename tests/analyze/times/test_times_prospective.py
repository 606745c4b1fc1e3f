"""Which way a weekday or a month without a year lies when the clause plans, schedules or agrees to
something: the complement of a verb of planning lies ahead of the report even when the verb is past
("The team planned to leave on Saturday"), and so does the time of what a verb of scheduling sets
("has scheduled a news conference Monday"); "this September" is the month of the current year.
Sentences written for these tests (TimeML 1.2.1: the value is the one the reader infers from the
document's time and the clause)."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

pytestmark = pytest.mark.model


CASES = [
    # the infinitive complement of a verb of planning, agreeing or promising lies ahead
    ("en", "The team planned to leave Nairobi on Saturday for Dar es Salaam.", "Saturday", "2024-10-19"),
    ("en", "The rebels agreed to free the hostages on Monday.", "Monday", "2024-10-21"),
    ("en", "The firm agreed to buy the unit in February.", "February", "2025-02"),
    ("en", "The president promised to announce his cabinet on Tuesday.", "Tuesday", "2024-10-22"),
    ("fr", "Le ministre a prévu de se rendre à Kiev lundi.", "lundi", "2024-10-21"),
    ("fr", "Les syndicats ont promis de manifester samedi.", "samedi", "2024-10-19"),
    ("fr", "Les deux camps ont accepté de se retrouver en février.", "février", "2025-02"),
    ("fr", "Les deux pays ont convenu de se retrouver lundi.", "lundi", "2024-10-21"),
    # what a verb of scheduling sets lies ahead
    ("en", "The prosecutor has scheduled a news conference Monday.", "Monday", "2024-10-21"),
    ("en", "The vote was scheduled for Tuesday.", "Tuesday", "2024-10-22"),
    ("fr", "Le gouvernement a programmé un vote mardi.", "mardi", "2024-10-22"),
    # controls: the time of the agreeing itself, and plain past clauses, look back
    ("en", "They agreed on Monday to resume the talks.", "Monday", "2024-10-14"),
    ("en", "The team left Nairobi on Saturday.", "Saturday", "2024-10-12"),
    ("en", "The firm bought the unit in February.", "February", "2024-02"),
    ("fr", "Les syndicats ont manifesté samedi.", "samedi", "2024-10-12"),
]


@pytest.mark.parametrize("lang,text,span,value", CASES)
def test_prospective_direction(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value


def test_this_month_is_the_current_years(comps):
    """"this September" in February is September of the same year, whatever the tense."""
    got = found(comps, "en",
                "With the general election due this September, the figures could not have come at a worse time.",
                date(2024, 2, 5))
    assert got.get("this September") == "2024-09"


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    # fronted before the subject: the time of the planning itself (published Wednesday 16 October 2024)
    ("en", "On Friday, the government planned to pay the first claims.", "Friday", "2024-10-11"),
    ("fr", "Vendredi, le conseil a programmé un vote sur le budget.", "Vendredi", "2024-10-11"),
    # after the verb: the time it sets
    ("en", "The government planned to pay the first claims on Friday.", "Friday", "2024-10-18"),
    ("fr", "Le conseil a programmé un vote vendredi.", "vendredi", "2024-10-18"),
])
def test_fronted_time_of_a_scheduling_verb_is_its_own(comps, lang, text, span, value):
    assert found(comps, lang, text, date(2024, 10, 16)).get(span) == value
