"""Curbs are restrictions: easing, lifting, dropping or scrapping them concedes (CAMEO 08x "ease
restrictions", PLOVER CONCEDE), as for sanctions. Made-up sentences, written before the lexicon lines
(helper stories4: a reconciliation told by several outlets, "dropped curbs on exports" beside "lifted
export restrictions")."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Japan dropped curbs on exports to South Korea on Thursday.", "JPN", "KOR"),
    ("China eased curbs on imports of Australian coal in January.", "CHN", "AUS"),
    ("India lifted curbs on rice exports to Bangladesh last week.", "IND", "BGD"),
    ("The Turkish government scrapped curbs on Greek imports.", "TUR", "GRC"),
])
def test_dropping_curbs_concedes(en_events, text, source, target):
    ev = event_of(en_events(text, "en"), "CONCEDE")
    assert source in codes(ev.actor)
    assert target in codes(ev.recipient)


@pytest.mark.parametrize("text", [
    "The French team dropped two points against Germany on Sunday.",
    "Canadian officials dropped the idea of a new pipeline.",
])
def test_dropping_other_things_concedes_nothing(en_events, text):
    assert not [e for e in en_events(text, "en") if e.event == "CONCEDE"]
