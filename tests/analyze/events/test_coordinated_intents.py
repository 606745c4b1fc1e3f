"""Acts coordinated after a verb of intent share its modality: "plotted to kill a soldier and then attack a
station" attacks nobody. The parser hangs the second, bare infinitive on the finite verb above ("admitted"),
or tags a past spelt as the base form ("cut", "set", "shut") as finite; either way the second act is as
hypothetical or future as the first. Acts coordinated with a finite verb stay done. Sentences written for
this rule, not taken from any dev set."""

from __future__ import annotations

import pytest
from events_helpers import event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run_default(en_nlp):
    """The events output at the default confidence threshold."""
    return event_runner({"en": en_nlp}, min_confidence=None)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Syrian rebels hoped to capture the town and cut the supply line to Aleppo.", "SANCTION"),
    ("The Ohio man admitted to having plotted to kill a soldier and then attack a police station in Cincinnati.",
     "ASSAULT"),
    ("The Kenyan gang planned to rob the bank and then set fire to the police station in Nairobi.", "COERCE"),
    ("Prosecutors said the Belgian men had wanted to kidnap a judge and then shoot the hostages in Antwerp.",
     "ASSAULT"),
])
def test_the_second_act_of_an_intent_is_not_done(run_default, text, wrong):
    events = run_default(text, "en")
    assert [e.event for e in events if e.event == wrong and e.status == "actual"] == [], \
        [(e.event, e.status, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "The Ohio man admitted to having plotted to kill a soldier and then attack a police station in Cincinnati.",
    "Prosecutors said the Belgian men had wanted to kidnap a judge and then shoot the hostages in Antwerp.",
])
def test_the_first_act_of_an_intent_is_still_a_threat(run_default, text):
    assert "THREATEN" in [e.event for e in run_default(text, "en")]


@pytest.mark.parametrize("text", [
    "The Yemeni rebels seized the port and shut the road to Sanaa on Monday.",
    "Nigerian soldiers stormed the camp and then arrested twelve Boko Haram fighters.",
])
def test_acts_coordinated_with_a_finite_verb_stay_done(run_default, text):
    events = run_default(text, "en")
    assert any(e.status == "actual" for e in events), [(e.event, e.status, e.trigger.text) for e in events]
