"""Bare agent nouns of the state's sectors (police, the court, the army, the government) are actors with a
sector; their country comes from a demonym or a country in the phrase, else it is left to the events
stage's home country. Sentences written before the rule."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _groups(table):
    return {a.id: [m.text for m in a.mentions] for a in table.actors if a.kind == "group"}


@pytest.mark.parametrize(("text", "group"), [
    ("Police arrested two men outside the stadium.", "group:X:COP"),
    ("The police detained a journalist on Monday.", "group:X:COP"),
    ("The court sentenced the former mayor to five years.", "group:X:JUD"),
    ("The army shelled the village overnight.", "group:X:MIL"),
    ("The government imposed a curfew on the capital.", "group:X:GOV"),
])
def test_bare_state_agent_noun_is_a_group(en_actors, text, group):
    assert group in _groups(en_actors(text))


def test_demonym_still_gives_the_country(en_actors):
    groups = _groups(en_actors("Kenyan police arrested a lawmaker."))
    assert "group:KEN:COP" in groups and "group:X:COP" not in groups


@pytest.mark.parametrize("text", [
    "He walked to the police station.",          # a place, not the police acting
    "She filed the papers at the court house.",
    "The army base was closed last year.",
])
def test_agent_noun_as_modifier_is_no_actor(en_actors, text):
    assert not any(g.startswith("group:X:") for g in _groups(en_actors(text)))


def test_bare_agent_noun_takes_up_the_earlier_group_of_its_sector(en_actors):
    groups = _groups(en_actors("The Peruvian army entered the town. The army then closed the roads."))
    assert len(groups.get("group:PER:MIL", [])) == 2
    assert "group:X:MIL" not in groups


@pytest.mark.parametrize("text", [
    "The two countries' top diplomats met in Beijing.",
    "Its army crossed the river at dawn.",
])
def test_agent_noun_with_a_possessive_owner_is_left_to_it(en_actors, text):
    assert not any(g.startswith("group:X:") for g in _groups(en_actors(text)))


def test_definite_plural_is_left_to_the_events_stage(en_actors):
    text = "Kenya's president met Uganda's president in Kampala. The leaders agreed to reopen the border."
    assert not any(g.startswith("group:X:GOV") for g in _groups(en_actors(text)))
