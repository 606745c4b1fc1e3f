"""An ordinal weekday of a month (TimeML: "the first Monday of March" is a DATE at day granularity) and its
recurring form ("every first Tuesday of the month": a SET, as "every Tuesday")."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run, values

PUB = date(2024, 10, 17)


CASES = [
    ("fr", "Le conseil se réunit chaque premier mardi du mois.", "chaque premier mardi du mois", "XXXX-WXX-2"),
    ("fr", "Le conseil se réunit le premier mardi de chaque mois.", "le premier mardi de chaque mois",
     "XXXX-WXX-2"),
    ("fr", "Le marché se tient chaque dernier vendredi du mois.", "chaque dernier vendredi du mois", "XXXX-WXX-5"),
    ("fr", "Le vote a eu lieu le premier lundi de mars.", "le premier lundi de mars", "2024-03-04"),
    ("fr", "Le vote aura lieu le dernier dimanche de novembre 2025.", "le dernier dimanche de novembre 2025",
     "2025-11-30"),
    ("fr", "Le vote aura lieu le deuxième jeudi de janvier.", "le deuxième jeudi de janvier", "2025-01-09"),
    ("en", "The council meets every first Tuesday of the month.", "every first Tuesday of the month",
     "XXXX-WXX-2"),
    ("en", "The council meets on the first Tuesday of every month.", "the first Tuesday of every month",
     "XXXX-WXX-2"),
    ("en", "The vote was held on the first Monday of March.", "the first Monday of March", "2024-03-04"),
    ("en", "Elections are held on the last Sunday in November 2025.", "the last Sunday in November 2025",
     "2025-11-30"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_nth_weekday(fr, en, lang, text, span, value):
    nlp, comp = fr if lang == "fr" else en
    assert (span, value) in values(run(nlp, comp, text, PUB, lang))


def test_nth_weekday_past_the_month_length(fr):
    nlp, comp = fr
    got = values(run(nlp, comp, "Le vote a eu lieu le cinquième lundi de février 2023.", PUB, "fr"))
    assert not any(v.startswith("2023-02-") and len(v) == 10 for _s, v in got)
