"""Criticism by qualification (issue 11, class 1; CAMEO 111): « qualifier X de tentative désespérée »,
« traiter X de menteur » are ACCUSE disapprove when the word after « de » is pejorative, however deep the
parser hangs it; a neutral qualification, or « traiter » a subject, is not. Written before the senses."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "accuse"), [
    ("Le porte-parole du Kremlin a qualifié les propos du président américain de tentative désespérée.", True),
    ("Le ministre iranien a qualifié les accusations des États-Unis de mensonges grotesques.", True),
    ("Le président turc a traité le Premier ministre israélien de terroriste.", True),
    ("Le ministre français a qualifié la rencontre avec son homologue chinois de constructive.", False),
    ("Le sommet a traité de la sécurité de l'Europe avec les dirigeants américains.", False),
])
def test_pejorative_qualification_is_criticism(fr_actual_types, text, accuse):
    assert ("ACCUSE" in fr_actual_types(text)) == accuse
