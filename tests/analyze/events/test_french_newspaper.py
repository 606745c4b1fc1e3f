"""French newspaper copy (issue 11): classes of misses found on a fresh batch of own newspaper articles
(tests/gold/realnews_own_fr.jsonl, batch ``fr-aa``), each with made-up sentences written before the rule.

- A verb of conduct whose object is an attack names that attack, as « lancer » did already: « mener des raids »,
  « poursuivre / intensifier ses frappes », « multiplier les attaques », « effectuer des bombardements »,
  « perpétrer un attentat » (ASSAULT by the subject); another object (talks, an inquiry, a speech) makes none.
- An offer of cooperation or help (« proposer / offrir sa coopération, son aide, son assistance ») to someone
  is the intent to cooperate or to help (CAMEO 03: AGREE); another offer (a resignation, a bonus) is none. (An
  offer of mediation that names no parties is left out: it has no recipient to code.)
- The recall of reservists told by its noun (« le rappel de 20 000 réservistes ») is a mobilisation, as the verb
  « rappeler des réservistes » is; the recall of an ambassador stays a sanction.
- Who obtains a release, a withdrawal or support (« obtenir », a receiving verb) receives it, never does it.
- A conversation told in a « lors de / pendant » adjunct (« Lors d'un entretien téléphonique, Obama a averti son
  homologue russe ») is between the clause's subject and whom its verb addresses."""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


POSITIVES = [
    # a verb of conduct with an attack as its object
    ("L'armée nigériane a mené jeudi des raids aériens contre les camps de Boko Haram.", "ASSAULT", "NGA", set()),
    ("L'aviation russe a intensifié ses frappes contre les positions rebelles en Syrie.", "ASSAULT", "RUS", set()),
    ("Les forces turques ont poursuivi leurs bombardements dans le nord de l'Irak.", "ASSAULT", "TUR", set()),
    ("Les talibans ont multiplié les attaques contre les convois de l'Otan.", "ASSAULT", "", {"NATO"}),
    ("L'aviation israélienne a effectué plusieurs frappes sur la bande de Gaza.", "ASSAULT", "ISR", set()),
    # an offer of cooperation or help: the intent to cooperate (AGREE)
    ("La Chine a proposé son assistance au Népal après le tremblement de terre.", "AGREE", "CHN", {"NPL"}),
    ("Le Japon a offert son aide à l'Indonésie après le séisme.", "AGREE", "JPN", {"IDN"}),
    ("Le Pakistan a proposé sa coopération à l'Inde dans l'enquête sur les attentats.", "AGREE", "PAK", {"IND"}),
    # the recall of reservists named by its noun
    ("Le gouvernement israélien a annoncé le rappel de 20 000 réservistes.", "MOBILIZE", "ISR", set()),
    ("Le ministère russe de la Défense a ordonné le rappel de milliers de réservistes.", "MOBILIZE", "RUS", set()),
    ("Kiev a décrété le rappel des réservistes de l'armée ukrainienne.", "MOBILIZE", "UKR", set()),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), POSITIVES)
def test_newspaper_classes_are_coded_with_their_sides(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event"), [
    # conduct of something that is no attack
    ("Le gouvernement a poursuivi les négociations avec les syndicats.", "ASSAULT"),
    ("La police a mené une enquête sur l'attaque du commissariat.", "ASSAULT"),
    ("Le ministre a poursuivi son discours devant les députés.", "ASSAULT"),
    ("Les enquêteurs ont multiplié les interrogatoires.", "ASSAULT"),
    # an offer that is no cooperation
    ("Le ministre de l'Economie a proposé sa démission au président.", "AGREE"),
    ("L'entreprise a offert une prime à ses salariés.", "AGREE"),
    # the recall of an ambassador or of a product is no mobilisation
    ("Le rappel de l'ambassadeur de France à Alger a surpris les diplomates.", "MOBILIZE"),
    ("Le constructeur a annoncé le rappel de 20 000 véhicules.", "MOBILIZE"),
])
def test_newspaper_near_misses_make_no_such_event(fr_sides, text, event):
    found = fr_sides(text)
    assert not coded_with(found, event, "", set()), found


@pytest.mark.parametrize(("text", "event", "wrong_source"), [
    # who obtains a release, a withdrawal or help receives it: it is done by another, never by the subject
    ("Nicolas Sarkozy a obtenu la libération de trois journalistes français détenus au Tchad.", "RETREAT", "FRA"),
    ("Le Qatar a obtenu la libération des otages libanais.", "RETREAT", "QAT"),
    ("Kiev a obtenu le retrait des troupes russes de la frontière.", "RETREAT", "UKR"),
])
def test_who_obtains_an_act_does_not_do_it(fr_sides, text, event, wrong_source):
    found = fr_sides(text)
    assert not coded_with(found, event, wrong_source, set()), found


def test_support_obtained_is_given_by_its_complement(fr_sides):
    found = fr_sides("Le Liban a obtenu le soutien de la France.")
    assert coded_with(found, "SUPPORT", "FRA", {"LBN"}), found


@pytest.mark.parametrize(("text", "source", "target"), [
    # a conversation or a meeting told in a « lors de » adjunct: the clause's subject and the one it addresses
    ("Lors d'un entretien téléphonique, Barack Obama a averti son homologue russe.", "USA", "RUS"),
    ("Lors d'une rencontre, le président chinois a mis en garde le président russe.", "CHN", "RUS"),
    ("Pendant une conversation téléphonique, la chancelière allemande a exhorté le président français à agir.",
     "DEU", "FRA"),
])
def test_a_meeting_in_a_during_adjunct_is_between_the_clause_sides(fr_sides, text, source, target):
    found = fr_sides(text)
    assert any(ev == "CONSULT" and {source, target} <= src | tgt for ev, src, tgt in found), found


def test_a_meeting_adjunct_does_not_make_the_condemned_a_participant(fr_sides):
    # a meeting of one side where it condemned another is no meeting with the condemned
    found = fr_sides("Lors d'une réunion à Bruxelles, les ministres européens ont condamné la Russie.")
    assert not any(ev == "CONSULT" and "RUS" in src | tgt for ev, src, tgt in found), found
