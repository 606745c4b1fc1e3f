"""French wire copy, fifth round (issue 11): classes of misses found on a fresh batch of own articles
(tests/gold/realnews_own_fr.jsonl, batch ``fr-w``), each with made-up sentences written before the rule: a deed
judged or qualified with a word of blame (« a jugé « disproportionnée » l'intervention », « a qualifié d'« illégales »
les sanctions », also when the tokenizer cuts « d'« » into « d » and « ' »); an assault given (« donner l'assaut à »);
a visit named by its noun with its destination (« la visite du président chinois en France »), also when the parser
hangs the destination on the visitor; a sentence to days of detention; « faire état d'irrégularités » (an allegation);
« se déclarer hostile à »; « ces violences » named again as the other side's act; who provokes a condemnation undergoes
it. Dates: a day counted from a named event (« au lendemain de l'enlèvement ») and the day of an event a complement
names (« appelé à une manifestation lundi ») are not the clause's nor the narrative's. A crowd counted as a range
(« Entre 5.000 et 10.000 personnes ont défilé ») is the subject (a parse repair)."""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


POSITIVES = [
    # blame carried by the predicative adjective of « juger » or « qualifier (de) », quoted or not (CAMEO 111)
    ("La Turquie a jugé disproportionnée l'intervention russe.", "ACCUSE", "TUR", {"RUS"}),
    ("La Chine a qualifié d'« irresponsable » la décision japonaise.", "ACCUSE", "CHN", {"JPN"}),
    ("L'Iran a qualifié d'« illégales » les sanctions américaines.", "ACCUSE", "IRN", {"USA"}),
    ("Le Venezuela a qualifié la décision colombienne d'« arbitraire ».", "ACCUSE", "VEN", {"COL"}),
    # « donner l'assaut à » : an attack on what the « à » complement names
    ("Les soldats éthiopiens ont donné l'assaut à la ville somalienne de Baidoa.", "ASSAULT", "ETH", {"SOM"}),
    ("La police ougandaise a donné l'assaut au siège d'un parti d'opposition à Kampala.", "ASSAULT", "UGA", {"UGA"}),
    # a visit told by its noun: the visitor in the « de » complement, the host country after en / à
    ("La visite du président chinois en France a débuté lundi.", "CONSULT", "CHN", {"FRA"}),
    ("La visite de la chancelière allemande au Japon a commencé lundi.", "CONSULT", "DEU", {"JPN"}),
    ("La visite du Premier ministre indien Manmohan Singh au Pakistan s'est achevée mardi.", "CONSULT", "IND", {"PAK"}),
    # a sentence to days or months of detention is a conviction (CAMEO 173), not a condemnation
    ("Un tribunal de Minsk a condamné mardi l'opposant biélorusse Andreï Sannikov à dix jours de détention.",
     "SANCTION", "", {"BLR"}),
    ("Le militant chinois Hu Jia a été condamné à trois ans et demi d'emprisonnement par un tribunal de Pékin.",
     "SANCTION", "CHN", {"CHN"}),
    # « faire état de fraudes, d'irrégularités, d'exactions » : an allegation (CAMEO 112)
    ("Le président ougandais Yoweri Museveni a été réélu dimanche. Les observateurs de l'Union européenne ont fait "
     "état de graves irrégularités en Ouganda.", "ACCUSE", "EU", {"UGA"}),
    ("La police kényane a dispersé une manifestation à Nairobi. Amnesty International a fait état d'exactions "
     "commises par la police au Kenya.", "ACCUSE", "", {"KEN"}),
    # aircraft, armour and positions destroyed: an attack (CAMEO 18x), on their owner
    ("L'aviation israélienne a détruit trois hélicoptères de l'armée syrienne.", "ASSAULT", "ISR", {"SYR"}),
    ("Les rebelles tchadiens ont détruit deux chars de l'armée soudanaise près de la frontière.", "ASSAULT", "",
     {"SDN"}),
    # a second subject the parser coordinated with the first clause's verb acts in its own clause
    ("Le Conseil de sécurité s'est réuni en urgence et les Etats-Unis ont condamné l'attaque contre Israël.",
     "ACCUSE", "USA", set()),
    # a crowd counted as a range, which the parser reads as an adjunct: the subject of the protest
    ("Entre 5.000 et 10.000 personnes ont défilé samedi à Madrid contre la guerre en Irak.", "PROTEST", "ESP", set()),
    ("Entre 1,2 et 3,5 millions de personnes ont manifesté mardi en France contre la réforme des retraites.",
     "PROTEST", "FRA", set()),
    # « se déclarer opposé, hostile à » a side: a disapproval (CAMEO 111)
    ("Le Brésil s'est déclaré hostile à l'intervention de la France.", "ACCUSE", "BRA", {"FRA"}),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), POSITIVES)
def test_fifth_batch_classes_are_coded_with_their_sides(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event"), [
    # a judgement of praise or need is no blame; a gift or a signal given is no assault
    ("Le Japon a jugé positive la proposition chinoise.", "ACCUSE"),
    ("Le ministre a jugé nécessaire une réforme de la police.", "ACCUSE"),
    ("Le général a donné le signal du départ aux troupes.", "ASSAULT"),
    # one's own arsenal destroyed is disarming, no attack
    ("La Syrie a détruit son arsenal chimique.", "ASSAULT"),
    # said or declared with no word of blame: speech, no event; a state of things reported is no allegation
    ("Le Brésil s'est déclaré prêt à accueillir le sommet.", "ACCUSE"),
    ("Le ministre a fait état de progrès dans les négociations avec la Serbie.", "ACCUSE"),
])
def test_fifth_batch_near_misses_make_no_such_event(fr_sides, text, event):
    found = fr_sides(text)
    assert not coded_with(found, event, "", set()), found


def test_violence_named_again_is_the_last_act_of_the_other_side(fr_sides):
    # « ces violences », like « cette décision », stands for the act told before: its doer is condemned
    found = fr_sides("Des partisans du régime syrien ont attaqué l'ambassade du Qatar à Damas. "
                  "Doha a condamné ces violences.")
    assert ("ACCUSE", {"QAT"}, {"SYR"}) in found, found


def test_who_provokes_a_condemnation_undergoes_it(fr_sides):
    # the subject of « provoquer » undergoes the event its object names: Iran does not condemn itself
    found = fr_sides("L'Iran a testé un missile balistique, provoquant la condamnation des Etats-Unis.")
    assert not any(ev == "ACCUSE" and "IRN" in src for ev, src, _tgt in found), found


def test_a_visit_noun_does_not_make_its_visitor_its_host(fr_sides):
    # « au Japon » is the host: the German chancellor does not visit Germany
    found = [(src, tgt) for ev, src, tgt in fr_sides("La visite de la chancelière allemande au Japon a commencé lundi.")
             if ev == "CONSULT"]
    assert found and all("DEU" not in tgt for _src, tgt in found), found


def _dates(run, text: str, event: str) -> list:
    return [e.date for e in run(text, "fr") if e.event == event]


def test_a_day_counted_from_a_named_event_does_not_move_the_narrative(run):
    # « au lendemain de l'attaque » is counted from the attack: the next sentence is still on Tuesday (the 12th)
    text = ("L'armée turque a bombardé mardi des positions kurdes en Irak, au lendemain de l'attaque d'un poste "
            "frontière. Ankara a convoqué l'ambassadeur irakien.")
    assert _dates(run, text, "ACCUSE") == ["2024-03-12"]


def test_the_day_of_an_event_a_complement_names_is_not_the_clause_s(run):
    # the demonstration is on Monday; the denunciation and the arrests, undated, are on the day of publication
    # (Thursday the 14th), also through the verb coordinated with the denunciation
    text = ("Raila Odinga a dénoncé des fraudes massives et appelé ses partisans à une manifestation de masse lundi "
            "à Nairobi. La police kényane a arrêté dix militants de l'opposition.")
    assert _dates(run, text, "ACCUSE") == ["2024-03-14"]
    assert _dates(run, text, "COERCE") == ["2024-03-14"]
