"""An arrest told with no agent (issue 11, "actor missing"): "two journalists were arrested in Istanbul", « un
pasteur américain est détenu en Turquie » are arrests by the police of the place where they happen (else of the
article's own country), as PLOVER's gold codes an agentless attack by the place's unidentified force. An arrest
with an agent keeps it. Sentences written before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, actor, recipient", [
    ("Two British journalists were arrested in Istanbul on Monday.", "en", "TUR", "GBR"),
    ("An American pastor has been detained in Turkey since October.", "en", "TUR", "USA"),
    ("A French aid worker was detained in Niamey on Tuesday.", "en", "NER", "FRA"),
    ("Deux journalistes britanniques ont été arrêtés lundi à Istanbul.", "fr", "TUR", "GBR"),
    ("Un humanitaire français a été interpellé mardi à Niamey.", "fr", "NER", "FRA"),
])
def test_an_agentless_arrest_is_the_police_of_its_place(run, text, language, actor, recipient):
    events = [e for e in run(text, language) if e.event == "COERCE"]
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient) for e in events), described(events)


@pytest.mark.parametrize("text, language, actor", [
    ("Two British journalists were arrested in Istanbul by Turkish police on Monday.", "en", "TUR"),
    ("The men were detained in Paris by Belgian investigators.", "en", "BEL"),
])
def test_an_arrest_with_its_agent_keeps_it(run, text, language, actor):
    events = [e for e in run(text, language) if e.event == "COERCE"]
    assert events and all(codes(e.actor) == {actor} for e in events), described(events)


@pytest.mark.parametrize("text", [
    "Troops in Karachi arrested three Afghan smugglers.",   # an agent named, though uncoded: no police of Karachi
    "The journalists were detained in Aleppo by soldiers.",
])
def test_an_arrest_whose_text_names_an_agent_is_no_police_arrest(run, text):
    events = [e for e in run(text, "en") if e.event == "COERCE"]
    assert not any(r.sector == ["COP"] for e in events for r in e.actor), described(events)
