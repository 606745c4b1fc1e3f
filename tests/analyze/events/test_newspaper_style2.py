"""Classes of newspaper-style English copy a second fresh batch of own articles (``en-ae``, 2006-2012: a coup,
a power-sharing deal, a war-crimes sentence, an embargo, flood relief, a ceasefire, expulsions, an arrest, bombings,
troops sent to a neighbour) showed missed: a seat of government the tagger names with its article ("The White
House", "the State Department") is that government; a side "deeply concerned", "disappointed", "alarmed" or
"dismayed" by an act disapproves of it (CAMEO 111); solidarity voiced with a side supports it (CAMEO 051);
relief goods ferried, flown or trucked to people are aid (CAMEO 07). Sentences written before the rules, none
taken from the batch."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


def actual(events, event_type):
    return [e for e in events if e.event == event_type and e.status == "actual"]


@pytest.mark.parametrize("text, event_type", [
    ("The White House condemned the bombing of the mosque in Peshawar on Sunday.", "ACCUSE"),
    ("The State Department urged the government in Hanoi to free the jailed bloggers.", "REQUEST"),
    ("On Friday the White House welcomed the agreement between Khartoum and the southern rebels.", "SUPPORT"),
    ("The State Department condemned the execution of the opposition activist in Tehran.", "ACCUSE"),
])
def test_a_seat_of_government_named_with_its_article_is_that_government(run, text, event_type):
    events = run(text, "en")
    assert any("USA" in codes(e.actor) for e in actual(events, event_type)), [
        (e.event, codes(e.actor), codes(e.recipient)) for e in events]


def test_a_newspaper_named_with_its_article_is_no_government(run):
    events = run("The Washington Post criticised the senator's remarks on Monday.", "en")
    assert not any("USA" in codes(e.actor) and "GOV" in {s for r in e.actor for s in r.sector}
                   for e in events), [(e.event, codes(e.actor)) for e in events]


@pytest.mark.parametrize("text, actor", [
    ("Germany said it was deeply disappointed by the verdict against the Belarusian journalist.", "DEU"),
    ("The United Nations was alarmed by the expulsion of foreign aid workers from Darfur.", "UN"),
    ("Canada said it was dismayed at the decision of Sri Lanka to bar the election observers.", "CAN"),
    ("Japan is seriously concerned about the military build-up of China near the disputed islands.", "JPN"),
])
def test_a_side_concerned_or_disappointed_by_an_act_disapproves_of_it(run, text, actor):
    events = run(text, "en")
    assert any(actor in codes(e.actor) for e in actual(events, "ACCUSE")), [
        (e.event, codes(e.actor), codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text", [
    "The parties concerned met in Geneva on Monday to discuss the water project.",
    "Concerned parents gathered outside the school in Lyon on Tuesday.",
    "Fans were disappointed when the match in Madrid was called off.",
])
def test_concern_without_an_object_of_disapproval_is_no_accusation(run, text):
    events = run(text, "en")
    assert not actual(events, "ACCUSE"), [(e.event, codes(e.actor), codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Poland expressed solidarity with Lithuania after Moscow cut off its oil supplies.", "POL", "LTU"),
    ("The Arab League voiced its solidarity with Lebanon on Wednesday.", "ARABLEAGUE", "LBN"),
    ("Brazil declared its full solidarity with Bolivia in the gas dispute.", "BRA", "BOL"),
])
def test_solidarity_voiced_with_a_side_supports_it(run, text, actor, recipient):
    events = run(text, "en")
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient) for e in actual(events, "SUPPORT")), [
        (e.event, codes(e.actor), codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text, actor", [
    ("Indian navy vessels shipped tents and blankets to the quake zone in Nepal on Monday.", "IND"),
    ("Turkish army lorries trucked flour and medicine to refugees on the Syrian border.", "TUR"),
    ("Australian navy boats ferried drinking water and rice to islanders cut off by the cyclone in Fiji.", "AUS"),
])
def test_relief_goods_carried_to_people_are_aid(run, text, actor):
    events = run(text, "en")
    assert any(actor in codes(e.actor) for e in actual(events, "AID")), [
        (e.event, codes(e.actor), codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text", [
    "The French president flew to Berlin on Monday for talks with the chancellor.",
    "Greek boats ferried tourists to the islands on Saturday.",
])
def test_people_flown_or_ferried_are_no_aid(run, text):
    events = run(text, "en")
    assert not actual(events, "AID"), [(e.event, codes(e.actor), codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text", [
    "Baluch separatists ambushed a Pakistani army convoy near Quetta on Monday. The interior minister vowed to hunt "
    "down the gunmen.",
    "Gunmen of a Mexican cartel seized two American students in Tijuana. Mexico's president promised to track down "
    "the kidnappers.",
    "Taliban militants bombed a market in Kabul on Saturday. The Afghan government pledged on Sunday to hunt down "
    "those behind the attack.",
])
def test_a_vow_to_hunt_down_the_culprits_is_a_threat(run, text):
    events = run(text, "en")
    assert any(e.event == "THREATEN" for e in events) and not any(e.event == "AGREE" for e in events), [
        (e.event, e.status, codes(e.actor)) for e in events]


@pytest.mark.parametrize("text", [
    "Turkish police hunted down the leaders of the cell in Istanbul on Friday.",
    "Pakistani troops tracked down the militants in a village near Peshawar.",
])
def test_culprits_hunted_down_are_arrested(run, text):
    events = run(text, "en")
    assert actual(events, "COERCE"), [(e.event, e.status, codes(e.actor)) for e in events]


def test_prices_tracked_are_no_arrest(run):
    events = run("Analysts in London tracked oil prices closely on Monday.", "en")
    assert not actual(events, "COERCE"), [(e.event, codes(e.actor)) for e in events]
