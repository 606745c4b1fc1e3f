"""Two readings that tell no act. What a side fears or dreads is at most possible, and no threat of whoever
would do it ("Kenyan officials fear attacks by Somali militants"); an act the same sentence tells as done stays.
A deal a side has is a standing state ("Chile has nine trade agreements"), no act of agreeing; a deal signed or
reached stays. Sentences written for these rules, not taken from any dev set."""

from __future__ import annotations

import pytest
from events_helpers import event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run_default(en_nlp):
    """The events output at the default confidence threshold."""
    return event_runner({"en": en_nlp}, min_confidence=None)


def _found(events):
    return [(e.event, e.status, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "Kenyan officials fear attacks by Somali militants on hotels in Mombasa.",
    "Afghan election officials dread Taliban attacks on polling stations.",
    "Diplomats feared a crackdown on the opposition in Minsk after the vote.",
    "Nigerian villagers fear that Boko Haram fighters will attack the town again.",
])
def test_a_feared_act_is_no_event(run_default, text):
    assert _found(run_default(text, "en")) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The Afghan army repelled Taliban attacks on polling stations on Saturday.", "ASSAULT"),
    ("Fearing a crackdown, Belarusian opposition leaders fled to Lithuania, where police arrested two of them.",
     "COERCE"),
])
def test_an_act_told_as_done_stays(run_default, text, kind):
    events = run_default(text, "en")
    assert kind in [e.event for e in events], _found(events)


@pytest.mark.parametrize("text", [
    "Australia and New Zealand have more than a dozen trade agreements each.",
    "Chile, which has nine free trade agreements, exports copper to China.",
    "Mexico has a free trade agreement with Canada and the United States.",
])
def test_a_deal_a_side_has_is_no_agreement(run_default, text):
    assert [e.event for e in run_default(text, "en") if e.event == "AGREE"] == []


@pytest.mark.parametrize("text", [
    "Japan and India signed a trade agreement on Monday.",
    "Peru and Chile reached an agreement on their maritime border in Lima on Friday.",
])
def test_a_deal_signed_or_reached_stays(run_default, text):
    assert "AGREE" in [e.event for e in run_default(text, "en")]
