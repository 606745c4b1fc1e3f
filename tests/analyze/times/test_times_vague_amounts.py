"""Vague references (« ultérieur », "a later date": FUTURE_REF) and vague amounts of time with the
bare plural article: « des années » is a duration wherever it stands, « des jours », « des heures »
only where the clause makes them one, after a preposition of duration (« pendant des jours ») or as the
object of a verb of duration (« ont duré des heures »); elsewhere they count things (« des heures
supplémentaires », « des jours fériés »). Sentences written for these tests (TimeML: PX<unit>, the
preposition a signal outside the span)."""

from __future__ import annotations

import pytest
from times_helpers import found

pytestmark = pytest.mark.model


CASES = [
    ("fr", "Les combats ont duré des heures.", "des heures", "PTXH"),
    ("fr", "Pendant des jours, les secours ont fouillé les décombres.", "des jours", "PXD"),
    ("fr", "Les otages ont attendu des heures sous la pluie.", "des heures", "PTXH"),
    ("fr", "Les familles attendent des nouvelles depuis des jours.", "des jours", "PXD"),
    ("fr", "Les salariés ont fait des heures supplémentaires.", "des heures", None),
    ("fr", "Des jours fériés ont été supprimés.", "Des jours", None),
    ("fr", "Le syndicat réclame des jours de congé.", "des jours", None),
]


@pytest.mark.parametrize("lang,text,span,value", CASES)
def test_vague_amount(comps, lang, text, span, value):
    got = found(comps, lang, text)
    if value is None:
        assert span not in got
    else:
        assert got.get(span) == value


VAGUE = [
    # « ultérieur » is the future as « précédent » is the past (French TimeBank: FUTURE_REF / PAST_REF)
    ("fr", "Une réunion ultérieure est prévue.", "ultérieure", "FUTURE_REF"),
    ("fr", "La décision sera prise à une date ultérieure.", "à une date ultérieure", "FUTURE_REF"),
    ("en", "The decision will be taken at a later date.", "a later date", "FUTURE_REF"),
]


@pytest.mark.parametrize("lang,text,span,value", VAGUE)
def test_vague_reference(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value


SETS = [
    # a plural weekday is the set of those days (TimeML: "Tuesdays" XXXX-WXX-2)
    ("en", "Officials met on Tuesdays.", "Tuesdays", "XXXX-WXX-2"),
    ("en", "The market is closed Sundays.", "Sundays", "XXXX-WXX-7"),
    ("fr", "Le marché est fermé les dimanches.", "les dimanches", "XXXX-WXX-7"),
]


@pytest.mark.parametrize("lang,text,span,value", SETS)
def test_plural_weekday_set(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value
