"""Two argument rules written from sentences made up for them (published Thursday 2024-03-14):

- agents of no country inside an event noun's phrase belong to the one country the governing verb's
  subject names ("The Pentagon announced the deployment of 3,000 troops to Poland": US troops);
- a place in a complement the sense names for its recipient stands for that place's country, also when the
  parser hung it on the object ("recalled its ambassador from Kabul")."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "source", "target"), [
    ("The Pentagon announced the deployment of 3,000 troops to Poland.", "MOBILIZE", "USA", "POL"),
    ("Nigeria announced the deployment of soldiers to the border with Niger.", "MOBILIZE", "NGA", None),
])
def test_uncoded_agents_of_an_event_noun_take_the_subjects_country(en_events, text, event, source, target):
    ev = event_of(en_events(text, "en"), event)
    assert codes(ev.actor) == {source}
    if target:
        assert target in codes(ev.recipient)


def test_two_countries_in_the_subject_lend_none(en_events):
    events = en_events("France and Germany welcomed the deployment of peacekeepers to Mali.", "en")
    assert not [e for e in events if e.event == "MOBILIZE" and codes(e.actor) & {"FRA", "DEU"}]


@pytest.mark.parametrize("text", ["Pakistan recalled its ambassador from Kabul.",
                                  "Pakistan has recalled its envoy from Kabul for consultations."])
def test_a_recalled_envoys_post_is_the_recipient(en_events, text):
    ev = event_of(en_events(text, "en"), "SANCTION")
    assert codes(ev.actor) == {"PAK"} and codes(ev.recipient) == {"AFG"}
