"""A side insisting that another act, in the bare form of the mandative subjunctive ("insisted that Iran release
the tanker"), demands it (PLOVER REQUEST, CAMEO 10), as "insisted that Iran must release" does; the act demanded is
not done. A verb that keeps its tense ("insisted that the border stays closed", "insisted that it had done nothing")
states a fact, it asks nothing. Made-up sentences."""
from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read


@pytest.mark.parametrize("text, actor, recipient", [
    ("Egypt insisted that Ethiopia halt the filling of the dam.", "EGY", "ETH"),
    ("Britain insisted on Monday that Iran release the seized tanker at once.", "GBR", "IRN"),
    ("Poland insists that Russia withdraw its troops from the border.", "POL", "RUS"),
    ("Japan insisted that North Korea be held to account for the launches.", "JPN", "PRK"),
])
def test_insisting_that_another_side_act_demands_it(run, text, actor, recipient):
    assert_read(run(text, "en"), "REQUEST", None, actor, {actor, recipient})


@pytest.mark.parametrize("text, demanded", [
    ("Britain insisted on Monday that Iran release the seized tanker at once.", "RETREAT"),
    ("Poland insists that Russia withdraw its troops from the border.", "RETREAT"),
])
def test_the_act_demanded_is_not_done(run, text, demanded):
    assert_not_read(run(text, "en"), demanded)


@pytest.mark.parametrize("text", [
    "Greece insisted that the border stays closed to trade.",
    "Iran insisted that its navy had done nothing wrong in the strait.",
    "Turkey insisted that Syria shelled the village first.",
])
def test_insisting_on_a_fact_demands_nothing(run, text):
    assert_not_read(run(text, "en"), "REQUEST")
