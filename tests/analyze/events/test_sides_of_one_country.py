"""Sides with a noun of their own but no country (issue 11, "actor missing or without a country"), written before
the rule with made-up sentences of varied wording.

An arrest told in the passive with no agent whose arrested are people the text names only by what they are ("a
30-year-old man", "three teenagers", « un homme de 25 ans ») is, in a story about one country, an arrest by that
country's police of one of its own people: PLOVER codes the arrest in local copy as the country against its own
(COERCE arrest, X -> X). The place of the clause, when it names one, gives the country first; a story naming no
country codes nobody, and arrested people with a country of their own keep it.
"""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, country", [
    ("Two people were stabbed at a shopping centre in Melbourne, Australia, on Friday. A 30-year-old man has been "
     "arrested over the attack.", "en", "AUS"),
    ("Violent crime has risen sharply across Kenya this year. Three women were taken into custody on Monday after "
     "the looting of a shop.", "en", "KEN"),
    ("Schools in China have been on alert since the spring. A man was detained on Sunday after a fight outside a "
     "kindergarten.", "en", "CHN"),
    ("Une fusillade a fait deux morts dimanche à Marseille, dans le sud de la France. Un homme de 25 ans a été "
     "interpellé lundi.", "fr", "FRA"),
    ("La criminalité a fortement augmenté au Sénégal depuis un an. Une femme a été arrêtée mardi après le vol "
     "d'une voiture.", "fr", "SEN"),
    ("Le Canada connaît une vague de cambriolages. Trois jeunes ont été placés en garde à vue après une "
     "agression.", "fr", "CAN"),
])
def test_people_arrested_with_no_agent_in_a_story_about_one_country(run, text, language, country):
    events = [e for e in run(text, language) if e.event == "COERCE"]
    assert any(codes(e.actor) == {country} and country in codes(e.recipient) for e in events), described(events)


@pytest.mark.parametrize("text, language", [
    ("A 30-year-old man has been arrested over the attack.", "en"),
    ("Un homme de 25 ans a été interpellé lundi après une agression.", "fr"),
])
def test_people_arrested_in_a_story_naming_no_country_code_nobody(run, text, language):
    events = [e for e in run(text, language) if e.event == "COERCE"]
    assert not any(codes(e.actor) - {None} for e in events), described(events)


@pytest.mark.parametrize("text, language, actor, recipient", [
    # the arrested have a country of their own: kept (an arrest abroad is not the home's)
    ("Violent crime has risen sharply across Kenya this year. Two British tourists were arrested in Nairobi on "
     "Monday.", "en", "KEN", "GBR"),
    # the clause's place beats the story's country
    ("Schools in China have been on alert since the spring. A man was detained on Sunday after a fight at a "
     "school in Osaka, Japan.", "en", "JPN", "JPN"),
])
def test_the_arrested_own_country_or_the_place_comes_first(run, text, language, actor, recipient):
    events = [e for e in run(text, language) if e.event == "COERCE"]
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient) for e in events), described(events)
