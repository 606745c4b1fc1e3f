"""The classes the own TimeML set (``tests/gold/timex_own.jsonl``, issue 12, branch h/times7) showed on its first
run, each with French and English sentences made up for it before its rule was written; published on Thursday
17 October 2024 (``PUB``, ISO week 42) unless a case says otherwise."""

from __future__ import annotations

import pytest
from times_helpers import found

# A passive whose auxiliary is an infinitive (« pourrait être transféré », « devrait être adopté ») takes the
# tense of the verb above it, as an infinitive does; a participle the parser made an adjective after a future
# copula (« seront lâchés ») is a future: its weekday lies ahead.
PASSIVES_AHEAD = [
    ("fr", "Le blessé pourrait être transféré vendredi dans un hôpital parisien.", "vendredi", "2024-10-18"),
    ("fr", "Le projet de loi devrait être adopté mardi par les députés.", "mardi", "2024-10-22"),
    ("fr", "Le suspect pourrait être libéré samedi.", "samedi", "2024-10-19"),
    ("fr", "Les ballons seront lâchés dimanche soir.", "dimanche soir", "2024-10-20TEV"),
    ("fr", "Les portes du musée seront fermées lundi.", "lundi", "2024-10-21"),
    ("fr", "Les candidats seront reçus mardi à l'Élysée.", "mardi", "2024-10-22"),
    # a past stays past, and so does a recent past (« venir de », `recent_past_phrases`)
    ("fr", "Le blessé a été transféré mardi dans un hôpital parisien.", "mardi", "2024-10-15"),
    ("fr", "Il vient d'être nommé lundi à la tête du groupe.", "lundi", "2024-10-14"),
]

# Verbs of wanting and wishing put their infinitive complement ahead of the report, as verbs of planning do
# (`prospective_verbs`).
WISHES_AHEAD = [
    ("fr", "Son client souhaitait rentrer au Chili avant Noël.", "Noël", "2024-12-25"),
    ("fr", "Les grévistes voulaient manifester samedi devant le ministère.", "samedi", "2024-10-19"),
    ("fr", "Le ministre espérait conclure un accord en décembre.", "décembre", "2024-12"),
    ("en", "He wanted to return home before Christmas.", "Christmas", "2024-12-25"),
    ("en", "The union wanted to hold a rally on Saturday.", "Saturday", "2024-10-19"),
    ("en", "The minister wished to sign the accord in December.", "December", "2024-12"),
]

# « à partir de 19 heures » is a clock time, as « à 19 heures »; a time in « heures » listed after a clock time
# (« à 18 heures, 20 heures dans les grandes villes », « à 15 heures ou 16 heures ») is one too.
CLOCK_TIMES = [
    ("fr", "Le musée ouvrira à partir de 10 heures.", "10 heures", "2024-10-17T10:00"),
    ("fr", "La manifestation commencera samedi à partir de 14 heures.", "14 heures", "2024-10-19T14:00"),
    ("fr", "Les bureaux fermeront à 18 heures, 20 heures dans les grandes villes.", "20 heures", "2024-10-17T20:00"),
    ("fr", "Le vote aura lieu à 15 heures ou 16 heures.", "16 heures", "2024-10-17T16:00"),
    ("fr", "Les magasins ouvrent à 9 heures et 10 heures le dimanche.", "10 heures", "2024-10-17T10:00"),
    # amounts of hours stay durations
    ("fr", "La garde à vue a duré 48 heures.", "48 heures", "PT48H"),
    ("fr", "Il a été retenu pendant 10 heures, 12 heures selon son avocat.", "10 heures", "PT10H"),
]

# Retirement and voting ages: an amount of years the noun « âge » / "age" governs is an age, no duration.
AGES = [
    ("fr", "Le projet repousse l'âge légal de départ à la retraite de 60 à 62 ans."),
    ("fr", "Le gouvernement porte l'âge de la retraite à 62 ans."),
    ("fr", "L'âge du droit de vote passera de 18 à 16 ans."),
    ("en", "The government raised the retirement age from 65 to 67 years."),
]

# An adjective of the past or of the future before its noun qualifies the noun (« le précédent traité », « son
# prochain album », "the previous government"): no vague reference.
ATTRIBUTIVE = [
    ("fr", "Le précédent traité avait été signé à Amsterdam.", "précédent"),
    ("fr", "Le précédent record datait de plusieurs années.", "précédent"),
    ("fr", "Le prochain gouvernement devra réduire la dette.", "prochain"),
    ("en", "The previous government had signed the treaty.", "previous"),
    ("fr", "La présidence a duré six mois. Le précédent traité avait été signé à Nice.", "précédent"),
]

# A quarter named by its first and last months is that quarter ("the April-June quarter", "the July-September
# period"): one DATE, not a month.
MONTH_QUARTERS = [
    ("en", "Profit rose 4 percent in the April-June quarter, the company said.", "the April-June quarter",
     "2024-Q2"),
    ("en", "Sales fell in the July-September period.", "the July-September period", "2024-Q3"),
    ("en", "Growth slowed in the January-March quarter.", "the January-March quarter", "2024-Q1"),
]

# The weekend of a holiday ("the Thanksgiving weekend", "the Labor Day weekend", « le week-end de Pâques ») is one
# DATE: the weekend of the holiday's week, the one before a Monday holiday (TimeML: 2024-W48-WE).
HOLIDAY_WEEKENDS = [
    ("en", "Retailers expect strong sales over the Thanksgiving weekend.", "the Thanksgiving weekend",
     "2024-W48-WE"),
    ("en", "Traffic was heavy over the Labor Day weekend.", "the Labor Day weekend", "2024-W35-WE"),
    ("en", "Churches were full over the Easter weekend.", "the Easter weekend", "2024-W13-WE"),
    ("fr", "Les routes étaient encombrées pendant le week-end de Pâques.", "le week-end de Pâques", "2024-W13-WE"),
    ("fr", "Les cimetières seront fleuris pendant le week-end de la Toussaint.", "le week-end de la Toussaint",
     "2024-W44-WE"),
]

# A position in a year with « de » (« la fin de 2009 », « au début de 2026 ») is one DATE, as « fin 2009 »; a
# company's financial year named with its year (« l'exercice 2007 ») is that year, as "fiscal 2007".
YEAR_PHRASES = [
    ("fr", "Le plan prévoit une marge de 6 % à la fin de 2009.", "la fin de 2009", "2009"),
    ("fr", "Les travaux commenceront au début de 2026.", "début de 2026", "2026"),
    ("fr", "La crise a éclaté à la fin de 2008.", "la fin de 2008", "2008"),
    ("fr", "Le groupe a publié un bénéfice record pour l'exercice 2007.", "l'exercice 2007", "2007"),
    ("fr", "Le bénéfice de l'exercice 2012 a doublé.", "l'exercice 2012", "2012"),
    ("fr", "Sur l'exercice 2009, les ventes ont reculé de 4 %.", "l'exercice 2009", "2009"),
]

# The day of a verb of saying is the report's, not the narrative's: an anaphoric day counts from the last day the
# narrative fixed before it ("A bomb exploded on Monday, police said Wednesday. ... the following day": Tuesday).
SAYING_DAYS = [
    ("en", "A bomb exploded in the market on Monday, police said Wednesday. Soldiers arrested two men the "
     "following day.", "the following day", "2024-10-15"),
    ("en", "Rebels attacked the base on Saturday, the army said on Monday. The next day, reinforcements "
     "arrived.", "The next day", "2024-10-13"),
    ("fr", "Un incendie a ravagé l'usine samedi, a indiqué mardi la préfecture. Le lendemain, les pompiers "
     "étaient encore sur place.", "Le lendemain", "2024-10-13"),
]

# The day last named before an anaphoric day is the last by position in the text, not the last resolved: a clock
# time anchored on a later day (« à 8 heures » on « le 28 octobre ») comes after the others in resolution order.
DAY_AFTER_PART = [
    ("fr", "Les Italiens votent dimanche pour les régionales, le second tour étant fixé au 3 novembre. Les bureaux "
     "de vote ouvriront à 7 heures. Les estimations seront connues dimanche soir ; les résultats officiels, le "
     "lendemain.", "le lendemain", "2024-10-21"),
    ("fr", "Les Belges votent dimanche, le dépouillement final étant prévu le 28 octobre. Les bureaux ouvriront à 8 "
     "heures. Les tendances seront connues dimanche soir ; les chiffres, le lendemain.", "le lendemain",
     "2024-10-21"),
    ("en", "Voters go to the polls on Sunday, with a runoff set for Nov. 3. Polling stations open at 7 a.m. Exit "
     "polls come on Sunday evening; official results, the following day.", "the following day", "2024-10-21"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"),
                         PASSIVES_AHEAD + WISHES_AHEAD + CLOCK_TIMES + MONTH_QUARTERS + DAY_AFTER_PART
                         + HOLIDAY_WEEKENDS + YEAR_PHRASES
                         + SAYING_DAYS)
def test_the_class_gets_its_value(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("lang", "text"), AGES)
def test_an_age_the_noun_age_governs_is_no_time(comps, lang, text):
    got = found(comps, lang, text)
    assert not any(v.startswith("P") for v in got.values()), got


def test_an_amount_after_a_verb_past_the_noun_age_stays_a_duration(comps):
    got = found(comps, "fr", "Malgré son âge, il a passé 20 ans en prison.")
    assert got.get("20 ans") == "P20Y", got


@pytest.mark.parametrize(("lang", "text", "word"), ATTRIBUTIVE)
def test_an_adjective_before_its_noun_is_no_vague_reference(comps, lang, text, word):
    got = found(comps, lang, text)
    assert word not in got, got


def test_a_quarter_named_by_months_holds_no_month(comps):
    got = found(comps, "en", "Profit rose in the April-June quarter.")
    assert "June" not in got and "April" not in got, got
