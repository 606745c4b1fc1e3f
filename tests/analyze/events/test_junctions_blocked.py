"""Protesters blocking intersections, junctions, roundabouts or avenues obstruct (CAMEO 1453, PLOVER PROTEST
obstruct) as blocking roads, bridges or highways does. Made-up sentences written before the lexicon data that reads
them."""
from __future__ import annotations

import pytest
from events_helpers import assert_read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Polish farmers blocked intersections across Warsaw with their tractors.", "POL"),
    ("Greek taxi drivers blocked junctions in central Athens on Monday.", "GRC"),
])
def test_junctions_blocked_are_obstruction(run, text, actor):
    assert_read(run(text, "en"), "PROTEST", "obstruct", actor, None)
