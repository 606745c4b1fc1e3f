"""A bound set with "until", "by", « jusqu'à » lies ahead of the report, unless the clause tells a past
before the past (a pluperfect, a French imperfect): then the bound is behind it ("Until Tuesday, the police
had not named a suspect"). Sentences written for the rule (made up). Published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

BEHIND = [
    ("en", "Until Tuesday, the police had not named a suspect.", "Tuesday", "2024-10-15"),
    ("en", "By Tuesday, more than 300 people had fled the town.", "Tuesday", "2024-10-15"),
    ("en", "Until Monday, the border had remained open.", "Monday", "2024-10-14"),
    ("en", "By Monday, the rebels had seized the airport.", "Monday", "2024-10-14"),
    ("en", "The army had held the bridge until Tuesday.", "Tuesday", "2024-10-15"),
    ("fr", "Jusqu'à mardi, la police n'avait désigné aucun suspect.", "mardi", "2024-10-15"),
    ("fr", "Jusqu'à lundi, la frontière était restée ouverte.", "lundi", "2024-10-14"),
    ("fr", "Jusqu'à mardi, les enquêteurs ignoraient tout du suspect.", "mardi", "2024-10-15"),
    ("fr", "Les rebelles avaient tenu le pont jusqu'à lundi.", "lundi", "2024-10-14"),
    ("fr", "Jusqu'à mardi, le ministre refusait tout compromis.", "mardi", "2024-10-15"),
]

AHEAD = [
    ("en", "The talks will continue until Tuesday.", "Tuesday", "2024-10-22"),
    ("en", "The ministers must reply by Tuesday.", "Tuesday", "2024-10-22"),
    ("fr", "Les négociations continueront jusqu'à mardi.", "mardi", "2024-10-22"),
    ("fr", "D'ici mardi, le gouvernement devra trancher.", "mardi", "2024-10-22"),
]


@pytest.mark.parametrize(("lang", "text", "expr", "value"), BEHIND + AHEAD)
def test_bound_direction(comps, lang, text, expr, value):
    assert found(comps, lang, text).get(expr) == value
