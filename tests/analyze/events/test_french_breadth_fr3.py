"""French breadth, fifth batch (issue 11): verb families of the English lexicon still without a French
counterpart (justice, repression, rejection, criticism, violence), each written from French usage with a
made-up positive sentence and a near-miss using the same word in another sense; then event nouns, and sides
for the later batches. Written before the entries."""

from __future__ import annotations

import pytest
from events_helpers import event_runner

pytestmark = pytest.mark.model


POSITIVES = [
    # ACCUSE: saisir la justice (CAMEO 115, legal complaint), tancer, dénigrer, s'offusquer
    ("Le gouvernement ukrainien a saisi la Cour internationale de justice contre la Russie.", "ACCUSE"),
    ("Le président turc a tancé le gouvernement allemand.", "ACCUSE"),
    ("Le gouvernement français s'est offusqué de l'espionnage américain.", "ACCUSE"),
    ("La Chine a dénigré la politique du Japon.", "ACCUSE"),
    # REQUEST: saisir le Conseil de sécurité (appeal for an intervention)
    ("Le Liban a saisi le Conseil de sécurité de l'ONU après les frappes israéliennes.", "REQUEST"),
    # REJECT
    ("Le gouvernement russe a réfuté les accusations de l'Ukraine.", "REJECT"),
    ("L'opposition vénézuélienne a contesté les résultats de l'élection présidentielle au Venezuela.", "REJECT"),
    ("Pékin a balayé les critiques des États-Unis.", "REJECT"),
    # COERCE
    ("La police égyptienne a appréhendé trois militants des droits de l'homme au Caire.", "COERCE"),
    ("La police turque a dispersé les manifestants kurdes à Istanbul.", "ASSAULT"),
    ("Le gouvernement thaïlandais a instauré un couvre-feu en Thaïlande.", "COERCE"),
    ("Le gouvernement égyptien a décrété l'état d'urgence en Égypte.", "COERCE"),
    ("Une cour d'appel américaine a rétabli des restrictions au droit à l'avortement aux États-Unis.", "COERCE"),
    ("L'armée malienne a capturé un chef jihadiste algérien.", "COERCE"),
    # ASSAULT
    ("L'armée soudanaise a massacré des civils tchadiens.", "ASSAULT"),
    ("L'aviation israélienne a ciblé des positions du Hezbollah au Liban.", "ASSAULT"),
    ("Des policiers français ont agressé un journaliste algérien.", "ASSAULT"),
    # RETREAT
    ("La justice iranienne a remis en liberté une chercheuse française.", "RETREAT"),
    # CONSULT
    ("Le président français a rendu visite à son homologue allemand.", "CONSULT"),
    # AID
    ("Le Canada a offert une aide humanitaire au Liban.", "AID"),
    # THREATEN
    ("La Russie a intimidé l'Ukraine.", "THREATEN"),
]


NOUN_POSITIVES = [
    # event nouns: nominalisations of families already among the verbs; « mobilisation » against something
    # (the labour sense) is a protest, not troops
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


@pytest.mark.parametrize(("text", "event"), POSITIVES + NOUN_POSITIVES)
def test_fifth_batch_families_are_triggers(fr_actual_types, text, event):
    assert event in fr_actual_types(text)


NEAR_MISSES = [
    ("La douane française a saisi deux tonnes de cannabis.", "ACCUSE"),
    ("Le ministre a saisi l'occasion pour remercier ses partenaires.", "REQUEST"),
    ("Le ministre a contesté l'usage de ce mot dans le débat.", "REJECT"),
    ("Le vent a balayé la côte bretonne.", "REJECT"),
    ("Le brouillard s'est dispersé en fin de matinée.", "ASSAULT"),
    ("Le photographe a capturé la scène avec son téléphone.", "COERCE"),
    ("Le ministre a ciblé les dépenses de santé dans son budget.", "ASSAULT"),
    ("Le gouvernement a remis un rapport au Parlement.", "RETREAT"),
    ("Le ministre a rendu son rapport au président.", "CONSULT"),
    ("L'entreprise a offert une prime à ses salariés.", "AID"),
]


NOUN_NEAR_MISSES = [
    ("L'exécution du budget européen a pris du retard en Italie.", "ASSAULT"),
    ("Le voyage du président français en Algérie a été annulé.", "CONSULT"),
    ("La mobilisation des soldats russes à la frontière ukrainienne inquiète l'OTAN.", "PROTEST"),
    ("La poursuite des combats au Soudan inquiète l'ONU.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "event"), NEAR_MISSES + NOUN_NEAR_MISSES)
def test_fifth_batch_near_misses_are_not(fr_actual_types, text, event):
    assert event not in fr_actual_types(text)


SIXTH = [
    # CONSULT third-party: servir d'intermédiaire, de médiateur
    ("Le Qatar a servi de médiateur entre Israël et le Hamas.", "CONSULT", "QAT", {"ISR", "PSE"}),
    # ASSAULT: tirer des roquettes, des obus (without « sur »); frapper an installation
    ("Le Hezbollah a tiré des roquettes vers le nord d'Israël.", "ASSAULT", "LBN", {"ISR"}),
    ("Un drone ukrainien a frappé une raffinerie russe.", "ASSAULT", "UKR", {"RUS"}),
    # CONSULT visit: the city one goes to names the host country
    ("Le Premier ministre britannique s'est rendu à Kiev.", "CONSULT", "GBR", {"UKR"}),
    ("La chancelière allemande s'est rendue à Pékin pour rencontrer le président chinois.", "CONSULT", "DEU", {"CHN"}),
]


@pytest.fixture(scope="module")
def run_sides(fr_nlp):
    analyze = event_runner({"fr": fr_nlp})
    return lambda text: [(e.event, {r.code for r in e.actor}, {r.code for r in e.recipient})
                         for e in analyze(text, "fr") if e.status == "actual"]


@pytest.mark.parametrize(("text", "event", "source", "targets"), SIXTH)
def test_sixth_batch_with_sides(run_sides, text, event, source, targets):
    assert any(ev == event and source in src and targets <= tgt for ev, src, tgt in run_sides(text))


@pytest.mark.parametrize("text", [
    "Le joueur a tiré des penalties à l'entraînement.",
    "La crise économique a frappé une usine française.",
    "Ce bâtiment a servi de prison pendant la guerre.",
])
def test_sixth_batch_near_misses(run_sides, text):
    assert not any(ev in ("ASSAULT", "CONSULT") for ev, _s, _t in run_sides(text))


SEVENTH = [
    # « recevoir le soutien, l'aide de X »: X supports, aids the subject (the subject receives)
    ("Le Premier ministre israélien a reçu le soutien des États-Unis.", "SUPPORT", "USA", {"ISR"}),
    ("Le gouvernement malien a reçu une aide militaire de la France.", "AID", "FRA", {"MLI"}),
    # « démanteler un réseau, une cellule »: a police operation (arrests), not a withdrawal
    ("La police espagnole a démantelé une cellule jihadiste marocaine.", "COERCE", "ESP", {"MAR"}),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), SEVENTH)
def test_seventh_batch_with_sides(run_sides, text, event, source, targets):
    assert any(ev == event and source in src and targets <= tgt for ev, src, tgt in run_sides(text))
