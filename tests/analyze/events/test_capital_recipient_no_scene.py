"""A capital that stands for its government as the recipient of a measure ("sanctions on Moscow", "curbs on
exports to Seoul") is whom the act is aimed at, not where it happens: the event gets no place from it. A
place named as the scene ("in Paris") stays the place; attacks and deployments, whose target place is their
scene, are not concerned.
Made-up sentences, written before the rule (helper stories4: two outlets' reports of one decision were kept
apart because one was placed in the recipient's capital)."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "etype", "target"), [
    ("Washington imposed sanctions on Moscow on Friday.", "SANCTION", "RUS"),
    ("Tokyo dropped curbs on exports to Seoul on Thursday.", "CONCEDE", "KOR"),
])
def test_a_capital_aimed_at_is_the_recipient_not_the_place(en_events, text, etype, target):
    ev = event_of(en_events(text, "en"), etype)
    assert target in codes(ev.recipient)
    assert ev.location is None, ev.location


@pytest.mark.parametrize(("text", "etype", "place"), [
    ("Thousands of teachers protested in Paris on Tuesday.", "PROTEST", "Paris"),
    ("Washington imposed sanctions on Iran at a meeting in Brussels.", "SANCTION", "Brussels"),
])
def test_a_scene_stays_the_place(en_events, text, etype, place):
    ev = event_of(en_events(text, "en"), etype)
    assert ev.location is not None and ev.location.name == place


def test_a_french_protest_keeps_its_town(run):
    text = "Des milliers de personnes ont manifesté mardi à Lyon contre la réforme des retraites."
    ev = event_of(run(text, "fr"), "PROTEST")
    assert ev.location is not None and ev.location.name == "Lyon"
