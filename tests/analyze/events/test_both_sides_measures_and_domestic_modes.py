"""Issue 11, classes 1 to 3, on texts written for these tests before the rules: "both sides" names the two parties
the story has set against each other; a measure noun ("dozens of rockets") does not hide the weapon from the
field's verb patterns; a curfew or a state of emergency is imposed on the state's own territory; two verbs each
with its own subject are two events; a circumstantial phrase is no object (« arrêté après des frappes » is an
arrest, not a ceasefire); tear gas is crowd control."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,lang", [
    ("Israeli jets bombed the port of Tyre on Monday. Hezbollah fired rockets at Haifa. Syria warned Israel "
     "against any attack. The European Union urged both sides to show restraint.", "en"),
    ("L'aviation israélienne a bombardé le port de Tyr lundi. Le Hezbollah a tiré des roquettes sur Haïfa. La Syrie "
     "a averti Israël. L'Union européenne a exhorté les deux parties à la retenue.", "fr"),
])
def test_both_sides_are_the_two_parties_set_against_each_other_most(run, text, lang):
    found = event_of(run(text, lang), "REQUEST")
    assert codes(found.actor) == {"EU"} and codes(found.recipient) == {"ISR", "LBN"}


def test_both_sides_with_no_two_parties_told_before_is_nobody(run):
    assert "REQUEST" not in [e.event for e in run("The European Union urged both sides to show restraint.", "en")]


@pytest.mark.parametrize("text,lang,target", [
    ("Hezbollah fired dozens of rockets into northern Israel.", "en", {"ISR"}),
    ("Hamas fired hundreds of missiles at Israel.", "en", {"ISR"}),
])
def test_the_weapon_behind_a_measure_noun(run, text, lang, target):
    assert codes(event_of(run(text, lang), "ASSAULT").recipient) == target


@pytest.mark.parametrize("text,lang,mode", [
    ("Le président malien a décrété l'état d'urgence sur l'ensemble du territoire.", "fr", "martial-law"),
    ("The Thai government imposed a curfew in the provinces of the south.", "en", "curfew"),
])
def test_a_curfew_or_an_emergency_is_imposed_at_home(run, text, lang, mode):
    found = event_of(run(text, lang), "COERCE")
    assert found.mode == mode and codes(found.recipient) == codes(found.actor) - {None}


def test_two_verbs_with_their_own_subjects_are_two_attacks(run):
    events = [e for e in run("Israeli warplanes bombed Beirut's airport a day after Hezbollah guerrillas captured two "
                             "Israeli soldiers.", "en") if e.event == "ASSAULT"]
    assert sorted((sorted(codes(e.actor)), sorted(codes(e.recipient))) for e in events) == [
        (["ISR"], ["LBN"]), (["LBN"], ["ISR"])]


def test_a_circumstantial_phrase_is_no_object(run):
    events = run("L'opposant Jean Kaboré a été arrêté à Abidjan par la police ivoirienne après des frappes "
                 "sur la ville.", "fr")
    assert "COERCE" in [e.event for e in events] and "RETREAT" not in [e.event for e in events]


@pytest.mark.parametrize("text,lang", [
    ("Police fired tear gas at protesters in Cairo.", "en"),
    ("Police fired rubber bullets to disperse the crowd in Cairo.", "en"),
    ("La police égyptienne a tiré des grenades lacrymogènes sur les manifestants au Caire.", "fr"),
])
def test_tear_gas_is_crowd_control(run, text, lang):
    assert event_of(run(text, lang), "ASSAULT").mode == "crowd-control"


@pytest.mark.parametrize("text,lang", [
    ("La France a lancé vendredi une opération militaire au Mali.", "fr"),
    ("France launched a military operation in Mali on Friday.", "en"),
])
def test_launching_a_military_operation_is_force(run, text, lang):
    found = event_of(run(text, lang), "ASSAULT")
    assert codes(found.actor) == {"FRA"} and codes(found.recipient) == {"MLI"}


def test_a_company_firing_workers_is_no_attack(run):
    assert "ASSAULT" not in [e.event for e in run("The company fired dozens of workers in Ohio.", "en")]


def test_dismissing_an_agreement_rejects_it(run):
    found = event_of(run("Israel dismissed the agreement between Iran and the United States.", "en"), "REJECT")
    assert codes(found.actor) == {"ISR"}


def test_both_sides_on_a_tie_are_the_lead_pair(run):
    text = ("Armenian artillery shelled the Azerbaijani town of Tartar on Sunday. Azerbaijan's president called on "
            "Turkey to help. The European Union urged both sides to stop the fighting.")
    found = [codes(e.recipient) for e in run(text, "en") if e.event == "REQUEST" and codes(e.actor) == {"EU"}]
    assert found == [{"ARM", "AZE"}], found
