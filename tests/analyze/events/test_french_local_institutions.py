"""A French institution named by its town (« le tribunal de Munich », « la police de Marseille », « le parquet de
Francfort ») acts for the town's country, as "a Munich court" or "Marseille police" do in English: French wire copy
names courts, prosecutors and police forces that way far more often than by a national adjective. The group nouns
of the language (``actors/groups.yaml``) are its agent nouns when it has no PETRARCH agents dictionary. A town that
is where someone was sent, or a noun that is no agent, gives nothing. Sentences written before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind, country", [
    ("Le tribunal de Munich a condamné mardi un militant kurde à dix ans de prison.", "SANCTION", "DEU"),
    ("Le tribunal correctionnel de Lyon a condamné jeudi deux militants écologistes à six mois de prison.",
     "SANCTION", "FRA"),
    ("La police de Marseille a interpellé dimanche une vingtaine de manifestants.", "COERCE", "FRA"),
    ("Les gendarmes de Bastia ont arrêté lundi deux hommes soupçonnés d'un attentat.", "COERCE", "FRA"),
    ("Les autorités de Kandahar ont libéré vingt prisonniers talibans.", "RETREAT", "AFG"),
])
def test_an_institution_of_a_town_acts_for_its_country(run, text, kind, country):
    events = [e for e in run(text, "fr") if e.event == kind]
    assert any(country in codes(e.actor) for e in events), described(run(text, "fr"))


@pytest.mark.parametrize("text, country", [
    # the town is where the soldiers were sent, not whose soldiers they are
    ("Des soldats américains envoyés à Kandahar ont arrêté trois hommes.", "AFG"),
    # a building's yard is no court
    ("Les manifestants se sont rassemblés dans la cour de la mairie de Lyon.", "FRA"),
])
def test_a_town_that_owns_no_agent_gives_it_no_country(run, text, country):
    events = run(text, "fr")
    assert not any(country in codes(e.actor) and any("JUD" in r.sector or "COP" in r.sector for r in e.actor)
                   for e in events), described(events)
