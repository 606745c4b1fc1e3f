"""Denials and arrests (issue 11, class 1: « a démenti », passive arrests with « par »): the real-news
guidelines code a denial as REJECT even when the text names no recipient (the report or accusation denied has
none); at the default threshold a denial by a named actor is output, a negated or reported-as-possible one is
not; an arrest of a person is output. Written before the changes."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Le Kremlin a démenti toute implication dans l'attaque.",
    "Le gouvernement algérien a démenti les informations de la presse.",
    "Le ministère iranien des Affaires étrangères a nié toute responsabilité dans l'explosion.",
])
def test_a_denial_is_output_at_the_default_threshold(fr_actual_types_default, text):
    assert "REJECT" in fr_actual_types_default(text)


@pytest.mark.parametrize("text", [
    "Le Kremlin n'a pas démenti ces informations.",
    "Le gouvernement algérien pourrait démentir ces informations.",
])
def test_no_denial_without_one(fr_actual_types_default, text):
    assert "REJECT" not in fr_actual_types_default(text)


@pytest.mark.parametrize("text", [
    "Trois manifestants ont été arrêtés par la police égyptienne au Caire.",
    "La police turque a arrêté deux journalistes kurdes à Istanbul.",
    "Un opposant russe a été arrêté à Moscou par la police russe.",
])
def test_arresting_a_person_is_output_at_the_default_threshold(fr_actual_types_default, text):
    # « arrêter » a person is an arrest (the verb alone may also be « stop »: its own sense stays below)
    assert "COERCE" in fr_actual_types_default(text)


def test_a_denial_answers_the_last_accusation(run):
    text = "L'Inde a accusé lundi le Pakistan d'avoir bombardé des villages frontaliers. Islamabad a démenti."
    assert any(codes(e.actor) == {"PAK"} and codes(e.recipient) == {"IND"}
               for e in run(text, "fr") if e.event == "REJECT")
