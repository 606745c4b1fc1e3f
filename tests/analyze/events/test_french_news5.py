"""French news, batch 13 (issue 11): classes of errors found on a fresh batch of own French articles
(tests/gold/realnews_own_fr.jsonl, ``fr-ad``: Burkina Faso, Kenya and Somalia, Madagascar, Côte d'Ivoire,
Switzerland and Libya, Lebanon and Syria, Pakistan, Russia and Georgia, Belarus and the EU, Rwanda and France,
Mali, the ICC), each with made-up sentences written before the rule.

- The object after the day word right after the verb, hung on the verb as a second adjunct (« a fermé *samedi les
  routes* »), is the verb's object; and a past participle after « et » that shares the first verb's auxiliary,
  read as an adjective coordinated with that object (« ... et *exigé* que »), is a verb coordinated with the first.
- The subject of a passive request verb (« ont été priés de quitter ») is the one asked, never the one asking.
- The « par » agent of the main passive verb is its actor, not the agent of a participle further on (« en
  exécution d'un mandat délivré par la CPI »).
- The antecedent of the object relative « que » (« les services syriens, que l'opposition accuse de ... ») is the
  recipient of the relative clause's verb.
- The subject of an infinitive under a participle that describes a noun (« les miliciens, venus soutenir X »)
  is that noun, not the sentence's subject.
- « attaquer » a building, a post or a convoy is a physical attack (ASSAULT), not a verbal one (these three
  already held: the batch's miss came from its apposition).
- A subject with an appositive relative between commas (« Les services syriens, que l'opposition accuse de ...,
  ont évacué ») is the subject of the verb after the closing comma, which the parser had hung inside the relative
  (these sentences were written with the rule, not before it).
- A motive after « par » (« par solidarité avec la Pologne », « par précaution ») is no agent; a diplomat « prié
  de quitter » the country is expelled, as one « sommé de quitter » (written with the rule, not before it).
- A deal or a withdrawal praised by its definite noun (« a salué l'accord », « le texte a été salué par », « a salué
  le retrait ») points back to that act told before: its parties are the recipient (written with the rule).
"""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "source", "target"), [
    ("Le Pakistan a fermé samedi les routes d'approvisionnement de l'Otan et exigé que les Etats-Unis quittent la "
     "base de Shamsi.", "REQUEST", "PAK", "USA"),
    ("La Turquie a rappelé mercredi son ambassadeur en Israël et exigé que l'Etat hébreu présente des excuses.",
     "REQUEST", "TUR", "ISR"),
    ("Le Venezuela a expulsé lundi les diplomates américains et exigé que Washington cesse toute ingérence.",
     "REQUEST", "VEN", "USA"),
    ("Les derniers soldats syriens ont quitté mardi le Liban, selon l'armée libanaise.", "RETREAT", "SYR", "LBN"),
])
def test_object_after_the_day_word_and_a_participle_sharing_the_auxiliary(fr_sides, text, event, source, target):
    found = fr_sides(text)
    assert coded_with(found, event, source, {target}), found


@pytest.mark.parametrize(("text", "asked"), [
    ("Les diplomates polonais ont été priés de quitter la Biélorussie sous 48 heures.", "POL"),
    ("L'ambassadeur de France a été prié par les autorités rwandaises de quitter le pays.", "FRA"),
    ("Les journalistes britanniques ont été sommés de quitter Harare avant dimanche.", "GBR"),
    ("Kigali a rompu ses relations avec la France, dont l'ambassadeur a été prié de quitter le pays.", "FRA"),
    ("Minsk s'en est pris à la Suède, dont les diplomates ont été priés de partir sous trois jours.", "SWE"),
])
def test_the_subject_of_a_passive_request_is_asked(fr_sides, text, asked):
    found = fr_sides(text)
    assert not any(ev == "REQUEST" and asked in src for ev, src, _tgt in found), found


@pytest.mark.parametrize(("text", "source", "wrong"), [
    ("Le général a été arrêté samedi par la police belge, en exécution d'un mandat délivré par la Cour pénale "
     "internationale.", "BEL", "ICC"),
    ("Trois militants ont été interpellés jeudi par la police turque, sur la base d'une liste fournie par les "
     "Etats-Unis.", "TUR", "USA"),
    ("L'opposant a été arrêté mardi par la police égyptienne, en application d'une décision prise par l'Union "
     "européenne.", "EGY", "EU"),
])
def test_the_agent_of_the_main_passive_verb(fr_sides, text, source, wrong):
    found = fr_sides(text)
    assert coded_with(found, "COERCE", source, set()), found
    assert not any(ev == "COERCE" and wrong in src for ev, src, _tgt in found), found


@pytest.mark.parametrize(("text", "event", "source", "target"), [
    ("Les services de renseignement syriens, que l'opposition libanaise accuse d'avoir commandité l'attentat, ont "
     "quitté Beyrouth.", "ACCUSE", "LBN", "SYR"),
    ("Le président soudanais, que la Cour pénale internationale accuse de génocide, s'est rendu au Tchad.",
     "ACCUSE", "ICC", "SDN"),
    ("Les autorités iraniennes, que Londres accuse de complicité, ont démenti.", "ACCUSE", "GBR", "IRN"),
    ("Les soldats russes, que Tbilissi accuse d'occupation, ont quitté mardi la ville géorgienne de Gori.",
     "ACCUSE", "GEO", "RUS"),
])
def test_the_antecedent_of_an_object_relative_is_the_recipient(fr_sides, text, event, source, target):
    found = fr_sides(text)
    assert coded_with(found, event, source, {target}), found
    assert not any(ev == event and source in src and source in tgt for ev, src, tgt in found), found


@pytest.mark.parametrize(("text", "wrong"), [
    ("La CPI accuse ces miliciens, venus soutenir le président centrafricain, de viols et de pillages.", "ICC"),
    ("Washington a condamné les mercenaires étrangers venus soutenir le régime libyen.", "USA"),
    ("Paris a dénoncé la présence de combattants étrangers venus aider les rebelles syriens.", "FRA"),
])
def test_the_subject_under_a_participle_describing_a_noun(fr_sides, text, wrong):
    found = fr_sides(text)
    assert not any(ev in ("SUPPORT", "AID", "COOPERATE") and wrong in src for ev, src, _tgt in found), found


@pytest.mark.parametrize("text", [
    "Le 23 mai, des hommes armés avaient attaqué deux casernes à Kidal.",
    "Des rebelles ont attaqué jeudi un convoi de l'armée tchadienne près d'Abéché.",
    "Des insurgés ont attaqué un poste de police près de la frontière afghane.",
])
def test_attacking_a_building_or_a_convoy_is_an_assault(fr_sides, text):
    found = fr_sides(text)
    assert any(ev == "ASSAULT" for ev, _src, _tgt in found), found
    assert not any(ev == "ACCUSE" for ev, _src, _tgt in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Les services de renseignement syriens, que l'opposition libanaise accuse d'avoir commandité l'attentat, ont "
     "également évacué leurs bureaux de Beyrouth.", "SYR", "LBN"),
    ("Les soldats russes, que Tbilissi accuse d'occupation, ont quitté mardi la ville géorgienne de Gori.",
     "RUS", "GEO"),
    ("Les troupes éthiopiennes, que les islamistes accusent d'invasion, ont quitté lundi Mogadiscio.", "ETH", "SOM"),
])
def test_the_subject_of_the_verb_after_an_appositive_relative(fr_sides, text, source, target):
    found = fr_sides(text)
    assert coded_with(found, "RETREAT", source, {target}), found


@pytest.mark.parametrize(("text", "wrong"), [
    ("Les Vingt-Sept ont rappelé leurs ambassadeurs, par solidarité avec la Pologne, dont les diplomates ont été "
     "priés de partir.", "POL"),
    ("Les ressortissants français ont été évacués par précaution vers Dakar, par solidarité avec le Mali.", "MLI"),
    ("Les négociateurs ont été rappelés par souci d'apaisement envers la Chine.", "CHN"),
])
def test_a_motive_after_par_is_no_agent(fr_sides, text, wrong):
    found = fr_sides(text)
    assert not any(wrong in src for _ev, src, _tgt in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Minsk a prié l'ambassadeur polonais de quitter le pays.", "BLR", "POL"),
    ("L'ambassadeur de France a été prié par les autorités rwandaises de quitter le pays.", "RWA", "FRA"),
    pytest.param("Le Venezuela a prié le chargé d'affaires américain de quitter Caracas sous 72 heures.", "VEN",
                 "USA", marks=pytest.mark.xfail(strict=True, reason="the demonym after « chargé d'affaires » gives "
                                                "no country yet: the capital is taken for the recipient")),
])
def test_a_diplomat_asked_to_leave_is_expelled(fr_sides, text, source, target):
    found = fr_sides(text)
    assert coded_with(found, "SANCTION", source, {target}), found
    assert not any(ev == "REQUEST" for ev, _src, _tgt in found), found


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Le président ivoirien et le chef des rebelles ont signé dimanche à Ouagadougou un accord de paix. Le texte a "
     "été salué lundi par le secrétaire général de l'ONU.", "UN", {"CIV"}),
    ("Le Soudan et le Tchad ont signé vendredi un accord de non-agression. L'Union africaine a salué l'accord.",
     "AU", {"SDN", "TCD"}),
    ("Les derniers soldats syriens ont quitté mardi le Liban. Le secrétaire général de l'ONU a salué le retrait.",
     "UN", {"SYR"}),
])
def test_a_deal_praised_by_its_definite_noun(fr_sides, text, source, targets):
    found = fr_sides(text)
    assert coded_with(found, "SUPPORT", source, targets), found
