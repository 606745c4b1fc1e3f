"""English trigger classes of issue 11 (helper events-en4), each on sentences written for the class before
its lexicon entries (made up, not taken from any dev set): weapons tests (PLOVER MOBILIZE, mode weapons:
a show of force, not an attack), crowd dispersal (ASSAULT, mode crowd-control; CAMEO 175 "disperse
protest"), court rulings against a party (CAMEO 116 find liable: ACCUSE) and street demonstrations."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of

pytestmark = pytest.mark.model


# -- weapons tests: MOBILIZE/weapons (CAMEO 15x, demonstrate military power), never an ASSAULT ------------
@pytest.mark.parametrize(("text", "source"), [
    ("North Korea test-fired a ballistic missile into the sea.", "PRK"),
    ("Iran tested a new ballistic missile on Sunday.", "IRN"),
    ("India successfully test-fired a nuclear-capable missile.", "IND"),
    ("North Korea conducted its sixth nuclear test.", "PRK"),
    ("Pakistan conducted a test of its Shaheen missile.", "PAK"),
    ("Russia carried out a missile test in the Arctic.", "RUS"),
])
def test_a_weapons_test_is_a_show_of_force(en_events_default, text, source):
    events = en_events_default(text, "en")
    assert not any(e.event == "ASSAULT" for e in events), [(e.event, e.confidence) for e in events]
    ev = event_of(events, "MOBILIZE")
    assert ev.mode == "weapons"
    assert source in codes(ev.actor)


@pytest.mark.parametrize("text", [
    "Indian students tested the new software.",
    "Kenyan doctors tested the patients for malaria.",
    "The French team passed its driving test.",
    "The test of the new Brazilian law came on Monday.",
])
def test_testing_other_things_is_no_event(en_events, text):
    events = en_events(text, "en")
    assert not any(e.event == "MOBILIZE" for e in events), [(e.event, e.confidence) for e in events]


# -- dispersing a crowd by force: ASSAULT/crowd-control ------------------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("Kenyan police dispersed the protesters with water cannon.", "KEN"),
    ("Venezuelan security forces dispersed a student demonstration in Caracas.", "VEN"),
    ("Egyptian riot police dispersed the demonstrators outside the parliament.", "EGY"),
])
def test_dispersing_protesters_is_crowd_control(en_events_default, text, source):
    ev = event_of(en_events_default(text, "en"), "ASSAULT")
    assert ev.mode == "crowd-control"
    assert source in codes(ev.actor)


@pytest.mark.parametrize("text", [
    "The clouds over Nairobi dispersed by noon.",
    "The Kenyan fund dispersed the money to schools.",
])
def test_dispersing_other_things_is_no_assault(en_events, text):
    assert not any(e.event == "ASSAULT" for e in en_events(text, "en"))


# -- a court ruling against a party: found liable (CAMEO 116, ACCUSE) ----------------------------------
@pytest.mark.parametrize(("text", "source", "target"), [
    ("An Egyptian court ruled against three Canadian journalists.", "EGY", "CAN"),
    ("A British court ruled against the Russian oligarch.", "GBR", "RUS"),
])
def test_a_ruling_against_a_party_is_an_accusation(en_events_default, text, source, target):
    ev = event_of(en_events_default(text, "en"), "ACCUSE")
    assert source in codes(ev.actor)
    assert target in codes(ev.recipient)


@pytest.mark.parametrize("text", [
    "The Kenyan president ruled the country for ten years.",
    "A Kenyan court ruled on the case on Monday.",
])
def test_ruling_without_against_is_no_accusation(en_events, text):
    assert not any(e.event == "ACCUSE" for e in en_events(text, "en"))


# -- marching in the street or against something is a demonstration at the default threshold -----------
@pytest.mark.parametrize(("text", "source"), [
    ("Thousands of protesters marched through the streets of Tunis on Saturday.", "TUN"),
    ("Several thousand Serbian students marched against the government in Belgrade.", "SRB"),
    ("Hundreds of Chilean workers marched through the streets of Santiago.", "CHL"),
])
def test_a_street_march_is_a_demonstration(en_events_default, text, source):
    ev = event_of(en_events_default(text, "en"), "PROTEST")
    assert ev.mode == "demo"
    assert source in codes(ev.actor)


def test_troops_marching_in_a_parade_are_no_protest(en_events_default):
    events = en_events_default("Chinese troops marched in the military parade in Beijing.", "en")
    assert not any(e.event == "PROTEST" for e in events)


# -- a sentence handed down by a light verb: "handed X a prison sentence" (SANCTION/convict) -------------
@pytest.mark.parametrize(("text", "source", "target"), [
    ("An Iranian court handed the British woman a five-year prison sentence.", "IRN", "GBR"),
    ("A Moroccan court gave the French activist a suspended sentence.", "MAR", "FRA"),
    ("A Chinese court handed the Canadian businessman an eleven-year jail term.", "CHN", "CAN"),
])
def test_handing_someone_a_sentence_is_a_conviction(en_events_default, text, source, target):
    ev = event_of(en_events_default(text, "en"), "SANCTION")
    assert ev.mode == "convict"
    assert source in codes(ev.actor)
    assert target in codes(ev.recipient)


def test_handing_a_letter_is_no_sentence(en_events):
    events = en_events("The Iranian minister handed the British ambassador a letter.", "en")
    assert not any(e.event == "SANCTION" for e in events)


# -- beating people with batons is physical assault (CAMEO 182); beating a rival team is not -------------
@pytest.mark.parametrize(("text", "source"), [
    ("Bangladeshi police beat protesters with batons in Dhaka.", "BGD"),
    ("Zimbabwean soldiers beat the villagers with sticks.", "ZWE"),
])
def test_beating_people_is_an_assault(en_events_default, text, source):
    ev = event_of(en_events_default(text, "en"), "ASSAULT")
    assert ev.mode == "beat"
    assert source in codes(ev.actor)


@pytest.mark.parametrize("text", [
    "Brazil beat Argentina two to one in the final.",
    "The Kenyan runner beat the world record in Berlin.",
])
def test_beating_a_rival_or_a_record_is_no_assault(en_events, text):
    assert not any(e.event == "ASSAULT" for e in en_events(text, "en"))


# -- going on strike (CAMEO 143) ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("French rail workers went on strike on Monday.", "FRA"),
    ("Thousands of Nigerian doctors are on strike over unpaid salaries.", "NGA"),
])
def test_going_on_strike_is_a_protest(en_events_default, text, source):
    ev = event_of(en_events_default(text, "en"), "PROTEST")
    assert ev.mode == "strike"
    assert source in codes(ev.actor)


# -- a verb the tagger lemmatises wrongly ("fined" -> "fin", "staged" -> "stag") is found from its form ---
@pytest.mark.parametrize(("text", "event", "source"), [
    ("A French court fined the Swiss bank 4.5 billion euros.", "SANCTION", "FRA"),
    ("Kenyan teachers staged a strike over pay.", "PROTEST", "KEN"),
])
def test_a_misread_lemma_is_looked_up_from_its_form(en_events_default, text, event, source):
    assert source in codes(event_of(en_events_default(text, "en"), event).actor)


def test_a_past_form_that_is_no_known_verb_makes_nothing(en_events):
    assert not any(e.event == "PROTEST" for e in en_events("The Kenyan ship docked in Mombasa.", "en"))


# -- a court dissolving a party bans it (CAMEO 1722, COERCE) ----------------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("The Thai Constitutional Court dissolved the main opposition party.", "THA"),
    ("A Cambodian court dissolved the opposition Cambodia National Rescue Party.", "KHM"),
])
def test_dissolving_a_party_is_coercion(en_events_default, text, source):
    ev = event_of(en_events_default(text, "en"), "COERCE")
    assert source in codes(ev.actor)


def test_dissolving_a_substance_or_parliament_is_no_coercion(en_events):
    for text in ("The Thai chemists dissolved the salt in water.",
                 "The Thai king dissolved parliament ahead of the election."):
        assert not any(e.event == "COERCE" for e in en_events(text, "en")), text


# -- a dictionary pattern naming its noun in the plural ("- * SLOGANS" on CHANT) matches the plural form ---
@pytest.mark.parametrize(("text", "event", "source"), [
    ("Thousands of Iranians chanted slogans against the government in Tehran.", "PROTEST", "IRN"),
    ("Iraqi students chanted slogans outside the parliament in Baghdad.", "PROTEST", "IRQ"),
    ("Turkish officials distributed supplies to Syrian refugees.", "AID", "TUR"),
])
def test_a_plural_pattern_noun_matches_its_form(en_events_default, text, event, source):
    assert source in codes(event_of(en_events_default(text, "en"), event).actor)


def test_chanting_lyrics_is_no_protest(en_events):
    assert not any(e.event == "PROTEST" for e in en_events("The Serbian singer chanted the lyrics.", "en"))


# -- a missile launched into the sea hits nobody: a show of force (MOBILIZE/weapons), not an assault -------
@pytest.mark.parametrize(("text", "source"), [
    ("North Korea launched a ballistic missile into the sea.", "PRK"),
    ("North Korea launched two cruise missiles into the waters off its east coast.", "PRK"),
])
def test_a_missile_launched_into_the_sea_is_a_show_of_force(en_events_default, text, source):
    events = en_events_default(text, "en")
    assert not any(e.event == "ASSAULT" for e in events)
    ev = event_of(events, "MOBILIZE")
    assert ev.mode == "weapons"
    assert source in codes(ev.actor)


def test_a_missile_launched_at_a_country_stays_an_assault(en_events_default):
    ev = event_of(en_events_default("North Korea launched two ballistic missiles toward Japan.", "en"), "ASSAULT")
    assert "JPN" in codes(ev.recipient)
