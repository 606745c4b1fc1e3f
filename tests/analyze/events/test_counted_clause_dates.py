"""A clause the told event is counted from ("the raid came two days after rebels shelled a market on Sunday",
"arrested him on Monday, a week after protesters blocked the road on March 4") dates that earlier act, not
where the narrative stands: an undated event told after it keeps the day the narrative last fixed. A clause
after "after" that is not counted ("After rebels attacked on Monday, ...") is left as it was. Sentences
written before the rule; published Thursday 2024-03-14. (French « deux jours après que ... » is parsed as a
relative clause of the measure, which the offset reading does not take yet.)"""

from __future__ import annotations

import pytest
from events_helpers import event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(en_nlp):
    return event_runner({"en": en_nlp})


@pytest.mark.parametrize(("text", "event", "day"), [
    ("Rebels seized the town of Beni on Tuesday. The attack came two days after the army shelled a market on "
     "Sunday, as aid workers left the region on Saturday. Uganda condemned the rebels.", "ACCUSE", "2024-03-12"),
    ("Police arrested the mayor of Lagos on Monday, a week after protesters blocked the road on March 4. The "
     "governor of Lagos criticised the police.", "ACCUSE", "2024-03-11"),
    ("The Security Council met on Wednesday, three days after North Korea fired two missiles on Sunday. "
     "Japan accused Pyongyang of reckless provocation.", "ACCUSE", "2024-03-13"),
])
def test_a_counted_clauses_day_does_not_move_the_narrative(runs, text, event, day):
    assert event_of(runs(text, "en"), event).date == day


def test_the_counted_clause_keeps_its_own_day(runs):
    text = "Police arrested the mayor of Lagos on Monday, a week after protesters blocked the road on March 4."
    assert event_of(runs(text, "en"), "PROTEST").date == "2024-03-04"
