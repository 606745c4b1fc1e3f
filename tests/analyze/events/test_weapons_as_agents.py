"""A place or a target hit by weapons (issue 11, "the agent inside a nominal event"): "the city was hit by
Russian drones", « le port a été visé par des missiles russes » are attacks by the weapons' owner on the place's
country, as "Russian missiles struck the port" is. Hit by a storm, a recession or sanctions is no attack; a target
aimed at (« vise un accord », "hit its sales target") is none either. Sentences written before the rules."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language", [
    ("The city of Kharkiv was hit by Russian drones on Monday.", "en"),
    ("Kharkiv was hit by Russian missiles overnight.", "en"),
    ("Russian rockets hit a residential district of Kharkiv on Sunday.", "en"),
    ("The port of Odesa was hit by Russian cruise missiles on Saturday.", "en"),
    ("L'aéroport de Kiev a été visé mardi par des missiles balistiques russes.", "fr"),
    ("La ville de Kharkiv a été visée dans la nuit par des drones russes.", "fr"),
    ("Kharkiv a été frappée lundi par des drones russes.", "fr"),
])
def test_a_place_hit_by_weapons_is_attacked_by_their_owner(run, text, language):
    events = run(text, language)
    assert any(e.event == "ASSAULT" and "RUS" in codes(e.actor) and "UKR" in codes(e.recipient)
               for e in events), described(events)


@pytest.mark.parametrize("text, language", [
    ("The town was hit by a powerful storm on Monday.", "en"),
    ("Exporters were hit hard by the sanctions and the recession.", "en"),
    ("The company hit its sales target a month early.", "en"),
    ("Le gouvernement vise un accord avant la fin de l'année.", "fr"),
    ("La ville a été frappée par une violente tempête lundi.", "fr"),
])
def test_hit_by_a_storm_or_aiming_at_a_goal_is_no_attack(run, text, language):
    events = [e for e in run(text, language) if e.event == "ASSAULT"]
    assert not events, described(events)
