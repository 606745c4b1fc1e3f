"""The French side of the classes of test_cameo_families3 (the fifth batch of our own PLOVER sentences): an appeal
launched to a collective no code names (« la communauté internationale », « les bailleurs de fonds ») is a
request; a side « disposé à » talk or reopen expresses that intent (AGREE), as « prêt à » does; wanted people
handed over to another state (« a remis », « a livré ») are judicial cooperation (CAMEO 063), power handed over
is yielding; and the classes of the second French batch of those sentences: an event told by its toll or its
outbreak, joint exercises, armed men, looting rioters, arrivals, decisions not to cooperate, objects the parser
hung on the day word, regrets, media closed. Sentences written before the rules, at the default output threshold."""

from __future__ import annotations

import pytest
from events_helpers import described, has_between, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Le Bangladesh a lancé mardi un appel à la communauté internationale pour aider les victimes du cyclone.",
     {"BGD"}),
    ("Le Niger a appelé la communauté internationale à envoyer des vivres avant la soudure.", {"NER"}),
    ("Haïti a lancé un appel aux bailleurs de fonds pour reconstruire ses écoles.", {"HTI"}),
])
def test_an_appeal_to_an_uncoded_collective_is_a_request(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "REQUEST", actor=actor), described(events)


@pytest.mark.parametrize("text, actor", [
    ("L'Arménie est disposée à rouvrir sa frontière avec la Turquie.", {"ARM"}),
    ("Le gouvernement soudanais s'est déclaré disposé à négocier avec les rebelles du Darfour.", {"SDN"}),
    ("La Corée du Nord se dit prête à revenir à la table des négociations.", {"PRK"}),
])
def test_a_side_disposed_to_talk_or_reopen_expresses_that_intent(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "AGREE", actor=actor), described(events)


def test_having_means_is_no_intent(fr_default):
    events = fr_default("L'armée malienne dispose de peu de moyens pour sécuriser le nord.")
    assert not has_event(events, "AGREE"), described(events)


@pytest.mark.parametrize("text, pair", [
    ("Le Pakistan a remis mardi à l'Afghanistan un commandant taliban recherché.", ({"PAK"}, {"AFG"})),
    ("La Syrie a livré deux suspects à la Turquie.", ({"SYR"}, {"TUR"})),
    ("Le Kenya a remis les pirates aux Seychelles pour qu'ils y soient jugés.", ({"KEN"}, {"SYC"})),
])
def test_wanted_people_handed_over_is_judicial_cooperation(fr_default, text, pair):
    events = fr_default(text)
    assert has_between(events, "COOPERATE", pair), described(events)


def test_power_handed_over_is_no_judicial_cooperation(fr_default):
    events = fr_default("Le président sortant du Ghana a remis le pouvoir à son successeur.")
    assert not has_event(events, "COOPERATE"), described(events)


@pytest.mark.parametrize("text, event, place", [
    ("Un attentat a fait douze morts mardi dans un marché de Peshawar.", "ASSAULT", {"PAK"}),
    ("Une attaque a fait trois morts jeudi près de Gao.", "ASSAULT", {"MLI"}),
    ("Des manifestations ont éclaté jeudi à Alger contre la hausse des prix.", "PROTEST", {"DZA"}),
])
def test_an_event_told_by_its_toll_or_its_outbreak_is_new(fr_default, text, event, place):
    """French had no verbs of onset; « a fait douze morts » tells an attack's toll: the event is new, its agent
    the place's."""
    events = fr_default(text)
    assert has_event(events, event, actor=place), described(events)


def test_a_strike_that_goes_on_is_no_new_event(fr_default):
    events = fr_default("La grève se poursuit dans les ports français.")
    assert not has_event(events, "PROTEST"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Des soldats indiens et chinois ont mené lundi des exercices conjoints au Yunnan.", {"IND", "CHN"}),
    ("La Russie et la Biélorussie ont entamé jeudi des manœuvres conjointes près de la frontière polonaise.",
     {"RUS", "BLR"}),
])
def test_joint_exercises_are_military_cooperation(fr_default, text, actor):
    """PETRARCH2: JOINT EXERCISE, JOINT MANEUVERS 062 (cooperate militarily); MANEUVERS alone 150."""
    events = fr_default(text)
    assert any(e.event == "COOPERATE" and actor & {r.code for r in e.actor} for e in events), described(events)


@pytest.mark.parametrize("text, victims", [
    ("Un humanitaire français a été enlevé mercredi par des hommes armés dans l'est du Tchad.", {"FRA"}),
    ("Deux ingénieurs chinois ont été enlevés par des individus armés dans le sud du Niger.", {"CHN"}),
])
def test_armed_men_are_an_armed_group_as_gunmen_are(fr_default, text, victims):
    """« des hommes armés » is the French "gunmen": a group of unknown country, the place's."""
    events = fr_default(text)
    assert has_between(events, "ASSAULT", (set(), victims)), described(events)


def test_rioters_who_loot_riot(fr_default):
    events = fr_default("Des émeutiers ont pillé des magasins mardi dans le centre de Conakry.")
    assert has_event(events, "PROTEST", mode="riot"), described(events)


@pytest.mark.parametrize("text, pair", [
    ("Le Premier ministre turc est arrivé lundi à Bagdad pour une visite de deux jours.", ({"TUR"}, {"IRQ"})),
    ("Le ministre chinois des Affaires étrangères est arrivé mardi à Nairobi.", ({"CHN"}, {"KEN"})),
])
def test_an_office_holder_arriving_in_a_capital_visits_it(fr_default, text, pair):
    events = fr_default(text)
    assert has_between(events, "CONSULT", pair), described(events)


def test_a_train_arriving_visits_nobody(fr_default):
    events = fr_default("Le train est arrivé à Lyon avec deux heures de retard.")
    assert not has_event(events, "CONSULT"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Le Parlement ukrainien a voté mardi de ne pas ratifier l'accord avec la Russie.", {"UKR"}),
    ("L'Équateur a décidé de ne pas coopérer avec l'agence antidrogue américaine.", {"ECU"}),
])
def test_a_decision_not_to_cooperate_rejects(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "REJECT", actor=actor), described(events)


@pytest.mark.parametrize("text, event, pair", [
    ("Le Brésil a reconnu vendredi l'État palestinien.", "SUPPORT", ({"BRA"}, {"PSE"})),
    ("Les États-Unis ont imposé jeudi de nouvelles sanctions contre l'Iran.", "SANCTION", ({"USA"}, {"IRN"})),
    ("Le Japon a accordé mercredi une aide de 10 millions de dollars au Népal.", "AID", ({"JPN"}, {"NPL"})),
])
def test_an_object_after_the_day_word_is_the_verbs(fr_default, text, event, pair):
    """The parser hangs « l'État » or « de nouvelles sanctions » on the day word right after the verb."""
    events = fr_default(text)
    assert has_between(events, event, pair), described(events)


@pytest.mark.parametrize("text, event, actor", [
    ("Le Premier ministre japonais a exprimé ses regrets à la Chine pour les souffrances de la guerre.", "SUPPORT",
     {"JPN"}),
    ("Les autorités vietnamiennes ont fermé un blog critique du gouvernement.", "COERCE", {"VNM"}),
    ("Le gouvernement soudanais a fermé une chaîne de télévision privée.", "COERCE", {"SDN"}),
])
def test_regrets_expressed_apologise_and_media_closed_are_censored(fr_default, text, event, actor):
    events = fr_default(text)
    assert has_event(events, event, actor=actor), described(events)
