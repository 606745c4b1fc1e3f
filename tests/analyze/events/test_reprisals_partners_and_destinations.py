"""A reprisal vowed with no target is aimed at whoever last acted against its agent; an actor named on both
sides of its own act addresses the other party of its last event; aid sent to a place inside a destination
phrase goes to that place's country; two coordinated clauses keep their own subjects (``veille_repairs``).
Sentences written before the rules."""

from __future__ import annotations

import pytest
from events_helpers import codes, sides_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "language"), [
    ("Norway expelled two Iranian diplomats on Friday. Iran vowed retaliation.", "en"),
    ("Norway expelled two Iranian diplomats on Friday. Tehran said it would retaliate.", "en"),
    ("La Norvège a expulsé vendredi deux diplomates iraniens. L'Iran a promis des représailles.", "fr"),
    ("La Norvège a expulsé vendredi deux diplomates iraniens. Téhéran a promis une riposte.", "fr"),
])
def test_a_reprisal_is_aimed_at_the_last_act_against_its_agent(run, text, language):
    assert ({"IRN"}, {"NOR"}) in sides_of(run(text, language), "THREATEN")


def test_a_reprisal_with_nothing_before_has_no_target(run):
    assert not any(codes(e.recipient) for e in run("Iran vowed retaliation.", "en") if e.event == "THREATEN")


def test_an_actor_on_both_sides_addresses_its_last_partner(run):
    text = ("Canada summoned Egypt's ambassador on Monday over the arrest of two Canadian teachers. "
            "Canadian Foreign Minister Maria Holt demanded their immediate release.")
    assert ({"CAN"}, {"EGY"}) in sides_of(run(text, "en"), "REQUEST")


@pytest.mark.parametrize("text", [
    "Japanese helicopters airlifted blankets to villages cut off by the floods in southern Nepal.",
    "Japan sent 30 tonnes of medicine to the flooded districts of Nepal.",
])
def test_aid_to_a_place_inside_the_destination(run, text):
    assert ({"JPN"}, {"NPL"}) in sides_of(run(text, "en"), "AID")


@pytest.mark.parametrize(("text", "language"), [
    ("Germany pledged 10 million euros in emergency aid and Turkey sent two field hospitals.", "en"),
    ("L'Allemagne a promis une aide de dix millions d'euros et la Turquie a envoyé deux hôpitaux de campagne.", "fr"),
])
def test_coordinated_clauses_keep_their_subjects(run, text, language):
    events = run(text, language)
    found = [(e.event, codes(e.actor)) for e in events]
    assert ("AID", {"TUR"}) in found, found
    assert all("TUR" not in codes(e.recipient) for e in events)


def test_a_participle_after_an_infinitive_keeps_the_first_subject(run):
    text = ("Le Canada a appelé mardi le président vénézuélien à quitter le pouvoir et annoncé de nouvelles sanctions "
            "contre Caracas.")
    found = [codes(e.actor) for e in run(text, "fr") if e.event in ("SANCTION", "THREATEN")]
    assert found and all(src == {"CAN"} for src in found), found


@pytest.mark.parametrize(("text", "language"), [
    ("The United States imposed new sanctions on Iran on Monday. Tehran threatened to close the Strait of Hormuz.",
     "en"),
    ("Les États-Unis ont imposé lundi de nouvelles sanctions à l'Iran. Téhéran a menacé de fermer le détroit "
     "d'Ormuz.", "fr"),
])
def test_a_threat_about_ones_own_territory_is_made_to_the_other_party(run, text, language):
    assert ({"IRN"}, {"USA"}) in sides_of(run(text, language), "THREATEN")


def test_a_threat_to_people_at_home_stays_at_home(run):
    found = sides_of(run("The Iranian government threatened striking workers with arrest.", "en"), "THREATEN")
    assert all(tgt <= {"IRN"} for _src, tgt in found), found
