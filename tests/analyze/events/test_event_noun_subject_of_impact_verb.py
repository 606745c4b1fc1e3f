"""An event noun as the subject of a verb of impact ("a missile strike hit Kharkiv", « des bombardements ont
endommagé un hôpital à Kherson »): the verb's object is what the event struck, its clause dates and places
the event. Sentences written before the rule; published Thursday 2024-03-14."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp})


@pytest.mark.parametrize(("text", "language", "source", "target", "day"), [
    ("A Russian missile strike hit Kharkiv on Monday.", "en", "RUS", "UKR", "2024-03-11"),
    ("An Israeli drone strike destroyed a Hezbollah position in southern Lebanon on Tuesday.", "en", "ISR",
     "LBN", "2024-03-12"),
    ("Une frappe de missile russe a touché Kharkiv lundi.", "fr", "RUS", "UKR", "2024-03-11"),
    ("Une frappe de drone israélienne a détruit une position du Hezbollah dans le sud du Liban mardi.", "fr",
     "ISR", "LBN", "2024-03-12"),
])
def test_the_object_of_the_impact_verb_is_the_target(runs, text, language, source, target, day):
    ev = event_of(runs(text, language), "ASSAULT")
    assert codes(ev.actor) == {source}
    assert target in codes(ev.recipient)
    assert ev.date == day


def test_a_verb_outside_the_list_lends_no_target(runs):
    events = runs("A Russian missile strike worried Finland on Monday.", "en")
    assert not [e for e in events if e.event == "ASSAULT" and "FIN" in codes(e.recipient)]


# what the event struck, or where, is no agent of it; its by-phrase and its modifiers are
@pytest.mark.parametrize(("text", "language", "source", "not_source"), [
    ("The bombing at the French embassy in Bamako killed four guards on Monday.", "en", None, "FRA"),
    ("The attack on the Turkish consulate in Mosul killed two policemen.", "en", None, "TUR"),
    ("The attack by Houthi rebels on a Saudi tanker killed two sailors.", "en", "YEM", "SAU"),
    ("An Israeli air strike on a school in Gaza killed 12 people.", "en", "ISR", "PSE"),
    ("Le bombardement de l'hôpital d'Alep par l'aviation russe a tué douze civils syriens.", "fr", "RUS", "SYR"),
])
def test_the_struck_complement_of_an_event_noun_subject_is_not_its_agent(runs, text, language, source,
                                                                         not_source):
    assaults = [e for e in runs(text, language) if e.event == "ASSAULT"]
    assert all(not_source not in codes(e.actor) for e in assaults)  # (no event is better than that)
    if source is not None:
        assert any(source in codes(e.actor) for e in assaults)
