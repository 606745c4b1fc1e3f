"""Classes of one-sentence reports that the eleventh batch of our PLOVER sentences (tests/gold/plover_polnear.jsonl,
taken verbatim from more real US political copy of 2015-2016: PolNeAR train articles not used by the tenth batch;
gold before the first run) showed missed or miscoded: a well-known public figure of data/actors/people.tsv whose name
the tagger left out of every entity or took for an organisation with its given name ("Rubio praised Cruz", "Carly
Fiorina" tagged ORG) is that person all the same; an attack told with what it said ("launched an attack on the
president, calling him a liar") is words between persons or bodies of no armed role (PLOVER ACCUSE), never between a
state alone and another, nor when an army is the attacker; calling a person, after the person's own description, an
indefinite something ("called Erdogan, his Turkish counterpart, a traitor") names them, it is no phone call (CAMEO
040); calling people a name of contempt ("traitors", "a fascist", "rapists") criticises them, as calling a deed a
crime does; heralding a deal or a move as a success praises it, as hailing it does. Sentences made up for the rules
(none of them from that batch), written before the rules, at the default output threshold. One was replaced after the
first run for a reason outside these rules: the tagger reads a bare plural object run into its predicate ("called
Mexican immigrants rapists") as one noun phrase, "immigrants" a modifier of "rapists"."""

from __future__ import annotations

import pytest
from events_helpers import described, has_between, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Rubio praised Cruz on Tuesday.", "SUPPORT", {"USA"}, {"USA"}),
    ("Carly Fiorina endorsed Ted Cruz in Miami.", "SUPPORT", {"USA"}, {"USA"}),
    ("Kasich criticized Trump's tax plan on Monday.", "ACCUSE", {"USA"}, {"USA"}),
    ("Pelosi urged Boehner to hold a vote on the bill.", "REQUEST", {"USA"}, {"USA"}),
])
def test_listed_figures_the_tagger_missed_keep_their_country(en_events_default, text, event, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, event, (actor, recipient)), described(events)


@pytest.mark.parametrize("text", [
    "Penelope Cruz praised the Spanish government.",  # another given name: another person
    "Bolivian police arrested protesters in Santa Cruz on Monday.",  # the last word of a place's name
    "Brazilian President Lula visited Santa Cruz on Friday.",
])
def test_a_listed_surname_inside_another_name_is_not_that_figure(en_events_default, text):
    events = en_events_default(text, "en")
    assert not any("USA" in {r.code for r in e.actor + e.recipient} for e in events), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Mexican president launched an attack against Trump, calling him a liar.", {"MEX"}, {"USA"}),
    ("Sanders launched a fierce attack on Clinton, saying she was unfit to lead.", {"USA"}, {"USA"}),
    ("The Brazilian finance minister launched an attack on the IMF chief, calling her advice reckless.",
     {"BRA"}, {"IMF"}),
])
def test_an_attack_told_with_what_it_said_is_words(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "ACCUSE", (actor, recipient)), described(events)
    assert not has_event(events, "ASSAULT"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Russian jets launched an attack against rebel positions in Syria, killing ten fighters.", {"RUS"}),
    ("Russia launched an attack on Ukraine, saying it was defending itself.", {"RUS"}),
])
def test_an_armed_attack_stays_force_whatever_is_said_with_it(en_events_default, text, actor):
    events = en_events_default(text, "en")
    assert has_event(events, "ASSAULT", actor=actor), described(events)
    assert not has_event(events, "ACCUSE"), described(events)


def test_an_army_attack_with_a_reason_is_no_criticism(en_events_default):
    events = en_events_default("The Syrian army launched an attack on the town, saying militants were hiding there.",
                               "en")
    assert not has_event(events, "ACCUSE"), described(events)


@pytest.mark.parametrize("text", [
    "Putin called Erdogan, his Turkish counterpart, a traitor.",
    "Trump called Clinton, his Democratic rival, a liar.",
])
def test_calling_someone_something_after_their_description_is_no_phone_call(en_events_default, text):
    events = en_events_default(text, "en")
    assert not has_event(events, "CONSULT"), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Putin called Erdogan, his Turkish counterpart, on Tuesday.", {"RUS"}, {"TUR"}),
    ("Obama called Merkel on Monday to discuss Ukraine.", {"USA"}, {"DEU"}),
])
def test_calling_a_leader_named_and_described_is_still_a_phone_call(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "CONSULT", (actor, recipient)), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Iranian president called the Saudi rulers traitors.", {"IRN"}, {"SAU"}),
    ("Maduro called the American ambassador a fascist.", {"VEN"}, {"USA"}),
    ("Erdogan called the Dutch government fascists.", {"TUR"}, {"NLD"}),
    ("The Venezuelan president called the Colombian president a traitor.", {"VEN"}, {"COL"}),
])
def test_calling_people_a_name_of_contempt_criticises_them(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "ACCUSE", (actor, recipient)), described(events)


@pytest.mark.parametrize("text", [
    "Obama called Merkel a close friend.",
    "The report called the camp a safe haven.",
])
def test_calling_someone_a_name_of_no_contempt_criticises_nobody(en_events_default, text):
    events = en_events_default(text, "en")
    assert not has_event(events, "ACCUSE"), described(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Merkel heralded the deal with Turkey as a breakthrough.", {"DEU"}, set()),
    ("The Indian prime minister heralded Japan's investment as a turning point.", {"IND"}, {"JPN"}),
])
def test_heralding_a_move_as_a_success_praises_it(en_events_default, text, actor, recipient):
    events = en_events_default(text, "en")
    assert has_between(events, "SUPPORT", (actor, recipient)), described(events)


def test_heralding_an_era_praises_nobody(en_events_default):
    events = en_events_default("The election of a new president heralded a new era for Argentina.", "en")
    assert not has_event(events, "SUPPORT"), described(events)
