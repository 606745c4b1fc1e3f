"""Classes of one-sentence reports that the sixth batch of our own PLOVER sentences (tests/gold/plover_own.jsonl,
a new writer's styles: headlines, passives, event nouns as subjects, titles, quotes, dates; gold before the first
run) showed missed or misread: "wound" past a route ("the march wound through the city") is the verb "wind", no
wounding; an event noun
that is the subject of a passive verb of making ("an appeal was issued by", "a lawsuit was brought by", "a
curfew was imposed by") is that event, made by the by-phrase's agent. Sentences made up for the rules (none of
them from that set), at the default output threshold."""

from __future__ import annotations

import pytest
from events_helpers import described, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The funeral procession wound through the old city of Hebron on Sunday.",
    "A convoy of aid trucks wound along the mountain road towards the Afghan border.",
    "A long queue of voters wound around the polling station in Kabul on Saturday.",
])
def test_a_march_that_wound_through_a_place_wounded_nobody(en_events_default, text):
    events = en_events_default(text, "en")
    assert not has_event(events, "ASSAULT"), described(events)


@pytest.mark.parametrize("text", [
    "A roadside bomb wounded three Afghan soldiers in Helmand on Monday.",
    "Three Israeli soldiers were wounded by Palestinian gunmen near Nablus on Friday.",
])
def test_wounding_stays_an_assault(en_events_default, text):
    events = en_events_default(text, "en")
    assert has_event(events, "ASSAULT"), described(events)


@pytest.mark.parametrize("text, event_type, actor", [
    ("An appeal for emergency food aid was launched on Monday by the government of Niger.", "REQUEST", {"NER"}),
    ("A fresh call for talks was issued by the Sudanese government on Wednesday.", "REQUEST", {"SDN"}),
    ("A lawsuit against the Kenyan government was filed in Nairobi on Tuesday by the opposition party ODM.",
     "ACCUSE", {"KEN"}),
    ("A formal complaint was lodged with the United Nations by Cambodia on Friday.", "ACCUSE", {"KHM"}),
    ("A night curfew was imposed on the city by the Egyptian army on Saturday.", "COERCE", {"EGY"}),
])
def test_an_event_noun_made_in_the_passive_is_made_by_the_agent(en_events_default, text, event_type, actor):
    events = en_events_default(text, "en")
    assert has_event(events, event_type, actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "A song was issued by the band on Monday.",
    "A film about the war was made by a Kenyan director.",
])
def test_a_thing_made_in_the_passive_is_no_event(en_events_default, text):
    events = en_events_default(text, "en")
    assert not events, described(events)
