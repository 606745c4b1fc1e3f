"""People held by a side given back: exchanged between two sides or handed over (CAMEO 0841, PETRARCH2
"EXCHANGE ... PRISONERS"; PLOVER RETREAT release). An exchange names both sides as its subject (« la Russie et
l'Ukraine ont échangé des prisonniers »): each releases the other's, so both are sides (subject mutual), as for
fire exchanged. Remains and hostages handed over are given back; a suspect handed over to another state stays
judicial cooperation. People held or wanted who are put to death ("executed") are attacked (ASSAULT targeted, as
« exécuter »); a plan or an order executed is carried out. Sentences written before the lexicon entries."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


def _released(events):
    return [e for e in events if e.event == "RETREAT" and e.mode == "release" and e.status == "actual"]


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("en", "Russia and Ukraine exchanged 90 prisoners of war on Tuesday.", {"RUS", "UKR"}),
    ("en", "Armenia and Azerbaijan swapped prisoners on Wednesday in a goodwill gesture.", {"ARM", "AZE"}),
    ("en", "Israel and Hezbollah traded the bodies of soldiers killed in the war.", {"ISR", "LBN"}),
    ("fr", "La Russie et l'Ukraine ont échangé des prisonniers de guerre mardi.", {"RUS", "UKR"}),
    ("en", "Russia and Ukraine carried out a prisoner exchange on Tuesday.", {"RUS", "UKR"}),
    ("en", "Israel and Hamas completed a hostage swap on Friday.", {"ISR", "PSE"}),
    ("fr", "L'Arménie et l'Azerbaïdjan ont échangé des détenus mercredi.", {"ARM", "AZE"}),
])
def test_an_exchange_of_held_people_releases_on_both_sides(run, lang, text, sides):
    events = _released(run(text, lang))
    assert events and any(codes(e.actor) | codes(e.recipient) >= sides for e in events), [
        (codes(e.actor), codes(e.recipient)) for e in events]


@pytest.mark.parametrize("text", [
    "Iraq handed over the bodies of 20 Iranian soldiers to Iran on Tuesday.",
    "The rebels handed over three hostages to the Red Cross in Colombia.",
])
def test_remains_and_hostages_handed_over_are_released(run, text):
    assert _released(run(text, "en"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two ministers exchanged views on the crisis in Sudan."),
    ("en", "Traders exchanged dollars for euros at the border market."),
    ("fr", "Les deux ministres ont échangé leurs points de vue sur le Soudan."),
])
def test_other_exchanges_release_nobody(run, lang, text):
    assert not _released(run(text, lang))


def test_a_suspect_handed_over_stays_judicial_cooperation(run):
    events = run("Mali handed over the suspect to France on Tuesday.", "en")
    assert [e for e in events if e.event == "COOPERATE"] and not _released(events)


@pytest.mark.parametrize("text", [
    "The Taliban executed a man in public in Kandahar on Tuesday.",
    "Iran executed two protesters on Thursday despite international appeals.",
    "The militants executed three hostages in Raqqa.",
])
def test_people_executed_are_attacked(run, text):
    assert [e for e in run(text, "en") if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The army executed the plan to retake the city.",
    "The bank executed the order on Tuesday.",
])
def test_plans_executed_attack_nobody(run, text):
    assert not [e for e in run(text, "en") if e.event == "ASSAULT"]
