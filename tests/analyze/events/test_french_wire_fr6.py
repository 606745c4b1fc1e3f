"""French wire copy, sixth round (issue 11): classes of misses found on a fresh batch of own articles
(tests/gold/realnews_own_fr.jsonl, batch ``fr-y``), each with made-up sentences written before the rule: a
government letting foreigners in (« a autorisé l'entrée des inspecteurs », CAMEO 086: RETREAT, access); a promise to
punish is a threat, not an agreement (« a promis de châtier les coupables »); disarming others is coercing them,
not laying down one's own arms (« désarmer les milices »); an actor of no named country is not given the country
its own clause addresses by name (« Le président du Congrès a présenté ses excuses aux Etats-Unis »: not the United
States apologising to itself); a given name that is also a country's name (Dominique) is a person's
name inside a name, not Dominica."""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


POSITIVES = [
    # allowing foreigners, inspectors or aid in: RETREAT (access), CAMEO 086
    ("Le Soudan a autorisé l'entrée des casques bleus au Darfour.", "RETREAT", "SDN", set()),
    ("Israël a autorisé mardi l'acheminement de carburant vers la bande de Gaza.", "RETREAT", "ISR", set()),
    ("La Corée du Nord a autorisé l'accès des inspecteurs de l'AIEA au site de Yongbyon.", "RETREAT", "PRK", set()),
    # a promise to punish, avenge or retaliate: a threat (CAMEO 13)
    ("L'Inde a promis de punir le Pakistan pour les attentats de Bombay.", "THREATEN", "IND", {"PAK"}),
    ("Le Premier ministre israélien a promis de châtier le Hezbollah libanais.", "THREATEN", "ISR", {"LBN"}),
    ("Le Hamas a promis de venger la mort de ses combattants tués par Israël.", "THREATEN", "PSE", set()),
    # a country's own people disarmed by its forces are coerced (not a retreat of the forces)
    ("L'armée ivoirienne a désarmé des miliciens dans l'ouest de la Côte d'Ivoire.", "COERCE", "CIV", set()),
    # and laying down one's own arms stays a retreat
    ("Les rebelles tchadiens ont commencé à désarmer.", "RETREAT", "TCD", set()),
    # the country named by a given name inside a person's name is no actor; the sentence's own country is
    ("Le gouvernement de Dominique de Villepin a décrété l'état d'urgence en France.", "COERCE", "FRA", set()),
    # Dominica named as a country still is one
    ("La Dominique a rompu ses relations diplomatiques avec Taïwan.", "SANCTION", "DMA", {"TWN"}),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), POSITIVES)
def test_sixth_batch_classes_are_coded_with_their_sides(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event", "source"), [
    # a promise to punish is no agreement; allowing a sale or a rally at home lets no foreigner in
    ("Le président russe a promis de châtier les auteurs de l'attentat.", "AGREE", ""),
    ("Le gouvernement pakistanais a promis de punir les responsables de l'attaque.", "AGREE", ""),
    ("Le gouvernement a autorisé la vente de l'entreprise publique.", "RETREAT", ""),
    # an armed force disarming militias does not lay down its own arms
    ("Les soldats français ont entrepris de désarmer les milices à Bangui.", "RETREAT", "FRA"),
    ("L'armée ivoirienne a désarmé des miliciens dans l'ouest de la Côte d'Ivoire.", "RETREAT", "CIV"),
    # Dominica is not the government of Dominique de Villepin, nor is Dominique Strauss-Kahn Dominica
    ("Le gouvernement de Dominique de Villepin a décrété l'état d'urgence en France.", "COERCE", "DMA"),
    ("Le gouvernement de Dominique de Villepin a proposé un contrat aux jeunes.", "AGREE", "DMA"),

])
def test_sixth_batch_near_misses_make_no_such_event(fr_sides, text, event, source):
    found = fr_sides(text)
    assert not coded_with(found, event, source, set()), found


@pytest.mark.parametrize(("text", "event", "target"), [
    # a person of no named country addressing by its name the one country the sentence names is not of it
    ("Le ministre Ahmed Salem a remercié la France pour son aide.", "SUPPORT", "FRA"),
    ("Le ministre Ahmed Salem a félicité les Etats-Unis pour leur soutien.", "SUPPORT", "USA"),
    ("Le porte-parole Ali Hassan a accusé le Kenya d'ingérence.", "ACCUSE", "KEN"),
])
def test_an_actor_of_no_named_country_is_not_the_country_it_addresses(fr_sides, text, event, target):
    found = fr_sides(text)
    assert not any(ev == event and target in src and target in tgt for ev, src, tgt in found), found
    assert any(ev == event and target in tgt for ev, _src, tgt in found), found


def test_a_domestic_measure_keeps_the_home_country_as_its_actor(fr_sides):
    # the country named as the scene of a measure is not addressed: the government is still its own
    found = fr_sides("Le gouvernement a décrété l'état d'urgence en France.")
    assert coded_with(found, "COERCE", "FRA", {"FRA"}), found
