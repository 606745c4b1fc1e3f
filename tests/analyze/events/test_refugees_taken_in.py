"""Refugees, migrants or asylum seekers accepted, admitted, taken in or resettled by a state are given asylum: AID
(PLOVER: aid given, asylum; CAMEO 075), as « accueillir des réfugiés » already reads in French. A promise to take
them in stays a promise (AGREE, the type's intent_as); a proposal accepted and a state admitted to an alliance
keep their senses. Sentences written before the entries."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "sides"), [
    ("Canada has admitted 25,000 Syrian refugees since November.", ({"CAN"}, {"SYR"})),
    ("Germany took in a million refugees from Syria in 2015.", ({"DEU"}, {"SYR"})),
    ("Sweden accepted 500 Afghan asylum seekers last year.", ({"SWE"}, {"AFG"})),
    ("Australia resettled 12,000 Iraqi refugees in 2016.", ({"AUS"}, {"IRQ"})),
])
def test_refugees_taken_in_are_given_asylum(run, text, sides):
    events = run(text, "en")
    assert sides in [(codes(e.actor), codes(e.recipient)) for e in events if e.event == "AID"], text
    assert not [e for e in events if e.event == "AGREE"], text


@pytest.mark.parametrize(("text", "event"), [
    ("Japan agreed to accept 150 Syrian refugees.", "AGREE"),
    ("Japan will take in 150 Syrian refugees next year.", "AGREE"),
    ("Sweden accepted the proposal of Norway on Monday.", "AGREE"),
    ("NATO admitted Montenegro on Monday.", "AGREE"),
])
def test_promises_proposals_and_members_keep_their_senses(run, text, event):
    events = run(text, "en")
    assert [e for e in events if e.event == event and e.status in ("actual", "future")], text
    assert not [e for e in events if e.event == "AID" and e.status == "actual"], text
