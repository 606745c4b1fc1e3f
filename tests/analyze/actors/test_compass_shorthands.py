""""the North", "the South" stand for the country of that name the article named last before them (Korean and
Sudanese wire copy: "South Korea suspended aid to the North"). Sentences written before the rule."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def mentions(en_actors):
    """``mentions(text)``: each actor's id with the texts of its mentions."""
    return lambda text: {a.id: [m.text for m in a.mentions] for a in en_actors(text).actors}


def test_the_north_is_the_north_named_before(mentions):
    found = mentions("North Korea tested a missile on Monday. South Korea then suspended aid to the North.")
    assert "North" in found["PRK"]


def test_the_south_named_after_its_country(mentions):
    found = mentions("South Sudan accused Sudan of bombing oil fields. Khartoum denied attacking the South.")
    assert "South" in found["SSD"]


def test_no_country_of_that_name_named_before_leaves_it_alone(mentions):
    found = mentions("Rebels attacked a base in the North on Monday.")
    assert not any("North" in mentions for mentions in found.values())


def test_a_word_of_a_longer_name_is_left_alone(mentions):
    found = mentions("North Korea fired a missile into the North Atlantic.")
    assert found["PRK"] == ["North Korea"]
