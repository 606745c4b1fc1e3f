"""French real copy (issue 11, h/frcopy): classes of the language behind French misses, each written as made-up
sentences before its rule.

- The rectified spelling of 1990 writes the future and conditional of verbs in -éder, -érer, -éger with « è »
  (« cèdera », « libèrerait », « réitèrera »), as much of the press now does; the French tagger then makes up a
  lemma (« cèderer », « libèreraier »). Such a verb is looked up again by its form without the ending of the future
  or conditional and with « é » (`form_endings`, `respellings` in the French lexicon): it codes what the
  traditional spelling codes, and a verb that is no trigger in either spelling stays none.
- A deadline given to act (« donner six mois à la junte pour organiser des élections », « accorder un délai de
  72 heures à X pour quitter », « laisser trois semaines à X pour », « donner jusqu'à la fin de la semaine à X
  pour ») is a demand with a term set (CAMEO 10, REQUEST; no threat is said, so not yet CAMEO 139's ultimatum,
  which the English lexicon codes from "gave them until Tuesday to sign"); a diplomat given hours to leave the
  country is expelled (SANCTION expel, as « sommé de quitter »). Days off or time given with no act due by then
  (« deux heures de son temps », « un délai de paiement », « trois jours de congé ») are none.
- A demand, an order, a ban or a ruling disregarded is refused (CAMEO 12, REJECT), as English "ignore, flout,
  disregard an appeal / an order / a ban" (PETRARCH2) and « défier » already were: « ignorer, braver, bafouer » such
  a thing, « faire fi de », « rester sourd à », « faire la sourde oreille à ». « ignorer » is
  also "not to know" (« on ignore le nombre des victimes ») and « braver » a storm: only with such an object.
- Internet, a messaging service or a social network cut, blocked, restricted or suspended by a state, or access to
  it, is censorship (CAMEO 1721, COERCE censor), read before the protesters' blockade of « bloquer » (which keeps
  « bloquer l'accès au dépôt, au site de l'usine »); a storm cutting the Internet is none. « avaliser » (give one's
  backing to a text) approves like « entériner » (AGREE).
"""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


# (traditional spelling, rectified spelling) of the same sentence
RESPELT = [
    ("Le gouvernement colombien ne cédera pas au chantage des FARC.",
     "Le gouvernement colombien ne cèdera pas au chantage des FARC."),
    ("L'Iran ne céderait jamais aux exigences des Etats-Unis, a déclaré le président iranien.",
     "L'Iran ne cèderait jamais aux exigences des Etats-Unis, a déclaré le président iranien."),
    ("Le Maroc libérera une centaine de prisonniers sahraouis la semaine prochaine.",
     "Le Maroc libèrera une centaine de prisonniers sahraouis la semaine prochaine."),
    ("Un médiateur égyptien a annoncé que le Hamas libérerait le soldat israélien.",
     "Un médiateur égyptien a annoncé que le Hamas libèrerait le soldat israélien."),
    ("Le ministre a assuré que le gouvernement péruvien accéderait à la demande des mineurs en grève.",
     "Le ministre a assuré que le gouvernement péruvien accèderait à la demande des mineurs en grève."),
    ("La Turquie réitérera son appel à un cessez-le-feu en Syrie.",
     "La Turquie réitèrera son appel à un cessez-le-feu en Syrie."),
]


@pytest.mark.parametrize(("traditional", "rectified"), RESPELT)
def test_rectified_future_codes_what_the_traditional_spelling_codes(fr_sides, traditional, rectified):
    expected = fr_sides(traditional)
    assert expected, traditional
    assert fr_sides(rectified) == expected


@pytest.mark.parametrize("text", [
    "Le président bolivien ne cèderait pas aux pressions de Washington.",
    "Le régime birman ne cèdera jamais aux exigences de l'opposition.",
])
def test_a_yielding_verb_negated_in_rectified_spelling_is_a_refusal(fr_sides, text):
    assert coded_with(fr_sides(text), "REJECT", "", set()), fr_sides(text)


def test_a_verb_that_is_no_trigger_stays_none_in_rectified_spelling(fr_sides):
    assert fr_sides("Les deux pays célèbreront dimanche l'anniversaire de leur amitié.") == []


DEADLINES = [
    ("L'Union africaine a donné six mois à la junte malienne pour organiser des élections.", "AU", {"MLI"}),
    ("Le gouvernement soudanais a accordé un délai de 72 heures aux organisations humanitaires pour quitter le "
     "Darfour.", "SDN", set()),
    ("L'ONU a donné 48 heures aux belligérants libyens pour cesser les combats.", "UN", {"LBY"}),
    ("Le Kenya a accordé un délai supplémentaire aux réfugiés somaliens pour quitter le camp de Dadaab.", "KEN",
     {"SOM"}),
    ("L'Union européenne a laissé trois semaines à la Grèce pour présenter un plan de réformes.", "EU", {"GRC"}),
    ("Le gouvernement yéménite a donné jusqu'à la fin de la semaine aux tribus pour libérer les otages.", "YEM",
     set()),
]


@pytest.mark.parametrize(("text", "source", "targets"), DEADLINES)
def test_a_deadline_given_to_act_is_a_demand(fr_sides, text, source, targets):
    found = fr_sides(text)
    assert coded_with(found, "REQUEST", source, targets), found


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Le Venezuela a donné 72 heures à l'ambassadeur américain pour quitter le pays.", "VEN", {"USA"}),
    ("Le gouvernement malien a donné jusqu'à lundi à l'ambassadeur danois pour quitter Bamako.", "MLI", {"DNK"}),
])
def test_a_diplomat_given_hours_to_leave_is_expelled(fr_sides, text, source, targets):
    found = fr_sides(text)
    assert coded_with(found, "SANCTION", source, targets), found
    assert not coded_with(found, "REQUEST", "", set()), found


@pytest.mark.parametrize("text", [
    "Le ministre canadien a donné deux heures de son temps aux journalistes.",
    "La banque a accordé un délai de paiement aux agriculteurs bretons.",
    "Le gouvernement sénégalais a donné trois jours de congé aux fonctionnaires pour célébrer la fête nationale.",
    "Le président français a fixé une date pour examiner la réforme.",
])
def test_time_given_with_no_act_due_is_no_demand(fr_sides, text):
    found = fr_sides(text)
    assert not coded_with(found, "REQUEST", "", set()), found


DISREGARDED = [
    ("Le régime birman a ignoré les appels de l'ONU à libérer les prisonniers politiques.", "MMR", {"UN"}),
    ("La junte guinéenne a ignoré l'ultimatum de l'Union africaine.", "GIN", {"AU"}),
    ("Le gouvernement vénézuélien a bafoué la décision de la Cour interaméricaine.", "VEN", set()),
    ("Des milliers de manifestants ont bravé l'interdiction des autorités biélorusses.", "", {"BLR"}),
    ("Le Soudan a fait fi des injonctions de la Cour pénale internationale.", "SDN", set()),
    ("Le président zimbabwéen est resté sourd aux appels de l'Afrique du Sud.", "ZWE", {"ZAF"}),
    ("La Russie a fait la sourde oreille aux demandes de l'OSCE.", "RUS", set()),
]


@pytest.mark.parametrize(("text", "source", "targets"), DISREGARDED)
def test_a_demand_or_ban_disregarded_is_refused(fr_sides, text, source, targets):
    found = fr_sides(text)
    assert coded_with(found, "REJECT", source, targets), found


@pytest.mark.parametrize("text", [
    "Le ministre tunisien ignore encore les raisons de l'attaque.",
    "Les autorités indiennes ignorent le nombre exact des victimes.",
    "Les pêcheurs sénégalais ont bravé la tempête pour rentrer au port.",
    "Le vieux président est devenu sourd.",
])
def test_not_knowing_and_braving_weather_are_no_refusal(fr_sides, text):
    found = fr_sides(text)
    assert not coded_with(found, "REJECT", "", set()), found


ONLINE_CUT = [
    ("Le gouvernement turc a bloqué l'accès à Twitter.", "TUR"),
    ("Les autorités iraniennes ont coupé Internet dans plusieurs provinces.", "IRN"),
    ("L'Ethiopie a restreint l'accès à Facebook et à WhatsApp pendant les examens.", "ETH"),
    ("Le pouvoir égyptien a suspendu l'accès à Internet.", "EGY"),
    ("Les autorités chinoises ont bloqué YouTube et Wikipédia.", "CHN"),
]


@pytest.mark.parametrize(("text", "source"), ONLINE_CUT)
def test_online_access_cut_by_a_state_is_censorship(fr_sides, text, source):
    found = fr_sides(text)
    assert coded_with(found, "COERCE", source, set()), found
    assert not coded_with(found, "PROTEST", "", set()), found


@pytest.mark.parametrize("text", [
    "Des grévistes ont bloqué l'accès au dépôt pétrolier de Donges.",
    "Des agriculteurs ont bloqué l'accès au site de l'usine.",
])
def test_a_site_blocked_by_protesters_is_still_a_blockade(fr_sides, text):
    found = fr_sides(text)
    assert not coded_with(found, "COERCE", "", set()), found
    assert coded_with(found, "PROTEST", "", set()), found


def test_a_storm_cutting_the_internet_is_no_censorship(fr_sides):
    assert not coded_with(fr_sides("La tempête a coupé Internet dans toute la région."), "COERCE", "", set())


def test_a_text_endorsed_is_approved(fr_sides):
    found = fr_sides("Le Sénat chilien a avalisé l'accord de libre-échange avec le Pérou.")
    assert coded_with(found, "AGREE", "CHL", {"PER"}), found
