"""False positives of real English copy (issue 11, class 4 "word sense, negation, modality"), each kind with
sentences written before its rule:
- an act only alleged ("men suspected of bombing the embassy", "is alleged to have shot", "indicted for
  kidnapping") is the accusation's content, not an act the report tells as done: the accusation stays, the act
  is not output;
- an act another party is allowed to do ("police allowed the students to march") is neither done nor
  threatened by anyone: not output as a threat of the allowed party.
The acts told as done in the same sentences stay."""

from __future__ import annotations

import pytest
from events_helpers import described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, alleged", [
    ("Kenyan police detained three men suspected of bombing the Israeli embassy.", "ASSAULT"),
    ("Venezuelan troops attacked Colombian rebels suspected of kidnapping two Spanish engineers.", "ABDUCT"),
    ("The Egyptian officer is alleged to have shot two Israeli tourists near the border.", "ASSAULT"),
    ("A Pakistani man indicted for attacking the Indian consulate was extradited to India on Friday.", "ASSAULT"),
])
def test_an_alleged_act_is_not_told_as_done(run, text, alleged):
    events = run(text, "en")
    assert not [e for e in events if e.event == alleged], described(events)


@pytest.mark.parametrize("text, done", [
    ("Kenyan police detained three men suspected of bombing the Israeli embassy.", "COERCE"),
    ("Venezuelan troops attacked Colombian rebels suspected of kidnapping two Spanish engineers.", "ASSAULT"),
    ("Israeli aircraft bombed a Hamas training camp in Gaza on Monday.", "ASSAULT"),
])
def test_the_act_told_as_done_stays(run, text, done):
    events = run(text, "en")
    assert [e for e in events if e.event == done and e.status == "actual"], described(events)


@pytest.mark.parametrize("text", [
    "Turkish police allowed the Kurdish students to march to the French embassy.",
    "The Egyptian authorities permitted the Palestinian refugees to protest outside the Israeli embassy.",
    "Police in Athens let the Albanian workers demonstrate in front of the parliament.",
])
def test_an_allowed_act_is_no_threat(run, text):
    events = run(text, "en")
    assert not [e for e in events if e.event in ("THREATEN", "PROTEST")], described(events)


@pytest.mark.parametrize("text", [
    "The Kurdish students threatened to march to the French embassy.",
    "Palestinian refugees protested outside the Israeli embassy in Cairo on Sunday.",
])
def test_a_threat_or_a_protest_told_as_such_stays(run, text):
    events = run(text, "en")
    assert [e for e in events if e.event in ("THREATEN", "PROTEST")], described(events)
