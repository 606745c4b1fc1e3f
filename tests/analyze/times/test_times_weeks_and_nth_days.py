"""Weeks named by a day, ordinal weekdays of a relative month, "this coming" weekdays.

"the week of March 6", « la semaine du 4 novembre » are that day's ISO week; "the first Monday of next
month", « le premier lundi du mois prochain » that day; "this coming Sunday" the next one, "this past Sunday"
the last one. Sentences written for the rules (issue 12), published Thursday 17 October 2024.
"""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("en", "The meeting is scheduled for the week of March 6.", "the week of March 6", "2025-W10"),
    ("en", "Shares fell sharply in the week of Oct. 7.", "the week of Oct. 7", "2024-W41"),
    ("fr", "Les négociations reprendront la semaine du 4 novembre.", "la semaine du 4 novembre", "2024-W45"),
    ("en", "The strike will begin on the first Monday of next month.", "the first Monday of next month",
     "2024-11-04"),
    ("fr", "La grève commencera le premier lundi du mois prochain.", "le premier lundi du mois prochain",
     "2024-11-04"),
    ("fr", "Le conseil s'est réuni le dernier vendredi du mois dernier.", "le dernier vendredi du mois dernier",
     "2024-09-27"),
    ("en", "The vote is set for this coming Sunday.", "this coming Sunday", "2024-10-20"),
    ("en", "The vote took place this past Sunday.", "this past Sunday", "2024-10-13"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_week_or_day(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got
