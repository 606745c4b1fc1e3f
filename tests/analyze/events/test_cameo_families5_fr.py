"""The French classes of the seventh batch of our own PLOVER sentences (tests/gold/plover_own_fr.jsonl, a third
writer's styles: local papers, agency datelines, adverbial openers, compound verbs, parties, unions and regions as
actors; gold before the first run): a ceasefire or a truce « décrété » or « proclamé » is a ceasefire (CAMEO 0871,
RETREAT); workers who « cessent » or « arrêtent le travail » strike; a commission of inquiry « mise sur pied »,
« mise en place » or « créée » investigates; censorship or a ban « aboli » or « supprimé » is eased (CONCEDE), not
imposed; intelligence « transmis » or « partagé » with another side is cooperation (CAMEO 064), and the attack it
is about is no event of its own; a protest a state « élève », « adresse » or « signifie » to another is an official
complaint (CAMEO 114, ACCUSE), not a demonstration. Sentences written before the rules, at the default output
threshold. The ceasefires « décrété » already held before these rules (the noun is a ceasefire whatever its verb):
they stay as guards. Two sentences were reworded after the first run for reasons outside these rules: « Les dockers
de Marseille » get no country (no actor: unoutput), and the parser reads « L'Algérie partage des informations » in
the present as a noun phrase (« partage » an adjective of « Algérie »); their reworded twins are coded."""

from __future__ import annotations

import pytest
from events_helpers import described, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Le Hamas a décrété une trêve de trois jours dans la bande de Gaza.", {"PSE"}),
    ("Les rebelles touareg du Mali ont proclamé un cessez-le-feu unilatéral.", {"MLI"}),
    ("L'armée colombienne a décrété un cessez-le-feu pour les fêtes de fin d'année.", {"COL"}),
])
def test_a_ceasefire_decreed_is_a_ceasefire(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "RETREAT", actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "Les cheminots belges ont cessé le travail lundi.",
    "Les dockers français ont cessé le travail pour la troisième journée consécutive.",
    "Les enseignants sénégalais ont arrêté le travail mardi pour réclamer le paiement de leurs primes.",
])
def test_workers_who_stop_work_strike(fr_default, text):
    events = fr_default(text)
    assert has_event(events, "PROTEST"), described(events)


def test_fighting_that_stops_is_no_strike(fr_default):
    events = fr_default("Les combats ont cessé dimanche dans le nord du Mali.")
    assert not has_event(events, "PROTEST"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Le Parlement kényan a mis sur pied une commission d'enquête sur les violences post-électorales.", {"KEN"}),
    ("Le gouvernement ivoirien a créé une commission d'enquête sur les massacres de Duékoué.", {"CIV"}),
    ("Le gouvernement malien a mis en place une commission d'enquête sur les exactions commises à Gao.", {"MLI"}),
])
def test_a_commission_of_inquiry_set_up_investigates(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "ACCUSE", actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "Les autorités tunisiennes ont aboli la censure sur internet.",
    "Le gouvernement algérien a supprimé l'interdiction des marches à Alger.",
    "La junte birmane a aboli la censure de la presse écrite.",
])
def test_censorship_or_a_ban_abolished_is_eased(fr_default, text):
    events = fr_default(text)
    assert has_event(events, "CONCEDE"), described(events)
    assert not has_event(events, "COERCE"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Les services marocains ont transmis à la Belgique des renseignements sur les auteurs de l'attentat.", {"MAR"}),
    ("L'Algérie a partagé des informations avec le Mali sur les groupes armés du Sahel.", {"DZA"}),
    ("Les services français ont communiqué à Madrid des renseignements sur un commando de l'ETA.", {"FRA"}),
])
def test_intelligence_passed_on_is_cooperation(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "COOPERATE", actor=actor), described(events)
    assert not has_event(events, "ASSAULT"), described(events)


@pytest.mark.parametrize("text, actor", [
    ("Pékin a élevé une protestation auprès de Tokyo après la visite du ministre au sanctuaire.", {"CHN"}),
    ("Le Maroc a adressé une protestation officielle à l'Espagne.", {"MAR"}),
    ("Moscou a signifié sa vive protestation à Varsovie.", {"RUS"}),
])
def test_a_protest_addressed_to_a_state_is_a_complaint(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "ACCUSE", actor=actor), described(events)
    assert not has_event(events, "PROTEST"), described(events)


def test_a_crowds_protest_stays_a_protest(fr_default):
    events = fr_default("La protestation des étudiants s'est étendue samedi à Lyon et à Marseille.")
    assert has_event(events, "PROTEST"), described(events)


# (second round, written before its rule) « il n'est pas question de » + infinitive refuses it (CAMEO 12, REJECT), and
# what is refused is not done
@pytest.mark.parametrize("text, actor, refused", [
    ("Ankara a répété qu'il n'était pas question de retirer ses troupes de Chypre.", {"TUR"}, "RETREAT"),
    ("Le gouvernement soudanais a affirmé qu'il n'est pas question de libérer les opposants détenus.", {"SDN"},
     "RETREAT"),
])
def test_no_question_of_doing_it_refuses_it(fr_default, text, actor, refused):
    events = fr_default(text)
    assert has_event(events, "REJECT", actor=actor), described(events)
    assert not has_event(events, refused), described(events)


def test_talks_refused_by_a_side_named_in_a_stance_phrase_are_not_held(fr_default):
    # (« Pour Kigali » names the side in a stance phrase the actors stage does not read as the subject: the refusal
    # stays unoutput for want of an actor, but the talks it refuses are not coded as held)
    events = fr_default("Pour Kigali, il n'est pas question de négocier avec les rebelles hutu des FDLR.")
    assert not has_event(events, "CONSULT"), described(events)


def test_a_question_raised_is_no_refusal(fr_default):
    events = fr_default("La question des réfugiés syriens a été abordée mardi à Genève par les ministres turc et "
                        "libanais.")
    assert not has_event(events, "REJECT"), described(events)


# (third round, written before its rule) fighting that « oppose » one side to another is their fight (CAMEO 190): the
# sides are the object and the « à » complement, the subject is the fight itself
@pytest.mark.parametrize("text, actor", [
    ("De violents affrontements ont opposé mardi l'armée malienne aux rebelles touareg près de Kidal.", {"MLI"}),
    ("Des combats ont opposé les forces tchadiennes à des rebelles soudanais près d'Abéché.", {"TCD"}),
    ("Des accrochages ont opposé l'armée nigériane à des membres de Boko Haram dans le nord-est du pays.", {"NGA"}),
])
def test_fighting_that_opposes_two_sides_is_their_fight(fr_default, text, actor):
    events = fr_default(text)
    assert has_event(events, "ASSAULT", actor=actor), described(events)


@pytest.mark.parametrize("text", [
    "Un débat télévisé a opposé mardi les deux candidats à la présidence sénégalaise.",
    "Le match a opposé le Sénégal à la Côte d'Ivoire samedi à Dakar.",
])
def test_a_debate_or_a_match_that_opposes_two_sides_is_no_fight(fr_default, text):
    events = fr_default(text)
    assert not has_event(events, "ASSAULT"), described(events)
