"""The classes a second fresh TimeML batch (issue 12, branch h/times8: ten English and ten French wire stories
appended to ``tests/gold/timex_own.jsonl``) showed on its first run, each with French and English sentences made
up for it before its rule was written; published on Thursday 17 October 2024 (``PUB``, ISO week 42) unless a case
says otherwise."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import PUB, found

FEB = date(2024, 2, 13)  # a Tuesday of the first quarter

# A quarter without a year takes a past verb above the noun it hangs on, as a month does ("shrank 7 percent in
# the fourth quarter": the quarter of the figure, under the verb): a past looks back to the last such quarter. A
# future does not look ahead (tried: "expects to report a third-quarter loss" said in the fourth quarter is the
# quarter gone by; the dev set has six such reports), so a quarter behind under a future verb stays this year's.
QUARTERS = [
    ("en", "The economy shrank 7 percent in the fourth quarter.", FEB, "the fourth quarter", "2023-Q4"),
    ("en", "Revenue was $2 billion in the third quarter.", FEB, "the third quarter", "2023-Q3"),
    ("en", "Exports rose 3 percent in the second quarter, the ministry said.", FEB, "the second quarter",
     "2023-Q2"),
    ("fr", "Le PIB a reculé de 0,5 % au troisième trimestre.", FEB, "troisième trimestre", "2023-Q3"),
    ("en", "The company will report a third-quarter loss on Monday.", date(2024, 10, 17), "third-quarter",
     "2024-Q3"),
    # a fiscal quarter counts in a fiscal year the calendar does not place: it keeps the report's year
    ("en", "Microsoft said its fiscal fourth-quarter profit rose 50 percent.", date(2024, 7, 22),
     "fiscal fourth-quarter", "2024-Q4"),
    # a quarter ahead under a future verb, and the current one, stay in the year
    ("en", "The economy will grow 2 percent in the fourth quarter.", FEB, "the fourth quarter", "2024-Q4"),
    ("fr", "Le chômage devrait baisser au premier trimestre.", FEB, "premier trimestre", "2024-Q1"),
]

# « un an plus tôt », « un mois auparavant » are a DATE that many units before the narrative's time, as "a year
# earlier" (TimeML anchors them on the reference time); « quatre ans plus tard » stays a DURATION with its signal
# outside, as "four years later" and "a week after the vote" do in English.
SHIFTED = [
    ("fr", "Le groupe a annoncé une perte de 2 milliards d'euros pour 2023, contre 1 milliard un an plus tôt.",
     PUB, "un an plus tôt", "2022"),
    ("fr", "Il a été élu en 2010 et réélu quatre ans plus tard.", PUB, "quatre ans", "P4Y"),
    ("fr", "Le chômage a atteint 8 % en mars 2020, contre 7 % un an auparavant.", PUB, "un an auparavant", "2019"),
    ("fr", "Le contrat a été signé le 3 mars 2021 ; deux jours plus tôt, l'usine fermait.", PUB,
     "deux jours plus tôt", "2021-03-01"),
    ("en", "He was elected in 2010 and re-elected four years later.", PUB, "four years", "P4Y"),
]

# A clock time followed by its zone (« heure locale », « heure de Paris », « GMT », « locales ») is one TIME, the
# zone inside, as the French TimeBank marks « vers 12 h 30 locales »; the minutes are not read as hours.
ZONES = [
    ("fr", "Le séisme s'est produit vendredi à 14 h 46 heure locale (6 h 46 heure de Paris).", PUB,
     "6 h 46 heure de Paris", "2024-10-11T06:46"),
    ("fr", "Le séisme s'est produit vendredi à 14 h 46 heure locale (6 h 46 heure de Paris).", PUB,
     "14 h 46 heure locale", "2024-10-11T14:46"),
    ("fr", "L'avion a atterri à 7 h 30 heure de Paris.", PUB, "7 h 30 heure de Paris", "2024-10-17T07:30"),
    ("fr", "La fusée a décollé à 10 h 15 GMT.", PUB, "10 h 15 GMT", "2024-10-17T10:15"),
    ("fr", "Les bureaux de vote ont fermé à 20 h locales.", PUB, "20 h locales", "2024-10-17T20:00"),
]

# A year that completes a noun with « de » (« l'élection présidentielle de 2027 », « la Coupe du monde de 2030 »)
# is the noun's: it fixes no month of its clause, which keeps its tense (a phrase that opens the sentence still
# frames it: « Lors des élections de 2002, ... le 21 avril »).
NOUN_YEARS = [
    ("fr", "Le parti choisira son candidat à l'élection présidentielle de 2027 en novembre.", PUB, "novembre",
     "2024-11"),
    ("fr", "Le comité d'organisation des Jeux de 2032 se réunira en mars.", PUB, "mars", "2025-03"),
    ("fr", "Les inondations de 1999 ont commencé en novembre.", PUB, "novembre", "1999-11"),
    ("fr", "Le comité désignera en décembre la ville hôte des Jeux de 2032.", PUB, "décembre", "2024-12"),
    ("fr", "Lors des élections de 2002, Jean-Marie Le Pen s'est qualifié le 21 avril.", PUB, "le 21 avril",
     "2002-04-21"),
]

# A morning after « la nuit de dimanche à lundi » (or « du 12 au 13 ») is the morning the night ends in, not the
# evening's day; a morning after a day alone is that day's.
MORNING_AFTER_NIGHT = [
    ("fr", "Dans la nuit de dimanche à lundi, des milliers de partisans ont fêté sa victoire. Il a reçu ses "
     "proches en fin de matinée.", PUB, "fin de matinée", "2024-10-14TMO"),
    ("fr", "Dans la nuit du 12 au 13 octobre, des pillards ont attaqué le magasin. La police est arrivée en début "
     "de matinée.", PUB, "début de matinée", "2024-10-13TMO"),
    ("fr", "Dans la nuit de samedi à dimanche, la tempête a frappé la Bretagne. Le vent est retombé en fin de "
     "matinée.", PUB, "fin de matinée", "2024-10-13TMO"),
    ("fr", "Dimanche, le président a voté à Sarran. Il a reçu ses proches en fin de matinée.", PUB,
     "fin de matinée", "2024-10-13TMO"),
]


@pytest.mark.parametrize(("lang", "text", "pub", "span", "value"),
                         QUARTERS + SHIFTED + ZONES + NOUN_YEARS + MORNING_AFTER_NIGHT)
def test_the_class_gets_its_value(comps, lang, text, pub, span, value):
    got = found(comps, lang, text, pub)
    assert got.get(span) == value, got


# A date after « du » inside the name of a law or decree whose noun a modifier separates from it (« la loi de
# transition énergétique du 17 août 2015 », « le décret d'application du 5 mars 2012 ») is part of the name, as
# « la loi du 9 décembre 1905 »; a date the law was voted on stays.
LAW_NAMES = [
    ("fr", "La loi de transition énergétique du 17 août 2015 fixe des objectifs ambitieux.", "17 août 2015"),
    ("fr", "Le décret d'application du 5 mars 2012 a été annulé par le Conseil d'État.", "5 mars 2012"),
    ("fr", "La loi relative à la présomption d'innocence du 15 juin 2000 s'applique au procès.", "15 juin 2000"),
]


@pytest.mark.parametrize(("lang", "text", "span"), LAW_NAMES)
def test_a_date_in_the_name_of_a_law_is_no_time(comps, lang, text, span):
    got = found(comps, lang, text)
    assert span not in got and not any(span in k for k in got), got


def test_the_day_a_law_was_voted_stays_a_date(comps):
    got = found(comps, "fr", "La loi de transition énergétique a été votée le 17 août 2015.")
    assert got.get("le 17 août 2015") == "2015-08-17", got


# "as recently as February" bounds a comparison: "recently" inside it is no vague reference (the date after it
# stays).
AS_RECENTLY_AS = [
    ("en", "The company had forecast a profit as recently as February.", "February", "2024-02"),
    ("en", "Prices were higher as recently as last year.", "last year", "2023"),
    ("en", "As recently as 2019, the bank had no branch in Asia.", "2019", "2019"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), AS_RECENTLY_AS)
def test_recently_in_as_recently_as_is_no_time(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert "recently" not in {k.lower() for k in got} and got.get(span) == value, got


def test_recently_alone_stays_a_vague_past(comps):
    got = found(comps, "en", "The bank recently opened a branch in Asia.")
    assert got.get("recently") == "PAST_REF", got


# A count of money in words (« 1 milliard ») is not read into the duration after it (« un an »): no P1000000001Y.
def test_a_count_of_money_is_not_read_into_a_duration(comps):
    got = found(comps, "fr", "Le groupe a investi 1 milliard un an après son rachat.")
    assert got.get("un an") == "P1Y" and not any("milliard" in k for k in got), got


# A year more than thirty years after the publication is a year where a cue of a target or a bound opens it
# (« d'ici 2050 », « avant 2050 », « à l'horizon 2060 », "by 2050": `far_year_cues`), not a count.
OLD = date(2010, 1, 4)
FAR_YEARS = [
    ("fr", "La France veut atteindre la neutralité carbone d'ici 2050.", "2050"),
    ("fr", "La consommation d'énergie doit baisser de moitié avant 2050.", "2050"),
    ("fr", "Le gouvernement fixe un objectif à l'horizon 2060.", "2060"),
    ("en", "The European Union aims to cut emissions to net zero by 2050.", "2050"),
    ("en", "The bank expects the population to shrink before 2060.", "2060"),
]


@pytest.mark.parametrize(("lang", "text", "year"), FAR_YEARS)
def test_a_far_year_after_a_cue_of_a_target_is_a_year(comps, lang, text, year):
    got = found(comps, lang, text, OLD)
    assert got.get(year) == year, got


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le club compte 2080 adhérents."),
    ("en", "Some 2060 soldiers were deployed."),
])
def test_a_far_number_without_a_cue_stays_a_count(comps, lang, text):
    assert found(comps, lang, text, OLD) == {}


# An amount set off by a comma after the age a noun of age governs is a duration of its own (« à l'âge de 79 ans,
# huit mois après son départ »), not a second age.
AFTER_AN_AGE = [
    ("fr", "Il s'est éteint à l'âge de 79 ans, huit mois après son départ.", "huit mois", "P8M"),
    ("fr", "Elle a pris sa retraite à l'âge de 62 ans, trois mois après la fusion.", "trois mois", "P3M"),
    ("en", "He died at the age of 79 years, eight months after leaving office.", "eight months", "P8M"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), AFTER_AN_AGE)
def test_an_amount_after_an_age_is_a_duration(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
