"""Power seized by soldiers: a coup (CAMEO 1724, PETRARCH2 "OVERTHROW"; PLOVER COERCE, as « renverser le
président » and « le putsch »). « Les militaires ont pris le pouvoir », « des officiers se sont emparés du pouvoir »:
the subject's arms fix the sense, as a party or a coalition that « a pris le pouvoir » after an election did not
coerce anyone. Sentences written before the lexicon entries."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Les militaires ont pris le pouvoir au Niger le 26 juillet.",
    "Des officiers mutins ont pris le pouvoir mercredi à Libreville.",
    "Des soldats se sont emparés du pouvoir à Conakry dans la nuit de mardi à mercredi.",
    "L'armée a pris le pouvoir jeudi au Soudan après des semaines de manifestations.",
])
def test_soldiers_taking_power_coerce(fr_actual_types, text):
    assert "COERCE" in fr_actual_types(text)


@pytest.mark.parametrize("text", [
    "Les travaillistes ont pris le pouvoir en 1997 après leur victoire aux élections.",
    "La coalition a pris le pouvoir après les législatives de juin.",
    "Le nouveau président a pris ses fonctions jeudi.",
])
def test_power_taken_by_a_party_is_no_coercion(fr_actual_types, text):
    assert "COERCE" not in fr_actual_types(text)


@pytest.mark.parametrize("text, country", [
    ("Soldiers seized power in Niger on July 26.", "NER"),
    ("Army officers took power in Gabon on Wednesday, hours after the election results were announced.", "GAB"),
])
def test_soldiers_seizing_power_make_a_coup_not_a_seizure(run, text, country):
    """A coup (no mode), not property seized (``seize``), against the country's power."""
    events = [e for e in run(text, "en") if e.event == "COERCE" and e.status == "actual"]
    assert events and all(country in codes(e.recipient) and e.mode is None for e in events), [
        (e.mode, codes(e.actor), codes(e.recipient)) for e in events]


def test_power_taken_after_an_election_is_no_coercion(run):
    events = run("The Labour Party took power in 1997 after a landslide victory.", "en")
    assert not [e for e in events if e.event == "COERCE"]


@pytest.mark.parametrize(("text", "country"), [
    ("Army officers seized power in Gabon on Wednesday.", "GAB"),
    ("Soldiers took power in Mali on Tuesday after weeks of protests.", "MLI"),
])
def test_soldiers_of_no_nationality_taking_power_in_a_country_are_its_own(run, text, country):
    """The country named as the coup's scene ("in Gabon") is no addressee the soldiers face from abroad: the
    putschists are its own armed forces (GAB -> GAB), not soldiers of no country."""
    events = [e for e in run(text, "en") if e.event == "COERCE" and e.status == "actual"]
    assert events and all(codes(e.actor) == {country} for e in events), [
        (codes(e.actor), codes(e.recipient)) for e in events]


def test_an_apology_to_the_home_country_by_name_is_not_its_own(run):
    """A country addressed by its name ("apologised to the United States") stays the other side."""
    events = run("The speaker of the Congress apologised to the United States on Monday.", "en")
    assert not [e for e in events if codes(e.actor) == {"USA"}]
