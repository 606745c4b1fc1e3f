"""Sets of every year (TimeML 1.2.1: "every summer" XXXX-SU, "every July 4" XXXX-07-04), an adjective of
frequency opening a sentence ("Daily protests"), and what a capitalised frequency word names instead ("Daily
Mail"). Sentences written for the rules (issue 12: missed sets); published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

SETS = [
    ("en", "Every summer, tourists flood the island.", "Every summer", "XXXX-SU"),
    ("en", "The road is closed each winter.", "each winter", "XXXX-WI"),
    ("fr", "Chaque été, les touristes envahissent l'île.", "Chaque été", "XXXX-SU"),
    ("fr", "Tous les hivers, la route du col est coupée.", "Tous les hivers", "XXXX-WI"),
    ("en", "Every July 4, Americans celebrate their independence.", "Every July 4", "XXXX-07-04"),
    ("fr", "Chaque 14 juillet, les Français célèbrent la prise de la Bastille.", "Chaque 14 juillet",
     "XXXX-07-14"),
    ("fr", "Tous les 1er mai, les syndicats défilent.", "Tous les 1er mai", "XXXX-05-01"),
    ("en", "Daily protests have shaken the capital.", "Daily", "P1D"),
    ("en", "Weekly meetings were held in the village.", "Weekly", "P1W"),
]

NAMES = [
    ("en", "Daily Mail reporters were expelled from the country.", "Daily"),
    ("en", "The Daily Telegraph reported the story.", "Daily"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), SETS)
def test_set_of_every_year(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("lang", "text", "span"), NAMES)
def test_capitalised_frequency_word_in_a_name(comps, lang, text, span):
    got = found(comps, lang, text)
    assert span not in got, got


# a year or a day written into a name (a tournament, a programme, a street, a show) is no time expression
IN_NAMES = [
    ("en", "Euro 2024 ended in Berlin.", "2024"),
    ("en", "Saudi Arabia launched Vision 2030 eight years ago.", "2030"),
    ("fr", "L'Euro 2024 s'est achevé à Berlin.", "2024"),
    ("fr", "Le plan Vision 2030 vise à diversifier l'économie.", "2030"),
    ("en", "Saturday Night Live mocked the candidate.", "Saturday Night"),
    ("fr", "La place du 14-Juillet était noire de monde.", "Juillet"),
    ("fr", "Ils ont manifesté avenue du 8-Mai-1945.", "Mai"),
    ("fr", "La rue du 4-Septembre était bloquée.", "Septembre"),
]

# the same words where they are times
NOT_NAMES = [
    ("en", "In 2030, the plan ends.", "2030", "2030"),
    ("en", "Fiscal 2025 results were strong.", "Fiscal 2025", "2025"),
    ("en", "The Obama 2012 campaign raised record sums.", "2012", "2012"),
    ("en", "The strike began on Saturday night.", "Saturday night", "2024-10-12TNI"),
    ("fr", "Au second tour, il a obtenu 2024 voix.", "2024", None),
]


@pytest.mark.parametrize(("lang", "text", "span"), IN_NAMES)
def test_time_in_a_name(comps, lang, text, span):
    got = found(comps, lang, text)
    assert not any(span in k for k in got), got


@pytest.mark.parametrize(("lang", "text", "span", "value"), NOT_NAMES)
def test_time_not_in_a_name(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


# every night, every weekend: a part of every day, every weekend (TimeML: XXXX-XX-XXTNI, XXXX-WXX-WE)
OTHER_SETS = [
    ("en", "The curfew runs until dawn every night.", "every night", "XXXX-XX-XXTNI"),
    ("fr", "Le couvre-feu s'applique toutes les nuits.", "toutes les nuits", "XXXX-XX-XXTNI"),
    ("en", "On weekends, the market is closed.", "weekends", "XXXX-WXX-WE"),
    ("en", "The market is closed every weekend.", "every weekend", "XXXX-WXX-WE"),
    ("fr", "Les week-ends, le marché est fermé.", "Les week-ends", "XXXX-WXX-WE"),
    ("fr", "Le marché est fermé tous les week-ends.", "tous les week-ends", "XXXX-WXX-WE"),
    ("fr", "Le marché est fermé chaque week-end.", "chaque week-end", "XXXX-WXX-WE"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), OTHER_SETS)
def test_other_sets(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
