"""Classes of diplomatic wire copy a fresh batch of English articles (en-af) showed missed or miscoded: a
spokesman who says a side's act or the side itself "was a disgrace" condemns that side; military exercises
cancelled or suspended with a partner reduce military cooperation with it; a side that "responded by
expelling" is the one who expels; "expelled X, accusing them of spying" is a sanction and an accusation of X;
a warning that something "would lead to war" or that its speaker "would respond" threatens; shuttling between
two sides mediates, joining someone for talks meets them, doctors or a medical team sent give aid.
Sentences written before the rules (none of them from the batch)."""

from __future__ import annotations

import pytest
from events_helpers import sides_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pair", [
    ("Kenya's foreign minister said Uganda's decision was a disgrace.", ({"KEN"}, {"UGA"})),
    ("A Chinese spokeswoman said the Japanese government's move was a grave provocation.", ({"CHN"}, {"JPN"})),
    ("Pakistan's army said the Indian shelling was an act of aggression.", ({"PAK"}, {"IND"})),
    ("The Serbian prime minister said Croatia's ruling was unjust and hasty.", ({"SRB"}, {"HRV"})),
])
def test_saying_a_side_or_its_act_is_a_disgrace_condemns_it(run, text, pair):
    assert pair in sides_of(run(text, "en"), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister said Uganda's decision was not a disgrace.",
    "Kenya's foreign minister said the talks with Uganda were useful.",
    "Kenya's foreign minister said it was a mistake to expect quick results.",
])
def test_saying_something_is_no_disgrace_or_is_useful_condemns_nobody(run, text):
    assert not sides_of(run(text, "en"), "ACCUSE")


@pytest.mark.parametrize("text, pair", [
    ("Egypt cancelled joint naval exercises with Israel on Sunday.", ({"EGY"}, {"ISR"})),
    ("South Korea suspended military drills with the United States.", ({"KOR"}, {"USA"})),
    ("Russia called off planned manoeuvres with Belarus.", ({"RUS"}, {"BLR"})),
])
def test_exercises_cancelled_with_a_partner_reduce_military_cooperation(run, text, pair):
    events = run(text, "en")
    assert pair in sides_of(events, "SANCTION")
    assert not [e for e in events if e.event == "MOBILIZE" and e.status == "actual"]


def test_a_meeting_cancelled_is_no_exercise_cancelled(run):
    events = run("Egypt cancelled a meeting with Israel on Sunday.", "en")
    assert ({"EGY"}, {"ISR"}) in sides_of(events, "SANCTION")
    assert not sides_of(events, "MOBILIZE")


@pytest.mark.parametrize("text, event_type, pair", [
    ("Canada responded on Monday by expelling two Iranian diplomats.", "SANCTION", ({"CAN"}, {"IRN"})),
    ("Ankara retaliated by recalling its ambassador from Paris.", "SANCTION", ({"TUR"}, {"FRA"})),
    ("Seoul reacted by suspending all trade with Pyongyang.", "SANCTION", ({"KOR"}, {"PRK"})),
])
def test_the_side_that_responded_by_doing_does_it(run, text, event_type, pair):
    assert pair in sides_of(run(text, "en"), event_type)


def test_saying_an_act_told_before_is_a_crime_condemns_its_doer(run):
    events = run("Sudanese troops shelled a village in South Sudan on Monday. South Sudan's army said the shelling "
                 "was an act of aggression.", "en")
    assert ({"SSD"}, {"SDN"}) in sides_of(events, "ACCUSE")
    assert ({"SSD"}, {"SSD"}) not in sides_of(events, "ACCUSE")


@pytest.mark.parametrize("text, pair", [
    ("Moscow expelled four Estonian diplomats on Monday. Estonia warned that it would respond.", ({"EST"}, {"RUS"})),
    ("Ethiopia's prime minister warned that an Eritrean attack would lead to a full-scale war.", ({"ETH"}, {"ERI"})),
    ("Hungary closed its border with Serbia. Belgrade warned that it would retaliate in kind.", ({"SRB"}, {"HUN"})),
])
def test_a_warning_of_war_or_of_a_response_threatens(run, text, pair):
    assert pair in sides_of(run(text, "en"), "THREATEN")


@pytest.mark.parametrize("text", [
    "The IMF warned that the crisis would lead to a recession in Greece.",
    "Moscow expelled four Estonian diplomats on Monday. Estonia warned that it would not respond.",
])
def test_a_warning_of_a_slump_or_of_no_response_threatens_nobody(run, text):
    assert not sides_of(run(text, "en"), "THREATEN")


@pytest.mark.parametrize("text, pair", [
    ("Russia expelled two British diplomats on Friday, accusing them of spying.", ({"RUS"}, {"GBR"})),
    ("Niger recalled its ambassador from Libya, accusing Tripoli of arming the rebels.", ({"NER"}, {"LBY"})),
    ("Bahrain ordered the Iranian charge d'affaires to leave, accusing him of meddling.", ({"BHR"}, {"IRN"})),
])
def test_an_accusation_beside_a_measure_is_an_act_of_its_own(run, text, pair):
    events = run(text, "en")
    assert pair in sides_of(events, "ACCUSE")
    assert pair in sides_of(events, "SANCTION")


@pytest.mark.parametrize("text, event_type, pair", [
    ("The American envoy shuttled between Israel and Lebanon for three days.", "CONSULT", ({"USA"}, {"ISR", "LBN"})),
    ("Turkey sent a medical team to Somalia on Monday.", "AID", ({"TUR"}, {"SOM"})),
    ("Cuba has sent doctors to Haiti.", "AID", ({"CUB"}, {"HTI"})),
])
def test_mediation_and_help_sent(run, text, event_type, pair):
    found = sides_of(run(text, "en"), event_type)
    assert any(src == pair[0] and pair[1] <= dst for src, dst in found), found


@pytest.mark.parametrize("text", [
    "The bus shuttled between the airport and the hotel.",
    "The company announced a loss of 20 million euros.",
])
def test_buses_shuttling_and_losses_announced_are_no_events(run, text):
    assert not [e for e in run(text, "en") if e.event in ("CONSULT", "AGREE")]



def test_saying_a_speech_is_a_disgrace_names_no_earlier_bystander(run):
    events = run("Delegates from Canada walked out as the Iranian president spoke. Israel's prime minister said "
                 "the speech was a disgrace.", "en")
    assert ({"ISR"}, {"CAN"}) not in sides_of(events, "ACCUSE")


@pytest.mark.parametrize("text, pair", [
    ("The Syrian foreign minister joined his Iranian counterpart for talks in Tehran on Sunday.", ({"SYR"}, {"IRN"})),
    ("Pakistan joined the talks on Afghanistan in Moscow.", ({"PAK"}, {"AFG"})),
])
def test_joining_someone_for_talks_is_a_meeting(run, text, pair):
    assert pair in sides_of(run(text, "en"), "CONSULT")


@pytest.mark.parametrize("text", ["Croatia joined NATO in 2009.", "Thousands joined the protest in Kiev."])
def test_joining_an_alliance_or_a_protest_is_no_meeting(run, text):
    assert not sides_of(run(text, "en"), "CONSULT")
