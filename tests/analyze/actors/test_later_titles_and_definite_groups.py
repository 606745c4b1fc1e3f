"""A person first named with a bare title gets the country of a later national title; a definite group noun
without a country of its own ("the rebels", « les rebelles ») is the group of its sector named before it.
Sentences written before the rules."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _country(table, actor_id):
    return next(a.country for a in table.actors if a.id == actor_id)


def test_a_later_national_title_gives_the_country(en_actors):
    table = en_actors("President Juan Ortega opened the session. Later, Peruvian President Juan Ortega left.")
    assert _country(table, "person:juan-ortega") == "PER"


def test_the_first_national_title_stays(en_actors):
    table = en_actors("Chilean President Juan Ortega opened the session. Later, Peruvian President Juan Ortega left.")
    assert _country(table, "person:juan-ortega") == "CHL"


@pytest.mark.parametrize(("text", "group"), [
    ("Chadian rebels attacked a convoy on Monday. The rebels later withdrew.", "group:TCD:REB"),
    ("Hundreds of Kenyan protesters gathered in the capital. Police dispersed the protesters.", "group:KEN:CVL"),
])
def test_a_definite_group_noun_is_the_group_named_before(en_actors, text, group):
    table = en_actors(text)
    mentions = {a.id: [m.text for m in a.mentions] for a in table.actors}
    assert len(mentions.get(group, [])) == 2, mentions


def test_a_definite_group_noun_with_nothing_before_has_no_country(en_actors):
    table = en_actors("The rebels withdrew from the town.")
    assert all(a.country is None for a in table.actors if "REB" in a.sector)


def test_a_group_of_a_named_organisation_of_its_kind(fr_actors):
    table = fr_actors("Les rebelles des FARC ont libéré trois otages. Les rebelles ont promis d'autres libérations.")
    mentions = {a.id: [m.text for m in a.mentions] for a in table.actors}
    assert len(mentions.get("group:COL:REB", [])) == 2, mentions
