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


# A crowd at a protest: people named by how many or what they are who join, attend or gather at a rally, a march or a
# strike are its protesters, coded by the place of the protest (else the story's country) as civilians (PLOVER
# PROTEST, CVL), as "hundreds of residents protested" already is.
@pytest.mark.parametrize("text, language, country", [
    ("More than 2,000 people gathered on Saturday at a rally in Toronto, Canada, against the new pipeline.", "en",
     "CAN"),
    pytest.param("Farmers across Kenya are angry over maize prices. Hundreds of farmers joined a march through "
                 "Nakuru on Tuesday.", "en", "KEN",
                 marks=pytest.mark.xfail(reason="no trigger: the parser reads 'a march' as npadvmod", strict=True)),
    ("Thousands of students took part in a demonstration in Santiago, Chile, on Thursday.", "en", "CHL"),
    ("Plusieurs milliers de personnes ont participé samedi à une manifestation à Lyon, en France, contre la "
     "réforme.", "fr", "FRA"),
    ("Des centaines d'habitants se sont rassemblés dimanche pour un sit-in devant la mairie de Dakar, au "
     "Sénégal.", "fr", "SEN"),
])
def test_a_crowd_joining_a_protest_is_the_protester(run, text, language, country):
    events = [e for e in run(text, language) if e.event == "PROTEST"]
    assert any(country in codes(e.actor) for e in events), described(events)


@pytest.mark.parametrize("text, language", [
    ("Thousands of people attended the concert in Toronto, Canada, on Saturday.", "en"),   # no protest
    ("Des milliers de personnes ont assisté au match à Lyon, en France.", "fr"),
])
def test_a_crowd_at_something_else_protests_nothing(run, text, language):
    events = [e for e in run(text, language) if e.event == "PROTEST"]
    assert not events, described(events)
