"""Halves of a year with their year ("the second half of next year", « la première moitié de l'année », « la
seconde moitié de 2025 »: one DATE, H1/H2), never a half of something else ("the first half of the match",
« la première moitié du match »); "last year's quarter" is the quarter reported on, a year back. Sentences
written for the rules (issue 12), published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "Growth will pick up in the second half of the year.", "the second half of the year", "2024-H2"),
    ("en", "The plant will reopen in the second half of next year.", "the second half of next year", "2025-H2"),
    ("en", "Profit fell in the latter half of 1989.", "the latter half of 1989", "1989-H2"),
    ("en", "Profit rose in the third quarter of fiscal 1990.", "the third quarter of fiscal 1990", "1990-Q3"),
    ("en", "Third-quarter sales rose. U.K. sales for last year's quarter were about $3 million.",
     "last year's quarter", "2023-Q3"),
    ("fr", "Les ventes ont chuté au cours de la première moitié de l'année.", "la première moitié de l'année",
     "2024-H1"),
    ("fr", "L'usine rouvrira dans la seconde moitié de 2025.", "la seconde moitié de 2025", "2025-H2"),
    ("fr", "Le déficit a été réduit au second semestre de l'année dernière.",
     "second semestre de l'année dernière", "2023-H2"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_half_of_a_year(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He scored twice in the first half of the match."),
    ("fr", "Il a marqué deux buts dans la première moitié du match."),
])
def test_half_of_a_game_is_no_time(comps, lang, text):
    assert found(comps, lang, text) == {}
