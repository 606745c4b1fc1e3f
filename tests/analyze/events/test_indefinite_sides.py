"""An indefinite noun phrase ("a senior official", « un haut responsable ») introduces someone new: it is never
resolved to an actor named earlier, as a pronoun or a definite description ("the minister", « le ministre ») is.
Sentences written before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, kind, earlier", [
    ("The Kenyan president met the Ugandan president on Monday. A senior official later accused Tanzania of "
     "smuggling arms.", "en", "ACCUSE", "KEN"),
    ("Le président kényan a rencontré lundi son homologue ougandais. Un haut responsable a ensuite accusé la "
     "Tanzanie de trafic d'armes.", "fr", "ACCUSE", "KEN"),
])
def test_an_indefinite_subject_is_nobody_named_before(run, text, language, kind, earlier):
    events = [e for e in run(text, language) if e.event == kind]
    assert events, described(run(text, language))
    assert all(earlier not in codes(e.actor) for e in events), described(events)


@pytest.mark.parametrize("text, language, kind, actor", [
    ("Kenya's interior minister toured Mombasa on Monday. The minister accused Uganda of spying on Tuesday.", "en",
     "ACCUSE", "KEN"),
    ("Le ministre kényan de l'Intérieur a visité Mombasa lundi. Le ministre a accusé mardi l'Ouganda d'espionnage.",
     "fr", "ACCUSE", "KEN"),
])
def test_a_definite_description_still_finds_its_antecedent(run, text, language, kind, actor):
    events = [e for e in run(text, language) if e.event == kind]
    assert any(actor in codes(e.actor) for e in events), described(run(text, language))
