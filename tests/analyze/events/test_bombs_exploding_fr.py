"""A bomb that explodes at a place is an attack (PLOVER ASSAULT, explosives) by the place's unidentified force on its
country, in French as in English ("a bomb exploded outside the police headquarters"): « une bombe a explosé »
names the device as the subject, not as the object the older sense required. Prices, tyres or a bubble that
« explosent » are none. Sentences written before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, country", [
    pytest.param("Une bombe a explosé lundi devant le commissariat central de Bagdad.", "IRQ", marks=pytest.mark.xfail(
        strict=True, reason="« commissariat ... de Bagdad »: the capital after a noun the places stage does not list "
                            "as a place noun is read as its government (a metonym), so the attack has no place")),
    ("Une bombe a explosé mardi à Bagdad, près d'un poste de police.", "IRQ"),
    ("Une voiture piégée a explosé samedi près d'un marché de Kaboul.", "AFG"),
    ("Un engin explosif a explosé au passage d'un convoi militaire près de Kandahar.", "AFG"),
])
def test_a_bomb_exploding_at_a_place_is_an_attack_there(run, text, country):
    events = [e for e in run(text, "fr") if e.event == "ASSAULT"]
    assert any(country in codes(e.recipient) for e in events), described(events)


@pytest.mark.parametrize("text", [
    "Les prix de l'immobilier ont explosé à Paris depuis dix ans.",
    "Un pneu a explosé sur l'autoroute A7 près de Lyon.",
    "Le nombre de demandes d'asile a explosé en Allemagne.",
])
def test_prices_or_a_tyre_exploding_is_no_attack(run, text):
    events = [e for e in run(text, "fr") if e.event == "ASSAULT"]
    assert not events, described(events)
