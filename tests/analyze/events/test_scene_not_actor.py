"""The scene is not the actor (issue 11, class 3): an act told in the passive with no agent ("two engineers were
released in Yemen", « trois otages ont été relâchés au Mali ») names who underwent it and where, not who did it; the
country of the place (or of the story) is not its agent, as the country of a place is no protester against itself.
Only the modes the ontology gives an unnamed agent keep one (an arrest: the place's police; an attack: its
unidentified armed force), and an agent the sentence names stays. Sentences written before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, scene", [
    ("Two engineers were released unharmed in Yemen on Friday.", "en", "YEM"),
    ("Three hostages were freed on Sunday in northern Mali.", "en", "MLI"),
    ("Deux ingénieurs ont été libérés sains et saufs vendredi au Yémen.", "fr", "YEM"),
    ("Trois otages ont été relâchés dimanche dans le nord du Mali.", "fr", "MLI"),
    ("Quatre marins ont été libérés lundi au Nigeria.", "fr", "NGA"),
])
def test_an_agentless_release_is_not_by_its_scene(run, text, language, scene):
    events = [e for e in run(text, language) if e.event == "RETREAT"]
    assert all(scene not in codes(e.actor) for e in events), described(events)


@pytest.mark.parametrize("text, language, actor", [
    ("Yemen released two engineers on Friday.", "en", "YEM"),
    ("Le Mali a libéré trois otages dimanche.", "fr", "MLI"),
    ("Two engineers were released by Yemeni authorities on Friday.", "en", "YEM"),
])
def test_a_release_whose_agent_is_named_keeps_it(run, text, language, actor):
    events = [e for e in run(text, language) if e.event == "RETREAT"]
    assert any(actor in codes(e.actor) for e in events), described(events)


@pytest.mark.parametrize("text, language, actor", [
    ("A man was arrested in Leeds on Monday.", "en", "GBR"),
    ("Un homme a été interpellé lundi à Lyon.", "fr", "FRA"),
])
def test_an_agentless_arrest_is_still_the_police_of_its_place(run, text, language, actor):
    events = [e for e in run(text, language) if e.event == "COERCE"]
    assert any(actor in codes(e.actor) for e in events), described(events)


@pytest.mark.parametrize("text, language, state", [
    ("Kenya's anti-graft campaign widened. A former Kenyan governor was accused of corruption on Friday.", "en", "KEN"),
    ("La campagne anticorruption s'étend en Chine. Un ancien gouverneur de province chinois était accusé d'avoir "
     "touché des millions en pots-de-vin.", "fr", "CHN"),
])
def test_an_agentless_criminal_charge_is_still_the_state_s(run, text, language, state):
    # (ontology state_modes: a charge is brought by the story's state, told in the passive or not)
    events = [e for e in run(text, language) if e.event == "ACCUSE"]
    assert any(state in codes(e.actor) for e in events), described(events)
