"""Issues 12 and 17: an anaphoric day or part of a day (« le soir même », « le lendemain », "that same evening",
"the next day") counts from the day the narrative last fixed, not from a day dating a noun through a bare past
participle ("the reform, unveiled on January 10"), which looks back. Sentences written before the rule;
published Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("fr", "Des milliers de personnes ont manifesté mardi contre la réforme, présentée le 10 janvier par le "
     "gouvernement. Le soir même, les syndicats ont appelé à une nouvelle grève.", "Le soir même", "2024-10-15TEV"),
    ("fr", "Les agriculteurs ont bloqué lundi plusieurs routes contre la loi, adoptée le 3 mars par le Parlement. "
     "Le lendemain, le ministre les a reçus.", "Le lendemain", "2024-10-15"),
    ("fr", "Le président a limogé mercredi son ministre, nommé le 2 juin dernier. La veille, des députés avaient "
     "réclamé son départ.", "La veille", "2024-10-15"),
    ("en", "Thousands marched on Tuesday against the reform, unveiled on January 10 by the government. That same "
     "evening, unions called a new strike.", "That same evening", "2024-10-15TEV"),
    ("en", "Farmers blocked roads on Monday against the law, passed on March 3 by parliament. The next day, the "
     "minister received them.", "The next day", "2024-10-15"),
    # a day the narrative itself fixed still anchors them
    ("fr", "Le gouvernement a présenté la réforme le 10 octobre. Le soir même, les syndicats ont appelé à la "
     "grève.", "Le soir même", "2024-10-10TEV"),
    ("en", "The government unveiled the reform on October 10. The next day, unions called a strike.",
     "The next day", "2024-10-11"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_anaphors_count_from_the_narrated_day(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
