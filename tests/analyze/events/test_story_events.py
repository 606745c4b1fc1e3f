"""Events the stories dev articles lost, by class, each written as made-up sentences before the rule:

- **force held in reserve is a threat** (PLOVER THREATEN, CAMEO 138 "threaten with military force"): a side
  that does *not rule out* (« n'exclut pas », « n'écarte pas ») force, strikes or the use of force threatens its
  target; ruling them out is a refusal;
- **refusals in a conditional or negated form keep their sense**: ruling out talks stays a refusal;
- **a crowd that invades, ransacks or vandalises a building riots** (PLOVER PROTEST, mode riot), as a crowd
  that torches one does: supporters, protesters, rioters, « des partisans ont envahi le parlement »; soldiers
  who invade a town attack it (ASSAULT);
- **destroying a side's warship, aircraft, bridge or base is force** (ASSAULT, mode destroy), as « détruire »
  already is; a storm or an earthquake that destroys houses is no one's act;
- **« l'intersyndicale »**, the common front of French unions, is a labour group (LAB) as « les syndicats »
  are: its call to a day of strikes is a protest with an actor.

Published Thursday 2024-03-14."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp}, min_confidence=None)


def _types(events):
    return {e.event for e in events}


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Russia did not rule out the use of force against Georgia on Tuesday.", "en", "RUS"),
    ("China has never ruled out the use of force against Taiwan.", "en", "CHN"),
    ("La Turquie n'exclut pas le recours à la force contre la Grèce.", "fr", "TUR"),
    ("Israël n'exclut pas des frappes contre l'Iran, a déclaré le ministre.", "fr", "ISR"),
    ("Moscou n'exclut pas l'usage de la force contre la Géorgie, a dit mardi le ministre.", "fr", "RUS"),
])
def test_force_held_in_reserve_is_a_threat(runs, text, language, actor):
    events = runs(text, language)
    threats = [e for e in events if e.event == "THREATEN"]
    assert threats, [(e.event, codes(e.actor), e.status) for e in events]
    assert actor in codes(threats[0].actor)
    assert not {"ASSAULT", "REJECT"} & _types(events)


@pytest.mark.parametrize(("text", "language"), [
    ("Germany ruled out the use of force against Iran.", "en"),
    ("Le Japon a exclu le recours à la force contre la Corée du Nord.", "fr"),
    ("Paris écarte toute frappe contre la Syrie.", "fr"),
])
def test_ruling_force_out_is_no_threat(runs, text, language):
    assert "THREATEN" not in _types(runs(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("The government did not rule out new talks with the unions.", "en"),
    ("Le gouvernement n'exclut pas un accord avec les syndicats.", "fr"),
])
def test_not_ruling_out_talks_or_a_deal_is_no_threat(runs, text, language):
    assert "THREATEN" not in _types(runs(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Hundreds of protesters ransacked the parliament building in Colombo on Wednesday.", "en"),
    ("Angry supporters of the defeated candidate invaded the electoral commission's offices in Nairobi.", "en"),
    ("Rioters vandalised the town hall of Lyon on Saturday night.", "en"),
    ("Des centaines de manifestants ont envahi mercredi le parlement à Colombo.", "fr"),
    ("Des milliers de partisans du candidat battu ont vandalisé le siège de la commission électorale à Nairobi.",
     "fr"),
])
def test_a_crowd_storming_or_invading_a_building_riots(runs, text, language):
    events = runs(text, language)
    riots = [e for e in events if e.event == "PROTEST"]
    assert riots, [(e.event, e.mode, codes(e.actor)) for e in events]
    assert riots[0].mode == "riot"
    assert "ASSAULT" not in _types(events)


@pytest.mark.parametrize(("text", "language"), [
    ("Government troops invaded the rebel-held town of Kidal on Monday.", "en"),
    ("Les soldats maliens ont envahi la ville rebelle de Kidal lundi.", "fr"),
])
def test_soldiers_storming_a_town_attack_it(runs, text, language):
    events = runs(text, language)
    assert "ASSAULT" in _types(events), [(e.event, e.mode, codes(e.actor)) for e in events]
    assert "PROTEST" not in _types(events)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Pentagon said American missiles had destroyed three Houthi radar sites and a drone depot in Yemen.", "USA",
     "YEM"),
    ("Azerbaijan said its artillery destroyed an Armenian tank and two military vehicles near the border.", "AZE",
     "ARM"),
    ("Ukrainian drones destroyed a Russian warship near Sevastopol on Friday.", "UKR", "RUS"),
])
def test_destroying_a_sides_ship_depot_or_bridge_is_force(runs, text, actor, recipient):
    events = runs(text, "en")
    hits = [e for e in events if e.event == "ASSAULT"]
    assert hits, [(e.event, codes(e.actor), codes(e.recipient)) for e in events]
    assert actor in codes(hits[0].actor)
    assert not recipient or recipient in codes(hits[0].recipient)


@pytest.mark.parametrize("text", [
    "The earthquake destroyed hundreds of houses and a school in the Turkish province of Hatay.",
    "Floods destroyed a bridge and several buildings in northern Pakistan on Monday.",
])
def test_a_disaster_destroying_houses_is_no_attack(runs, text):
    assert "ASSAULT" not in _types(runs(text, "en"))


@pytest.mark.parametrize("text", [
    "L'intersyndicale a appelé à une nouvelle journée de grève le 12 mars à Marseille.",
    "À Lille, l'intersyndicale appelle à la grève dans les transports jeudi.",
    "L'intersyndicale de l'Éducation nationale a appelé mardi à une grève contre la réforme en France.",
])
def test_the_french_union_front_is_a_labour_actor(runs, text):
    events = runs(text, "fr")
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests, [(e.event, codes(e.actor)) for e in events]
    assert any("LAB" in (a.sector or ()) for a in protests[0].actor), [a for a in protests[0].actor]


# Force a side says it could, may or is ready to use is force held in reserve too (CAMEO 138, PLOVER THREATEN):
# the sense holds only when the use is told as intended or conditional; force used ("police used force to disperse
# the crowd"), force allowed to others or force renounced is no threat.
@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Turkey said on Monday it could use force against Kurdish fighters in Syria.", "en", "TUR"),
    ("Azerbaijan may use military force against Armenian separatists, its president said.", "en", "AZE"),
    ("Venezuela would use force against Guyana if talks failed, a minister said on Friday.", "en", "VEN"),
    ("La Turquie pourrait recourir à la force contre les combattants kurdes en Syrie.", "fr", "TUR"),
    ("Le Venezuela pourrait utiliser la force contre le Guyana, a averti vendredi un ministre.", "fr", "VEN"),
])
def test_force_a_side_could_use_is_a_threat(runs, text, language, actor):
    events = runs(text, language)
    threats = [e for e in events if e.event == "THREATEN"]
    assert threats, [(e.event, codes(e.actor), e.status) for e in events]
    assert any(actor[:3] in codes(t.actor) for t in threats)
    assert "ASSAULT" not in _types(events)


@pytest.mark.parametrize(("text", "language"), [
    ("Police used force to disperse the crowd outside parliament in Lima.", "en"),
    ("Sweden said it would never use force against its neighbours.", "en"),
    ("The Security Council authorised the peacekeepers to use force to protect civilians.", "en"),
    ("La police a utilisé la force pour disperser les manifestants à Dakar.", "fr"),
    ("Le Chili n'utilisera jamais la force contre ses voisins, a dit le ministre.", "fr"),
])
def test_force_used_or_renounced_is_no_threat(runs, text, language):
    assert "THREATEN" not in _types(runs(text, language))
