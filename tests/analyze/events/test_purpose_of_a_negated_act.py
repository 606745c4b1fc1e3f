"""An infinitive of purpose ("sent troops to help", "flew to Geneva to meet") is as sure as the act it is the aim of:
when that act is negated ("will not lend its bases to assist", "did not travel to meet"), what it was for did not
happen either, and is not coded as done. Made-up sentences; the purpose of an act that happened is still read."""
from __future__ import annotations

import pytest
from events_helpers import assert_read, described


@pytest.mark.parametrize("text, event_type", [
    ("Turkey will not lend its air bases to assist the American campaign.", "AID"),
    ("Hungary will not open its airspace to help the Ukrainian army.", "AID"),
    ("The rebels did not travel to Geneva to meet the UN envoy.", "CONSULT"),
    ("Chile did not send its foreign minister to Lima to negotiate with Peru.", "CONSULT"),
])
def test_the_purpose_of_a_negated_act_is_not_done(run, text, event_type):
    events = [e for e in run(text, "en") if e.event == event_type and e.status == "actual"]
    assert not events, described(events)


@pytest.mark.parametrize("text, event_type, actor, sides", [
    ("Japan sent a medical team to help Turkey.", "AID", "JPN", {"JPN", "TUR"}),
    ("The Kenyan president flew to Addis Ababa to meet the Ethiopian prime minister.", "CONSULT", "KEN",
     {"KEN", "ETH"}),
])
def test_the_purpose_of_an_act_done_is_still_read(run, text, event_type, actor, sides):
    assert_read([e for e in run(text, "en") if e.status == "actual"], event_type, None, actor, sides)
