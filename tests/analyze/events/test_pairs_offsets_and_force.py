"""Classes of wire-story sentences an eleventh fresh batch of English articles showed missed or miscoded: troops
sent, rushed or ordered somewhere are a deployment, not an inspection; calling or describing a deed as
outrageous condemns its doer; "punish X for doing" makes X the doer; a hotline or a link cut with a side
reduces relations; "the two leaders" after a pair of leaders names that pair, and a pair that agrees that
something must happen agrees with each other, not with the thing's place; "a day later" and "a day after X"
date events a day on from (or before) the day told; a verb with its own object shares no object with the
verb coordinated with it. Sentences written before the rules (none of them from the batch)."""

from __future__ import annotations

import pytest
from events_helpers import codes, sides_of

pytestmark = pytest.mark.model


def _first_is(events, event_type, pair):
    """The first event of ``event_type`` has the actor codes ``pair[0]`` and its recipients include ``pair[1]``."""
    found = sides_of(events, event_type)
    assert found and found[0][0] == pair[0] and pair[1] <= found[0][1], [
        (e.event, codes(e.actor), codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text, pair", [
    ("Britain sent a team of Royal Marines to Libya to protect its embassy.", ({"GBR"}, {"LBY"})),
    ("Ethiopia rushed troops into Somalia on Tuesday.", ({"ETH"}, {"SOM"})),
    ("Turkey poured tanks and soldiers into the border region with Syria on Sunday.", ({"TUR"}, set())),
    ("The French president ordered reinforcements for the contingent in Afghanistan.", ({"FRA"}, set())),
])
def test_forces_sent_somewhere_are_a_deployment(run, text, pair):
    events = run(text, "en")
    _first_is(events, "MOBILIZE", pair)
    assert not sides_of(events, "ACCUSE")


def test_experts_sent_to_look_still_investigate(run):
    events = run("The United Nations sent a team of experts to Syria to investigate the attack.", "en")
    assert any(e.event == "ACCUSE" and e.mode == "investigate" for e in events)
    assert not sides_of(events, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "North Korean troops fired shells at a South Korean island on Monday. Seoul described the shelling as "
    "outrageous.",
    "North Korean artillery hit a South Korean island on Monday. Seoul branded the attack an act of aggression.",
])
def test_describing_a_deed_as_a_crime_condemns_its_doer(run, text):
    assert ({"KOR"}, {"PRK"}) in sides_of(run(text, "en"), "ACCUSE")


def test_describing_talks_as_useful_condemns_nobody(run):
    assert not sides_of(run("Seoul described the talks with Pyongyang as useful.", "en"), "ACCUSE")


@pytest.mark.parametrize("text, event_type, pair", [
    ("South Korea vowed on Thursday to punish North Korea for sinking a South Korean warship.", "ASSAULT",
     ({"PRK"}, {"KOR"})),
    ("Washington thanked Pakistan for arresting the Taliban's military commander.", "COERCE", ({"PAK"}, set())),
])
def test_the_object_of_punish_or_thank_for_doing_is_the_doer(run, text, event_type, pair):
    _first_is(run(text, "en"), event_type, pair)


@pytest.mark.parametrize("text", [
    "North Korea cut the military hotline with South Korea on Wednesday.",
    "Pyongyang severed the last communication link with Seoul.",
])
def test_cutting_a_hotline_reduces_relations(run, text):
    assert ({"PRK"}, {"KOR"}) in sides_of(run(text, "en"), "SANCTION")


def test_the_two_leaders_are_the_pair_told_before(run):
    events = run("U.S. President Joe Biden and Chinese President Xi Jinping held talks in California on Wednesday. "
                 "The two leaders agreed to resume military communications.", "en")
    agreed = [e for e in events if e.event == "AGREE"]
    assert agreed and codes(agreed[0].actor) | codes(agreed[0].recipient) == {"USA", "CHN"}, agreed


@pytest.mark.parametrize("text", [
    "U.S. President Joe Biden and Chinese President Xi Jinping agreed on Monday that the bloodshed in Syria must stop.",
    "The presidents of France and Germany agreed that Greece must stay in the euro zone.",
])
def test_a_pair_agreeing_that_something_must_happen_agree_with_each_other(run, text):
    agreed = [e for e in run(text, "en") if e.event == "AGREE"]
    assert agreed and len(codes(agreed[0].actor)) == 1 and len(codes(agreed[0].recipient)) == 1, agreed
    assert not codes(agreed[0].recipient) & {"SYR", "GRC"}


@pytest.mark.parametrize("text, event_type, date", [
    ("Talks opened in Geneva on 11 March. Two days later, rebels attacked the capital.", "ASSAULT", "2024-03-13"),
    ("Turkish jets bombed rebel bases in Iraq on 12 March, a day after Kurdish rebels ambushed a Turkish military "
     "convoy.", "ASSAULT", "2024-03-11"),
    ("Russian troops entered the town on 8 March. A day later, Georgian forces shelled Russian positions.", "ASSAULT",
     "2024-03-09"),
    ("Turkish jets bombed rebel bases in Iraq on 12 March, two days after shelling Kurdish militia positions in Syria.",
     "ASSAULT", "2024-03-10"),
])
def test_a_day_later_or_after_counts_from_the_day_told(run, text, event_type, date):
    dates = [e.date for e in run(text, "en") if e.event == event_type]
    assert date in dates, dates


def test_a_verb_with_its_own_object_takes_no_object_from_its_conjunct(run):
    events = run("The prime minister defended the decision and accused Moscow of stirring up the riots.", "en")
    assert not [e for e in events if e.event == "SUPPORT" and "RUS" in codes(e.recipient)]
    assert sides_of(events, "ACCUSE")


def test_a_side_defending_its_own_decision_supports_nobody(run):
    events = run("Hungary's prime minister defended the decision to close the border and accused the European "
                 "Commission of hypocrisy.", "en")
    assert not sides_of(events, "SUPPORT")
    assert ({"HUN"}, {"EU"}) in sides_of(events, "ACCUSE")


def test_describing_a_removal_as_a_crime_condemns_whoever_did_it(run):
    events = run("Polish police arrested ten protesters in Warsaw on Monday after the town council removed a Soviet "
                 "memorial. Moscow described the removal as barbaric.", "en")
    assert ({"RUS"}, {"POL"}) in sides_of(events, "ACCUSE")


def test_a_charge_denied_in_a_relative_after_the_accusation(run):
    events = run("Ukraine accused Russia of shelling a school in Kharkiv, a charge Moscow denied.", "en")
    assert ({"UKR"}, {"RUS"}) in sides_of(events, "ACCUSE")
    assert ({"RUS"}, {"UKR"}) in sides_of(events, "REJECT")


@pytest.mark.parametrize("text", [
    "President Biden ordered a review of military aid to Egypt.",
    "Parliament opened a debate on sanctions against Iran.",
])
def test_an_act_under_a_noun_of_deliberation_is_weighed_not_done(run, text):
    events = run(text, "en")
    assert not sides_of(events, "AID") and not sides_of(events, "SANCTION")


@pytest.mark.parametrize("text, event_type, pair", [
    ("Authorities in Azerbaijan shut down two opposition newspapers on Monday.", "COERCE", ({"AZE"}, set())),
    ("The Burmese junta closed three private radio stations.", "COERCE", ({"MMR"}, set())),
    ("Israel called up 30,000 reservists on Sunday.", "MOBILIZE", ({"ISR"}, set())),
    ("Russia announced the call-up of 300,000 reservists.", "MOBILIZE", ({"RUS"}, set())),
    ("Thousands of opposition supporters marched through Minsk in defiance of a ban.", "PROTEST", ({"BLR"}, set())),
    ("Kenyan police opened fire on students marching to parliament.", "ASSAULT", ({"KEN"}, {"KEN"})),
    ("Kenyan police opened fire in Nairobi, killing 12 people.", "ASSAULT", ({"KEN"}, {"KEN"})),
])
def test_media_shut_reservists_called_up_marches_and_fire_opened(run, text, event_type, pair):
    _first_is(run(text, "en"), event_type, pair)


def test_a_plot_foiled_did_not_happen(run):
    events = run("Kenyan police said they had foiled a plot to bomb the American embassy in Nairobi.", "en")
    assert not [e for e in events if e.event == "ASSAULT" and e.status == "actual"]


def test_one_of_the_rockets_fired_is_the_firers_attack(run):
    events = run("Hezbollah fired dozens of rockets at northern Israel, one of which killed a woman in Haifa.", "en")
    assert sides_of(events, "ASSAULT") == [({"LBN"}, {"ISR"})]


@pytest.mark.parametrize("text, event_type, pair", [
    ("Turkey opened its border to let wounded Syrians through.", "RETREAT", ({"TUR"}, set())),
    ("Israel closed its crossings with Gaza on Sunday.", "COERCE", ({"ISR"}, {"PSE"})),
    ("Washington suspects Iran of arming the rebels.", "ACCUSE", ({"USA"}, {"IRN"})),
])
def test_borders_opened_and_closed_and_suspicion(run, text, event_type, pair):
    events = run(text, "en")
    _first_is(events, event_type, pair)
    assert not sides_of(events, "ASSAULT")


@pytest.mark.parametrize("text, event_type, pair", [
    ("French President Emmanuel Macron and German Chancellor Olaf Scholz met in Berlin on Monday.", "CONSULT",
     ({"FRA"}, {"DEU"})),
    ("French President Emmanuel Macron spoke by telephone with German Chancellor Olaf Scholz and Italian Prime "
     "Minister Giorgia Meloni.", "CONSULT", ({"FRA"}, {"DEU", "ITA"})),
])
def test_leaders_named_together_meet_each_other_and_calls_reach_their_hearers(run, text, event_type, pair):
    _first_is(run(text, "en"), event_type, pair)


@pytest.mark.parametrize("text, event_type, pair", [
    ("Washington pushed the Security Council to impose new sanctions on Iran.", "REQUEST", ({"USA"}, {"UNSC"})),
    ("The Swedish prime minister welcomed the Chinese president to Stockholm on Monday.", "CONSULT",
     ({"SWE"}, {"CHN"})),
    ("Delegations from Britain and France walked out of the General Assembly as the Iranian president spoke.",
     "PROTEST", ({"GBR", "FRA"}, set())),
    ("Iran warned on Sunday that it could close the Strait of Hormuz.", "THREATEN", ({"IRN"}, set())),
])
def test_pushed_welcomed_walked_out_and_straits(run, text, event_type, pair):
    _first_is(run(text, "en"), event_type, pair)


@pytest.mark.parametrize("text, pair", [
    ("Hundreds of anti-NATO demonstrators marched through Lisbon on Friday.", ({"PRT"}, {"NATO"})),
    ("Anti-American protesters burned flags in Karachi on Friday.", ({"PAK"}, {"USA"})),
])
def test_anti_groups_protest_against_what_they_oppose(run, text, pair):
    _first_is(run(text, "en"), "PROTEST", pair)


def test_a_pro_group_is_not_of_the_side_it_backs(run):
    events = run("Pro-Syrian gunmen attacked an army post in northern Lebanon.", "en")
    assert not [e for e in events if "SYR" in codes(e.actor)]


def test_threats_to_close_a_strait_are_a_threat_and_no_decision(run):
    events = run("The EU imposed an oil embargo on Iran on Monday. Iran's deputy foreign minister said Tehran would "
                 "retaliate and a senior lawmaker repeated threats to close the Strait of Hormuz. Israel welcomed "
                 "the decision.", "en")
    assert not [e for e in events if e.event == "COERCE" and e.status == "actual"]
    assert ({"ISR"}, {"EU"}) in sides_of(events, "SUPPORT")
