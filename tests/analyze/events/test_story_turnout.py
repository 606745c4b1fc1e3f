"""Protests the stories dev articles told by their turnout or by a union's name for them (issue 17: a lost report
is a lost cross-article link), each class written as made-up sentences before the rule:

- **a protest told by its turnout**: a protest noun (a march, a rally, a day of strikes, « une journée de
  mobilisation ») as the subject of a verb of turnout (``turnout_verbs``: draw, bring out; « rassembler »,
  « réunir ») whose object names people by what they are or how many ("drew 40,000 people", « a rassemblé
  30 000 personnes ») is those people protesting, coded as "40,000 people marched" is (the place's civilians);
  a concert or a festival that draws a crowd is no protest, nor is a protest noun whose verb draws no people
  ("the march drew condemnation");
- **a day of action** is the unions' name for a day of strikes and marches (« une journée d'action »): called,
  held or staged, it is a protest as a strike is.

Published Thursday 2024-03-14."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp}, min_confidence=None)


def _shown(events):
    return [(e.event, e.status, codes(e.actor), e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "language", "country"), [
    ("The protest against the new labour law drew 40,000 people in Madrid on Saturday.", "en", "ESP"),
    ("A nationwide strike brought out a million workers across Greece on Thursday.", "en", "GRC"),
    ("La deuxième journée de grève a attiré mardi 500 000 manifestants en Belgique.", "fr", "BEL"),
    ("Saturday's rally in Warsaw brought out tens of thousands of demonstrators against the judicial overhaul.",
     "en", "POL"),
    ("La manifestation contre la loi a rassemblé samedi 30 000 personnes à Lisbonne.", "fr", "PRT"),
    ("La deuxième journée de grève a réuni mardi 500 000 manifestants en Belgique.", "fr", "BEL"),
])
def test_a_protest_told_by_its_turnout_is_a_protest(runs, text, language, country):
    events = runs(text, language)
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests, _shown(events)
    assert protests[0].status == "actual"
    assert country in codes(protests[0].actor), _shown(events)


@pytest.mark.parametrize(("text", "language"), [
    ("The concert drew 40,000 people in Madrid on Saturday.", "en"),
    ("Le festival a rassemblé samedi 30 000 personnes à Lisbonne.", "fr"),
    ("La manifestation culturelle a attiré dimanche 12 000 visiteurs à Nantes.", "fr"),
    ("The protest in Madrid drew sharp criticism from the interior minister.", "en"),
    ("Le président a réuni ses ministres mardi à Paris.", "fr"),
])
def test_a_crowd_drawn_by_no_protest_or_no_crowd_is_no_new_protest(runs, text, language):
    events = runs(text, language)
    assert not [e for e in events if e.event == "PROTEST"], _shown(events)


@pytest.mark.parametrize(("text", "language", "country", "status"), [
    ("Unions in Britain staged a national day of action on Monday.", "en", "GBR", "actual"),
    ("Belgian unions held a day of action on Tuesday against the pension cuts.", "en", "BEL", "actual"),
    ("Les syndicats belges ont appelé à une journée d'action le 20 mars.", "fr", "BEL", "future"),
])
def test_a_day_of_action_is_a_protest(runs, text, language, country, status):
    events = runs(text, language)
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests, _shown(events)
    assert country in codes(protests[0].actor), _shown(events)
    assert protests[0].status == status, _shown(events)
