"""French counterparts of English trigger families that had none (issue 11): the English hand lexicon compared
with the French one type by type, each family missing in French written from French usage, with made-up
sentences of varied wording written before the entries. A polysemous word enters only with the condition that
fixes its sense, and each family has a near miss that must stay no such event.

AGREE « se mettre d'accord » (agree); ACCUSE « tenir pour responsable » (blame, hold responsible); ASSAULT the
capture of people (capture), a military intervention (launch an offensive), « faire usage de » force or arms, a ship
sunk or torpedoed (sink, torpedo), torture and ethnic cleansing named by their nouns; COERCE a ruler ousted
(« évincer », oust); CONCEDE an acquittal (acquit) and a repeal (« abroger », repeal); REJECT a verdict quashed
(« casser, infirmer », overturn, quash); SANCTION countermeasures; SUPPORT « se rallier à » (rally behind);
MOBILIZE a weapon tested (test); CONSULT an envoy sent (send, dispatch a visitor: a visit, not aid)."""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


POSITIVES = [
    # AGREE: se mettre d'accord (sur, pour, avec)
    ("L'Inde et le Pakistan se sont mis d'accord sur un calendrier de pourparlers.", "AGREE", "IND", set()),
    ("Le gouvernement soudanais s'est mis d'accord avec les rebelles sur un cessez-le-feu.", "AGREE", "SDN", set()),
    ("Les Palestiniens et les Israéliens se sont mis d'accord pour reprendre les négociations.", "AGREE", "PSE", set()),
    # ACCUSE: tenir pour responsable
    ("Israël a tenu le gouvernement libanais pour responsable de l'enlèvement.", "ACCUSE", "ISR", {"LBN"}),
    ("Washington tient Damas pour responsable de l'attaque chimique.", "ACCUSE", "USA", {"SYR"}),
    ("Kiev a tenu la Russie pour seule responsable de la destruction de l'avion.", "ACCUSE", "UKR", {"RUS"}),
    # ASSAULT: the capture of people
    ("La capture de trois soldats israéliens par le Hamas a déclenché une crise.", "ASSAULT", "", {"ISR"}),
    ("Les FARC ont revendiqué la capture d'un officier de l'armée colombienne.", "ASSAULT", "", set()),
    ("Ankara a promis une riposte après la capture de huit militaires turcs par le PKK.", "ASSAULT", "", {"TUR"}),
    # ASSAULT: a military or armed intervention
    ("La France a lancé une intervention militaire en Centrafrique.", "ASSAULT", "FRA", set()),
    ("L'intervention militaire de l'Otan en Libye a commencé samedi.", "ASSAULT", "NATO", set()),
    ("L'Arabie saoudite a déclenché une intervention armée au Yémen.", "ASSAULT", "SAU", set()),
    # ASSAULT: faire usage de la force, de ses armes, de gaz lacrymogène
    ("La police égyptienne a fait usage de gaz lacrymogène contre les manifestants.", "ASSAULT", "EGY", set()),
    ("L'armée guinéenne a fait usage de ses armes contre la foule à Conakry.", "ASSAULT", "GIN", set()),
    ("Les forces de l'ordre turques ont fait usage de canons à eau à Ankara.", "ASSAULT", "TUR", set()),
    # ASSAULT: a ship sunk or torpedoed
    ("La marine sri-lankaise a coulé un navire des Tigres tamouls.", "ASSAULT", "LKA", set()),
    ("Un sous-marin nord-coréen a torpillé une corvette sud-coréenne.", "ASSAULT", "PRK", set()),
    ("Les garde-côtes somaliens ont coulé deux embarcations de pirates yéménites.", "ASSAULT", "SOM", set()),
    # ASSAULT: torture, ethnic cleansing
    ("La torture de prisonniers irakiens par des soldats américains a choqué le monde.", "ASSAULT", "USA", {"IRQ"}),
    ("L'épuration ethnique des musulmans bosniaques par les milices serbes a fait des milliers de victimes.",
     "ASSAULT", "SRB", set()),
    ("Le rapport accuse l'armée birmane d'épuration ethnique contre les Rohingyas.", "ACCUSE", "", {"MMR"}),
    # COERCE: évincer un dirigeant
    ("L'armée égyptienne a évincé le président Mohamed Morsi.", "COERCE", "EGY", set()),
    ("Les militaires thaïlandais ont évincé le Premier ministre Yingluck Shinawatra.", "COERCE", "THA", set()),
    ("Le Parlement ukrainien a évincé le président Viktor Ianoukovitch samedi.", "COERCE", "UKR", set()),
    # CONCEDE: acquitter, l'acquittement
    ("La justice ukrainienne a acquitté l'ancien Premier ministre.", "CONCEDE", "UKR", set()),
    ("Un tribunal égyptien a acquitté les policiers accusés d'avoir tué des manifestants.", "CONCEDE", "EGY", set()),
    ("L'acquittement des militaires par le tribunal de Bogota a indigné les familles.", "CONCEDE", "COL", set()),
    # CONCEDE: abroger, l'abrogation
    ("Le Parlement turc a abrogé la loi sur les rassemblements.", "CONCEDE", "TUR", set()),
    ("Le gouvernement égyptien a abrogé l'état d'urgence en vigueur depuis 1981.", "CONCEDE", "EGY", set()),
    ("Le président philippin a annoncé l'abrogation de la loi martiale à Mindanao.", "CONCEDE", "PHL", set()),
    # REJECT: casser, infirmer un jugement
    ("La Cour suprême pakistanaise a cassé le jugement contre l'ancien Premier ministre.", "REJECT", "PAK", set()),
    ("La cour d'appel de Moscou a infirmé la condamnation de l'opposant.", "REJECT", "RUS", set()),
    ("La Cour de cassation égyptienne a cassé les condamnations à mort de 37 islamistes.", "REJECT", "EGY", set()),
    # SANCTION: des contre-mesures
    ("Moscou a annoncé des contre-mesures contre les Etats-Unis.", "SANCTION", "RUS", {"USA"}),
    ("La Chine a adopté des contre-mesures contre le Japon.", "SANCTION", "CHN", {"JPN"}),
    ("Les contre-mesures de Pékin visent les entreprises américaines.", "SANCTION", "CHN", set()),
    # SUPPORT: se rallier à
    ("Le Qatar s'est finalement rallié à la position saoudienne.", "SUPPORT", "QAT", {"SAU"}),
    ("Les chefs tribaux libyens se sont ralliés au Conseil national de transition.", "SUPPORT", "LBY", set()),
    ("L'Allemagne s'est ralliée à la position de la France.", "SUPPORT", "DEU", {"FRA"}),
    # MOBILIZE: tester une arme
    ("La Corée du Nord a testé un missile balistique mercredi.", "MOBILIZE", "PRK", set()),
    ("L'Inde a testé avec succès un missile capable d'atteindre Pékin.", "MOBILIZE", "IND", set()),
    ("L'Iran a testé de nouvelles roquettes lors de manoeuvres.", "MOBILIZE", "IRN", set()),
    # CONSULT: an envoy sent is a visit (CAMEO 042), not aid
    ("L'ONU a dépêché un émissaire en Birmanie.", "CONSULT", "UN", {"MMR"}),
    ("Paris a envoyé un émissaire à Beyrouth.", "CONSULT", "FRA", {"LBN"}),
    ("La Chine a dépêché son vice-ministre des Affaires étrangères à Khartoum.", "CONSULT", "CHN", {"SDN"}),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), POSITIVES)
def test_french_families_are_coded_with_their_sides(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event", "source"), [
    # agreeing tunes nothing; holding a press conference blames nobody
    ("Le musicien a mis sa guitare en accord avec le piano.", "AGREE", ""),
    ("Le ministre a tenu une conférence de presse à Beyrouth.", "ACCUSE", ""),
    # a screen capture, carbon capture, a surgeon's intervention, a minister's speech are no assault
    ("La capture du carbone est au coeur du plan allemand.", "ASSAULT", ""),
    ("L'intervention du ministre allemand à la télévision a duré dix minutes.", "ASSAULT", ""),
    ("La Russie a exclu toute intervention militaire en Syrie.", "ASSAULT", ""),
    ("Le député a fait usage de son droit de réponse.", "ASSAULT", ""),
    # a ferry sinking by itself; a plan torpedoed; ousting a coach
    ("Un ferry a coulé au large des côtes indonésiennes.", "ASSAULT", ""),
    ("Le club espagnol a évincé son entraîneur.", "COERCE", ""),
    # settling a debt is no acquittal; breaking windows rejects nothing
    ("Le gouvernement grec s'est acquitté de sa dette envers le FMI.", "CONCEDE", ""),
    ("Des manifestants ont cassé des vitrines à Athènes.", "REJECT", ""),
    # rallying sent nothing; testing a product is no show of force; sending aid stays aid, not a visit
    ("L'entreprise a testé un nouveau logiciel en Inde.", "MOBILIZE", ""),
    ("La France a envoyé des vivres au Niger.", "CONSULT", ""),
    ("L'ONU a dépêché un émissaire en Birmanie.", "AID", ""),
])
def test_french_family_near_misses_make_no_such_event(fr_sides, text, event, source):
    found = fr_sides(text)
    assert not coded_with(found, event, source, set()), found
