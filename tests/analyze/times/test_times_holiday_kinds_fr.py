"""A holiday that completes a noun through « de » names a kind of that noun (« le marché de Noël », « des œufs
de Pâques »), no day, as "a Christmas market" in English; after a noun of time (« les vacances de Noël », « la
trêve de Noël », « la nuit de Noël ») or another preposition (« pour Noël ») it stays a day. Sentences made up for
the rule before it was written (issue 12, spurious dates); published on Wednesday 13 March 2019."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

PUB = date(2019, 3, 13)

KINDS = [
    ("Le marché de Noël a attiré des milliers de visiteurs.", "Noël"),
    ("Les enfants ont décoré le sapin de Noël.", "Noël"),
    ("Des œufs de Pâques ont été distribués aux enfants.", "Pâques"),
    ("Le message de Noël du pape a été suivi par des millions de fidèles.", "Noël"),
    ("Le village a perdu son traditionnel défilé de la Toussaint.", "la Toussaint"),
]


@pytest.mark.parametrize(("text", "holiday"), KINDS)
def test_a_holiday_completing_a_noun_is_a_kind(comps, text, holiday):
    assert holiday not in found(comps, "fr", text, PUB)


DAYS = [
    ("Les vacances de Noël commencent dans neuf mois.", "Noël"),
    ("La trêve de Noël a été respectée sur le front.", "Noël"),
    ("Il est rentré chez lui pour Noël.", "Noël"),
    ("Les fêtes de Pâques ont rassemblé la famille.", "Pâques"),
    ("Le jour de Noël, le président s'est rendu au Mali.", "Noël"),
    ("Le pont de l'Ascension attire les touristes.", "l'Ascension"),
]


@pytest.mark.parametrize(("text", "holiday"), DAYS)
def test_a_holiday_after_a_noun_of_time_or_a_preposition_stays_a_day(comps, text, holiday):
    assert holiday in found(comps, "fr", text, PUB)


def test_english_kinds_are_unchanged(comps):
    assert found(comps, "en", "Thousands visited the Christmas market.", PUB) == {}
    assert "Christmas" in found(comps, "en", "The Christmas holidays begin in nine months.", PUB)
