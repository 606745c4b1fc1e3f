"""English rule families of issue 11 (helper events-en3), each on sentences written for the rule before it
(made up, not taken from any dev set): imported patterns that name several parts need all of them, a
verb and a bare preposition make no meeting, court and clemency verbs, rescue
packages, and a nominal subject that names no actor is the agent the text gives (no home country)."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of

pytestmark = pytest.mark.model


# -- a PETRARCH2 pattern naming an object and a preposition needs both ("- * &WEAPON (ON EXERCISE)") ------
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Hamas militants fired rockets at southern Israel.", "PSE", "ISR"),
    ("Venezuelan police fired tear gas at opposition protesters in Caracas.", "VEN", "VEN"),
    ("Syrian troops fired mortars at the Turkish border town of Akcakale.", "SYR", "TUR"),
])
def test_firing_weapons_at_someone_is_an_assault_not_a_manoeuvre(en_events, text, source, target):
    events = en_events(text, "en")
    assert not any(e.event == "MOBILIZE" for e in events), [(e.event, e.confidence) for e in events]
    ev = event_of(events, "ASSAULT")
    assert source in codes(ev.actor)
    assert target in codes(ev.recipient)


def test_a_weapon_fired_on_exercise_is_still_a_show_of_force(en_events):
    ev = event_of(en_events("The Iranian navy fired missiles on exercise in the Gulf.", "en"), "MOBILIZE")
    assert "IRN" in codes(ev.actor)


# -- a motion verb with an object of its own moves the object: no visit, no meeting ----------------------
@pytest.mark.parametrize("text", [
    "Australian rescuers rushed the injured man to a hospital in Darwin.",
    "The French air force flew the wounded soldiers to a hospital in Paris.",
    "Kenyan officials hurried the children to a shelter in Mombasa.",
])
def test_moving_someone_somewhere_is_no_visit(en_events, text):
    events = en_events(text, "en")
    assert not any(e.event in ("CONSULT", "AGREE") for e in events), [(e.event, e.confidence) for e in events]


@pytest.mark.parametrize("text", [
    "The British coach came to Cairo six years ago to run the academy.",
    "The confusion led to Dominica's request being rejected.",
    "Members of the Canadian team are heading to Hawaii and Guam.",
])
def test_a_verb_and_a_bare_preposition_make_no_meeting(en_events_default, text):
    events = en_events_default(text, "en")
    assert not any(e.event in ("CONSULT", "AGREE") for e in events), [(e.event, e.confidence) for e in events]


# -- court and clemency verbs (CAMEO 081 ACQUIT block: ease sanctions; 0841 pardon: release) -------------
@pytest.mark.parametrize(("text", "event", "source", "target"), [
    ("A Nigerian court acquitted the former Ghanaian minister of fraud.", "CONCEDE", "NGA", "GHA"),
    ("The Egyptian president pardoned three Canadian journalists.", "RETREAT", "EGY", "CAN"),
    ("Brazilian prosecutors charged the former Peruvian president with bribery.", "ACCUSE", "BRA", "PER"),
])
def test_court_and_clemency_verbs(en_events, text, event, source, target):
    ev = event_of(en_events(text, "en"), event)
    assert source in codes(ev.actor)
    assert target in codes(ev.recipient)


# -- a rescue package, a bailout: aid named by its noun --------------------------------------------------
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The European Union approved a rescue package for Greece.", "EU", "GRC"),
    ("The IMF granted a bailout to Argentina.", "IMF", "ARG"),
    ("Japan announced an aid package for Sri Lanka.", "JPN", "LKA"),
])
def test_rescue_packages_are_aid(en_events, text, source, target):
    ev = event_of(en_events(text, "en"), "AID")
    assert source in codes(ev.actor)
    assert target in codes(ev.recipient)


def test_a_package_of_reforms_is_no_aid(en_events):
    events = en_events("The Greek parliament approved a package of tax reforms.", "en")
    assert not any(e.event == "AID" for e in events)


# -- a nominal subject that names no actor is the agent: the country of the scene is not the attacker -----
@pytest.mark.parametrize("text", [
    "The storm killed ten people in the Philippines.",
    "A landslide killed five villagers in northern Peru.",
    "The fire destroyed three houses in Sydney.",
    "The earthquake destroyed two schools in the Turkish province of Hatay.",
])
def test_a_natural_force_is_no_political_actor(en_events_default, text):
    events = en_events_default(text, "en")
    assert not any(e.event == "ASSAULT" for e in events), [(e.event, codes(e.actor), e.confidence)
                                                             for e in events]


@pytest.mark.parametrize(("text", "target"), [
    ("A car bomb killed twenty people in Baghdad.", "IRQ"),
    ("Gunmen killed five police officers in the Afghan province of Helmand.", "AFG"),
])
def test_an_attack_or_attackers_as_subject_keep_the_event(en_events_default, text, target):
    ev = event_of(en_events_default(text, "en"), "ASSAULT")
    assert target in codes(ev.recipient)


# -- pressing someone to act is a request addressed to them (CAMEO 10, PLOVER REQUEST) --------------------
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The European Union pressured Serbia to arrest the fugitive general.", "EU", "SRB"),
    ("Washington is pressuring Pakistan into closing the militant camps.", "USA", "PAK"),
])
def test_pressuring_someone_to_act_is_a_request(en_events, text, source, target):
    ev = event_of(en_events(text, "en"), "REQUEST")
    assert source in codes(ev.actor)
    assert target in codes(ev.recipient)


# -- a town or region modifying an agent noun gives the group its country ("a Phuket court") -------------
@pytest.mark.parametrize(("text", "event", "source", "target"), [
    ("The Australian tourist was found guilty by a Phuket provincial court.", "SANCTION", "THA", "AUS"),
    ("A Texas court sentenced the Mexican smuggler to ten years in prison.", "SANCTION", "USA", "MEX"),
    ("Karachi police arrested five Afghan migrants.", "COERCE", "PAK", "AFG"),
    ("Mumbai police detained two Pakistani fishermen.", "COERCE", "IND", "PAK"),
])
def test_a_place_inside_an_agent_phrase_gives_its_country(en_events, text, event, source, target):
    ev = event_of(en_events(text, "en"), event)
    assert source in codes(ev.actor)
    assert target in codes(ev.recipient)


def test_a_place_the_agent_is_sent_to_is_not_its_country(en_events):
    events = en_events("Troops sent to Aleppo arrested five French journalists.", "en")
    assert not any("SYR" in codes(e.actor) for e in events if e.event == "COERCE")


# -- a past participle without any auxiliary is no active verb: its subject undergoes the act ------------
@pytest.mark.parametrize(("text", "event", "undergoer"), [
    ("A Sydney woman sentenced to 15 days in jail in Phuket is appealing the verdict.", "SANCTION", "AUS"),
    ("Two Kenyan journalists detained in Kampala for a week were freed on Monday.", "COERCE", "KEN"),
])
def test_a_participle_without_auxiliary_is_passive(en_events, text, event, undergoer):
    for ev in en_events(text, "en"):
        if ev.event == event:
            assert undergoer not in codes(ev.actor), (codes(ev.actor), codes(ev.recipient))


@pytest.mark.parametrize(("text", "event", "source"), [
    ("Two Nigerian soldiers were charged with murder by a military court in Abuja.", "ACCUSE", "NGA"),
    ("Police in Karachi arrested three Afghan smugglers.", "COERCE", "PAK"),
])
def test_a_court_or_police_in_a_town_are_its_country(en_events, text, event, source):
    assert source in codes(event_of(en_events(text, "en"), event).actor)


def test_troops_in_a_town_are_not_its_country(en_events):
    events = en_events("Troops in Karachi arrested three Afghan smugglers.", "en")
    assert not any("PAK" in codes(e.actor) for e in events if e.event == "COERCE")


# -- "call on/for" is a request only in the active voice and without an object of its own ----------------
@pytest.mark.parametrize("text", [
    "Canadian police were called to the house for a report of a break-in.",
    "The Canadian finance minister called the provincial demands for more funding unrealistic.",
])
def test_being_called_somewhere_or_naming_is_no_request(en_events, text):
    assert not any(e.event == "REQUEST" for e in en_events(text, "en"))


def test_calling_on_someone_is_a_request(en_events):
    ev = event_of(en_events("The European Union called on Russia to withdraw its troops.", "en"), "REQUEST")
    assert "EU" in codes(ev.actor)
    assert "RUS" in codes(ev.recipient)


# -- an object that names no person, group or event is a thing: no home country as the recipient ---------
def test_killing_off_a_custom_is_no_assault(en_events_default):
    events = en_events_default("The Spanish government met in Madrid on Monday. Spanish officials said Spain "
                         "killed off the siesta last year.", "en")
    assert not any(e.event == "ASSAULT" for e in events), [(e.event, codes(e.recipient)) for e in events]


def test_a_person_object_keeps_the_home_recipient(en_events_default):
    ev = event_of(en_events_default("The Spanish government met in Madrid on Monday. Spanish police arrested "
                              "ten smugglers on Tuesday.", "en"), "COERCE")
    assert "ESP" in codes(ev.recipient)


def test_criticising_a_thing_is_still_addressed_to_the_home_authorities(en_events_default):
    ev = event_of(en_events_default("The Australian government met in Canberra on Monday. An Australian senator "
                              "criticised the use of pencils in the election.", "en"), "ACCUSE")
    assert "AUS" in codes(ev.recipient)
