"""A side saying another side should or must act demands it (PLOVER REQUEST, CAMEO 10): the speaker is the actor,
the side that should act the recipient. Made-up sentences: the speaker's own obligation, a guess about the past
("must have left") and a side with no one named demand nothing."""
from __future__ import annotations

import pytest
from events_helpers import codes, described


@pytest.mark.parametrize("text, language, actor, recipient", [
    ("The German chancellor said Israel should release the detained journalists.", "en", "DEU", "ISR"),
    ("Japan said North Korea should return to the negotiating table.", "en", "JPN", "PRK"),
    ("Canada said Venezuela ought to free the opposition leaders.", "en", "CAN", "VEN"),
    ("Sweden said Turkey should not block the talks.", "en", "SWE", "TUR"),
    ("Rome a estimé qu'il faut que la Serbie retire ses soldats.", "fr", "ITA", "SRB"),
])
def test_a_side_saying_another_should_act_demands_it(run, text, language, actor, recipient):
    events = [e for e in run(text, language) if e.event == "REQUEST"]
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient) for e in events), described(
        run(text, language))


@pytest.mark.parametrize("text, language", [
    ("Egypt said Hamas must have left the border town before dawn.", "en"),
    ("Chile said Peru should have known about the shipment.", "en"),
    ("The Danish premier said that we should defend ourselves.", "en"),
    ("Le président sénégalais a déclaré que nous devons reconstruire l'armée.", "fr"),
])
def test_a_guess_or_an_own_obligation_demands_nothing(run, text, language):
    events = [e for e in run(text, language) if e.event == "REQUEST"]
    assert not events, described(events)


@pytest.mark.parametrize("text", [
    "The envoy said Russia needs to withdraw its troops from Syria.",
    "Brazil needs to release more water from its dams, the minister said.",
])
def test_what_a_side_needs_to_do_is_not_done(run, text):
    events = [e for e in run(text, "en") if e.status == "actual" and e.event == "RETREAT"]
    assert not events, described(events)
