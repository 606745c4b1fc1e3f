"""A description of rulers of no named country ("the government", "the junta", « le gouvernement », « la junte »)
acting on the article's home country named as a state ("expelled the French ambassador", "accused Paris") is not
that country's own government, which the home country would make it (issue 11, class 3: "a country acting against
itself"): it is the other country the article named last, else of no country. People of the home country, not its
state, stay the home government's recipients ("praised the French people"). Sentences written before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "language", "event", "source", "recipient"), [
    ("Relations between France and Niger have worsened since the coup. On Friday the government expelled the French "
     "ambassador.", "en", "SANCTION", "NER", "FRA"),
    ("France has criticised the military rulers of Burkina Faso. On Tuesday the junta accused Paris of meddling.", "en",
     "ACCUSE", "BFA", "FRA"),
    ("Les relations entre la France et le Mali se sont dégradées. Lundi, le gouvernement a expulsé l'ambassadeur de "
     "France.", "fr", "SANCTION", "MLI", "FRA"),
    ("La France a critiqué les militaires au pouvoir au Burkina Faso. Mardi, la junte a accusé Paris d'ingérence.",
     "fr", "ACCUSE", "BFA", "FRA"),
])
def test_rulers_acting_on_the_home_state_are_the_other_country(run, text, language, event, source, recipient):
    events = run(text, language)
    assert not any(e.event == event and codes(e.actor) == {recipient} == codes(e.recipient) for e in events), described(
        events)
    assert any(e.event == event and codes(e.actor) == {source} and recipient in codes(e.recipient)
               for e in events), described(events)


@pytest.mark.parametrize(("text", "language", "event", "country"), [
    ("France held elections on Sunday. The government praised the French people.", "en", "SUPPORT", "FRA"),
    ("India announced a new tax on foreign investors on Monday. Business leaders pressed the Indian government to "
     "scrap it.", "en", "REQUEST", "IND"),
])
def test_the_home_government_acting_on_its_people_stays_home(run, text, language, event, country):
    events = run(text, language)
    assert any(e.event == event and codes(e.actor) == {country} and codes(e.recipient) == {country}
               for e in events), described(events)
