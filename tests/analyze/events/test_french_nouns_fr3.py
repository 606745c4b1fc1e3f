"""French event nouns, fifth batch (issue 11): nominalisations of families already among the verbs (déporter ->
déportation, piller -> pillage, poursuivre -> poursuites judiciaires...), the state of emergency as a noun,
and « mobilisation » read as a protest when it is against something (the labour sense), not as troops. Each
with a made-up positive and a near-miss. Written before the entries."""

from __future__ import annotations

import pytest
from events_helpers import event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(fr_nlp):
    analyze = event_runner({"fr": fr_nlp})
    return lambda text: [e.event for e in analyze(text, "fr") if e.status == "actual"]


POSITIVES = [
    ("La déportation de réfugiés somaliens par l'armée éthiopienne a commencé lundi.", "COERCE"),
    ("La séquestration de travailleurs chinois par des rebelles nigérians a duré un mois.", "ASSAULT"),
    ("Le pillage de la ville malienne par les rebelles touaregs a duré trois jours.", "ASSAULT"),
    ("Le Burundi a confirmé l'exécution de deux otages rwandais par des miliciens burundais.", "ASSAULT"),
    ("La justice française a émis un mandat d'arrêt contre le président syrien.", "COERCE"),
    ("Le gouvernement égyptien a annoncé la proclamation de l'état d'urgence en Égypte.", "COERCE"),
    ("Les syndicats français ont appelé à une journée de mobilisation contre la réforme des retraites du "
     "gouvernement français.", "PROTEST"),
    ("Le président français a effectué un voyage officiel en Algérie.", "CONSULT"),
    ("Le président américain a eu un échange téléphonique avec le président russe.", "CONSULT"),
    ("Le Japon a réaffirmé son appui au gouvernement philippin.", "SUPPORT"),
    ("La justice brésilienne a engagé des poursuites judiciaires contre l'ancien président brésilien.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "event"), POSITIVES)
def test_fifth_batch_nouns_are_triggers(run, text, event):
    assert event in run(text)


NEAR_MISSES = [
    ("L'exécution du budget européen a pris du retard en Italie.", "ASSAULT"),
    ("Le voyage du président français en Algérie a été annulé.", "CONSULT"),
    ("La mobilisation des soldats russes à la frontière ukrainienne inquiète l'OTAN.", "PROTEST"),
    ("La poursuite des combats au Soudan inquiète l'ONU.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "event"), NEAR_MISSES)
def test_fifth_batch_noun_near_misses_are_not(run, text, event):
    assert event not in run(text)
