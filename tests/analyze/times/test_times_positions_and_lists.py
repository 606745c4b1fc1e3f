"""Positions inside seasons and periods, day lists with their weekdays, years named with their noun.

TimeML 1.2.1: a position word is the expression's modifier, inside it ("early summer", "the end of the
summer", « la fin de l'été », « fin de semaine dernière »; the French TimeBank leaves the preposition out,
« à <la fin de l'été> », « en <fin de semaine dernière> »); « du lundi 5 au vendredi 9 juillet » are two
days, each with its weekday; "the year 2000", « l'an 2000 » are that year; « il y a tout juste un an » is one
DATE. Sentences written for the rules (issue 12), published Thursday 17 October 2024.
"""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "Work will resume in early summer.", "early summer", "2025-SU"),
    ("en", "Repairs will go on until the end of the summer.", "the end of the summer", "2025-SU"),
    ("en", "The plant closed in late spring 2023.", "late spring 2023", "2023-SP"),
    ("en", "Orders rose from the low levels of the early summer.", "the early summer", "2024-SU"),
    ("en", "The talks collapsed late last summer.", "late last summer", "2024-SU"),
    ("fr", "Les travaux dureront jusqu'à la fin de l'été.", "la fin de l'été", "2025-SU"),
    ("fr", "L'usine a fermé à la fin de l'automne 2003.", "la fin de l'automne 2003", "2003-FA"),
    ("fr", "La récolte a commencé à la fin de l'été dernier.", "la fin de l'été dernier", "2024-SU"),
    ("fr", "Les deux hommes se sont affrontés en fin de semaine dernière.", "fin de semaine dernière",
     "2024-W41"),
    ("fr", "Le texte sera voté en début de semaine prochaine.", "début de semaine prochaine", "2024-W43"),
    ("en", "In the year 2000, the town had 500 inhabitants.", "the year 2000", "2000"),
    ("fr", "En l'an 2000, la commune comptait 500 habitants.", "l'an 2000", "2000"),
    ("fr", "Le chantier avait débuté il y a tout juste un an.", "il y a tout juste un an", "2023"),
    ("fr", "L'usine a fermé il y a déjà trois ans.", "il y a déjà trois ans", "2021"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_expression(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


def test_day_list_keeps_each_weekday(comps):
    got = found(comps, "fr", "Le salon s'est tenu du lundi 7 au vendredi 11 octobre.")
    assert got == {"lundi 7": "2024-10-07", "vendredi 11 octobre": "2024-10-11"}


def test_day_list_with_les_keeps_the_article(comps):
    got = found(comps, "fr", "Les matchs se sont joués les samedi 5 et dimanche 6 octobre.")
    assert got == {"les samedi 5": "2024-10-05", "dimanche 6 octobre": "2024-10-06"}


def test_fall_as_a_drop_is_no_season(comps):
    assert found(comps, "en", "A late fall in prices hurt farmers.") == {}
