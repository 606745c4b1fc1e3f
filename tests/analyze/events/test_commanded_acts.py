"""An act ordered by someone is that someone's act, and the place its own phrase named on the source side is
its other side; a withdrawal or a halt of operations in a country concedes to that country; a town noun
("the town", « la ville ») points back to a town, never to a country. Sentences written before the rules."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "language"), [
    ("Le président turc a ordonné le retrait des troupes de Libye.", "fr"),
    ("The Turkish president ordered the withdrawal of troops from Libya.", "en"),
    ("Ankara a ordonné l'arrêt des opérations militaires en Libye.", "fr"),
    ("Turkey's president ordered a halt to military operations in Libya on Monday.", "en"),
])
def test_the_one_who_ordered_withdraws(run, text, language):
    found = [(codes(e.actor), codes(e.recipient)) for e in run(text, language) if e.event == "RETREAT"]
    assert found and all(src == {"TUR"} and "LBY" in tgt for src, tgt in found), found


def test_an_ordered_strike_is_the_orderers(run):
    found = [codes(e.actor) for e in run("The Kenyan president ordered air strikes on rebel camps in Somalia.", "en")
             if e.event == "ASSAULT"]
    assert found and all(src == {"KEN"} for src in found), found


@pytest.mark.parametrize(("text", "language"), [
    ("Soutenues par la Turquie, les forces libyennes ont bombardé la ville.", "fr"),
    ("Backed by Turkey, Libyan forces shelled the town overnight.", "en"),
])
def test_a_town_noun_never_points_back_to_a_country(run, text, language):
    assert all("TUR" not in codes(e.recipient) for e in run(text, language) if e.event == "ASSAULT")


def test_a_town_noun_points_back_to_the_town(run):
    events = run("Les rebelles sont entrés à Misrata. Les forces libyennes ont bombardé la ville.", "fr")
    assert any(codes(e.recipient) == {"LBY"} for e in events if e.event == "ASSAULT")
