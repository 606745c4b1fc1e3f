"""Duration ranges, approximate amounts of time, a clock time run into its day, centuries with their
position: TIMEX3 categories after the TimeML 1.2.1 guidelines and Bittar's French guidelines. Sentences
written for these tests, before their rules.
"""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run

PUB = date(2024, 10, 17)  # a Thursday

pytestmark = pytest.mark.model


def found(comps, lang, text, pub=PUB):
    nlp, comp = comps[lang]
    return {t.text: (t.type, t.value) for t in run(nlp, comp, text, pub, lang)}


# a range of amounts of one unit is one DURATION whose amount is left unspecified (PX<unit>); the
# preposition that opens it ("between", « entre », « de ») is a signal, outside the expression
RANGES = [
    ("en", "Rebuilding the bridge will take two to three years.", "two to three years", "PXY"),
    ("en", "The strike could last four or five days.", "four or five days", "PXD"),
    ("en", "Each suspect faces between 10 and 15 years in prison.", "10 and 15 years", "PXY"),
    ("en", "Flights were delayed by 3-4 hours.", "3-4 hours", "PTXH"),
    ("fr", "Les travaux de la digue dureront de 3 à 5 ans.", "3 à 5 ans", "PXY"),
    ("fr", "La grève pourrait durer quatre ou cinq jours.", "quatre ou cinq jours", "PXD"),
    ("fr", "Les accusés encourent entre 10 et 15 ans de prison.", "10 et 15 ans", "PXY"),
    ("fr", "Le vol a pris deux à trois heures de retard.", "deux à trois heures", "PTXH"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), RANGES)
def test_a_range_of_amounts_is_one_duration(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == ("DURATION", value)


@pytest.mark.parametrize(("lang", "text", "not_a_range"), [
    ("en", "The museum is open from 10 to 6 pm.", "10 to 6 pm"),
    ("fr", "Le match s'est terminé sur le score de 2 à 1 après 3 minutes.", "2 à 1 après 3 minutes"),
])
def test_numbers_that_are_no_range_of_one_unit(comps, lang, text, not_a_range):
    assert not_a_range not in found(comps, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Men aged 20 to 30 years were called up."),
    ("fr", "Des enfants de 8 à 12 ans ont été blessés."),
])
def test_ages_are_no_range(comps, lang, text):
    assert not any(typ == "DURATION" for typ, _value in found(comps, lang, text).values())


# an approximate count of a unit (« une dizaine d'années », "a dozen years") is a DURATION of that count
AMOUNTS = [
    ("fr", "Il a vécu à Lyon pendant une dizaine d'années.", "une dizaine d'années", "P10Y"),
    ("fr", "Le chantier a duré une douzaine de jours.", "une douzaine de jours", "P12D"),
    ("fr", "La centrale fonctionne depuis une centaine d'années.", "une centaine d'années", "P100Y"),
    ("en", "She taught in the village for a dozen years.", "a dozen years", "P12Y"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), AMOUNTS)
def test_an_approximate_count_of_a_unit_is_a_duration(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == ("DURATION", value)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Une dizaine de soldats ont été tués près de la frontière."),
    ("fr", "Une centaine de manifestants se sont rassemblés."),
    ("en", "A dozen protesters were detained."),
])
def test_an_approximate_count_of_people_is_no_time(comps, lang, text):
    assert found(comps, lang, text) == {}


# a clock time written right before its day is one TIME (TimeML: "10 a.m. Friday"); French writes
# « 6 h jeudi »; with a preposition between them (« jeudi à 6 h ») French TimeBank keeps two expressions
def test_a_clock_time_run_into_its_day_is_one_time(comps):
    got = found(comps, "fr", "L'explosion a eu lieu à 6 h mercredi près de la gare.")
    assert got.get("6 h mercredi") == ("TIME", "2024-10-16T06:00")
    got = found(comps, "en", "The polls closed at 8 p.m. Tuesday.")
    assert got.get("8 p.m. Tuesday") == ("TIME", "2024-10-15T20:00")


def test_a_clock_time_after_a_preposition_stays_apart_in_french(comps):
    got = found(comps, "fr", "Le conseil s'est réuni mardi à 18 h à la mairie.")
    assert got.get("mardi") == ("DATE", "2024-10-15")
    assert got.get("18 h") == ("TIME", "2024-10-15T18:00")


# a century with its position: the position is in the expression (TimeML: "the early 1990s")
@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "In the early 20th century, the port grew quickly.", "the early 20th century", "19"),
    ("en", "By the late 19th century the mill had closed.", "the late 19th century", "18"),
    ("fr", "Au début du XXe siècle, le port s'est agrandi.", "début du XXe siècle", "19"),
])
def test_a_century_with_its_position(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == ("DATE", value)


# a weekday whose clause gives no tense: a day at most two days ahead is the coming one, a farther one the
# last one (news tells mostly what happened); a tense or a determiner still decides
MONDAY = date(2024, 10, 21)


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "Shares were up 2% from Thursday's close.", "Thursday", "2024-10-17"),
    ("fr", "Les actions ont gagné 2 % par rapport à la clôture de jeudi.", "jeudi", "2024-10-17"),
    ("en", "Budget vote Wednesday in the Senate.", "Wednesday", "2024-10-23"),
    ("en", "The minister will travel to Rome on Thursday.", "Thursday", "2024-10-24"),
    ("fr", "Le ministre se rendra à Rome jeudi.", "jeudi", "2024-10-24"),
])
def test_a_weekday_without_tense_leans_to_the_past(comps, lang, text, span, value):
    assert found(comps, lang, text, MONDAY).get(span) == ("DATE", value)


# an ordinal day of a narrated event (« la troisième journée de grève », "the second day of the talks") is
# the day the narrative stands on (TimeML: an anaphoric DATE anchored on the reference time)
@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "On Tuesday, the second day of the talks, the envoys met again.", "the second day", "2024-10-15"),
    ("fr", "Mardi, pour la troisième journée de grève, les trains sont restés à quai.",
     "la troisième journée", "2024-10-15"),
    ("fr", "La Bourse a reculé hier pour la quatrième séance consécutive.", "la quatrième séance", "2024-10-16"),
])
def test_an_ordinal_day_is_the_narrative_day(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == ("DATE", value)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "It was their third day-long meeting."),
    ("fr", "Le premier jour de mars, il a neigé."),
])
def test_ordinal_days_that_are_not_the_narrative_day(comps, lang, text):
    got = found(comps, lang, text)
    assert not any(span.lower().startswith(("their third", "le premier jour")) for span in got)


# an ordinal weekday of a season (« le dernier lundi de l'été », "the first Sunday of spring") is one day:
# the season's months as veille.timex reads them (summer June to August), the season's year by the tense
@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("fr", "Le ministre est parti le dernier lundi de l'été.", "le dernier lundi de l'été", "2024-08-26"),
    ("fr", "La fête aura lieu le premier dimanche du printemps.", "le premier dimanche du printemps",
     "2025-03-02"),
    ("en", "The ferry stopped running on the last Monday of summer.", "the last Monday of summer", "2024-08-26"),
    ("en", "The race will be held on the first Sunday of spring 2026.", "the first Sunday of spring 2026",
     "2026-03-01"),
])
def test_an_ordinal_weekday_of_a_season(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == ("DATE", value)


# a whole amount and a half of a unit is one DURATION (TimeML writes the half in the next smaller unit)
@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "The envoy spent three and a half years in exile.", "three and a half years", "P3Y6M"),
    ("en", "The trial lasted a year and a half.", "a year and a half", "P1Y6M"),
    ("en", "Rescuers searched for two hours and a half.", "two hours and a half", "PT2H30M"),
    ("fr", "L'envoyé a passé trois ans et demi en exil.", "trois ans et demi", "P3Y6M"),
    ("fr", "Le procès a duré un an et demi.", "un an et demi", "P1Y6M"),
    ("fr", "Les secours ont cherché pendant deux heures et demie.", "deux heures et demie", "PT2H30M"),
])
def test_an_amount_and_a_half(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == ("DURATION", value)


# a part of day in the plural after « tous les » is a SET of that part of day, as "every evening"
@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("fr", "Il court tous les matins avant le travail.", "tous les matins", "XXXX-XX-XXTMO"),
    ("fr", "Les voisins se retrouvent tous les soirs sur la place.", "tous les soirs", "XXXX-XX-XXTEV"),
])
def test_every_part_of_day_is_a_set(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == ("SET", value)


# a year said in words, as broadcast transcripts write it: "nineteen ninety-six", "the year two thousand"
@pytest.mark.parametrize(("text", "span", "value"), [
    ("The dam was finished in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("Prices peaked in nineteen eighty.", "nineteen eighty", "1980"),
    ("Computers were ready for the year two thousand.", "the year two thousand", "2000"),
    ("The flood came in March nineteen eighty-one.", "March nineteen eighty-one", "1981-03"),
    ("It was the winter of nineteen seventy-six.", "the winter of nineteen seventy-six", "1976-WI"),
])
def test_a_year_in_words(comps, text, span, value):
    assert found(comps, "en", text).get(span) == ("DATE", value)


@pytest.mark.parametrize("text", [
    "Two thousand soldiers crossed the river.",
    "Nineteen people were hurt and twenty others fled.",
])
def test_counts_in_words_are_no_year(comps, text):
    assert found(comps, "en", text) == {}


# English: the preposition before a vague reference is a signal, out of the expression when a determiner
# opens the noun phrase (TimeBank: "in <the future>"); a fixed adverb keeps it ("at present"). The French
# TimeBank keeps the preposition of such locutions (« pour le moment », « à l'avenir »)
@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "Such attacks may happen again in the future.", "the future", "FUTURE_REF"),
    ("en", "At that time, the army controlled the north.", "that time", "PAST_REF"),
    ("en", "At present, the road is closed.", "At present", "PRESENT_REF"),
    ("fr", "À cette époque-là, l'armée contrôlait le nord.", "À cette époque-là", "PAST_REF"),
    ("fr", "Pour l'instant, rien n'est décidé.", "Pour l'instant", "PRESENT_REF"),
    ("fr", "À présent, la route est fermée.", "À présent", "PRESENT_REF"),
])
def test_a_vague_reference_without_its_preposition(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span, (None, None))[1] == value
