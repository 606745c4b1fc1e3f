"""A subject pronoun ("she", « elle ») takes up the one person named in the sentence before only when that sentence's
subject is no other name: a name the tagger knows as nobody ("Garcia", a surname taken for no one) may be whom the
pronoun stands for, and the person named in an adjunct or an object is then a competing candidate, so the side stays
empty (issue 11, class 2: a wrong side costs more than a missing one). Texts made up before the rule."""

from __future__ import annotations

import pytest
from events_helpers import typed_sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("lang", "text", "event", "wrong"), [
    ("en", "After talks with Kenyan President William Ruto in Madrid on Monday, Garcia announced new funds for the "
           "flood victims. She also urged Ethiopia to open its border to the refugees.", "REQUEST", "KEN"),
    ("en", "After talks with the Chilean president, Gabriel Boric, Bachelet praised the new trade pact. She then "
           "accused Bolivia of blocking the port deal.", "ACCUSE", "CHL"),
    ("fr", "Après un entretien lundi à Madrid avec le président kényan William Ruto, Garcia a annoncé une aide pour "
           "les victimes des inondations. Elle a également exhorté l'Ethiopie à ouvrir sa frontière.", "REQUEST",
     "KEN"),
])
def test_a_pronoun_after_an_unknown_subject_name_is_nobody_named_elsewhere(run, lang, text, event, wrong):
    found = typed_sides(run(text, lang))
    assert not any(ev == event and wrong in src for ev, src, _tgt in found), found


@pytest.mark.parametrize(("lang", "text", "event", "source"), [
    ("en", "Kenyan President William Ruto arrived in Addis Ababa on Monday. He urged Ethiopia to open its border.",
     "REQUEST", "KEN"),
    ("fr", "Le président kényan William Ruto est arrivé lundi à Addis-Abeba. Il a exhorté l'Ethiopie à ouvrir sa "
           "frontière.", "REQUEST", "KEN"),
])
def test_a_pronoun_after_the_one_person_subject_is_that_person(run, lang, text, event, source):
    found = typed_sides(run(text, lang))
    assert any(ev == event and source in src for ev, src, _tgt in found), found
