"""French recall of required events (issue 11): classes of miss that carry to new text, each written as made-up
sentences before the rule or the entries that handle it, with near misses where the same words are no such event.

- A time word the parser took for the direct object (« ont manifesté *la veille* devant le Parlement », « ont défilé
  *le lendemain* ») leaves the verb intransitive: its intransitive sense (a demonstration) still holds, unless the
  parser hung the true object on the time word (« a manifesté la veille son soutien »: an expression of support).
- « attaquer » with a purpose clause (« pour s'emparer de ses armes ») or an apposition (« pour la plupart des
  déserteurs ») is no attack in words when what is attacked is a barracks, a convoy, a patrol or soldiers: the
  « pour » of a grievance (« a attaqué le président pour son bilan ») is the only reading of a critic.
- « se dire opposé, hostile à » (as « se déclarer »): a disapproval (CAMEO 111); « se dire prêt » is none.
- « geler les négociations, le dialogue » halts talks (CAMEO 164, SANCTION withdraw), as « rompre » and
  « interrompre » do; freezing wages is none.
- An adjunct inserted between the auxiliary and the participle (« a, pour sa part, menacé », « a de son côté
  rejeté »): the parser may make the auxiliary the main verb and the participle a modifier of the adjunct; the parse
  repair (``tense_auxiliaries`` of ``repairs.yaml``) gives the participle back its subject and object.
- « se mettre d'accord, tomber d'accord (sur) »: an agreement between the parties the subject names (CAMEO 03);
  « tomber » alone is none. A pronominal verb is active even when the tagger marks its participle passive (« se
  sont mis d'accord »: the parse repair ``reflexive_clitics`` of ``language.yaml``), else its subject would be the one
  acted upon.
- « l'envoi de gendarmes, de policiers » is a deployment of police (PLOVER MOBILIZE police), not a letter sent to
  them.
"""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


POSITIVES = [
    # a time word read as the object
    ("Des milliers de Géorgiens avaient manifesté la veille devant le Parlement de Tbilissi.", "PROTEST", "GEO", set()),
    ("Des centaines de Serbes ont manifesté la veille à Belgrade contre le traité.", "PROTEST", "SRB", set()),
    ("Des étudiants marocains ont manifesté dimanche soir devant le Parlement de Rabat.", "PROTEST", "MAR", set()),
    # attacking a barracks, a convoy, soldiers, whatever « pour » says
    ("Des hommes armés, pour la plupart des anciens soldats, ont attaqué une caserne de l'armée nigérienne à Agadez.",
     "ASSAULT", "", {"NER"}),
    ("Des rebelles ont attaqué un convoi de l'armée tchadienne pour s'emparer de ses armes.", "ASSAULT", "", {"TCD"}),
    ("Des islamistes ont attaqué une patrouille de l'armée malienne pour venger leurs chefs.", "ASSAULT", "", {"MLI"}),
    # se dire déçu, hostile
    ("Le Japon s'est dit opposé à la décision de la Corée du Sud.", "ACCUSE", "JPN", {"KOR"}),
    ("La Turquie s'est dite hostile à la décision de la France.", "ACCUSE", "TUR", set()),
    ("Le gouvernement algérien s'est dit opposé à toute intervention de la France au Mali.", "ACCUSE", "DZA", {"FRA"}),
    # halting talks
    ("L'Union européenne a gelé les négociations d'adhésion avec la Turquie.", "SANCTION", "", {"TUR"}),
    ("Séoul a gelé le dialogue avec Pyongyang après l'essai nucléaire.", "SANCTION", "KOR", set()),
    # an adjunct between the auxiliary and the participle
    ("Le Brésil a de son côté rejeté les accusations des Etats-Unis.", "REJECT", "BRA", {"USA"}),
    ("La Turquie a, pour sa part, menacé de couper l'approvisionnement en eau de la Syrie.", "THREATEN", "TUR",
     {"SYR"}),
    ("Le Chili a de son côté condamné l'essai nucléaire de la Corée du Nord.", "ACCUSE", "CHL", {"PRK"}),
    # coming to an agreement
    ("Le Soudan et le Soudan du Sud se sont mis d'accord sur le partage des revenus pétroliers.", "AGREE", "SDN",
     {"SSD"}),
    ("La France et l'Allemagne sont tombées d'accord sur un compromis budgétaire.", "AGREE", "FRA", {"DEU"}),
    # police sent
    ("Le Kenya a annoncé l'envoi de policiers en Haïti.", "MOBILIZE", "KEN", set()),
    ("Le Sénégal a annoncé l'envoi de 300 gendarmes au Mali.", "MOBILIZE", "SEN", set()),
]

NEAR_MISSES = [
    # the object hung on the time word: an expression of support, no demonstration
    ("Le ministre chilien a manifesté la veille son soutien aux familles des mineurs.", "PROTEST"),
    # a critic's « pour »
    ("Le sénateur républicain a attaqué le président Obama pour son bilan économique.", "ASSAULT"),
    # ready to talk; a coach disappointed by a match
    ("Le ministre iranien s'est dit prêt à négocier avec les Etats-Unis.", "ACCUSE"),
    ("L'entraîneur lyonnais s'est dit opposé à la décision de l'arbitre.", "ACCUSE"),
    # falling, setting a date of a match
    ("Le président kényan est tombé de la tribune lors du défilé.", "AGREE"),
    # wages frozen
    ("Le gouvernement grec a gelé les salaires des fonctionnaires.", "SANCTION"),
    # a letter sent to policemen
    ("Le préfet a annoncé l'envoi d'une circulaire aux policiers de Corse.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), POSITIVES)
def test_french_recall_classes_are_coded(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event"), NEAR_MISSES)
def test_french_recall_near_misses_make_no_such_event(fr_sides, text, event):
    found = fr_sides(text)
    assert not coded_with(found, event, "", set()), found
