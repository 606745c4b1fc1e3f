"""Classes of English wire and regional-paper copy a third fresh batch of own articles (``en-ag``, 2005-2013:
an impeachment, a hostage release, a mediated accord, a front-line clash, a court ruling, an extradition, donor
pledges, an offensive, a referendum, a fallen city, a parliament resolution, a border crisis) showed wrong or
missed: an extradition is to the country that receives the suspects (CAMEO 063, its ``to`` phrase the
recipient); a charge the accused side denies, told in an apposition ("accused Rwanda of ..., a charge Kigali
denied"), stays an accusation and the denial answers the accuser; several donors coordinated as one subject
("Britain, Norway and Japan together offered ...") are all actors, none a recipient; armed units ordered or
sent to a country's border are deployed against that country (CAMEO 154); a vote or its result backed or
dismissed is supported or rejected (CAMEO 051, 12); an impeachment accuses (CAMEO 112), a court disqualifying
an office holder sanctions them (CAMEO 17); a vote or a ruling reacted to is the story country's; a crowd gathered
outside a building demonstrates, stoning riots, and dispersed (told by a pronoun) it undergoes crowd control; a
verb the parser coordinates with a negated copula keeps its status; a time before an object's event noun dates
that event; an apology is made to the victims of the act it is for; accepting a verdict yields. Sentences written
before the rules, none taken from the batch (for the reacted vote the rule was drafted first and its sentences
right after it, before any measure)."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


def actual(events, event_type):
    return [e for e in events if e.event == event_type and e.status == "actual"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Spain extradited three ETA suspects to France on Thursday.", "ESP", "FRA"),
    ("Thailand extradited the Russian arms dealer to the United States after a two-year legal battle.", "THA", "USA"),
    ("Mexico has extradited 13 drug cartel leaders to the United States this year.", "MEX", "USA"),
])
def test_an_extradition_is_to_the_receiving_country(run, text, actor, recipient):
    events = run(text, "en")
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient)
               for e in actual(events, "COOPERATE")), described(events)


@pytest.mark.parametrize("text, accuser, accused", [
    ("Pakistan accused India of sheltering the bombers, a charge New Delhi denied.", "PAK", "IND"),
    ("Georgia accused Russia of shelling two villages, an allegation Moscow has repeatedly rejected.", "GEO", "RUS"),
    ("Sudan accused Chad of arming the rebels, an accusation the Chadian government denied on Monday.", "SDN", "TCD"),
])
def test_a_charge_the_accused_denies_stays_an_accusation_and_the_denial_answers_the_accuser(
        run, text, accuser, accused):
    events = run(text, "en")
    assert any(accuser in codes(e.actor) and accused in codes(e.recipient)
               for e in actual(events, "ACCUSE")), described(events)
    denials = actual(events, "REJECT")
    assert denials and all(accuser in codes(e.recipient) and accused not in codes(e.recipient)
                           for e in denials), described(events)


@pytest.mark.parametrize("text, donors", [
    ("Britain, Norway and Japan together offered $600 million for the reconstruction of Haiti.", {"GBR", "NOR", "JPN"}),
    ("France, Germany and Italy jointly pledged 50 million euros to the refugee agency.", {"FRA", "DEU", "ITA"}),
    ("Canada and Australia together promised 200 million dollars in flood relief.", {"CAN", "AUS"}),
    ("Sweden, Denmark and the Netherlands offered 80 million euros for the rebuilding of Gaza.", {"SWE", "DNK", "NLD"}),
    ("Kuwait, Qatar and the United Arab Emirates offered two billion dollars in loans.", {"KWT", "QAT", "ARE"}),
    ("Spain and the Philippines offered rescue teams after the earthquake.", {"ESP", "PHL"}),
])
def test_donors_coordinated_as_one_subject_are_all_actors(run, text, donors):
    events = run(text, "en")
    pledges = [e for e in events if e.event in ("AGREE", "AID") and e.status in ("actual", "future")]
    assert any(codes(e.actor) & donors for e in pledges), described(events)
    assert not any(codes(e.recipient) & donors for e in pledges), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Turkey ordered two armoured brigades to the Syrian border on Tuesday.", "TUR", "SYR"),
    ("India rushed extra battalions to the Pakistani border after the attack.", "IND", "PAK"),
    ("Sudan sent thousands of soldiers to its border with South Sudan.", "SDN", "SSD"),
])
def test_troops_sent_to_a_countrys_border_are_deployed_against_it(run, text, actor, recipient):
    events = run(text, "en")
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient)
               for e in actual(events, "MOBILIZE")), described(events)


@pytest.mark.parametrize("text, event_type, actor", [
    ("China backed the result of the election in Cambodia.", "SUPPORT", "CHN"),
    ("The United States endorsed the outcome of the referendum in South Sudan.", "SUPPORT", "USA"),
    ("Armenia dismissed the vote in Nagorno-Karabakh as a provocation.", "REJECT", "ARM"),
    ("The opposition in Togo rejected the results of the presidential election.", "REJECT", "TGO"),
])
def test_a_vote_or_its_result_backed_or_dismissed(run, text, event_type, actor):
    events = run(text, "en")
    assert any(actor in codes(e.actor) for e in actual(events, event_type)), described(events)


@pytest.mark.parametrize("text, event_type, country", [
    ("South Korea's parliament impeached President Roh Moo-hyun on Friday.", "ACCUSE", "KOR"),
    ("Lawmakers in Lithuania voted to impeach President Rolandas Paksas.", "ACCUSE", "LTU"),
    ("Egypt's election commission disqualified ten presidential candidates on Saturday.", "SANCTION", "EGY"),
    ("A court in Bangladesh disqualified the opposition leader from the election.", "SANCTION", "BGD"),
])
def test_an_impeachment_accuses_and_a_disqualification_sanctions(run, text, event_type, country):
    events = run(text, "en")
    assert any(country in codes(e.actor) for e in actual(events, event_type)), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Bolivians voted on a new constitution on Sunday, and Bolivian election officials said the text passed easily. "
     "Venezuela welcomed the result.", "VEN", "BOL"),
    ("Georgia held a parliamentary election on Saturday, and Georgian officials said turnout was high. The United "
     "States praised the vote.", "USA", "GEO"),
    ("ACCRA (Reuters) - Ghana's Supreme Court upheld the election of President John Mahama on Thursday. "
     "Nigeria's government welcomed the ruling.", "NGA", "GHA"),
])
def test_a_vote_or_a_ruling_reacted_to_is_the_story_countrys(run, text, actor, recipient):
    events = run(text, "en")
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient)
               for e in actual(events, "SUPPORT")), described(events)


@pytest.mark.parametrize("text", [
    "Hundreds of opposition supporters gathered outside the electoral commission in Nairobi on Monday.",
    "Thousands of protesters assembled in front of parliament in Tbilisi to demand early elections.",
    "Several hundred students gathered outside the presidential palace in Dhaka on Tuesday.",
])
def test_a_crowd_gathered_outside_a_seat_of_power_demonstrates(run, text):
    events = run(text, "en")
    assert actual(events, "PROTEST") and not actual(events, "CONSULT"), described(events)


@pytest.mark.parametrize("text", [
    "Foreign ministers gathered in Brussels on Monday for talks on the crisis.",
    "Relatives of the victims gathered outside the hospital in Karachi, waiting for news.",
])
def test_people_gathering_for_talks_or_waiting_do_not_demonstrate(run, text):
    events = run(text, "en")
    assert not actual(events, "PROTEST"), described(events)


@pytest.mark.parametrize("text", [
    "Angry youths stoned police vehicles in the centre of Bujumbura on Friday.",
    "Protesters stoned the Danish embassy in Damascus after the cartoons were published.",
    "Students pelted riot police with stones outside the university in Lahore.",
])
def test_a_crowd_throwing_stones_riots(run, text):
    events = run(text, "en")
    assert any(e.mode == "riot" for e in actual(events, "PROTEST")), described(events)


@pytest.mark.parametrize("text", [
    "The Palestinian negotiator said the offer was not sufficient and demanded that Israel free all the prisoners.",
    "Afghan President Hamid Karzai said the inquiry was not credible and called on NATO to halt night raids.",
    "The opposition leader said the count was not fair and urged Kenya's electoral commission to annul the results.",
])
def test_a_denied_predicate_leaves_the_act_coordinated_after_it_actual(run, text):
    # the parser hangs the second act on the copula of the content clause ("was not sufficient and demanded")
    events = run(text, "en")
    assert actual(events, "REQUEST"), described(events)


@pytest.mark.parametrize("text, day", [
    ("The Security Council issued a statement on Monday condemning the 2011 attack on the Saudi embassy in Tehran.",
     "2024-03-11"),
    ("Serbia's president issued a statement on Tuesday condemning the 1999 NATO bombing of Belgrade.", "2024-03-12"),
    ("Armenia's parliament adopted a declaration on Friday condemning the 1988 pogrom against Armenians in Sumgait "
     "by Azerbaijani mobs.", "2024-03-08"),
])
def test_a_year_or_day_before_the_objects_event_noun_dates_that_event_not_the_act(run, text, day):
    # the published day of the tests is Thursday 14 March 2024
    events = run(text, "en")
    assert any(e.date == day for e in actual(events, "ACCUSE")), [(e.event, e.date) for e in events]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Israeli commandos raided a Turkish aid ship on Monday, killing nine activists. Israel later apologised for the "
     "raid.", "ISR", "TUR"),
    ("American helicopters attacked two Pakistani border posts on Saturday. Washington apologized for the attack on "
     "Tuesday.", "USA", "PAK"),
    ("Russian jets bombed a Georgian village near the border. Moscow apologised for the bombing a week later.",
     "RUS", "GEO"),
])
def test_an_apology_for_an_act_told_before_is_made_to_its_victims(run, text, actor, recipient):
    events = run(text, "en")
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient) and actor not in codes(e.recipient)
               for e in actual(events, "SUPPORT")), described(events)


def test_an_apology_for_an_act_on_ones_own_people_abroad_is_made_to_the_country_it_was_done_in(run):
    events = run("Turkish jets bombed Kurdish rebel hideouts inside Iraq on Sunday. Turkey apologised for the raid "
                 "on Monday.", "en")
    assert any("TUR" in codes(e.actor) and "IRQ" in codes(e.recipient)
               for e in actual(events, "SUPPORT")), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("ISLAMABAD (Reuters) - Pakistan's Supreme Court removed the prime minister on Tuesday. The ruling party "
     "accepted the verdict.", "PAK", "PAK"),
    ("Kenya's Supreme Court upheld the election result on Saturday, and Kenyan opposition leader Raila Odinga said "
     "he accepted the ruling.", "KEN", "KEN"),
    ("The International Court of Justice ruled against Colombia in its sea border dispute with Nicaragua. Colombia "
     "accepted the judgment.", "COL", "ICJ"),
])
def test_a_side_accepting_a_verdict_yields_to_the_court(run, text, actor, recipient):
    events = run(text, "en")
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient)
               for e in actual(events, "CONCEDE")), described(events)


@pytest.mark.parametrize("text", [
    "Thousands of opposition supporters marched on the palace in Kinshasa, but riot police dispersed them with tear "
    "gas.",
    "Students blocked the main road in Dhaka until police dispersed them with batons on Tuesday.",
    "About 500 farmers gathered outside the ministry in Manila, where police dispersed them with water cannon.",
])
def test_a_crowd_dispersed_told_by_a_pronoun(run, text):
    events = run(text, "en")
    assert any(e.mode == "crowd-control" for e in actual(events, "ASSAULT")), described(events)
