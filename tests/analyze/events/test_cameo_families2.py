"""Classes of one-sentence reports that the fourth batch of our own sentences in the CAMEO manual's style
(tests/gold/plover_own.jsonl, gold before the first run) showed missed: defying a deadline, a ban or an order
rejects it (CAMEO 128, defy norms, law); a warning that force will crush, quell or punish someone threatens
(CAMEO 137, threaten with repression); bowing to demands or pressure concedes (CAMEO 083); a demand whose object
is an event noun ("demanded a halt to Israeli air strikes") is addressed to that event's side (CAMEO 1056).
Sentences made up for the rules (none of them from that set)."""

from __future__ import annotations

import pytest
from events_helpers import codes, described, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("North Korea defied a United Nations ban on ballistic missile tests on Sunday.", {"PRK"}),
    ("Serbia defied a European Union deadline to hand over the fugitive general.", {"SRB"}),
    ("Hamas defied an Egyptian call for a truce, officials said.", {"PSE"}),
])
def test_defying_a_deadline_or_ban_rejects_it(en_events, text, actor):
    events = en_events(text, "en")
    assert has_event(events, "REJECT", actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "Defying the odds, the team won the cup.",
    "The singer defied her critics with a new album.",
])
def test_defying_odds_or_critics_is_no_rejection(en_events, text):
    events = en_events(text, "en")
    assert not has_event(events, "REJECT"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Zimbabwe's police chief warned opposition supporters that officers would crush any unrest.", {"ZWE"}),
    ("The Iranian government warned students that the security forces would quell any new protests.", {"IRN"}),
    pytest.param("Bahrain warned Shi'ite activists that it would punish anyone who joined the strike.", {"BHR"},
                 marks=pytest.mark.xfail(strict=True, reason="uncoded hearers (no country named): no recipient")),
])
def test_a_warning_of_repression_threatens(en_events, text, actor):
    events = en_events(text, "en")
    assert has_event(events, "THREATEN", actor=actor), described(events)


@pytest.mark.parametrize("text, actor", [
    ("The Jordanian government bowed to public pressure and scrapped the fuel tax.", {"JOR"}),
    ("Nepal's King Gyanendra bowed to the demands of the protesters on Monday.", {"NPL"}),
    ("Kyrgyzstan bowed to Russian pressure and ordered the closure of the U.S. air base.", {"KGZ"}),
])
def test_bowing_to_demands_concedes(en_events, text, actor):
    events = en_events(text, "en")
    assert has_event(events, "CONCEDE", actor=actor), described(events)


def test_bowing_to_the_crowd_is_no_concession(en_events):
    events = en_events("The singer bowed to the crowd at the end of the concert.", "en")
    assert not has_event(events, "CONCEDE"), described(events)


@pytest.mark.parametrize("text, pair", [
    ("France demanded an end to the Russian bombing of Aleppo.", ({"FRA"}, {"RUS"})),
    ("Britain demanded the withdrawal of Syrian troops from Lebanon.", ({"GBR"}, {"SYR"})),
    pytest.param("Turkey demanded an immediate halt to Armenian shelling near the border.", ({"TUR"}, {"ARM"}),
                 marks=pytest.mark.xfail(strict=True, reason="the shelling is parsed as no content of the halt")),
])
def test_a_demand_for_an_event_to_stop_is_made_to_its_side(en_events, text, pair):
    events = en_events(text, "en")
    assert any(e.event == "REQUEST" and pair[0] <= codes(e.actor) and pair[1] <= codes(e.recipient)
               for e in events), described(events)

