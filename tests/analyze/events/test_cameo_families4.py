"""Classes of one-sentence reports that the sixth batch of our own PLOVER sentences (tests/gold/plover_own.jsonl, a new
writer's styles: headlines, passives, event nouns as subjects, titles, quotes, dates; gold before the first run)
showed missed or misread: "wound" past a route or "wound up" ("the march wound through the city") is the verb
"wind", no wounding; firing on people, a force or a place attacks; war machines handed over are military aid; a
planned rise or tax dropped, scrapped or shelved is a concession; a veto cast vetoes. Guards written with them: an
event noun that is the subject of a passive verb of the lexicon ("a lawsuit was filed by", "a curfew was imposed
by") is the by-phrase agent's (already coded before these rules; an appeal "launched by" a government to nobody
stays below the output threshold, as its active twin does). Sentences made up for the rules (none of them from that
set), at the default output threshold."""

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
    ("A lawsuit against the Kenyan government was filed in Nairobi on Tuesday by the opposition party ODM.",
     "ACCUSE", {"KEN"}),
    ("A formal complaint was lodged with the United Nations by Cambodia on Friday.", "ACCUSE", {"KHM"}),
    ("A night curfew was imposed on the city by the Egyptian army on Saturday.", "COERCE", {"EGY"}),
])
def test_a_passive_event_noun_is_the_agents(en_events_default, text, event_type, actor):
    events = en_events_default(text, "en")
    assert has_event(events, event_type, actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "A song was issued by the band on Monday.",
    "A film about the war was made by a Kenyan director.",
])
def test_a_thing_made_in_the_passive_is_no_event(en_events_default, text):
    events = en_events_default(text, "en")
    assert not events, described(events)


@pytest.mark.parametrize("text, actor", [
    ("Israeli troops fired on a crowd of stone-throwers near Ramallah on Friday.", {"ISR"}),
    ("Syrian tanks fired on the town of Homs overnight.", {"SYR"}),  # (Rastan: no place the gazetteer knows)
    ("Pakistani border guards fired on an Afghan army post on Tuesday.", {"PAK"}),
])
def test_firing_on_people_or_places_is_an_assault(en_events_default, text, actor):
    events = en_events_default(text, "en")
    assert has_event(events, "ASSAULT", actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "The coach was fired on Monday after a string of defeats.",
    "The Kenyan police chief was fired on Friday by President Kibaki.",
])
def test_fired_on_a_day_is_no_assault(en_events_default, text):
    events = en_events_default(text, "en")
    assert not has_event(events, "ASSAULT"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Russia handed over two warships to the Syrian navy on Monday.", {"RUS"}),
    ("The United States handed over eight Black Hawk helicopters to the Iraqi army on Sunday.", {"USA"}),
    ("France handed over four patrol boats to the Senegalese navy in Dakar.", {"FRA"}),
])
def test_war_machines_handed_over_to_a_force_are_military_aid(en_events_default, text, actor):
    events = en_events_default(text, "en")
    assert has_event(events, "AID", actor=actor), described(events)


def test_weapons_handed_over_by_rebels_are_no_aid(en_events_default):
    events = en_events_default("The rebels handed over their weapons to UN peacekeepers on Saturday.", "en")
    assert not has_event(events, "AID"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("The Nigerian government scrapped a planned rise in petrol prices after a week of strikes.", {"NGA"}),
    ("Kenya dropped a proposed tax on mobile phones on Tuesday after protests.", {"KEN"}),
    ("The Indonesian government shelved a planned increase in fuel prices on Monday.", {"IDN"}),
])
def test_a_planned_rise_or_tax_scrapped_is_a_concession(en_events_default, text, actor):
    events = en_events_default(text, "en")
    assert has_event(events, "CONCEDE", actor=actor), described(events)


def test_a_player_dropped_is_no_concession(en_events_default):
    events = en_events_default("The Chinese coach dropped two players from the squad on Friday.", "en")
    assert not has_event(events, "CONCEDE"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Russia cast its veto in the Security Council on Saturday.", {"RUS"}),
    ("China and Russia cast their vetoes when the draft came to a vote on Friday.", {"CHN", "RUS"}),
    ("The United States cast a lone veto in the council on Tuesday night.", {"USA"}),
])
def test_a_veto_cast_rejects(en_events_default, text, actor):
    events = en_events_default(text, "en")
    assert has_event(events, "REJECT", actor=actor), described(events)


def test_a_vote_cast_is_no_veto(en_events_default):
    events = en_events_default("Millions of Nigerians cast their votes on Saturday.", "en")
    assert not has_event(events, "REJECT"), described(events)
