"""French classes of one-sentence reports, one per CAMEO code family, that a set of our own French sentences written
in the AFP style (tests/gold/plover_own_fr.jsonl, gold before the first run) showed missed or miscoded: a bomber
who blows himself up attacks (« se faire exploser », CAMEO 183); quantities of drugs or arms seized are a
seizure (171); youths, rioters or protesters who burn riot (145), and so do crowds who attack buildings or
vehicles, not people; a ship boarded is seized (« arraisonner », 1711); forgiving
supports (056); peacekeepers sent are aid (074), not a deployment of one's own force; a ceasefire concluded is the
ceasefire (0871); recognising a government or an independence supports (054). Sentences written before the rules
(none of them from that set), each class with a near miss that must stay what it was. A crowd that demonstrates on a
named day protests: pinned here, it needed no rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, described, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Un kamikaze s'est fait exploser devant une mosquée chiite de Karachi.",
    "Deux kamikazes se sont fait exploser mardi à l'entrée d'un marché de Bagdad.",
    "Une kamikaze s'est fait exploser dans la gare de Volgograd.",
])
def test_a_bomber_who_blows_himself_up_attacks(fr_default, text):
    events = fr_default(text)
    assert has_event(events, "ASSAULT", mode="suicide-attack"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("La police colombienne a saisi deux tonnes de cocaïne dans le port de Buenaventura.", {"COL"}),
    ("Les douanes françaises ont saisi mercredi 300 kilos de cannabis à Marseille.", {"FRA"}),
    ("L'armée libanaise a saisi un important lot d'armes près de la frontière syrienne.", {"LBN"}),
])
def test_quantities_seized_are_a_seizure(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "COERCE", mode="seize", actor=actor), described(events)


def test_an_opportunity_seized_is_no_seizure(fr_default):
    events = fr_default("Le ministre a saisi plusieurs occasions de rappeler sa position sur la dette.")
    assert not has_event(events, "COERCE"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Des milliers d'Espagnols ont manifesté dimanche à Madrid contre le chômage.", {"ESP"}),
    ("Les étudiants chiliens ont manifesté jeudi contre la réforme de l'éducation.", {"CHL"}),
    ("Des centaines de Bahreïnis ont manifesté vendredi pour réclamer des réformes.", {"BHR"}),
    ("Des dizaines de milliers de Portugais ont manifesté samedi à Lisbonne contre l'austérité.", {"PRT"}),
])
def test_a_crowd_that_demonstrates_on_a_day_protests(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "PROTEST", actor=actor), described(events)


def test_support_shown_on_a_day_is_no_protest(fr_default):
    events = fr_default("Le Premier ministre turc a manifesté mardi son soutien à l'opposition syrienne.")
    assert not has_event(events, "PROTEST"), described(events)


@pytest.mark.parametrize("text", [
    "Des émeutiers ont incendié des bâtiments publics à Bichkek mercredi.",
    "Des jeunes ont incendié une trentaine de voitures dans la banlieue de Lyon.",
    "Des manifestants en colère ont attaqué un commissariat à Ouargla.",
])
def test_crowds_that_burn_or_attack_riot(fr_default, text):
    events = fr_default(text)
    assert has_event(events, "PROTEST", mode="riot"), described(events)
    assert not has_event(events, "ASSAULT"), described(events)


def test_thugs_who_attack_marchers_assault_them(fr_default):
    events = fr_default("Des casseurs ont attaqué des manifestants pacifiques dans le centre de Lyon.")
    assert has_event(events, "ASSAULT"), described(events)
    assert not has_event(events, "PROTEST", mode="riot"), described(events)


def test_rebels_who_burn_a_village_still_attack(fr_default):
    events = fr_default("Des rebelles ont incendié un village du Darfour mardi.")
    assert has_event(events, "ASSAULT"), described(events)
    assert not has_event(events, "PROTEST"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("La marine israélienne a arraisonné un bateau d'aide à destination de Gaza.", {"ISR"}),
    ("Les garde-côtes sud-coréens ont arraisonné un chalutier chinois en mer Jaune.", {"KOR"}),
])
def test_a_ship_boarded_is_seized(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "COERCE", actor=actor), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Le président ivoirien a pardonné aux soldats mutins qui ont rendu les armes.", {"CIV"}),
    ("Le gouvernement algérien a pardonné aux islamistes repentis.", {"DZA"}),
])
def test_forgiving_supports(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "SUPPORT", actor=actor), described(events)


@pytest.mark.parametrize("text, pair", [
    ("Le Rwanda a déployé 800 Casques bleus au Darfour.", ({"RWA"}, {"SDN"})),
    ("Le Népal a envoyé des Casques bleus au Liban en mai.", ({"NPL"}, {"LBN"})),
])
def test_peacekeepers_sent_are_aid(fr_default, text, pair):
    events = fr_default(text)
    assert any(e.event == "AID" and pair[0] <= codes(e.actor) and pair[1] <= codes(e.recipient) for e in events), \
        described(events)
    assert not has_event(events, "MOBILIZE"), described(events)


def test_troops_deployed_stay_a_deployment(fr_default):
    events = fr_default("La Russie a déployé des milliers de soldats en Crimée.")
    assert has_event(events, "MOBILIZE", actor={"RUS"}), described(events)
    assert not has_event(events, "AID"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Le Soudan et les rebelles du Darfour ont conclu un cessez-le-feu dimanche.", {"SDN"}),
    ("L'armée philippine a conclu une trêve avec les rebelles musulmans.", {"PHL"}),
])
def test_a_ceasefire_concluded_is_the_ceasefire(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "RETREAT", mode="ceasefire", actor=actor), described(events)


@pytest.mark.parametrize("text, actor", [
    ("La France a reconnu le Conseil national de transition comme le seul représentant légitime du peuple libyen.",
     {"FRA"}),
    ("Le Costa Rica a reconnu l'indépendance du Kosovo.", {"CRI"}),
])
def test_recognition_supports(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "SUPPORT", actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "Le ministre de l'Intérieur a reconnu son erreur devant les députés.",
    "Le gouvernement kényan a reconnu que la situation restait tendue.",
])
def test_admitting_is_no_recognition(fr_default, text):
    events = fr_default(text)
    assert not has_event(events, "SUPPORT"), described(events)
